"""What states no measure, for the instrument extractor: a sentence that is a title line, a worked example, a question,
a rule of combining or of precedence, the text's purpose; a clause that reforms, regulates, says how money is paid or
asks for it; an amount that says which things (投资额500万元的项目) or defines a noun in brackets. Words come from
``rules/instruments.yaml``."""
from __future__ import annotations

import re

from ..lexicon import pattern, words
from ..nlp import Sentence
from ..records import Mention
from ..structure.official import is_title_text
from .clauses import ITEM_NUMBER
from .context import Context


def titles_a_policy(sent: Sentence, ctx: Context) -> bool:
    """The sentence is the title line of a policy the file holds, or a whole 关于… title line (a link to the policy an
    interpretation explains: 某市人民政府办公室关于印发某市某某奖励办法的通知)."""
    line = LINK_DATE.sub("", sent.text.strip())  # (a related link's title and its day)
    return any(m.attr("own") and len(line) - (m.end - m.start) <= 2 for m in ctx.mentions_in(sent, "POLICY")) \
        or "关于" in line and not re.search(r"[，；：。]", line) and is_title_text(line)


def defines_a_noun(sent: Sentence, m: Mention) -> bool:
    """An amount inside the brackets that define a noun (科技型初创企业（成立时间不超过5年、上年度营业收入不超过3000万元）):
    which firms, not what is granted — unless the brackets grant it themselves (（最高奖励50万元）)."""
    at = m.start - sent.start
    opened = sent.text.rfind("（", 0, at)
    if opened < 0 or sent.text.rfind("）", 0, at) > opened:
        return False
    inside = sent.text[opened:sent.text.find("）", at) if "）" in sent.text[at:] else len(sent.text)]
    return GRANT_WORD.search(inside) is None and pattern("instruments:funding_verbs").search(inside) is None


GRANTED_BEFORE = re.compile(r"(?:给予|予以|提供)(?:最高|不超过|一次性|每年|每家)*$")


def qualifies_noun(sent: Sentence, m: Mention) -> bool:
    """An amount before 的 says which things (投资额500万元的项目), not what is given — unless a grant verb comes right
    before it (给予最高500万元的一次性奖励: the reward's amount) or it is the standard granted (按每亩100元的标准给予)."""
    at = m.start - sent.start
    if TIER_AFTER.match(sent.text, m.end - sent.start) or FACE_VALUE.match(sent.text, m.end - sent.start):
        return True  # (选择500元档次的，补贴60元: a contribution tier, what one pays; 提供200元、500元三种面额组合: a face value)
    return sent.text.startswith("的", m.end - sent.start) \
        and GRANTED_BEFORE.search(sent.text[max(0, at - 12):at]) is None \
        and STANDARD_GRANTED.match(sent.text, m.end - sent.start) is None \
        and LISTED_AMOUNT.search(sent.text, 0, at) is None  # (…1500元和2000元的培训补贴: the list's last amount)


TIER_AFTER = re.compile(r"(?:缴费)?档(?:次)?")
FACE_VALUE = re.compile(r"(?:[、和及或]\d[\d.]*[十百千万亿]*元)*(?:[一二三四五六两\d]种)?(?:面额|面值)")
STANDARD_GRANTED = re.compile(r"的(?:标准|额度)(?:给予|予以|发放)")  # (按照每亩100元的标准给予补贴: the amount granted)
LISTED_AMOUNT = re.compile(r"\d[\d.]*[十百千万亿]*元[、和及与](?:(?!总额|合计|累计|总计)[\u4e00-\u9fffA-EＡ-Ｅ]){0,10}$")  # (…20万元、
# 本科毕业生5万元的, 一般损坏每户最高1万元、严重损坏每户最高3万元的; not …、总额不超过110万元的额度: a cap of a sum)


GRANT_WORD = re.compile(r"给予|予以|最高")


LINK_DATE = re.compile(r"\s+(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?$")


EXAMPLE = re.compile(r"\s*(?:例如|比如|再如|又如|举例|举个例子|以[^，。；]{1,12}为例)|\s*该[\u4e00-\u9fff]{1,8}(?:共|合计|累计|一共)?可(?:获得|享受|领取)"
                     r"|.*?\d[\u4e00-\u9fff/]{0,3}\s*[×xX＊*]\s*[\d（(].*?[＝=]")  # (…可获补助60×800＝48000元,
# 320亩×400元/亩=12.8万元: a case worked out)
WORKED_EXAMPLE = re.compile(r"\s*(?:答[：:]\s*)?(?:举例|举个例子|假设|假如|(?:例如|比如|如)[，：:]?某)")  # (举例说明：某被征收人房屋评估价值
# 60万元…: a case made up to show a rule, its figures no one's)
# (a worked example in an interpretation: 该民宿可获得新建改造补助16万元…: it restates the measures for one case)


ATTACHMENT_LINE = re.compile(r"\s*(?:附件\s*\d{0,2}|上一篇|下一篇|相关文件|相关链接|相关阅读)\s*[：:]")  # (an attachment's or a
# linked page's title line: 下一篇：图解：某市春季农业生产补贴政策)
TABLE_HEADS = re.compile(r"\s*[\u4e00-\u9fff（）()]{1,8}(?:\t[\u4e00-\u9fff（）()]{1,8})+\s*")  # (复	助	治理	补助: a table's column
# heads, wrapped; no measure)


QUESTION = re.compile(r"^\s*问\s*\d{0,2}\s*[：:]|[？?]\s*$")  # (问5：…能否享受补助？)


def reforms(text: str) -> bool:
    """A clause that reforms a mechanism or asks for more effort: a reform verb opens it and
    an institution ends it (健全…工作机制, 深化…管理改革); 建立…补助金制度 and 落实…补贴制度 set or apply a measure."""
    body = ITEM_NUMBER.sub("", text).rstrip("。；，、 ")
    body = pattern("instruments:reform_adverbs", "^(?:{})*").sub("", body)
    if pattern("instruments:exploring_verbs", "^(?:{})").match(body):
        return True  # 积极探索通过天使投资…等方式: a direction to explore, no measure yet
    return bool(pattern("instruments:reform_verbs", "^(?:{})").match(body)) and body.endswith(
        words("instruments", "institution_heads"))


def regulates(text: str) -> bool:
    """The clause regulates, protects or settles what it names (…进行全面规范, …实施重点保护, …等纠纷)."""
    return ITEM_NUMBER.sub("", text).rstrip("。；，、 ").endswith(words("instruments", "regulating_ends")) \
        and "给予" not in text  # (not 对举报人给予奖励和保护)


def weighs(text: str) -> bool:
    """The clause names what is weighed (综合考虑办园成本、财政补助和家庭承受能力): its benefits are factors, not granted."""
    return pattern("instruments:weighing_verbs", r"^(?:{})").match(ITEM_NUMBER.sub("", text).lstrip()) is not None \
        and GRANT_TO.search(text) is None


ALLOCATION_BASIS = re.compile(r"作为[^，；。]{0,20}(?:分配|安排|奖补|补助)[^，；。]{0,6}(?:依据|因素|参考)")  # (评估结果作为中央
# 财政资金分配的重要因素: what decides who gets money, none granted)


def names_no_grant(text: str) -> bool:
    """The clause says how money is paid out, managed or shared out (…补贴资金由市财政局按程序拨付, 会同市财政局下达奖励资金,
    评估结果作为资金分配的重要因素), or
    names a table's columns (认定类别奖励金额): no measure."""
    body = ITEM_NUMBER.sub("", text).rstrip("。；，、 ")
    return body.endswith(words("instruments", "procedure_ends")) or ALLOCATION_BASIS.search(body) is not None \
        or not GRANT_TO.search(body) and (
        any(w in body for w in words("instruments", "procedure_verbs")) or DEFERRED.search(body) is not None
        or SCHEDULE.search(body) is not None
        or len(body) <= COLUMN_HEADS and body.endswith(words("instruments", "column_ends")))


DEFERRED = re.compile(r"(?:按照|按|依照|参照)\s*(?:《[^《》]*》|\s{4,})(?:的?(?:有关|相关)?规定)?执行$")  # (具体奖补按照《某办法》
# 执行, the title blanked or not: a rule deferred to another policy, no measure of its own)
SCHEDULE = re.compile(r"(?:分[\d一二两三四五六]+(?:年|期|次|批)|按(?:年度?|半年|季度?|月)|每(?:年|半年|季度?|月)|连续|最长)"
                      r"(?:发放|兑现|拨付|支付)(?=$|[\d一二两三四五六七八九十])|(?:发放|兑现|拨付)一次$")  # (…补贴分3年发放; 每半年发放一次; 按半年兑现;
# 连续发放3年: when a grant is paid, not what; not 按月发放传承补助：…, the grant itself)
COLUMN_HEADS = 12  # characters at most of a line of a table's column heads (认定类别 奖励金额)


def rules_the_money(text: str) -> bool:
    """The sentence grants nothing and says what a fund must or must not be spent on, where a shortfall is paid from,
    when a grant is paid or how it is shared out (补助资金应当用于…，不得用于…; 不足部分由县区财政承担; …于次年5月底前一次性
    兑付; 按照项目法分配): a rule over the money, no measure — checked on the whole sentence, where the clause that names
    the grant is only its subject (机收补贴在每个榨季结束后，…兑付)."""
    body = ITEM_NUMBER.sub("", text).rstrip("。；，、 ")
    return GRANT_TO.search(body) is None and (any(w in body for w in words("instruments", "money_rule_words"))
                                              or body.endswith(words("instruments", "sharing_ends")))


def is_title_line(text: str) -> bool:
    """A line of words alone, no punctuation, no digit and no grant verb (某某设备更新补助资金管理办, a title cut at the
    printed page's edge): a title or a heading, no measure without an amount."""
    return TITLE_LINE.fullmatch(text.strip()) is not None and GRANT_TO.search(text) is None


TITLE_LINE = re.compile(r"[\u4e00-\u9fff（）()《》“”—-]{9,40}")


def is_table_row(text: str) -> bool:
    """A line of a table's cells that grants nothing (序号	地区	合计	其中：飞机作业补助…; 其中：中央补助	326800): column heads
    or a budget's restated figures, no measure without an amount of money."""
    return "\t" in text.strip() and GRANT_TO.search(text) is None


def misused(text: str) -> bool:
    """The text names a benefit misused or taken back (严厉打击虚假促销、套取补贴等违法行为; 不得重复享受)."""
    return any(w in text for w in words("instruments", "misuse_words"))


PURPOSE = re.compile(r"^\s*(?:第[一二三四五六七八九十百零\d]{1,4}条)?\s*为")


def states_purpose(text: str) -> bool:
    """The sentence states what the text is for (第一条 为规范…资金管理，…，制定本办法)."""
    return PURPOSE.match(text) is not None and pattern("instruments:purpose_cues").search(text) is not None


def received(text: str) -> bool:
    """The clause asks for or wins the measure (积极争取中央资金支持): the place receives it, it grants nothing."""
    return any(w in text for w in words("instruments", "receive_verbs"))


def adjusted(text: str) -> bool:
    """A clause that sets a rate or a ratio (下调政策利率0.1个百分点): a measure, not a statistic."""
    return bool(pattern("instruments:adjust_verbs").search(text))


GRANT_TO = re.compile(r"给予|予以|减按|免征|减征")


AS_OF = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:截至|截止到?)\s*(?:目前|当前|年底|年末"
                   r"|20\d{2}年[^，。；前]{0,10}?(?:末|底|[，,]))")


def reports_a_total(text: str) -> bool:
    """The sentence opens on the date of a total (截至2023年末，全市累计发放…9.3亿元): a statistic, even in an official
    document's preamble; not a deadline (截至2025年12月31日前签约的: a condition)."""
    return AS_OF.match(text) is not None


PAST_YEAR = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(20\d{2})年(?:全年|以来)?[，,]")


def reports_a_past_year(text: str, year: str) -> bool:
    """The sentence opens on a year before the document's own, alone (2024年，全县…发放劳务报酬702万元): what was done
    that year, a statistic; not a year a measure starts from (2024年起，…)."""
    found = PAST_YEAR.match(text)
    return found is not None and year.isdigit() and found.group(1) < year


DEFINITION = re.compile(r"所称[^，。；]{1,40}?[，,]?\s*(?:是指|指)")


def defines_a_term(text: str) -> bool:
    """The sentence defines a term (本细则所称“某某贷”，是指…的贷款): what it names is defined, not granted."""
    return DEFINITION.search(text) is not None


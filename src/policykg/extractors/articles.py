"""Which item of a measure an amount is for, when its own clause does not say: a cap closing an article
(同一企业年度奖励最高不超过200万元) and what a cap is per (单个企业年度最高…), a step a grant grows by
(…每增加5000万美元，奖励增加10万元), the item a numbered paragraph opens on ((一)A类人才，补贴…), or the grade or
stage each amount of a list is for (按照初级、中级、高级分别给予…; 评选金奖3名、银奖5名…), the band a part opens on
(…至5000万元的，…单个项目最高…), the kind a rate of a part opens on (境内展会按照…；境外展会按照…)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import pattern, rules, words
from ..nlp import Sentence, word_tags
from ..records import Measure, Mention
from .clauses import ITEM_NUMBER, Clause
from .context import Context


def of_its_article(found: list[tuple[int, Measure]], sent: Sentence, ctx: Context) -> list[tuple[int, Measure]]:
    """The instruments of a sentence, each cap that names neither whom nor on which condition given the item of the
    measure it closes (read alone, it would be every beneficiary's). The item is, in order:
    - the one beneficiary and condition of the instruments before it in its part of the sentence (对…的，按30%给予补助，
      最高300万元), or their one beneficiary when each has its own item;
    - for a sentence of caps alone, the one beneficiary its article's earlier instruments share (对…的企业，…。同一企业
      年度奖励最高不超过200万元);
    - the article's run-in heading, as the condition (（三）设施桃园建设。…。同一经营主体补助总额最高不超过60万元).
    A cap keeps what it is per besides (单个企业年度最高300万元)."""
    caps = [m for _, m in found if not (m.beneficiary or m.condition) and m.quantity is not None
            and m.quantity.comparator == "<="]
    if not caps:
        return [(at, with_recipient_unit(m, sent, at)) for at, m in found]
    heading = article_heading(sent, ctx)
    section = ctx.part(sent, "section")
    earlier = {m.beneficiary for m in ctx.measures if m.kind == "instrument" and section is not None
               and section.start <= m.evidence.start < sent.start and m.evidence.doc == ctx.document.id}
    shared = next(iter(earlier)) if len(earlier) == 1 and len(caps) == len(found) else ""
    kept: list[tuple[int, Measure]] = []
    for at, m in found:
        named = {(o.beneficiary, o.condition) for _, o in kept if m in caps and o.quantity is not None
                 and (o.beneficiary or o.condition)
                 and "；" not in sent.text[o.quantity.start - sent.start:m.quantity.start - sent.start]}
        whom = {b for b, _ in named if b}
        if len(named) == 1:
            (beneficiary, condition), = named
            kept.append((at, replace(m, beneficiary=beneficiary, condition=condition)))
        elif len(whom) == 1:  # (…的，铁路运输按每吨200元、公路运输按每吨150元…，每家企业年度最高100万元: both items')
            kept.append((at, replace(m, beneficiary=whom.pop())))
        elif m in caps and (shared or heading):
            kept.append((at, replace(m, beneficiary=shared) if shared else replace(m, condition=heading)))
        else:
            kept.append((at, m))
    return [(at, with_recipient_unit(m, sent, at)) for at, m in kept]


PER_RECIPIENT = pattern("instruments:per_recipient", r"[\s、，]*(?P<per>(?:{})(?:(?!给予|予以|再|按)[\u4e00-\u9fff（）]){0,10}?)"
                        r"(?=年度|每年|累计|全年|享受|最高|不超过|补贴|补助|奖励|资助|贴息|支持|发放)")
TOTAL_CAP = re.compile(r"(?:(?<=[，；])|^)(?:但|且|同时)?(?P<per>(?:[省市县区]级?财政|全[省市县区旗])?(?:全年|年度|每年)?[\u4e00-\u9fff]{0,8}?总额)"
                       r"(?=(?:原则上)?(?:不超过|最高|控制在))")
RECIPIENT_OPENING = re.compile(r"(?<![针相绝面核应])对[^，；。]{2,40}?(?:按|给予|予以)")  # whom a clause grants to
# (…，全年补贴总额不超过3000万元, 全县年度…总额: the scheme's budget for the year, not each recipient's cap)


def with_recipient_unit(m: Measure, sent: Sentence, at: int) -> Measure:
    """A cap whose clause opens on what it is per (单部最高50万元，单个企业年度最高300万元; 单台（套）最高2万元; 每场活动发放总额
    不超过…), or on the total it bounds (…，全年补贴总额不超过3000万元), with that in its condition: read without it, the cap is each
    beneficiary's whole grant."""
    if m.quantity is None or m.quantity.comparator != "<=":
        return m
    start = at + ITEM_NUMBER.match(sent.text[at:]).end()
    found = PER_RECIPIENT.match(sent.text, start)
    later = [f for f in PER_RECIPIENT.finditer(sent.text, start, m.quantity.start - sent.start) if f.start() > start]
    found = later[-1] if later and later[-1].group().startswith(("、", "，")) else found  # (…、每个起降点最高5万元)
    total = TOTAL_CAP.search(sent.text, start)
    found = found or (total if total is not None and total.end() <= m.quantity.start - sent.start else None)
    if found is None or found.group("per") in m.condition:
        return m
    part = sent.text.rfind("；", 0, at) + 1
    whom = "" if found is total or len(RECIPIENT_OPENING.findall(sent.text, part, at)) >= 2 else m.beneficiary
    # (a scheme's total is no recipient's; 对A…，对B…，单个项目最高…: each item's, not the last's)
    return replace(m, condition="，".join(filter(None, (m.condition, found.group("per")))), beneficiary=whom)


ARTICLE_NUMBER = re.compile(r"\s*(?:第[一二三四五六七八九十百零\d]{1,4}条|[（(]?[一二三四五六七八九十\d]{1,3}\s*[)）.．、])\s*")
HEADING_LENGTH = 16  # characters at most of an article's run-in heading (发明专利授权资助)


def article_heading(sent: Sentence, ctx: Context) -> str:
    """The heading an article opens on, when the sentence is in its text (第五条发明专利授权资助。…; （三）设施桃园
    建设：…; an item's heading on its own line), and names a kind of measure: "" for none, or for one that asks for
    effort (（一）加大资金支持力度。)."""
    section = ctx.part(sent, "section")
    if section is None or not 2 <= len(section.label) <= HEADING_LENGTH:
        return ""
    text = ctx.document.text
    number = ARTICLE_NUMBER.match(text, section.start, section.end)
    end = (number.end() if number else section.start) + len(section.label)
    if not number or not text.startswith(section.label, number.end()) or end >= sent.start \
            or text[end:end + 1] not in "。：:\n" or text[end:end + 1] == "\n" and section.level < 2:
        return ""
    named = section.label in rules("instruments")["types"]  # (（五）金融支持。: the type, no item)
    item = pattern("instruments:heading_lead_verbs", "^(?:{})(?=[\u4e00-\u9fff“]{4})").sub("", section.label)
    # ((一)支持品种改良和果园改造。: the item is what is supported)
    return "" if named or pattern("instruments:action_verbs", "^(?:{})").match(item) else item


STEP = re.compile(r"每(?:增加|新增|超过|提高|多)$")
STEP_CLAUSE = re.compile(r"\s*[^，；。]*?每(?:增加|新增|超过|提高|多)\d[\d.]*[十百千万亿]*(?:美元|欧元|元)")


def step_of(sent: Sentence, clauses: list[Clause], number: int) -> str:
    """The step of money an amount's clause, or the clause before it, grows a grant by (代理进出口额每增加5000万美元),
    or ""."""
    for clause in clauses[max(0, number - 1):number + 1]:
        if found := STEP_CLAUSE.match(sent.text, clause.start, clause.end):
            return found.group().strip()
    return ""


def is_step(sent: Sentence, clause: Clause, m: Mention) -> bool:
    """The amount is the step a grant grows by (代理进出口额每增加5000万美元，奖励增加10万元), not a grant."""
    lead = sent.text[max(clause.start, m.start - sent.start - 4):m.start - sent.start] + re.sub(r"[\d.].*", "", m.text)
    return STEP.search(lead) is not None


def item_lead(sent: Sentence, clauses: list[Clause], number: int, heads: tuple[str, ...] = ()) -> str:
    """The noun phrase a numbered item opens on as a clause of its own, right before the amount's clause (（一）A类人才
    （国内外顶尖人才），补贴100万元): whom the item's amount is for; "" otherwise. With ``heads``, a phrase ending so
    ((三)绿色低温改造项目，每吨…补助不超过120元: what kind of thing it is paid for)."""
    if number != 1 or not ITEM_NUMBER.match(sent.text).group().strip():
        return ""
    lead = ITEM_NUMBER.sub("", sent.text[clauses[0].start:clauses[0].end]).rstrip("，, ")
    heads = heads or (*words("instruments", "recipient_heads"), *words("instruments", "people_heads"), "）", ")")
    return lead if 2 <= len(lead) <= 30 and lead.endswith(heads) and not re.search(r"\d|给予|予以|按", lead) else ""


def item_paid_for(sent: Sentence, clauses: list[Clause], number: int, amount: Mention) -> str:
    """What a lone amount is paid for or bounds, when its own words say so: the kind of thing a numbered item opens
    on ((三)绿色低温改造项目，每吨仓容补助不超过120元 -> 绿色低温改造项目) or the measure a cap is of, with whom
    (个人最高贷款额度30万元 -> 个人贷款额度); "" otherwise."""
    item = item_lead(sent, clauses, number, tuple(words("instruments", "item_heads")))
    if item and not item.startswith("对"):
        return item  # (not 对…新建的…项目: whom it names, the beneficiary)
    clause = next(c for c in clauses if c.start <= amount.start - sent.start < c.end)
    capped = pattern("instruments:recipient_heads", r"\s*(?P<who>(?!每)[\u4e00-\u9fff]{0,4}(?:{}))最高"
                     r"(?P<what>[\u4e00-\u9fff]{0,4}(?:额度|金额|限额))(?:为|可达)?").fullmatch(
        sent.text, clause.start, amount.start - sent.start)
    return capped.group("who") + capped.group("what") if capped else ""


NOTE = r"(?:[（(][^（）()]{1,6}[）)])?"  # (a grade's note: 初级工（五级）)
TIER = rf"(?:[\u4e00-\u9fff\u2160-\u216b]{{1,8}}|[A-DＡ-Ｄ](?:(?!每)[\u4e00-\u9fff]){{0,6}}|20\d{{2}}年度?|\d{{1,3}}(?:至\d{{1,3}})?[\u4e00-\u9fff]{{1,5}}" \
       rf"|\d{{1,5}}[万亿]元(?:至\d{{1,5}}[万亿]元|以上|以下)){NOTE}"
# (初级, 初级工（五级）, A类人才, 2025年, Ⅱ期, 80周岁及以上, 60至79周岁, 5000万元至1亿元)
GRADE_JOINT = r"(?:、|和|及(?!以上|以下))"  # (技师及以上 is one grade)
TIERS = re.compile(rf"按照?(?P<grades>{TIER}(?:{GRADE_JOINT}{TIER})+?)(?:每[人名位个家户])?分别")  # (按A、B、C类人才每人
# 分别给予…: each grade's, per head)
FIRST_TIER = rf"(?:[\u4e00-\u9fff\u2160-\u216b]{{1,14}}|20\d{{2}}年度?){NOTE}"  # (the first grade whole: 省级某大赛金奖、
# 银奖…分别; not the end of 对新评定的…重点村、星级民宿分别…)
OPENING_TIERS = re.compile(rf"(?<![\u4e00-\u9fff])(?P<grades>{FIRST_TIER}(?:{GRADE_JOINT}{TIER})+?)"
                           r"(?:每个?[\u4e00-\u9fff]{1,3})?分别")  # (…，二星级、一星级认证每个产品分别给予…: what each grade's amount is per)
PRIOR_TIERS = re.compile(rf"按照?(?P<grades>{TIER}(?:{GRADE_JOINT}{TIER})+)[一二三四五六七八九十两\d]{{1,2}}个?"
                         r"(?:阶段|档次|档|类别|类|等级|级别|环节|层级)[，,]$")  # (按照A、B、C三个阶段，分别奖励…)
TIERS_AFTER_EACH = re.compile(r"分别按照?[^，,；。]*[，,]$")  # (分别按照A、B、C三个档次，给予…: 分别 before the tiers)
PRIOR_LEVELS = re.compile(rf"按照?(?P<grades>{TIER}(?:{GRADE_JOINT}{TIER})+?)(?:等级|级别)[，,]$")  # (按初级工、…、技师及
# 以上等级，分别给予…)


def tiers_of(sent: Sentence, clause: Clause) -> list[str]:
    """The grades a clause lists before its amounts, after 按照 or opening it (按照初级、中级、高级分别给予… -> 初级, 中级,
    高级; …的，初级工（五级）、中级工（四级）分别给予…), or the clause before it counts (按照辅导备案、申报受理、成功上市
    三个阶段，分别奖励…), [] if none."""
    start = clause.start + ITEM_NUMBER.match(sent.text[clause.start:clause.end]).end()
    tiers = TIERS.search(sent.text, clause.start, clause.end) or OPENING_TIERS.search(sent.text, start, clause.end) \
        or (sent.text.startswith("分别", start) or TIERS_AFTER_EACH.search(sent.text, 0, clause.start)) \
        and (PRIOR_TIERS.search(sent.text, 0, clause.start) or PRIOR_LEVELS.search(sent.text, 0, clause.start)) or None
    grades = [g for g in re.split(GRADE_JOINT, tiers.group("grades")) if g] if tiers else []
    grades = each_framed("、".join(grades), len(grades)) or grades  # (完成Ⅰ期、Ⅱ期、Ⅲ期临床试验: each a stage of the trial)
    verbs = pattern("instruments:action_verbs")
    return [] if any(verbs.search(g) or COUNTED_PLACES.search(g) or "的" in g or g.startswith(("对", "向"))
                     for g in grades) else grades
    # (支持湖南、江西、贵州三省分别安排…: places a grant goes to, no grades)


COUNTED_PLACES = re.compile(r"[两三四五六七八九十]+[省市县区国]$")


def each_of_two_framed(items: list[str]) -> list[str]:
    """Two items inside one frame, a verb before the first and a noun after the second going to both (具有硕士研究生、
    大学本科学历 -> 具有硕士研究生学历, 具有大学本科学历); [] when there is no such frame."""
    first, last = word_tags(items[0]), word_tags(items[1])
    lead = first[0][0] if len(first) > 1 and first[0][1].startswith("v") and not items[1].startswith(first[0][0]) else ""
    head = last[-1][0] if len(last) > 1 and last[-1][1].startswith("n") else ""
    head = head[-2:] if len(head) > 2 and word_tags(head[-2:]) == ((head[-2:], "n"),) else head  # (本科学历: 学历)
    tail = head if head in words("instruments", "qualification_heads") and not items[0].endswith(head) else ""
    # (not 绿色食品认证、有机产品认证, 智能工厂、数字化车间: whole items)
    if lead and tail:
        return [items[0] + tail, lead + items[1]]
    kind = next((items[0][-k:] for k in range(4, 1, -1) if items[0][-k:] in items[1][:-k]), "")  # (…老年人、…老年人提供…)
    after = items[1][items[1].find(kind) + len(kind):] if kind else ""
    serving = first[0][0] if first[0][1] == "p" and first[0][0] in ("为", "向", "对") else ""
    if serving and after and word_tags(after)[0][1].startswith("v"):  # (为80周岁及以上老年人、经济困难老年人提供助餐服务
        return [items[0] + after, serving + items[1]]  # -> 为80周岁及以上老年人提供助餐服务, 为经济困难老年人提供助餐服务)
    return []


def each_framed(condition: str, n: int) -> list[str]:
    """The conditions of a list of n items alike written inside one, the words before the first and after the last
    going to each (当年取得初级工（五级）、中级工（四级）、高级工（三级）职业资格证书 -> 当年取得初级工（五级）职业资格证书,
    …); [] when the items are not alike in length or the words before them end inside a word."""
    items = condition.split("、")
    if len(items) == n == 2:
        return each_of_two_framed(items)
    size = len(items[1]) if len(items) == n and n > 2 else 0
    if not size or any(len(i) != size for i in items[1:-1]) or len(items[-1]) <= size \
            or len(items[0]) < size + (size > 1):
        return []  # (A、B、C类人才 -> A类人才, …: letters, no words before the first; not 初级工、中级工、技师及以上)
    lead, tail = items[0][:-size], items[-1][size:]
    if items[0].endswith(tail):  # (获得中国专利金奖、银奖、优秀奖: the last is an item whole, 优秀奖)
        return [lead + item for item in (items[0][len(lead):], *items[1:])]
    if sum(len(w) for w, _ in word_tags(items[0])[:len(word_tags(lead))]) != len(lead):
        return []  # (获得国家级、省级、市级…: 国|家级 would cut a word)
    return [lead + item + tail for item in (items[0][len(lead):], *items[1:-1], items[-1][:size])]


MONEY_AMOUNT = re.compile(r"\d[\d.]*\s*[十百千万亿]*元")
PART_BAND = re.compile(r"[^，；：。]*\d[^，；：。]*?的(?:部分)?")  # (…1000万元（含）至5000万元的; …至1000万美元的部分)


def part_band(sent: Sentence, clause: Clause, clauses: list[Clause]) -> str:
    """The band a part of a sentence sets in a clause of its own before the clause of an amount, past whom it names
    (对…项目，固定资产投资额1000万元（含）至5000万元的，按…给予补助，单个项目最高不超过200万元 -> 固定资产投资额1000万元
    （含）至5000万元; …：100万美元（含）至1000万美元的部分，每美元奖励0.03元 -> 100万美元（含）至1000万美元的部分), or the
    case a later part opens on (…；列入省重大项目清单的，补助比例提高至10%，单个项目最高… -> 列入省重大项目清单), "" when
    none is."""
    part = max(sent.text.rfind("；", 0, clause.start), sent.text.rfind("：", 0, clause.start)) + 1
    for before in (c for c in clauses if c.start >= part and c.end <= clause.start):
        text = ITEM_NUMBER.sub("", sent.text[before.start:before.end]).strip("，；： ")
        if re.match(r"(?:第[一二三四五六七八九十百零\d]{1,4}条)?\s*(?:对于|对|向)", text):
            continue  # (whom it names)
        listed = part > 0 and pattern("instruments:qualifying_verbs", r"(?:被|新|首次)?(?:{})[^，；：。]{2,24}的").fullmatch(text) \
            and any(before.end <= c.start and c.end <= clause.start for c in clauses)  # (not …；新获得X认证的，每个奖励…: whom)
        if (PART_BAND.fullmatch(text) or listed) and not pattern("instruments:amount_verbs").search(text) \
                and not MONEY_AMOUNT.search(sent.text, before.end, clause.start):  # (…80分以上的，每吨奖励1000元，85分
            return text if text.endswith("的部分") else text.removesuffix("的")  # 以上的每吨奖励2000元: not the 80's)
        return ""
    return ""


EACH_ITEM = re.compile(r"(?:^|、|为|是|对|[：:]|按照|按|其中)\s*(?:分别|再)?(?:给予|按照|按)?(?:每[张个台套])?"
                       r"(?P<item>(?!每|单|最高|其中)(?:(?![按为])[\u4e00-\u9fff]){2,10}?|[A-EＡ-Ｅ][类级档])"
                       r"(?:按照|按)?(?:每[\u4e00-\u9fff]{1,4}?(?:[（(][\u4e00-\u9fff]{1,2}[)）])?(?:每[年月天])?(?:补助|补贴|奖励)?)?"
                       r"(?:最高|不超过)?$")  # (一级文物每件（套）补助不超过20万元、二级文物…)


FUND_PART = re.compile(r"(?:(?!每)[\u4e00-\u9fff]){2,8}(?:补贴|补助|奖励|奖补|资金)(?:及其他(?:补贴|补助|奖励))?")


def each_item(sent: Sentence, clause: Clause, amounts: list[Mention]) -> list[str]:
    """The item each of a clause's amounts follows, when each follows its own (博士研究生每人每月3000元、硕士研究生每人
    每月2000元、本科毕业生每人每月1000元 -> 博士研究生, 硕士研究生, 本科毕业生); [] otherwise."""
    out, start = [], clause.start + len(ITEM_NUMBER.match(sent.text[clause.start:clause.end]).group())
    for m in sorted(amounts, key=lambda a: a.start):
        found = EACH_ITEM.search(sent.text[start:m.start - sent.start])
        item = found.group("item") if found else ""
        named = FUND_PART.fullmatch(item)  # (其中购车补贴1000万元、充电设施补贴300万元: the parts of a fund, by name)
        out.append(item if named or not pattern("instruments:action_verbs").search(item) else "")
        start = m.end - sent.start
    return out if len(out) > 1 and all(out) else []


RATE_SUBJECT = re.compile(r"(?P<item>[\u4e00-\u9fff]{2,8}?)(?:按照|按)[^，；。]{1,20}(?:给予|予以)")


def rate_subject(sent: Sentence, clauses: list[Clause], clause: Clause) -> str:
    """The kind a part's rate opens on, for the cap after it (…，境内展会按照展位费的50%给予补助，每个标准展位最高补助1万元；
    境外展会按照…，每个标准展位最高补助3万元 -> 境内展会, 境外展会), "" when none is."""
    part = sent.text.rfind("；", 0, clause.start) + 1
    own = sent.text[clause.start:clause.end]
    if not re.search(r"最高|不超过", own) or "按" in own:
        return ""  # (only a cap after the rate; not an amount of its own rate: 乡镇按照每户500元给予配套)
    kinds = {c.start: kind for c in clauses if (kind := kind_of_rate(sent, c))}
    if len(set(kinds.values())) < 2:
        return ""  # (kinds set against each other, each with its rate and cap; not 旗财政按…给予补贴: who pays)
    for before in (c for c in clauses if c.start >= part and c.end <= clause.start):
        if before.start in kinds and not MONEY_AMOUNT.search(sent.text, before.end, clause.start):
            return kinds[before.start]  # (…按每千瓦300元给予补助，交流充电桩每台1000元，单个站点最高…: both's cap)
    return ""


def kind_of_rate(sent: Sentence, clause: Clause) -> str:
    """The kind a clause's rate opens on (境外展会按照展位费的70%给予补助 -> 境外展会), "" when it opens otherwise."""
    found = RATE_SUBJECT.match(ITEM_NUMBER.sub("", sent.text[clause.start:clause.end]))
    ok = found is not None and not re.match(r"(?:第[一二三四五六七八九十百零\d]{1,4}条)?(?:对于|对|向|由|经)", found["item"]) \
        and not PAYER.match(found["item"]) and word_tags(found["item"])[0][1][:1] in ("n", "s", "b") \
        and not found["item"].endswith(tuple(words("instruments", "funding_ends")))
    return found["item"] if ok else ""


PAYER = pattern("instruments:payer_levels", r"(?:{})级?(?:财政)?(?:再|另|还|也)?$")  # (市级按照购置价格的30%给予补助:
# who pays, no kind)


LABELLED_AMOUNT = re.compile(r"(?:(?<=[、：:，])|(?<=给予)|(?<=其中))([\u4e00-\u9fff]{1,5}?(?:奖|级|类|档|星))"
                             r"(?=(?:每[人个项家户])?[\d.]+[十百千万亿]*元)")  # (一等奖10万元、二等奖…; 其中A类每人…)
COUNTED_GRADE = re.compile(r"(?P<grade>[\u4e00-\u9fff]{1,10}?)\d+[名个项家]")


def counted_grades(sent: Sentence, clauses: list[Clause], clause: Clause, n: int) -> list[str]:
    """The grades a clause before counts, one for each of n amounts (每年评选金奖3名、银奖5名、铜奖10名，分别奖励3万元、2万元、
    1万元 -> 金奖, 银奖, 铜奖), or the clause names right before each of its amounts (分别给予一等奖10万元、二等奖5万元…);
    [] when it has no such list."""
    labels = LABELLED_AMOUNT.findall(sent.text, clause.start, clause.end)
    if len(labels) == n and len({label[-1] for label in labels}) == 1:
        return labels  # (…分别给予一等奖10万元、二等奖5万元、三等奖3万元: each prize's)
    before = [c for c in clauses if c.end <= clause.start]
    text = ITEM_NUMBER.sub("", sent.text[before[-1].start:before[-1].end]) if before else ""
    items = text.split("、")
    grades = [COUNTED_GRADE.fullmatch(item) for item in items]
    if len(items) != n or not all(grades) or len({g["grade"][-1] for g in grades}) != 1:
        return []  # (金奖、银奖、铜奖: one series of grades; not 引进团队50个、青年人才3000名)
    first = word_tags(grades[0]["grade"])[-1][0]  # (每年评选金奖: the grade, not the verb before it)
    return [first] + [g["grade"] for g in grades[1:]]


SPAN_OPENING = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:起)?(?:至|到|—|－|-)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底)?"
                          r"(?:期间|前)?，")


def opening_span(sent: Sentence) -> str:
    """The span of days the sentence opens on (2024年9月1日至12月31日，个人…的，每辆补贴3000元), or ""."""
    found = SPAN_OPENING.match(ITEM_NUMBER.sub("", sent.text))
    return found.group().rstrip("，").removesuffix("期间") if found else ""

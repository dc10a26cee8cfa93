"""Numbers that bound or start rather than measure (policykg.extractors.measures.limits): a limit in brackets that
says who qualifies, a count of a policy's own parts, the budget a grant is capped at, the amounts, tiers and quota
of a grant, the value a change starts from, a bound that says which things a noun names (7座及以下小型客车), and the size that
defines a grade a grant is for (中型坝（总库容10万至50万立方米）：每座15万元), the count of a list just named
(甲、乙、丙3个县市) and the size that names a project (年产10万吨某某等项目建成投产)."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence
from ...records import Mention
from ..context import Context
from ..clauses import Clause
from .plausible import MONEY


def stated_limit(sent: Sentence, q: Mention) -> bool:
    """A limit in brackets that says who qualifies (本科毕业生（35岁以下）), or a count of a policy's own parts
    (《若干措施》共四个方面12条): no figure."""
    at, end = q.start - sent.start, q.end - sent.start
    if sent.text[end:end + 4].lstrip("及以下上内 ")[:1] in ("）", ")") \
            and max(sent.text.rfind(c, 0, at) for c in "（(") > max(sent.text.rfind(c, 0, at) for c in "）)") \
            and (bound := re.match(r"\s*(及?以[下上内])?[）)]", sent.text[end:])) \
            and (bound.group(1) or q.attr("comparator") not in ("", "=")):
        return True
    return q.attr("unit") in words("measures", "part_units") \
        and re.search(r"》\s*(?:共|包括|分为)[^，。；]{0,8}$", sent.text[:at]) is not None


FROM_NOW = re.compile(r"由(?:目前|现在|现有|当前)?的?$")
TO_AFTER = re.compile(r"[^，；。]{0,8}?(?:缩短|压缩|提高|提升|增加|增长|降低|下降|减少|扩大|上升)(?:至|到)")


def starting_value(sent: Sentence, q: Mention) -> bool:
    """The value a change starts from (将由目前的2小时缩短至30分钟, 由2万个增加到5万个): where a goal starts."""
    at, end = q.start - sent.start, q.end - sent.start
    return FROM_NOW.search(sent.text, max(0, at - 6), at) is not None and TO_AFTER.match(sent.text, end) is not None


BUDGET_CAP = re.compile(r"(?:资金|经费|预算|补贴|奖励)(?:总额|总量|规模)?(?:控制在|不超过|最高不超过)$")


def budget_cap(sent: Sentence, q: Mention) -> bool:
    """The total a grant's money is capped at, in a sentence that grants it (…每辆补贴2000元，资金总额控制在1亿元以内):
    the measure's budget, no goal."""
    at = q.start - sent.start
    return BUDGET_CAP.search(sent.text, max(0, at - 12), at) is not None \
        and pattern("instruments:funding_verbs").search(sent.text) is not None


GRANTS_BEFORE = re.compile(r"(?:奖励|补贴|补助|资助|奖补|给予|发放)")
QUOTA = pattern("instruments:per_recipient", r"\s*(?:{})[\u4e00-\u9fff]{1,6}?(?:最多|不超过|限)$")


def of_a_grant(sent: Sentence, q: Mention, clause: Clause) -> bool:
    """The number is part of a grant, not a figure: an amount its clause grants (…的，分别奖励10万元、20万元), a tier
    the grant is for (年销售收入首次突破2000万元、5000万元的，分别奖励…), or its quota (每家补助3万元，单个主体最多
    5家)."""
    at, end = q.start - sent.start, q.end - sent.start
    text = sent.text
    if q.attr("unit") in MONEY and GRANTS_BEFORE.search(text, clause.start, at):
        return True
    grants = pattern("instruments:funding_verbs")
    if text[end:clause.end].rstrip("，；、 ").endswith("的") and grants.search(text, clause.end, clause.end + 16):
        return True
    if (whom := WHOM_CLOSED.match(text, end)) and RECIPIENT_OPENED.search(text, 0, at) \
            and grants.search(text, whom.end(), whom.end() + 16):
        return True  # (对带动…100户以上稳定发展…，且…的龙头企业、合作社，每带动1户奖励200元: who qualifies for it)
    return QUOTA.match(text[clause.start:at] + re.sub(r"[\d.].*", "", q.text)) is not None \
        and grants.search(text, 0, clause.start) is not None


RECIPIENT_OPENED = re.compile(r"(?:^|[，：:])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?对[^，；。：]*(?:，[^，；。：]*)?$")
WHOM_CLOSED = re.compile(r"[^；。]*?的[\u4e00-\u9fff、]{0,16}[，,]")  # (…以上的龙头企业、合作社，: the recipient named)


AT_MOST = re.compile(r"(?:最多|最高|不超过)[\u4e00-\u9fff]{0,2}$")  # (最多补助4架: at most, before the verb)
ASIDE_THEN_DE = re.compile(r"[（(][^（）()，。；]{1,20}[）)]的")  # (…以上（其他畜禽按标准折算）的: an aside, then 的)


def bounds_a_class(sent: Sentence, q: Mention) -> bool:
    """The number, closed by 及以上 or 及以下, says which things a noun right after it names (对7座及以下小型客车…):
    a class of things, no measured figure."""
    bound = re.match(r"及(?:以上|以下)", sent.text[q.end - sent.start:])
    end = q.end - sent.start + (bound.end() if bound else 0)
    i = sent.token_at(end) if bound or re.search("及(?:以上|以下)$", q.text) else -1
    return i >= 0 and sent.tags[i].startswith(("n", "b")) and sent.starts[i] - sent.start == end


DEFINING_BRACKET = re.compile(r"[\u4e00-\u9fff]（[^（）]*$")  # an open bracket right after a noun


def defines_a_grade(sent: Sentence, q: Mention) -> bool:
    """The number is in brackets right after a noun, and what follows the brackets is a colon (中型坝（总库容10万至50万
    立方米）：每座15万元): the size that defines the grade a grant is for, no figure."""
    return DEFINING_BRACKET.search(sent.text[:q.start - sent.start]) is not None \
        and re.match(r"[^（）]*）[：:]", sent.text[q.end - sent.start:]) is not None


def listed_places(sent: Sentence, ctx: Context, q: Mention) -> str:
    """How many places a list right before the number names (甲、乙、丙3个… -> "3"), or "" without one."""
    places = sorted(ctx.mentions_in(sent, "REGION"), key=lambda m: m.start)
    chain, end = 0, q.start
    for m in reversed([m for m in places if m.end <= q.start]):
        if m.end != end:
            break
        chain += 1
        joiner = sent.text[m.start - sent.start - 1:m.start - sent.start]
        if joiner not in ("、", "和", "及"):
            break
        end = m.start - 1
    return str(chain) if chain >= 2 else ""


def counts_the_list_before(sent: Sentence, q: Mention) -> bool:
    """The number counts the items a list right before it names, its noun after it (打造甲山、乙谷、丙寺、丁园4条精品线路;
    推进延吉、敦化、珲春3个县市…): how many were just named, no figure — whatever the items are (places the vocabulary
    does not list, sites, routes). Not 新增国家级、省级专精特新企业2家, where the noun comes before the number, nor a list
    closed by 等 (建成甲、乙和丙等3个节点: a count the examples stand for) or what was built (已建成甲、乙、丙3个平台: the
    count of what now stands)."""
    at = q.start - sent.start
    part = sent.text[max(sent.text.rfind(c, 0, at) for c in "，；。：:（(") + 1:at]
    items = LIST_JOINER.split(part)
    return len(items) >= 2 and not part.endswith("等") and pattern("measures:built_verbs").search(items[0]) is None and str(len(items)) == q.attr("value") \
        and all(LIST_ITEM.fullmatch(item) for item in items) and NOUN_AFTER.match(sent.text, q.end - sent.start) is not None


LIST_JOINER = re.compile(r"[、和及与]")
LIST_ITEM = re.compile(r"[\u4e00-\u9fff“”]{1,12}")  # (a verb may open the first: 打造甲山)
NOUN_AFTER = re.compile(r"(?!以上|以下|左右|余|多)[\u4e00-\u9fff]")


def a_norm(sent: Sentence, q: Mention) -> bool:
    """A standard or duty the figure's clause lays down (墓位占地面积不得超过1平方米; 沿海省份应当每年组织…2次以上),
    with no deadline in the sentence: a rule everyone keeps, no goal to reach."""
    at = q.start - sent.start
    part = sent.text[max(sent.text.rfind(c, 0, at) for c in "，；。") + 1:at]  # (not 严禁新增隐性债务，化解…3亿元以上)
    return pattern("measures:norm_words").search(part) is not None and DEADLINE.search(sent.text) is None


DEADLINE = re.compile(r"(?:到|至|于)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前)")


def size_of_facility(sent: Sentence, q: Mention) -> bool:
    """The number, in a unit that is no count, is the size that names a project or a facility:
    the words right after it end in one (120万吨乙烯转型升级项目, 200万千瓦光伏基地), or it comes between a project's
    name and phase and the start of its works (加快某铜箔项目二期1.5万吨开工建设)."""
    if q.attr("unit") in words("measures", "count_classifiers"):
        return False  # (建设10个项目: the count of projects)
    after = re.match(r"[\u4e00-\u9fff“”]{0,10}", sent.text[q.end - sent.start:]).group()
    return any(head in after for head in words("measures", "facility_heads")) \
        or q.attr("unit") not in MONEY and (PROJECT_BEFORE.search(sent.text, 0, q.start - sent.start) is not None
                                            and STARTED.match(sent.text, q.end - sent.start) is not None
                                            or BUILT_CAPACITY.search(sent.text, 0, q.start - sent.start) is not None
                                            or sent.text.endswith("年产", 0, q.start - sent.start)
                                            and NAMES_PROJECT.match(sent.text, q.end - sent.start) is not None)


PROJECT_BEFORE = re.compile(r"(?:项目|工程)(?:[一二三四五六七八九十]期|年产|[一二三四五六七八九十]期年产)$")  # (not 完成
# 农村供水工程1.2万处: what was done)
BUILT_CAPACITY = re.compile(r"(?:开工建设|新建|建设|引进|落地|签约)年产$")  # (开工建设年产3万吨锂电池电解液…项目)
NAMES_PROJECT = re.compile(r"[^，；。]*?(?:项目|工程)")  # (某公司年产10万吨特色调味品、某园二期等项目建成投产: the size in a
# project's name)
STARTED = re.compile(r"(?:开工|开建|动工|签约|落地|启动)")  # (…项目二期1.5万吨开工建设: which project starts; not …项目一期
# 60万千瓦实现全容量并网: the capacity connected)

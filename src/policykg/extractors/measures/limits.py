"""Numbers that bound or start rather than measure (policykg.extractors.measures.limits): a limit in brackets that
says who qualifies, a count of a policy's own parts, the budget a grant is capped at, the amounts, tiers and quota
of a grant, the value a change starts from, a bound that says which things a noun names (7座及以下小型客车), and the size that
defines a grade a grant is for (中型坝（总库容10万至50万立方米）：每座15万元)."""
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
    return QUOTA.match(text[clause.start:at] + re.sub(r"[\d.].*", "", q.text)) is not None \
        and grants.search(text, 0, clause.start) is not None


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


def a_norm(sent: Sentence, q: Mention) -> bool:
    """A standard or duty the figure's clause lays down (墓位占地面积不得超过1平方米; 沿海省份应当每年组织…2次以上),
    with no deadline in the sentence: a rule everyone keeps, no goal to reach."""
    at = q.start - sent.start
    part = sent.text[max(sent.text.rfind(c, 0, at) for c in "，；。") + 1:at]  # (not 严禁新增隐性债务，化解…3亿元以上)
    return pattern("measures:norm_words").search(part) is not None and DEADLINE.search(sent.text) is None


DEADLINE = re.compile(r"(?:到|至|于)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前)")

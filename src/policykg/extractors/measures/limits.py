"""Numbers that bound or start rather than measure (policykg.extractors.measures.limits): a limit in brackets that
says who qualifies, a count of a policy's own parts, the budget a grant is capped at, and the value a change starts
from."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence
from ...records import Mention


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

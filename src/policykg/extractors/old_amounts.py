"""Amounts a sentence names that no one is granted: a level reached (投入达到7800亿元), a volume lent (新增发放3.2亿元)
and the old rate of a changed
one (由原来的统一每辆4000元调整为…; 由每人每月80元提高到100元: 80元) — and where a changed rate's new amount reads from
(its per-unit and its bound are the old rate's: 每人每月…100元 is per month)."""
from __future__ import annotations

import re

from ..lexicon import pattern, words
from ..nlp import Sentence
from ..records import Mention


def reached(sent: Sentence, m: Mention) -> bool:
    """An amount that is a level reached (投入达到7800亿元), an income (人均增收6880元) or wages paid (发放劳务报酬390万元), not
    one granted, or one a policy replaced (由原来的统一每辆4000元调整为…; 由每人每月80元提高到100元: 80元) — the new rate of a
    change is granted."""
    at, end = m.start - sent.start, m.end - sent.start
    lead = sent.text[max(0, at - 3):at] + re.sub(r"[\d.,].*", "", m.text)
    if change_start(sent.text, figure_start(sent, m)) is not None:
        return False
    return any(w in lead for w in words("instruments", "level_before_amount")) \
        or FORMER.search(sent.text, max(0, at - 12), at) is not None \
        or replaced_rate(sent.text, at, end) or lent(sent.text, at) or earned(sent.text, at) \
        or WAGES.search(sent.text, max(0, at - 10), at) is not None


WAGES = re.compile(r"劳务报酬[^，；。\d每]{0,4}$")  # (预计发放劳务报酬390万元: what the works pay their workers in all, not a grant;
# not 劳务报酬标准为每人每天160元, a wage floor)


def earned(text: str, at: int) -> bool:
    """An amount right after a word of income (人均增收6880元, 人均劳务收入约7520元): what people earn, not a grant."""
    return pattern("instruments:income_before_amount", r"(?:{})(?:约|达到?|超过|为|近|逾)?$").search(
        text, max(0, at - 6), at) is not None


def lent(text: str, at: int) -> bool:
    """An amount (or a list of them) right after a verb of a volume lent or spent (2024年、2025年分别新增发放3.2亿元、
    3.5亿元; 累计投放…80亿元): a goal or a total, not money granted."""
    return pattern("instruments:volume_verbs", r"(?:{})[^，；。\d]{0,12}(?:\d[\d.]*[十百千万亿]*元[、和及])*$").search(
        text, max(0, at - 40), at) is not None


FORMER = re.compile(r"原(?:来的?|政策|标准|办法|措施)[^，；。\d]{0,8}$")  # (…由原来的统一每辆4000元, 原政策上市奖励为600万元:
# the rate replaced)


def figure_start(sent: Sentence, m: Mention) -> int:
    """Where the figure of an amount starts in its sentence (the mention may hold a verb before it: 提高到100元)."""
    digit = re.search(r"\d", m.text)
    return m.start - sent.start + (digit.start() if digit else 0)


def change_start(text: str, at: int) -> int | None:
    """Where the change of a rate opens (at 由 or 从) when the amount at ``at`` is its new rate (由每人每月80元提高到100元:
    100元), else None."""
    changed = pattern("instruments:rate_change_verbs", r"(?:由|从)[^，；。由从]{0,30}\d[^，；。]{0,12}?(?:{})"
                      r"(?:每[\u4e00-\u9fff]{1,4})?$")  # (由原每千瓦时1元提高到每千瓦时1.2元: per the same)
    found = changed.search(text, max(0, at - 48), at)
    return found.start() if found else None


def replaced_rate(text: str, at: int, end: int) -> bool:
    """The old amount of a rate changed (由每人每月80元提高到100元; 从每人每年6000元提高至8000元)."""
    opened = re.search(r"(?:由|从)[^，；。由从]{0,20}$", text[max(0, at - 20):at])
    return opened is not None and pattern("instruments:rate_change_verbs", r"[^，；。\d]{0,6}?(?:{})(?:每[\u4e00-\u9fff]{1,4})?\d"
                                          ).match(text, end) is not None

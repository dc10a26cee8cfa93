"""Branches of a body named right after it as one body: 中国人民银行 + 合肥中心支行, 某市生态环境局 + 某县分局, and a
city's bureau with its branch in a county named short (市生态环境局乐至分局)."""
from __future__ import annotations

import re

from ..lexicon import counties, pattern
from ..names import Body, body, place_prefix
from ..records import Mention
from .context import Context


def branch_after(text: str, end: int, own_heads: tuple[str, ...] = ()) -> int:
    """Length of "<place><branch head>" right after a body (中国人民银行 + 合肥中心支行; for a body managed vertically,
    one of its own heads too: 国家税务总局 + 某市税务局), 0 if none."""
    place = place_prefix().match(text, end)
    if place is None:
        return 0
    head = pattern("organisations:branch_heads", "(?:{})").match(text, place.end())
    own = next((h for h in own_heads if text.startswith(h, place.end())), "")
    return max(head.end() if head else 0, place.end() + len(own) if own else 0) - end if head or own else 0


def with_branches(ctx: Context, text: str, base: int, found: list[Mention]) -> list[Mention]:
    """Each body and the branch in a place right after it as one body (某市生态环境局 + 某县分局: the county's branch of
    the city's bureau), not two."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        before = out[-1] if out else None
        if before is not None and before.end == m.start and not before.attr("foreign") \
                and branch_after(text, before.end - base) == m.end - m.start and body(before.text + m.text) is not None:
            out[-1] = branch_mention(ctx, before.start, m.end, before.text + m.text, body(before.text + m.text))
        else:
            out.append(m)
    return [with_county_branch(ctx, text, base, m) for m in out]


def with_county_branch(ctx: Context, text: str, base: int, m: Mention) -> Mention:
    """A body with its branch in a county named short right after it (市生态环境局乐至分局: the county's branch of the
    city's bureau) as one body; else the body as found."""
    branch = COUNTY_BRANCH.match(text, m.end - base)
    if branch is None or m.attr("foreign") or not any(branch["short"] + end in counties() for end in "县市"):
        return m
    known = body(m.key + branch.group()) or Body(m.key + branch.group(), m.attr("category"), "")
    return branch_mention(ctx, m.start, base + branch.end(), m.text + branch.group(), known)


COUNTY_BRANCH = re.compile(r"(?P<short>[\u4e00-\u9fff]{2,3}?)分局")


def branch_mention(ctx: Context, start: int, end: int, name: str, known: Body) -> Mention:
    from .organisations import org_mention  # (the module that finds the bodies uses these helpers)

    return org_mention(ctx, start, end, name, known, "head")

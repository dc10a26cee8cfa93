"""Which policy a sentence says sets its figures: one it names (《X》提出…), or one named shortly before that the
sentence refers back to by its kind (国家能源局印发《2025年能源工作指导意见》。意见提出，…达到…)."""
from __future__ import annotations

import re

from ...lexicon import alternation, words
from ...nlp import Sentence
from ...records import Mention
from ..context import Context

SAYS = "(?:中|里)?(?:" + alternation(words("policies", "saying_verbs")) + ")"
KIND = r"[\u4e00-\u9fff]{0,4}?(?:" + alternation(words("policies", "policy_kinds")) + ")"  # (意见, 行动方案: a policy's kind)
REFERRED = re.compile(rf"\s*(?:该|这一|此|《)?(?P<kind>{KIND})》?{SAYS}")
OPENER = re.compile(rf"\s*(?:该|这一|此)?(?:《[^》]{{2,40}}》|{KIND}){SAYS}[，：:]\s*")
LOOK_BACK = 6  # sentences at most between a policy named and the sentence that refers back to it by its kind


def named_policy(sent: Sentence, ctx: Context) -> Mention | None:
    """A policy the sentence says sets something (《X》提出/明确/要求…), or the one it refers back to."""
    for m in ctx.mentions_in(sent, "POLICY"):
        after = sent.text[m.end - sent.start:m.end - sent.start + 8]
        if re.match(rf"[》”]?{SAYS}", after):
            return m
    return referred_policy(sent, ctx)


def referred_policy(sent: Sentence, ctx: Context) -> Mention | None:
    """The policy a sentence opening on its kind and a verb of saying refers back to (意见提出，… -> the 《…意见》
    named in the sentences before it, after the heading they follow); None when no title of that kind is named."""
    found = REFERRED.match(sent.text)
    if found is None or ctx.mentions_in(sent, "POLICY"):
        return None
    i = ctx.index_of(sent.start)
    for before in reversed(ctx.sentences[max(0, i - LOOK_BACK):max(0, i)]):
        policies = [m for m in ctx.mentions_in(before, "POLICY") if m.text.rstrip("》”").endswith(found.group("kind"))]
        if policies:
            return policies[-1]
        if ctx.in_part(before, "heading"):
            return None
    return None


def year_said(sent: Sentence, dates: list[Mention], q: Mention) -> str:
    """The year a policy's saying opens on before the figure (意见提出，2025年全国能源生产总量达到…), or ""."""
    opener = OPENER.match(sent.text)
    first = next((d for d in dates if opener and d.start - sent.start == opener.end()), None)
    return first.key if first is not None and first.end <= q.start and re.fullmatch(r"\d{4}", first.key) \
        and not first.attr("role") else ""

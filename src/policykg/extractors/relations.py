"""Relations stated in running text: who issued a policy named in the
sentence (X印发《Y》, a title's issuer prefix) and when (2023年3月，X印发《Y》),
which policies a policy cites or implements (《Y》 named in its text; 贯彻落实《Y》),
and which policy an interpretation interprets (its title's 《Y》)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import pattern, rules
from ..nlp import Sentence
from ..records import Fact, Mention
from .context import Context
from .registry import extractor

CLAUSE_BREAK = re.compile(r"[。；！？]")
BETWEEN_BODIES = re.compile(r"^[、，,和与及\s]*$")


@extractor("relations", needs=("POLICY", "ORG", "DATE", "policies", "home", "POLICY:resolved", "ORG:localised"),
           produces=("fact:issued_by", "fact:cites", "fact:implements", "fact:interprets"))
def relations(sent: Sentence, ctx: Context) -> Iterator[Fact]:
    titles = [m for m in ctx.mentions_in(sent, "POLICY") if not m.attr("own") and not m.attr("alias")]
    if not titles:
        return
    ev = ctx.evidence(sent)
    for m in titles:
        for name in filter(None, m.attr("issuers").split("|")):
            yield Fact("POLICY", m.key, "issued_by", "ORG", name, ev)
    yield from issued_in_text(sent, ctx, titles)
    own = ctx.policy_of(sent)
    if own is not None:
        implement = pattern("policies:implement_verbs", "(?:{})$")
        for m in titles:
            if m.key == own.key:
                continue
            before = sent.text[max(0, m.start - sent.start - 8):m.start - sent.start]
            predicate = "implements" if implement.search(before.rstrip("了")) else "cites"
            yield Fact("POLICY", own.key, predicate, "POLICY", m.key, ev)
    if ctx.document.genre == "interpretation" and ctx.in_part(sent, "title"):
        yield Fact("DOCUMENT", ctx.document.id, "interprets", "POLICY", titles[0].key, ev)


def issued_in_text(sent: Sentence, ctx: Context, titles: list[Mention]) -> Iterator[Fact]:
    """"X、Y（联合）印发《Z》": the bodies right before an issue verb issue the titles after it."""
    verbs = pattern("policies:issue_verbs", "(?:联合)?(?:{})了?")
    orgs = [m for m in ctx.mentions_in(sent, "ORG") if not m.attr("foreign")]
    dates = [m for m in ctx.mentions_in(sent, "DATE") if not m.attr("role") and len(m.key) >= 7
             and (not m.attr("relative") or re.search(r"今天|今日|\d", m.text))]  # 近日 dates nothing
    text, base = sent.text, sent.start
    for title in titles:
        rel = title.start - base
        left = text[:rel]
        v = None
        for found in verbs.finditer(left):
            if found.end() == rel or BETWEEN_BODIES.match(left[found.end():rel]):
                v = found
        if v is None:
            continue
        issuers: list[Mention] = []
        pos = v.start()
        for org in sorted((o for o in orgs if o.end - base <= v.start()), key=lambda o: -o.start):
            gap = text[org.end - base:pos]
            if gap and not BETWEEN_BODIES.match(gap) and not re.fullmatch(r"(?:于|在)?[^，。；]{0,14}", gap):
                break
            if CLAUSE_BREAK.search(gap):
                break
            issuers.append(org)
            pos = org.start - base
        if not issuers:
            subject = sentence_subject(sent, orgs, v.start())
            issuers = [subject] if subject is not None else []
        for org in issuers:
            yield Fact("POLICY", title.key, "issued_by", "ORG", org.key, ctx.evidence(sent))
        if issuers:
            date = next((d for d in dates if d.end - base <= issuers[-1].start - base + 16 and d.end - base <= v.start()), None)
            if date is not None and not CLAUSE_BREAK.search(text[date.end - base:v.start()]):
                yield Fact("POLICY", title.key, "issued_on", "DATE", date.key, ctx.evidence(sent))


SPEECH = re.compile(r"^[^，。；]{0,4}?(?:表示|宣布|称|决定|介绍|透露|指出|明确|提出)")


def sentence_subject(sent: Sentence, orgs: list[Mention], verb: int) -> Mention | None:
    """The body a sentence opens with when it says something and no other body
    comes before the issue verb (证监会表示将…发布《X》 -> 证监会)."""
    base = sent.start
    before = sorted((o for o in orgs if o.end - base <= verb), key=lambda o: o.start)
    if len(before) != 1 or before[0].start - base > 4:
        return None
    first = before[0]
    if not SPEECH.match(sent.text[first.end - base:]) or CLAUSE_BREAK.search(sent.text[first.end - base:verb]):
        return None
    return first

"""Short names inside a document: "（以下简称《通知》）" defines 《通知》 as the
policy named just before; a bare genre word in 《》 (《通知》, 《规划》, 《纲要（草案）》)
stands for the latest policy named before it whose title ends with it, else the
latest of that genre, else the document's own policy when it is of that genre. A short name that resolves to nothing is dropped."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..names import TITLE_WRAPPER, issued_bare, normalize_name, policy_key
from ..nlp import Sentence
from ..records import Mention
from .context import Context
from .registry import extractor

DEFINITION = re.compile(r"[（(]\s*(?:[^（）()，,；;]{1,30}[，,]\s*)?(?:以下|下)简称\s*[《“\"]([^》”\"]{1,30})[》”\"]\s*[）)]")
# (the policy's 文号 may come first in the same brackets: 《X》（某政发〔2024〕4号，以下简称《政策措施》）)
SHORT_TITLE = re.compile(r"《([^《》\n]{1,30})》")
RESPECTIVE = re.compile(r"(?:以下|下)分别简称\s*(?P<names>(?:《[^《》\n]{1,30}》[、和及]?){2,})")
DEFINED_GAP = 12  # at most this much text (no clause break) between a title and the definition of its short name
CLAUSE_BREAK = re.compile(r"[，。；：！？,;:]")
DRAFT_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")  # （草案）, (试行), （2023年版）


@extractor("short_names", scope="document", needs=("POLICY", "REPORT", "policies"), produces=("POLICY:resolved",))
def short_names(ctx: Context) -> Iterator[Mention]:
    defined: dict[str, str] = {}
    last_by_kind: dict[str, str] = {}
    last_ending: dict[str, str] = {}  # every ending of the titles named so far -> the latest policy with it
    own = ctx.policies[0].key if ctx.policies else ""
    own_title = DRAFT_NOTE.sub("", normalize_name(ctx.policies[0].title)) if ctx.policies else ""
    titles = ctx.all_mentions("POLICY", "REPORT")
    for sent, mentions in zip(ctx.sentences, ctx.mentions):
        for d in DEFINITION.finditer(sent.text):
            named = named_before(ctx, titles, sent.start + d.start())
            if named is not None:
                defined[normalize_name(d.group(1))] = named.key
        for d in RESPECTIVE.finditer(sent.text):
            defined.update(respective_names(titles, sent.start + d.start(), SHORT_TITLE.findall(d.group("names"))))
        for m in sorted((m for m in mentions if m.type in ("POLICY", "REPORT")), key=lambda m: m.start):
            short = normalize_name(m.text.strip("《》"))
            if short in defined and defined[short] != m.key:
                yield Mention(m.doc, m.start, m.end, m.text, "POLICY", defined[short], (*m.attrs, ("alias", "1")))
            elif m.attr("short"):
                target = last_ending.get(short) or last_by_kind.get(m.attr("kind")) or (
                    own if own_title.endswith((short, m.attr("kind") or short)) else "")  # (not a work report's 《纲要》)
                ctx.remove(m)
                if target:
                    yield Mention(m.doc, m.start, m.end, m.text, "POLICY", target, (("alias", "1"), ("kind", m.attr("kind"))))
            elif m.type == "POLICY":
                last_by_kind[m.attr("kind")] = m.key
                title = normalize_name(m.text.strip("《》"))
                for name in {title, DRAFT_NOTE.sub("", title)}:
                    for k in range(1, len(name)):
                        last_ending[name[k:]] = m.key  # 《纲要（草案）》, 《纲要》 after 《某省…规划纲要（草案）》: that plan
        yield from defined_uses(ctx.document.id, sent, mentions, defined)


def respective_names(titles: list[Mention], pos: int, shorts: list[str]) -> dict[str, str]:
    """{short name: policy key} for 以下分别简称《A》《B》 after a notice issuing as many policies (《关于印发〈X〉和〈Y〉的
    通知》): each short name, in order, stands for the policy the notice issues in that place."""
    before = [m for m in titles if m.end <= pos and m.type == "POLICY"]
    wrapper = TITLE_WRAPPER.match(normalize_name(before[-1].text)) if before else None
    issued = issued_bare(wrapper.group("inner")) if wrapper else ()
    if len(issued) != len(shorts):
        return {}
    return {normalize_name(short): policy_key(title) for short, title in zip(shorts, issued)}


def named_before(ctx: Context, titles: list[Mention], pos: int) -> Mention | None:
    """The policy named right before a definition of its short name at ``pos``
    (《X》（以下简称《Y》）: a few characters of the same clause apart at most)."""
    before = [m for m in titles if m.end <= pos and m.type == "POLICY" and not m.attr("short")]
    if not before:
        return None
    gap = ctx.document.text[before[-1].end:pos]
    return before[-1] if len(gap) <= DEFINED_GAP and not CLAUSE_BREAK.search(gap) else None


def defined_uses(doc: str, sent: Sentence, mentions: list[Mention], defined: dict[str, str]) -> Iterator[Mention]:
    """The uses in 《》 of a defined short name that names no genre (《行动》 for
    《某某行动计划》), which the titles extractor does not take for a title."""
    if not defined or "《" not in sent.text:
        return
    for m in SHORT_TITLE.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        key = defined.get(normalize_name(m.group(1)))
        if key and not any(x.start < end and start < x.end for x in mentions):
            yield Mention(doc, start, end, m.group(1), "POLICY", key, (("alias", "1"),))

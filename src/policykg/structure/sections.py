"""Numbered sections (一、（一）1.（1）第X章 第X条) with the role their heading
gives them (goals, tasks, safeguards, principles, review), and the goal
paragraphs of reports and plans ("今年经济社会发展主要预期目标是：…")."""
from __future__ import annotations

import re

from ..lexicon import rules, words
from ..records import Part
from .lines import Line, heading_of

MAX_HEADING = 60
SHORT_HEADING = 12  # a heading's last word gives a role only to a short heading, not to a run-in sentence


def role_of(heading: str, parent: str = "", plan_year: str = "") -> str:
    """The role a heading gives its section, from ``rules/structure.yaml``: the
    role whose word appears earliest in the heading (ties: the longest word) — but under a review,
    the review (聚力落实国家重大战略任务, 重点领域改革迈出新步伐 tell what was done), and a review's word after the
    year a report plans for (or 今年), that year's tasks (2026年主要工作 in a 2026 report);
    else the role of the word a short heading ends with (（二）战略目标);
    else its parent section's role."""
    if parent == "review":
        return parent  # （六）重点领域改革迈出新步伐 under a review tells what was done, whatever its words
    best = (len(heading) + 1, 0, "")
    for role, cues in rules("structure")["section_roles"].items():
        for cue in cues:
            i = heading.find(cue)
            if i >= 0 and (i, -len(cue)) < best[:2]:
                best = (i, -len(cue), role)
    if best[2] == "review" and plan_year and (f"{plan_year}年" in heading or "今年" in heading) and "回顾" not in heading:
        return "tasks"
    if best[2]:
        return best[2]
    label = heading.rstrip("。.：:　 ")
    if len(label) <= SHORT_HEADING:
        for role, endings in rules("structure")["section_role_endings"].items():
            if label.endswith(tuple(endings)):
                return role
    return parent


def section_parts(lines: list[Line], end: int, bounds: tuple[int, ...] = (), unnumbered: bool = False,
                  plan_year: str = "") -> list[Part]:
    """One ``section`` part per numbered heading, from the heading to the next
    heading of the same or a higher level (or ``end``); a section without a
    role of its own takes its parent's. ``bounds``: offsets no section runs
    over (where a notice's signature, an attachment or an issued policy
    starts): a section ends there, and the headings after it open new
    sections of their own. ``unnumbered``: a short line of its own that names
    a role (“十五五”时期的主要目标任务, as a scraped report keeps it) is a top heading too. ``plan_year``: the
    year a work report plans for (see :func:`role_of`)."""
    found = [(line, h[0], h[1]) for line in lines if (h := heading_of(line.text)) is not None and len(h[1]) <= MAX_HEADING
             or unnumbered and (h := unnumbered_heading(line.text)) is not None]
    found = [(line, 0, label) if k + 1 < len(found) and level == 1 and heading_of(line.text) is None
             and FIRST_NUMBER.match(found[k + 1][0].text) else (line, level, label)
             for k, (line, level, label) in enumerate(found)]  # an unnumbered heading whose numbering starts after it holds it
    out: list[Part] = []
    open_sections: list[tuple[int, str]] = []  # (level, role) of the enclosing sections
    for k, (line, level, label) in enumerate(found):
        bound = next_bound(bounds, line.start, end)
        stop = next((later.start for later, later_level, _ in found[k + 1:] if later_level <= level), end)
        stop = min(stop, bound)
        if k and next_bound(bounds, found[k - 1][0].start, end) <= line.start:
            open_sections.clear()  # a bound lies between the last heading and this one
        while open_sections and open_sections[-1][0] >= level:
            open_sections.pop()
        role = role_of(label, open_sections[-1][1] if open_sections else "", plan_year)
        open_sections.append((level, role))
        out.append(Part("section", line.start, stop, label, level, role))
    return out


def unnumbered_heading(line: str) -> tuple[int, str] | None:
    """(1, the line) for a short line without punctuation that a role word names (2026年工作安排)."""
    text = line.strip()
    if not 4 <= len(text) <= MAX_UNNUMBERED or re.search(r"[。；;！!？?，,：:、]", text):
        return None
    cues = [c for role, words_ in rules("structure")["section_roles"].items() for c in words_]
    return (1, text) if any(c in text for c in cues) else None


MAX_UNNUMBERED = 24
FIRST_NUMBER = re.compile(r"\s*(?:一[、.．]|[（(]一[）)]|1[、.．](?!\d))")


def next_bound(bounds: tuple[int, ...], after: int, end: int) -> int:
    """The first bound after ``after`` (``end`` when there is none)."""
    return min((b for b in bounds if b > after), default=end)


def goal_paragraphs(lines: list[Line]) -> list[Part]:
    """A goals section of the line with a goal cue ("主要预期目标是")."""
    cues = words("structure", "goal_cues")
    out = []
    for line in lines:
        hits = [line.text.find(c) for c in cues if c in line.text]
        if hits:
            out.append(Part("section", line.start, line.end, "预期目标", 9, "goals"))
    return out

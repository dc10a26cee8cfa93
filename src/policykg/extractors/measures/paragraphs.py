"""What a sentence's paragraph, or the bulleted list a line is an item of, says about the sentence's figures: the
deadline it opens with (到2027年底，力争实现—— / ★ …), the year gone by it reviews, and whether someone who can set a
goal speaks."""
from __future__ import annotations

import re

from ...lexicon import words
from ...nlp import Sentence
from ...records import Mention
from ..context import Context


def review_paragraph(sent: Sentence, ctx: Context) -> str:
    """"review" for a sentence of a work report's paragraph that opens on the year gone by (刚刚过去的2025年，…),
    where no section says what the text is for; else ""."""
    if ctx.document.genre != "work_report":
        return ""
    text = ctx.document.text
    opening = text[text.rfind("\n", 0, sent.start) + 1:][:16]
    return "review" if opening.startswith(tuple(words("measures", "review_openings"))) else ""


def baseline_paragraph(sent: Sentence, ctx: Context) -> bool:
    """The sentence's paragraph opens on a year before the document's own (一、发展目标 / 2024年，全市芒果种植面积…。
    某区、某县…分别达到…): it states where things stand, its figures are no goals — the goals follow in their own
    paragraph (到2027年，…)."""
    text = ctx.document.text
    start = text.rfind("\n", 0, sent.start) + 1
    if BASELINE_OPENING.match(text, start) is None or not ctx.reference_date[:4].isdigit():
        return False
    last = [m.group(1) for m in YEAR_OPENING.finditer(text, start, sent.start + YEAR_OPENING_SPAN)]
    return last[-1] < ctx.reference_date[:4]  # (…。2025年，全市粮食播种面积稳定在…: the plan's year from there on)


BASELINE_OPENING = re.compile(r"\s*(?:截至|截止到?)?\s*(20\d{2})年(?:底|末|全年)?[，,]")
YEAR_OPENING = re.compile(r"(?:^|(?<=[。；\n]))\s*(?:截至|截止到?|到|至)?\s*(20\d{2})年")  # a sentence opening on a year
YEAR_OPENING_SPAN = 14  # characters of the sentence's own opening


def sets_goals(sent: Sentence, ctx: Context) -> bool:
    """Someone who can set a goal speaks in the sentence: a place (全省, 我国, 浙江), a government body or
    a plan — not a technology's prospects (到2030年，6G将…设备数提高100倍)."""
    bodies = [m for m in ctx.mentions_in(sent, "ORG") if m.attr("category") == "government" and not m.attr("foreign")]
    return bool(bodies or ctx.mentions_in(sent, "REGION", "POLICY")) or any(
        w in sent.text for w in words("measures", "goal_setters"))


def goal_deadline_in(sent: Sentence, ctx: Context) -> bool:
    """A deadline that sets a goal: a year or later (到2027年, 到“十五五”末), or any deadline in a sentence
    with a goal word (力争, 目标 …) — not the end of an event (艺术节将持续至4月底)."""
    deadlines = [m for m in ctx.mentions_in(sent, "DATE") if m.attr("role") == "deadline"]
    if any(w in sent.text for w in words("measures", "strong_future")):
        return bool(deadlines)
    return any(re.fullmatch(r"\d{4}", m.attr("until") or m.key) for m in deadlines)


def paragraph_deadline(sent: Sentence, ctx: Context) -> Mention | None:
    """The deadline a paragraph opens with (到2020年，…。信息消费总额达到6万亿元): it dates
    every later sentence of the paragraph."""
    text = ctx.document.text
    start = text.rfind("\n", 0, sent.start) + 1
    if start == sent.start:
        start = list_lead_in(text, start)  # (到2027年底，力争实现—— / ★ 博物馆达到40家: the list's lead-in dates it)
        if start < 0:
            return None
    i = ctx.index_of(start)
    for d in ctx.mentions[i] if i >= 0 else ():
        if d.type == "DATE" and start <= d.start <= start + 2 and d.attr("role") == "deadline":
            return d
    return None


BULLET = re.compile(r"\s*[★☆●○◆◇■□▪•·]")
LEAD_IN_END = re.compile(r"(?:——|—|：|:)\s*$")
LIST_LINES = 12  # bullet lines at most between an item and its list's lead-in


def list_lead_in(text: str, start: int) -> int:
    """Where the lead-in line of the bulleted list the line at ``start`` is an item of begins (a line ending with ——
    or ：, over bullet lines only), -1 if the line is no such item."""
    if not BULLET.match(text, start):
        return -1
    line_start = start
    for _ in range(LIST_LINES):
        if line_start == 0:
            return -1
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start:text.find("\n", line_start)].strip()
        if not line or BULLET.match(line):
            continue
        return line_start if LEAD_IN_END.search(line) else -1
    return -1

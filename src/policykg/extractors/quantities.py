"""QUANTITY mentions: numbers with unit and comparator (see ``policykg.quantities``).
A value out of range (a 29-digit number) is dropped, not the document."""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..lexicon import words
from ..nlp import Sentence
from ..quantities import UNITS, find_quantities
from ..records import Mention
from .context import Context
from .regions import counties_in
from .registry import extractor

MAX_VALUE = Decimal(10) ** 20  # larger values are not quantities of policy text


@extractor("quantities", produces=("QUANTITY",))
def quantities(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    places = [(s, e) for s, e, _ in counties_in(sent.text)] if re.search(r"[一二三四五六七八九十两百千万]", sent.text) else []
    for q in find_quantities(sent.text, sent.start):
        if any(s <= q.start - sent.start < e for s, e in places):
            continue  # (第六师五家渠市: a place's name, not 5家)
        if abs(q.value) >= MAX_VALUE or (q.upper is not None and abs(q.upper) >= MAX_VALUE):
            continue
        if sent.text.startswith(words("quantities", "unit_led_words"), q.end - 1 - sent.start) \
                and max((len(u) for u in UNITS if q.text.endswith(u)), default=0) == 1:
            continue  # (2030国家科技重大专项: 国 begins 国家; 3方面: 方 begins 方面)
        if q.unit in words("quantities", "ordinal_units") and noun_follows(sent, q.end - sent.start):
            continue  # (二轮土地承包: the second round)
        if is_grade(sent, q):
            continue  # (三类医疗器械注册证23个: a grade, the figure is the 23)
        if q.unit and sent.text.startswith(words("quantities", "class_suffixes"), q.end - sent.start):
            continue  # (26兆瓦级海上风电机组, 万吨级码头: a class of things, not a figure)
        attrs = [("comparator", q.comparator), ("unit", q.unit), ("value", str(q.value))]
        if q.upper is not None:
            attrs.append(("upper", str(q.upper)))
        yield Mention(ctx.document.id, q.start, q.end, q.text, "QUANTITY", str(q.value), tuple(sorted(attrs)))


def noun_follows(sent: Sentence, rel: int) -> bool:
    """A noun token starts at the sentence-relative ``rel``."""
    i = sent.token_at(rel)
    return i >= 0 and sent.starts[i] - sent.start == rel and sent.tags[i].startswith("n")


def is_grade(sent: Sentence, q) -> bool:
    """A Chinese numeral with a unit of a class (三类, 二级) right before a noun whose clause has an Arabic figure
    of its own: the grade of the thing counted, not a count."""
    rel = q.end - sent.start
    return q.unit in words("quantities", "grade_units") and not re.search(r"\d", q.text) and noun_follows(sent, rel) \
        and re.match(r"[^，；。、：:（(\d]{1,20}\d", sent.text[rel:]) is not None

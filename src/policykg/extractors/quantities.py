"""QUANTITY mentions: numbers with unit and comparator (see ``policykg.quantities``).
A value out of range (a 29-digit number) is dropped, not the document."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..nlp import Sentence
from ..quantities import find_quantities
from ..records import Mention
from .context import Context
from .registry import extractor

MAX_VALUE = Decimal(10) ** 20  # larger values are not quantities of policy text


@extractor("quantities", produces=("QUANTITY",))
def quantities(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    for q in find_quantities(sent.text, sent.start):
        if abs(q.value) >= MAX_VALUE or (q.upper is not None and abs(q.upper) >= MAX_VALUE):
            continue
        attrs = [("comparator", q.comparator), ("unit", q.unit), ("value", str(q.value))]
        if q.upper is not None:
            attrs.append(("upper", str(q.upper)))
        yield Mention(ctx.document.id, q.start, q.end, q.text, "QUANTITY", str(q.value), tuple(sorted(attrs)))

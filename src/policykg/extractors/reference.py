"""The date a document speaks from, for 今年 / 近日 / 11月30日: its metadata
date, else the date of its signature or title block."""
from __future__ import annotations

from collections.abc import Iterator

from ..records import Fact
from .context import Context
from .registry import extractor


@extractor("reference", scope="document", produces=("reference_date",))
def reference_date(ctx: Context) -> Iterator[Fact]:
    doc = ctx.document
    dated = [p.label for p in doc.parts if p.kind == "date" and p.label]
    ctx.reference_date = doc.date or (dated[0] if dated else "")
    if not ctx.reference_date:
        ctx.warnings.append(f"{doc.path}: no document date; 今年/近日/月-日 dates are left unresolved")
    return iter(())

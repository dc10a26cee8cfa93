"""The date a document speaks from, for 今年 / 近日 / 11月30日: its metadata
date, else the date of its signature or title block, else a date standing
alone near its top (a report's cover date), else — for an
undated text — the earliest year consistent with what it reports as already
known (a month of 2019 means 2019 or later; a figure for the whole of 2019
means 2019 is over), with a warning that names the sentence it comes from."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import words
from ..load.dates import text_date
from ..records import Fact
from .context import Context
from .registry import extractor

KNOWN_YEAR = re.compile(r"(?<![\d])((?:19|20)\d{2})\s*年(?P<month>\s*\d{1,2}\s*月)?")
WHOLE_YEAR_FIGURE = re.compile(r"^[^，。；]{0,30}?\d")


@extractor("reference", scope="document", produces=("reference_date",))
def reference_date(ctx: Context) -> Iterator[Fact]:
    doc = ctx.document
    dated = [p.label for p in doc.parts if p.kind == "date" and p.label]
    ctx.reference_date = doc.date or (dated[0] if dated else "") or text_date(doc.text)
    if not ctx.reference_date:
        year, basis = known_year(ctx)
        if year:
            ctx.reference_date = year
            ctx.warnings.append(f"{doc.path}: no document date; 今年/近日/月-日 dates read as of {year}, "
                                f"the earliest year consistent with {basis}")
        else:
            ctx.warnings.append(f"{doc.path}: no document date; 今年/近日/月-日 dates are left unresolved")
    return iter(())


def known_year(ctx: Context) -> tuple[str, str]:
    """(year, the evidence) the text reports as already known, or ("", "")."""
    future = tuple(words("measures", "forecast_cues")) + tuple(words("measures", "strong_future")) + ("将", "计划", "要求")
    best, basis = 0, ""
    for sent in ctx.sentences:
        text = sent.text
        if "年" not in text or any(w in text for w in future):
            continue
        for m in KNOWN_YEAR.finditer(text):
            after = text[m.end():m.end() + 4]
            if after.startswith(("前", "底前", "以前", "之前", "-", "—", "至", "到")) or text[max(0, m.start() - 1):m.start()] in ("到", "至"):
                continue
            year = int(m.group(1))
            if not m.group("month") and WHOLE_YEAR_FIGURE.match(text[m.end():]):
                year += 1  # a figure for the whole year: that year is over
            if year > best:
                best, basis = year, f"“{m.group().strip()}” in “{text[:60]}”"
    return (str(best), basis) if best else ("", "")

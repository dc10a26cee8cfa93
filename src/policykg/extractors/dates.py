"""DATE mentions: dates, periods and deadlines resolved against the document's
reference date (see ``policykg.time`` for the forms read)."""
from __future__ import annotations

from collections.abc import Iterator

from ..nlp import Sentence
from ..records import Mention
from ..time import find_times
from .context import Context
from .registry import extractor


@extractor("dates", needs=("reference_date",), produces=("DATE",))
def dates(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    for t in find_times(sent.text, ctx.reference_date, sent.start):
        if t.value:
            attrs = tuple(sorted((k, v) for k, v in (("role", t.role), ("until", t.until),
                                                      ("relative", "1" if t.relative else "")) if v))
            yield Mention(ctx.document.id, t.start, t.end, t.text, "DATE", t.value, attrs)

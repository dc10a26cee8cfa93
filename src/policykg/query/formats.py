"""Query results as text: an aligned table (East-Asian wide characters counted as two
columns), CSV, TSV or JSON rows — what `policykg query` prints."""
from __future__ import annotations

from ..mapping import prefixes

import csv
import io
import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from ..errors import QueryError

if TYPE_CHECKING:
    from .sparql import Result

# the prefixes declared for every query (policykg.query.sparql.PROLOGUE) and used to compact IRIs
PREFIXES = prefixes()  # ontology/mapping/prefixes.csv


def compact(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("http"):
        for p, ns in PREFIXES.items():
            if value.startswith(ns):
                return f"{p}:{value[len(ns):]}"
    return value


def display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def clip(s: str, width: int) -> str:
    if display_width(s) <= width:
        return s
    out, w = [], 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if w + cw > width - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def cell(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return re.sub(r"[\t\r\n]+", " ", str(v))


def format_table(columns: list[str], rows: list[list[Any]], max_width: int = 60) -> str:
    """An aligned text table, East-Asian wide characters counted as two columns."""
    body = [[clip(cell(compact(v)), max_width) for v in r] for r in rows]
    widths = [display_width(c) for c in columns]
    for r in body:
        widths = [max(w, display_width(c)) for w, c in zip(widths, r)]

    def line(cells):
        return "  ".join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in body]
    return "\n".join(out)


def format_result(res: Result, fmt: str = "table") -> str:
    if res.kind == "ask":
        if fmt == "json":
            return json.dumps({"boolean": res.boolean})
        return "true" if res.boolean else "false"
    if fmt == "table":
        text = format_table(res.columns, res.rows)
        n = len(res.rows)
        return f"{text}\n({n} row{'s' if n != 1 else ''}{', truncated' if res.truncated else ''})"
    if fmt == "json":
        return json.dumps([dict(zip(res.columns, r)) for r in res.rows], ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(res.columns)
        w.writerows([[cell(v) for v in r] for r in res.rows])
        return buf.getvalue().rstrip("\n")
    raise QueryError(f"unknown format {fmt!r}; expected table, csv, tsv or json")



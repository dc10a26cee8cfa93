"""Helpers the lookups share: bound property and evidence queries over a
:class:`~policykg.query.sparql.Store`, and text formatting of their results."""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from .frames import text as cell_text
from .sparql import PREFIXES, Store, format_table, iri_values


COMPARATOR = {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "约"}


def quantity(value: Any, unit: Any, comparator: Any = "=") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    v = f"{value:,}" if isinstance(value, int) else (f"{value:,.6g}" if isinstance(value, float) else str(value))
    return f"{COMPARATOR.get(comparator or '=', comparator or '')}{v}{(' ' + unit) if unit else ''}"


def first(rows: list[dict], key: str) -> Any:
    for r in rows:
        if r.get(key) not in (None, ""):
            return r[key]
    return None


def distinct(rows: list[dict], key: str) -> list:
    out = []
    for r in rows:
        v = r.get(key)
        if v not in (None, "") and v not in out:
            out.append(v)
    return out


def evidence_of(rows: list[dict]) -> tuple[Any, Any, Any, Any]:
    """(doc, start, end, sentence) of the earliest evidence among rows."""
    evs = sorted({(r["doc"], r["start"] if r.get("start") is not None else -1, r.get("end"), r.get("exact"))
                  for r in rows if r.get("doc")}, key=lambda e: (str(e[0]), e[1]))
    return evs[0] if evs else (None, None, None, None)


def group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def text_rows(df: pd.DataFrame) -> list[dict[str, str]]:
    """Rows with every cell as text ('' for missing, dates in ISO form), for printing."""
    return [{k: cell_text(v) for k, v in r.items()} for r in df.to_dict("records")]


def section(title: str, df: pd.DataFrame, columns: list[str] | None = None, empty: str = "(none)") -> str:
    if df.empty:
        return f"{title}\n  {empty}"
    cols = columns or list(df.columns)
    body = format_table(cols, [[r[c] for c in cols] for r in text_rows(df[cols])], max_width=48)
    return f"{title}\n" + "\n".join("  " + line for line in body.splitlines())


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# Query shapes. pyoxigraph runs an OPTIONAL as a per-row (for-loop) lookup
# only when its body is a single triple pattern or property path, or a chain
# of such with nested OPTIONALs; an OPTIONAL whose body is a group of several
# patterns is evaluated on its own (every match in the graph, then hash-joined)
# — seconds at a million triples. So every optional attribute below is one
# pattern, nested under the pattern that binds its subject.

def label_of(var: str) -> str:
    """Optional display label of ?var (skos:prefLabel, else dcterms:title), as ?var_l / ?var_t."""
    return f"OPTIONAL {{ ?{var} skos:prefLabel ?{var}_l }} OPTIONAL {{ ?{var} dcterms:title ?{var}_t }}"


def label_value(r: dict, var: str) -> Any:
    v = r.get(var)
    if v is None:
        return None
    return str(r.get(var + "_l") or r.get(var + "_t") or v)


EVIDENCE = """?x prov:wasDerivedFrom ?ev OPTIONAL { ?ev oa:hasSource ?d OPTIONAL { ?d dcterms:identifier ?doc } }
               OPTIONAL { ?ev oa:hasSelector ?sel OPTIONAL { ?sel oa:start ?start } OPTIONAL { ?sel oa:end ?end }
                          OPTIONAL { ?sel oa:exact ?exact } }"""


def props(store: Store, iris, preds: str) -> dict[str, dict[str, list]]:
    """{iri: {predicate local name: [values]}} for the given predicates (bound lookups: fast at any size)."""
    iris = list(dict.fromkeys(iris))
    out: dict[str, dict[str, list]] = {i: {} for i in iris}
    wanted = {PREFIXES[q.split(":")[0]] + q.split(":")[1] for q in preds.split()}
    for chunk in range(0, len(iris), 2000):
        # one VALUES only: with a second VALUES on ?p pyoxigraph scans each predicate (seconds at 1M triples)
        q = f"SELECT ?x ?p ?o WHERE {{ {iri_values('x', iris[chunk:chunk + 2000])} ?x ?p ?o FILTER(?p IN ({', '.join(preds.split())})) }}"
        for r in store.select(q):
            if r["p"] in wanted:
                out[r["x"]].setdefault(local(r["p"]), []).append(r["o"])
    return out


def evidence_rows(store: Store, iris) -> list[dict]:
    """(x, doc, start, end, exact) of every complete evidence of the given resources."""
    iris = list(dict.fromkeys(iris))
    out = []
    for chunk in range(0, len(iris), 2000):
        rows = store.select(f"SELECT ?x ?doc ?start ?end ?exact WHERE {{ {iri_values('x', iris[chunk:chunk + 2000])} {EVIDENCE} }}")
        out += [r for r in rows if r["doc"] is not None and r["start"] is not None and r["end"] is not None and r["exact"] is not None]
    return out


def labels(store: Store, iris) -> dict[str, str]:
    p = props(store, iris, "skos:prefLabel dcterms:title")
    return {i: str((v.get("prefLabel") or v.get("title") or [i])[0]) for i, v in p.items()}


def complete_evidence(r: dict) -> bool:
    return r.get("ev") is not None and None not in (r.get("doc"), r.get("start"), r.get("end"), r.get("exact"))



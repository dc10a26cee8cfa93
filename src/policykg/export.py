"""Export stage: the linked knowledge base -> graph_out/ (DESIGN.md §4).

Everything is written into a fresh folder beside the output and swapped in
with one atomic directory exchange, so a build killed at any moment leaves
the previous graph_out complete.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pandas as pd
from rdflib import Graph

from .graph import build_graph, networkx_view, plain_decimal
from .link import KnowledgeBase, policy_date
from .visualize import write_html

TABLE_COLUMNS = {
    "documents": ["id", "path", "title", "date", "chars", "format", "encoding", "source"],
    "mentions": ["doc", "start", "end", "text", "type", "entity"],
    "policies": ["id", "title", "aliases", "kind", "issuers", "date", "doc_number", "documents", "dates"],
    "organizations": ["id", "name", "aliases", "category", "parent", "documents"],
    "platforms": ["id", "name", "aliases", "operator", "documents"],
    "regions": ["id", "name", "level", "province", "documents"],
    "indicators": ["id", "name", "aliases", "documents"],
    "targets": ["id", "policy", "indicator", "value", "unit", "comparator", "deadline", "region", "doc", "start", "end", "text", "issuer", "status", "assessed_by"],
    "observations": ["id", "indicator", "value", "unit", "comparator", "date", "region", "subject", "doc", "start", "end", "text"],
    "forecasts": ["id", "indicator", "value", "unit", "comparator", "date", "region", "subject", "doc", "start", "end", "text"],
    "relations": ["subject", "predicate", "object", "doc", "start", "end"],
}


def join(values) -> str:
    return "|".join(v for v in values if v)


def tables(kb: KnowledgeBase) -> dict[str, pd.DataFrame]:
    """One DataFrame per CSV table, rows sorted for deterministic output."""
    by_id = kb.entity_by_id()
    name = lambda ident: by_id[ident].name if ident in by_id else ""  # noqa: E731
    rows: dict[str, list[dict]] = {t: [] for t in TABLE_COLUMNS}
    for d in kb.documents:
        rows["documents"].append(dict(id=d.id, path=d.path, title=d.title, date=d.date, chars=len(d.text), format=d.format, encoding=d.encoding, source=d.source))
    for m, ent in kb.mentions:
        rows["mentions"].append(dict(doc=m.doc, start=m.start, end=m.end, text=m.text, type=m.type, entity=ent))
    for e in kb.by_type("POLICY") + kb.by_type("REPORT"):
        kind = "report" if e.type == "REPORT" else e.attrs.get("kind", "")
        rows["policies"].append(dict(
            id=e.id, title=e.name, aliases=join(e.aliases), kind=kind,
            issuers=join(name(i) for i in kb.issuers.get(e.id, [])), date=policy_date(kb, e.id),
            doc_number="", documents=join(sorted(e.documents)),
            dates=join(sorted({c.value for c in kb.dates.get(e.id, [])})),
        ))
    for e in kb.by_type("ORG"):
        rows["organizations"].append(dict(id=e.id, name=e.name, aliases=join(e.aliases), category=e.attrs.get("category", "other"),
                                          parent=name(e.attrs.get("parent_id", "")), documents=join(sorted(e.documents))))
    for e in kb.by_type("PLATFORM"):
        rows["platforms"].append(dict(id=e.id, name=e.name, aliases=join(e.aliases), operator=name(e.attrs.get("operator_id", "")), documents=join(sorted(e.documents))))
    for e in kb.by_type("REGION"):
        rows["regions"].append(dict(id=e.id, name=e.name, level=e.attrs.get("level", ""), province=e.attrs.get("province", ""), documents=join(sorted(e.documents))))
    for e in kb.by_type("INDICATOR"):
        rows["indicators"].append(dict(id=e.id, name=e.name, aliases=join(e.aliases), documents=join(sorted(e.documents))))
    for lm in kb.measures:
        m = lm.measure
        ev = lm.evidence[0]
        base = dict(id=lm.id, indicator=name(lm.indicator), value=plain_decimal(m.quantity.value), unit=m.quantity.unit,
                    comparator=m.quantity.comparator, region=m.region, doc=ev.doc, start=ev.start, end=ev.end, text=ev.text)
        if m.kind == "target":
            rows["targets"].append(dict(base, policy=name(lm.policy), deadline=m.time, issuer=m.issuer, status=lm.status, assessed_by=join(lm.assessed_by)))
        else:
            rows[m.kind + "s"].append(dict(base, date=m.time, subject=m.subject))
    for subj, pred, obj, ev in kb.facts:
        rows["relations"].append(dict(subject=subj, predicate=pred, object=obj, doc=ev.doc, start=ev.start, end=ev.end))
    out = {}
    for table, columns in TABLE_COLUMNS.items():
        df = pd.DataFrame(rows[table], columns=columns)
        if table not in ("documents",):
            df = df.sort_values(by=columns[: min(4, len(columns))], kind="stable").reset_index(drop=True)
        out[table] = df
    return out


def write_outputs(kb: KnowledgeBase, out: Path, progress: Callable[[str], None] = lambda s: None) -> dict[str, int]:
    """Write graph_out atomically; returns counts (triples, nodes, edges)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        progress("graph")
        graph = build_graph(kb)
        progress("turtle")
        write_turtle(graph, tmp / "graph.ttl")
        progress("tables")
        (tmp / "tables").mkdir()
        for table, df in tables(kb).items():
            df.to_csv(tmp / "tables" / f"{table}.csv", index=False, encoding="utf-8", lineterminator="\n")
        progress("graphml")
        view = networkx_view(kb)
        write_graphml(view, tmp / "graph.graphml")
        progress("html")
        write_html(view, tmp / "graph.html", title="policykg")
        progress("texts")
        (tmp / "texts").mkdir()
        for doc in kb.documents:
            (tmp / "texts" / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return {"triples": len(graph), "nodes": view.number_of_nodes(), "edges": view.number_of_edges()}


def write_turtle(graph: Graph, path: Path) -> None:
    data = graph.serialize(format="turtle", encoding="utf-8")
    path.write_bytes(data)


def write_graphml(view: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(view, path, encoding="utf-8", prettyprint=True)


RENAME_EXCHANGE = 2
AT_FDCWD = -100


def replace_dir(new: Path, out: Path) -> None:
    """Put ``new`` in place of ``out`` atomically (Linux renameat2 RENAME_EXCHANGE),
    falling back to rename-aside-and-rename where exchange is unsupported."""
    new.chmod(0o755)
    if not out.exists():
        os.rename(new, out)
        return
    if exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)
        return
    aside = out.with_name(f".{out.name}.old-{os.getpid()}")
    os.rename(out, aside)
    os.rename(new, out)
    shutil.rmtree(aside, ignore_errors=True)


def exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return rc == 0

"""Export stage: the linked knowledge base -> graph_out/ (DESIGN.md §4).

Everything is written into a fresh folder beside the output and swapped in
with one atomic directory exchange, so a build killed at any moment leaves
the previous graph_out complete.
"""
from __future__ import annotations

import csv
import ctypes
import ctypes.util
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import TextIO
from xml.etree.ElementTree import _escape_attrib as _xml_attr, _escape_cdata as _xml_text  # what networkx uses

import networkx as nx

from .graph import TURTLE_PREFIXES, EntityView, TurtleGraph, doc_chars, entity_view, graph_triples, plain_decimal
from .link import KnowledgeBase, collector_paused, policy_date
from .visualize import MAX_NODES, OVERVIEW_NODES, best_connected, overview_note, render, render_all

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
UNSORTED_TABLES = {"documents"}  # in input order; the others sorted by their first four columns


def write_outputs(kb: KnowledgeBase, out: Path, progress: Callable[[str], None] = lambda s: None,
                  staging: Path | None = None) -> dict[str, int]:
    """Write graph_out atomically; returns counts (triples, nodes, edges).

    ``staging``: a fresh folder beside ``out`` that the caller created and
    already wrote ``texts/`` into (the pipeline writes each text as it loads
    it, so the texts need not stay in memory); else one is made here and the
    texts are written from ``kb.documents``.

    The outputs are made and written one after the other, so only one of
    them is in memory at a time (the triples are dropped once graph.ttl is
    written, each table once its CSV is). The cyclic garbage collector is
    paused meanwhile (see ``link.collector_paused``)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(staging) if staging is not None else Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        with collector_paused():
            progress("graph")
            graph = graph_triples(kb)
            progress("turtle")
            triples = write_turtle(graph, tmp / "graph.ttl")
            del graph  # the biggest structure of the build: free it before the next stages
            progress("tables")
            write_tables(kb, tmp / "tables")
            progress("graphml")
            view = entity_view(kb)
            write_graphml(view, tmp / "graph.graphml")
            progress("html")
            write_page(view, tmp / "graph.html")
        if staging is None:
            progress("texts")
            (tmp / "texts").mkdir()
            for doc in kb.documents:
                (tmp / "texts" / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return {"triples": triples, "nodes": view.number_of_nodes(), "edges": view.number_of_edges()}


# ---------------------------------------------------------------- graph.ttl


def write_turtle(graph: TurtleGraph, path: Path) -> int:
    """Write the triples as Turtle, deterministically: subjects sorted, then
    predicates (``a`` first), then objects, by their Turtle spelling; one fixed
    prefix block. Same triples -> same bytes. Returns the number of triples
    (a triple added twice is written once)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        return write_turtle_to(graph, f)


def turtle_text(graph: TurtleGraph) -> str:
    """What :func:`write_turtle` writes, as a string."""
    f = io.StringIO()
    write_turtle_to(graph, f)
    return f.getvalue()


def write_turtle_to(graph: TurtleGraph, f: TextIO) -> int:
    f.write("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in TURTLE_PREFIXES))
    triples = 0
    text: list[str] = []
    for n, subject in enumerate(sorted(graph.subjects), 1):
        pairs = sorted(set(graph.subjects[subject]))
        triples += len(pairs)
        add_subject_block(text, subject, pairs)
        if n % 2000 == 0:
            f.write("".join(text))
            text.clear()
    f.write("".join(text))
    return triples


def add_subject_block(text: list[str], subject: str, pairs: list[tuple[str, str]]) -> None:
    """Append the Turtle of one subject and its sorted (predicate, object)
    pairs to ``text``: ``;`` between predicates, ``,`` between the objects of
    one predicate. ``a`` sorts before every other predicate (they are
    prefixed names)."""
    previous = None
    for predicate, obj in pairs:
        if predicate == previous:
            text.append(f",\n        {obj}")
        elif previous is None:
            text.append(f"\n{subject}\n    {predicate} {obj}")
        else:
            text.append(f" ;\n    {predicate} {obj}")
        previous = predicate
    text.append(" .\n")


# ---------------------------------------------------------------- tables/*.csv


def write_tables(kb: KnowledgeBase, folder: Path) -> None:
    """tables/*.csv, one table at a time: the same bytes as pandas'
    ``to_csv(index=False, lineterminator="\\n")`` (which writes through the
    csv module with these settings)."""
    folder.mkdir()
    for table, rows in table_rows(kb):
        if table not in UNSORTED_TABLES:
            rows.sort(key=itemgetter(*range(min(4, len(TABLE_COLUMNS[table])))))
        with open(folder / f"{table}.csv", "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(TABLE_COLUMNS[table])
            writer.writerows(rows)


def join(values) -> str:
    return "|".join(v for v in values if v)


def table_rows(kb: KnowledgeBase) -> Iterator[tuple[str, list[tuple]]]:
    """(table, rows) for every CSV table, one table at a time; each row is a
    tuple in the order of ``TABLE_COLUMNS[table]``."""
    by_id = kb.entity_by_id()
    name = lambda ident: by_id[ident].name if ident in by_id else ""  # noqa: E731
    yield "documents", [(d.id, d.path, d.title, d.date, doc_chars(d), d.format, d.encoding, d.source) for d in kb.documents]
    yield "mentions", [(m.doc, m.start, m.end, m.text, m.type, ent) for m, ent in kb.mentions]
    yield "policies", [
        (e.id, e.name, join(e.aliases), "report" if e.type == "REPORT" else e.attrs.get("kind", ""),
         join(name(i) for i in kb.issuers.get(e.id, [])), policy_date(kb, e.id), kb.doc_numbers.get(e.id, ""),
         join(sorted(e.documents)), join(sorted({c.value for c in kb.dates.get(e.id, [])})))
        for e in kb.by_type("POLICY") + kb.by_type("REPORT")
    ]
    yield "organizations", [(e.id, e.name, join(e.aliases), e.attrs.get("category", "other"),
                             name(e.attrs.get("parent_id", "")), join(sorted(e.documents))) for e in kb.by_type("ORG")]
    yield "platforms", [(e.id, e.name, join(e.aliases), name(e.attrs.get("operator_id", "")), join(sorted(e.documents)))
                        for e in kb.by_type("PLATFORM")]
    yield "regions", [(e.id, e.name, e.attrs.get("level", ""), e.attrs.get("province", ""), join(sorted(e.documents)))
                      for e in kb.by_type("REGION")]
    yield "indicators", [(e.id, e.name, join(e.aliases), join(sorted(e.documents))) for e in kb.by_type("INDICATOR")]
    for kind in ("target", "observation", "forecast"):
        yield kind + "s", [measure_row(lm, name) for lm in kb.measures if lm.measure.kind == kind]
    yield "relations", [(subj, pred, obj, ev.doc, ev.start, ev.end) for subj, pred, obj, ev in kb.facts]


def measure_row(lm, name: Callable[[str], str]) -> tuple:
    """A row of targets.csv, observations.csv or forecasts.csv."""
    m, ev = lm.measure, lm.evidence[0]
    value = plain_decimal(m.quantity.value)
    if m.kind == "target":
        return (lm.id, name(lm.policy), name(lm.indicator), value, m.quantity.unit, m.quantity.comparator, m.time,
                m.region, ev.doc, ev.start, ev.end, ev.text, m.issuer, lm.status, join(lm.assessed_by))
    return (lm.id, name(lm.indicator), value, m.quantity.unit, m.quantity.comparator, m.time, m.region, m.subject,
            ev.doc, ev.start, ev.end, ev.text)


# ---------------------------------------------------------------- graph.graphml


def write_graphml(view: EntityView, path: Path) -> None:
    """The same bytes as ``nx.write_graphml(view.to_networkx(), path,
    prettyprint=True)``, streamed as text instead of built as an ElementTree
    of the whole graph (which took seconds and much memory for big graphs):
    one pass over the attribute names for the ``<key>`` list, which comes
    first, then the nodes and edges a few thousand at a time. A view with
    non-string attribute values goes through networkx."""
    node_keys, edge_keys = graphml_keys(view)
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(graphml_head(node_keys, edge_keys, empty=not view.nodes))
            chunk: list[str] = []
            for element in graphml_elements(view, node_keys, edge_keys):
                chunk.append(element)
                if len(chunk) >= 5000:
                    f.write("".join(chunk))
                    chunk.clear()
            f.write("".join(chunk))
            f.write("  </graph>\n</graphml>\n" if view.nodes else "</graphml>\n")
    except NotPlainText:
        nx.write_graphml(view.to_networkx(), path, encoding="utf-8", prettyprint=True)


class NotPlainText(Exception):
    """An attribute value that is not a string (written by networkx instead)."""


def graphml_keys(view: EntityView) -> tuple[dict[str, str], dict[str, str]]:
    """The ``<key>`` id of every node and every edge attribute name: ``d0``,
    ``d1``, … in order of first use, nodes before edges, as networkx numbers them."""
    node_names = dict.fromkeys(name for data in view.nodes.values() for name in data)
    edge_names = dict.fromkeys(name for _, _, _, data in view.edges() for name in data)
    node_keys = {name: f"d{i}" for i, name in enumerate(node_names)}
    edge_keys = {name: f"d{i}" for i, name in enumerate(edge_names, len(node_keys))}
    return node_keys, edge_keys


def graphml_head(node_keys: dict[str, str], edge_keys: dict[str, str], empty: bool) -> str:
    """The XML declaration, ``<graphml>``, the keys (last-first, as networkx lists them) and ``<graph>``."""
    keys = [(name, "node", ident) for name, ident in node_keys.items()] + [(name, "edge", ident) for name, ident in edge_keys.items()]
    return "".join([
        "<?xml version='1.0' encoding='utf-8'?>\n",
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
        *(f'  <key id="{ident}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="string" />\n'
          for name, scope, ident in reversed(keys)),
        '  <graph edgedefault="directed" />\n' if empty else '  <graph edgedefault="directed">\n',
    ])


def graphml_elements(view: EntityView, node_keys: dict[str, str], edge_keys: dict[str, str]) -> Iterator[str]:
    escaped = {n: _xml_attr(n) for n in view.nodes}
    for n, data in view.nodes.items():
        yield graphml_element("node", f'id="{escaped[n]}"', data, node_keys)
    for u, v, k, data in view.edges():
        yield graphml_element("edge", f'source="{escaped[u]}" target="{escaped[v]}" id="{_xml_attr(k)}"', data, edge_keys)


def graphml_element(tag: str, attrs: str, data: dict, keys: dict[str, str]) -> str:
    """One ``<node>`` or ``<edge>`` with its ``<data>`` rows, as networkx pretty-prints it."""
    if not data:
        return f"    <{tag} {attrs} />\n"
    rows = []
    for name, value in data.items():
        if type(value) is not str:
            raise NotPlainText(name)
        if value:
            rows.append(f'      <data key="{keys[name]}">{_xml_text(value)}</data>\n')
        else:
            rows.append(f'      <data key="{keys[name]}" />\n')
    return f"    <{tag} {attrs}>\n{''.join(rows)}    </{tag}>\n"


# ---------------------------------------------------------------- graph.html


def write_page(view: EntityView, path: Path) -> None:
    """graph.html: the page ``visualize.write_html`` makes of
    ``view.to_networkx()``, without making the networkx graph of a big view
    (the page shows only its best-connected nodes, see ``visualize.overview``)."""
    total = view.number_of_nodes()
    if total <= MAX_NODES:
        page = render(view.to_networkx(), "policykg")
    else:
        degree = view.degrees()
        keep = best_connected(((n, attrs.get("type"), degree[n]) for n, attrs in view.nodes.items()), OVERVIEW_NODES)
        page = render_all(view.to_networkx(keep), "policykg", overview_note(total))
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- the atomic swap


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

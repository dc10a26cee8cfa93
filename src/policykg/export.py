"""Export stage: the linked knowledge base -> graph_out/ (DESIGN.md §4).

Everything is written into a fresh folder beside the output and swapped in
with one atomic directory exchange, so a build killed at any moment leaves
the previous graph_out complete.

The outputs are streamed, so that memory does not grow with their size:

- graph.ttl: a block of the triples about entities and the reified
  statements, then one block per document (input order), each sorted by
  subject (see ``graph``); no subject is in two blocks;
- tables: the corpus-wide ones (documents, policies, organisations, …)
  whole; mentions, targets, observations, forecasts and relations document
  by document (input order), each document's rows sorted by their first
  four columns;
- graph.graphml: its keys, then every node, then every edge, document by document;
- graph.html: for a big graph only its overview (the best-connected
  nodes), chosen from the nodes' degrees without holding their attributes.

Sentences are read back from the documents' texts (``texts/{doc}.txt``),
one document at a time.
"""
from __future__ import annotations

import csv
import ctypes
import ctypes.util
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import TextIO
from xml.etree.ElementTree import _escape_attrib as _xml_attr, _escape_cdata as _xml_text  # what networkx uses

from .graph import (EDGE_ATTRIBUTES, NODE_ATTRIBUTES, TURTLE_PREFIXES, cited_sentences, doc_chars,
                    document_triples, global_triples, networkx_view, plain_decimal, statement_pairs, statements,
                    view_degrees, view_edges, view_nodes)
from .link import DocumentLinks, KnowledgeBase, LinkedMeasure, collector_paused, policy_date
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


def write_outputs(kb: KnowledgeBase, out: Path, progress: Callable[[str], None] = lambda s: None,
                  staging: Path | None = None) -> dict[str, int]:
    """Write graph_out atomically; returns counts (triples, nodes, edges).

    ``staging``: a fresh folder beside ``out`` that the caller created and
    already wrote ``texts/`` into (the pipeline writes each text as it loads
    it, so the texts need not stay in memory); else one is made here and the
    texts are written from ``kb.texts``.

    The outputs are written one after the other, each streamed (see the
    module's docstring). The cyclic garbage collector is paused meanwhile
    (see ``link.collector_paused``)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(staging) if staging is not None else Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        if staging is None:
            progress("texts")
            write_texts(kb, tmp / "texts")
        with collector_paused():
            progress("turtle")
            triples = write_turtle(kb, tmp / "graph.ttl")
            progress("tables")
            write_tables(kb, tmp / "tables")
            progress("graphml")
            nodes, edges = write_graphml(kb, tmp / "graph.graphml")
            progress("html")
            write_page(kb, tmp / "graph.html", nodes)
        replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return {"triples": triples, "nodes": nodes, "edges": edges}


def write_texts(kb: KnowledgeBase, folder: Path) -> None:
    """texts/{doc}.txt for every document (from the text reader)."""
    folder.mkdir()
    for doc in kb.documents:
        (folder / f"{doc.id}.txt").write_text(kb.texts.text(doc.id), encoding="utf-8")


# ---------------------------------------------------------------- graph.ttl


def write_turtle(kb: KnowledgeBase, path: Path) -> int:
    """Write the graph as Turtle, deterministically (same knowledge base ->
    same bytes): one fixed prefix block, then blocks of triples (see the
    module's docstring), each with its subjects sorted, then predicates
    (``a`` first), then objects, by their Turtle spelling. Returns the number
    of triples (a triple added twice is written once)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        return write_turtle_to(kb, f)


def turtle_text(kb: KnowledgeBase) -> str:
    """What :func:`write_turtle` writes, as a string."""
    f = io.StringIO()
    write_turtle_to(kb, f)
    return f.getvalue()


def write_turtle_to(kb: KnowledgeBase, f: TextIO) -> int:
    f.write("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in TURTLE_PREFIXES))
    iris: dict[str, str] = {}  # the spelling of entity and document IRIs, shared by the blocks
    triples = write_global_block(kb, f, iris)
    cited = cited_sentences(kb)
    for d in kb.docs:
        block = document_triples(kb, d, cited.pop(d.id, ()), iris).subjects
        triples += write_block(block, block.__getitem__, f)
    return triples


def write_global_block(kb: KnowledgeBase, f: TextIO, iris: dict[str, str]) -> int:
    """Write the triples about entities and the statement nodes; returns
    their number. A statement's pairs are made as it is written."""
    graph = global_triples(kb, iris).subjects
    stated = statements(kb)
    pairs_of = lambda s: graph[s] if s in graph else statement_pairs(stated[s])  # noqa: E731
    return write_block(graph.keys() | stated.keys(), pairs_of, f)


def write_block(subjects: Iterable[str], pairs_of: Callable[[str], Iterable[tuple[str, str]]], f: TextIO) -> int:
    """Write ``subjects`` sorted, each with its (predicate, object) pairs
    sorted and without repeats; returns the number of triples written."""
    triples = 0
    text: list[str] = []  # written every few thousand triples (a statement may have thousands)
    for subject in sorted(subjects):
        pairs = sorted(set(pairs_of(subject)))
        triples += len(pairs)
        add_subject_block(text, subject, pairs)
        if len(text) >= 5000:
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
    """tables/*.csv, one table at a time, in the csv dialect of pandas'
    ``to_csv(index=False, lineterminator="\\n")``."""
    folder.mkdir()
    for table, rows in table_rows(kb):
        with open(folder / f"{table}.csv", "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(TABLE_COLUMNS[table])
            writer.writerows(rows)


def join(values) -> str:
    return "|".join(v for v in values if v)


def table_rows(kb: KnowledgeBase) -> Iterator[tuple[str, Iterable[tuple]]]:
    """(table, rows) for every CSV table, one table at a time, the rows made
    as they are written; each row is a tuple in the order of
    ``TABLE_COLUMNS[table]``. documents.csv is in input order; the entity
    tables are sorted by id (their first column: ids are unique); the others
    come document by document (see :func:`per_document`)."""
    by_id = kb.entity_by_id()
    name = lambda ident: by_id[ident].name if ident in by_id else ""  # noqa: E731
    yield "documents", ((d.id, d.path, d.title, d.date, doc_chars(d), d.format, d.encoding, d.source) for d in kb.documents)
    yield "mentions", per_document(kb, lambda d: mention_rows(kb, d))
    yield "policies", (
        (e.id, e.name, join(e.aliases), "report" if e.type == "REPORT" else e.attrs.get("kind", ""),
         join(name(i) for i in kb.issuers.get(e.id, [])), policy_date(kb, e.id), kb.doc_numbers.get(e.id, ""),
         join(sorted(e.documents)), join(sorted({c.value for c in kb.dates.get(e.id, [])})))
        for e in kb.by_type("POLICY") + kb.by_type("REPORT")  # policy/… before report/…
    )
    yield "organizations", ((e.id, e.name, join(e.aliases), e.attrs.get("category", "other"),
                             name(e.attrs.get("parent_id", "")), join(sorted(e.documents))) for e in kb.by_type("ORG"))
    yield "platforms", ((e.id, e.name, join(e.aliases), name(e.attrs.get("operator_id", "")), join(sorted(e.documents)))
                        for e in kb.by_type("PLATFORM"))
    yield "regions", ((e.id, e.name, e.attrs.get("level", ""), e.attrs.get("province", ""), join(sorted(e.documents)))
                      for e in kb.by_type("REGION"))
    yield "indicators", ((e.id, e.name, join(e.aliases), join(sorted(e.documents))) for e in kb.by_type("INDICATOR"))
    for kind in ("target", "observation", "forecast"):
        yield kind + "s", per_document(kb, lambda d, kind=kind: [measure_row(kb, lm, name) for lm in kb.measures_by_doc.get(d.id, ())
                                                                  if lm.kind == kind])
    yield "relations", per_document(kb, lambda d: [(f.subject, f.predicate, f.object, *f.evidence) for f in d.facts])


FIRST_FOUR = itemgetter(0, 1, 2, 3)


def per_document(kb: KnowledgeBase, rows_of: Callable[[DocumentLinks], list[tuple]]) -> Iterator[tuple]:
    """The rows of each document in turn (input order), each document's
    sorted by their first four columns: only one document's rows are in memory."""
    for d in kb.docs:
        yield from sorted(rows_of(d), key=FIRST_FOUR)


def mention_rows(kb: KnowledgeBase, d: DocumentLinks) -> list[tuple]:
    """A document's rows of mentions.csv."""
    forms, entities, doc = kb.forms, kb.form_entities, d.id
    rows = []
    for start, end, form in d.mention_spans():
        text, type_, _ = forms[form]
        rows.append((doc, start, end, text, type_, entities[form]))
    return rows


def measure_row(kb: KnowledgeBase, lm: LinkedMeasure, name: Callable[[str], str]) -> tuple:
    """A row of targets.csv, observations.csv or forecasts.csv."""
    ev = lm.evidence
    value, text = plain_decimal(lm.value), kb.texts.exact(ev)
    if lm.kind == "target":
        return (lm.id, name(lm.policy), name(lm.indicator), value, lm.unit, lm.comparator, lm.time,
                lm.region, ev.doc, ev.start, ev.end, text, lm.issuer, lm.status, join(lm.assessed_by))
    return (lm.id, name(lm.indicator), value, lm.unit, lm.comparator, lm.time, lm.region, lm.subject,
            ev.doc, ev.start, ev.end, text)


# ---------------------------------------------------------------- graph.graphml

NODE_KEYS = {name: f"d{i}" for i, name in enumerate(NODE_ATTRIBUTES)}
EDGE_KEYS = {name: f"d{i}" for i, name in enumerate(EDGE_ATTRIBUTES, len(NODE_KEYS))}


def write_graphml(kb: KnowledgeBase, path: Path) -> tuple[int, int]:
    """graph.graphml, as networkx's ``write_graphml(prettyprint=True)`` lays
    it out, streamed: the ``<key>`` of every attribute the view can have
    (string-typed), then the nodes, then the edges, a few thousand at a time.
    Returns the numbers of nodes and edges."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(graphml_head())
        nodes = write_elements(f, (graphml_element("node", f'id="{_xml_attr(n)}"', data, NODE_KEYS)
                                   for n, data in view_nodes(kb)))
        edges = write_elements(f, (graphml_element("edge", f'source="{_xml_attr(u)}" target="{_xml_attr(v)}" id="{_xml_attr(k)}"',
                                                   data, EDGE_KEYS) for u, v, k, data in view_edges(kb)))
        f.write("  </graph>\n</graphml>\n")
    return nodes, edges


def write_elements(f: TextIO, elements: Iterable[str]) -> int:
    """Write ``elements`` in chunks; returns how many there were."""
    count = 0
    chunk: list[str] = []
    for element in elements:
        chunk.append(element)
        if len(chunk) >= 5000:
            f.write("".join(chunk))
            count += len(chunk)
            chunk.clear()
    f.write("".join(chunk))
    return count + len(chunk)


def graphml_head() -> str:
    """The XML declaration, ``<graphml>``, the keys and ``<graph>``."""
    keys = [(name, "node", ident) for name, ident in NODE_KEYS.items()] + [(name, "edge", ident) for name, ident in EDGE_KEYS.items()]
    return "".join([
        "<?xml version='1.0' encoding='utf-8'?>\n",
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
        *(f'  <key id="{ident}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="string" />\n'
          for name, scope, ident in keys),
        '  <graph edgedefault="directed">\n',
    ])


def graphml_element(tag: str, attrs: str, data: dict[str, str], keys: dict[str, str]) -> str:
    """One ``<node>`` or ``<edge>`` with its ``<data>`` rows, as networkx pretty-prints it."""
    if not data:
        return f"    <{tag} {attrs} />\n"
    rows = []
    for name, value in data.items():
        if value:
            rows.append(f'      <data key="{keys[name]}">{_xml_text(value)}</data>\n')
        else:
            rows.append(f'      <data key="{keys[name]}" />\n')
    return f"    <{tag} {attrs}>\n{''.join(rows)}    </{tag}>\n"


# ---------------------------------------------------------------- graph.html


def write_page(kb: KnowledgeBase, path: Path, total: int) -> None:
    """graph.html: the page ``visualize.write_html`` makes of the entity view
    (``total`` nodes). Above ``MAX_NODES`` the page shows only the
    best-connected nodes (see ``visualize.overview``): they are chosen from
    the nodes' degrees, and only their attributes are gathered."""
    if total <= MAX_NODES:
        page = render(networkx_view(kb), "policykg")
    else:
        keep = best_connected(view_degrees(kb), OVERVIEW_NODES)
        page = render_all(networkx_view(kb, keep), "policykg", overview_note(total))
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

"""Export stage: the linked knowledge base -> graph_out/ (DESIGN.md §4).

Everything is written into a fresh folder beside the output and swapped in
with one atomic directory exchange once the graph files are known to parse
(``outdir``), so a build that fails or is killed at any moment leaves the
previous graph_out complete.

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

Incremental: each document's pieces of the output files (its block of
graph.ttl, its rows of the per-document tables, its own nodes and edges of
graph.graphml) are made from that document alone and what linking decided
about it. A rebuild copies the pieces of every document whose
:func:`document_fingerprint` is as at the last build into the same folder
from the previous output files (see :class:`Pieces`), byte for byte, and
makes only the others; the corpus-wide parts are made anew.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import _escape_attrib as _xml_attr, _escape_cdata as _xml_text  # what networkx uses

from . import outdir
from .cache import OutputIndex, Piece, file_state
from .graph import (EDGE_ATTRIBUTES, NODE_ATTRIBUTES, TURTLE_PREFIXES, cited_sentences, doc_chars,
                    document_triples, global_triples, networkx_view, plain_decimal, region_id, statement_pairs,
                    statements, view_degrees, view_edge_groups, view_node_groups)
from .link import DocumentLinks, KnowledgeBase, LinkedMeasure, Ref, collector_paused, policy_date
from .outputs.html import MAX_NODES, OVERVIEW_NODES, best_connected, overview_note, render, render_all

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
                  staging: Path | None = None, previous: OutputIndex | None = None,
                  keys: dict[str, str] | None = None, workers: int = 1) -> dict[str, int]:
    """Write graph_out atomically; returns counts (triples, nodes, edges, and
    ``reused``: the documents whose pieces were copied from the previous output).

    ``staging``: a fresh folder beside ``out`` that the caller created
    (``outdir.make_staging``) and already wrote ``texts/`` into (the pipeline
    writes each text as it loads it, so the texts need not stay in memory);
    else one is made here and the texts are written from ``kb.texts``. The
    folder is swapped in by ``outdir.commit`` (which checks that the graph
    files parse, and that ``out`` may be replaced).

    ``previous`` and ``keys`` (document id -> cache entry key of its
    extraction): the index of the last build into ``out``, whose pieces
    are reused where a document's fingerprint is unchanged; the index is
    then rewritten for this build's outputs (see :class:`Pieces`).

    The outputs are written one after the other, each streamed (see the
    module's docstring); with ``workers`` > 1, graph.graphml and graph.html
    are written meanwhile by a forked process (see :class:`Forked`). The
    cyclic garbage collector is paused (see ``link.collector_paused``)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    own = outdir.make_staging(out) if staging is None else None  # a folder of our own, locked while we write
    tmp = own.path if own is not None else Path(staging)
    pieces = side = None
    try:
        if staging is None:
            progress("texts")
            write_texts(kb, tmp / "texts")
        with collector_paused():
            cited = cited_sentences(kb)
            if previous is not None and keys is not None:
                pieces = Pieces(previous, out, document_fingerprints(kb, cited, keys))
            if workers > 1 and Forked.possible():
                side = Forked(write_view, kb, tmp, pieces)
            progress("turtle")
            triples = write_turtle(kb, tmp / "graph.ttl", pieces, cited)
            progress("tables")
            write_tables(kb, tmp / "tables", pieces)
            progress("graphml")
            if side is None:
                nodes, edges, _ = write_view(kb, tmp, pieces)
            else:
                nodes, edges, recorded = side.result()
                if pieces is not None:
                    pieces.update(*recorded)
        written = pieces.written_index(tmp) if pieces is not None else None
        outdir.commit(own or tmp, out, known_good=pieces.known_good() if pieces is not None else None)
    except BaseException:
        if side is not None:
            side.stop()
        outdir.discard(own or tmp)
        raise
    finally:
        if pieces is not None:
            pieces.close()
    if written is not None:
        written.save()
    return {"triples": triples, "nodes": nodes, "edges": edges, "reused": len(pieces.reused) if pieces else 0}


def write_view(kb: KnowledgeBase, folder: Path, pieces: Pieces | None) -> tuple[int, int, tuple[dict, set]]:
    """graph.graphml and graph.html; returns the numbers of nodes and edges,
    and what ``pieces`` recorded (see :meth:`Pieces.update`)."""
    nodes, edges = write_graphml(kb, folder / "graph.graphml", pieces)
    write_page(kb, folder / "graph.html", nodes)
    return nodes, edges, (pieces.docs, pieces.reused, pieces.copied) if pieces is not None else ({}, set(), set())


def write_texts(kb: KnowledgeBase, folder: Path) -> None:
    """texts/{doc}.txt for every document (from the text reader)."""
    folder.mkdir()
    for doc in kb.documents:
        (folder / f"{doc.id}.txt").write_text(kb.texts.text(doc.id), encoding="utf-8")


# ---------------------------------------------------------------- graph.ttl


def write_turtle(kb: KnowledgeBase, path: Path, pieces: Pieces | None = None,
                 cited: dict[str, list[Ref]] | None = None) -> int:
    """Write the graph as Turtle, deterministically (same knowledge base ->
    same bytes): one fixed prefix block, then blocks of triples (see the
    module's docstring), each with its subjects sorted, then predicates
    (``a`` first), then objects, by their Turtle spelling. Returns the number
    of triples (a triple added twice is written once)."""
    with open(path, "wb") as f:
        return write_turtle_to(kb, OutputFile(f, "graph.ttl", pieces), cited)


def turtle_text(kb: KnowledgeBase) -> str:
    """What :func:`write_turtle` writes, as a string."""
    f = io.BytesIO()
    write_turtle_to(kb, OutputFile(f, "graph.ttl"))
    return f.getvalue().decode("utf-8")


def write_turtle_to(kb: KnowledgeBase, f: OutputFile, cited: dict[str, list[Ref]] | None = None) -> int:
    f.write("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in TURTLE_PREFIXES))
    iris: dict[str, str] = {}  # the spelling of entity and document IRIs, shared by the blocks
    triples = write_global_block(kb, f, iris)
    cited = cited_sentences(kb) if cited is None else cited
    for d in kb.docs:
        triples += f.piece(d.id, lambda d=d: write_document_block(kb, d, cited.get(d.id, ()), iris, f))
    return triples


def write_document_block(kb: KnowledgeBase, d: DocumentLinks, cited: Iterable[Ref], iris: dict[str, str], f: OutputFile) -> int:
    block = document_triples(kb, d, cited, iris).subjects
    return write_block(block, block.__getitem__, f)


def write_global_block(kb: KnowledgeBase, f: OutputFile, iris: dict[str, str]) -> int:
    """Write the triples about entities and the statement nodes; returns
    their number. A statement's pairs are made as it is written."""
    graph = global_triples(kb, iris).subjects
    stated = statements(kb)
    pairs_of = lambda s: graph[s] if s in graph else statement_pairs(stated[s])  # noqa: E731
    return write_block(graph.keys() | stated.keys(), pairs_of, f)


def write_block(subjects: Iterable[str], pairs_of: Callable[[str], Iterable[tuple[str, str]]], f: OutputFile) -> int:
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


def write_tables(kb: KnowledgeBase, folder: Path, pieces: Pieces | None = None) -> None:
    """tables/*.csv, one table at a time, in the csv dialect of pandas'
    ``to_csv(index=False, lineterminator="\\n")``. documents.csv is in input
    order; the entity tables are sorted by id (their first column: ids are
    unique); the others come document by document (input order), each
    document's rows sorted by their first four columns."""
    folder.mkdir()
    name = entity_names(kb)
    for table, rows in corpus_table_rows(kb, name):
        with table_writer(folder, table, pieces) as (f, writer):
            writer.writerows(rows)
    for table, rows_of in document_table_rows(kb, name):
        with table_writer(folder, table, pieces) as (f, writer):
            for d in kb.docs:
                f.piece(d.id, lambda d=d: write_rows(writer, sorted(rows_of(d), key=FIRST_FOUR)))


@contextmanager
def table_writer(folder: Path, table: str, pieces: Pieces | None) -> Iterator[tuple[OutputFile, csv.writer]]:
    """An open tables/{table}.csv with its header written, and a csv writer on it."""
    with open(folder / f"{table}.csv", "wb") as raw:
        f = OutputFile(raw, f"tables/{table}.csv", pieces)
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(TABLE_COLUMNS[table])
        yield f, writer


def write_rows(writer: csv.writer, rows: list[tuple]) -> int:
    writer.writerows(rows)
    return len(rows)


def join(values) -> str:
    return "|".join(v for v in values if v)


def corpus_table_rows(kb: KnowledgeBase, name: Callable[[str], str]) -> Iterator[tuple[str, Iterable[tuple]]]:
    """(table, rows) for the tables of the whole corpus (documents, policies,
    organisations, …), the rows made as they are written; each row is a
    tuple in the order of ``TABLE_COLUMNS[table]``."""
    yield "documents", ((d.id, d.path, d.title, d.date, doc_chars(d), d.format, d.encoding, d.source) for d in kb.documents)
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


def document_table_rows(kb: KnowledgeBase, name: Callable[[str], str]) -> Iterator[tuple[str, Callable[[DocumentLinks], list[tuple]]]]:
    """(table, rows of a document) for the tables written document by
    document: mentions, targets, observations, forecasts, relations."""
    yield "mentions", lambda d: mention_rows(kb, d)
    for kind in ("target", "observation", "forecast"):
        yield kind + "s", lambda d, kind=kind: [measure_row(kb, lm, name) for lm in kb.measures_by_doc.get(d.id, ()) if lm.kind == kind]
    yield "relations", lambda d: [(f.subject, f.predicate, f.object, *f.evidence) for f in d.facts]


def entity_names(kb: KnowledgeBase) -> Callable[[str], str]:
    """Entity id -> its name ("" for an unknown id)."""
    by_id = kb.entity_by_id()
    return lambda ident: by_id[ident].name if ident in by_id else ""


FIRST_FOUR = itemgetter(0, 1, 2, 3)


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


def write_graphml(kb: KnowledgeBase, path: Path, pieces: Pieces | None = None) -> tuple[int, int]:
    """graph.graphml, as networkx's ``write_graphml(prettyprint=True)`` lays
    it out, streamed: the ``<key>`` of every attribute the view can have
    (string-typed), then the nodes, then the edges, group by group (see
    ``graph.view_node_groups``). Returns the numbers of nodes and edges."""
    with open(path, "wb") as raw:
        f = OutputFile(raw, "graph.graphml", pieces)
        f.write(graphml_head())
        nodes = edges = 0
        for doc, group in view_node_groups(kb):
            elements = (graphml_element("node", f'id="{_xml_attr(n)}"', data, NODE_KEYS) for n, data in group)
            nodes += f.piece(doc, lambda: write_elements(f, elements), "nodes") if doc else write_elements(f, elements)
        for doc, group in view_edge_groups(kb):
            elements = (graphml_element("edge", f'source="{_xml_attr(u)}" target="{_xml_attr(v)}" id="{_xml_attr(k)}"',
                                        data, EDGE_KEYS) for u, v, k, data in group)
            edges += f.piece(doc, lambda: write_elements(f, elements), "edges") if doc else write_elements(f, elements)
        f.write("  </graph>\n</graphml>\n")
    return nodes, edges


def write_elements(f: OutputFile, elements: Iterable[str]) -> int:
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


# ---------------------------------------------------------------- pieces of the previous build


class OutputFile:
    """An output file being written, as UTF-8, that knows its byte position
    and writes each document's piece of it through :meth:`piece`."""

    def __init__(self, raw: BinaryIO, name: str, pieces: Pieces | None = None) -> None:
        self.raw, self.name, self.pieces, self.pos = raw, name, pieces, 0

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        self.raw.write(data)
        self.pos += len(data)

    def piece(self, doc: str, make: Callable[[], int], part: str = "") -> int:
        """Write document ``doc``'s piece of this file (``part``: which one,
        for a file with several per document): copied from the previous
        build when it can be, else by ``make`` (which writes it and returns
        how many items it holds). Returns the number of items."""
        if self.pieces is None:
            return make()
        part = f"{self.name}#{part}"
        start = self.pos
        old = self.pieces.previous(doc, part)
        if old is None:
            count = make()
        else:
            data, count = old
            self.raw.write(data)
            self.pos += len(data)
        self.pieces.record(doc, part, (self.name, start, self.pos, count))
        return count


class Pieces:
    """Each document's pieces of the output files: where the last build into
    the same folder wrote them (``previous``, to copy those of documents
    whose fingerprint is unchanged) and where this build writes them. A
    piece is copied only from a file that is as that build left it."""

    def __init__(self, previous: OutputIndex, out: Path, fingerprints: dict[str, str]) -> None:
        self.old, self.out, self.fingerprints = previous, out, fingerprints
        self.docs: dict[str, tuple[str, dict[str, Piece]]] = {}
        self.reused: set[str] = set()
        self.copied: set[tuple[str, str]] = set()  # (doc, part) of the pieces copied from the previous output
        self.files: dict[str, int | None] = {}  # previous output file -> open descriptor (None: not usable)

    def previous(self, doc: str, part: str) -> tuple[bytes, int] | None:
        """(bytes, items) of ``doc``'s piece ``part`` in the previous output, if its fingerprint is unchanged."""
        old, fingerprint = self.old.docs.get(doc), self.fingerprints[doc]
        if not fingerprint or old is None or old[0] != fingerprint or part not in old[1]:
            return None
        name, start, end, count = old[1][part]
        fd = self.previous_file(name)
        data = os.pread(fd, end - start, start) if fd is not None else b""
        if len(data) != end - start:
            return None
        self.reused.add(doc)
        self.copied.add((doc, part))
        return data, count

    def previous_file(self, name: str) -> int | None:
        if name not in self.files:
            path = self.out / name
            usable = self.old.files.get(name) is not None and file_state(str(path)) == self.old.files[name]
            try:
                self.files[name] = os.open(path, os.O_RDONLY) if usable else None
            except OSError:
                self.files[name] = None
        return self.files[name]

    def record(self, doc: str, part: str, piece: Piece) -> None:
        self.docs.setdefault(doc, (self.fingerprints[doc], {}))[1][part] = piece

    def update(self, docs: dict[str, tuple[str, dict[str, Piece]]], reused: set[str],
               copied: set[tuple[str, str]] = frozenset()) -> None:
        """Take in what a copy of this object (in a forked process) recorded: its ``docs``, ``reused`` and ``copied``."""
        for doc, (_, parts) in docs.items():
            self.docs.setdefault(doc, (self.fingerprints[doc], {}))[1].update(parts)
        self.reused |= reused
        self.copied |= copied

    def known_good(self) -> dict[str, list[tuple[int, int]]]:
        """Output file -> the byte ranges of this build's files copied from the previous
        output, which parsed when it was checked: ``outdir.commit`` need not parse them again."""
        ranges: dict[str, list[tuple[int, int]]] = {}
        for doc, part in self.copied:
            name, start, end, _ = self.docs[doc][1][part]
            ranges.setdefault(name, []).append((start, end))
        return ranges

    def written_index(self, folder: Path) -> OutputIndex:
        """The index of this build's outputs (written into ``folder``, about to become the output folder)."""
        names = {name for _, parts in self.docs.values() for name, *_ in parts.values()}
        files = {name: file_state(str(folder / name)) for name in sorted(names)}
        return OutputIndex(self.old.file, self.old.out, self.old.code, files, self.docs)

    def close(self) -> None:
        for fd in self.files.values():
            if fd is not None:
                os.close(fd)
        self.files.clear()


def document_fingerprints(kb: KnowledgeBase, cited: dict[str, list[Ref]], keys: dict[str, str]) -> dict[str, str]:
    """Document id -> :func:`document_fingerprint` ("" for a document without a cache key: never reused)."""
    name = entity_names(kb)
    return {d.id: document_fingerprint(kb, d, cited.get(d.id, ()), keys[d.id], name) if keys.get(d.id) else ""
            for d in kb.docs}


def document_fingerprint(kb: KnowledgeBase, d: DocumentLinks, cited: Iterable[Ref], key: str,
                         name: Callable[[str], str]) -> str:
    """A digest of everything a document's pieces are made from: its
    extraction (``key``, the cache key of the document and its extraction),
    and what linking decided about it — the entity of each of its mention
    forms, its relations, the sentences of it that others cite, and its
    measures as linked (:func:`measure_fingerprint`). Sentences are all of
    this document: (start, end) stands for them."""
    forms = kb.form_entities
    parts = (key, [forms[form] for form in dict.fromkeys(d.mentions[2::3])],
             [(f.subject, f.predicate, f.object, f.evidence[1:]) for f in d.facts], [r[1:] for r in cited],
             [measure_fingerprint(kb, lm, name) for lm in kb.measures_by_doc.get(d.id, ())])
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def measure_fingerprint(kb: KnowledgeBase, lm: LinkedMeasure, name: Callable[[str], str]) -> tuple:
    """What linking decided about a measure: which of the document's raw
    measures it is (kind, quantity start and wording: its other raw fields
    follow from them and the document's cache key), its sentences (as
    (start, end)), its indicator, policy, status and assessment, and the
    ids and names of the entities it points at."""
    return (lm.kind, lm.start, lm.wording, lm.evidence[1:], [r[1:] for r in lm.restated], lm.indicator, lm.policy,
            lm.status, lm.assessed_by, name(lm.indicator), name(lm.policy),
            region_id(kb, lm.region) if lm.region else "", org_id(kb, lm.issuer), org_id(kb, lm.subject))


def org_id(kb: KnowledgeBase, key: str) -> str:
    ent = kb.get("ORG", key) if key else None
    return ent.id if ent else ""


class Forked:
    """``fn(*args)`` run in a forked child process, which shares this
    process' memory (the knowledge base) copy-on-write instead of having it
    pickled; its result comes back pickled through a pipe."""

    @staticmethod
    def possible() -> bool:
        """Fork only where it is safe: POSIX, and no other thread running."""
        return hasattr(os, "fork") and threading.active_count() == 1

    def __init__(self, fn: Callable, *args) -> None:
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: run, send the result or the error, and leave without cleaning up the parent's state
            os.close(read)
            try:
                from .workers import die_with_parent

                die_with_parent(os.getppid())  # a build killed with kill -9 leaves no writer behind
                outcome = (True, fn(*args))
            except OSError as err:  # noqa: BLE001 - re-raised in the parent as it is (a full disk is told apart)
                outcome = (False, OSError(err.errno, err.strerror, err.filename) if err.errno else f"OSError: {err}")
            except BaseException as err:  # noqa: BLE001 - re-raised in the parent
                outcome = (False, f"{type(err).__name__}: {err}")
            try:
                with os.fdopen(write, "wb") as f:
                    pickle.dump(outcome, f, protocol=pickle.HIGHEST_PROTOCOL)
            finally:
                os._exit(0)
        os.close(write)
        self.pipe = os.fdopen(read, "rb")

    def result(self):
        """Wait for the child; its result, or its error raised here."""
        try:
            ok, value = pickle.load(self.pipe)
        except EOFError:
            ok, value = False, "the process writing graph.graphml died"
        finally:
            self.pipe.close()
            os.waitpid(self.pid, 0)
        if not ok:
            raise value if isinstance(value, OSError) else RuntimeError(value)
        return value

    def stop(self) -> None:
        """Kill the child (the build failed)."""
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
        self.pipe.close()

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

import re
from collections.abc import Iterator
from xml.etree.ElementTree import _escape_attrib as _xml_attr, _escape_cdata as _xml_text  # what networkx uses

import networkx as nx
import pandas as pd
from rdflib import RDF, XSD, BNode, Graph, Literal

from .graph import PREFIXES, TripleSet, doc_chars, graph_triples, networkx_view, plain_decimal
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
        rows["documents"].append(dict(id=d.id, path=d.path, title=d.title, date=d.date, chars=doc_chars(d), format=d.format, encoding=d.encoding, source=d.source))
    for m, ent in kb.mentions:
        rows["mentions"].append(dict(doc=m.doc, start=m.start, end=m.end, text=m.text, type=m.type, entity=ent))
    for e in kb.by_type("POLICY") + kb.by_type("REPORT"):
        kind = "report" if e.type == "REPORT" else e.attrs.get("kind", "")
        rows["policies"].append(dict(
            id=e.id, title=e.name, aliases=join(e.aliases), kind=kind,
            issuers=join(name(i) for i in kb.issuers.get(e.id, [])), date=policy_date(kb, e.id),
            doc_number=kb.doc_numbers.get(e.id, ""), documents=join(sorted(e.documents)),
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


def write_outputs(kb: KnowledgeBase, out: Path, progress: Callable[[str], None] = lambda s: None,
                  staging: Path | None = None) -> dict[str, int]:
    """Write graph_out atomically; returns counts (triples, nodes, edges).

    ``staging``: a fresh folder beside ``out`` that the caller created and
    already wrote ``texts/`` into (the pipeline writes each text as it loads
    it, so the texts need not stay in memory); else one is made here and the
    texts are written from ``kb.documents``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(staging) if staging is not None else Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        progress("graph")
        graph = graph_triples(kb)
        progress("turtle")
        write_turtle(graph, tmp / "graph.ttl")
        triples = len(graph)
        del graph  # the biggest structure of the build: free it before the next stages
        progress("tables")
        (tmp / "tables").mkdir()
        for table, df in tables(kb).items():
            df.to_csv(tmp / "tables" / f"{table}.csv", index=False, encoding="utf-8", lineterminator="\n")
        progress("graphml")
        view = networkx_view(kb)
        write_graphml(view, tmp / "graph.graphml")
        progress("html")
        write_html(view, tmp / "graph.html", title="policykg")
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


def write_turtle(graph: Graph | TripleSet, path: Path) -> None:
    """Write the triples as Turtle, deterministically: subjects sorted, then
    predicates (``a`` first), then objects, by their Turtle spelling; one fixed
    prefix block. Same triples -> same bytes. Much faster than rdflib's
    serializer, which computes a qname per term occurrence."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for chunk in turtle_chunks(graph):
            f.write(chunk)


_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_UNSAFE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _iri_text(iri: str) -> str:
    for prefix, ns in _NS_BY_LENGTH:
        if iri.startswith(ns):
            local = iri[len(ns):]
            if _LOCAL_NAME.fullmatch(local):
                return f"{prefix}:{local}"
            break
    if _IRI_UNSAFE.search(iri):
        iri = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), iri)
    return f"<{iri}>"


def _string_text(text: str) -> str:
    if _STRING_UNSAFE.search(text):
        text = _STRING_UNSAFE.sub(lambda m: _STRING_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)
    return f'"{text}"'


def _term_text(term, cache: dict) -> str:
    text = cache.get(term)
    if text is None:
        if isinstance(term, Literal):
            text = _string_text(str(term))
            if term.language:
                text += "@" + term.language
            elif term.datatype is not None and str(term.datatype) != XSD_STRING:
                text += "^^" + _iri_text(str(term.datatype))
        elif isinstance(term, BNode):
            text = f"_:{term}"
        else:
            text = _iri_text(str(term))
        cache[term] = text
    return text


def turtle_chunks(triples) -> Iterator[str]:
    """The Turtle text of ``triples`` (any iterable of rdflib-term triples), in pieces."""
    cache: dict = {}
    subjects: dict[str, dict[str, list[str]]] = {}
    for s, p, o in triples:
        preds = subjects.get(s_text := _term_text(s, cache))
        if preds is None:
            preds = subjects[s_text] = {}
        p_text = _term_text(p, cache)
        if p_text == "rdf:type":
            p_text = "a"
        objs = preds.get(p_text)
        if objs is None:
            preds[p_text] = [_term_text(o, cache)]
        else:
            objs.append(_term_text(o, cache))
    del cache
    yield "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in TURTLE_PREFIXES)
    buf: list[str] = []
    for s_text in sorted(subjects):
        preds = subjects[s_text]
        lines = []
        for p_text in sorted(preds, key=lambda p: (p != "a", p)):
            lines.append(f"    {p_text} " + ",\n        ".join(sorted(set(preds[p_text]))))
        buf.append(f"\n{s_text}\n" + " ;\n".join(lines) + " .\n")
        if len(buf) >= 2000:
            yield "".join(buf)
            buf = []
    yield "".join(buf)


def write_graphml(view: nx.MultiDiGraph, path: Path) -> None:
    """The same bytes as ``nx.write_graphml(view, path, prettyprint=True)``
    (keys numbered in order of first use, listed last-first; two-space
    indents), written as text line by line instead of through an ElementTree
    of the whole graph, which took seconds for big graphs. Graphs with
    non-string attribute values go through networkx."""
    if not (view.is_directed() and view.is_multigraph()) or view.graph or not _all_str(view):
        nx.write_graphml(view, path, encoding="utf-8", prettyprint=True)
        return
    keys: dict[tuple[str, str], str] = {}

    def key(name: str, scope: str) -> str:
        ident = keys.get((name, scope))
        if ident is None:
            ident = keys[(name, scope)] = f"d{len(keys)}"
        return ident

    def element(tag: str, attrs: str, data: dict, scope: str) -> str:
        if not data:
            return f"    <{tag} {attrs} />\n"
        rows = "".join(
            f'      <data key="{key(str(k), scope)}" />\n' if v == "" else
            f'      <data key="{key(str(k), scope)}">{_xml_text(v)}</data>\n'
            for k, v in data.items()
        )
        return f"    <{tag} {attrs}>\n{rows}    </{tag}>\n"

    body = [element("node", f'id="{_xml_attr(str(n))}"', d, "node") for n, d in view.nodes(data=True)]
    body += [element("edge", f'source="{_xml_attr(str(u))}" target="{_xml_attr(str(v))}" id="{_xml_attr(str(k))}"', d, "edge")
             for u, v, k, d in view.edges(keys=True, data=True)]
    head = [
        "<?xml version='1.0' encoding='utf-8'?>\n",
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    ]
    head += [f'  <key id="{ident}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="string" />\n'
             for (name, scope), ident in reversed(keys.items())]
    if body:
        head.append('  <graph edgedefault="directed">\n')
        tail = "  </graph>\n</graphml>\n"
    else:
        head.append('  <graph edgedefault="directed" />\n')
        tail = "</graphml>\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(head))
        for i in range(0, len(body), 5000):
            f.write("".join(body[i:i + 5000]))
        f.write(tail)


def _all_str(view: nx.MultiDiGraph) -> bool:
    return all(type(v) is str for _, d in view.nodes(data=True) for v in d.values()) and all(
        type(v) is str for _, _, d in view.edges(data=True) for v in d.values()
    )


RDF_NS = str(RDF)
XSD_STRING = str(XSD.string)
_NS_BY_LENGTH = sorted(((p, str(ns)) for p, ns in {**PREFIXES, "rdf": RDF_NS}.items()), key=lambda item: -len(item[1]))
TURTLE_PREFIXES = sorted((p, str(ns)) for p, ns in {**PREFIXES, "rdf": RDF_NS}.items())


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

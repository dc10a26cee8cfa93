"""SPARQL 1.1 Protocol result formats, chosen by the request's Accept header.

SELECT and ASK: SPARQL Results JSON (``application/sparql-results+json``, the
default), XML (``application/sparql-results+xml``), CSV (``text/csv``) and
TSV (``text/tab-separated-values``). CONSTRUCT and DESCRIBE: Turtle
(``text/turtle``, the default), N-Triples (``application/n-triples``),
JSON-LD (``application/ld+json``) and RDF/XML (``application/rdf+xml``).
Graphs are written by pyoxigraph's own serialisers; result sets here, since a
capped answer holds only the first rows.
"""
from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .formats import PREFIXES
from .sparql import Result

JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
XSD_STRING = PREFIXES["xsd"] + "string"

# media type -> (format, Content-Type sent); the first entry is the default, and a range such as
# text/* takes the first entry it covers
SELECT_TYPES = {
    JSON_RESULTS: ("json", JSON_RESULTS),
    "application/json": ("json", JSON_RESULTS),
    XML_RESULTS: ("xml", XML_RESULTS),
    "application/xml": ("xml", XML_RESULTS),
    "text/csv": ("csv", "text/csv"),
    "text/tab-separated-values": ("tsv", "text/tab-separated-values"),
    "text/xml": ("xml", XML_RESULTS),
}
GRAPH_TYPES = {
    "text/turtle": ("turtle", "text/turtle"),
    "application/turtle": ("turtle", "text/turtle"),
    "application/x-turtle": ("turtle", "text/turtle"),
    "application/n-triples": ("nt", "application/n-triples"),
    "text/plain": ("nt", "application/n-triples"),
    "application/ld+json": ("jsonld", "application/ld+json"),
    "application/json": ("jsonld", "application/ld+json"),
    "application/rdf+xml": ("rdfxml", "application/rdf+xml"),
    "application/xml": ("rdfxml", "application/rdf+xml"),
    "text/xml": ("rdfxml", "application/rdf+xml"),
}
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "rdfxml": ox.RdfFormat.RDF_XML}
# characters XML 1.0 cannot carry at all (not even as &#…;)
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def media_types(kind: str) -> dict[str, tuple[str, str]]:
    return GRAPH_TYPES if kind == "graph" else SELECT_TYPES


def negotiate(accept: str, kind: str) -> tuple[str, str] | None:
    """(format, Content-Type) for an Accept header and a result kind; None: nothing acceptable.

    Highest q first; at equal q the more specific range, then the earlier one."""
    table = media_types(kind)
    default = next(iter(table.values()))
    if not accept.strip():
        return default
    ranges = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        mime, q = bits[0].lower(), 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if mime and q > 0:
            ranges.append((-q, mime.count("*"), i, mime))
    for _, _, _, mime in sorted(ranges):
        if mime in table:
            return table[mime]
        if mime == "*/*":
            return default
        if mime.endswith("/*"):
            for name, fmt in table.items():
                if name.startswith(mime[:-1]):
                    return fmt
    return None


def acceptable(kind: str) -> str:
    return ", ".join(dict.fromkeys(ctype for _, ctype in media_types(kind).values()))


def serialise(res: Result, fmt: str) -> bytes:
    """The body of an answer in ``fmt`` (a format of :func:`negotiate`)."""
    if res.kind == "graph":
        triples = [ox.Triple(*t) for t in res.terms or []]
        prefixes = PREFIXES if fmt in ("turtle", "rdfxml") else None
        return ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes) or b""
    if res.kind == "ask":
        return {"json": ask_json, "xml": ask_xml}.get(fmt, ask_text)(res.boolean, fmt).encode("utf-8")
    return {"json": select_json, "xml": select_xml, "csv": select_csv, "tsv": select_tsv}[fmt](res).encode("utf-8")


# ---------------------------------------------------------------- ASK


def ask_json(value: bool, fmt: str = "json") -> str:
    return json.dumps({"head": {}, "boolean": bool(value)})


def ask_xml(value: bool, fmt: str = "xml") -> str:
    return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head/>\n'
            f"  <boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n")


def ask_text(value: bool, fmt: str) -> str:
    return f"{'_askResult' if fmt == 'csv' else '?_askResult'}\r\n{'true' if value else 'false'}\r\n"


# ---------------------------------------------------------------- SELECT


def term_json(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": {"subject": term_json(t.subject), "predicate": term_json(t.predicate),
                                        "object": term_json(t.object)}}


def select_json(res: Result) -> str:
    bindings = [{c: term_json(t) for c, t in zip(res.columns, row) if t is not None} for row in res.terms or []]
    return json.dumps({"head": {"vars": res.columns}, "results": {"bindings": bindings}}, ensure_ascii=False)


def xml_text(s: str) -> str:
    return escape(NOT_XML.sub("\ufffd", s))


def term_xml(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_text(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_text(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{xml_text(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{xml_text(t.value)}</literal>"
        return f"<literal>{xml_text(t.value)}</literal>"
    return (f"<triple><subject>{term_xml(t.subject)}</subject><predicate>{term_xml(t.predicate)}</predicate>"
            f"<object>{term_xml(t.object)}</object></triple>")


def select_xml(res: Result) -> str:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head>\n']
    out += [f"    <variable name={quoteattr(c)}/>\n" for c in res.columns]
    out.append("  </head>\n  <results>\n")
    for row in res.terms or []:
        out.append("    <result>")
        out += [f"<binding name={quoteattr(c)}>{term_xml(t)}</binding>" for c, t in zip(res.columns, row) if t is not None]
        out.append("</result>\n")
    out.append("  </results>\n</sparql>\n")
    return "".join(out)


def csv_value(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return t.value if isinstance(t, (ox.NamedNode, ox.Literal)) else str(t)


def select_csv(res: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(res.columns)
    w.writerows([csv_value(t) for t in row] for row in res.terms or [])
    return buf.getvalue()


def select_tsv(res: Result) -> str:
    lines = ["\t".join("?" + c for c in res.columns)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in res.terms or []]
    return "\n".join(lines) + "\n"

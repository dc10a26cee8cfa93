"""graph.ttl: the knowledge base as Turtle, written block by block (the
entities and statements, then one block per document), so that the whole
graph is never in memory as triples.

Every extracted fact has provenance: ``prov:wasDerivedFrom`` an evidence
node with the source document, the sentence's offsets and its text. Facts
between entities and literal facts (issued by, dates, 文号, cites …) are
also reified (``id:fact/<digest>``) so that each keeps its own sentences.
Which RDF term a fact or measure kind gets is in ``ontology/mapping``.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from ..link import DocumentLinks, Entity, KnowledgeBase, LinkedMeasure, Ref
from ..mapping import entity_kinds, fact_kind, measure_kind, prefixes
from . import terms as T
from .instruments import instrument_concept, instrument_types

MEASURE_TYPES = {"level": "pkg:Level", "change": "pkg:Change", "gap": "pkg:Gap"}  # a measure's kind of value -> its pkg:MeasureType

A = "a"


class Block:
    """Triples as Turtle text grouped by subject; written sorted, without repeats."""

    def __init__(self) -> None:
        self.subjects: dict[str, list[tuple[str, str]]] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.subjects.setdefault(s, []).append((p, o))

    def write(self, f: TextIO) -> int:
        count = 0
        for s in sorted(self.subjects):
            pairs = sorted(set(self.subjects[s]), key=lambda po: (po[0] != A, po))
            lines = []
            for k, (p, o) in enumerate(pairs):
                lines.append(f"{s} {p} {o}" if k == 0 else f"    {p} {o}")
            f.write(" ;\n".join(lines) + " .\n\n")
            count += len(pairs)
        return count


def write_turtle(kb: KnowledgeBase, path: Path) -> int:
    """Write graph.ttl; returns the number of triples."""
    cited = cited_sentences(kb)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for prefix, ns in sorted(prefixes().items()):
            f.write(f"@prefix {prefix}: <{ns}> .\n")
        f.write("\n")
        count = global_block(kb).write(f)
        for d in kb.docs:
            count += document_block(kb, d, cited.get(d.document.id, ())).write(f)
    return count


def evidence_node(r: Ref) -> str:
    return T.node(f"evidence/{r.doc}/{r.start}-{r.end}")


def doc_node(doc_id: str) -> str:
    return T.node(f"doc/{doc_id}")


def entity_node(kb: KnowledgeBase, type_: str, key: str) -> str:
    ent = kb.get(type_, key)
    return T.node(ent.id) if ent else ""


def subject_node(kb: KnowledgeBase, type_: str, key: str) -> str:
    return doc_node(key) if type_ == "DOCUMENT" else entity_node(kb, type_, key)


def cited_sentences(kb: KnowledgeBase) -> dict[str, list[Ref]]:
    """Document id -> the sentences of it cited by entities and statements
    (their evidence nodes are written in that document's block)."""
    cited: dict[str, list[Ref]] = defaultdict(list)
    for ent in kb.entities.values():
        for r in ent.evidence[:1]:
            cited[r.doc].append(r)
    for refs in kb.statements.values():
        for r in refs:
            cited[r.doc].append(r)
    return cited


def global_block(kb: KnowledgeBase) -> Block:
    g = Block()
    for label, concept in sorted(instrument_types().items()):  # so that the graph names its instruments' types
        c = T.turtle_iri(concept)
        g.add(c, A, T.term("skos:Concept"))
        g.add(c, T.term("skos:prefLabel"), T.zh(label))
        g.add(c, T.term("skos:inScheme"), T.term("pkg:InstrumentTypes"))
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        add_entity(g, kb, ent)
    firsts: dict[tuple[str, str, str], str] = {}
    for st, s, p, ot, o in kb.statements:
        firsts.setdefault((st, s, p), o)
    for (st, s, p), o in list(firsts.items()):
        if p == "issued_on":
            ent = kb.get(st, s)
            firsts[(st, s, p)] = ent.attrs.get("date", "") if ent else ""
    for key in sorted(kb.statements):
        add_statement(g, kb, key, kb.statements[key], firsts)
    return g


def add_entity(g: Block, kb: KnowledgeBase, ent: Entity) -> None:
    n = T.node(ent.id)
    g.add(n, A, T.term(entity_kinds()[ent.type].term))
    g.add(n, T.term("skos:prefLabel"), T.zh(ent.name))
    for alias in ent.aliases:
        g.add(n, T.term("skos:altLabel"), T.zh(alias))
    for r in ent.evidence[:1]:
        g.add(n, T.term("prov:wasDerivedFrom"), evidence_node(r))
    if ent.type in ("POLICY", "REPORT"):
        g.add(n, T.term("eli:title"), T.zh(ent.name))
        g.add(n, T.term("pkg:policyKind"), T.string("report" if ent.type == "REPORT" else ent.attrs.get("kind") or "policy"))
        if ent.attrs.get("date"):
            g.add(n, T.term("eli:date_document"), T.date(ent.attrs["date"]))
    elif ent.type == "ORG":
        g.add(n, T.term("pkg:category"), T.string(ent.attrs.get("category") or "other"))
        if ent.attrs.get("foreign"):
            g.add(n, T.term("pkg:country"), T.zh(ent.attrs["foreign"]))
    elif ent.type == "REGION":
        level = ent.attrs.get("level") or "city"
        g.add(n, T.term("pkg:regionLevel"), T.string(level))
        if level == "city" and ent.attrs.get("province"):
            parent = entity_node(kb, "REGION", ent.attrs["province"])
            if parent:
                g.add(n, T.term("pkg:partOf"), parent)


def statement_id(s: str, p: str, o: str) -> str:
    return "fact/" + hashlib.sha1(f"{s}|{p}|{o}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def add_statement(g: Block, kb: KnowledgeBase, key: tuple[str, str, str, str, str], refs: list[Ref],
                  firsts: dict[tuple[str, str, str], str]) -> None:
    """The statement as a triple (a single-valued literal fact only with the
    value kept: a policy's most precise date, else the first stated) and as a
    reified node with its sentences."""
    st, s, p, ot, o = key
    kind = fact_kind(p)
    subject = subject_node(kb, st, s)
    if not subject:
        return
    if ot == "DATE":
        obj = T.date(o)
    elif ot == "TEXT":
        obj = T.string(o)
    else:
        obj = entity_node(kb, ot, o)
        if not obj:
            return
    predicate = T.term(kind.term)
    if not kind.single or not kind.literal or firsts.get((st, s, p)) == o:
        g.add(subject, predicate, obj)
    reified = T.node(statement_id(subject, predicate, obj))
    g.add(reified, A, T.term("rdf:Statement"))
    g.add(reified, T.term("rdf:subject"), subject)
    g.add(reified, T.term("rdf:predicate"), predicate)
    g.add(reified, T.term("rdf:object"), obj)
    for r in refs:
        g.add(reified, T.term("prov:wasDerivedFrom"), evidence_node(r))


def document_block(kb: KnowledgeBase, d: DocumentLinks, cited: Iterable[Ref]) -> Block:
    g = Block()
    doc = d.document
    n = doc_node(doc.id)
    g.add(n, A, T.term("pkg:SourceDocument"))
    g.add(n, T.term("dcterms:identifier"), T.string(doc.id))
    g.add(n, T.term("pkg:path"), T.string(doc.path))
    g.add(n, T.term("pkg:chars"), T.integer(doc.length))
    g.add(n, T.term("pkg:format"), T.string(doc.format))
    if doc.genre:
        g.add(n, T.term("pkg:genre"), T.string(doc.genre))
    if doc.title:
        g.add(n, T.term("dcterms:title"), T.zh(doc.title))
    if doc.date:
        g.add(n, T.term("dcterms:date"), T.date(doc.date))
    for source in doc.sources:
        g.add(n, T.term("pkg:source"), T.string(source))
    forms = kb.forms
    for index in dict.fromkeys(d.spans[2::3]):
        _, type_, key = forms[index]
        ent = kb.get(type_, key)
        if ent is not None:
            g.add(n, T.term("pkg:mentions"), T.node(ent.id))
    refs = dict.fromkeys(cited)
    for lm in d.measures:
        add_measure(g, kb, lm)
        refs.setdefault(lm.ref, None)
    for r in refs:
        add_evidence(g, kb, r)
    return g


def add_evidence(g: Block, kb: KnowledgeBase, r: Ref) -> None:
    n = evidence_node(r)
    sel = T.node(f"evidence/{r.doc}/{r.start}-{r.end}/selector")
    g.add(n, A, T.term("pkg:Evidence"))
    g.add(n, T.term("oa:hasSource"), doc_node(r.doc))
    g.add(n, T.term("oa:hasSelector"), sel)
    g.add(sel, A, T.term("oa:TextPositionSelector"))
    g.add(sel, A, T.term("oa:TextQuoteSelector"))
    g.add(sel, T.term("oa:start"), T.integer(r.start, "nonNegativeInteger"))
    g.add(sel, T.term("oa:end"), T.integer(r.end, "nonNegativeInteger"))
    g.add(sel, T.term("oa:exact"), T.string(kb.texts.exact(r)))


def add_measure(g: Block, kb: KnowledgeBase, lm: LinkedMeasure) -> None:
    m = lm.measure
    kind = measure_kind(m.kind)
    n = T.node(lm.id)
    g.add(n, A, T.term(kind.term))
    g.add(n, T.term("prov:wasDerivedFrom"), evidence_node(lm.ref))
    if lm.indicator:
        g.add(n, T.term("pkg:indicator"), entity_node(kb, "INDICATOR", lm.indicator))
    q = m.quantity
    if q is not None:
        g.add(n, T.term(kind.value_term), T.decimal(q.value))
        if q.upper is not None:
            g.add(n, T.term(kind.max_term), T.decimal(q.upper))
        g.add(n, T.term("pkg:unit"), T.string(q.unit))
        g.add(n, T.term("pkg:comparator"), T.string(q.comparator))
    if m.kind != "instrument":
        g.add(n, T.term("pkg:measure"), T.term(MEASURE_TYPES[m.measure]))
    if m.time and kind.time_term:
        g.add(n, T.term(kind.time_term), T.date(m.time))
    if m.region:
        region = entity_node(kb, "REGION", m.region)
        if region:
            g.add(n, T.term("pkg:region"), region)
    if m.subject:
        subject = entity_node(kb, "ORG", m.subject)
        if subject:
            g.add(n, T.term("pkg:subject"), subject)
    if m.kind == "target":
        g.add(n, T.term("pkg:status"), T.string(lm.status or "unknown"))
        for obs in lm.assessed_by:
            g.add(n, T.term("pkg:assessedBy"), T.node(obs))
    if m.kind == "instrument":
        g.add(n, T.term("pkg:instrumentType"), instrument_concept(m.category))
        if m.beneficiary:
            g.add(n, T.term("pkg:beneficiary"), T.zh(m.beneficiary))
    if m.condition:
        g.add(n, T.term("pkg:condition"), T.zh(m.condition))
    if lm.policy and kind.link:
        g.add(entity_node(kb, "POLICY", lm.policy), T.term(kind.link), n)
    elif m.issuer and m.kind in ("target", "instrument"):
        issuer = entity_node(kb, "ORG", m.issuer)
        if issuer:
            g.add(n, T.term("pkg:setBy"), issuer)

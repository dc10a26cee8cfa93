"""The entity view: documents, entities and measures as nodes, relations as
edges (no evidence nodes) — what graph.graphml holds and graph.html draws.

Node types are the ``view`` column of ``ontology/mapping/entities.csv``,
``document``, and the measure kinds; edge labels are fact predicates,
``mentions``, ``states``, ``indicator``, ``region`` and the measure kinds'
link terms (``setsTarget``, ``hasInstrument``).
"""
from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from ..link import KnowledgeBase, LinkedMeasure
from ..mapping import entity_kinds, measure_kind
from .terms import plain_decimal

NODE_ATTRIBUTES = ("label", "type", "date", "aliases", "evidence", "doc", "kind", "value", "unit", "status",
                   "deadline", "period", "category", "genre")
EDGE_ATTRIBUTES = ("label", "evidence", "doc")
EVIDENCE_CHARS = 300

Node = tuple[str, dict[str, str]]
Edge = tuple[str, str, str, dict[str, str]]


def view_nodes(kb: KnowledgeBase) -> Iterator[Node]:
    kinds = entity_kinds()
    for d in kb.docs:
        doc = d.document
        yield f"doc/{doc.id}", {"label": doc.title or doc.id, "type": "document", "date": doc.date, "genre": doc.genre}
        for lm in d.measures:
            yield lm.id, measure_attrs(kb, lm)
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        attrs = {"label": ent.name, "type": kinds[ent.type].view, "aliases": "|".join(ent.aliases)}
        if ent.evidence:
            first = ent.evidence[0]
            attrs.update(evidence=kb.texts.exact(first)[:EVIDENCE_CHARS], doc=first.doc)
        if ent.type in ("POLICY", "REPORT"):
            attrs.update(kind=ent.attrs.get("kind", ""), date=ent.attrs.get("date", ""))
        elif ent.type == "ORG":
            attrs.update(category=ent.attrs.get("category", ""))
        yield ent.id, attrs


def measure_attrs(kb: KnowledgeBase, lm: LinkedMeasure) -> dict[str, str]:
    m = lm.measure
    q = m.quantity
    written = q.text if q is not None else ""
    label = f"{m.indicator or m.category} {written}".strip()
    attrs = {"label": label, "type": m.kind, "evidence": kb.texts.exact(lm.ref)[:EVIDENCE_CHARS], "doc": lm.ref.doc}
    if q is not None:
        attrs.update(value=plain_decimal(q.value), unit=q.unit)
    if m.kind == "target":
        attrs.update(status=lm.status, deadline=m.time)
    elif m.kind == "instrument":
        attrs.update(kind=m.category)
    else:
        attrs.update(period=m.time)
    return attrs


def view_edges(kb: KnowledgeBase) -> Iterator[Edge]:
    """Each edge (source, target, label) once: two names of one entity give one edge,
    with the first statement's evidence."""
    seen: set[tuple[str, str, str]] = set()
    for (st, s, p, ot, o), refs in sorted(kb.statements.items()):
        if ot in ("DATE", "TEXT"):
            continue
        u = f"doc/{s}" if st == "DOCUMENT" else kb.entity_id(st, s)
        v = kb.entity_id(ot, o)
        if u and v and (u, v, p) not in seen:
            seen.add((u, v, p))
            r = refs[0]
            yield u, v, p, {"label": p, "evidence": kb.texts.exact(r)[:EVIDENCE_CHARS], "doc": r.doc}
    del seen
    forms = kb.forms
    for d in kb.docs:
        doc = f"doc/{d.document.id}"
        mentioned = (kb.entity_id(forms[index][1], forms[index][2]) for index in dict.fromkeys(d.spans[2::3]))
        for ent in dict.fromkeys(mentioned):
            if ent:
                yield doc, ent, "mentions", {"label": "mentions"}
        for lm in d.measures:
            m = lm.measure
            yield doc, lm.id, "states", {"label": "states"}
            if lm.indicator:
                yield lm.id, kb.entity_id("INDICATOR", lm.indicator), "indicator", {"label": "indicator"}
            if m.region and kb.entity_id("REGION", m.region):
                yield lm.id, kb.entity_id("REGION", m.region), "region", {"label": "region"}
            link = measure_kind(m.kind).link
            if lm.policy and link:
                name = link.split(":", 1)[1]
                yield kb.entity_id("POLICY", lm.policy), lm.id, name, {"label": name}


def networkx_view(kb: KnowledgeBase) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_nodes_from(view_nodes(kb))
    for u, v, key, attrs in view_edges(kb):
        g.add_edge(u, v, key=key, **attrs)
    return g

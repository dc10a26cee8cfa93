"""Graph stage: the linked knowledge base -> an rdflib ``Graph`` in the
policykg ontology (DESIGN.md §3), with provenance for every extracted fact,
and a networkx view of the entities and their relations.

IRIs are stable and readable: ``id:policy/<normalised title>``,
``id:org/miit``, ``id:region/guangdong``, ``id:target/<doc>-<offset>``,
``id:evidence/<doc>/<start>-<end>``.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from functools import lru_cache

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .link import Entity, KnowledgeBase, policy_date, slug
from .records import Evidence

PKG = Namespace("https://w3id.org/policykg#")
ID = Namespace("https://w3id.org/policykg/id/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
QB = Namespace("http://purl.org/linked-data/cube#")

PREFIXES = {
    "pkg": PKG, "id": ID, "eli": ELI, "org": ORG, "oa": OA, "qb": QB,
    "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "xsd": XSD,
}


class _TermCache:
    """A namespace whose terms are made once: rdflib builds (and validates) a
    new URIRef on every ``NS.name``, which dominated building big graphs."""

    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._ns, name)
        self.__dict__[name] = term
        return term


_RDF, _XSD, _PROV, _SKOS, _DCTERMS = (_TermCache(ns) for ns in (RDF, XSD, PROV, SKOS, DCTERMS))
_PKG, _ELI, _ORG, _OA, _QB = (_TermCache(ns) for ns in (PKG, ELI, ORG, OA, QB))
_ID_BASE = str(ID)
_new_uri = str.__new__


@lru_cache(maxsize=200_000)
def lit(value, datatype=None, lang=None) -> Literal:
    """``Literal(value, datatype=…, lang=…)``, memoised (the same dates, units,
    numbers and labels recur thousands of times in a big corpus)."""
    return Literal(value, datatype=datatype, lang=lang)


CLASS = {
    "POLICY": _PKG.Policy, "REPORT": _PKG.Report, "ORG": _ORG.Organization,
    "PLATFORM": _PKG.Platform, "REGION": _PKG.Region, "INDICATOR": _PKG.Indicator,
}
PREDICATE = {
    "issued_by": _ELI.passed_by, "operated_by": _PKG.operatedBy, "sub_organization_of": _ORG.subOrganizationOf,
    "interprets": _PKG.interprets, "implements": _PKG.implements, "cites": _ELI.cites,
}


def iri(path: str) -> URIRef:
    return _new_uri(URIRef, _ID_BASE + path)  # = ID[path], without rdflib's per-IRI validation


def zh(text: str) -> Literal:
    return lit(text, lang="zh")


def date_literal(value: str) -> Literal:
    if len(value) == 4:
        return lit(value, datatype=_XSD.gYear)
    if len(value) == 7:
        return lit(value, datatype=_XSD.gYearMonth)
    return lit(value, datatype=_XSD.date)


def decimal_literal(value: Decimal) -> Literal:
    return lit(plain_decimal(value), datatype=_XSD.decimal)


def plain_decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


class TripleSet:
    """The triples of the graph as a plain Python set of rdflib terms.

    ``add``/``in``/``len``/iteration like an rdflib ``Graph``, without the
    cost of rdflib's indexed store: the build only needs the triples once, to
    serialize them (see :func:`write_turtle`)."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: set = set()

    def add(self, triple) -> None:
        self.triples.add(triple)

    def __contains__(self, triple) -> bool:
        return triple in self.triples

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self):
        return iter(self.triples)


def build_graph(kb: KnowledgeBase) -> Graph:
    """The knowledge base as an rdflib ``Graph`` (prefixes bound)."""
    g = new_graph()
    for triple in graph_triples(kb):
        g.add(triple)
    return g


def graph_triples(kb: KnowledgeBase) -> TripleSet:
    """The knowledge base as a set of triples (what ``build_graph`` holds)."""
    g = TripleSet()
    for doc in kb.documents:
        add_document(g, doc)
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        add_entity(g, kb, ent)
    for m, ent_id in kb.mentions:
        if ent_id:
            g.add((iri(f"doc/{m.doc}"), _PKG.mentions, iri(ent_id)))
    for subj, pred, obj, ev in kb.facts:
        add_fact(g, iri(subj), PREDICATE[pred], iri(obj), ev)
    for policy_id, claims in kb.dates.items():
        for claim in claims:
            add_statement(g, iri(policy_id), _ELI.date_document, date_literal(claim.value), claim.evidence)
    for lm in kb.measures:
        add_measure(g, kb, lm)
    return g


def add_document(g: Graph, doc) -> None:
    node = iri(f"doc/{doc.id}")
    g.add((node, _RDF.type, _PKG.SourceDocument))
    g.add((node, _DCTERMS.identifier, lit(doc.id)))
    g.add((node, _PKG.path, lit(doc.path)))
    g.add((node, _PKG.chars, lit(doc_chars(doc), datatype=_XSD.integer)))
    if doc.title:
        g.add((node, _DCTERMS.title, zh(doc.title)))
    if doc.date:
        g.add((node, _DCTERMS.date, date_literal(doc.date)))


def doc_chars(doc) -> int:
    """The length of a document's text (also for text-less copies that keep it in ``chars``)."""
    chars = getattr(doc, "chars", None)
    return chars if chars is not None else len(doc.text)


def add_entity(g: Graph, kb: KnowledgeBase, ent: Entity) -> None:
    node = iri(ent.id)
    g.add((node, _RDF.type, CLASS[ent.type]))
    g.add((node, _SKOS.prefLabel, zh(ent.name)))
    for alias in ent.aliases:
        g.add((node, _SKOS.altLabel, zh(alias)))
    for ev in ent.evidence[:1]:
        g.add((node, _PROV.wasDerivedFrom, add_evidence(g, ev)))
    if ent.type in ("POLICY", "REPORT"):
        g.add((node, _ELI.title, zh(ent.name)))
        kind = "report" if ent.type == "REPORT" else (ent.attrs.get("kind") or "policy")
        g.add((node, _PKG.policyKind, lit(kind)))
        if ent.type == "POLICY":
            date = policy_date(kb, ent.id)
            if date:
                g.add((node, _ELI.date_document, date_literal(date)))
    elif ent.type == "ORG":
        g.add((node, _PKG.category, lit(ent.attrs.get("category") or "other")))
        if ent.attrs.get("parent_id"):
            g.add((node, _ORG.subOrganizationOf, iri(ent.attrs["parent_id"])))
    elif ent.type == "PLATFORM":
        if ent.attrs.get("operator_id"):
            g.add((node, _PKG.operatedBy, iri(ent.attrs["operator_id"])))
    elif ent.type == "REGION":
        level = ent.attrs.get("level") or "city"
        g.add((node, _PKG.regionLevel, lit(level)))
        if level == "city" and ent.attrs.get("province"):
            g.add((node, _PKG.partOf, iri(region_id(kb, ent.attrs["province"]))))
        for member in filter(None, ent.attrs.get("members", "").split("|")):
            g.add((iri(region_id(kb, member)), _PKG.partOf, node))


def region_id(kb: KnowledgeBase, name: str) -> str:
    memo = kb.__dict__.setdefault("_region_ids", {})
    ident = memo.get(name)
    if ident is None:
        ident = memo[name] = _region_id(kb, name)
    return ident


def _region_id(kb: KnowledgeBase, name: str) -> str:
    from .vocab import load_vocabulary

    entry = load_vocabulary().region(name)
    ent = kb.get("REGION", entry.name if entry else name)
    return ent.id if ent else f"region/{slug(name)}"


def add_evidence(g: Graph, ev: Evidence) -> URIRef:
    node = iri(f"evidence/{ev.doc}/{ev.start}-{ev.end}")
    if (node, _RDF.type, _PKG.Evidence) in g:
        return node
    sel = iri(f"evidence/{ev.doc}/{ev.start}-{ev.end}/selector")
    g.add((node, _RDF.type, _PKG.Evidence))
    g.add((node, _OA.hasSource, iri(f"doc/{ev.doc}")))
    g.add((node, _OA.hasSelector, sel))
    g.add((sel, _RDF.type, _OA.TextPositionSelector))
    g.add((sel, _RDF.type, _OA.TextQuoteSelector))
    g.add((sel, _OA.start, lit(ev.start, datatype=_XSD.nonNegativeInteger)))
    g.add((sel, _OA.end, lit(ev.end, datatype=_XSD.nonNegativeInteger)))
    g.add((sel, _OA.exact, lit(ev.text)))
    return node


def add_fact(g: Graph, s: URIRef, p: URIRef, o: URIRef, ev: Evidence) -> None:
    g.add((s, p, o))
    add_statement(g, s, p, o, ev)


def add_statement(g: Graph, s, p, o, ev: Evidence) -> None:
    digest = hashlib.sha1(f"{s}|{p}|{o}".encode()).hexdigest()[:12]
    node = iri(f"fact/{digest}")
    g.add((node, _RDF.type, _RDF.Statement))
    g.add((node, _RDF.subject, s))
    g.add((node, _RDF.predicate, p))
    g.add((node, _RDF.object, o))
    g.add((node, _PROV.wasDerivedFrom, add_evidence(g, ev)))


def add_measure(g: Graph, kb: KnowledgeBase, lm) -> None:
    m = lm.measure
    node = iri(lm.id)
    cls = {"target": _PKG.Target, "observation": _PKG.Observation, "forecast": _PKG.Forecast}[m.kind]
    g.add((node, _RDF.type, cls))
    g.add((node, _PKG.indicator, iri(lm.indicator)))
    g.add((node, _PKG.unit, lit(m.quantity.unit)))
    g.add((node, _PKG.comparator, lit(m.quantity.comparator)))
    for ev in lm.evidence:
        g.add((node, _PROV.wasDerivedFrom, add_evidence(g, ev)))
    if m.region:
        g.add((node, _PKG.region, iri(region_id(kb, m.region))))
    if m.kind == "target":
        g.add((node, _PKG.targetValue, decimal_literal(m.quantity.value)))
        g.add((node, _PKG.status, lit(lm.status)))
        if m.time:
            g.add((node, _PKG.deadline, date_literal(m.time)))
        if lm.policy:
            g.add((iri(lm.policy), _PKG.setsTarget, node))
        elif m.issuer:
            ent = kb.get("ORG", m.issuer)
            if ent:
                g.add((node, _PKG.setBy, iri(ent.id)))
        for obs in lm.assessed_by:
            g.add((node, _PKG.assessedBy, iri(obs)))
    else:
        g.add((node, _PKG.value, decimal_literal(m.quantity.value)))
        if m.time:
            g.add((node, _PKG.refPeriod, date_literal(m.time)))
        if m.subject:
            ent = kb.get("ORG", m.subject)
            if ent:
                g.add((node, _PKG.subject, iri(ent.id)))


# ---------------------------------------------------------------- networkx view


def networkx_view(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """Entities, documents and measures as nodes; relations as edges (no evidence nodes)."""
    g = nx.MultiDiGraph()
    for doc in kb.documents:
        g.add_node(f"doc/{doc.id}", label=doc.title or doc.id, type="document", date=doc.date)
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        attrs = dict(label=ent.name, type=ent.type.lower(), aliases="|".join(ent.aliases))
        if ent.evidence:
            attrs.update(evidence=ent.evidence[0].text[:300], doc=ent.evidence[0].doc)
        if ent.type == "POLICY":
            attrs.update(kind=ent.attrs.get("kind", ""), date=policy_date(kb, ent.id))
        elif ent.type == "ORG":
            attrs.update(kind=ent.attrs.get("category", ""))
        g.add_node(ent.id, **attrs)
    seen = set()
    for m, ent_id in kb.mentions:
        if ent_id and (m.doc, ent_id) not in seen:
            seen.add((m.doc, ent_id))
            g.add_edge(f"doc/{m.doc}", ent_id, key="mentions", label="mentions")
    for subj, pred, obj, ev in kb.facts:
        if not g.has_edge(subj, obj, key=pred):
            g.add_edge(subj, obj, key=pred, label=pred, evidence=ev.text[:200], doc=ev.doc)
    for lm in kb.measures:
        m = lm.measure
        when = {"deadline": m.time} if m.kind == "target" else {"period": m.time}
        g.add_node(lm.id, label=f"{m.indicator} {m.quantity.text}", type=m.kind, value=plain_decimal(m.quantity.value),
                   unit=m.quantity.unit, evidence=lm.evidence[0].text[:300], doc=lm.evidence[0].doc,
                   **({"status": lm.status} if m.kind == "target" else {}), **when)
        g.add_edge(lm.id, lm.indicator, key="indicator", label="indicator")
        g.add_edge(f"doc/{lm.evidence[0].doc}", lm.id, key="states", label="states")
        if lm.policy:
            g.add_edge(lm.policy, lm.id, key="setsTarget", label="setsTarget")
    return g

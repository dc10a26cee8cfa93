"""Graph stage: the linked knowledge base -> the triples of the policykg
ontology (DESIGN.md §3), with provenance for every extracted fact, and a
view of the entities and their relations (:class:`EntityView`, or as a
networkx graph).

IRIs are stable and readable: ``id:policy/<normalised title>``,
``id:org/miit``, ``id:region/guangdong``, ``id:target/<doc>-<offset>``,
``id:evidence/<doc>/<start>-<end>``.

The triples are made directly as Turtle text (``<…/id/org/miit>``,
``pkg:Policy``, ``"工信部"@zh``) and kept grouped by subject
(:class:`TurtleGraph`): that is what ``export`` writes, sorted, and it
needs no rdflib term objects, no triple index and no second copy of the
graph to spell the terms. :func:`build_graph` gives the same triples as an rdflib
``Graph`` for other uses.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from functools import lru_cache

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, Namespace
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
TURTLE_PREFIXES = sorted((p, str(ns)) for p, ns in {**PREFIXES, "rdf": RDF}.items())


# ---------------------------------------------------------------- terms spelled as Turtle

_NS_BY_LENGTH = sorted(TURTLE_PREFIXES, key=lambda item: -len(item[1]))
_ID_BASE = str(ID)
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_UNSAFE = re.compile(r'[\\"\x00-\x1f\x7f]')


def turtle_iri(iri: str) -> str:
    """``prefix:local`` when a known namespace and a plain local name allow it, else ``<iri>``."""
    for prefix, ns in _NS_BY_LENGTH:
        if iri.startswith(ns):
            local = iri[len(ns):]
            if _LOCAL_NAME.fullmatch(local):
                return f"{prefix}:{local}"
            break
    return full_iri(iri)


def full_iri(iri: str) -> str:
    """``<iri>``, characters Turtle does not allow in an IRI percent-encoded."""
    if _IRI_UNSAFE.search(iri):
        iri = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), iri)
    return f"<{iri}>"


def iri(path: str) -> str:
    """The IRI ``id:<path>`` in Turtle (= ``turtle_iri(ID + path)``: no other
    namespace starts with the id namespace)."""
    if _LOCAL_NAME.fullmatch(path):
        return f"id:{path}"
    return full_iri(_ID_BASE + path)


def string_literal(text: str) -> str:
    """A plain string literal (xsd:string, written without a datatype)."""
    if _STRING_UNSAFE.search(text):
        text = _STRING_UNSAFE.sub(lambda m: _STRING_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)
    return f'"{text}"'


def zh(text: str) -> str:
    return string_literal(text) + "@zh"


@lru_cache(maxsize=50_000)
def typed_literal(value: str, datatype: str) -> str:
    """``"value"^^datatype``, memoised (the same dates and numbers recur
    thousands of times in a big corpus)."""
    return string_literal(lexical_form(value, datatype)) + "^^" + turtle_iri(datatype)


@lru_cache(maxsize=50_000)
def lexical_form(value: str, datatype: str) -> str:
    """rdflib's lexical form of ``value`` as a ``datatype`` literal (what an
    rdflib ``Literal`` would be written as: rdflib normalises some values)."""
    return str(Literal(value, datatype=datatype))


def integer_literal(value: int, datatype: str) -> str:
    """An integer literal (offsets, lengths), ``datatype`` spelled as Turtle
    (``_XSD.integer``); its lexical form is ``str(value)``, as rdflib's."""
    return f'"{value}"^^{datatype}'


_GYEAR, _GYEAR_MONTH, _DATE, _DECIMAL = (str(XSD[name]) for name in ("gYear", "gYearMonth", "date", "decimal"))


def date_literal(value: str) -> str:
    return typed_literal(value, date_type(value))


def date_type(value: str) -> str:
    """The XSD type of an ISO date as precise as known: 2021, 2021-12, 2021-12-05."""
    if len(value) == 4:
        return _GYEAR
    if len(value) == 7:
        return _GYEAR_MONTH
    return _DATE


@lru_cache(maxsize=50_000)
def decimal_literal(value: Decimal) -> str:
    return typed_literal(plain_decimal(value), _DECIMAL)


def plain_decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


class Vocabulary:
    """The terms of one namespace spelled as Turtle (``_PKG.Policy`` ->
    ``pkg:Policy``), each spelled once. Vocabulary terms are always prefixed
    names, so as predicates they sort after ``a`` (``TYPE``), as Turtle
    writers list them."""

    def __init__(self, ns: Namespace) -> None:
        self._ns = str(ns)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        text = turtle_iri(self._ns + name)
        if text.startswith("<"):
            raise ValueError(f"{self._ns}{name}: not a prefixed name; expected a term of a namespace in PREFIXES")
        self.__dict__[name] = text
        return text


_RDF, _XSD, _PROV, _SKOS, _DCTERMS = (Vocabulary(ns) for ns in (RDF, XSD, PROV, SKOS, DCTERMS))
_PKG, _ELI, _ORG, _OA, _QB = (Vocabulary(ns) for ns in (PKG, ELI, ORG, OA, QB))

TYPE = "a"  # rdf:type, as Turtle writes it in the predicate position

CLASS = {
    "POLICY": _PKG.Policy, "REPORT": _PKG.Report, "ORG": _ORG.Organization,
    "PLATFORM": _PKG.Platform, "REGION": _PKG.Region, "INDICATOR": _PKG.Indicator,
}
PREDICATE_IRI = {
    "issued_by": ELI.passed_by, "operated_by": PKG.operatedBy, "sub_organization_of": ORG.subOrganizationOf,
    "interprets": PKG.interprets, "implements": PKG.implements, "cites": ELI.cites,
}
PREDICATE = {name: turtle_iri(str(term)) for name, term in PREDICATE_IRI.items()}


# ---------------------------------------------------------------- the triples


class TurtleGraph:
    """The triples as Turtle text, grouped by subject: subject -> list of
    (predicate, object). A triple added twice is kept twice here and written
    once (the writer sorts each subject's pairs and drops repeats)."""

    __slots__ = ("subjects", "_iris")

    def __init__(self) -> None:
        self.subjects: dict[str, list[tuple[str, str]]] = {}
        self._iris: dict[str, str] = {}

    def add(self, s: str, p: str, o: str) -> None:
        pairs = self.subjects.get(s)
        if pairs is None:
            self.subjects[s] = [(p, o)]
        else:
            pairs.append((p, o))

    def describe(self, s: str, *pairs: tuple[str, str]) -> None:
        """Add several triples about ``s``: (predicate, object) pairs, like Turtle's ``;``."""
        known = self.subjects.get(s)
        if known is None:
            self.subjects[s] = list(pairs)
        else:
            known.extend(pairs)

    def has_subject(self, s: str) -> bool:
        return s in self.subjects

    def iri(self, path: str) -> str:
        """``iri(path)``, memoised: for the documents and entities named again and again."""
        text = self._iris.get(path)
        if text is None:
            text = self._iris[path] = iri(path)
        return text



def build_graph(kb: KnowledgeBase) -> Graph:
    """The knowledge base as an rdflib ``Graph`` (prefixes bound): the Turtle
    that ``export`` writes, parsed."""
    from .export import turtle_text

    g = new_graph()
    g.parse(data=turtle_text(graph_triples(kb)), format="turtle")
    return g


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def graph_triples(kb: KnowledgeBase) -> TurtleGraph:
    """The knowledge base as triples in Turtle text (the order of adding does
    not matter: the writer sorts)."""
    g = TurtleGraph()
    for doc in kb.documents:
        add_document(g, doc)
    for ent in kb.entities.values():
        add_entity(g, kb, ent)
    for m, ent_id in kb.mentions:
        if ent_id:
            g.add(g.iri(f"doc/{m.doc}"), _PKG.mentions, g.iri(ent_id))
    for subj, pred, obj, ev in kb.facts:
        add_fact(g, subj, pred, obj, ev)
    for policy_id, claims in kb.dates.items():
        for claim in claims:
            add_date_claim(g, policy_id, claim.value, claim.evidence)
    for lm in kb.measures:
        add_measure(g, kb, lm)
    return g


def add_document(g: TurtleGraph, doc) -> None:
    node = g.iri(f"doc/{doc.id}")
    g.describe(node, (TYPE, _PKG.SourceDocument), (_DCTERMS.identifier, string_literal(doc.id)),
               (_PKG.path, string_literal(doc.path)), (_PKG.chars, integer_literal(doc_chars(doc), _XSD.integer)))
    if doc.title:
        g.add(node, _DCTERMS.title, zh(doc.title))
    if doc.date:
        g.add(node, _DCTERMS.date, date_literal(doc.date))


def doc_chars(doc) -> int:
    """The length of a document's text (also for text-less copies that keep it in ``chars``)."""
    chars = getattr(doc, "chars", None)
    return chars if chars is not None else len(doc.text)


def add_entity(g: TurtleGraph, kb: KnowledgeBase, ent: Entity) -> None:
    node = g.iri(ent.id)
    g.add(node, TYPE, CLASS[ent.type])
    g.add(node, _SKOS.prefLabel, zh(ent.name))
    for alias in ent.aliases:
        g.add(node, _SKOS.altLabel, zh(alias))
    for ev in ent.evidence[:1]:
        g.add(node, _PROV.wasDerivedFrom, add_evidence(g, ev))
    if ent.type in ("POLICY", "REPORT"):
        g.add(node, _ELI.title, zh(ent.name))
        kind = "report" if ent.type == "REPORT" else (ent.attrs.get("kind") or "policy")
        g.add(node, _PKG.policyKind, string_literal(kind))
        if ent.type == "POLICY":
            date = policy_date(kb, ent.id)
            if date:
                g.add(node, _ELI.date_document, date_literal(date))
    elif ent.type == "ORG":
        g.add(node, _PKG.category, string_literal(ent.attrs.get("category") or "other"))
        if ent.attrs.get("parent_id"):
            g.add(node, _ORG.subOrganizationOf, g.iri(ent.attrs["parent_id"]))
    elif ent.type == "PLATFORM":
        if ent.attrs.get("operator_id"):
            g.add(node, _PKG.operatedBy, g.iri(ent.attrs["operator_id"]))
    elif ent.type == "REGION":
        level = ent.attrs.get("level") or "city"
        g.add(node, _PKG.regionLevel, string_literal(level))
        if level == "city" and ent.attrs.get("province"):
            g.add(node, _PKG.partOf, g.iri(region_id(kb, ent.attrs["province"])))
        for member in filter(None, ent.attrs.get("members", "").split("|")):
            g.add(g.iri(region_id(kb, member)), _PKG.partOf, node)


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


def add_evidence(g: TurtleGraph, ev: Evidence) -> str:
    node = iri(f"evidence/{ev.doc}/{ev.start}-{ev.end}")
    if g.has_subject(node):
        return node
    sel = iri(f"evidence/{ev.doc}/{ev.start}-{ev.end}/selector")
    g.describe(node, (TYPE, _PKG.Evidence), (_OA.hasSource, g.iri(f"doc/{ev.doc}")), (_OA.hasSelector, sel))
    g.describe(sel, (TYPE, _OA.TextPositionSelector), (TYPE, _OA.TextQuoteSelector),
               (_OA.start, integer_literal(ev.start, _XSD.nonNegativeInteger)),
               (_OA.end, integer_literal(ev.end, _XSD.nonNegativeInteger)), (_OA.exact, string_literal(ev.text)))
    return node


def add_fact(g: TurtleGraph, subj: str, pred: str, obj: str, ev: Evidence) -> None:
    s, p, o = g.iri(subj), PREDICATE[pred], g.iri(obj)
    g.add(s, p, o)
    add_statement(g, statement_id(_ID_BASE + subj, PREDICATE_IRI[pred], _ID_BASE + obj), s, p, o, ev)


def add_date_claim(g: TurtleGraph, policy_id: str, value: str, ev: Evidence) -> None:
    """``policy eli:date_document value``, stated by ``ev`` (a reified statement only)."""
    ident = statement_id(_ID_BASE + policy_id, ELI.date_document, lexical_form(value, date_type(value)))
    add_statement(g, ident, g.iri(policy_id), _ELI.date_document, date_literal(value), ev)


def statement_id(s: str, p: str, o: str) -> str:
    """``fact/<digest>``: named by subject, predicate and object (IRIs, or the
    lexical form of a literal), so the same statement gets the same IRI."""
    return "fact/" + hashlib.sha1(f"{s}|{p}|{o}".encode()).hexdigest()[:12]


def add_statement(g: TurtleGraph, ident: str, s: str, p: str, o: str, ev: Evidence) -> None:
    g.describe(iri(ident), (TYPE, _RDF.Statement), (_RDF.subject, s), (_RDF.predicate, p), (_RDF.object, o),
               (_PROV.wasDerivedFrom, add_evidence(g, ev)))


MEASURE_CLASS = {"target": _PKG.Target, "observation": _PKG.Observation, "forecast": _PKG.Forecast}


def add_measure(g: TurtleGraph, kb: KnowledgeBase, lm) -> None:
    m = lm.measure
    node = iri(lm.id)
    g.describe(node, (TYPE, MEASURE_CLASS[m.kind]), (_PKG.indicator, g.iri(lm.indicator)),
               (_PKG.unit, string_literal(m.quantity.unit)), (_PKG.comparator, string_literal(m.quantity.comparator)),
               *((_PROV.wasDerivedFrom, add_evidence(g, ev)) for ev in lm.evidence))
    if m.region:
        g.add(node, _PKG.region, g.iri(region_id(kb, m.region)))
    if m.kind == "target":
        g.describe(node, (_PKG.targetValue, decimal_literal(m.quantity.value)), (_PKG.status, string_literal(lm.status)))
        if m.time:
            g.add(node, _PKG.deadline, date_literal(m.time))
        if lm.policy:
            g.add(g.iri(lm.policy), _PKG.setsTarget, node)
        elif m.issuer:
            ent = kb.get("ORG", m.issuer)
            if ent:
                g.add(node, _PKG.setBy, g.iri(ent.id))
        for obs in lm.assessed_by:
            g.add(node, _PKG.assessedBy, g.iri(obs))
    else:
        g.add(node, _PKG.value, decimal_literal(m.quantity.value))
        if m.time:
            g.add(node, _PKG.refPeriod, date_literal(m.time))
        if m.subject:
            ent = kb.get("ORG", m.subject)
            if ent:
                g.add(node, _PKG.subject, g.iri(ent.id))


# ---------------------------------------------------------------- entity view


class EntityView:
    """A directed multigraph of entities, documents and measures as plain
    dicts, listing its nodes and edges in the order a networkx
    ``MultiDiGraph`` built by the same calls would: nodes in order of first
    addition (an edge adds its missing ends, source first); edges by source
    node, then target in order of first edge, then key. ``export`` writes
    graph.graphml and graph.html straight from it: building the networkx graph
    of a big corpus took longer than writing it."""

    __slots__ = ("nodes", "adj")

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, str]] = {}  # node -> attributes
        self.adj: dict[str, dict[str, dict[str, dict[str, str]]]] = {}  # source -> target -> key -> attributes

    def add_node(self, node: str, **attrs: str) -> None:
        known = self.nodes.get(node)
        if known is None:
            self.nodes[node] = attrs
            self.adj[node] = {}
        else:
            known.update(attrs)

    def add_edge(self, u: str, v: str, key: str, **attrs: str) -> None:
        if u not in self.nodes:
            self.add_node(u)
        if v not in self.nodes:
            self.add_node(v)
        edges = self.adj[u].get(v)
        if edges is None:
            self.adj[u][v] = {key: attrs}
        elif key in edges:
            edges[key].update(attrs)
        else:
            edges[key] = attrs

    def has_edge(self, u: str, v: str, key: str) -> bool:
        return key in self.adj.get(u, {}).get(v, ())

    def edges(self):
        """(source, target, key, attributes) of every edge."""
        for u, targets in self.adj.items():
            for v, edges in targets.items():
                for key, attrs in edges.items():
                    yield u, v, key, attrs

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return sum(len(edges) for targets in self.adj.values() for edges in targets.values())

    def degrees(self) -> dict[str, int]:
        """Edges in and out of each node (a loop counts twice), as networkx counts them."""
        degree = dict.fromkeys(self.nodes, 0)
        for u, targets in self.adj.items():
            for v, edges in targets.items():
                degree[u] += len(edges)
                degree[v] += len(edges)
        return degree

    def to_networkx(self, keep: set | None = None) -> nx.MultiDiGraph:
        """The networkx graph; with ``keep``, the subgraph of those nodes,
        added in sorted order (as ``visualize.overview`` builds it)."""
        g = nx.MultiDiGraph()
        if keep is None:
            g.add_nodes_from(self.nodes.items())
            g.add_edges_from(self.edges())
        else:
            g.add_nodes_from((n, self.nodes[n]) for n in sorted(keep, key=str))
            g.add_edges_from((u, v, k, d) for u, targets in self.adj.items() if u in keep
                             for v, edges in targets.items() if v in keep for k, d in edges.items())
        return g


def networkx_view(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """Entities, documents and measures as nodes; relations as edges (no evidence nodes)."""
    return entity_view(kb).to_networkx()


def entity_view(kb: KnowledgeBase) -> EntityView:
    """The networkx view as an :class:`EntityView`."""
    g = EntityView()
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
        if not g.has_edge(subj, obj, pred):
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

"""Graph stage: the linked knowledge base -> the triples of the policykg
ontology (DESIGN.md §3), with provenance for every extracted fact, and a
view of the entities and their relations (as a stream of nodes and edges,
or as a networkx graph).

IRIs are stable and readable: ``id:policy/<normalised title>``,
``id:org/miit``, ``id:region/guangdong``, ``id:target/<doc>-<offset>``,
``id:evidence/<doc>/<start>-<end>``.

The triples are made directly as Turtle text (``<…/id/org/miit>``,
``pkg:Policy``, ``"工信部"@zh``), grouped by subject (:class:`TurtleGraph`),
in blocks that ``export`` writes one after the other, so that the whole
graph is never in memory:

- :func:`global_triples` and :func:`statements`: the entities, the relations
  between them and the reified statements (``fact/<digest>``) with the
  sentences stating them — what belongs to no single document;
- :func:`document_triples`: one document's node, its mentions, its targets,
  observations and forecasts, and the evidence node (with the sentence,
  read back from the document's text) of every sentence cited in it.

No subject is in two blocks. :func:`build_graph` gives the whole graph as an
rdflib ``Graph`` for other uses.

The entity view (documents, entities and measures as nodes, relations as
edges; no evidence nodes) streams the same way: :func:`view_nodes`,
:func:`view_edges` and :func:`view_degrees` go document by document;
:func:`networkx_view` builds it whole, for small corpora.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV, SKOS

from .link import DocumentLinks, Entity, KnowledgeBase, LinkedMeasure, Ref, TextReader, policy_date, slug

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
    """Triples as Turtle text, grouped by subject: subject -> list of
    (predicate, object). A triple added twice is kept twice here and written
    once (the writer sorts each subject's pairs and drops repeats).
    ``iris``: a memo of ``iri(path)`` to share between graphs."""

    __slots__ = ("subjects", "_iris")

    def __init__(self, iris: dict[str, str] | None = None) -> None:
        self.subjects: dict[str, list[tuple[str, str]]] = {}
        self._iris: dict[str, str] = {} if iris is None else iris

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
    g.parse(data=turtle_text(kb), format="turtle")
    return g


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def global_triples(kb: KnowledgeBase, iris: dict[str, str] | None = None) -> TurtleGraph:
    """The triples about entities: their descriptions (each citing its first
    sentence), their relations and the targets of each policy. The evidence
    nodes, and the relations of a document (it interprets a policy …), are
    in the documents' blocks."""
    g = TurtleGraph(iris)
    for ent in kb.entities.values():
        add_entity(g, kb, ent)
    for s, p, o in {(f.subject, f.predicate, f.object): None for d in kb.docs for f in d.facts if not is_document(f.subject)}:
        g.add(g.iri(s), PREDICATE[p], g.iri(o))
    for lm in kb.measures:
        if lm.policy:
            g.add(g.iri(lm.policy), _PKG.setsTarget, iri(lm.id))
    return g


class Statement(NamedTuple):
    """A reified statement: subject, predicate and object in Turtle, and the sentences stating it."""

    subject: str
    predicate: str
    object: str
    evidence: list[Ref]


def statements(kb: KnowledgeBase) -> dict[str, Statement]:
    """Turtle subject (``id:fact/<digest>``) -> :class:`Statement`, for every
    relation and every issue date claimed for a policy."""
    out: dict[str, Statement] = {}
    by_triple: dict[tuple[str, str, str], Statement] = {}
    for d in kb.docs:
        for f in d.facts:
            st = by_triple.get((f.subject, f.predicate, f.object))
            if st is None:
                node = iri(statement_id(_ID_BASE + f.subject, PREDICATE_IRI[f.predicate], _ID_BASE + f.object))
                st = out.setdefault(node, Statement(iri(f.subject), PREDICATE[f.predicate], iri(f.object), []))
                by_triple[(f.subject, f.predicate, f.object)] = st
            st.evidence.append(f.evidence)
    for policy_id, claims in kb.dates.items():
        for claim in claims:
            value = claim.value
            node = iri(statement_id(_ID_BASE + policy_id, ELI.date_document, lexical_form(value, date_type(value))))
            out.setdefault(node, Statement(iri(policy_id), _ELI.date_document, date_literal(value), [])).evidence.append(claim.evidence)
    return out


def statement_pairs(st: Statement) -> list[tuple[str, str]]:
    """The (predicate, object) pairs of a statement node."""
    return [(TYPE, _RDF.Statement), (_RDF.subject, st.subject), (_RDF.predicate, st.predicate),
            (_RDF.object, st.object), *((_PROV.wasDerivedFrom, evidence_iri(r)) for r in st.evidence)]


def statement_id(s: str, p: str, o: str) -> str:
    """``fact/<digest>``: named by subject, predicate and object (IRIs, or the
    lexical form of a literal), so the same statement gets the same IRI."""
    return "fact/" + hashlib.sha1(f"{s}|{p}|{o}".encode()).hexdigest()[:12]


def cited_sentences(kb: KnowledgeBase) -> dict[str, list[Ref]]:
    """Document id -> the sentences of it that entities (their first) and
    issue-date claims cite: their evidence nodes go in the document's block."""
    cited: dict[str, list[Ref]] = defaultdict(list)
    for ent in kb.entities.values():
        for r in ent.evidence[:1]:
            cited[r.doc].append(r)
    for claims in kb.dates.values():
        for claim in claims:
            cited[claim.evidence.doc].append(claim.evidence)
    return cited


def document_triples(kb: KnowledgeBase, d: DocumentLinks, cited: Iterable[Ref] = (),
                     iris: dict[str, str] | None = None) -> TurtleGraph:
    """The triples of one document: its node, the entities it mentions and
    its relations, its measures, and the evidence nodes of its facts' and
    measures' sentences and of the ``cited`` ones (see :func:`cited_sentences`)."""
    g = TurtleGraph(iris)
    add_document(g, d.document)
    node = g.iri(f"doc/{d.id}")
    for ent_id in mentioned_entities(kb, d):
        g.add(node, _PKG.mentions, g.iri(ent_id))
    for f in d.facts:
        if is_document(f.subject):
            g.add(g.iri(f.subject), PREDICATE[f.predicate], g.iri(f.object))
    for r in cited:
        add_evidence(g, kb.texts, r)
    for f in d.facts:
        add_evidence(g, kb.texts, f.evidence)
    for lm in kb.measures_by_doc.get(d.id, ()):
        add_measure(g, kb, lm)
    return g


def is_document(node: str) -> bool:
    """Whether ``node`` (an id) is a document's (``doc/<id>``), not an entity's."""
    return node.startswith("doc/")


def mentioned_entities(kb: KnowledgeBase, d: DocumentLinks) -> list[str]:
    """The ids of the entities ``d`` mentions, in order of first mention."""
    ids = kb.form_entities
    return [ent_id for ent_id in dict.fromkeys(ids[form] for form in d.mentions[2::3]) if ent_id]


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
    for r in ent.evidence[:1]:
        g.add(node, _PROV.wasDerivedFrom, evidence_iri(r))
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
    """The id of the region entity ``name`` (by its vocabulary name), memoised in the knowledge base."""
    ident = kb.region_ids.get(name)
    if ident is None:
        ident = kb.region_ids[name] = _region_id(kb, name)
    return ident


def _region_id(kb: KnowledgeBase, name: str) -> str:
    from .vocab import load_vocabulary

    entry = load_vocabulary().region(name)
    ent = kb.get("REGION", entry.name if entry else name)
    return ent.id if ent else f"region/{slug(name)}"


def evidence_iri(r: Ref) -> str:
    return iri(f"evidence/{r.doc}/{r.start}-{r.end}")


def add_evidence(g: TurtleGraph, texts: TextReader, r: Ref) -> str:
    """Describe the evidence node of sentence ``r`` (once) with its text; returns the node."""
    node = evidence_iri(r)
    if g.has_subject(node):
        return node
    sel = iri(f"evidence/{r.doc}/{r.start}-{r.end}/selector")
    g.describe(node, (TYPE, _PKG.Evidence), (_OA.hasSource, g.iri(f"doc/{r.doc}")), (_OA.hasSelector, sel))
    g.describe(sel, (TYPE, _OA.TextPositionSelector), (TYPE, _OA.TextQuoteSelector),
               (_OA.start, integer_literal(r.start, _XSD.nonNegativeInteger)),
               (_OA.end, integer_literal(r.end, _XSD.nonNegativeInteger)), (_OA.exact, string_literal(texts.exact(r))))
    return node


MEASURE_CLASS = {"target": _PKG.Target, "observation": _PKG.Observation, "forecast": _PKG.Forecast}


def add_measure(g: TurtleGraph, kb: KnowledgeBase, lm: LinkedMeasure) -> None:
    """A measure's own triples and its sentences' evidence nodes (the
    policy's ``pkg:setsTarget`` is among the global triples)."""
    node = iri(lm.id)
    g.describe(node, (TYPE, MEASURE_CLASS[lm.kind]), (_PKG.indicator, g.iri(lm.indicator)),
               (_PKG.unit, string_literal(lm.unit)), (_PKG.comparator, string_literal(lm.comparator)),
               *((_PROV.wasDerivedFrom, add_evidence(g, kb.texts, r)) for r in lm.sentences))
    if lm.region:
        g.add(node, _PKG.region, g.iri(region_id(kb, lm.region)))
    if lm.kind == "target":
        g.describe(node, (_PKG.targetValue, decimal_literal(lm.value)), (_PKG.status, string_literal(lm.status)))
        if lm.time:
            g.add(node, _PKG.deadline, date_literal(lm.time))
        if not lm.policy and lm.issuer:
            ent = kb.get("ORG", lm.issuer)
            if ent:
                g.add(node, _PKG.setBy, g.iri(ent.id))
        for obs in lm.assessed_by:
            g.add(node, _PKG.assessedBy, g.iri(obs))
    else:
        g.add(node, _PKG.value, decimal_literal(lm.value))
        if lm.time:
            g.add(node, _PKG.refPeriod, date_literal(lm.time))
        if lm.subject:
            ent = kb.get("ORG", lm.subject)
            if ent:
                g.add(node, _PKG.subject, g.iri(ent.id))


# ---------------------------------------------------------------- entity view

# every attribute a node or an edge of the view can have (graph.graphml declares them)
NODE_ATTRIBUTES = ("label", "type", "date", "aliases", "evidence", "doc", "kind", "value", "unit", "status", "deadline", "period")
EDGE_ATTRIBUTES = ("label", "evidence", "doc")

Node = tuple[str, dict[str, str]]  # node id, attributes
Edge = tuple[str, str, str, dict[str, str]]  # source, target, key, attributes


def view_nodes(kb: KnowledgeBase, keep: Container[str] | None = None) -> Iterator[Node]:
    """Every node of the entity view and its attributes (only those in
    ``keep``, when given), in the order of :func:`view_node_groups`."""
    for _, nodes in view_node_groups(kb, keep):
        yield from nodes


def view_node_groups(kb: KnowledgeBase, keep: Container[str] | None = None) -> Iterator[tuple[str, Iterator[Node]]]:
    """The nodes of the entity view in groups, document by document: the
    document and its measures (a group made from that document alone:
    tagged with its id), then the entities first named in it; then the
    entities named in no sentence and the nodes that only relations point
    at (groups tagged ""). Each group is made as it is consumed."""
    wanted = (lambda node: True) if keep is None else keep.__contains__  # noqa: E731
    named_in = entities_by_first_document(kb)
    for d in kb.docs:
        yield d.id, document_nodes(kb, d, wanted)
        yield "", ((ent.id, entity_attrs(kb, ent)) for ent in named_in.pop(d.id, ()) if wanted(ent.id))
    yield "", ((ent.id, entity_attrs(kb, ent)) for ents in named_in.values() for ent in ents if wanted(ent.id))
    yield "", ((node, {}) for node in bare_nodes(kb) if wanted(node))


def document_nodes(kb: KnowledgeBase, d: DocumentLinks, wanted: Callable[[str], bool]) -> Iterator[Node]:
    """A document's node and its measure nodes (those ``wanted``)."""
    node = f"doc/{d.id}"
    if wanted(node):
        yield node, document_attrs(d.document)
    yield from measure_nodes(kb, d, wanted).items()


def view_edges(kb: KnowledgeBase, evidence: bool = True, keep: Container[str] | None = None) -> Iterator[Edge]:
    """Every edge of the entity view and its attributes, in the order of :func:`view_edge_groups`."""
    for _, edges in view_edge_groups(kb, evidence, keep):
        yield from edges


def view_edge_groups(kb: KnowledgeBase, evidence: bool = True,
                     keep: Container[str] | None = None) -> Iterator[tuple[str, Iterator[Edge]]]:
    """The edges of the entity view (only those between nodes in ``keep``,
    when given) in groups, document by document: its mentions and its
    measures' edges (a group made from that document alone: tagged with its
    id), then the relations first stated in it (tagged "", with the sentence
    unless ``evidence`` is False)."""
    stated_in = relations_by_document(kb)
    for d in kb.docs:
        stated = stated_in.pop(d.id, ())
        if keep is None:
            yield d.id, document_edges(kb, d)
        else:
            yield d.id, (e for e in document_edges(kb, d) if e[0] in keep and e[1] in keep)
            stated = [(e, r) for e, r in stated if e[0] in keep and e[1] in keep]
        yield "", relation_edges_of(kb, stated, evidence)


def relation_edges_of(kb: KnowledgeBase, stated: Iterable[tuple[tuple[str, str, str], Ref]], evidence: bool) -> Iterator[Edge]:
    """The view's edges of relations ((subject, object, predicate), first sentence)."""
    for (u, v, predicate), r in stated:
        attrs = {"label": predicate}
        if evidence:
            attrs.update(evidence=kb.texts.exact(r)[:200], doc=r.doc)
        yield u, v, predicate, attrs


def document_edges(kb: KnowledgeBase, d: DocumentLinks) -> Iterator[Edge]:
    """A document's ``mentions`` edges and its measures' edges (see :func:`measure_edges`)."""
    doc = f"doc/{d.id}"
    for ent_id in mentioned_entities(kb, d):
        yield doc, ent_id, "mentions", {"label": "mentions"}
    for u, v, key in measure_edges(kb, d):
        yield u, v, key, {"label": key}


def measure_edges(kb: KnowledgeBase, d: DocumentLinks) -> dict[tuple[str, str, str], None]:
    """The distinct (source, target, key) edges of a document's measures:
    measure -> indicator ``indicator``, document -> measure ``states``,
    policy -> target ``setsTarget`` (a measure id given twice in a
    document is one node)."""
    doc = f"doc/{d.id}"
    edges: dict[tuple[str, str, str], None] = {}
    for lm in kb.measures_by_doc.get(d.id, ()):
        node = lm.id
        edges[(node, lm.indicator, "indicator")] = None
        edges[(doc, node, "states")] = None
        if lm.policy:
            edges[(lm.policy, node, "setsTarget")] = None
    return edges


def view_degrees(kb: KnowledgeBase) -> Iterator[tuple[str, str | None, int]]:
    """(node, type, degree) of every node of the view (a loop counts twice):
    each document's measures as soon as the document is done (all their
    edges come from it), the documents, entities and other nodes at the end."""
    degree: Counter = Counter()
    for u, v, _ in relation_edges(kb):
        degree[u] += 1
        degree[v] += 1
    for d in kb.docs:
        mentioned = mentioned_entities(kb, d)
        degree[f"doc/{d.id}"] += len(mentioned)
        degree.update(mentioned)
        local: Counter = Counter()  # the document's measure nodes
        for u, v, key in measure_edges(kb, d):
            measure, other = (u, v) if key == "indicator" else (v, u)
            local[measure] += 1
            degree[other] += 1
        for node, n in local.items():
            yield node, node.split("/", 1)[0], n  # a measure id starts with its kind
    for d in kb.docs:
        yield f"doc/{d.id}", "document", degree[f"doc/{d.id}"]
    for ent in kb.entities.values():
        yield ent.id, ent.type.lower(), degree[ent.id]
    for node in bare_nodes(kb):
        yield node, None, degree[node]


def entities_by_first_document(kb: KnowledgeBase) -> dict[str, list[Entity]]:
    """Document id -> the entities whose first sentence is in it (by id);
    "" -> the entities without one."""
    named_in: dict[str, list[Entity]] = defaultdict(list)
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        named_in[ent.evidence[0].doc if ent.evidence else ""].append(ent)
    return named_in


def relation_edges(kb: KnowledgeBase) -> dict[tuple[str, str, str], Ref]:
    """The view's relation edges, one per related pair and predicate:
    (subject, object, predicate) -> the first sentence stating it."""
    first: dict[tuple[str, str, str], Ref] = {}
    for d in kb.docs:
        for f in d.facts:
            first.setdefault((f.subject, f.object, f.predicate), f.evidence)
    return first


def relations_by_document(kb: KnowledgeBase) -> dict[str, list[tuple[tuple[str, str, str], Ref]]]:
    """Document id -> the view's relation edges ((subject, object, predicate),
    sentence) whose first sentence is in it."""
    stated_in: dict[str, list[tuple[tuple[str, str, str], Ref]]] = defaultdict(list)
    for edge, r in relation_edges(kb).items():
        stated_in[r.doc].append((edge, r))
    return stated_in


def bare_nodes(kb: KnowledgeBase) -> list[str]:
    """Nodes that relations point at but that are neither documents nor
    entities (a document that is not in the corpus)."""
    known = {f"doc/{d.id}" for d in kb.docs}
    known.update(e.id for e in kb.entities.values())
    return list(dict.fromkeys(end for d in kb.docs for f in d.facts for end in (f.subject, f.object) if end not in known))


def document_attrs(doc) -> dict[str, str]:
    return {"label": doc.title or doc.id, "type": "document", "date": doc.date}


def entity_attrs(kb: KnowledgeBase, ent: Entity) -> dict[str, str]:
    attrs = {"label": ent.name, "type": ent.type.lower(), "aliases": "|".join(ent.aliases)}
    if ent.evidence:
        first = ent.evidence[0]
        attrs.update(evidence=kb.texts.exact(first)[:300], doc=first.doc)
    if ent.type == "POLICY":
        attrs.update(kind=ent.attrs.get("kind", ""), date=policy_date(kb, ent.id))
    elif ent.type == "ORG":
        attrs.update(kind=ent.attrs.get("category", ""))
    return attrs


def measure_nodes(kb: KnowledgeBase, d: DocumentLinks, wanted=lambda node: True) -> dict[str, dict[str, str]]:
    """A document's measure nodes (those ``wanted``) and their attributes; a
    measure id given twice in the document is one node, later attributes winning."""
    nodes: dict[str, dict[str, str]] = {}
    for lm in kb.measures_by_doc.get(d.id, ()):
        node = lm.id
        if wanted(node):
            nodes.setdefault(node, {}).update(measure_attrs(kb.texts, lm))
    return nodes


def measure_attrs(texts: TextReader, lm: LinkedMeasure) -> dict[str, str]:
    attrs = {"label": f"{lm.wording} {lm.written}", "type": lm.kind, "value": plain_decimal(lm.value), "unit": lm.unit,
             "evidence": texts.exact(lm.evidence)[:300], "doc": lm.evidence.doc}
    if lm.kind == "target":
        attrs.update(status=lm.status, deadline=lm.time)
    else:
        attrs.update(period=lm.time)
    return attrs


def networkx_view(kb: KnowledgeBase, keep: Container[str] | None = None) -> nx.MultiDiGraph:
    """The entity view as a networkx graph (for small corpora: it holds every
    node's attributes); with ``keep``, the subgraph of those nodes, added in
    sorted order."""
    g = nx.MultiDiGraph()
    nodes = view_nodes(kb, keep)
    g.add_nodes_from(nodes if keep is None else sorted(nodes, key=lambda n: str(n[0])))
    g.add_edges_from(view_edges(kb, keep=keep))
    return g

"""The networkx views the graph page is drawn from, and the cuts ``policykg viz`` makes.

A view is a ``networkx.MultiDiGraph``: nodes carry ``type`` (policy, org,
target, …), ``label`` and details (date, aliases, evidence, doc, kind, value,
unit, status, deadline, period); edges carry ``label``, the relation. Edge
labels are made canonical with ``ontology/view.yaml`` (``passed_by`` and
``issued_by`` are one relation), so the page and ``--around`` need not know
which writer made the view.

``viz`` reads a graph_out folder (its graph.graphml, else graph.ttl) or an RDF
file (.ttl …); from RDF the view carries each entity's details and evidence.
"""
from __future__ import annotations

import re
import unicodedata
from collections import deque
from pathlib import Path

import networkx as nx

from ..errors import GraphNotFoundError, QueryError
from ..query.matching import normalise, score_normalised
from .viewspec import ViewSpec, view_spec


def load_view(graph: str | Path) -> nx.MultiDiGraph:
    """A graph_out folder (graph.graphml) or an RDF file (.ttl …) -> networkx view,
    its edge labels canonical."""
    p = Path(graph)
    if p.is_dir():
        gml = p / "graph.graphml"
        if gml.is_file():
            return canonical(read_graphml(gml))
        if (p / "graph.ttl").is_file():
            return canonical(view_from_rdf(p / "graph.ttl"))
        raise GraphNotFoundError(f"{graph}: folder has neither graph.graphml nor graph.ttl; expected a graph_out folder")
    if p.suffix.lower() == ".graphml" and p.is_file():
        return canonical(read_graphml(p))
    return canonical(view_from_rdf(p))


def read_graphml(path: Path) -> nx.MultiDiGraph:
    try:
        g = nx.read_graphml(path, force_multigraph=True)
    except Exception as exc:  # networkx raises bare XML and key errors
        raise GraphNotFoundError(f"{path}: not a readable GraphML file ({exc}); expected graph.graphml as `policykg build` writes it") from None
    return g if g.is_directed() else g.to_directed()


def canonical(view: nx.MultiDiGraph, spec: ViewSpec | None = None) -> nx.MultiDiGraph:
    """``view`` with every edge label replaced by its canonical relation name (in place)."""
    spec = spec or view_spec()
    for _, _, data in view.edges(data=True):
        label = str(data.get("label", ""))
        data["label"] = spec.relation(label)
    return view


RDF_TYPES = {
    "pkg:Policy": "policy", "pkg:Report": "report", "org:Organization": "org", "pkg:Platform": "platform",
    "pkg:Region": "region", "pkg:Indicator": "indicator", "pkg:Target": "target", "pkg:Observation": "observation",
    "pkg:Forecast": "forecast", "pkg:SourceDocument": "document", "pkg:Instrument": "instrument",
}
DETAIL_PROPS = {
    "eli:date_document": "date", "pkg:policyKind": "kind", "pkg:category": "category", "pkg:regionLevel": "level",
    "pkg:targetValue": "value", "pkg:value": "value", "pkg:unit": "unit", "pkg:comparator": "comparator",
    "pkg:deadline": "deadline", "pkg:refPeriod": "period", "pkg:status": "status", "dcterms:date": "date",
    "dcterms:identifier": "doc_id", "skos:altLabel": "aliases", "pkg:amount": "value", "pkg:instrumentType": "kind",
}


def view_from_rdf(path: str | Path) -> nx.MultiDiGraph:
    """The entity view of an RDF graph, with details and the first evidence sentence of every node and edge."""
    from ..query.sparql import compact, load

    store = load(path)
    types = "\n".join(f"({k} \"{v}\")" for k, v in RDF_TYPES.items())
    g = nx.MultiDiGraph()
    for r in store.select(f"""SELECT ?s ?type ?label WHERE {{ VALUES (?c ?type) {{ {types} }} ?s a ?c .
            OPTIONAL {{ ?s skos:prefLabel ?l1 }} OPTIONAL {{ ?s dcterms:title ?l2 }} OPTIONAL {{ ?s dcterms:identifier ?l3 }}
            BIND(COALESCE(?l1, ?l2, ?l3, STR(?s)) AS ?label) }}"""):
        g.add_node(compact(r["s"]), label=str(r["label"]), type=r["type"])
    props = " ".join(DETAIL_PROPS)
    for r in store.select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?o }}"):
        node = compact(r["s"])
        if node in g:
            key = DETAIL_PROPS[compact(r["p"])]
            old = g.nodes[node].get(key)
            value = compact(r["o"]) if key == "kind" else r["o"]
            g.nodes[node][key] = f"{old}|{value}" if old and key == "aliases" else (old or str(value))
    for r in store.select("""SELECT ?s ?doc ?exact ?start WHERE { ?s prov:wasDerivedFrom ?ev . FILTER NOT EXISTS { ?s a rdf:Statement }
            ?ev oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector ?sel . ?sel oa:exact ?exact ; oa:start ?start }
            ORDER BY ?s ?doc ?start"""):
        node = compact(r["s"])
        if node in g and "evidence" not in g.nodes[node]:
            g.nodes[node].update(evidence=str(r["exact"]), doc=str(r["doc"]))
    for r in store.select("SELECT ?m ?il WHERE { ?m pkg:indicator/skos:prefLabel ?il }"):
        node = compact(r["m"])
        if node in g:
            d = g.nodes[node]
            cmp = {"=": "", ">=": "≥", "<=": "≤", "~": "约"}.get(d.get("comparator", "="), d.get("comparator", ""))
            d["label"] = f"{r['il']} {cmp}{d.get('value', '')}{d.get('unit', '')}"
    for r in store.select("""SELECT ?i ?t ?tl WHERE { ?i a pkg:Instrument ; pkg:instrumentType ?t OPTIONAL { ?t skos:prefLabel ?tl }
            FILTER NOT EXISTS { ?i skos:prefLabel ?l } }"""):
        node = compact(r["i"])
        if node in g:  # an instrument without a name: its type and amount
            d = g.nodes[node]
            d["label"] = f"{r['tl'] or compact(r['t'])} {d.get('value', '')}{d.get('unit', '')}".strip()
    evidence = {}
    for r in store.select("""SELECT ?s ?p ?o ?doc ?exact WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
            prov:wasDerivedFrom ?ev . ?ev oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector/oa:exact ?exact } ORDER BY ?doc"""):
        evidence.setdefault((r["s"], r["p"], r["o"]), (str(r["exact"]), str(r["doc"])))
    for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o) && ?p NOT IN (rdf:type, prov:wasDerivedFrom, rdf:subject, rdf:object, rdf:predicate)) }"):
        s, o = compact(r["s"]), compact(r["o"])
        if s in g and o in g:
            label = compact(r["p"]).split(":", 1)[-1]
            ev = evidence.get((r["s"], r["p"], r["o"]))
            attrs = {"label": label} | ({"evidence": ev[0][:300], "doc": ev[1]} if ev else {})
            g.add_edge(s, o, key=label, **attrs)
    return g


# ---------------------------------------------------------------- finding a node


def find_node(view: nx.MultiDiGraph, name: str) -> str:
    """The node whose label, alias or id best matches ``name`` (ties: the better connected,
    then the backbone type, then the smaller id)."""
    t = normalise(name)
    spec = view_spec()
    best, best_key = None, (0.0, 0, 0, "")
    for node, data in view.nodes(data=True):
        names = [str(data.get("label", "")), str(node), *str(data.get("aliases", "") or "").split("|")]
        s = max(score_normalised(t, normalise(n)) for n in names if n) if any(names) else 0.0
        if s < 0.3:
            continue
        key = (round(s, 6), min(view.degree(node), 10_000), int(spec.backbone(str(data.get("type", "")))), str(node))
        if best is None or key[:3] > best_key[:3] or (key[:3] == best_key[:3] and key[3] < best_key[3]):
            best, best_key = node, key
    if best is None:
        raise QueryError(f"no node matches {name!r} (not found); expected part of a label or alias, e.g. a policy title")
    return best


# ---------------------------------------------------------------- neighbourhoods


def around(view: nx.MultiDiGraph, centre: str, depth: int, spec: ViewSpec | None = None) -> list[str]:
    """The nodes within ``depth`` meaningful links of ``centre`` (issued by, sets target,
    instrument, cites, implements, interprets, operated by … as ``ontology/view.yaml``
    marks them), breadth first, nearest first. When ``centre`` itself has no meaningful
    link (an indicator, a document), its first step takes its other links too, but
    never a document's links to everything it names (``hub`` relations) unless the
    centre is that document."""
    spec = spec or view_spec()
    if depth < 0:
        raise QueryError(f"--depth {depth}: expected 0 or more")
    order, seen = [centre], {centre: 0}
    queue = deque([centre])
    links = ranked_links(view, centre, spec)
    if any(spec.meaningful(rel) for _, rel, _ in links):
        first = [o for o, rel, _ in links if spec.meaningful(rel)]
    else:
        first = [o for o, rel, outgoing in links if not spec.hub(rel) or outgoing]
    while queue:
        node = queue.popleft()
        d = seen[node]
        if d >= depth:
            continue
        step = first if node == centre else [o for o, rel, _ in ranked_links(view, node, spec) if spec.meaningful(rel)]
        for other in step:
            if other not in seen:
                seen[other] = d + 1
                order.append(other)
                queue.append(other)
    return order


def ranked_links(view: nx.MultiDiGraph, node: str, spec: ViewSpec) -> list[tuple[str, str, bool]]:
    """(neighbour, relation, outgoing) of every link of ``node``, both directions, the
    most important relation first (the order of view.yaml), then by neighbour id."""
    links = [(v, str(d.get("label", "")), True) for _, v, d in view.out_edges(node, data=True)]
    links += [(u, str(d.get("label", "")), False) for u, _, d in view.in_edges(node, data=True)]
    links.sort(key=lambda x: (spec.relation_info(x[1]).rank, str(x[0]), not x[2]))
    return links


def neighbourhood(view: nx.MultiDiGraph, name: str, depth: int = 1) -> tuple[nx.MultiDiGraph, str]:
    """The view around the node best matching ``name``: the nodes within ``depth``
    meaningful links (see :func:`around`), the centre marked ``centre="yes"``."""
    if depth < 0:
        raise QueryError(f"--depth {depth}: expected 0 or more")
    centre = find_node(view, name)
    nodes = around(view, centre, depth)
    keep = set(nodes)
    sub = nx.MultiDiGraph()  # built in a fixed order (a subgraph view iterates in hash order)
    sub.add_nodes_from((n, dict(view.nodes[n])) for n in sorted(keep, key=str))
    sub.add_edges_from((u, v, k, dict(d)) for u, v, k, d in view.edges(keys=True, data=True) if u in keep and v in keep)
    sub.nodes[centre]["centre"] = "yes"
    return sub, centre


def safe_file_name(name: str, suffix: str = ".html", limit: int = 80) -> str:
    """A file name made from ``name``: letters (any script), digits, ``-`` and ``_``
    kept, everything else (``/``, ``..``, spaces, control characters) as ``_``; never
    empty, hidden or longer than ``limit`` characters."""
    t = unicodedata.normalize("NFKC", name)
    t = "".join(c if (c.isalnum() or c in "-_") else "_" for c in t)
    t = re.sub(r"_+", "_", t).strip("_.")[:limit] or "graph"
    return t + suffix

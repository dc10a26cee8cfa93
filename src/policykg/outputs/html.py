"""Visualize stage: a networkx view -> one self-contained, offline HTML page.

The page is written from our own template (no pyvis template: its default
pulls bootstrap from a CDN). vis-network's JavaScript (shipped with pyvis) is
inlined, so the page loads nothing over the network and opens from file://.

What the page does:
- node colour and shape by type, with a legend that doubles as a type filter;
- Chinese labels (shortened on the canvas; full text in the tooltip);
- tooltips and a details panel with the entity's attributes, its evidence
  sentence and document — built with ``textContent``, so a label containing
  ``<script>`` or ``<img onerror>`` is shown as text, never run. The data sits
  in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&``
  escaped as ``\\u003c`` etc., so no label can close the block;
- a search box (label or alias substring; Enter focuses the next match);
- physics runs only to stabilise the layout, then is switched off, so a few
  thousand nodes stay responsive;
- above ``MAX_NODES`` nodes the page shows an overview — the ``OVERVIEW_NODES``
  best-connected entities — with a note on how to get a neighbourhood view
  (``policykg viz GRAPH --around NAME --depth N``).

``viz`` reads a graph_out folder (its graph.graphml) or an RDF file (.ttl …);
from RDF the view carries each entity's details and evidence sentence.
"""
from __future__ import annotations

import heapq
import html
import importlib.util
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import GraphNotFoundError, QueryError

COLORS = {
    "policy": "#d62728", "report": "#ff9896", "org": "#1f77b4", "platform": "#2ca02c",
    "region": "#9467bd", "indicator": "#ff7f0e", "target": "#e377c2", "observation": "#17becf",
    "forecast": "#bcbd22", "document": "#7f7f7f",
}
SHAPES = {
    "policy": "box", "report": "box", "org": "ellipse", "platform": "diamond", "region": "triangle",
    "indicator": "star", "target": "dot", "observation": "dot", "forecast": "dot", "document": "square",
}
TYPE_NAMES = {
    "policy": "政策 policy", "report": "报告 report", "org": "机构 organisation", "platform": "平台 platform",
    "region": "地区 region", "indicator": "指标 indicator", "target": "目标 target", "observation": "实测值 observation",
    "forecast": "预测值 forecast", "document": "来源文档 document",
}
MAX_NODES = 3000
OVERVIEW_NODES = 300
LABEL_CHARS = 24


# ---------------------------------------------------------------- page


def vis_js() -> str:
    lib = pyvis_folder() / "templates" / "lib"
    for version in ("vis-9.1.2", "vis-9.0.4"):
        f = lib / version / "vis-network.min.js"
        if f.is_file():
            return f.read_text(encoding="utf-8")
    raise GraphNotFoundError(f"{lib}: vis-network.min.js not found; expected pyvis>=0.3.2 to ship it")


def pyvis_folder() -> Path:
    """Where pyvis is installed, found without importing it (its imports are slow)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise GraphNotFoundError("pyvis is not installed; expected pyvis>=0.3.2, whose vis-network.min.js the page inlines")
    return Path(list(spec.submodule_search_locations)[0])


def payload(view: nx.MultiDiGraph, note: str = "") -> dict:
    nodes, ids = [], {}
    for n, (node, data) in enumerate(sorted(view.nodes(data=True), key=lambda x: str(x[0]))):
        ids[node] = n
        kind = str(data.get("type", "") or "other")
        label = str(data.get("label", node) or node)
        details = {k: str(v) for k, v in sorted(data.items()) if k not in ("label", "type") and v not in (None, "")}
        nodes.append({"id": n, "iri": str(node), "type": kind, "full": label, "details": details,
                      "label": label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…",
                      "degree": view.degree(node)})
    edges = []
    for u, v, data in view.edges(data=True):
        edges.append({"from": ids[u], "to": ids[v], "label": str(data.get("label", "")),
                      "details": {k: str(w) for k, w in sorted(data.items()) if k != "label" and w not in (None, "")}})
    types = sorted({n["type"] for n in nodes}, key=lambda t: (list(COLORS).index(t) if t in COLORS else 99, t))
    legend = [{"type": t, "name": TYPE_NAMES.get(t, t), "color": COLORS.get(t, "#999999"), "shape": SHAPES.get(t, "dot"),
               "count": sum(1 for n in nodes if n["type"] == t)} for t in types]
    return {"nodes": nodes, "edges": edges, "legend": legend, "note": note}


def json_for_script(data: Any) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can end the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def template() -> str:
    return (resources.files("policykg.outputs") / "graph.html").read_text(encoding="utf-8")


def render(view: nx.MultiDiGraph, title: str = "policykg", note: str = "") -> str:
    """The page for ``view``; above ``MAX_NODES`` nodes, for its overview."""
    total = view.number_of_nodes()
    if total > MAX_NODES:
        view, note = overview(view), (note + " " if note else "") + overview_note(total)
    return render_all(view, title, note)


def render_all(view: nx.MultiDiGraph, title: str, note: str = "") -> str:
    """The page showing every node and edge of ``view``."""
    page = template()
    page = page.replace("{{TITLE}}", html.escape(title))
    page = page.replace("{{VIS_JS}}", vis_js())
    page = page.replace("{{DATA}}", json_for_script(payload(view, note)))
    return page


def write_html(view: nx.MultiDiGraph, path: Path, title: str = "policykg") -> None:
    """Write the interactive page for ``view`` (used by export for graph.html)."""
    Path(path).write_text(render(view, title), encoding="utf-8")


def overview(view: nx.MultiDiGraph, n: int = OVERVIEW_NODES) -> nx.MultiDiGraph:
    """The ``n`` best-connected nodes (documents last) and the edges among them."""
    degree = dict(view.degree())
    keep = best_connected(((x, kind, degree[x]) for x, kind in view.nodes(data="type")), n)
    sub = nx.MultiDiGraph()  # built in a fixed order: same bytes whatever the hash seed
    sub.add_nodes_from((x, view.nodes[x]) for x in sorted(keep, key=str))
    sub.add_edges_from((u, v, k, d) for u, neighbours in view.adjacency() if u in keep
                       for v, edges in neighbours.items() if v in keep for k, d in edges.items())
    return sub


def best_connected(nodes: Iterable[tuple[Any, Any, int]], n: int = OVERVIEW_NODES) -> set:
    """Of (node, type, degree) triples, the ``n`` nodes with the highest
    degree, documents last, ties broken by name."""
    best = heapq.nsmallest(n, nodes, key=lambda x: (x[1] == "document", -x[2], str(x[0])))  # holds only n at a time
    return {x for x, _, _ in best}


def overview_note(total: int) -> str:
    return (f"This graph has {total:,} nodes — too many to lay out in a browser — so this page shows an overview: "
            f"the {OVERVIEW_NODES} best-connected entities. For the neighbourhood of one entity run "
            "`policykg viz GRAPH --around NAME --depth 2 --out around.html`.")


# ---------------------------------------------------------------- views for `policykg viz`


def load_view(graph: str | Path) -> nx.MultiDiGraph:
    """A graph_out folder (graph.graphml) or an RDF file (.ttl …) -> networkx view."""
    p = Path(graph)
    if p.is_dir():
        gml = p / "graph.graphml"
        if gml.is_file():
            g = nx.read_graphml(gml, force_multigraph=True)
            return g if g.is_directed() else g.to_directed()
        if (p / "graph.ttl").is_file():
            return view_from_rdf(p / "graph.ttl")
        raise GraphNotFoundError(f"{graph}: folder has neither graph.graphml nor graph.ttl; expected a graph_out folder")
    if p.suffix.lower() == ".graphml" and p.is_file():
        return nx.read_graphml(p, force_multigraph=True)
    return view_from_rdf(p)


RDF_TYPES = {
    "pkg:Policy": "policy", "pkg:Report": "report", "org:Organization": "org", "pkg:Platform": "platform",
    "pkg:Region": "region", "pkg:Indicator": "indicator", "pkg:Target": "target", "pkg:Observation": "observation",
    "pkg:Forecast": "forecast", "pkg:SourceDocument": "document",
}
DETAIL_PROPS = {
    "eli:date_document": "date", "pkg:policyKind": "kind", "pkg:category": "category", "pkg:regionLevel": "level",
    "pkg:targetValue": "value", "pkg:value": "value", "pkg:unit": "unit", "pkg:comparator": "comparator",
    "pkg:deadline": "deadline", "pkg:refPeriod": "period", "pkg:status": "status", "dcterms:date": "date",
    "dcterms:identifier": "doc_id", "skos:altLabel": "aliases",
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
            g.nodes[node][key] = f"{old}|{r['o']}" if old and key == "aliases" else (old or str(r["o"]))
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


def find_node(view: nx.MultiDiGraph, name: str) -> str:
    """The node whose label, alias or id best matches ``name`` (rule: see policykg.lookups)."""
    from ..query.lookups import score

    best, best_score = None, 0.0
    for node, data in view.nodes(data=True):
        labels = [str(data.get("label", "")), str(node)] + str(data.get("aliases", "") or "").split("|")
        s = max(score(name, l) for l in labels if l) if any(labels) else 0
        s += 0.001 * min(view.degree(node), 100) / 100  # tie-break: better connected
        if s > best_score:
            best, best_score = node, s
    if best is None or best_score < 0.3:
        raise QueryError(f"no node matches {name!r} (not found); expected part of a label or alias, e.g. a policy title")
    return best


def neighbourhood(view: nx.MultiDiGraph, name: str, depth: int = 1) -> tuple[nx.MultiDiGraph, str]:
    if depth < 0:
        raise QueryError(f"--depth {depth}: expected 0 or more")
    centre = find_node(view, name)
    nodes = nx.single_source_shortest_path_length(view.to_undirected(as_view=True), centre, cutoff=depth)
    sub = view.subgraph(nodes).copy()
    sub.nodes[centre]["centre"] = "yes"
    return sub, centre


def viz(graph: str | Path, out: str | Path, around: str | None = None, depth: int = 1, title: str | None = None) -> str:
    """What `policykg viz` does; returns a one-line summary."""
    view = load_view(graph)
    note = ""
    if around:
        view, centre = neighbourhood(view, around, depth)
        label = view.nodes[centre].get("label", centre)
        note = f"Neighbourhood of “{label}” ({centre}), depth {depth}."
        title = title or f"policykg: {label}"
    out = Path(out)
    out.write_text(render(view, title or "policykg", note), encoding="utf-8")
    n = view.number_of_nodes()
    if n > MAX_NODES:
        return f"wrote {out}: overview of {n:,} nodes ({OVERVIEW_NODES} best-connected shown)"
    return f"wrote {out}: {n} nodes, {view.number_of_edges()} edges"


def write_page(graphml: Path, path: Path, title: str = "policykg") -> None:
    """graph.html of a build: the page for the view written to ``graphml``."""
    write_html(nx.read_graphml(graphml, force_multigraph=True), path, title)

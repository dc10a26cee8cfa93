"""The graph page: a networkx view -> one self-contained, offline HTML page.

The page is written from our own template (graph.html; no pyvis template: its
default pulls bootstrap from a CDN). vis-network's JavaScript (shipped with
pyvis) is inlined, so the page loads nothing over the network and opens from
file://.

What a reader sees first is the backbone: policies with their issuers,
targets and instruments — the node types and relations that
``ontology/view.yaml`` marks as backbone and meaningful — at most
``first_view_nodes`` of them, chosen hub by hub (the best-linked first, each
bringing its most important neighbours), laid out in Python
(:mod:`policykg.outputs.layout`) so that no two labels overlap, and labelled
with short titles (公文 wrappers such as 关于…的通知 dropped; the full title is
in the tooltip). The rest (documents, observations, indicators, mentions) is
in the page but hidden: the legend's type filter shows a type, a double click
(or the details panel) shows a node's links, the search finds any node and
zooms to it.

Safety: tooltips and the details panel are built with ``textContent``, so a
label containing ``<script>`` or ``<img onerror>`` is shown as text, never
run; the data sits in a ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` escaped as ``\\u003c`` etc., so no label can close it.

Above ``MAX_NODES`` nodes the page carries an overview: the
``OVERVIEW_NODES`` best-connected nodes of the backbone types, with the links
among them (see :func:`best_connected`), and says how to draw one entity's
neighbourhood (``policykg viz GRAPH --around NAME``).
"""
from __future__ import annotations

import heapq
import html
import importlib.util
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import GraphNotFoundError, QueryError  # noqa: F401  (QueryError re-exported: viz raises it)
from .layout import first_view_layout, node_box, place_rest, size_of
from .views import around, find_node, load_view, neighbourhood, safe_file_name, view_from_rdf  # noqa: F401  (re-exported)
from .viewspec import ViewSpec, canvas_label, view_spec

MAX_NODES = view_spec().max_nodes
OVERVIEW_NODES = view_spec().overview_nodes
HIDDEN_DETAILS = ("label", "type")
HUB_LINKS = 5


# ---------------------------------------------------------------- the page


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


def json_for_script(data: Any) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can end the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def template() -> str:
    return (resources.files("policykg.outputs") / "graph.html").read_text(encoding="utf-8")


def render(view: nx.MultiDiGraph, title: str = "policykg", note: str = "", centre: str | None = None) -> str:
    """The page for ``view``; above ``MAX_NODES`` nodes, for its overview."""
    total = view.number_of_nodes()
    if total > MAX_NODES:
        view, note = overview(view), (note + " " if note else "") + overview_note(total)
    return render_all(view, title, note, centre)


def render_all(view: nx.MultiDiGraph, title: str, note: str = "", centre: str | None = None) -> str:
    """The page carrying every node and edge of ``view``."""
    page = template()
    page = page.replace("{{TITLE}}", html.escape(title))
    page = page.replace("{{VIS_JS}}", vis_js())
    page = page.replace("{{DATA}}", json_for_script(payload(view, note, centre)))
    return page


def write_html(view: nx.MultiDiGraph, path: Path, title: str = "policykg") -> None:
    """Write the interactive page for ``view`` (a small build's graph.html)."""
    Path(path).write_text(render(view, title), encoding="utf-8")


# ---------------------------------------------------------------- what the page carries


def payload(view: nx.MultiDiGraph, note: str = "", centre: str | None = None, spec: ViewSpec | None = None) -> dict:
    """The page's data: nodes (with canvas label, box, position and whether the first
    view shows them), edges (canonical relation), the legend of types and relations."""
    spec = spec or view_spec()
    order = sorted(view.nodes, key=str)
    first = first_view(view, spec, centre)
    shown = set(first)
    hubs = hub_nodes(view, spec, centre)
    boxes, labels, fonts = {}, {}, {}
    for node in order:
        data = view.nodes[node]
        kind = node_type(data)
        labels[node] = canvas_label(spec.short_label(str(data.get("label") or node), kind), spec.line_width, spec.lines)
        fonts[node] = spec.font_size + (4 if node in hubs else 0)
        boxes[node] = node_box(labels[node], spec.node_type(kind).shape, fonts[node], dot_size(view.degree(node)))
    first, pos = readable_first_view(view, first, boxes, fonts, spec)
    shown = set(first)
    pos = place_rest(pos, boxes, preferred_neighbours(view, spec), [*first, *(n for n in order if n not in shown)])
    ids = {node: i for i, node in enumerate(order)}
    nodes = []
    for node in order:
        data = view.nodes[node]
        x, y = pos[node]
        nodes.append({
            "id": ids[node], "iri": str(node), "type": node_type(data), "full": str(data.get("label") or node),
            "label": labels[node], "details": {k: str(v) for k, v in sorted(data.items()) if k not in HIDDEN_DETAILS and v not in (None, "")},
            "degree": view.degree(node), "x": round(x), "y": round(y), "w": round(boxes[node][0]), "h": round(boxes[node][1]),
            "size": round(dot_size(view.degree(node)), 1), "font": fonts[node], "show": int(node in shown),
        })
    edges = []
    for u, v, data in sorted(view.edges(data=True), key=lambda e: (ids[e[0]], ids[e[1]], str(e[2].get("label", "")))):
        rel = spec.relation(str(data.get("label", "")))
        edges.append({"from": ids[u], "to": ids[v], "rel": rel,
                      "details": {k: str(w) for k, w in sorted(data.items()) if k != "label" and w not in (None, "")}})
    return {"nodes": nodes, "edges": edges, "legend": legend(nodes, spec), "relations": relation_legend(edges, spec),
            "note": note, "font": spec.font_size, "centre": ids.get(centre, -1) if centre is not None else -1}


def hub_nodes(view: nx.MultiDiGraph, spec: ViewSpec, centre: Any = None) -> set:
    """The nodes drawn with a larger label: the centre of a neighbourhood, and the
    nodes with at least ``HUB_LINKS`` meaningful links to backbone nodes."""
    out = {n for n, links in backbone_links(view, spec).items() if len(links) >= HUB_LINKS}
    return out | ({centre} if centre is not None else set())


def node_type(data: dict) -> str:
    return str(data.get("type", "") or "other")


def dot_size(degree: int) -> float:
    """The radius of a dot, star, diamond … drawn for a node with ``degree`` links."""
    return 8 + min(12.0, degree ** 0.5 * 2)


def legend(nodes: list[dict], spec: ViewSpec) -> list[dict]:
    types = sorted({n["type"] for n in nodes}, key=lambda t: (spec.type_rank(t), t))
    out = []
    for t in types:
        nt = spec.node_type(t)
        of_type = [n for n in nodes if n["type"] == t]
        out.append({"type": t, "name": nt.name, "color": nt.color, "fill": nt.fill or nt.color, "shape": nt.shape,
                    "count": len(of_type), "shown": sum(n["show"] for n in of_type)})
    return out


def relation_legend(edges: list[dict], spec: ViewSpec) -> list[dict]:
    present = {e["rel"] for e in edges}
    rels = sorted(present, key=lambda r: (spec.relation_info(r).rank, r))
    return [{"rel": r, "name": spec.relation_info(r).name, "color": spec.relation_info(r).color,
             "dashes": spec.relation_info(r).dashes, "meaningful": spec.relation_info(r).meaningful,
             "count": sum(1 for e in edges if e["rel"] == r)} for r in rels]


# ---------------------------------------------------------------- the first view


def backbone_links(view: nx.MultiDiGraph, spec: ViewSpec) -> dict[Any, dict[Any, int]]:
    """node -> {neighbour: rank of the most important meaningful relation between them},
    for the links between nodes of backbone types."""
    out: dict[Any, dict[Any, int]] = {}
    kind = {n: node_type(d) for n, d in view.nodes(data=True)}
    for u, v, data in view.edges(data=True):
        info = spec.relation_info(str(data.get("label", "")))
        if u == v or not info.meaningful or not (spec.backbone(kind[u]) and spec.backbone(kind[v])):
            continue
        for a, b in ((u, v), (v, u)):
            links = out.setdefault(a, {})
            links[b] = min(links.get(b, info.rank), info.rank)
    return out


def first_view(view: nx.MultiDiGraph, spec: ViewSpec | None = None, centre: Any = None) -> list:
    """The nodes the page shows when it opens, in the order they were chosen.

    Around a ``centre``: the nodes nearest to it (see :func:`views.around`), up to
    ``first_view_nodes``. Otherwise the linked backbone hub by hub: the node with
    the most meaningful links to backbone nodes first, bringing up to
    ``neighbours_per_hub`` of its neighbours (most important relation first, then
    the better linked), then the next hub …; when every hub has had its turn and
    there is room, the remaining neighbours of the chosen nodes. A view without
    such links shows its best-connected nodes of backbone types."""
    spec = spec or view_spec()
    budget = spec.first_view_nodes
    if centre is not None:
        return around(view, centre, max(1, view.number_of_nodes()), spec)[:budget]
    links = backbone_links(view, spec)
    if not links:
        kinds = {n: node_type(d) for n, d in view.nodes(data=True)}
        pool = [n for n in view if spec.backbone(kinds[n])] or list(view)
        return sorted(pool, key=lambda n: (-view.degree(n), spec.type_rank(kinds[n]), str(n)))[:budget]
    kinds = {n: node_type(view.nodes[n]) for n in links}
    hubs = sorted(links, key=lambda n: (-len(links[n]), spec.type_rank(kinds[n]), str(n)))

    def ranked(n):
        return sorted(links[n], key=lambda m: (links[n][m], -len(links[m]), spec.type_rank(kinds[m]), str(m)))

    chosen: dict[Any, None] = {}
    for h in hubs:
        if len(chosen) >= budget:
            break
        chosen.setdefault(h)
        for m in [m for m in ranked(h) if m not in chosen][: spec.neighbours_per_hub]:
            if len(chosen) >= budget:
                break
            chosen.setdefault(m)
    for h in list(chosen):
        for m in ranked(h):
            if len(chosen) >= budget:
                return list(chosen)
            chosen.setdefault(m)
    return list(chosen)


def readable_first_view(view: nx.MultiDiGraph, first: list, boxes: dict, fonts: dict, spec: ViewSpec) -> tuple[list, dict]:
    """The first view and its positions, cut (last chosen first) until it fits the
    screen of view.yaml with labels of at least ``min_font_px`` (or is down to
    ``min_first_view`` nodes)."""
    width, height = spec.screen
    while True:
        shown = set(first)
        pos = first_view_layout({n: boxes[n] for n in first}, ((u, v) for u, v in view.edges() if u in shown and v in shown))
        if not pos:
            return first, pos
        w, h = size_of(pos, boxes)
        scale = min(width / max(w, 1.0), height / max(h, 1.0), 1.0)
        font = scale * min(fonts[n] for n in first)
        if font >= spec.min_font_px or len(first) <= spec.min_first_view:
            return first, pos
        keep = int(len(first) * (font / spec.min_font_px) ** 2 * 0.95)
        first = first[: max(spec.min_first_view, min(keep, len(first) - 1))]


def preferred_neighbours(view: nx.MultiDiGraph, spec: ViewSpec) -> dict[Any, list]:
    """node -> its neighbours, the most important relation first (where hidden nodes
    are placed: around the first of their neighbours that is placed)."""
    best: dict[Any, dict[Any, tuple]] = {}
    for u, v, data in view.edges(data=True):
        rank = spec.relation_info(str(data.get("label", ""))).rank
        for a, b in ((u, v), (v, u)):
            if a != b:
                d = best.setdefault(a, {})
                d[b] = min(d.get(b, (rank, str(b))), (rank, str(b)))
    return {a: sorted(d, key=d.__getitem__) for a, d in best.items()}


# ---------------------------------------------------------------- big graphs


def overview(view: nx.MultiDiGraph, n: int | None = None) -> nx.MultiDiGraph:
    """The ``n`` best-connected nodes (backbone types first, documents last; see
    :func:`best_connected`) and the edges among them."""
    n = OVERVIEW_NODES if n is None else n
    degree = dict(view.degree())
    keep = best_connected(((x, kind, degree[x]) for x, kind in view.nodes(data="type")), n)
    sub = nx.MultiDiGraph()  # built in a fixed order: same bytes whatever the hash seed
    sub.add_nodes_from((x, view.nodes[x]) for x in sorted(keep, key=str))
    sub.add_edges_from((u, v, k, d) for u, neighbours in view.adjacency() if u in keep
                       for v, edges in neighbours.items() if v in keep for k, d in edges.items())
    return sub


def best_connected(nodes: Iterable[tuple[Any, Any, int]], n: int | None = None) -> set:
    """Of (node, type, degree) triples, the ``n`` nodes to keep in an overview: the
    backbone types of ``ontology/view.yaml`` (policies, bodies, targets …) before the
    rest, documents last, each by degree, ties broken by name. Reads a stream,
    holding only ``n`` at a time."""
    n = OVERVIEW_NODES if n is None else n
    spec = view_spec()

    def key(x):
        return (not spec.backbone(str(x[1] or "")), x[1] == "document", -x[2], str(x[0]))

    return {x for x, _, _ in heapq.nsmallest(n, nodes, key=key)}


GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def graphml_elements(graphml: Path) -> Iterator[ET.Element]:
    """The ``key``, ``node`` and ``edge`` elements of a GraphML file, streamed:
    each is cleared once the caller has seen it."""
    for _, el in ET.iterparse(graphml):
        tag = el.tag.removeprefix(GRAPHML)
        if tag in ("key", "node", "edge"):
            yield el
            el.clear()


def graphml_degrees(graphml: Path) -> tuple[dict[str, str], Counter]:
    """Node -> type and node -> degree of a GraphML view, read as a stream."""
    types: dict[str, str] = {}
    degree: Counter = Counter()
    type_key = None
    for el in graphml_elements(graphml):
        if el.tag.endswith("key") and el.get("attr.name") == "type" and el.get("for") == "node":
            type_key = el.get("id")
        elif el.tag.endswith("node"):
            types[el.get("id")] = next((d.text or "" for d in el if d.get("key") == type_key), "")
        elif el.tag.endswith("edge"):
            degree[el.get("source")] += 1
            degree[el.get("target")] += 1
    return types, degree


def graphml_subgraph(graphml: Path, keep: set) -> nx.MultiDiGraph:
    """The nodes ``keep`` of a GraphML view and the edges among them, read as a
    stream; the same graph (attributes, keys, order) as :func:`overview` of the
    whole file read by networkx."""
    names: dict[str, str] = {}
    nodes: dict[str, dict] = {}
    edges = []
    for el in graphml_elements(graphml):
        if el.tag.endswith("key"):
            names[el.get("id")] = el.get("attr.name")
        elif el.tag.endswith("node") and el.get("id") in keep:
            nodes[el.get("id")] = {names[d.get("key")]: d.text or "" for d in el}
        elif el.tag.endswith("edge") and el.get("source") in keep and el.get("target") in keep:
            edges.append((el.get("source"), el.get("target"), el.get("id"), {names[d.get("key")]: d.text or "" for d in el}))
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((x, nodes[x]) for x in sorted(nodes))
    order = {x: i for i, x in enumerate(nodes)}
    sub.add_edges_from(sorted(edges, key=lambda e: order[e[0]]))
    return sub


def overview_note(total: int) -> str:
    return (f"This graph has {total:,} nodes — too many to lay out in a browser — so this page shows an overview: "
            f"the {OVERVIEW_NODES:,} best-connected policies, bodies, platforms and targets and the links among them. "
            "For one entity and what it links to run `policykg viz GRAPH --around NAME --depth 2`.")


# ---------------------------------------------------------------- `policykg viz`


def viz(graph: str | Path, out: str | Path | None = None, around: str | None = None, depth: int = 1,
        title: str | None = None) -> str:
    """What `policykg viz` does; returns a one-line summary. Without ``out`` the page is
    written to graph.html, or with ``around`` to a file named after the centre."""
    view = load_view(graph)
    note, centre = "", None
    if around:
        view, centre = neighbourhood(view, around, depth)
        label = str(view.nodes[centre].get("label", centre))
        note = (f"Neighbourhood of “{label}” ({centre}): what it links to within {depth} meaningful "
                f"link{'s' if depth != 1 else ''} (issued by, sets target, instrument, cites, implements, interprets, operated by …).")
        title = title or f"policykg: {label}"
        out = out or safe_file_name(label)
    out = Path(out or "graph.html")
    out.write_text(render(view, title or "policykg", note, centre if view.number_of_nodes() <= MAX_NODES else None), encoding="utf-8")
    n = view.number_of_nodes()
    if n > MAX_NODES:
        return f"wrote {out}: overview of {n:,} nodes ({OVERVIEW_NODES} best-connected shown)"
    return f"wrote {out}: {n} nodes, {view.number_of_edges()} edges"


def write_page(graphml: Path, path: Path, title: str = "policykg",
               census: tuple[dict[str, str], Counter] | None = None) -> None:
    """graph.html of a build: the page for the view written to ``graphml``. A big
    graph is never read whole: its overview is picked while streaming the file.
    ``census``: each node's type and degree, when the writer of the file kept them
    (else they are read from the file: :func:`graphml_degrees`)."""
    types, degree = census if census is not None else graphml_degrees(graphml)
    if len(types) <= MAX_NODES:
        write_html(nx.read_graphml(graphml, force_multigraph=True), path, title)
        return
    total, keep = len(types), best_connected((x, kind, degree[x]) for x, kind in types.items())
    del types, degree
    Path(path).write_text(render_all(graphml_subgraph(graphml, keep), title, overview_note(total)), encoding="utf-8")

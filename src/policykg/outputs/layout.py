"""Deterministic positions for the graph page, computed once in Python so the
page opens at once (no physics in the browser) and looks the same every time.

- The first view (a few dozen labelled nodes) is laid out component by
  component with a force-directed layout (networkx's Fruchterman-Reingold,
  fixed seed), its label boxes pushed apart until none overlap, and the
  components packed in rows to the shape of a screen.
- Every other node is placed on rings around the first placed node it links
  to (breadth first), or, when it links to none, in blocks below.

Sizes are in canvas pixels at zoom 1; a node's box is estimated from its
label the way vis-network draws it (see :func:`node_box`).
"""
from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence

import networkx as nx
import numpy as np

from .viewspec import text_width

Box = tuple[float, float]          # width, height
Point = tuple[float, float]

PAD = 14.0                         # free space kept between two label boxes
ASPECT = 1.3                      # width / height of the area the first view is packed into
LINE_HEIGHT = 1.0
SETTLE_TRIES = ((0.02, 1.0), (0.02, 0.6), (0.035, 1.0), (0.035, 0.6), (0.05, 0.8), (0.01, 0.8))  # (gravity, reach): the best fit is kept
BOX_MARGIN = 6.0                   # vis-network's margin around a box label


def node_box(label: str, shape: str, font_size: float, size: float) -> Box:
    """The extent of a node as vis-network draws it (measured in Chromium with Noto
    Sans CJK): a box is its label plus ``2 × BOX_MARGIN`` and 12 px, an ellipse is
    ``label width + label height`` by ``2 × label height``, other shapes are the
    shape (``2 × size``) with the label under it; a label line is ``font_size`` high."""
    lines = label.split("\n") if label else [""]
    tw = max(text_width(line) for line in lines) * font_size + 2
    th = len(lines) * font_size * LINE_HEIGHT
    if shape == "box":
        return tw + 2 * BOX_MARGIN + 12, th + 2 * BOX_MARGIN + 12
    if shape == "ellipse":
        return tw + th, 2 * th
    return max(2 * size, tw), 2 * size + th + 2


def first_view_layout(boxes: dict[Hashable, Box], edges: Iterable[tuple[Hashable, Hashable]], seed: int = 7) -> dict[Hashable, Point]:
    """Positions of the first view's nodes. A node linked to one other node only (a
    policy of one issuer, a target of one policy) is drawn on rings around it, so a
    hub and its leaves form one compact cluster; the clusters are laid out
    component by component (force-directed, boxes kept apart, drawn together), and
    the components packed in rows (largest first)."""
    g = nx.Graph()
    g.add_nodes_from(sorted(boxes, key=str))
    g.add_edges_from(sorted(((u, v) for u, v in edges if u in boxes and v in boxes and u != v), key=str))
    leaves = leaves_by_hub(g)
    inner = {hub: ring_cluster(hub, leaves.get(hub, []), boxes) for hub in g if hub not in leaves_set(leaves)}
    cbox = {hub: size_of(p, boxes) for hub, p in inner.items()}
    offset = {hub: centre_of(p, boxes) for hub, p in inner.items()}
    core = induced(g, inner)
    comps = [induced(core, c) for c in
             sorted(nx.connected_components(core), key=lambda c: (-sum(len(inner[h]) for h in c), min(map(str, c))))]
    starts = [component_layout(sub, cbox, seed) for sub in comps]
    tries = [pack([settle(start, cbox, list(sub.edges()), gravity, reach) for sub, start in zip(comps, starts)], cbox)
             for gravity, reach in SETTLE_TRIES]
    placed = max(tries, key=lambda p: fit_scale(p, cbox))  # the first of the best
    out: dict[Hashable, Point] = {}
    for hub, (x, y) in placed.items():
        ox, oy = offset[hub]
        for n, (px, py) in inner[hub].items():
            out[n] = (x + px - ox, y + py - oy)
    return out


def induced(g: nx.Graph, nodes: Iterable[Hashable]) -> nx.Graph:
    """The subgraph of ``g`` on ``nodes`` as a new graph whose nodes and edges are in
    sorted order (a networkx subgraph view iterates in set order, which changes with
    the hash seed: the layout would too)."""
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(keep, key=str))
    sub.add_edges_from(sorted(((u, v) if str(u) <= str(v) else (v, u) for u, v in g.edges() if u in keep and v in keep), key=str))
    return sub


def leaves_set(leaves: dict[Hashable, list[Hashable]]) -> set:
    return {n for ls in leaves.values() for n in ls}


def leaves_by_hub(g: nx.Graph) -> dict[Hashable, list[Hashable]]:
    """hub -> the nodes whose only link is to it (of two nodes linked only to each
    other, the first by name is the hub)."""
    out: dict[Hashable, list[Hashable]] = {}
    for n in g:
        if g.degree(n) != 1:
            continue
        (m,) = g.neighbors(n)
        if g.degree(m) > 1 or str(m) < str(n):
            out.setdefault(m, []).append(n)
    return out


def ring_cluster(hub: Hashable, leaves: list[Hashable], boxes: dict[Hashable, Box], pad: float = PAD) -> dict[Hashable, Point]:
    """``hub`` at (0, 0) and its ``leaves`` around it on widening ellipses (wider
    than high, like the labels), each where it first fits without overlapping."""
    pos: dict[Hashable, Point] = {hub: (0.0, 0.0)}
    if not leaves:
        return pos
    hw, hh = boxes[hub]
    lw = max(boxes[n][0] for n in leaves)
    lh = max(boxes[n][1] for n in leaves)
    ry = hh / 2 + lh / 2 + pad + 24
    ratio = max(1.2, min(2.2, (lw + pad) / (lh + pad) * 0.6))
    steps = 72
    placed = [(0.0, 0.0, hw, hh)]
    todo = list(leaves)
    while todo:
        rx = max(ry * ratio, hw / 2 + lw / 2 + pad)
        for k in range(steps):
            if not todo:
                break
            a = -math.pi / 2 + 2 * math.pi * k / steps
            x, y = rx * math.cos(a), ry * math.sin(a)
            w, h = boxes[todo[0]]
            if all(abs(x - px) >= (w + pw) / 2 + pad or abs(y - py) >= (h + ph) / 2 + pad for px, py, pw, ph in placed):
                n = todo.pop(0)
                pos[n] = (x, y)
                placed.append((x, y, w, h))
        ry += lh / 2 + pad
    return pos


def size_of(pos: dict[Hashable, Point], boxes: dict[Hashable, Box]) -> Box:
    l, t, r, b = extent(pos, boxes)
    return r - l, b - t


def centre_of(pos: dict[Hashable, Point], boxes: dict[Hashable, Box]) -> Point:
    l, t, r, b = extent(pos, boxes)
    return (l + r) / 2, (t + b) / 2


def component_layout(g: nx.Graph, boxes: dict[Hashable, Box], seed: int) -> dict[Hashable, Point]:
    nodes = list(g)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    # edge length: room for the two end boxes side by side, plus some air
    mean_w = float(np.mean([boxes[n][0] for n in nodes]))
    mean_h = float(np.mean([boxes[n][1] for n in nodes]))
    length = 0.75 * mean_w + 1.5 * mean_h + 40
    if len(nodes) == 2:
        a, b = nodes
        return {a: (0.0, 0.0), b: (length, 0.0)}
    pos = nx.spring_layout(g, seed=seed, iterations=300, k=1.0 / math.sqrt(len(nodes)) * 1.6)
    arr = np.array([pos[n] for n in nodes])
    lengths = [math.dist(pos[u], pos[v]) for u, v in g.edges()]
    unit = float(np.median(lengths)) if lengths else 1.0
    arr = arr / (unit or 1.0) * length
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, arr)}


def separate(pos: dict[Hashable, Point], boxes: dict[Hashable, Box], pad: float = PAD, rounds: int = 400) -> dict[Hashable, Point]:
    """``pos`` with overlapping boxes pushed apart (each pair along the axis where
    it overlaps least, both boxes half the way) until no two boxes overlap."""
    nodes = list(pos)
    if len(nodes) < 2:
        return dict(pos)
    xy = np.array([pos[n] for n in nodes], dtype=float)
    half = np.array([boxes[n] for n in nodes], dtype=float) / 2
    for _ in range(rounds):
        moved = push_apart(xy, half, pad, 1.05)
        if moved is xy:
            break
        xy = moved
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}


def fit_scale(pos: dict[Hashable, Point], boxes: dict[Hashable, Box]) -> float:
    """The zoom at which ``pos`` fits a screen of shape ``ASPECT`` and height 1."""
    w, h = size_of(pos, boxes)
    return min(ASPECT / max(w, 1.0), 1 / max(h, 1.0))


def settle(pos: dict[Hashable, Point], boxes: dict[Hashable, Box], edges: list[tuple[Hashable, Hashable]],
           gravity: float = 0.02, reach: float = 1.0, rounds: int = 300) -> dict[Hashable, Point]:
    """``pos`` drawn together: linked boxes pulled to a short gap (``reach`` times the
    sum of their half diagonals), all pulled towards the centre (``gravity``, harder
    along the axis too long for ``ASPECT``), overlapping boxes pushed apart; ends
    with :func:`separate`, so no two boxes overlap."""
    nodes = list(pos)
    if len(nodes) < 2:
        return dict(pos)
    index = {n: i for i, n in enumerate(nodes)}
    xy = np.array([pos[n] for n in nodes], dtype=float)
    wh = np.array([boxes[n] for n in nodes], dtype=float)
    half = wh / 2
    ends = np.array([(index[u], index[v]) for u, v in edges], dtype=int).reshape(-1, 2)
    radius = np.hypot(half[:, 0], half[:, 1])
    ideal = reach * (radius[ends[:, 0]] + radius[ends[:, 1]]) + 20 if len(ends) else np.zeros(0)
    for r in range(rounds):
        heat = 1.0 - r / rounds
        move = np.zeros_like(xy)
        if len(ends):
            d = xy[ends[:, 1]] - xy[ends[:, 0]]
            dist = np.maximum(np.hypot(d[:, 0], d[:, 1]), 1e-6)
            f = ((dist - ideal) / dist * 0.15)[:, None] * d
            np.add.at(move, ends[:, 0], f)
            np.add.at(move, ends[:, 1], -f)
        centre = xy.mean(axis=0)
        lo, hi = (xy - half).min(axis=0), (xy + half).max(axis=0)
        aspect = (hi[0] - lo[0]) / max(hi[1] - lo[1], 1.0)
        stretch = min(2.0, max(0.5, aspect / ASPECT)) ** 0.5   # pull harder along the axis that is too long
        move -= (xy - centre) * np.array([gravity * stretch, gravity / stretch])
        xy += move * heat
        xy = push_apart(xy, half, PAD, 1.0)
    out = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}
    return separate(out, boxes)


def push_apart(xy: np.ndarray, half: np.ndarray, pad: float, share: float) -> np.ndarray:
    """One pass of :func:`separate`'s push on arrays of centres and half sizes."""
    d = xy[None, :, :] - xy[:, None, :]
    over = half[:, None, :] + half[None, :, :] + pad - np.abs(d)
    hit = (over[..., 0] > 0) & (over[..., 1] > 0)
    np.fill_diagonal(hit, False)
    if not hit.any():
        return xy
    n = len(xy)
    order = np.arange(n)
    axis = (over[..., 1] < over[..., 0]).astype(int)
    amount = np.where(axis == 0, over[..., 0], over[..., 1]) * hit
    sign = np.sign(np.where(axis == 0, d[..., 0], d[..., 1]))
    sign = np.where(sign == 0, np.where(order[None, :] > order[:, None], 1.0, -1.0), sign)
    push = np.zeros_like(xy)
    push[:, 0] = -(amount * sign * (axis == 0)).sum(axis=1) / 2 * share
    push[:, 1] = -(amount * sign * (axis == 1)).sum(axis=1) / 2 * share
    return xy + push


def overlaps(pos: dict[Hashable, Point], boxes: dict[Hashable, Box], pad: float = PAD / 2) -> int:
    """How many pairs of boxes at ``pos`` are closer than ``pad``."""
    nodes = list(pos)
    xy = np.array([pos[n] for n in nodes], dtype=float)
    half = np.array([boxes[n] for n in nodes], dtype=float) / 2
    over = half[:, None, :] + half[None, :, :] + pad - np.abs(xy[None, :, :] - xy[:, None, :])
    hit = (over[..., 0] > 0) & (over[..., 1] > 0)
    np.fill_diagonal(hit, False)
    return int(hit.sum() // 2)


def extent(pos: dict[Hashable, Point], boxes: dict[Hashable, Box]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the boxes at ``pos``."""
    left = min(x - boxes[n][0] / 2 for n, (x, y) in pos.items())
    top = min(y - boxes[n][1] / 2 for n, (x, y) in pos.items())
    right = max(x + boxes[n][0] / 2 for n, (x, y) in pos.items())
    bottom = max(y + boxes[n][1] / 2 for n, (x, y) in pos.items())
    return left, top, right, bottom


def pack(parts: Sequence[dict[Hashable, Point]], boxes: dict[Hashable, Box], gap: float = 3 * PAD) -> dict[Hashable, Point]:
    """The parts placed in rows (shelves), in their order, to about ``ASPECT``."""
    if not parts:
        return {}
    sizes = []
    for p in parts:
        l, t, r, b = extent(p, boxes)
        sizes.append((l, t, r - l, b - t))
    area = sum((w + gap) * (h + gap) for _, _, w, h in sizes)
    row_width = max(max(w for _, _, w, _ in sizes), math.sqrt(area * ASPECT))
    out: dict[Hashable, Point] = {}
    x = y = row_height = 0.0
    for p, (l, t, w, h) in zip(parts, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for n, (px, py) in p.items():
            out[n] = (px - l + x, py - t + y)
        x += w + gap
        row_height = max(row_height, h)
    return out


def place_rest(pos: dict[Hashable, Point], boxes: dict[Hashable, Box],
               neighbours: dict[Hashable, list[Hashable]], order: Sequence[Hashable]) -> dict[Hashable, Point]:
    """Positions for the nodes of ``order`` not in ``pos``: breadth first from the
    placed nodes, each on rings around the first placed neighbour it has (its
    anchor; ``neighbours`` lists a node's neighbours in order of preference);
    nodes that reach no placed node, in blocks below everything else."""
    pos = dict(pos)
    children: dict[Hashable, list[Hashable]] = {}
    frontier = [n for n in order if n in pos]
    seen = set(frontier)
    while frontier:
        nxt = []
        for a in frontier:
            for n in neighbours.get(a, ()):
                if n not in seen:
                    seen.add(n)
                    children.setdefault(a, []).append(n)
                    nxt.append(n)
        frontier = nxt
    rest = [n for n in order if n not in seen]
    if rest:  # blocks of unreached nodes below: each block grows from its best node
        left, _, right, bottom = extent(pos, boxes) if pos else (0.0, 0.0, 0.0, 0.0)
        roots, x, y = [], left, bottom + 200
        for n in rest:
            if n in seen:
                continue
            stack, seen_here = [n], [n]
            seen.add(n)
            while stack:
                a = stack.pop(0)
                for m in neighbours.get(a, ()):
                    if m not in seen:
                        seen.add(m)
                        children.setdefault(a, []).append(m)
                        stack.append(m)
                        seen_here.append(m)
            reach = ring_reach(children, boxes, n)
            if x > left and x + 2 * reach > max(right, left + 2400):
                x, y = left, y + 2 * reach + 100
            pos[n] = (x + reach, y + reach)
            roots.append(n)
            x += 2 * reach + 60
    for a in list(pos):
        put_children(a, pos, boxes, children)
    return pos


def ring_reach(children: dict[Hashable, list[Hashable]], boxes: dict[Hashable, Box], root: Hashable) -> float:
    """A rough radius of the rings grown from ``root`` (for spacing blocks)."""
    n = len(children.get(root, ()))
    if not n:
        return boxes[root][0] / 2
    return max(boxes[root]) / 2 + 80 + 90 * math.sqrt(n) + sum(ring_reach(children, boxes, c) for c in children[root][:3]) / 3


def put_children(anchor: Hashable, pos: dict[Hashable, Point], boxes: dict[Hashable, Box],
                 children: dict[Hashable, list[Hashable]]) -> None:
    """Place ``anchor``'s children on rings around it, then theirs (iteratively)."""
    stack = [anchor]
    while stack:
        a = stack.pop(0)
        kids = children.get(a, [])
        if not kids:
            continue
        ax, ay = pos[a]
        radius = max(boxes[a]) / 2 + 60
        i = 0
        while i < len(kids):
            step_w = max(60.0, float(np.mean([min(boxes[k][0], 200) for k in kids[i:i + 40]])) + 16)
            fit = max(6, int(2 * math.pi * radius / step_w))
            ring = kids[i:i + fit]
            for j, k in enumerate(ring):
                angle = 2 * math.pi * j / len(ring) + (0.35 if (i // max(fit, 1)) % 2 else 0.0)
                pos[k] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
            i += len(ring)
            radius += max(boxes[k][1] for k in ring) + 36
        stack.extend(kids)

"""Visualize stage: the networkx view -> a self-contained interactive HTML page (pyvis).

The page loads nothing over the network: vis-network is inlined and the page
uses no CSS framework from a CDN, so it opens from file:// offline.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

COLORS = {
    "policy": "#d62728", "report": "#ff9896", "org": "#1f77b4", "platform": "#2ca02c",
    "region": "#9467bd", "indicator": "#ff7f0e", "target": "#e377c2", "observation": "#17becf",
    "forecast": "#bcbd22", "document": "#7f7f7f",
}
SHAPES = {
    "policy": "box", "report": "box", "org": "ellipse", "platform": "diamond", "region": "triangle",
    "indicator": "star", "target": "dot", "observation": "dot", "forecast": "dot", "document": "square",
}
EXTERNAL = re.compile(r"<(?:link|script)[^>]+(?:href|src)=\"https?://[^\"]+\"[^>]*>(?:</script>)?\s*")


def write_html(view: nx.MultiDiGraph, path: Path, title: str = "policykg") -> None:
    net = Network(height="860px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, data in sorted(view.nodes(data=True)):
        kind = data.get("type", "")
        net.add_node(
            node,
            label=str(data.get("label", node))[:40],
            title=html.escape(f"{data.get('label', node)} ({kind})"),
            color=COLORS.get(kind, "#999999"),
            shape=SHAPES.get(kind, "dot"),
        )
    for u, v, data in view.edges(data=True):
        net.add_edge(u, v, title=html.escape(str(data.get("label", ""))))
    net.toggle_physics(True)
    page = net.generate_html()
    page = EXTERNAL.sub("", page)
    path.write_text(page, encoding="utf-8")

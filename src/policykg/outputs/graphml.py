"""graph.graphml: the entity view (``view``), streamed as GraphML for Gephi
and friends. Text carries only characters XML 1.0 allows."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..link import KnowledgeBase
from .terms import xml_text
from .view import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, view_edges, view_nodes

NODE_KEYS = {name: f"d{i}" for i, name in enumerate(NODE_ATTRIBUTES)}
EDGE_KEYS = {name: f"d{i}" for i, name in enumerate(EDGE_ATTRIBUTES, len(NODE_KEYS))}


def write_graphml(kb: KnowledgeBase, path: Path) -> tuple[int, int]:
    """Write the view; returns (nodes, edges)."""
    nodes = edges = 0
    seen: set[str] = set()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head())
        for node, attrs in view_nodes(kb):
            if node in seen:
                continue
            seen.add(node)
            f.write(element("node", f"id={quoteattr(xml_text(node))}", attrs, NODE_KEYS))
            nodes += 1
        for u, v, key, attrs in view_edges(kb):
            if u not in seen or v not in seen:
                continue
            f.write(element("edge", f"source={quoteattr(xml_text(u))} target={quoteattr(xml_text(v))} id={quoteattr(xml_text(key))}",
                            attrs, EDGE_KEYS))
            edges += 1
        f.write("</graph>\n</graphml>\n")
    return nodes, edges


def head() -> str:
    keys = [f'<key id="{k}" for="node" attr.name="{name}" attr.type="string"/>' for name, k in NODE_KEYS.items()]
    keys += [f'<key id="{k}" for="edge" attr.name="{name}" attr.type="string"/>' for name, k in EDGE_KEYS.items()]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
            + "\n".join(keys) + '\n<graph edgedefault="directed">\n')


def element(tag: str, ident: str, attrs: dict[str, str], keys: dict[str, str]) -> str:
    data = "".join(f'<data key="{keys[k]}">{escape(xml_text(v))}</data>' for k, v in attrs.items() if v and k in keys)
    return f"<{tag} {ident}>{data}</{tag}>\n"

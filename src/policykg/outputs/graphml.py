"""graph.graphml: the entity view (``view``), streamed as GraphML for Gephi
and friends. Text carries only characters XML 1.0 allows."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from ..link import KnowledgeBase
from .terms import xml_text
from .view import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, view_edges, view_nodes

NODE_KEYS = {name: f"d{i}" for i, name in enumerate(NODE_ATTRIBUTES)}
EDGE_KEYS = {name: f"d{i}" for i, name in enumerate(EDGE_ATTRIBUTES, len(NODE_KEYS))}


class Census(NamedTuple):
    """What :func:`write_graphml` wrote: counts, and each node's type and degree as the file gives them
    (so that the page need not read the file again to pick its overview)."""

    nodes: int
    edges: int
    types: dict[str, str]
    degree: Counter


def write_graphml(kb: KnowledgeBase, path: Path) -> Census:
    """Write the view; returns its :class:`Census`."""
    edges = 0
    types: dict[str, str] = {}
    degree: Counter = Counter()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head())
        for node, attrs in view_nodes(kb):
            ident = xml_text(node)
            if ident in types:
                continue
            types[ident] = xml_text(attrs.get("type") or "")
            f.write(element("node", f"id={quoteattr(ident)}", attrs, NODE_KEYS))
        for u, v, key, attrs in view_edges(kb):
            source, target = xml_text(u), xml_text(v)
            if source not in types or target not in types:
                continue
            ident = f"source={quoteattr(source)} target={quoteattr(target)} id={quoteattr(xml_text(key))}"
            f.write(element("edge", ident, attrs, EDGE_KEYS))
            degree[source] += 1
            degree[target] += 1
            edges += 1
        f.write("</graph>\n</graphml>\n")
    return Census(len(types), edges, types, degree)


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

"""Outputs stage: the linked knowledge base written as graph.ttl (``turtle``),
tables/*.csv (``tables``), graph.graphml (``graphml``) and graph.html
(``html``), each from the entity view or the knowledge base."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import outdir
from ..link import KnowledgeBase
from .graphml import write_graphml
from .tables import write_tables
from .turtle import write_turtle


def write_outputs(kb: KnowledgeBase, folder: Path, progress: Callable[[str], None] = lambda stage: None) -> dict[str, int]:
    """Write every output into ``folder`` (its ``texts/`` is written by the
    pipeline); returns counts: triples, nodes, edges."""
    from .html import write_page  # the page writer imports pyvis' JavaScript: only when writing

    progress("turtle")
    triples = write_turtle(kb, folder / "graph.ttl")
    progress("tables")
    write_tables(kb, folder / "tables")
    progress("graphml")
    census = write_graphml(kb, folder / "graph.graphml")
    # The page is drawn from graph.graphml: check it first, so that a graphml that is not
    # well-formed XML stops the build with OutputCheckError naming its line (as the check
    # before the swap would), not with the page reader's ParseError.
    outdir.check_xml(folder / "graph.graphml")
    progress("html")
    write_page(folder / "graph.graphml", folder / "graph.html", census=(census.types, census.degree))
    return {"triples": triples, "nodes": census.nodes, "edges": census.edges}

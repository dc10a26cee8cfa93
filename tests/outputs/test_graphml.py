"""outputs/graphml.py and view.py: graph.graphml is well-formed XML that
networkx reads as the entity view; control characters and non-characters are
never written (issue 16, 2)."""
from __future__ import annotations

import networkx as nx
import pytest
from lxml import etree

from policykg.outputs.graphml import write_graphml
from policykg.outputs.view import networkx_view

from .kb_fixture import build_kb


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    kb = build_kb()
    path = tmp_path_factory.mktemp("graphml") / "graph.graphml"
    census = write_graphml(kb, path)
    return kb, path, census.nodes, census.edges


def test_the_census_of_the_writer_is_what_the_file_says(tmp_path):
    """The page picks its overview from the writer's census instead of reading the file again:
    each node's type and degree must be what reading the file gives."""
    from policykg.outputs.html import graphml_degrees

    census = write_graphml(build_kb(), tmp_path / "graph.graphml")
    types, degree = graphml_degrees(tmp_path / "graph.graphml")
    assert census.types == types and census.degree == degree
    assert census.nodes == len(types) and census.edges == sum(degree.values()) // 2
    assert any(degree.values()) and len(set(types.values())) > 2  # a view with links and several types


def test_graphml_is_well_formed_xml(written):
    _, path, _, _ = written
    root = etree.parse(str(path), etree.XMLParser(recover=False)).getroot()
    assert root.tag.endswith("graphml")


def test_control_characters_are_never_written(written):
    _, path, _, _ = written
    raw = path.read_text(encoding="utf-8")
    for bad in ("\x00", "\x1b", "\ufffe", "\uffff"):
        assert bad not in raw, repr(bad)
    assert "规范办法" in raw  # the hostile title is there, cleaned


def test_networkx_reads_the_entity_view(written):
    kb, path, nodes, edges = written
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.number_of_nodes() == nodes
    view = networkx_view(kb)
    assert set(g.nodes) == set(view.nodes)
    types = {data.get("type") for _, data in g.nodes(data=True)}
    assert {"document", "policy", "org", "target", "observation", "instrument", "indicator"} <= types
    assert "doc/notice" in g and "doc/news" in g


def test_edges_carry_their_relation(written):
    _, path, _, _ = written
    g = nx.read_graphml(path, force_multigraph=True)
    labels = {data.get("label") for _, _, data in g.edges(data=True)}
    assert {"issued_by", "embodies", "setsTarget", "hasInstrument", "mentions", "states"} <= labels


def test_the_same_knowledge_base_gives_the_same_bytes(written, tmp_path):
    _, path, _, _ = written
    write_graphml(build_kb(), tmp_path / "again.graphml")
    assert (tmp_path / "again.graphml").read_bytes() == path.read_bytes()


def test_no_edge_is_written_twice(written):
    _, path, _, edges = written
    assert nx.read_graphml(path, force_multigraph=True).number_of_edges() == edges

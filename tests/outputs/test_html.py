"""The graph page: self-contained and offline, escaped, a first view of the linked
backbone laid out without overlaps, overview for big graphs, `viz --around`.
(What a browser draws: test_html_browser.py.)"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import networkx as nx
import pytest

from conftest import REPO, SRC
from policykg.outputs import html as V
from policykg.outputs.layout import overlaps
from policykg.outputs.views import canonical
from policykg.outputs.viewspec import view_spec
from query.sample import cli, write_sample
from .views_fixture import EVIL, policy_view


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return write_sample(tmp_path_factory.mktemp("g") / "graph_out")


def page_data(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


def shown(data: dict) -> list[dict]:
    return [n for n in data["nodes"] if n["show"]]


def test_page_is_self_contained(graph, tmp_path):
    out = tmp_path / "g.html"
    V.viz(graph / "graph.ttl", out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?https?:", page)
    assert "<script>document.body" not in page          # the label is inside JSON, with < escaped
    assert "\\u003cscript\\u003e" in page
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "unpkg" not in page


def test_write_html_signature_for_export(tmp_path):
    view = nx.MultiDiGraph()
    view.add_node("policy/a", label="关于某事的通知", type="policy")
    view.add_node("org/b", label="工业和信息化部", type="org")
    view.add_edge("policy/a", "org/b", key="issued_by", label="issued_by", evidence="工业和信息化部印发通知。", doc="d1")
    V.write_html(view, tmp_path / "graph.html", title="policykg")
    assert "工业和信息化部印发通知。" in (tmp_path / "graph.html").read_text(encoding="utf-8")


def test_first_view_is_the_linked_backbone():
    view = policy_view(40)
    spec = view_spec()
    data = V.payload(canonical(view))
    first = shown(data)
    assert 0 < len(first) <= spec.first_view_nodes
    assert {n["type"] for n in first} <= {"policy", "org", "target"}      # documents, observations, indicators hidden
    ids = {n["id"] for n in first}
    linked = {e["from"] for e in data["edges"] if e["to"] in ids} | {e["to"] for e in data["edges"] if e["from"] in ids}
    assert all(n["id"] in linked for n in first)                          # no isolated star in the first view
    busiest = max((n for n in data["nodes"] if n["type"] == "org"), key=lambda n: n["degree"])
    assert busiest["show"] == 1                                            # the hub is there
    issuers = {e["to"] for e in data["edges"] if e["rel"] == "issued_by" and e["from"] in ids and e["to"] in ids}
    assert sum(1 for n in first if n["type"] == "policy" and any(
        e["from"] == n["id"] and e["to"] in issuers for e in data["edges"])) >= 5  # five policies with their issuer


def test_instruments_are_part_of_the_backbone():
    """A policy instrument (``instrument`` nodes, ``has_instrument`` or ``hasInstrument``
    links, as ontology/view.yaml names them) is drawn in the first view with its policy."""
    view = policy_view(6, evil=False)
    view.add_node("instrument/a", label="资金支持 最高3000万元", type="instrument", value="30000000", unit="元")
    view.add_edge("policy/1", "instrument/a", key="hasInstrument", label="hasInstrument")
    data = V.payload(canonical(view))
    node = next(n for n in data["nodes"] if n["iri"] == "instrument/a")
    assert node["show"] == 1 and any(e["rel"] == "has_instrument" for e in data["edges"])
    assert next(l for l in data["legend"] if l["type"] == "instrument")["shape"] == "hexagon"
    sub, _ = V.neighbourhood(canonical(view), "资金支持", 1)
    assert "policy/1" in sub


def test_first_view_boxes_do_not_overlap_and_labels_are_short():
    data = V.payload(canonical(policy_view(60)))
    first = shown(data)
    boxes = {n["id"]: (n["w"], n["h"]) for n in first}
    pos = {n["id"]: (n["x"], n["y"]) for n in first}
    assert overlaps(pos, boxes, pad=0) == 0
    spec = view_spec()
    for n in data["nodes"]:
        assert len(n["label"].split("\n")) <= spec.lines
        if n["type"] == "policy" and n["full"] != EVIL:
            assert "关于" not in n["label"] and not n["label"].endswith("通知")


def test_page_is_the_same_whatever_the_hash_seed(tmp_path):
    """Same input, same bytes: the layout must not depend on set order."""
    nx.write_graphml(policy_view(30), tmp_path / "graph.graphml")
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"p{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(SRC))
        r = subprocess.run([sys.executable, "-m", "policykg.cli", "viz", str(tmp_path / "graph.graphml"), "--out", str(out)],
                           capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0, r.stderr
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_edge_labels_are_canonical(graph):
    view = V.load_view(graph / "graph.ttl")                 # RDF: eli:passed_by, pkg:setsTarget …
    labels = {d["label"] for _, _, d in view.edges(data=True)}
    assert "issued_by" in labels and "sets_target" in labels
    assert not labels & {"passed_by", "setsTarget", "subOrganizationOf"}


def test_overview_for_big_graphs_keeps_the_linked_backbone():
    """Above MAX_NODES: backbone types first (no indicator stars), and the first view
    of the overview shows linked policies and bodies."""
    view = nx.MultiDiGraph()
    for i in range(V.MAX_NODES):                       # a big star of indicators, each with a high degree
        view.add_node(f"ind/{i}", label=f"指标{i}", type="indicator")
        view.add_edge(f"ind/{i}", f"ind/{(i + 1) % V.MAX_NODES}", label="x")
        view.add_edge(f"ind/{i}", f"ind/{(i + 7) % V.MAX_NODES}", label="x")
    for p in range(80):
        view.add_node(f"policy/{p}", label=f"关于第{p}项工作的通知", type="policy")
        view.add_node(f"org/{p % 8}", label=f"机构{p % 8}", type="org")
        view.add_edge(f"policy/{p}", f"org/{p % 8}", label="issued_by")
    data = page_data(V.render(view))
    assert "too many to lay out" in data["note"] and "--around" in data["note"]
    assert len(data["nodes"]) == V.OVERVIEW_NODES
    assert {n["iri"] for n in data["nodes"]} >= {f"policy/{p}" for p in range(80)} | {f"org/{o}" for o in range(8)}
    assert {n["type"] for n in shown(data)} == {"policy", "org"}


def test_build_page_of_a_big_graph_is_streamed_from_graphml(tmp_path):
    """graph.html of a big build is picked from graph.graphml as a stream (the file is
    never read whole) and is the same page as the overview of the whole graph."""
    view = nx.MultiDiGraph()
    for i in range(V.MAX_NODES + 50):
        view.add_node(f"obs/{i}", label=f"指标{i} {i}亿元", type="observation", doc=f"d{i % 9}")
        view.add_edge(f"doc/d{i % 9}", f"obs/{i}", key="states", label="states")
    for p in range(120):
        view.add_node(f"policy/{p}", label=f"关于第{p}项工作的通知", type="policy", date="2024-01")
        view.add_node(f"org/{p % 8}", label=f"机构{p % 8}", type="org")
        view.add_edge(f"policy/{p}", f"org/{p % 8}", key="issued_by", label="issued_by", evidence=f"第{p}句。", doc="d1")
        view.add_edge(f"policy/{p}", f"obs/{p}", key="states", label="states")
    for d in range(9):
        view.add_node(f"doc/d{d}", label=f"文件{d}", type="document")
    nx.write_graphml(view, tmp_path / "graph.graphml")
    V.write_page(tmp_path / "graph.graphml", tmp_path / "graph.html")
    whole = V.render(nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True), "policykg")
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == whole
    assert len(page_data(whole)["nodes"]) == V.OVERVIEW_NODES


def test_best_connected_from_a_stream():
    """The overview's nodes can be chosen from a stream of (node, type, degree),
    holding only ``n`` at a time: the same as sorting them all (backbone types first,
    documents last)."""
    kinds = ["org", "indicator", "document", "policy", "observation"]
    nodes = [(f"n{i}", kinds[i % 5], (i * 37) % 11) for i in range(500)]
    spec = view_spec()
    ranked = sorted(nodes, key=lambda x: (not spec.backbone(x[1]), x[1] == "document", -x[2], x[0]))
    assert V.best_connected(iter(nodes), 30) == {n for n, _, _ in ranked[:30]}
    assert all(k in ("org", "policy") for n, k, _ in nodes if n in V.best_connected(iter(nodes), 150))


# ---------------------------------------------------------------- viz --around


def test_neighbourhood_follows_meaningful_relations_not_documents():
    view = canonical(policy_view(40))
    sub, centre = V.neighbourhood(view, "某省人民政府", 1)
    assert centre == "org/2"
    issued = {u for u, v, d in view.edges(data=True) if v == "org/2" and d["label"] == "issued_by"}
    assert set(sub) == issued | {"org/2"}                      # its policies, no document, no other body
    sub2, _ = V.neighbourhood(view, "某省人民政府", 2)
    assert not any(n.startswith(("doc/", "observation/")) for n in sub2)
    assert any(n.startswith("target/") for n in sub2) and "org/4" in sub2  # targets and co-issuers of its policies
    assert sub2.nodes["org/2"]["centre"] == "yes"
    with pytest.raises(V.QueryError, match="not found"):
        V.neighbourhood(view, "完全不相干的名字xyz", 1)


@pytest.mark.xfail(strict=True, reason="html.first_view around a centre is views.around(...)[:first_view_nodes] with no "
                                       "type filter: a document reached over interprets/embodies (meaningful relations) is "
                                       "shown at first sight, though the first view holds only backbone types")
def test_around_first_view_shows_only_backbone_types():
    """What test_html_browser's seed --around page met by chance (the seed graph's document
    fell just past the budget): a document interpreting one of the centre's policies."""
    view = policy_view(40, evil=False)
    view.add_node("doc/reading", label="关于示范产业政策的解读", type="document", date="2022")
    view.add_edge("doc/reading", "policy/2", key="interprets", label="interprets")
    sub, centre = V.neighbourhood(canonical(view), "某省人民政府", 2)
    assert "doc/reading" in sub  # reached over interprets, a meaningful relation
    first = shown(V.payload(sub, centre=centre))
    assert len(first) >= view_spec().min_first_view
    assert [(n["type"], n["full"]) for n in first if not view_spec().backbone(n["type"])] == []


def test_neighbourhood_of_a_node_without_meaningful_links_takes_any_first_step():
    view = canonical(policy_view(12))
    sub, centre = V.neighbourhood(view, "示范项目数量", 2)
    assert centre == "indicator/0"
    assert any(n.startswith("observation/") for n in sub) and any(n.startswith("target/") for n in sub)
    assert any(n.startswith("policy/") for n in sub)            # target -> the policy that sets it
    assert not any(n.startswith("doc/") for n in sub)           # but no document hub


def test_neighbourhood_rdf(graph):
    view = V.load_view(graph / "graph.ttl")
    sub, centre = V.neighbourhood(view, "通知", 1)
    assert centre == "id:policy/notice"
    assert "id:org/office" in sub
    assert view.nodes["id:target/t1"]["evidence"] == "新建20个以上二级节点。"


def test_viz_around_writes_a_file_named_after_the_entity(tmp_path):
    nx.write_graphml(policy_view(20), tmp_path / "graph.graphml")
    r = subprocess.run([sys.executable, "-m", "policykg.cli", "viz", str(tmp_path / "graph.graphml"), "--around", "某省人民政府",
                        "--depth", "2"], capture_output=True, text=True, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(SRC)), timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "某省人民政府.html").is_file() and "某省人民政府.html" in r.stdout
    data = page_data((tmp_path / "某省人民政府.html").read_text(encoding="utf-8"))
    centre = next(n for n in data["nodes"] if n["iri"] == "org/2")
    assert data["centre"] == centre["id"] and centre["show"] == 1


@pytest.mark.parametrize("name, expected", [("工业和信息化部", "工业和信息化部.html"), ("../../etc/passwd", "etc_passwd.html"),
                                            ("a/b c《通知》", "a_b_c_通知.html"), ("...", "graph.html"), ("\x00\x1b", "graph.html")])
def test_safe_file_name(name, expected):
    assert V.safe_file_name(name) == expected


def test_viz_around_is_fast_on_the_seeds():
    """Was 16-19 s on the seeds' 942 nodes; reading, cutting and drawing now take well under 3 s."""
    start = time.perf_counter()
    view = V.load_view(REPO / "graph_out")
    sub, centre = V.neighbourhood(view, "工业和信息化部", 2)
    page = V.render(sub, "t", "", centre)
    assert time.perf_counter() - start < 3.0
    assert sub.number_of_nodes() < view.number_of_nodes() / 4 and len(page) > 10_000


def test_viz_reads_graphml_folder(tmp_path):
    view = nx.MultiDiGraph()
    view.add_node("policy/a", label="关于某事的通知", type="policy")
    view.add_node("org/b", label="工业和信息化部", type="org")
    view.add_edge("policy/a", "org/b", key="issued_by", label="issued_by")
    (tmp_path / "out").mkdir()
    nx.write_graphml(view, tmp_path / "out" / "graph.graphml")
    r = cli("viz", str(tmp_path / "out"), "--around", "通知", "--depth", "1", "--out", str(tmp_path / "n.html"))
    assert r.returncode == 0, r.stderr
    assert "2 nodes" in r.stdout


def test_viz_bad_graphml_is_a_clear_error(tmp_path):
    (tmp_path / "graph.graphml").write_text("<graphml><oops", encoding="utf-8")
    r = cli("viz", str(tmp_path), "--out", str(tmp_path / "x.html"))
    assert r.returncode == 1 and "graph.graphml: not a readable GraphML file" in r.stderr and "Traceback" not in r.stderr

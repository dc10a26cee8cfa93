"""The HTML graph: self-contained, offline, escaped, overview for big graphs; checked in headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile

import networkx as nx
import pytest

from policykg.outputs import html as V
from query.sample import cli, write_sample

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions",
         # network off: every host resolves to nothing and no proxy is reachable
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
EVIL = "恶意<script>document.body.setAttribute('data-pwned','yes')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">办法"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return write_sample(tmp_path_factory.mktemp("g") / "graph_out")


def chromium(url: str, *extra: str) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as profile:
        r = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=1400,900", "--virtual-time-budget=20000",
                            "--enable-logging=stderr", "--v=0", *extra, url], capture_output=True, text=True, timeout=120)
    return r.stdout, r.stderr


def console_errors(stderr: str) -> list[str]:
    return [l for l in stderr.splitlines() if "CONSOLE" in l and ("ERROR" in l or "Uncaught" in l)]


def body_attrs(dom: str) -> dict[str, str]:
    m = re.search(r"<body([^>]*)>", dom)
    return dict(re.findall(r'(data-[\w-]+)="([^"]*)"', m.group(1))) if m else {}


def test_page_is_self_contained(graph, tmp_path):
    out = tmp_path / "g.html"
    V.viz(graph / "graph.ttl", out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?https?:", page)
    assert "<script>document.body" not in page          # the label is inside JSON, with < escaped
    assert "\\u003cscript\\u003e" in page
    assert "cdn" not in page.lower().replace("cdnjs", "") or "cdn.jsdelivr" not in page


def test_write_html_signature_for_export(tmp_path):
    view = nx.MultiDiGraph()
    view.add_node("policy/a", label="关于某事的通知", type="policy")
    view.add_node("org/b", label="工业和信息化部", type="org")
    view.add_edge("policy/a", "org/b", key="issued_by", label="issued_by", evidence="工业和信息化部印发通知。", doc="d1")
    V.write_html(view, tmp_path / "graph.html", title="policykg")
    assert "工业和信息化部印发通知。" in (tmp_path / "graph.html").read_text(encoding="utf-8")


def test_overview_for_big_graphs():
    view = nx.MultiDiGraph()
    for i in range(V.MAX_NODES + 50):
        view.add_node(f"n{i}", label=f"节点{i}", type="org")
        if i:
            view.add_edge(f"n{i}", "n0", label="x")
    page = V.render(view)
    assert "too many to lay out" in page and "--around" in page
    assert page.count('"iri":') == V.OVERVIEW_NODES


def test_neighbourhood(graph):
    view = V.load_view(graph / "graph.ttl")
    sub, centre = V.neighbourhood(view, "通知", 1)
    assert centre == "id:policy/notice"
    assert "id:org/office" in sub and "id:indicator/n2" not in sub
    sub2, _ = V.neighbourhood(view, "通知", 2)
    assert "id:indicator/n2" in sub2
    assert view.nodes["id:target/t1"]["evidence"] == "新建20个以上二级节点。"
    with pytest.raises(V.QueryError, match="not found"):
        V.neighbourhood(view, "完全不相干的名字xyz", 1)


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


@needs_chromium
def test_browser_draws_offline_without_errors_and_escapes(graph, tmp_path):
    out = tmp_path / "g.html"
    V.viz(graph / "graph.ttl", out)
    n_nodes = V.load_view(graph / "graph.ttl").number_of_nodes()
    dom, log = chromium(out.as_uri() + "#selftest", "--dump-dom")
    attrs = body_attrs(dom)
    assert attrs.get("data-ready") == "1", log[-2000:]
    assert attrs.get("data-drawn") == str(n_nodes)
    assert attrs.get("data-physics") == "off"
    assert int(attrs.get("data-selftest", "0")) >= n_nodes      # every tooltip was rendered into the page
    assert "data-pwned" not in attrs and "data-errors" not in attrs
    assert "恶意&lt;script&gt;" in dom                          # shown as text in the tooltip
    assert console_errors(log) == []


@needs_chromium
def test_browser_overview_and_screenshot(tmp_path):
    view = nx.MultiDiGraph()
    for i in range(V.MAX_NODES + 200):
        view.add_node(f"n{i}", label=f"机构{i}", type=["org", "policy", "indicator"][i % 3])
        if i:
            view.add_edge(f"n{i}", f"n{i // 10}", label="x")
    out = tmp_path / "big.html"
    V.write_html(view, out)
    dom, log = chromium(out.as_uri(), "--dump-dom")
    attrs = body_attrs(dom)
    assert attrs.get("data-drawn") == str(V.OVERVIEW_NODES) and console_errors(log) == []
    shot = tmp_path / "shot.png"
    chromium(out.as_uri(), f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000


def test_best_connected_from_a_stream():
    """The overview's nodes can be chosen from a stream of (node, type,
    degree), holding only ``n`` at a time: the same as sorting them all."""
    nodes = [(f"n{i}", "document" if i % 7 == 0 else "org", (i * 37) % 11) for i in range(500)]
    ranked = sorted(nodes, key=lambda x: (x[1] == "document", -x[2], x[0]))
    assert V.best_connected(iter(nodes), 30) == {n for n, _, _ in ranked[:30]}

"""policykg push against a live Oxigraph server (the `oxigraph` PyPI package's server binary)."""
from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from policykg.query import push as P
from policykg.query import sparql as Q
from .sample import cli, write_sample

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    if not Path(OXIGRAPH).exists():
        pytest.skip("oxigraph server not installed (pip install oxigraph)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path_factory.mktemp("oxdata")
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("oxigraph server did not start: " + proc.stderr.read().decode()[:300])
    yield base
    proc.terminate()
    proc.wait(10)


def remote(base: str, q: str) -> list[list[str]]:
    req = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(q)}", headers={"Accept": "text/csv"})
    return list(csv.reader(io.StringIO(urllib.request.urlopen(req, timeout=30).read().decode())))[1:]


def test_split_rule(tmp_path):
    g = write_sample(tmp_path / "g")
    parts = P.split(Q.load(g))
    base = P.GRAPH_BASE
    assert set(parts) == {base + "doc/d1", base + "doc/d2", base + "shared"}
    d1 = {(t.subject.value, t.predicate.value) for t in parts[base + "doc/d1"]}
    assert ("https://w3id.org/policykg/id/target/t1", "https://w3id.org/policykg#targetValue") in d1
    assert ("https://w3id.org/policykg/id/policy/notice", "https://w3id.org/policykg#setsTarget") in d1
    assert ("https://w3id.org/policykg/id/policy/notice", "http://data.europa.eu/eli/ontology#passed_by") in d1
    shared = {(t.subject.value, t.predicate.value) for t in parts[base + "shared"]}
    assert ("https://w3id.org/policykg/id/org/miit", "http://www.w3.org/2004/02/skos/core#prefLabel") in shared
    union = {t for ts in parts.values() for t in ts}
    assert len(union) == Q.load(g).triples


def test_push_to_oxigraph(oxigraph, tmp_path):
    g = write_sample(tmp_path / "g")
    summary = P.push(g, f"{oxigraph}/store")
    assert len(summary.graphs) == 3
    rows = remote(oxigraph, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    assert {r[0]: int(r[1]) for r in rows} == summary.graphs
    total = remote(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert int(total[0][0]) == Q.load(g).triples
    # pushing again replaces (PUT), it does not duplicate
    P.push(g, f"{oxigraph}/store")
    again = remote(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(again[0][0]) == sum(summary.graphs.values())
    # the lookups' question, asked of the remote server
    rows = remote(oxigraph, """SELECT ?title WHERE { GRAPH ?g1 { ?p <https://w3id.org/policykg#setsTarget> ?t }
        GRAPH ?g2 { ?p <http://data.europa.eu/eli/ontology#title> ?title } }""")
    assert rows == [["关于推动工业互联网加快发展的通知"]]


README_QUERY = ("SELECT ?title WHERE { ?p a <https://w3id.org/policykg#Policy> ; "
                "<http://data.europa.eu/eli/ontology#title> ?title } ORDER BY ?title")


def test_plain_query_sees_the_graph_after_push(oxigraph, tmp_path):
    """The README's query (no GRAPH clause) answers on a default Oxigraph server after push."""
    g = write_sample(tmp_path / "g")
    summary = P.push(g, f"{oxigraph}/store")
    local = [[t] for t in Q.load(g).query(README_QUERY)["title"]]
    assert summary.default == Q.load(g).triples
    assert remote(oxigraph, README_QUERY) == local and len(local) == 2
    n = remote(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(n[0][0]) == Q.load(g).triples  # PUT replaced the default graph: no duplicates
    P.push(g, f"{oxigraph}/store")
    assert remote(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == n


def test_push_without_default_graph(oxigraph, tmp_path):
    g = write_sample(tmp_path / "g")
    P.push(g, f"{oxigraph}/store")
    P.push(g, f"{oxigraph}/store", default_graph=False)
    assert remote(oxigraph, README_QUERY)  # left as it was
    summary = P.push(g, f"{oxigraph}/store", default_graph=False)
    assert summary.default is None and "not sent" in str(summary)


def test_push_errors(tmp_path):
    g = write_sample(tmp_path / "g")
    with pytest.raises(P.PushError, match="expected an http"):
        P.push(g, "localhost:1/store")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(P.PushError, match="cannot reach"):
        P.push(g, f"http://127.0.0.1:{port}/store")


def test_cli_push(oxigraph, tmp_path):
    g = write_sample(tmp_path / "g")
    r = cli("push", str(g), "--endpoint", f"{oxigraph}/store")
    assert r.returncode == 0, r.stderr
    n = Q.load(g).triples
    assert r.stdout.startswith(f"pushed {n:,} triples to {oxigraph}/store in ") and "graph/doc/d1" in r.stdout
    assert f"default graph (replaced): {n:,} triples; queries without GRAPH see the whole graph" in r.stdout
    assert "GRAPH <https://w3id.org/policykg/graph/doc/ID>" in r.stdout
    r = cli("push", str(g), "--endpoint", f"{oxigraph}/nope")
    assert r.returncode == 1 and "error:" in r.stderr

"""policykg serve: the SPARQL 1.1 Protocol endpoint over HTTP."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from policykg.query import serve as S
from test_query import SRC, write_sample


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    g = write_sample(tmp_path_factory.mktemp("g") / "graph_out")
    srv = S.make_server(g, port=0, timeout=5, max_rows=2, quiet=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    host, port = srv.server_address[:2]
    yield f"http://{host}:{port}"
    srv.shutdown()
    srv.server_close()


def get(url, accept=None, data=None, ctype=None, method=None):
    headers = {}
    if accept:
        headers["Accept"] = accept
    if ctype:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


Q = "SELECT ?l WHERE { ?x a pkg:Indicator ; skos:prefLabel ?l } ORDER BY ?l"


def test_get_json(server):
    st, h, body = get(f"{server}/sparql?query={urllib.parse.quote(Q)}")
    assert st == 200 and h["Content-Type"].startswith("application/sparql-results+json")
    j = json.loads(body)
    assert j["head"]["vars"] == ["l"]
    assert j["results"]["bindings"][0]["l"] == {"type": "literal", "value": "二级节点", "xml:lang": "zh"}


def test_post_query_and_form_csv_tsv(server):
    st, h, body = get(f"{server}/sparql", accept="text/csv", data=Q.encode(), ctype="application/sparql-query")
    assert st == 200 and list(csv.reader(io.StringIO(body))) == [["l"], ["二级节点"], ["标识注册量"]]
    form = urllib.parse.urlencode({"query": Q}).encode()
    st, h, body = get(f"{server}/sparql", accept="text/tab-separated-values", data=form, ctype="application/x-www-form-urlencoded")
    assert st == 200 and body.splitlines() == ["?l", '"二级节点"@zh', '"标识注册量"@zh']


def test_result_cap(server):
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    st, h, body = get(f"{server}/sparql?query={urllib.parse.quote(q)}")
    assert st == 200 and h.get("X-PolicyKG-Truncated") == "true" and len(json.loads(body)["results"]["bindings"]) == 2


def test_ask_construct_named(server):
    st, h, body = get(f"{server}/sparql?query={urllib.parse.quote('ASK { ?x a pkg:Policy }')}")
    assert json.loads(body)["boolean"] is True
    st, h, body = get(f"{server}/sparql?query={urllib.parse.quote('CONSTRUCT { ?x a pkg:Policy } WHERE { ?x a pkg:Policy }')}")
    assert st == 200 and h["Content-Type"].startswith("application/n-triples") and body.count(" .") == 2
    st, h, body = get(f"{server}/sparql?query=documents")
    assert st == 200 and json.loads(body)["head"]["vars"][0] == "doc"


def test_updates_refused(server):
    st, _, body = get(f"{server}/sparql", data=b"DROP ALL", ctype="application/sparql-update")
    assert st == 403 and "read-only" in body
    st, _, body = get(f"{server}/sparql", data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(), ctype="application/x-www-form-urlencoded")
    assert st == 403
    st, _, body = get(f"{server}/sparql?query={urllib.parse.quote('INSERT DATA { <a:a> <a:b> <a:c> }')}")
    assert st == 403 and "INSERT refused" in body


def test_errors(server):
    st, _, body = get(f"{server}/sparql?query={urllib.parse.quote('SELECT ?x WHERE { ?x }')}")
    assert st == 400 and "syntax error" in body
    st, _, body = get(f"{server}/sparql?query={urllib.parse.quote(Q)}", accept="image/png")
    assert st == 406
    st, _, _ = get(f"{server}/sparql?query=/etc/passwd.rq")
    assert st == 400


def test_lookups_api_and_page(server):
    st, _, body = get(f"{server}/api/targets?q={urllib.parse.quote('二级节点')}")
    assert st == 200 and json.loads(body)["targets"][0]["status"] == "met"
    st, _, body = get(f"{server}/api/policy?q={urllib.parse.quote('通知')}")
    assert json.loads(body)["title"] == "关于推动工业互联网加快发展的通知"
    st, _, body = get(f"{server}/api/metric?q={urllib.parse.quote('} ; DROP ALL {')}")
    assert st == 404 and "not found" in json.loads(body)["error"]
    st, h, body = get(f"{server}/")
    assert st == 200 and "<textarea" in body and 'data-api="targets"' in body
    assert not re.search(r"(src|href)=\"https?:", body)


def test_time_limit(tmp_path):
    g = write_sample(tmp_path / "g")
    srv = S.make_server(g, port=0, timeout=0.5, quiet=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    host, port = srv.server_address[:2]
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t0 = time.monotonic()
    st, _, body = get(f"http://{host}:{port}/sparql?query={urllib.parse.quote(slow)}")
    assert st == 503 and "time limit" in body and time.monotonic() - t0 < 5
    srv.shutdown()
    srv.server_close()


def test_cli_serve_startup_line(tmp_path):
    g = write_sample(tmp_path / "g")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "serve", str(g), "--port", str(port), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"policykg serve: http://127.0.0.1:{port}/")
        st, _, body = get(f"http://127.0.0.1:{port}/sparql?query={urllib.parse.quote('ASK {}')}")
        assert st == 200
    finally:
        proc.terminate()
        proc.wait(10)

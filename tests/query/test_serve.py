"""policykg serve: the SPARQL 1.1 Protocol endpoint over HTTP — formats, refusals, HTTP input, banner."""
from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, TURTLE, SPARQLWrapper

from policykg.query import serve as S
from policykg.query import sparql as Qy

from .sample import SRC, write_sample

SR = "{http://www.w3.org/2005/sparql-results#}"


def start(graph, **kw) -> tuple[S.Server, str]:
    srv = S.make_server(graph, port=0, quiet=True, **kw)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    host, port = srv.server_address[:2]
    return srv, f"http://{host}:{port}"


def stop(srv: S.Server) -> None:
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    return write_sample(tmp_path_factory.mktemp("g") / "graph_out")


@pytest.fixture(scope="module")
def server(graph):
    srv, url = start(graph, timeout=5, max_rows=2)
    yield url
    stop(srv)


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


def sparql_url(server: str, q: str) -> str:
    return f"{server}/sparql?query={urllib.parse.quote(q)}"


def raw(server: str, request: bytes) -> bytes:
    """Send raw bytes, return everything the server answers before closing (or 5 s)."""
    host, port = urllib.parse.urlparse(server).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=5) as s:
        s.sendall(request)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except TimeoutError:
            pass
    return out


Q = "SELECT ?l WHERE { ?x a pkg:Indicator ; skos:prefLabel ?l } ORDER BY ?l"


# ---------------------------------------------------------------- results and formats


def test_get_json(server):
    st, h, body = get(sparql_url(server, Q))
    assert st == 200 and h["Content-Type"].startswith("application/sparql-results+json")
    j = json.loads(body)
    assert j["head"]["vars"] == ["l"]
    assert j["results"]["bindings"][0]["l"] == {"type": "literal", "value": "二级节点", "xml:lang": "zh"}


def test_xml_results(server):
    st, h, body = get(sparql_url(server, Q), accept="application/sparql-results+xml")
    assert st == 200 and h["Content-Type"].startswith("application/sparql-results+xml")
    assert [e.text for e in ET.fromstring(body).iter(SR + "literal")] == ["二级节点", "标识注册量"]


def test_post_query_and_form_csv_tsv(server):
    st, h, body = get(f"{server}/sparql", accept="text/csv", data=Q.encode(), ctype="application/sparql-query")
    assert st == 200 and list(csv.reader(io.StringIO(body))) == [["l"], ["二级节点"], ["标识注册量"]]
    form = urllib.parse.urlencode({"query": Q}).encode()
    st, h, body = get(f"{server}/sparql", accept="text/tab-separated-values", data=form, ctype="application/x-www-form-urlencoded")
    assert st == 200 and body.splitlines() == ["?l", '"二级节点"@zh', '"标识注册量"@zh']


def test_result_cap(server):
    st, h, body = get(sparql_url(server, "SELECT ?s WHERE { ?s ?p ?o }"))
    assert st == 200 and h.get("X-PolicyKG-Truncated") == "true" and len(json.loads(body)["results"]["bindings"]) == 2


def test_construct_formats(server):
    q = sparql_url(server, "CONSTRUCT { ?x a pkg:Policy } WHERE { ?x a pkg:Policy }")
    st, h, body = get(q, accept="text/turtle")
    assert st == 200 and h["Content-Type"].startswith("text/turtle") and "@prefix" in body
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == 2
    st, h, body = get(q)  # no Accept: Turtle
    assert h["Content-Type"].startswith("text/turtle")
    st, h, body = get(q, accept="application/n-triples")
    assert h["Content-Type"].startswith("application/n-triples") and body.count(" .\n") == 2
    st, h, body = get(q, accept="application/ld+json")
    assert h["Content-Type"].startswith("application/ld+json") and len(rdflib.Graph().parse(data=body, format="json-ld")) == 2


def test_ask_and_named_query_with_params(server, graph):
    st, h, body = get(sparql_url(server, "ASK { ?x a pkg:Policy }"))
    assert json.loads(body)["boolean"] is True
    st, h, body = get(f"{server}/sparql?query=documents")
    assert st == 200 and json.loads(body)["head"]["vars"][0] == "doc"
    st, h, body = get(f"{server}/sparql?query=policies-by-issuer&issuer={urllib.parse.quote('工信部')}", accept="text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    local = Qy.sparql(graph, "policies-by-issuer", issuer="工信部")
    assert st == 200 and rows[0][0] == "issuer_name" and [r[2] for r in rows[1:]] == local["title"].tolist()
    st, h, body = get(f"{server}/sparql?query=policies-by-issuer&issuer={urllib.parse.quote('no such issuer')}", accept="text/csv")
    assert st == 200 and body.splitlines() == ["issuer_name,date,title,kind,policy"]


def test_raw_utf8_in_the_request_line(server):
    out = raw(server, "GET /sparql?query=policies-by-issuer&issuer=工信部 HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n"
                      "Connection: close\r\n\r\n".encode())
    assert out.startswith(b"HTTP/1.1 200 ") and "工业和信息化部".encode() in out


def test_sparqlwrapper_with_its_defaults(server):
    sw = SPARQLWrapper(f"{server}/sparql")
    sw.setQuery("PREFIX pkg: <https://w3id.org/policykg#> SELECT ?x WHERE { ?x a pkg:Policy }")
    doc = sw.query().convert()  # default: GET, XML results -> xml.dom.minidom Document
    assert len(doc.getElementsByTagName("result")) == 2
    sw.setQuery("PREFIX pkg: <https://w3id.org/policykg#> CONSTRUCT { ?x a pkg:Policy } WHERE { ?x a pkg:Policy }")
    g = sw.query().convert()  # default for CONSTRUCT: RDF/XML -> rdflib Graph
    assert isinstance(g, rdflib.Graph) and len(g) == 2
    sw.setReturnFormat(TURTLE)
    res = sw.query()
    assert res.response.headers["Content-Type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=res.convert(), format="turtle")) == 2


@pytest.mark.parametrize("request_method", [None, POSTDIRECTLY])
def test_sparqlwrapper_post_json(server, request_method):
    sw = SPARQLWrapper(f"{server}/sparql")
    sw.setMethod(POST)
    if request_method:
        sw.setRequestMethod(request_method)
    sw.setReturnFormat(JSON)
    sw.setQuery("PREFIX pkg: <https://w3id.org/policykg#> ASK { ?x a pkg:Target }")
    assert sw.query().convert()["boolean"] is True


# ---------------------------------------------------------------- refusals


def test_updates_refused(server):
    st, _, body = get(f"{server}/sparql", data=b"DROP ALL", ctype="application/sparql-update")
    assert st == 403 and "read-only" in body
    st, _, body = get(f"{server}/sparql", data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(), ctype="application/x-www-form-urlencoded")
    assert st == 403
    st, _, body = get(sparql_url(server, "INSERT DATA { <a:a> <a:b> <a:c> }"))
    assert st == 403 and "INSERT refused" in body
    st, _, body = get(sparql_url(server, "LOAD <http://127.0.0.1:9/x.ttl>"))
    assert st == 403 and "LOAD refused" in body


def test_errors(server):
    st, _, body = get(sparql_url(server, "SELECT ?x WHERE { ?x }"))
    assert st == 400 and "syntax error" in body
    st, _, body = get(sparql_url(server, Q), accept="image/png")
    assert st == 406 and "application/sparql-results+xml" in body
    st, _, body = get(f"{server}/sparql?query={urllib.parse.quote(Q)}&query=ASK{{}}")
    assert st == 400 and "exactly one query" in body


def test_query_files_are_not_run_over_http(server, tmp_path, monkeypatch):
    secret = tmp_path / "secret.rq"
    secret.write_text("# SECRET-FIRST-LINE\nSELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a bare file name would resolve here
    for q in (str(secret), "secret.rq", "./secret.rq", str(secret.with_suffix(""))):
        st, _, body = get(f"{server}/sparql?query={urllib.parse.quote(q)}")
        assert st == 400 and "SECRET" not in body, q
        assert "not run here" in body or "unknown named query" in body or "syntax error" in body


@pytest.fixture
def listener():
    """A TCP listener that records connections and never answers (a stalled SPARQL server)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    seen: list[socket.socket] = []
    stop_flag = threading.Event()

    def accept():
        while not stop_flag.is_set():
            try:
                seen.append(sock.accept()[0])
            except (TimeoutError, OSError):
                pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield sock.getsockname()[1], seen
    stop_flag.set()
    t.join()
    for s in seen:
        s.close()
    sock.close()


def test_service_refused_and_never_contacted(server, listener):
    port, seen = listener
    st, _, body = get(sparql_url(server, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"))
    assert st == 403 and "SERVICE refused" in body and "--allow-service" in body
    st, _, body = get(sparql_url(server, 'SELECT ?x WHERE { ?x a pkg:Policy FILTER(?x != "SERVICE <http://x/> {}") }'))
    assert st == 200 and len(json.loads(body)["results"]["bindings"]) == 2
    time.sleep(0.3)
    assert seen == []


def test_from_and_dataset_arguments_refused(server, listener):
    port, seen = listener
    for q in (f"SELECT * FROM <http://127.0.0.1:{port}/g.ttl> WHERE {{ ?s ?p ?o }}",
              "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }"):
        st, _, body = get(sparql_url(server, q))
        assert st == 403 and "never fetches" in body, q
    st, _, body = get(sparql_url(server, "ASK {}") + "&default-graph-uri=" + urllib.parse.quote(f"http://127.0.0.1:{port}/g"))
    assert st == 403 and "default-graph-uri" in body
    time.sleep(0.3)
    assert seen == []


# ---------------------------------------------------------------- HTTP input


@pytest.mark.parametrize("length", [b"-1", b"abc", b"1e3", b"+5", b"10, 20"])
def test_bad_content_length_is_400(server, length):
    out = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                      b"Content-Length: " + length + b"\r\n\r\nASK {}")
    assert out.startswith(b"HTTP/1.1 400 ") and b"Content-Length" in out and b"Traceback" not in out


def test_body_over_the_cap_is_413(server):
    out = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                      b"Content-Length: 2000000\r\n\r\nASK {}")
    assert out.startswith(b"HTTP/1.1 413 ")
    big = ("ASK {} #" + "x" * (S.MAX_BODY + 10)).encode()
    st, _, body = get(f"{server}/sparql", data=big, ctype="application/sparql-query")
    assert st == 413


def test_chunked_body(server):
    body = b"ASK { ?x a pkg:Policy }"
    out = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/sparql-query\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n")
    assert out.startswith(b"HTTP/1.1 200 ") and out.endswith(b'"boolean": true}')


def test_http11_keep_alive(server):
    conn = http.client.HTTPConnection(urllib.parse.urlparse(server).netloc, timeout=10)
    socks = []
    for _ in range(3):
        conn.request("GET", "/sparql?query=" + urllib.parse.quote("ASK {}"))
        r = conn.getresponse()
        assert r.version == 11 and r.status == 200 and json.loads(r.read()) == {"head": {}, "boolean": True}
        socks.append(conn.sock)
    assert socks[0] is not None and socks[0] is socks[1] is socks[2]  # one connection for all three
    conn.close()


def test_listen_backlog_and_connection_cap(graph, monkeypatch):
    assert S.Server.request_queue_size >= 1024
    monkeypatch.setattr(S, "MAX_CONNECTIONS", 2)
    srv, url = start(graph)
    try:
        host, port = srv.server_address[:2]
        held = [socket.create_connection((host, port)) for _ in range(2)]
        time.sleep(0.2)
        out = raw(url, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n")
        assert out.startswith(b"HTTP/1.1 503 ") and b"Retry-After: 1" in out
        for s in held:
            s.close()
        time.sleep(0.2)
        assert get(sparql_url(url, "ASK {}"))[0] == 200
    finally:
        stop(srv)


# ---------------------------------------------------------------- lookups, page, banner


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_cli(cwd: Path, *args: str) -> tuple[subprocess.Popen, str, str]:
    """`policykg serve ARGS` in ``cwd``: the process, its base URL and its banner."""
    port = free_port()
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "serve", *args, "--port", str(port), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
    return proc, f"http://127.0.0.1:{port}", proc.stdout.readline()


def test_cli_banner_shows_the_path_given_and_the_triples_held(tmp_path):
    write_sample(tmp_path / "graph_out")
    proc, url, line = start_cli(tmp_path, "graph_out")
    try:
        held = Qy.load(tmp_path / "graph_out").triples
        assert line.startswith(f"policykg serve: {url}/  (SPARQL endpoint {url}/sparql; graph_out/graph.ttl, {held:,} triples, loaded in ")
        assert line.rstrip().endswith("s; read-only; Ctrl-C to stop)")
        st, _, body = get(sparql_url(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), accept="text/csv")
        assert st == 200 and body.splitlines()[1] == str(held)
    finally:
        proc.terminate()
        proc.wait(10)


def test_client_that_leaves_early_is_no_error(graph, capfd):
    srv, url = start(graph, timeout=0.5)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        host, port = srv.server_address[:2]
        with socket.create_connection((host, port)) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # close = reset
            s.sendall(f"GET /sparql?query={urllib.parse.quote(slow)} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        time.sleep(1.0)
        assert get(sparql_url(url, "ASK {}"))[0] == 200
    finally:
        stop(srv)
    assert "Traceback" not in capfd.readouterr().err


def test_time_limit(graph):
    srv, url = start(graph, timeout=0.5)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        t0 = time.monotonic()
        st, _, body = get(sparql_url(url, slow))
        assert st == 503 and "time limit of 0.5 s" in body and time.monotonic() - t0 < 1.5
        before = tree_cpu(os.getpid())  # this process (the server's threads) and the query processes
        time.sleep(0.5)
        assert tree_cpu(os.getpid()) - before < 0.15  # the query stopped using CPU at the limit
        t0 = time.monotonic()
        assert get(sparql_url(url, "ASK {}"))[0] == 200 and time.monotonic() - t0 < 0.5  # the server is free again
    finally:
        stop(srv)


# ---------------------------------------------------------------- under load


def process_tree(root: int) -> dict[int, list[str]]:
    """The /proc/PID/stat fields (from the state on) of ``root`` and its live descendants."""
    stats = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stats[int(d.name)] = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
    tree, grew = {root}, True
    while grew:
        kids = {pid for pid, f in stats.items() if int(f[1]) in tree} - tree
        tree |= kids
        grew = bool(kids)
    return {p: stats[p] for p in tree if p in stats and stats[p][0] != "Z"}


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by ``root`` and its live descendants."""
    ticks = sum(int(f[11]) + int(f[12]) for f in process_tree(root).values())
    return ticks / os.sysconf("SC_CLK_TCK")


def niced(root: int) -> list[int]:
    """Processes of the tree at nice 19: the serve workers running long queries."""
    return [p for p, f in process_tree(root).items() if int(f[16]) == 19]


def write_big(folder: Path, extra: int = 3000) -> Path:
    """The sample graph plus ``extra`` triples: a 3-way cartesian product over it never ends."""
    write_sample(folder)
    with open(folder / "graph.ttl", "a", encoding="utf-8") as f:
        f.writelines(f'<https://w3id.org/policykg/id/x/{i}> <https://w3id.org/policykg#n> "{i}" .\n' for i in range(extra))
    return folder


CHEAP = ["ASK {}", Q, "documents", "SELECT (COUNT(*) AS ?n) WHERE { ?x a pkg:Policy }"]
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


CUT = (1 << (signal.SIGKILL - 1)) | (1 << (signal.SIGALRM - 1))  # pending signals that end a worker


def pending_cut(pid: int) -> bool | None:
    """Whether ``pid`` has been cut (SIGKILL or its own SIGALRM pending, or a zombie);
    None when it is gone. A killed process at nice 19 on a busy machine may wait a
    while for the CPU to die: it runs nothing meanwhile."""
    try:
        fields = dict(line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":\t" in line)
    except OSError:
        return None
    pending = int(fields.get("SigPnd", "0"), 16) | int(fields.get("ShdPnd", "0"), 16)
    return fields.get("State", "R")[0] in "ZX" or bool(pending & CUT)


class NicedWatch(threading.Thread):
    """Samples the server's process tree every few ms: for each process seen at nice 19
    (a worker whose query turned long), when it was first seen so and when it was last
    seen running (alive and not cut). Sparse sampling (a busy machine, or this
    process's many client threads) can only shorten the interval between the two."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.stopped = root, threading.Event()
        self.first: dict[int, float] = {}
        self.running: dict[int, float] = {}

    def run(self) -> None:
        while not self.stopped.is_set():
            now = time.monotonic()
            for pid, f in process_tree(self.root).items():
                if int(f[16]) == 19:
                    self.first.setdefault(pid, now)
                    if pending_cut(pid) is False:
                        self.running[pid] = now
            time.sleep(0.01)

    def lived(self) -> dict[int, float]:
        """pid -> seconds it was seen running at nice 19."""
        return {pid: self.running.get(pid, first) - first for pid, first in self.first.items()}

    def uncut(self) -> list[int]:
        """The niced processes still alive and not cut."""
        return [p for p in self.first if pending_cut(p) is False]


def cheap_clients(netloc: str, clients: int, seconds: float) -> tuple[list[float], list[int]]:
    """``clients`` keep-alive clients asking the cheap queries for ``seconds``: (latencies, statuses)."""
    latencies: list[float] = []
    statuses: list[int] = []
    done = threading.Event()

    def cheap(i: int) -> None:
        conn = http.client.HTTPConnection(netloc, timeout=30)
        n = 0
        while not done.is_set():
            t0 = time.monotonic()
            conn.request("GET", "/sparql?query=" + urllib.parse.quote(CHEAP[(i + n) % len(CHEAP)]))
            r = conn.getresponse()
            r.read()
            latencies.append(time.monotonic() - t0)
            statuses.append(r.status)
            n += 1
        conn.close()

    threads = [threading.Thread(target=cheap, args=(i,)) for i in range(clients)]
    try:
        for t in threads:
            t.start()
        time.sleep(seconds)
    finally:
        done.set()
        for t in threads:
            t.join(30)
    return latencies, statuses


def p99(latencies: list[float]) -> float:
    lat = sorted(latencies)
    return lat[min(len(lat) - 1, int(0.99 * len(lat)))]


def run_load(tmp_path: Path, listener, clients: int, expensive: int, limit: float) -> None:
    """The same cheap clients twice, alone (the baseline: what this machine gives now)
    and beside the expensive queries; the cheap queries must stay about as fast, and
    every expensive one must be cut at the limit, counted from when its worker turned
    it long, and answer 503. Timing is measured relative to the same run, so a busy
    machine slows both phases alike instead of failing the test."""
    from policykg.query.workers import LONG_AFTER

    port, _ = listener
    write_big(tmp_path / "big")
    proc, url, banner = start_cli(tmp_path, "big", "--timeout", str(limit), "--allow-service")
    assert banner.startswith("policykg serve:") and "SERVICE allowed" in banner
    netloc = urllib.parse.urlparse(url).netloc
    long_after = min(LONG_AFTER, limit / 4)
    slow: list[tuple[str, int, float, str]] = []
    watch = NicedWatch(proc.pid)

    def costly(name: str, q: str) -> None:
        t0 = time.monotonic()
        st, _, body = get(sparql_url(url, q))
        slow.append((name, st, time.monotonic() - t0, body))

    try:
        cheap_clients(netloc, clients, 0.5)  # warm-up: the workers forked, the caches filled
        base_latencies, base_statuses = cheap_clients(netloc, clients, 1.0)
        assert set(base_statuses) == {200} and len(base_statuses) >= clients
        assert not niced(proc.pid)  # nothing long before the expensive queries
        costly_threads = [threading.Thread(target=costly, args=("cartesian", CARTESIAN)) for _ in range(expensive)]
        costly_threads.append(threading.Thread(target=costly, args=(
            "service", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")))
        watch.start()
        for t in costly_threads:
            t.start()
        time.sleep(0.1)
        latencies, statuses = cheap_clients(netloc, clients, limit + 1.5)  # before, during and after the cut
        for t in costly_threads:
            t.join(60)
        time.sleep(0.3)
        watch.stopped.set()
        watch.join(10)
        lived = watch.lived()
        base, loaded = p99(base_latencies), p99(latencies)
        print(f"cheap queries: alone {len(base_latencies)}, p99 {base * 1000:.0f} ms; beside the expensive ones "
              f"{len(latencies)}, p50 {sorted(latencies)[len(latencies) // 2] * 1000:.0f} ms, p99 {loaded * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms; expensive cut after {sorted(round(e, 2) for _, _, e, _ in slow)} s "
              f"(client), niced for {sorted(round(v, 2) for v in lived.values())} s (server)")
        # the expensive queries turned long (niced) and were cut at the limit, counted in their workers
        assert len(watch.first) >= expensive + 1, watch.first
        assert watch.uncut() == []
        assert sorted(lived.values())[-(expensive + 1)] > 0.5 * (limit - long_after), lived  # seen running long
        assert max(lived.values()) < limit - long_after + 0.3, lived  # none ran (niced) past the limit
        assert len(slow) == expensive + 1
        for name, st, elapsed, body in slow:
            assert st == 503 and f"time limit of {limit:g} s" in body, (name, st, body)
            # as the client sees it: not before the limit, and soon after it (this machine's latency)
            assert limit - 0.1 < elapsed < limit + 1.0 + 3 * base, (name, elapsed, base)
        # ... and use no CPU after it
        before = tree_cpu(proc.pid)
        time.sleep(1.0)
        assert tree_cpu(proc.pid) - before < 0.25
        # every cheap query answered, about as fast as without the expensive ones
        assert len(statuses) >= clients * 2 and set(statuses) == {200}
        # a cheap query queued behind an expensive one would wait for its cut (about the limit)
        assert loaded < min(4 * base + 0.25, 0.75 * limit), f"p99 {loaded:.3f} s beside the expensive queries, {base:.3f} s alone"
    finally:
        watch.stopped.set()
        proc.terminate()
        proc.wait(10)


def test_load_cheap_queries_stay_fast_while_expensive_ones_are_cut(tmp_path, listener):
    """50 clients of cheap queries, 5 cartesian COUNTs and a stalled SERVICE (issue 16 item 3)."""
    run_load(tmp_path, listener, clients=50, expensive=5, limit=2.0)

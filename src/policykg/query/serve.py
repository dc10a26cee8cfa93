"""A local, read-only SPARQL 1.1 Protocol endpoint over a built graph.

    policykg serve graph_out            # http://127.0.0.1:8000/

Routes
- ``/sparql``  SPARQL 1.1 Protocol query operation: GET ``?query=``, POST
  ``application/x-www-form-urlencoded`` (``query=``) or POST
  ``application/sparql-query``. Results by Accept header:
  ``application/sparql-results+json`` (default), ``text/csv``,
  ``text/tab-separated-values``; CONSTRUCT/DESCRIBE as ``application/n-triples``
  (default) or ``text/turtle``. Updates are refused (403).
- ``/api/targets?q=``, ``/api/policy?q=``, ``/api/metric?q=`` the three
  lookups as JSON.
- ``/`` a small page with a query box and the three lookups.

Limits: every query has a time limit (``--timeout``, default 10 s): when it
passes the client gets 503 at once and the query's result iteration is
cancelled (a query blocked inside one ORDER BY / GROUP BY step finishes that
step in the background first; at most ``workers`` queries run at a time).
Results are capped at ``--max-rows`` rows (default 10000); a capped answer
carries the header ``X-PolicyKG-Truncated: true``.

Binds 127.0.0.1 unless told otherwise; the stdlib ThreadingHTTPServer is
meant for one analyst's machine, not the open internet.
"""
from __future__ import annotations

import csv
import io
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from . import lookups
from ..errors import PolicyKGError, QueryError
from .sparql import Result, Store, check_read_only, load, named_queries

JSON_RESULTS = "application/sparql-results+json"
SELECT_TYPES = {JSON_RESULTS: "json", "application/json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"application/n-triples": "nt", "text/turtle": "nt", "text/plain": "nt"}


class Endpoint:
    def __init__(self, store: Store, timeout: float = 10.0, max_rows: int = 10000, workers: int = 4):
        self.store, self.timeout, self.max_rows = store, timeout, max_rows
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="policykg-query")

    def run(self, fn, *args):
        """Run fn in the worker pool under the time limit."""
        cancel = threading.Event()
        deadline = time.monotonic() + self.timeout
        fut = self.pool.submit(fn, *args, deadline, cancel)
        try:
            return fut.result(timeout=self.timeout)
        except FutureTimeout:
            cancel.set()
            raise TimeoutError(f"query exceeded the time limit of {self.timeout:g} s") from None

    def query(self, text: str) -> Result:
        check_read_only(text)
        return self.run(lambda q, d, c: self.store.run(q, limit=self.max_rows, deadline=d, cancel=c), text)

    def lookup(self, name: str, q: str) -> dict:
        fn = {"targets": lookups.targets, "policy": lookups.policy, "metric": lookups.metric}[name]
        return self.run(lambda text, d, c: fn(self.store, text).to_dict(), q)


# ---------------------------------------------------------------- serialisation


def term_json(t) -> dict | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "literal", "value": str(t)}


def serialise(res: Result, fmt: str) -> tuple[bytes, str]:
    if res.kind == "ask":
        if fmt in ("csv", "tsv"):
            return (f"_askResult\n{'true' if res.boolean else 'false'}\n").encode(), "text/csv" if fmt == "csv" else "text/tab-separated-values"
        return json.dumps({"head": {}, "boolean": res.boolean}).encode(), JSON_RESULTS
    if res.kind == "graph":
        lines = [" ".join(str(x) for x in t) + " ." for t in res.terms or []]
        return ("\n".join(lines) + "\n").encode(), "application/n-triples; charset=utf-8"
    if fmt == "json":
        bindings = [{c: term_json(t) for c, t in zip(res.columns, row) if t is not None} for row in res.terms or []]
        body = {"head": {"vars": res.columns}, "results": {"bindings": bindings}}
        return json.dumps(body, ensure_ascii=False).encode(), JSON_RESULTS + "; charset=utf-8"
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(res.columns)
        for row in res.terms or []:
            w.writerow(["" if t is None else ("_:" + t.value if isinstance(t, ox.BlankNode) else t.value) for t in row])
        return buf.getvalue().encode(), "text/csv; charset=utf-8"
    buf.write("\t".join("?" + c for c in res.columns) + "\n")
    for row in res.terms or []:
        buf.write("\t".join("" if t is None else str(t) for t in row) + "\n")
    return buf.getvalue().encode(), "text/tab-separated-values; charset=utf-8"


def negotiate(accept: str, kind: str) -> str | None:
    """The result format for an Accept header (None: nothing acceptable)."""
    table = GRAPH_TYPES if kind == "graph" else SELECT_TYPES
    if not accept.strip():
        return next(iter(table.values()))
    prefs = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        prefs.append((-q, i, bits[0].lower()))
    for _, _, mime in sorted(prefs):
        if mime in table:
            return table[mime]
        if mime in ("*/*", "application/*", "text/*"):
            return next(iter(table.values()))
    return None


# ---------------------------------------------------------------- HTTP


def page() -> bytes:
    return (resources.files("policykg.query") / "serve.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint
    server_version = "policykg"
    quiet = False

    def log_message(self, fmt, *args):  # noqa: N802
        if not self.quiet:
            super().log_message(fmt, *args)

    def send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def error(self, status: int, message: str) -> None:
        self.send(status, (message + "\n").encode(), "text/plain; charset=utf-8")

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        args = parse_qs(url.query)
        if url.path in ("/", "/index.html"):
            return self.send(200, page(), "text/html; charset=utf-8")
        if url.path == "/sparql":
            if "update" in args:
                return self.error(403, "SPARQL update refused: this endpoint is read-only")
            if "query" not in args:
                return self.error(400, "missing query parameter; expected /sparql?query=SELECT…")
            return self.answer(args["query"][0])
        if url.path.startswith("/api/") and url.path[5:] in ("targets", "policy", "metric"):
            q = (args.get("q") or [""])[0].strip()
            if not q:
                return self.error(400, f"missing q parameter; expected /api/{url.path[5:]}?q=TEXT")
            try:
                data = self.endpoint.lookup(url.path[5:], q)
            except lookups.NotFoundError as exc:
                return self.send(404, json.dumps({"error": str(exc)}, ensure_ascii=False).encode(), "application/json; charset=utf-8")
            except TimeoutError as exc:
                return self.error(503, str(exc))
            except PolicyKGError as exc:
                return self.error(400, str(exc))
            return self.send(200, json.dumps(data, ensure_ascii=False, default=str).encode(), "application/json; charset=utf-8")
        return self.error(404, f"no such page {url.path}; try / or /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        if url.path != "/sparql":
            return self.error(404, f"no such endpoint {url.path}; POST queries to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            return self.error(413, "query too long (over 1 MB)")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self.error(403, "SPARQL update refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self.answer(body)
        if ctype == "application/x-www-form-urlencoded":
            args = parse_qs(body)
            if "update" in args:
                return self.error(403, "SPARQL update refused: this endpoint is read-only")
            if "query" in args:
                return self.answer(args["query"][0])
            return self.error(400, "missing query= in the form body")
        return self.error(415, f"unsupported Content-Type {ctype or '(none)'}; expected application/sparql-query or application/x-www-form-urlencoded")

    def answer(self, text: str) -> None:
        try:
            named = named_queries()  # a shipped query's name is accepted; file paths are not (server files stay private)
            res = self.endpoint.query(named[text.strip()].text if text.strip() in named else text)
        except TimeoutError as exc:
            return self.error(503, str(exc))
        except QueryError as exc:
            status = 403 if "read-only" in str(exc) else 400
            return self.error(status, str(exc))
        fmt = negotiate(self.headers.get("Accept") or "", res.kind)
        if fmt is None:
            return self.error(406, f"cannot answer with {self.headers.get('Accept')}; expected one of "
                              + ", ".join(GRAPH_TYPES if res.kind == "graph" else SELECT_TYPES))
        body, ctype = serialise(res, fmt)
        extra = {"X-PolicyKG-Truncated": "true"} if res.truncated else {}
        self.send(200, body, ctype, extra)


def make_server(graph: str | Path | Store, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 10000, quiet: bool = False) -> ThreadingHTTPServer:
    """A ready (not yet serving) server; port 0 picks a free port (see ``server.server_address``)."""
    store = load(graph)
    endpoint = Endpoint(store, timeout=timeout, max_rows=max_rows)
    handler = type("BoundHandler", (Handler,), {"endpoint": endpoint, "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.store = store
    return server


def startup_line(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    s = server.store
    return (f"policykg serve: http://{host}:{port}/  (SPARQL endpoint http://{host}:{port}/sparql; "
            f"{s.file}, {s.triples:,} triples, loaded in {s.load_seconds:.2f} s; read-only; Ctrl-C to stop)")

"""A local, read-only SPARQL 1.1 Protocol endpoint over a built graph.

    policykg serve graph_out            # http://127.0.0.1:8000/

Routes
- ``/sparql``  the SPARQL 1.1 Protocol query operation: GET ``?query=``, POST
  ``application/x-www-form-urlencoded`` (``query=``) or POST
  ``application/sparql-query``. Results by the Accept header
  (:mod:`policykg.query.protocol`): SELECT/ASK as SPARQL JSON (default), XML,
  CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, JSON-LD or
  RDF/XML. ``query=NAME`` runs a shipped named query; its parameters come as
  further arguments (``?query=policies-by-issuer&issuer=工信部``). Files are
  never run over HTTP. Updates are refused (403), so are ``SERVICE`` (unless
  ``--allow-service``) and ``FROM`` / ``default-graph-uri`` of graphs the store
  does not hold (:mod:`policykg.query.guard`).
- ``/api/targets?q=``, ``/api/policy?q=``, ``/api/metric?q=`` the three
  lookups as JSON.
- ``/`` a small page with a query box and the three lookups.

Every query and lookup runs in a worker process under a time limit
(``--timeout``, default 10 s): when it passes, the process is killed and the
client gets 503. Concurrency is bounded and fair (:mod:`policykg.query.workers`):
a full queue answers 503 with Retry-After at once. Results are capped at
``--max-rows`` rows (default 10000); a capped answer carries the header
``X-PolicyKG-Truncated: true``.

HTTP/1.1 with keep-alive (idle connections close after 30 s), a listen
backlog of 1024, at most 512 open connections; request bodies must carry a
valid Content-Length (or be chunked) and are capped at 1 MB (413 beyond).
Binds 127.0.0.1 unless told otherwise: meant for one analyst's machine or a
trusted network, not the open internet.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from . import lookups
from ..errors import PolicyKGError, QueryError, QueryRefusedError, QueryTimeoutError, ServerBusyError
from .protocol import acceptable, negotiate, serialise
from .sparql import Store, graph_file, load, named_queries
from .workers import Pool, WorkerDiedError

MAX_BODY = 1_000_000
DRAIN_BODY = 16_000_000  # an over-long body up to this size is read and dropped after the 413, so the client sees it
MAX_CONNECTIONS = 512
IDLE_SECONDS = 30
LOOKUPS = {"targets": lookups.targets, "policy": lookups.policy, "metric": lookups.metric,
           "instruments": lookups.instruments}
TEXT = "text/plain; charset=utf-8"
JSON = "application/json; charset=utf-8"


# ---------------------------------------------------------------- in the worker


@dataclass
class Reply:
    status: int
    body: bytes
    ctype: str = TEXT
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        head = {"status": self.status, "type": self.ctype, "headers": self.headers}
        return json.dumps(head).encode() + b"\n" + self.body

    @classmethod
    def decode(cls, data: bytes) -> Reply:
        head, _, body = data.partition(b"\n")
        h = json.loads(head)
        return cls(h["status"], body, h["type"], h["headers"])

    @classmethod
    def text(cls, status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
        return cls(status, (message + "\n").encode("utf-8", "replace"), TEXT, headers or {})


def answer_sparql(store: Store, job: dict, max_rows: int, allow_service: bool) -> Reply:
    try:
        res = store.run(job["query"], params=job.get("params") or {}, limit=max_rows, files=False,
                        allow_service=allow_service, default_graphs=job.get("default") or (),
                        named_graphs=job.get("named") or ())
    except QueryRefusedError as exc:
        return Reply.text(403, str(exc))
    except QueryError as exc:
        return Reply.text(400, str(exc))
    fmt = negotiate(job.get("accept") or "", res.kind)
    if fmt is None:
        return Reply.text(406, f"cannot answer with {job.get('accept')}; expected one of {acceptable(res.kind)}")
    headers = {"X-PolicyKG-Truncated": "true"} if res.truncated else {}
    return Reply(200, serialise(res, fmt[0]), fmt[1] + "; charset=utf-8", headers)


def answer_lookup(store: Store, job: dict) -> Reply:
    try:
        data = LOOKUPS[job["name"]](store, job["q"]).to_dict()
    except lookups.NotFoundError as exc:
        return Reply(404, json.dumps({"error": str(exc)}, ensure_ascii=False).encode(), JSON)
    except PolicyKGError as exc:
        return Reply.text(400, str(exc))
    return Reply(200, json.dumps(data, ensure_ascii=False, default=str).encode(), JSON)


def job_server(store: Store, max_rows: int, allow_service: bool):
    """What a worker runs for one request: the job (JSON) -> an encoded Reply."""

    def serve_one(request: bytes) -> bytes:
        job = json.loads(request)
        if job["op"] == "lookup":
            return answer_lookup(store, job).encode()
        return answer_sparql(store, job, max_rows, allow_service).encode()

    return serve_one


def warm_caches(store: Store) -> None:
    """Build the lookups' label indexes once, in the zygote: every worker inherits them."""
    for kind in ("indicator", "policy"):
        lookups.match(store, kind, "")


# ---------------------------------------------------------------- HTTP


class BadRequest(Exception):
    def __init__(self, status: int, message: str, unread: int = 0):
        super().__init__(message)
        self.status = status
        self.unread = unread  # body bytes the client is still sending


def page() -> bytes:
    return (resources.files("policykg.query") / "serve.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "policykg"
    protocol_version = "HTTP/1.1"
    timeout = IDLE_SECONDS  # idle keep-alive connections and stalled request bodies

    def log_message(self, fmt, *args):  # noqa: N802
        if not self.server.quiet:
            super().log_message(fmt, *args)

    def send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        try:
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client left before its answer: nothing to tell it

    def error(self, status: int, message: str, extra: dict | None = None) -> None:
        self.send(status, (message + "\n").encode("utf-8", "replace"), TEXT, extra)

    def reply(self, r: Reply) -> None:
        self.send(r.status, r.body, r.ctype, r.headers)

    def run_job(self, job: dict) -> None:
        try:
            data = self.server.pool.call(json.dumps(job).encode(), self.client_address[0])
        except ServerBusyError as exc:
            return self.error(503, str(exc), {"Retry-After": str(exc.retry_after)})
        except QueryTimeoutError as exc:
            return self.error(503, str(exc))
        except WorkerDiedError as exc:
            return self.error(500, str(exc))
        self.reply(Reply.decode(data))

    # -- routes

    def target(self):
        """The request target, parsed; raw UTF-8 in it (curl sends 工信部 unencoded) read as UTF-8."""
        try:
            return urlparse(self.path.encode("latin-1").decode("utf-8"))
        except UnicodeError:
            return urlparse(self.path)

    def do_GET(self) -> None:  # noqa: N802
        if self.headers.get("Transfer-Encoding") or (self.headers.get("Content-Length") or "0").strip() != "0":
            self.close_connection = True  # a GET body is not read: the connection cannot be reused
        url = self.target()
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self.send(200, page(), "text/html; charset=utf-8")
        if url.path == "/sparql":
            return self.answer(args)
        if url.path.startswith("/api/") and url.path[5:] in LOOKUPS:
            q = (args.get("q") or [""])[0].strip()
            if not q:
                return self.error(400, f"missing q parameter; expected /api/{url.path[5:]}?q=TEXT")
            return self.run_job({"op": "lookup", "name": url.path[5:], "q": q})
        return self.error(404, f"no such page {url.path}; try / or /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = self.target()
        try:
            body = self.read_body()
        except BadRequest as exc:
            self.close_connection = True  # the rest of the body, if any, is unread
            self.error(exc.status, str(exc))
            return self.drop_body(exc.unread)
        if url.path != "/sparql":
            return self.error(404, f"no such endpoint {url.path}; POST queries to /sparql")
        args = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self.error(403, "SPARQL update refused: this endpoint is read-only")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            return self.error(400, f"request body is not UTF-8 (byte {exc.start}); expected a UTF-8 query")
        if ctype == "application/sparql-query":
            return self.answer({**args, "query": [text]})
        if ctype == "application/x-www-form-urlencoded":
            return self.answer({**args, **parse_qs(text, keep_blank_values=True)})
        return self.error(415, f"unsupported Content-Type {ctype or '(none)'}; expected application/sparql-query "
                          "or application/x-www-form-urlencoded")

    def answer(self, args: dict[str, list[str]]) -> None:
        if "update" in args:
            return self.error(403, "SPARQL update refused: this endpoint is read-only")
        queries = args.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return self.error(400, "expected exactly one query parameter, e.g. /sparql?query=SELECT… or query=NAME of a shipped query")
        text = queries[0]
        nq = self.server.named.get(text.strip())
        params = {k: v[0] for k, v in args.items() if nq is not None and k in nq.params}
        self.run_job({"op": "sparql", "query": text, "params": params, "accept": self.headers.get("Accept") or "",
                      "default": args.get("default-graph-uri") or [], "named": args.get("named-graph-uri") or []})

    # -- request bodies

    def read_body(self) -> bytes:
        """The request body: Content-Length (digits only, one value) or chunked, at most MAX_BODY bytes."""
        te = (self.headers.get("Transfer-Encoding") or "").strip().lower()
        lengths = self.headers.get_all("Content-Length") or []
        if te:
            if lengths:
                raise BadRequest(400, "both Transfer-Encoding and Content-Length given; expected one of them")
            if te != "chunked":
                raise BadRequest(501, f"Transfer-Encoding {te!r} not supported; expected chunked or a Content-Length")
            return self.read_chunked()
        if not lengths:
            raise BadRequest(411, "Content-Length required; expected the body's length in bytes")
        values = {v.strip() for v in lengths}
        value = values.pop()
        if values or not re.fullmatch(r"[0-9]{1,15}", value):
            raise BadRequest(400, f"bad Content-Length {', '.join(lengths)!r}; expected one whole number of bytes")
        n = int(value)
        if n > MAX_BODY:
            raise BadRequest(413, f"request body of {n:,} bytes is over the limit of {MAX_BODY:,}", unread=n)
        body = self.rfile.read(n)
        if len(body) < n:
            raise BadRequest(400, f"request body ended after {len(body)} of {n} bytes")
        return body

    def drop_body(self, n: int) -> None:
        """Read and drop up to ``n`` bytes (at most DRAIN_BODY, 2 s between packets) after an error
        answer, so that a client still sending its body reads the answer instead of a reset."""
        if not 0 < n <= DRAIN_BODY:
            return
        try:
            self.wfile.flush()
            self.connection.settimeout(2)
            while n > 0 and (chunk := self.rfile.read1(min(n, 65536))):
                n -= len(chunk)
        except OSError:
            pass

    def read_chunked(self) -> bytes:
        out = bytearray()
        while True:
            line = self.rfile.readline(1024)
            size = line.split(b";")[0].strip()
            if not re.fullmatch(rb"[0-9A-Fa-f]{1,8}", size):
                raise BadRequest(400, f"bad chunk size {line[:40]!r}; expected hexadecimal digits")
            n = int(size, 16)
            if len(out) + n > MAX_BODY:
                raise BadRequest(413, f"request body is over the limit of {MAX_BODY:,} bytes")
            if n == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields
                return bytes(out)
            chunk = self.rfile.read(n)
            if len(chunk) < n or self.rfile.readline(1024) not in (b"\r\n", b"\n"):
                raise BadRequest(400, "request body ended inside a chunk")
            out += chunk

    def handle_expect_100(self) -> bool:
        """Refuse a body over the cap before the client sends it."""
        value = (self.headers.get("Content-Length") or "").strip()
        if value.isdigit() and int(value) > MAX_BODY:
            self.close_connection = True
            self.error(413, f"request body of {int(value):,} bytes is over the limit of {MAX_BODY:,}")
            return False
        return super().handle_expect_100()


class Server(ThreadingHTTPServer):
    """One thread per connection, at most ``MAX_CONNECTIONS`` at once (503 beyond), queries in the pool."""

    request_queue_size = 1024
    daemon_threads = True

    def __init__(self, address, pool: Pool, store: Store, shown: str, quiet: bool = False,
                 allow_service: bool = False):
        self.pool, self.store, self.shown, self.quiet, self.allow_service = pool, store, shown, quiet, allow_service
        self.named = named_queries()
        self.connections = 0
        self.count_lock = threading.Lock()
        super().__init__(address, Handler)

    def process_request(self, request, client_address) -> None:
        with self.count_lock:
            full = self.connections >= MAX_CONNECTIONS
            if not full:
                self.connections += 1
        if full:
            body = b"server busy: too many open connections; retry shortly\n"
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                b"Retry-After: 1\r\nConnection: close\r\nContent-Length: " + str(len(body)).encode()
                                + b"\r\n\r\n" + body)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.count_lock:
                self.connections -= 1

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(graph: str | Path | Store, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 10000, quiet: bool = False, allow_service: bool = False,
                workers: int | None = None) -> Server:
    """A ready (not yet serving) server; port 0 picks a free port (see ``server.server_address``).

    The query processes are forked here, before the listening socket and any thread exist."""
    store = load(graph)
    shown = str(store.file if isinstance(graph, Store) else graph_file(graph))
    pool = Pool(job_server(store, max_rows, allow_service), timeout=timeout, workers=workers,
                warm=lambda: warm_caches(store))
    try:
        return Server((host, port), pool, store, shown, quiet, allow_service)
    except BaseException:
        pool.close()
        raise


def startup_line(server: Server) -> str:
    """The banner: addresses, the graph file as given, the triples the store holds."""
    host, port = server.server_address[:2]
    s = server.store
    service = "; SERVICE allowed" if server.allow_service else ""
    return (f"policykg serve: http://{host}:{port}/  (SPARQL endpoint http://{host}:{port}/sparql; "
            f"{server.shown}, {s.triples:,} triples, loaded in {s.load_seconds:.2f} s; read-only{service}; Ctrl-C to stop)")

"""Query stage: SPARQL over a built graph, fast.

    >>> from policykg import query
    >>> store = query.load("graph_out")            # graph_out folder or a .ttl/.nt/.trig file
    >>> store.query("SELECT ?p ?t WHERE { ?p eli:title ?t }")   # -> pandas DataFrame
    >>> query.sparql("graph_out", "policies-by-issuer", issuer="工业和信息化部")

The default engine is pyoxigraph (an in-memory Rust store: milliseconds at a
million triples). ``engine="rdflib"`` runs the same queries through rdflib's
own SPARQL engine (for comparison, see benchmarks/query.py). A store is loaded
once per process and cached by path, size and modification time.

Read-only by construction: only SPARQL *queries* (SELECT, ASK, CONSTRUCT,
DESCRIBE) are accepted; an UPDATE is refused with a clear message. Offline:
``SERVICE`` (federation) is refused unless ``allow_service=True``, and
``FROM`` may name only a graph the store holds (see :mod:`policykg.query.guard`).

Named queries are ``.rq`` files shipped inside the package (``policykg/queries``).
Their first comment lines hold a one-line title and their parameters::

    # title: Policies issued by an organisation
    # param: issuer  substring of the issuer's name (optional)

A parameter is bound by replacing the query's ``VALUES ?issuer { UNDEF }``
with a properly escaped literal (the RDF library's own N-Triples serialiser
escapes it); user text is never pasted into SPARQL otherwise.

The common prefixes (pkg, id, eli, org, oa, qb, prov, skos, dcterms, xsd,
rdf, rdfs) are declared automatically for every query.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import pyoxigraph as ox

from ..errors import GraphNotFoundError, QueryError, QueryRefusedError
from .formats import PREFIXES, cell, clip, compact, display_width, format_result, format_table  # noqa: F401 (public here too)
from .guard import check_query, check_text

PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
PROLOGUE_LINES = PROLOGUE.count("\n")

XSD = PREFIXES["xsd"]
INTEGER_TYPES = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + "double", XSD + "float"}

GRAPH_SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig", ".rdf": "xml", ".owl": "xml", ".jsonld": "json-ld"}


# ---------------------------------------------------------------- loading


def graph_file(path: str | Path) -> Path:
    """The RDF file behind GRAPH: a graph_out folder (its graph.ttl) or an RDF file."""
    p = Path(path)
    if p.is_dir():
        ttl = p / "graph.ttl"
        if ttl.is_file():
            return ttl
        raise GraphNotFoundError(f"{path}: folder has no graph.ttl; expected a graph_out folder written by `policykg build` or a .ttl file")
    if p.is_file():
        if p.suffix.lower() not in GRAPH_SUFFIXES:
            raise GraphNotFoundError(f"{path}: unsupported graph file type {p.suffix or '(none)'}; expected one of {', '.join(sorted(GRAPH_SUFFIXES))} or a graph_out folder")
        return p
    raise GraphNotFoundError(f"{path}: no such folder or file; expected a graph_out folder or a .ttl file")


_CACHE: dict[tuple, Store] = {}
_CACHE_LOCK = threading.Lock()


def load(path: str | Path | Store, engine: str = "oxigraph") -> Store:
    """Load a graph (graph_out folder or RDF file) into a query store; cached per process."""
    if isinstance(path, Store):
        return path
    if engine not in ("oxigraph", "rdflib"):
        raise QueryError(f"unknown engine {engine!r}; expected 'oxigraph' or 'rdflib'")
    f = graph_file(path).resolve()
    st = f.stat()
    key = (str(f), st.st_size, st.st_mtime_ns, engine)
    with _CACHE_LOCK:
        store = _CACHE.get(key)
        if store is None:
            store = Store(f, engine)
            _CACHE.clear() if len(_CACHE) > 8 else None
            _CACHE[key] = store
    return store


# ---------------------------------------------------------------- results


@dataclass
class Result:
    """Rows of a SELECT (values converted to Python), the boolean of an ASK, or
    the triples of a CONSTRUCT/DESCRIBE (as rows subject, predicate, object)."""

    kind: str  # "select" | "ask" | "graph"
    columns: list[str]
    rows: list[list[Any]]
    terms: list[list[Any]] | None = None  # raw RDF terms (for SPARQL JSON output)
    boolean: bool | None = None
    truncated: bool = False

    def frame(self) -> pd.DataFrame:
        if self.kind == "ask":
            return pd.DataFrame({"result": [self.boolean]})
        return pd.DataFrame(self.rows, columns=self.columns, dtype=object)


class Store:
    """A loaded graph. ``query`` returns a pandas DataFrame; ``run`` a :class:`Result`."""

    def __init__(self, file: Path, engine: str = "oxigraph"):
        self.file = Path(file)
        self.engine = engine
        fmt = GRAPH_SUFFIXES[self.file.suffix.lower()]
        t0 = time.perf_counter()
        try:
            if engine == "oxigraph":
                self._ox = ox.Store()
                oxfmt = ox.RdfFormat.from_extension(self.file.suffix.lstrip(".").lower())
                if oxfmt is None:
                    raise GraphNotFoundError(f"{file}: pyoxigraph cannot read {self.file.suffix} files")
                self._ox.bulk_load(path=str(self.file), format=oxfmt)
                self.triples = len(self._ox)
                self.graphs = frozenset(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))
            else:
                import rdflib

                self._rdf = rdflib.Graph()
                self._rdf.parse(str(self.file), format=fmt)
                self.triples = len(self._rdf)
                self.graphs = frozenset()
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphNotFoundError(f"{file}: not a readable {fmt} graph ({exc})") from exc
        self.load_seconds = time.perf_counter() - t0
        self.cache: dict[str, Any] = {}  # for lookups (label indexes)

    def __repr__(self) -> str:
        return f"<policykg.query.Store {self.file} engine={self.engine} triples={self.triples}>"

    # -- public API

    def query(self, sparql: str, **params: str) -> pd.DataFrame:
        """Run a SPARQL query (text, a .rq path or a named query) -> DataFrame."""
        return self.run(sparql, params=params).frame()

    def run(self, sparql: str, params: dict[str, str] | None = None, limit: int | None = None, *,
            files: bool = True, allow_service: bool = False,
            default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()) -> Result:
        """Run a query (SPARQL text, a named query, or with ``files`` a .rq path) -> Result.

        ``limit`` caps the rows (``Result.truncated`` tells); ``allow_service`` permits
        SERVICE; ``default_graphs`` / ``named_graphs`` (the protocol's default-graph-uri and
        named-graph-uri) must be graphs the store holds. Refusals raise QueryRefusedError."""
        text = bind(resolve(sparql, files=files), params or {})
        check_query(text, allow_service=allow_service, graphs=self.graphs, prefixes=PREFIXES)
        for iri in (*default_graphs, *named_graphs):
            if iri not in self.graphs:
                raise QueryRefusedError(f"graph <{check_text(iri, 'graph IRI')}> refused: the store holds no such named graph and "
                                        "policykg never fetches one; leave out default-graph-uri / named-graph-uri")
        return self._execute(text, limit, list(default_graphs), list(named_graphs))

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Internal fast path for trusted SPARQL (lookups): rows as dicts of Python values.

        No read-only check (the text is ours) and no raw terms kept: on pyoxigraph the
        solutions are converted straight to dicts."""
        if self.engine != "oxigraph":
            res = self._execute(sparql)
            return [dict(zip(res.columns, r)) for r in res.rows]
        try:
            res = self._ox.query(PROLOGUE + sparql)
        except SyntaxError as exc:
            raise QueryError(syntax_message(sparql, str(exc))) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None
        cols = [v.value for v in res.variables]
        idx = range(len(cols))
        try:
            return [{cols[j]: ox_value(sol[j]) for j in idx} for sol in res]
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    # -- engines

    def _execute(self, text: str, limit: int | None = None, default_graphs: list[str] | None = None,
                 named_graphs: list[str] | None = None) -> Result:
        full = PROLOGUE + text
        if self.engine == "oxigraph":
            dataset = {}
            if default_graphs:
                dataset["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            if named_graphs:
                dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            try:
                res = self._ox.query(full, **dataset)
            except SyntaxError as exc:
                raise QueryError(syntax_message(text, str(exc))) from None
            except (OSError, RuntimeError, ValueError) as exc:
                raise QueryError(f"query failed: {exc}") from None
            if isinstance(res, bool) or type(res).__name__ == "QueryBoolean":
                res = bool(res)
                return Result("ask", ["result"], [[res]], boolean=res)
            if isinstance(res, ox.QuerySolutions):
                cols = [v.value for v in res.variables]
                rows, terms, trunc = [], [], False
                try:
                    for i, sol in enumerate(res):
                        if limit is not None and i >= limit:
                            trunc = True
                            break
                        t = [sol[j] for j in range(len(cols))]
                        terms.append(t)
                        rows.append([ox_value(x) for x in t])
                except (OSError, RuntimeError, ValueError) as exc:
                    raise QueryError(f"query failed: {exc}") from None
                return Result("select", cols, rows, terms, truncated=trunc)
            rows, terms, trunc = [], [], False
            try:
                for i, tr in enumerate(res):
                    if limit is not None and i >= limit:
                        trunc = True
                        break
                    t = [tr.subject, tr.predicate, tr.object]
                    terms.append(t)
                    rows.append([ox_value(x) for x in t])
            except (OSError, RuntimeError, ValueError) as exc:
                raise QueryError(f"query failed: {exc}") from None
            return Result("graph", ["subject", "predicate", "object"], rows, terms, truncated=trunc)
        return self._rdflib(full, text, limit)

    def _rdflib(self, full: str, text: str, limit: int | None) -> Result:
        from pyparsing import ParseException

        try:
            res = self._rdf.query(full)
        except ParseException as exc:
            raise QueryError(syntax_message(text, f"error at {exc.lineno}:{exc.col}: {exc.msg}")) from None
        except Exception as exc:  # rdflib raises many kinds
            raise QueryError(f"query failed: {exc}") from None
        if res.type == "ASK":
            return Result("ask", ["result"], [[bool(res.askAnswer)]], boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            cols = [str(v) for v in res.vars]
            rows = []
            for i, r in enumerate(res):
                if limit is not None and i >= limit:
                    return Result("select", cols, rows, truncated=True)
                rows.append([rdflib_value(x) for x in r])
            return Result("select", cols, rows)
        rows = [[rdflib_value(x) for x in t] for t in res]
        return Result("graph", ["subject", "predicate", "object"], rows[:limit] if limit else rows)


PLAIN_TYPES = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


def ox_value(term) -> Any:
    if term is None:
        return None
    t = type(term)
    if t is ox.NamedNode:
        return term.value
    if t is ox.Literal:
        dt = term.datatype.value
        return term.value if dt in PLAIN_TYPES else literal_value(term.value, dt)
    if t is ox.BlankNode:
        return "_:" + term.value
    return str(term)


def rdflib_value(term) -> Any:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        return literal_value(str(term), str(term.datatype) if term.datatype else XSD + "string")
    if isinstance(term, rdflib.BNode):
        return "_:" + str(term)
    return str(term)


def literal_value(lexical: str, datatype: str) -> Any:
    try:
        if datatype in INTEGER_TYPES:
            return int(lexical)
        if datatype == XSD + "decimal":
            return int(lexical) if re.fullmatch(r"[+-]?\d+", lexical) else float(lexical)
        if datatype in FLOAT_TYPES:
            return float(lexical)
        if datatype == XSD + "boolean":
            return lexical in ("true", "1")
    except ValueError:
        pass
    return lexical


# ---------------------------------------------------------------- query text


def strip_sparql(text: str) -> str:
    """The query with comments, strings and IRIs blanked (for keyword checks)."""
    pattern = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
    return pattern.sub(" ", text)


def syntax_message(text: str, message: str) -> str:
    """'error at L:C: …' from the parser -> message with the line and a caret under the column."""
    m = re.search(r"(\d+):(\d+)", message)
    if not m:
        return f"SPARQL syntax error: {message}"
    line, col = int(m.group(1)) - PROLOGUE_LINES, int(m.group(2))
    lines = text.split("\n")
    detail = message.split(": ", 1)[-1] if message.startswith("error at") else message
    if 1 <= line <= len(lines):
        src = lines[line - 1]
        caret = " " * display_width(src[: max(col - 1, 0)]) + "^"
        return f"SPARQL syntax error at line {line}, column {col}: {detail}\n  {src}\n  {caret}"
    return f"SPARQL syntax error: {detail}"


# ---------------------------------------------------------------- named queries


@dataclass
class NamedQuery:
    name: str
    title: str
    params: dict[str, str]
    text: str


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    folder = resources.files("policykg.query") / "queries"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            out[entry.name[:-3]] = parse_named(entry.name[:-3], entry.read_text(encoding="utf-8"))
    return out


def parse_named(name: str, text: str) -> NamedQuery:
    title, params = name, {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*title:\s*(.+)", line)
        if m:
            title = m.group(1).strip()
        m = re.match(r"#\s*param:\s*(\w+)\s*(.*)", line)
        if m:
            params[m.group(1)] = m.group(2).strip()
    return NamedQuery(name, title, params, text)


def looks_like_file(text: str) -> bool:
    """One line, no spaces, and a path separator or an .rq ending: a file name, not SPARQL."""
    s = text.strip()
    return "\n" not in s and " " not in s and ("/" in s or "\\" in s or s.lower().endswith(".rq")) and "{" not in s


def resolve(sparql: str, files: bool = True) -> str:
    """SPARQL text, the name of a shipped query, or (``files``) a path to a .rq file -> SPARQL text.

    Without ``files`` (the HTTP endpoint) a file name or path is refused without reading it."""
    s = check_text(sparql, "query").strip()
    if not s:
        raise QueryError("empty query; expected SPARQL text, a .rq file or a named query (see `policykg query --list`)")
    named = named_queries()
    if s in named:
        return named[s].text
    if not files and looks_like_file(s):
        raise QueryError(f"query files are not run here (got {s[:80]!r}); expected SPARQL text or the name of a "
                                f"shipped query: {', '.join(named)}")
    if re.fullmatch(r"[\w.-]+", s) and not s.endswith(".rq"):
        raise QueryError(f"unknown named query {s!r}; expected one of {', '.join(named)}, "
                         + ("a .rq file or SPARQL text" if files else "or SPARQL text"))
    if files and s.endswith(".rq") and "\n" not in s:
        p = Path(s)
        if not p.is_file():
            raise QueryError(f"{s}: no such query file; expected a readable .rq file")
        try:
            return p.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError(f"{s}: not UTF-8 text (byte {exc.start}); expected a UTF-8 .rq file") from None
        except OSError as exc:
            raise QueryError(f"{s}: cannot read ({exc.strerror}); expected a readable .rq file") from None
    return sparql


def bind(text: str, params: dict[str, str]) -> str:
    """Bind parameters: ``VALUES ?name { UNDEF }`` -> ``VALUES ?name { "escaped literal" }``."""
    for name, value in params.items():
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"bad parameter name {name!r}; expected letters, digits or _")
        pattern = re.compile(r"VALUES\s+\?" + name + r"\s*\{\s*UNDEF\s*\}")
        if not pattern.search(text):
            found = re.findall(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", text)
            raise QueryError(f"unknown parameter {name!r}; this query takes {', '.join(found) or 'no parameters'}")
        term = str(ox.Literal(check_text(str(value), f"parameter {name}")))  # N-Triples serialisation: quotes, backslashes, newlines escaped
        text = pattern.sub(lambda m: f"VALUES ?{name} {{ {term} }}", text)
    return text


def iri_values(var: str, iris) -> str:
    """A VALUES block binding ``?var`` to IRIs (validated by pyoxigraph's NamedNode)."""
    terms = []
    for i in iris:
        try:
            terms.append(str(ox.NamedNode(i)))
        except ValueError as exc:
            raise QueryError(f"not an IRI: {i!r} ({exc})") from None
    return f"VALUES ?{var} {{ {' '.join(terms)} }}"


def sparql(path_or_store: str | Path | Store, q: str, engine: str = "oxigraph", **params: str) -> pd.DataFrame:
    """One call for notebooks: load (cached) and query -> DataFrame."""
    return load(path_or_store, engine).query(q, **params)


def run_query(graph: str | Path, sparql_text: str, fmt: str = "table", params: dict[str, str] | None = None,
              engine: str = "oxigraph", allow_service: bool = False) -> str:
    """What `policykg query` prints (a .rq file is read: this is the user's own command line)."""
    return format_result(load(graph, engine).run(sparql_text, params=params, allow_service=allow_service), fmt)


def list_queries() -> str:
    named = named_queries()
    width = max(len(n) for n in named)
    lines = []
    for n, q in named.items():
        params = " ".join(f"--param {p}=…" for p in q.params)
        lines.append(f"{n.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))
    return "\n".join(lines)



"""Push a built graph into an existing SPARQL server with the SPARQL 1.1 Graph
Store HTTP Protocol (Oxigraph server, Apache Jena Fuseki, Virtuoso, GraphDB …).

    policykg push graph_out --endpoint http://localhost:7878/store          # Oxigraph
    policykg push graph_out --endpoint http://localhost:3030/policykg/data  # Fuseki

ENDPOINT is the server's Graph Store endpoint (the URL that takes ``?graph=``).

How triples are split into named graphs (one per source document):

- ``<…/graph/doc/ID>`` for source document ID holds what that document says:
  the document node and its ``pkg:mentions``; every evidence node whose
  ``oa:hasSource`` is the document, and its selector; every target,
  observation and forecast derived from it (all their triples, and the
  ``pkg:setsTarget`` link to them); every reified ``rdf:Statement`` derived
  from it, and the asserted triple it reifies (``eli:passed_by``,
  ``eli:cites``, ``eli:date_document`` …). A fact supported by several
  documents is written into each of their graphs.
- ``<…/graph/shared>`` holds everything else: the entities themselves (type,
  labels, aliases, kind, category, sub-organisation, their link to their
  first evidence) — shared by all documents.

So re-pushing one document replaces exactly its graph, and a query over the
union of graphs sees the same triples as graph.ttl.

The whole graph is also loaded into the server's **default graph** (unless
``default_graph=False`` / ``--no-default-graph``): most servers (Oxigraph,
Fuseki by default) answer a query without ``GRAPH`` from the default graph
only, so without it a plain query finds nothing.

Each graph is sent with PUT (replace, default) or POST (merge) as
N-Triples — the default graph too: with PUT the server's default graph is
replaced. ``--user`` with the password in ``POLICYKG_PUSH_PASSWORD`` gives
HTTP basic authentication.
"""
from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import PushError
from .sparql import PREFIXES, Store, load

GRAPH_BASE = "https://w3id.org/policykg/graph/"
PKG, OA, PROV, RDF = PREFIXES["pkg"], PREFIXES["oa"], PREFIXES["prov"], PREFIXES["rdf"]


SHOWN_GRAPHS = 20  # named graphs listed one per line in the summary


@dataclass
class PushSummary:
    endpoint: str
    graphs: dict[str, int] = field(default_factory=dict)  # named graph IRI -> triples sent
    seconds: float = 0.0
    default: int | None = None  # triples sent to the default graph (None: not sent)
    triples: int = 0  # triples in the pushed graph
    method: str = "PUT"

    def __str__(self) -> str:
        how = "replaced" if self.method == "PUT" else "merged"
        lines = [f"pushed {self.triples:,} triples to {self.endpoint} in {self.seconds:.1f} s"]
        if self.default is not None:
            lines.append(f"  default graph ({how}): {self.default:,} triples; queries without GRAPH see the whole graph")
        else:
            lines.append("  default graph: not sent (--no-default-graph); query the named graphs with GRAPH ?g { … }")
        lines.append(f"  named graphs ({how}): {len(self.graphs)}, one per source document and <{GRAPH_BASE}shared> "
                     "for the entities:")
        items = list(self.graphs.items())
        lines += [f"    {g}  {n:,}" for g, n in items[:SHOWN_GRAPHS]]
        if len(items) > SHOWN_GRAPHS:
            lines.append(f"    … and {len(items) - SHOWN_GRAPHS} more")
        lines.append(f"  one document's facts: SELECT ?s ?p ?o WHERE {{ GRAPH <{GRAPH_BASE}doc/ID> {{ ?s ?p ?o }} }}")
        return "\n".join(lines)


def split(store: Store) -> dict[str, list]:
    """Named graph IRI -> triples (pyoxigraph Triples), by the rule in the module doc."""
    ox_store = store._ox if store.engine == "oxigraph" else None
    if ox_store is None:
        raise PushError("push needs the oxigraph engine")
    docs_of: dict = defaultdict(set)  # node -> {doc id}
    for r in ox_store.query(f"""SELECT ?ev ?sel ?id WHERE {{ ?ev a <{PKG}Evidence> ; <{OA}hasSource> ?d .
            ?d <http://purl.org/dc/terms/identifier> ?id . OPTIONAL {{ ?ev <{OA}hasSelector> ?sel }} }}"""):
        docs_of[r["ev"]].add(r["id"].value)
        if r["sel"] is not None:
            docs_of[r["sel"]].add(r["id"].value)
    for r in ox_store.query(f"SELECT ?d ?id WHERE {{ ?d a <{PKG}SourceDocument> ; <http://purl.org/dc/terms/identifier> ?id }}"):
        docs_of[r["d"]].add(r["id"].value)
    derived: dict = defaultdict(set)
    for r in ox_store.query(f"""SELECT ?x ?ev WHERE {{ VALUES ?c {{ <{RDF}Statement> <{PKG}Target> <{PKG}Observation> <{PKG}Forecast> }}
            ?x a ?c ; <{PROV}wasDerivedFrom> ?ev }}"""):
        derived[r["x"]] |= docs_of.get(r["ev"], set())
    asserted: dict = defaultdict(set)
    for r in ox_store.query(f"SELECT ?st ?s ?p ?o WHERE {{ ?st a <{RDF}Statement> ; <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o }}"):
        asserted[(r["s"], r["p"], r["o"])] |= derived.get(r["st"], set())
    sets_target = ox.NamedNode(PKG + "setsTarget")
    graphs: dict[str, list] = defaultdict(list)
    shared = GRAPH_BASE + "shared"
    for q in ox_store.quads_for_pattern(None, None, None, None):
        s, p, o = q.subject, q.predicate, q.object
        docs = docs_of.get(s) or derived.get(s) or asserted.get((s, p, o)) or (derived.get(o) if p == sets_target else None)
        triple = ox.Triple(s, p, o)
        if docs:
            for d in sorted(docs):
                graphs[GRAPH_BASE + "doc/" + urllib.parse.quote(d, safe="")].append(triple)
        else:
            graphs[shared].append(triple)
    return dict(sorted(graphs.items()))


def push(graph: str | Path | Store, endpoint: str, method: str = "PUT", user: str | None = None,
         timeout: float = 120.0, default_graph: bool = True) -> PushSummary:
    """Send every named graph of ``graph`` to the Graph Store endpoint, and (``default_graph``)
    the whole graph to the server's default graph."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"--endpoint {endpoint!r}: expected an http(s) URL of a Graph Store endpoint, e.g. http://localhost:7878/store")
    method = method.upper()
    if method not in ("PUT", "POST"):
        raise PushError(f"method {method!r}: expected PUT (replace each graph) or POST (merge)")
    store = load(graph)
    t0 = time.perf_counter()
    summary = PushSummary(endpoint, triples=store.triples, method=method)
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    if user:
        token = base64.b64encode(f"{user}:{os.environ.get('POLICYKG_PUSH_PASSWORD', '')}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    for iri, triples in split(store).items():
        send(endpoint, f"graph={urllib.parse.quote(iri, safe='')}", f"graph <{iri}>", triples, method, headers, timeout)
        summary.graphs[iri] = len(triples)
    if default_graph:
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store._ox.quads_for_pattern(None, None, None, None)]
        send(endpoint, "default", "the default graph", triples, method, headers, timeout)
        summary.default = len(triples)
    summary.seconds = time.perf_counter() - t0
    return summary


def send(endpoint: str, target: str, what: str, triples: list, method: str, headers: dict[str, str],
         timeout: float) -> None:
    """One Graph Store request: ``triples`` as N-Triples to ``endpoint?target`` (graph=IRI or default)."""
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", "replace").strip()
        raise PushError(f"{endpoint} refused {what}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushError(f"cannot reach {endpoint}: {reason}; expected a running SPARQL server's Graph Store endpoint") from None

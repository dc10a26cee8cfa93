"""All errors policykg raises on purpose. Messages name the bad value and what was expected."""
from __future__ import annotations


class PolicyKGError(Exception):
    """Base class: the CLI prints these as one clear line, without a traceback."""


class LoadError(PolicyKGError):
    """A file could not be read as a policy document (empty, binary, bad encoding, no permission).

    ``reason``: the full sentence naming what was found and what was expected;
    ``category``: a short reason class for counting ("unsupported format",
    "scanned PDF", "encrypted PDF", "empty", "binary", "encoding", "not a regular
    file", "permission denied", "too large", "malformed front matter", …);
    ``format``: the file's format as far as known (pdf, docx, txt …, else its suffix)."""

    def __init__(self, path: str, reason: str, category: str = "", format: str = ""):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.category = category
        self.format = format


class NothingToBuildError(PolicyKGError):
    """No input file could be read."""


class OntologyError(PolicyKGError):
    """An ontology, shapes or vocabulary file is missing or malformed."""


class QueryError(PolicyKGError):
    """A SPARQL query is malformed, refused (updates) or names an unknown query."""


class NotFoundError(QueryError):
    """Nothing in the graph matches the user's text."""


class GraphNotFoundError(PolicyKGError):
    """A graph path is neither a graph_out folder nor a Turtle file."""


class QueryRefusedError(QueryError):
    """A query policykg will not run: an update, a SERVICE call (unless allowed), a FROM of a
    graph the store does not hold, or a query file named over HTTP."""


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was stopped."""


class ServerBusyError(PolicyKGError):
    """The endpoint has no room for another query right now (queue full, or too many long
    queries running); ``retry_after`` is a hint in seconds."""

    def __init__(self, message: str, retry_after: int = 1):
        super().__init__(message)
        self.retry_after = retry_after


class PushError(PolicyKGError):
    """The SPARQL server could not be reached or refused the graph."""


class OutputFolderError(PolicyKGError):
    """``--out`` names something a build must not replace: a file, a folder that a
    policykg build did not make, an input folder or a folder holding an input."""


class OutputCheckError(PolicyKGError):
    """A written output file (graph.ttl, graph.graphml) does not parse: the build
    stops before swapping it in, and the previous output is left as it was."""


class DiskFullError(PolicyKGError):
    """No space left on the device (or the quota) while writing the output."""


class DaskMissingError(PolicyKGError):
    """``build --dask`` without Dask installed: the message says how to install it."""


class DaskClusterError(PolicyKGError):
    """The Dask scheduler named by ``build --dask`` cannot be reached, or has no workers."""


class DocumentTimeout(BaseException):
    """Raised inside a document's loading or extraction when it outlives its time
    budget (see ``workers.time_budget``). A BaseException, like KeyboardInterrupt,
    so that no ``except Exception`` in the code it interrupts (an extractor's guard,
    a parser's fallback) can swallow it: only the per-document handler catches it."""

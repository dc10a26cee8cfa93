"""All errors policykg raises on purpose. Messages name the bad value and what was expected."""
from __future__ import annotations


class PolicyKGError(Exception):
    """Base class: the CLI prints these as one clear line, without a traceback."""


class LoadError(PolicyKGError):
    """A file could not be read as a policy document (empty, binary, bad encoding, no permission)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NothingToBuildError(PolicyKGError):
    """No input file could be read."""


class OntologyError(PolicyKGError):
    """An ontology, shapes or vocabulary file is missing or malformed."""


class QueryError(PolicyKGError):
    """A SPARQL query is malformed, refused (updates) or names an unknown query."""


class GraphNotFoundError(PolicyKGError):
    """A graph path is neither a graph_out folder nor a Turtle file."""


class OutputFolderError(PolicyKGError):
    """``--out`` names something a build must not replace: a file, a folder that a
    policykg build did not make, an input folder or a folder holding an input."""


class OutputCheckError(PolicyKGError):
    """A written output file (graph.ttl, graph.graphml) does not parse: the build
    stops before swapping it in, and the previous output is left as it was."""


class DiskFullError(PolicyKGError):
    """No space left on the device (or the quota) while writing the output."""


class DocumentTimeout(BaseException):
    """Raised inside a document's loading or extraction when it outlives its time
    budget (see ``workers.time_budget``). A BaseException, like KeyboardInterrupt,
    so that no ``except Exception`` in the code it interrupts (an extractor's guard,
    a parser's fallback) can swallow it: only the per-document handler catches it."""

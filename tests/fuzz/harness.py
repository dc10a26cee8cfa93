"""Build a generated corpus with the library (``pipeline.build``) and check what came out.

:func:`build_and_check` writes the files into a folder, builds it and returns a
:class:`Result`: the documents built, the files skipped (with their reasons),
the named error the build stopped with (a ``PolicyKGError``) or the traceback
of any other exception, the outputs that do not parse (graph.ttl with rdflib
and with pyoxigraph, graph.graphml as XML, every table as CSV) and the input
files neither built nor skipped.
"""
from __future__ import annotations

import csv
import io
import os
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from strategies import Generated

from policykg.errors import PolicyKGError

from policykg.load import SUPPORTED_SUFFIXES as SUPPORTED  # what the build reads; other files are not inputs
from policykg.load.files import shown_path
DOC_TIMEOUT = 10.0  # seconds: a generated document slower than this is skipped by the budget, and named


@dataclass
class Result:
    files: list[Generated]
    documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""  # a named error (PolicyKGError) the whole build stopped with
    traceback: str = ""  # any other exception
    unparsable: dict[str, str] = field(default_factory=dict)  # output -> what its parser said
    unnamed: list[str] = field(default_factory=list)  # inputs neither built nor skipped
    warnings: int = 0

    @property
    def ok(self) -> bool:
        return not (self.error or self.traceback or self.unparsable or self.unnamed)

    def describe(self) -> str:
        lines = [f"{len(self.files)} files ({', '.join(sorted({f.kind for f in self.files}))}): "
                 f"{self.documents} built, {len(self.skipped)} skipped"]
        if self.error:
            lines.append(f"named error: {self.error}")
        if self.traceback:
            lines.append(f"TRACEBACK:\n{self.traceback}")
        lines += [f"{name} does not parse: {why}" for name, why in self.unparsable.items()]
        if self.unnamed:
            lines.append(f"neither built nor skipped: {self.unnamed}")
        lines += [f"  file {f.label!r} ({f.kind}): {f.data[:120]!r}" for f in self.files]
        return "\n".join(lines)


def write_corpus(files: list[Generated], folder: Path) -> list[bytes]:
    """Write the files into ``folder`` (a later file of the same name replaces an
    earlier one); returns the paths of the inputs the build must account for."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for f in files:
        name = os.fsencode(f.name)
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as out:
            out.write(f.data)
        paths[name] = path
    return [p for name, p in paths.items()
            if not name.startswith(b".") and name.lower().endswith(tuple(s.encode() for s in SUPPORTED))]


def build_and_check(files: list[Generated], folder: Path, workers: int = 1) -> Result:
    """Build ``files`` (written into ``folder``/in) into ``folder``/out and check the outputs."""
    from policykg.pipeline import build

    result = Result(files)
    inputs = write_corpus(files, folder / "in")
    out = folder / "out"
    try:
        summary = build([folder / "in"], out, workers=workers, cache=False, doc_timeout=DOC_TIMEOUT)
    except PolicyKGError as err:
        result.error = f"{type(err).__name__}: {err}"
        return result
    except Exception:  # noqa: BLE001 - the point: any other exception is a traceback a user would see
        result.traceback = traceback.format_exc()
        return result
    result.documents = summary.documents
    result.skipped = [(s.path, s.reason) for s in summary.skipped]
    result.warnings = len(summary.warnings)
    result.unparsable = unparsable_outputs(out)
    built = documents_paths(out)
    named = {path for path, _ in result.skipped} | built  # both as the loader shows paths (shown_path)
    result.unnamed = [os.fsdecode(p) for p in inputs if shown(p) not in named]
    return result


def shown(path: bytes | str) -> str:
    """A path as documents.csv and the skipped list name it: the loader's ``shown_path``
    (bytes that are not UTF-8, and characters a document may not carry, as ``%XX``)."""
    return shown_path(os.fsdecode(path))


def documents_paths(out: Path) -> set[str]:
    """The inputs documents.csv names: each document's path and the reposts merged into it (sources)."""
    try:
        with open(out / "tables" / "documents.csv", encoding="utf-8-sig", newline="") as f:
            return {p for row in csv.DictReader(f) for p in [row["path"], *filter(None, row["sources"].split("|"))]}
    except (OSError, ValueError, KeyError):
        return set()


def unparsable_outputs(out: Path) -> dict[str, str]:
    """Output file -> what its parser said, for each output that does not parse."""
    bad: dict[str, str] = {}
    ttl = out / "graph.ttl"
    try:
        import pyoxigraph

        for _ in pyoxigraph.parse(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE):
            pass
    except Exception as err:  # noqa: BLE001
        bad["graph.ttl (pyoxigraph)"] = f"{type(err).__name__}: {err}"[:300]
    try:
        from rdflib import Graph

        Graph().parse(ttl, format="turtle")
    except Exception as err:  # noqa: BLE001
        bad["graph.ttl (rdflib)"] = f"{type(err).__name__}: {err}"[:300]
    try:
        ElementTree.parse(out / "graph.graphml")
    except Exception as err:  # noqa: BLE001
        bad["graph.graphml (XML)"] = f"{type(err).__name__}: {err}"[:300]
    for table in sorted((out / "tables").glob("*.csv")):
        try:
            text = table.read_bytes().decode("utf-8")
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
            widths = {len(r) for r in rows}
            if not rows or len(widths) != 1:
                raise ValueError(f"rows of {sorted(widths)} cells")
        except Exception as err:  # noqa: BLE001
            bad[f"tables/{table.name} (CSV)"] = f"{type(err).__name__}: {err}"[:300]
    return bad


def outcome(result: Result, file: Generated) -> str:
    """What became of ``file`` in a build of it and a good document: "built",
    "skipped: <reason>", or the problem with where it happened."""
    if result.traceback:
        return f"traceback: {general_reason(result.traceback.strip().splitlines()[-1])} at {innermost_frame(result.traceback)}"
    if result.error:
        return f"named error: {error_detail(result.error)}"
    if result.unparsable:
        return "unparsable: " + ", ".join(sorted(result.unparsable))
    if result.unnamed:
        return "neither built nor skipped"
    name = shown(file.name)
    for path, reason in result.skipped:
        if path.endswith("/" + name):
            return f"skipped: {general_reason(reason)}"
    return "built"


def innermost_frame(trace: str) -> str:
    """``module.py:line function`` of the innermost frame in policykg's code."""
    import re

    frames = re.findall(r'File ".*?/policykg/(\S+?\.py)", line (\d+), in (\S+)', trace)
    return f"{frames[-1][0]}:{frames[-1][1]} {frames[-1][2]}" if frames else "?"


def error_detail(error: str) -> str:
    """A named error, general, with what the output check found: the kind of character
    (Unicode category) an IRI may not hold, or the GraphML element that is not well-formed."""
    import re
    import unicodedata

    detail = ""
    if (m := re.search(r"Invalid IRI code point '(\\u[0-9a-f]{4}|\\U[0-9a-f]{8}|.)'", error, re.S)) is not None:
        c = m.group(1)
        c = chr(int(c[2:], 16)) if len(c) > 1 else c
        detail = f" (IRI code point U+{ord(c):04X}, category {unicodedata.category(c)})"
    elif (m := re.search(r"(Invalid IRI [a-z ]+|Invalid [a-z ]+)", error)) is not None and "graph.ttl" in error:
        detail = f" ({m.group(1).strip()})"
    elif (m := re.search(r"the line reads '\s*<(\w+)(?: key=\"(\w+)\"| (id|source|target)=)", error)) is not None:
        detail = f" (in <{m.group(1)}> {m.group(2) or m.group(3)})"
    elif "buffer maximal size" in error:
        detail = " (a term over pyoxigraph's 16 MB buffer)"
    head = error.split(":", 1)[0]
    if "graph.ttl" in error:
        head += ": graph.ttl not valid Turtle"
    elif "graph.graphml" in error:
        head += ": graph.graphml not well-formed XML"
    else:
        head = general_reason(error)
    return head + detail


@dataclass
class Tally:
    """Counts over many builds (the slow run's report): of the builds, and of each
    troubled document built alone beside a good one (:meth:`attribute`), by kind."""

    builds: int = 0
    files: int = 0
    documents: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason (without the file's own details) -> files
    errors: Counter = field(default_factory=Counter)
    tracebacks: Counter = field(default_factory=Counter)  # last line -> builds
    unparsable: Counter = field(default_factory=Counter)  # output -> builds
    unnamed: int = 0
    outcomes: Counter = field(default_factory=Counter)  # (kind, outcome) -> documents, from single builds
    examples: dict[str, str] = field(default_factory=dict)  # a first failing build per problem

    def add(self, result: Result) -> None:
        self.builds += 1
        self.files += len(result.files)
        self.documents += result.documents
        for _, reason in result.skipped:
            self.skipped[general_reason(reason)] += 1
        problems = []
        if result.error:
            self.errors[error_detail(result.error)] += 1
            problems.append("error: " + error_detail(result.error))
        if result.traceback:
            last = general_reason(result.traceback.strip().splitlines()[-1]) + " at " + innermost_frame(result.traceback)
            self.tracebacks[last] += 1
            problems.append("traceback: " + last)
        for name in result.unparsable:
            self.unparsable[name] += 1
            problems.append("unparsable: " + name)
        self.unnamed += len(result.unnamed)
        if result.unnamed:
            problems.append("unnamed inputs")
        for problem in problems:
            self.examples.setdefault(problem, result.describe()[:3000])

    def attribute(self, result: Result, good: Generated, folder: Path) -> None:
        """Build each troubled file of ``result`` alone beside ``good`` and count what became of it."""
        for i, file in enumerate(f for f in result.files if f.kind != "good"):
            single = build_and_check([file, good], folder / f"single{i}")
            what = outcome(single, file)
            self.outcomes[(file.kind, what)] += 1
            if what != "built" and not what.startswith("skipped"):
                self.examples.setdefault(f"{file.kind}: {what}", single.describe()[:3000])

    def report(self) -> str:
        lines = [f"{self.builds} builds of {self.files} files: {self.documents} documents built, "
                 f"{sum(self.skipped.values())} skipped, {sum(self.errors.values())} builds stopped by a named error, "
                 f"{sum(self.tracebacks.values())} by a traceback, {sum(self.unparsable.values())} unparsable outputs, "
                 f"{self.unnamed} inputs neither built nor skipped"]
        for title, counter in (("skipped by reason", self.skipped), ("builds stopped by a named error", self.errors),
                               ("builds stopped by a traceback", self.tracebacks), ("unparsable outputs", self.unparsable)):
            if counter:
                lines.append(f"{title}:")
                lines += [f"  {n:6d}  {what}" for what, n in counter.most_common()]
        if self.outcomes:
            single = sum(self.outcomes.values())
            lines.append(f"each troubled document of a failed build, built alone beside a good one ({single} documents):")
            for kind in sorted({k for k, _ in self.outcomes}):
                of_kind = {what: n for (k, what), n in self.outcomes.items() if k == kind}
                lines.append(f"  {kind} ({sum(of_kind.values())}):")
                lines += [f"    {n:6d}  {what}" for what, n in sorted(of_kind.items(), key=lambda item: -item[1])]
        return "\n".join(lines)


def general_reason(reason: str) -> str:
    """A reason without what is particular to one file (paths, offsets, bytes, values)."""
    import re

    reason = re.sub(r"/\S*", "<path>", reason)
    reason = re.sub(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", "<surrogate>", reason)
    reason = re.sub(r"0x[0-9a-f]+|\b\d+\b", "N", reason)
    reason = re.sub(r"“[^”]*”|(?<![A-Za-z])'[^']*'|\"[^\"]*\"", "…", reason)
    return reason[:160]

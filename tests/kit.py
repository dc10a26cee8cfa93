"""Helpers the extraction tests share: a small text written to a file, loaded,
given its structure and extracted exactly as the pipeline does it
(``load_document`` -> ``structure.analyse`` -> ``extract_document``), and
selectors over what came out.

The texts are written in the tests themselves (invented, not corpus text).
"""
from __future__ import annotations

import tempfile
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from policykg.extract import extract_document
from policykg.load import load_document
from policykg.records import Document, Extraction, Fact, Measure, Mention
from policykg.structure import analyse


DATA = Path(__file__).resolve().parent / "data"


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def loaded(text: str, name: str = "doc.txt") -> Document:
    """The document of ``text`` saved as ``name`` (the suffix gives the format), loaded and structured."""
    with tempfile.TemporaryDirectory(prefix="policykg-test-") as folder:
        path = Path(folder) / name
        path.write_text(dedent(text), encoding="utf-8")
        return analyse(load_document(path))


@dataclass(frozen=True)
class Result:
    document: Document
    extraction: Extraction

    # -- selectors
    def mentions(self, *types: str) -> list[Mention]:
        return [m for m in self.extraction.mentions if not types or m.type in types]

    def keys(self, *types: str) -> set[str]:
        return {m.key for m in self.mentions(*types)}

    def texts(self, *types: str) -> set[str]:
        return {m.text for m in self.mentions(*types)}

    def facts(self, predicate: str | None = None) -> list[Fact]:
        return [f for f in self.extraction.facts if predicate is None or f.predicate == predicate]

    def objects(self, subject: str, predicate: str) -> set[str]:
        """The objects of the ``predicate`` facts about ``subject``."""
        return {f.obj for f in self.facts(predicate) if f.subject == subject}

    def measures(self, kind: str | None = None) -> list[Measure]:
        return [m for m in self.extraction.measures if kind is None or m.kind == kind]

    def measure(self, kind: str, indicator: str) -> Measure:
        """The one measure of ``kind`` on ``indicator`` (fails when there is none or several)."""
        found = [m for m in self.measures(kind) if m.indicator == indicator]
        assert len(found) == 1, f"{kind} {indicator!r}: {len(found)} found in {self.summary()}"
        return found[0]

    def parts(self, kind: str) -> list[str]:
        """The labels of the document's parts of ``kind``."""
        return [p.label for p in self.document.parts if p.kind == kind]

    def summary(self) -> list[tuple]:
        """What the measures say, compactly (for assertion messages)."""
        return [(m.kind, m.indicator, value(m), m.time, m.region, m.policy, m.category, m.beneficiary)
                for m in self.extraction.measures]


def loaded_file(path: Path) -> Document:
    """A fixture file loaded and structured where it lies (its id is its file name without suffix)."""
    return analyse(load_document(path))


def extract_file(path: Path) -> Result:
    """A fixture file extracted where it lies (its path, hence its outputs, the same in every run)."""
    doc = loaded_file(path)
    return Result(doc, without_failures(extract_document(doc)))


def without_failures(extraction: Extraction) -> Extraction:
    """The extraction, after checking that no extractor failed on a sentence: the pipeline logs such a failure as a
    warning and goes on, which would let a test pass on what the failing extractor left out."""
    failed = [w for w in extraction.warnings if ": extractor " in w and " failed" in w]
    assert not failed, failed
    return extraction


def document(name: str) -> Path:
    """tests/data/documents/<name>: the skeleton documents several tests share."""
    return DATA / "documents" / name


def extract(text: str, name: str = "doc.txt") -> Result:
    doc = loaded(text, name)
    return Result(doc, without_failures(extract_document(doc)))


def value(m: Measure) -> tuple[Decimal, Decimal | None, str, str] | None:
    """(value, upper, unit, comparator) of a measure's quantity."""
    q = m.quantity
    return None if q is None else (q.value, q.upper, q.unit, q.comparator)


def d(text: str) -> Decimal:
    return Decimal(text)

"""The linked knowledge base: entities, statements and measures across documents."""
from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..records import Document, Measure


class Ref(NamedTuple):
    """A sentence of a document: [start, end)."""

    doc: str
    start: int
    end: int


@dataclass
class Entity:
    type: str
    key: str
    names: Counter = field(default_factory=Counter)  # surface forms and how often they occur
    attrs: dict[str, str] = field(default_factory=dict)  # the first value of each attribute
    docs: dict[str, None] = field(default_factory=dict)  # documents mentioning it, in order
    evidence: list[Ref] = field(default_factory=list)  # the first sentences naming it
    id: str = ""  # IRI path under id: ("policy/…")
    name: str = ""  # preferred label
    aliases: tuple[str, ...] = ()


@dataclass
class LinkedMeasure:
    """A measure with its evidence and what linking decided about it."""

    measure: Measure
    ref: Ref
    id: str = ""
    indicator: str = ""  # indicator entity key
    policy: str = ""  # policy entity key ("" when not attributed)
    status: str = ""  # targets: met | not met | unknown
    assessed_by: tuple[str, ...] = ()  # ids of the observations that decided the status
    sources: int = 1  # how many sentences state it


@dataclass
class DocumentLinks:
    """What one document contributes, for its part of the outputs."""

    document: Document  # text-less
    spans: array  # (start, end, form index) of every mention
    measures: list[LinkedMeasure] = field(default_factory=list)


class TextReader:
    """The documents' texts, read back from ``folder/{doc}.txt`` when the outputs
    are written (or kept in memory for small corpora and tests). The last
    document read is kept, so reading its sentences one after the other reads
    its file once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.kept: dict[str, str] = {}
        self._doc: str | None = None
        self._text = ""

    def keep(self, doc: str, text: str) -> None:
        self.kept[doc] = text

    def text(self, doc: str) -> str:
        if doc != self._doc:
            text = self.kept.get(doc)
            if text is None:
                if self.folder is None:
                    raise FileNotFoundError(f"no text for document {doc!r}: linked without its text and without a texts folder")
                with open(self.folder / f"{doc}.txt", encoding="utf-8", newline="") as f:
                    text = f.read()
            self._doc, self._text = doc, text
        return self._text

    def exact(self, ref: Ref) -> str:
        return self.text(ref.doc)[ref.start:ref.end]


@dataclass
class KnowledgeBase:
    texts: TextReader
    docs: list[DocumentLinks] = field(default_factory=list)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    forms: list[tuple[str, str, str]] = field(default_factory=list)  # (text, type, key) of mention spans
    statements: dict[tuple[str, str, str, str, str], list[Ref]] = field(default_factory=dict)
    measures: list[LinkedMeasure] = field(default_factory=list)  # one per real fact, in document order
    warnings: list[str] = field(default_factory=list)
    date_conflicts: list[str] = field(default_factory=list)
    merged: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (document, paths of its reposts)
    _objects: dict | None = field(default=None, repr=False)  # statements by (subject type, subject, predicate)

    def get(self, type_: str, key: str) -> Entity | None:
        return self.entities.get((type_, key))

    def entity_id(self, type_: str, key: str) -> str:
        ent = self.entities.get((type_, key))
        return ent.id if ent else ""

    def objects(self, type_: str, key: str, predicate: str) -> list[tuple[str, str]]:
        """(object type, object) of the ``predicate`` statements about a subject, in the order first stated."""
        if self._objects is None:
            index: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
            for st, s, p, ot, o in self.statements:
                index.setdefault((st, s, p), []).append((ot, o))
            self._objects = index
        return self._objects.get((type_, key, predicate), [])

"""What an extractor sees besides its sentence: the document and its parts,
the mentions found so far, the document's place and reference date, and the
policies the file holds."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..nlp import Sentence
from ..records import Document, Evidence, Fact, Measure, Mention, Part


@dataclass(frozen=True)
class OwnPolicy:
    """A policy the file holds (its ``policy`` part): the document's own, or one a 印发 notice issues."""

    part: Part
    key: str  # the policy's entity key
    title: str


@dataclass
class Context:
    document: Document
    sentences: list[Sentence]
    mentions: list[list[Mention]] = field(default_factory=list)  # per sentence, in order found
    facts: list[Fact] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    province: str = ""  # the document's own place (set by the ``home`` extractor)
    city: str = ""
    county: str = ""  # a county-level place the document is from (某县, a county-level 某市), within ``city``
    reference_date: str = ""  # what 今年 / 近日 are read against
    policies: list[OwnPolicy] = field(default_factory=list)  # set by the ``policies`` extractor

    @property
    def own_city(self) -> str:
        """The city a short form 市X names: a county-level city's own (长葛市 in its documents), else the document's."""
        return self.county if self.county.endswith("市") else self.city

    def __post_init__(self) -> None:
        if not self.mentions:
            self.mentions = [[] for _ in self.sentences]
        self._starts = [s.start for s in self.sentences]
        self._index = {s.start: i for i, s in enumerate(self.sentences)}
        self._parts_of: dict[int, tuple[Part, ...]] = {}

    # -- where a sentence is
    def index_of(self, offset: int) -> int:
        """Index of the sentence containing the document offset (-1 if none)."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i].end else -1

    def parts_of(self, sent: Sentence) -> tuple[Part, ...]:
        """The parts containing the sentence's start, outermost first."""
        key = sent.start
        found = self._parts_of.get(key)
        if found is None:
            found = tuple(p for p in self.document.parts if p.start <= key < p.end)
            self._parts_of[key] = found
        return found

    def part(self, sent: Sentence, kind: str) -> Part | None:
        """The innermost part of ``kind`` containing the sentence."""
        found = [p for p in self.parts_of(sent) if p.kind == kind]
        return found[-1] if found else None

    def role(self, sent: Sentence) -> str:
        """The role of the innermost section with a role (goals, tasks, review …), or ""."""
        for p in reversed(self.parts_of(sent)):
            if p.kind == "section" and p.role:
                return p.role
        return ""

    def in_part(self, sent: Sentence, *kinds: str) -> bool:
        return any(p.kind in kinds for p in self.parts_of(sent))

    def policy_of(self, sent: Sentence) -> OwnPolicy | None:
        """The policy whose text the sentence is in (the innermost policy part)."""
        best = None
        for p in self.policies:
            if p.part.start <= sent.start < p.part.end and (best is None or p.part.start >= best.part.start):
                best = p
        return best

    # -- mentions
    def mentions_in(self, sent: Sentence, *types: str) -> list[Mention]:
        i = self._index.get(sent.start)
        if i is None:
            i = self.index_of(sent.start)  # (a sentence made up by an extractor)
        found = self.mentions[i] if i >= 0 else []
        return [m for m in found if m.type in types] if types else list(found)

    def all_mentions(self, *types: str) -> list[Mention]:
        return [m for ms in self.mentions for m in ms if not types or m.type in types]

    def covered(self, sent: Sentence, start: int, end: int, *types: str) -> bool:
        """True when a mention (of ``types``) of the sentence overlaps [start, end) (document offsets)."""
        return any(m.start < end and start < m.end for m in self.mentions_in(sent, *types))

    def evidence(self, sent: Sentence) -> Evidence:
        return Evidence(self.document.id, sent.start, sent.end, sent.text)

    def add(self, record: Mention | Fact | Measure, sent_index: int = -1) -> None:
        """Keep a record; a mention replaces one of the same span and type."""
        if isinstance(record, Mention):
            i = sent_index if sent_index >= 0 else self.index_of(record.start)
            if i < 0:
                return
            ms = self.mentions[i]
            for k, m in enumerate(ms):
                if (m.start, m.end, m.type) == (record.start, record.end, record.type):
                    ms[k] = record
                    return
            ms.append(record)
        elif isinstance(record, Fact):
            self.facts.append(record)
        elif isinstance(record, Measure):
            self.measures.append(record)
        else:
            raise TypeError(f"an extractor returned {type(record).__name__}; expected Mention, Fact or Measure")

    def remove(self, mention: Mention) -> None:
        i = self.index_of(mention.start)
        if i >= 0 and mention in self.mentions[i]:
            self.mentions[i].remove(mention)

"""Plain, frozen records passed between pipeline stages.

Every record that comes from text carries character offsets into
``Document.text`` (the text as loaded and repaired, see ``load``), so that any
fact can be traced back to the sentence it came from.

:class:`LinkInput` is an :class:`Extraction` in the compact form (plain
tuples) that the cache stores, worker processes send back and the linker takes.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field, fields
from decimal import Decimal
from functools import cache
from typing import NamedTuple


class Record:
    """Base of the records: pickled as (class, field values).

    Frozen slotted dataclasses otherwise unpickle through ``__setstate__``,
    which looks the fields up again for every object: five times slower, and
    the build unpickles millions of records (cache entries, results of the
    worker processes)."""

    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in field_names(type(self)))


@cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass(frozen=True, slots=True)
class Part(Record):
    """A known stretch of a document, found by ``structure``: [start, end) of ``Document.text``.

    ``kind``: header | doc_number | title | recipients | body | section | attachment |
    signature | date | cc | item | policy. ``label``: a section's heading, an attachment's
    or an embedded policy's title. ``level``: a section's depth (一、 1, （一） 2, 1. 3, （1） 4,
    第X章 1, 第X条 2). ``role``: what a section is for (goals, tasks, safeguards, review …)."""

    kind: str
    start: int
    end: int
    label: str = ""
    level: int = 0
    role: str = ""


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One input file, loaded and cleaned."""

    id: str  # the file name without extension
    path: str  # as given on the command line (posix separators)
    text: str  # the cleaned text all offsets refer to
    title: str = ""  # from metadata (front matter, <title>, og:title, a transcript's heading), else ""
    date: str = ""  # ISO 8601, as precise as known ("2021-12", "2022-05-14"), "" if unknown
    source: str = ""  # publisher / source given by metadata ("经济日报")
    format: str = "txt"  # txt | md | html | pdf | docx
    encoding: str = "utf-8"
    url: str = ""  # where the text comes from (原文链接, canonical link), if stated
    meta: tuple[tuple[str, str], ...] = ()  # other metadata lines taken out of the text (法宝引证码, 索引号 …)
    genre: str = ""  # official | interpretation | news | work_report | report | other (set by ``structure``)
    parts: tuple[Part, ...] = ()  # set by ``structure``


@dataclass(frozen=True, slots=True)
class Skipped(Record):
    """A file that could not be read, and why.

    ``reason``: the full sentence (what was found, what was expected);
    ``format``: the file's format or suffix ("pdf", "doc", "txt" …, "" when unknown);
    ``category``: a short reason class for the build summary ("unsupported format",
    "scanned PDF", "encrypted PDF", "empty", "binary", "encoding", "not a regular file",
    "permission denied", "too large", "malformed front matter", "duplicate", "missing" …)."""

    path: str
    reason: str
    format: str = ""
    category: str = ""


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of a document's text: [start, end)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Where a fact comes from: the document and the sentence."""

    doc: str
    start: int  # sentence start
    end: int  # sentence end
    text: str  # the sentence


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A stretch of text naming an entity. ``key`` is the normalised name used
    for linking (full form for known short names); ``attrs`` holds extra
    typed details as sorted (name, value) pairs, e.g. ("category", "government")."""

    doc: str
    start: int
    end: int
    text: str
    type: str  # ORG POLICY REPORT PLATFORM REGION DATE QUANTITY INDICATOR
    key: str
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str = "") -> str:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """A number with unit and comparator, e.g. "超过7600万台（套）"."""

    start: int
    end: int
    text: str  # the matched surface text, comparator words included
    value: Decimal  # in base units: 1.42万亿元 -> 1420000000000, 2.9% -> 2.9
    unit: str  # 元 个 家 台套 % 百分点 … ("" when the text has none)
    comparator: str = "="  # one of = > >= < <= ~
    upper: Decimal | None = None  # for ranges ("3至5个"): value is the lower bound


@dataclass(frozen=True, slots=True)
class TimeExpr(Record):
    """A date, period or deadline, resolved to ISO 8601 strings.

    ``value`` is the (start of the) time as precise as the text allows:
    "2017-11-27", "2020-03", "2023". ``until`` is the end of a range or period
    ("2018—2020年" -> value "2018", until "2020"; "一季度" -> "2022-01" .. "2022-03").
    ``role``: "" for a plain date, "deadline" (到2023年, 2025年前), "asof"
    (截至2021年10月9日), "since" (2017年以来), "period" (ranges, 十四五)."""

    start: int
    end: int
    text: str
    value: str
    until: str = ""
    role: str = ""
    relative: bool = False  # resolved against the document date (今年, 近日, 上年)


@dataclass(frozen=True, slots=True)
class Fact(Record):
    """A relation between two entity keys found in one sentence.

    predicate is one of: issued_by, issued_on, interprets, implements, cites,
    operated_by, sub_organization_of, alias_of. ``obj`` is an entity key or, for
    issued_on, an ISO date."""

    subject_type: str
    subject: str
    predicate: str
    object_type: str
    obj: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Measure(Record):
    """A target, observation or forecast found in one sentence."""

    kind: str  # target | observation | forecast
    indicator: str  # what is measured, as the text says it
    quantity: Quantity
    evidence: Evidence
    time: str = ""  # refPeriod (observation) or deadline (target), ISO
    region: str = ""  # region key
    subject: str = ""  # organisation / platform key the value is about
    policy: str = ""  # policy key a target belongs to ("" when unknown)
    issuer: str = ""  # organisation key that set the target when no policy is named
    increment: bool = False  # "新建/新增 N …": an increase, not a level


@dataclass(frozen=True, slots=True)
class Extraction(Record):
    """Everything extracted from one document; picklable, cacheable."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()
    measures: tuple[Measure, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # (type, key, sentence) for the first sentences naming each entity: entity provenance
    entity_evidence: tuple[tuple[str, str, Evidence], ...] = ()


class LinkInput(NamedTuple):
    """One document's extraction as the linker takes it (:func:`compact`):
    plain tuples, strings, numbers and an ``array``, no records — it
    pickles and unpickles many times faster than an :class:`Extraction`,
    and it is what the cache stores and worker processes send back. A
    sentence is its (start, end) in the document."""

    document: Document
    warnings: tuple[str, ...]
    forms: tuple[tuple[str, str, str], ...]  # distinct mention (text, type, key), in order of first mention
    spans: array  # (start, end, index into forms) of every mention, in extraction order
    attrs: tuple[tuple[str, str, str, str], ...]  # (type, key, name, value): an entity's first value of each attribute
    entity_evidence: tuple[tuple[str, str, int, int], ...]  # (type, key, sentence start, end)
    facts: tuple[tuple[str, str, str, str, str, int, int], ...]  # (subject type, subject, predicate, object type, object, sentence)
    measures: tuple[tuple, ...]  # (kind, indicator, value, unit, comparator, quantity text, quantity start,
    #                               time, region, subject, issuer, increment, policy, sentence start, end)


ENTITY_ATTRIBUTES = ("category", "kind", "level", "operator")  # the mention attributes entities keep


def compact(ex: Extraction) -> LinkInput:
    """The :class:`LinkInput` of an extraction. Raises ValueError for a
    mention or a sentence of another document."""
    doc_id = ex.document.id
    forms: dict[tuple[str, str, str], int] = {}
    spans = array("i")
    attrs: dict[tuple[str, str, str], str] = {}
    for m in ex.mentions:
        if m.doc != doc_id:
            raise ValueError(f"{doc_id}: extraction has a mention in another document ({m.doc}, {m.start}-{m.end}); "
                             "expected every mention of an extraction to be in its own document")
        spans.extend((m.start, m.end, forms.setdefault((m.text, m.type, m.key), len(forms))))
        if m.type not in ("DATE", "QUANTITY"):
            for name, value in m.attrs:
                if value and name in ENTITY_ATTRIBUTES:
                    attrs.setdefault((m.type, m.key, name), value)

    def sentence(ev: Evidence) -> tuple[int, int]:
        if ev.doc != doc_id:
            raise ValueError(f"{doc_id}: extraction cites a sentence of another document ({ev.doc}, {ev.start}-{ev.end}); "
                             "expected every evidence of an extraction to be from its own document")
        return ev.start, ev.end

    return LinkInput(
        ex.document, tuple(ex.warnings), tuple(forms), spans, tuple((*k, v) for k, v in attrs.items()),
        tuple((type_, key, *sentence(ev)) for type_, key, ev in ex.entity_evidence),
        tuple((f.subject_type, f.subject, f.predicate, f.object_type, f.obj, *sentence(f.evidence)) for f in ex.facts),
        tuple((m.kind, m.indicator, m.quantity.value, m.quantity.unit, m.quantity.comparator, m.quantity.text,
               m.quantity.start, m.time, m.region, m.subject, m.issuer, m.increment, m.policy, *sentence(m.evidence))
              for m in ex.measures),
    )

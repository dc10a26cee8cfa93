"""Plain, frozen records passed between pipeline stages.

Every record that comes from text carries character offsets into
``Document.text`` (the text as loaded and cleaned, see ``load``), so that any
fact can be traced back to the sentence it came from.

One record family runs from extraction to the outputs: :class:`Mention`,
:class:`Fact` and :class:`Measure` (targets, observations, forecasts and
policy instruments alike). :func:`pack` / :func:`unpack` turn an
:class:`Extraction` into plain JSON-able lists and back: that compact form
exists only at the cache and worker boundary.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from functools import cache
from typing import Any

ENTITY_TYPES = ("POLICY", "REPORT", "ORG", "PLATFORM", "REGION")  # mention types that become entities


class Record:
    """Base of the records: pickled as (class, field values), which is five
    times faster to unpickle than a frozen slotted dataclass's default."""

    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in field_names(type(self)))


@cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass(frozen=True, slots=True)
class Part(Record):
    """A known stretch of a document, found by ``load`` (headings of the file
    format) or ``structure``: [start, end) of ``Document.text``.

    ``kind``: heading | header | doc_number | title | recipients | body | section |
    attachment | signature | date | cc | item | chapter | policy. ``label``: a heading's
    text, a section's heading, an attachment's or an embedded policy's title.
    ``level``: a heading's or section's depth (一、 1, （一） 2, 1. 3, （1） 4).
    ``role``: what a section is for (goals, tasks, safeguards, review, plan …)."""

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
    parts: tuple[Part, ...] = ()
    chars: int = -1  # len(text); kept when the text is dropped (see :func:`textless`)
    sources: tuple[str, ...] = ()  # other paths whose text is this document's (reposts merged into it)

    @property
    def length(self) -> int:
        return self.chars if self.chars >= 0 else len(self.text)

    def parts_of(self, kind: str) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind == kind)


def textless(doc: Document) -> Document:
    """The document without its text (which is on disk in ``texts/``), its length kept."""
    return replace(doc, text="", chars=doc.length)


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
    format: str = ""  # the file's format or suffix
    category: str = ""  # a short class of the reason ("empty", "scanned PDF", "unsupported format" …)


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Where a fact comes from: the document and the sentence [start, end)."""

    doc: str
    start: int
    end: int
    text: str = ""  # the sentence, when at hand (outputs read it back from texts/ otherwise)


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A stretch of text naming an entity or a value. ``key`` is the normalised
    name used for linking (the full form for a known short name); ``attrs``
    holds typed details as sorted (name, value) pairs, e.g. ("category", "government")."""

    doc: str
    start: int
    end: int
    text: str
    type: str  # ORG POLICY REPORT PLATFORM REGION DATE QUANTITY
    key: str
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str = "") -> str:
        for key, value in self.attrs:
            if key == name:
                return value
        return default

    def with_attrs(self, **values: str) -> Mention:
        merged = {**dict(self.attrs), **values}
        return replace(self, attrs=tuple(sorted((k, v) for k, v in merged.items() if v)))


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
    "2017-11-27", "2020-03", "2023". ``until`` is the end of a range or period.
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
    """A statement found in one sentence: ``predicate`` is a row of
    ``ontology/mapping/facts.csv`` (issued_by, issued_on, doc_number, cites …);
    ``obj`` is an entity key, or a literal when ``object_type`` is DATE or TEXT."""

    subject_type: str
    subject: str
    predicate: str
    object_type: str
    obj: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Measure(Record):
    """A target, observation, forecast or policy instrument found in one
    sentence; ``kind`` is a row of ``ontology/mapping/measures.csv``.

    ``quantity`` is the value (a target's or observation's) or the amount (an
    instrument's), None for an instrument without an amount."""

    kind: str  # target | observation | forecast | instrument
    evidence: Evidence
    quantity: Quantity | None = None
    indicator: str = ""  # what is measured, as the text says it
    category: str = ""  # an instrument's type (资金支持 …)
    measure: str = "level"  # level (a stock or count) | change (a growth rate, an increase)
    time: str = ""  # deadline (target, forecast), reference period (observation)
    region: str = ""  # region key
    subject: str = ""  # organisation key the value is about
    policy: str = ""  # key of the policy the target or instrument belongs to
    issuer: str = ""  # organisation key that set it when no policy is named
    beneficiary: str = ""  # who gets an instrument
    condition: str = ""  # the threshold or requirement stated


@dataclass(frozen=True, slots=True)
class Extraction(Record):
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[tuple[int, int], ...] = ()  # (start, end) of each sentence
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()
    measures: tuple[Measure, ...] = ()
    warnings: tuple[str, ...] = ()


# ---------------------------------------------------------------- pack / unpack

PACK_VERSION = 1


def pack(ex: Extraction) -> list:
    """The extraction as plain JSON-able lists (strings, ints, None): the form
    the cache stores and worker processes send. Sentences and evidence are
    offsets; the document's text is not included (it is in ``texts/``)."""
    doc = ex.document
    return [
        PACK_VERSION,
        [doc.id, doc.path, doc.title, doc.date, doc.source, doc.format, doc.encoding, doc.url,
         [list(m) for m in doc.meta], doc.genre, [pack_part(p) for p in doc.parts], doc.length, list(doc.sources)],
        [list(s) for s in ex.sentences],
        [[m.start, m.end, m.text, m.type, m.key, [list(a) for a in m.attrs]] for m in ex.mentions],
        [[f.subject_type, f.subject, f.predicate, f.object_type, f.obj, f.evidence.start, f.evidence.end]
         for f in ex.facts],
        [pack_measure(m) for m in ex.measures],
        list(ex.warnings),
    ]


def pack_part(p: Part) -> list:
    return [p.kind, p.start, p.end, p.label, p.level, p.role]


def pack_measure(m: Measure) -> list:
    q = m.quantity
    quantity = None if q is None else [q.start, q.end, q.text, str(q.value), q.unit, q.comparator,
                                       None if q.upper is None else str(q.upper)]
    return [m.kind, m.evidence.start, m.evidence.end, quantity, m.indicator, m.category, m.measure, m.time,
            m.region, m.subject, m.policy, m.issuer, m.beneficiary, m.condition]


def without_evidence_text(ex: Extraction) -> Extraction:
    """``ex`` as :func:`unpack` of :func:`pack` gives it back (its facts' and measures' evidence
    without the sentence's text), without packing it: for an extraction that stays in its process."""
    return replace(ex, facts=tuple(replace(f, evidence=bare_evidence(f.evidence)) for f in ex.facts),
                   measures=tuple(replace(m, evidence=bare_evidence(m.evidence)) for m in ex.measures))


def bare_evidence(e: Evidence) -> Evidence:
    return Evidence(e.doc, e.start, e.end)


def unpack(data: Any) -> Extraction:
    """The :class:`Extraction` of :func:`pack`'s output (a text-less document).
    Raises ValueError when ``data`` is not such a list."""
    try:
        version, d, sentences, mentions, facts, measures, warnings = data
        if version != PACK_VERSION:
            raise ValueError(f"packed extraction of version {version!r}, expected {PACK_VERSION}")
        doc = Document(d[0], d[1], "", d[2], d[3], d[4], d[5], d[6], d[7], tuple(tuple(m) for m in d[8]), d[9],
                       tuple(Part(*p) for p in d[10]), d[11], tuple(d[12]))
        doc_id = doc.id
        return Extraction(
            doc,
            tuple((s, e) for s, e in sentences),
            tuple(Mention(doc_id, s, e, t, ty, k, tuple((a, b) for a, b in attrs)) for s, e, t, ty, k, attrs in mentions),
            tuple(Fact(st, s, p, ot, o, Evidence(doc_id, a, b)) for st, s, p, ot, o, a, b in facts),
            tuple(unpack_measure(doc_id, m) for m in measures),
            tuple(warnings),
        )
    except (TypeError, ValueError, IndexError, ArithmeticError) as err:
        raise ValueError(f"not a packed extraction: {err}") from None


def unpack_measure(doc_id: str, m: list) -> Measure:
    kind, start, end, q, *rest = m
    quantity = None if q is None else Quantity(q[0], q[1], q[2], Decimal(q[3]), q[4], q[5],
                                               None if q[6] is None else Decimal(q[6]))
    return Measure(kind, Evidence(doc_id, start, end), quantity, *rest)

"""Link stage: per-document mentions and facts -> one canonical record per
real-world thing across the corpus.

(Short names inside a document — "以下简称《通知》", 《规划》 — were resolved to
the policy they stand for by ``extract.resolve_short_names``.)

- across documents: policy title variants merge on ``policy_key``;
  organisation short names merge (工信部 → 工业和信息化部 by the vocabulary,
  中国信通院 → 中国信息通信研究院 by abbreviation, 浪潮 → 浪潮集团 by suffix);
  indicators merge across wordings; the same target stated several times in a
  document is one record; each target is assessed against later observations.

Memory (10,000 documents): the extractions stream in (as
``records.LinkInput``) and are linked one at a time (:class:`Linker`:
``add`` each, then ``finish``); none is kept. What the
corpus-wide steps need is kept in compact form:

- an evidence sentence is a :class:`Ref` (document, start, end): its text is
  read back from the document (``texts/{doc}.txt``, :class:`TextReader`)
  when the outputs are written;
- a document's mentions are one ``array`` of (start, end, form) numbers,
  ``form`` indexing the corpus' distinct (text, type, key) triples
  (``KnowledgeBase.forms``); their other attributes only feed the entities;
- facts and measures are small tuples and slotted records of interned strings.
"""
from __future__ import annotations

import gc
import hashlib
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from .entities import normalize_name
from .records import Document, Extraction, LinkInput, compact
from .time import most_precise
from .vocab import load_vocabulary

# ---------------------------------------------------------------- canonical records


class Ref(NamedTuple):
    """Where an evidence sentence is: the document and the sentence's
    offsets. Its text is ``document text[start:end]``
    (``KnowledgeBase.texts.exact(ref)``)."""

    doc: str
    start: int
    end: int


new_ref = partial(tuple.__new__, Ref)  # Ref from a (doc, start, end) tuple: what linking makes by the million, quickly


@dataclass(slots=True)
class Entity:
    type: str  # POLICY REPORT ORG PLATFORM REGION INDICATOR
    key: str
    id: str = ""
    name: str = ""
    forms: Counter = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    evidence: list[Ref] = field(default_factory=list)  # the first sentences naming it (a few)

    @property
    def aliases(self) -> list[str]:
        return sorted({f for f in self.forms if f != self.name})


class LinkedFact(NamedTuple):
    """A relation between two nodes (entity ids, or ``doc/<id>``) and the sentence stating it."""

    subject: str
    predicate: str
    object: str
    evidence: Ref


class DateClaim(NamedTuple):
    """A sentence saying when a policy was issued."""

    value: str  # ISO date
    evidence: Ref


@dataclass(slots=True, eq=False)
class LinkedMeasure:
    """A target, observation or forecast: the fields of a :class:`Measure`
    (its quantity flattened, its sentence a :class:`Ref`), then, once
    linked, the indicator and policy entities, every sentence of the document
    stating it, and (targets) whether it was met."""

    kind: str  # target | observation | forecast
    wording: str  # the indicator as the text says it
    value: Decimal  # in base units
    unit: str
    comparator: str
    written: str  # the quantity as the text writes it ("超过7600万台（套）")
    start: int  # where the quantity starts in the document
    time: str  # refPeriod (observation) or deadline (target), ISO
    region: str  # region key
    subject: str  # organisation / platform key the value is about
    issuer: str  # organisation key that set a target when no policy is named
    increment: bool  # "新建/新增 N …": an increase, not a level
    policy_key: str  # policy key a target belongs to ("" when unknown)
    evidence: Ref  # the (first) sentence stating it
    restated: tuple[Ref, ...] = ()  # further sentences of the document stating it
    indicator: str = ""  # indicator entity id
    policy: str = ""  # policy entity id or ""
    status: str = "unknown"  # targets: met | not met | unknown
    assessed_by: tuple[str, ...] = ()  # ids of the observations it was assessed by

    @property
    def id(self) -> str:
        """``<kind>/<document slug>-<offset of the quantity>``."""
        return f"{self.kind}/{doc_slug(self.evidence.doc)}-{self.start}"

    @property
    def sentences(self) -> tuple[Ref, ...]:
        """Every sentence stating the measure, in text order."""
        return (self.evidence, *self.restated)


@dataclass(slots=True, eq=False)
class DocumentLinks:
    """What the knowledge base keeps of one document."""

    document: Document  # without its text (``TextlessDocument``: the length is in ``chars``)
    mentions: array  # (start, end, form) for every mention, in extraction order; form indexes ``KnowledgeBase.forms``
    facts: list[LinkedFact] = field(default_factory=list)  # relations stated in the document
    measures: list[LinkedMeasure] = field(default_factory=list)  # in order of their quantity

    @property
    def id(self) -> str:
        return self.document.id

    def mention_spans(self) -> Iterator[tuple[int, int, int]]:
        """(start, end, form) of every mention."""
        m = self.mentions
        return zip(m[0::3], m[1::3], m[2::3])


class TextReader:
    """The documents' texts, read back when the outputs are written: from
    ``folder/{doc}.txt`` (the build's staged texts), or kept in memory for
    documents linked with their text and no folder (small corpora, tests).
    The last document read is cached, so reading a document's sentences one
    after the other reads its file once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.kept: dict[str, str] = {}
        self.reads = 0  # files read (for tests)
        self._doc: str | None = None
        self._text = ""

    def keep(self, doc: str, text: str) -> None:
        self.kept[doc] = text

    def text(self, doc: str) -> str:
        """The whole text of ``doc``."""
        if doc != self._doc:
            text = self.kept.get(doc)
            if text is None:
                if self.folder is None:
                    raise FileNotFoundError(f"no text for document {doc!r}: linked without its text and without a texts folder")
                # newline="": offsets count the characters exactly as written
                with open(self.folder / f"{doc}.txt", encoding="utf-8", newline="") as f:
                    text = f.read()
                self.reads += 1
            self._doc, self._text = doc, text
        return self._text

    def exact(self, ref: Ref) -> str:
        """The sentence ``ref`` points at."""
        return self.text(ref.doc)[ref.start:ref.end]


@dataclass
class KnowledgeBase:
    """The whole linked corpus: what graph and export write out."""

    docs: list[DocumentLinks] = field(default_factory=list)  # in input order
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    forms: list[tuple[str, str, str]] = field(default_factory=list)  # mention (text, type, key), indexed by DocumentLinks.mentions
    form_entities: list[str] = field(default_factory=list)  # the entity id of each form ("" for dates and quantities)
    issuers: dict[str, list[str]] = field(default_factory=dict)  # policy id -> org ids
    dates: dict[str, list[DateClaim]] = field(default_factory=dict)  # policy id -> claims
    measures_by_doc: dict[str, list[LinkedMeasure]] = field(default_factory=dict)  # document id -> its measures, documents sorted
    date_conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    redirects: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, variant key) -> canonical key
    doc_numbers: dict[str, str] = field(default_factory=dict)  # policy id -> 文号
    ids: set[str] = field(default_factory=set)  # every entity IRI path given out
    texts: TextReader = field(default_factory=TextReader)
    region_ids: dict[str, str] = field(default_factory=dict)  # region name -> entity id (memo of graph.region_id)

    @property
    def documents(self) -> list[Document]:
        """The documents (without text), in input order."""
        return [d.document for d in self.docs]

    @property
    def facts(self) -> list[LinkedFact]:
        """Every relation, document by document in input order."""
        return [f for d in self.docs for f in d.facts]

    @property
    def measures(self) -> list[LinkedMeasure]:
        """Every measure, by document id, then by position."""
        return [lm for ms in self.measures_by_doc.values() for lm in ms]

    def get(self, type_: str, key: str) -> Entity | None:
        return self.entities.get((type_, key))

    def by_type(self, type_: str) -> list[Entity]:
        return sorted((e for (t, _), e in self.entities.items() if t == type_), key=lambda e: e.id)

    def entity_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities.values()}


# ---------------------------------------------------------------- linking as the extractions stream in


def link(extractions: Iterable[LinkInput | Extraction], texts: str | Path | None = None) -> KnowledgeBase:
    """Link ``extractions`` (any iterable, of extractions or their compact
    form: each is consumed and dropped in turn). ``texts``: the folder holding ``{doc}.txt`` for every document;
    without it, documents must come with their text (which is then kept)."""
    linker = Linker(texts)
    for ex in extractions:
        linker.add(ex)
    return linker.finish()


class Linker:
    """Links a corpus one extraction at a time: ``add`` each extraction (in
    input order), then ``finish`` for the corpus-wide steps (variant folding,
    ids, facts, indicators, target assessment). Between the two it holds only
    the entities and each document's compact records, not the extractions."""

    def __init__(self, texts: str | Path | None = None) -> None:
        self.kb = KnowledgeBase(texts=TextReader(texts))
        self.form_index: dict[tuple[str, str, str], int] = {}
        self.raw_facts: list[list[tuple]] = []  # per document: (subject type, subject, predicate, object type, object, Ref)
        self.raw_measures: dict[str, list[LinkedMeasure]] = {}  # document id -> its measures, not linked yet
        self.indicator_wordings: set[str] = set()
        self.values: dict[str, Decimal] = {}  # one Decimal object per distinct value

    def add(self, ex: LinkInput | Extraction) -> None:
        """Take in one document's extraction (see :class:`LinkInput`): its
        entities' names, documents, attributes and first sentences; its
        mentions, facts and measures in compact form."""
        inp = compact(ex) if isinstance(ex, Extraction) else ex
        doc = self.document(inp.document)
        doc_id = sys.intern(doc.id)
        self.kb.warnings.extend(inp.warnings)
        self.kb.docs.append(DocumentLinks(doc, self.mentions(doc_id, inp)))
        for type_, key, start, end in inp.entity_evidence:
            ent = self.kb.get(type_, key)
            if ent is not None and len(ent.evidence) < 3:
                ent.evidence.append(new_ref((doc_id, start, end)))
        s = sys.intern
        self.raw_facts.append([(s(st), s(subject), s(p), s(ot), s(obj), new_ref((doc_id, start, end)))
                               for st, subject, p, ot, obj, start, end in inp.facts])
        if inp.measures:
            self.raw_measures[doc_id] = [self.measure(m, doc_id) for m in inp.measures]
            self.indicator_wordings.update(m[1] for m in inp.measures)

    def document(self, doc: Document) -> Document:
        """The document without its text: a text that came with it is kept by the text reader
        when there is no texts folder to read it from."""
        if getattr(doc, "chars", None) is None:  # a Document with its text
            from .cache import textless  # not at the top: cache imports extract, which imports this module

            if self.kb.texts.folder is None:
                self.kb.texts.keep(doc.id, doc.text)
            doc = textless(doc)
        return doc

    def mentions(self, doc_id: str, inp: LinkInput) -> array:
        """Document ``doc_id``'s mentions as (start, end, form) numbers, ``form``
        indexing the corpus' forms; every named entity mention counts into its
        entity (form, document, attributes)."""
        counts = Counter(inp.spans[2::3])
        forms = []
        for local, (text, type_, key) in enumerate(inp.forms):
            if type_ not in ("DATE", "QUANTITY"):
                ent = entity(self.kb, type_, key)
                ent.forms[text] += counts[local]
                ent.documents.add(doc_id)
            forms.append(self.form(text, type_, key))
        for type_, key, name, value in inp.attrs:
            self.kb.entities[(type_, key)].attrs.setdefault(name, value)
        spans = array("i", inp.spans)
        spans[2::3] = array("i", [forms[form] for form in inp.spans[2::3]])
        return spans

    def form(self, text: str, type_: str, key: str) -> int:
        """The index of the form (text, type, key) in ``kb.forms``, added when new."""
        index = self.form_index.get((text, type_, key))
        if index is None:
            index = self.form_index[(text, type_, key)] = len(self.kb.forms)
            self.kb.forms.append((text, type_, key))
        return index

    def measure(self, m: tuple, doc_id: str) -> LinkedMeasure:
        """A measure (a tuple of :class:`LinkInput`) as the knowledge base keeps it (not linked yet)."""
        kind, wording, value, unit, comparator, written, start, time, region, subject, issuer, increment, policy, s_start, s_end = m
        s = sys.intern
        value = self.values.setdefault(str(value), value)
        return LinkedMeasure(s(kind), s(wording), value, s(unit), s(comparator), s(written), start, s(time), s(region),
                             s(subject), s(issuer), increment, s(policy), new_ref((doc_id, s_start, s_end)))

    def finish(self) -> KnowledgeBase:
        """The linked knowledge base (the linker is spent)."""
        with collector_paused():
            kb = self.kb
            merge_org_variants(kb)
            merge_platform_variants(kb)
            add_parent_regions(kb)
            attach_vocabulary(kb)
            assign_ids(kb)
            kb.form_entities = [mention_entity_id(kb, type_, key) for _, type_, key in kb.forms]
            self.form_index.clear()
            link_facts(kb, self.raw_facts)
            self.raw_facts = []
            link_measures(kb, self.raw_measures, self.indicator_wordings)
            self.raw_measures = {}
            return kb


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while. Linking and
    exporting make millions of small objects (none in reference cycles) while
    the knowledge base is in memory, and each of the collector's full passes
    rescans all of them. Memory is still freed as usual, by reference counting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def entity(kb: KnowledgeBase, type_: str, key: str) -> Entity:
    ent = kb.entities.get((type_, key))
    if ent is None:
        ent = kb.entities[(type_, key)] = Entity(type_, key)
    return ent


ORG_TAIL = re.compile(r"(?:（集团）)?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|股份)$")


def merge_org_variants(kb: KnowledgeBase) -> None:
    """浪潮 + 浪潮集团, 中国信通院 + 中国信息通信研究院: fold the short form into the long one."""
    orgs = [e for (t, _), e in kb.entities.items() if t == "ORG"]
    keys = {e.key for e in orgs}
    redirect: dict[str, str] = {}
    # indexes instead of comparing every key with every other (quadratic in the
    # number of organisations): the keys that start with ``short`` are a run of
    # the sorted keys; abbreviation candidates share the last character and
    # start with one of a few characters
    ordered = sorted(keys)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in keys:
        by_ends[(k[0], k[-1])].append(k)
    for short in sorted(keys, key=len):
        if load_vocabulary().organization(short):
            continue
        brand = []
        for i in range(bisect_left(ordered, short), len(ordered)):
            k = ordered[i]
            if not k.startswith(short):
                break
            if len(k) > len(short) and ORG_TAIL.fullmatch(k[len(short):] or "x"):
                brand.append(k)
        if len(brand) == 1:
            redirect[short] = brand[0]
            continue
        if len(short) >= 3:
            abbrev = [k for first in set(short[:2] + "中国") for k in by_ends.get((first, short[-1]), ())
                      if len(k) > len(short) and is_subsequence(short, k)]
            if len(abbrev) == 1:
                redirect[short] = abbrev[0]
    for short, long in redirect.items():
        while long in redirect:
            long = redirect[long]
        fold(kb, "ORG", short, long)


def fold(kb: KnowledgeBase, type_: str, variant: str, canonical: str) -> None:
    """Merge the entity ``variant`` into ``canonical`` and remember the redirect."""
    src = kb.entities.pop((type_, variant))
    dst = kb.entities[(type_, canonical)]
    dst.forms.update(src.forms)
    dst.documents |= src.documents
    dst.evidence.extend(src.evidence)
    for k, v in src.attrs.items():
        dst.attrs.setdefault(k, v)
    kb.redirects[(type_, variant)] = canonical


def merge_platform_variants(kb: KnowledgeBase) -> None:
    """三一根云平台 + 根云平台: a platform named with its operator's short name in
    front is the same platform."""
    keys = sorted((k for t, k in kb.entities if t == "PLATFORM"), key=len)
    by_suffix = {k: k for k in keys}
    for key in keys:
        for cut in range(2, 5):
            short = key[cut:]
            if len(short) >= 3 and short in by_suffix and short != key:
                fold(kb, "PLATFORM", key, short)
                break


def is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def add_parent_regions(kb: KnowledgeBase) -> None:
    """The province of every mentioned city and the member provinces of every
    mentioned zone are nodes too (pkg:partOf needs both ends)."""
    vocab = load_vocabulary()
    for (t, key) in list(kb.entities):
        entry = vocab.region(key) if t == "REGION" else None
        if entry is None:
            continue
        for name in ([entry.province] if entry.level == "city" else list(entry.members)):
            parent = vocab.region(name) if name else None
            if parent and ("REGION", parent.name) not in kb.entities:
                entity(kb, "REGION", parent.name).forms[parent.name] += 0


def attach_vocabulary(kb: KnowledgeBase) -> None:
    vocab = load_vocabulary()
    for (t, key), ent in list(kb.entities.items()):
        if t == "ORG":
            entry = vocab.organization(key)
            if entry:
                ent.name = entry.name
                ent.attrs["category"] = entry.category
                if entry.parent:
                    ent.attrs["parent"] = entry.parent
            sub = vocab.subunit_of(key)
            if sub:
                ent.attrs["parent"] = sub[0].name
                ent.attrs["category"] = "government"
        if t == "REGION":
            entry = vocab.region(key)
            if entry:
                ent.name = entry.name
                ent.attrs["level"] = entry.level
                ent.attrs["province"] = entry.province if entry.level == "city" else (entry.name if entry.level == "province" else "")
                ent.attrs["vocab_id"] = entry.id
                ent.attrs["members"] = "|".join(entry.members)
                for alias in (entry.short, *entry.aliases):
                    if alias:
                        ent.forms.setdefault(alias, 0)
        if not ent.name:
            ent.name = preferred_name(ent)


def preferred_name(ent: Entity) -> str:
    forms = [f for f in ent.forms if f]
    if not forms:
        return ent.key
    if ent.type == "POLICY":
        plain = [f for f in forms if not re.search(r"关于印发.+的通知$", f)] or forms
        return max(plain, key=lambda f: (len(normalize_name(f)), " " not in f, ent.forms[f], f))
    if ent.type == "ORG":
        if ent.key not in forms and any(ent.key.endswith(f[1:]) and f[:1] in "省市" for f in forms):
            return ent.key  # a local body written short (省经信厅) resolved to its full name
        if any(f.startswith(ent.key) and f != ent.key for f in forms) and not any(len(f) < len(ent.key) for f in forms):
            return ent.key  # "浙江大学…研究中心" is a mention of 浙江大学
        return max(forms, key=lambda f: (len(f), ent.forms[f], f))
    return max(forms, key=lambda f: (ent.forms[f], len(f), f))


TYPE_PATH = {"POLICY": "policy", "REPORT": "report", "ORG": "org", "PLATFORM": "platform", "REGION": "region", "INDICATOR": "indicator"}


def slug(text: str) -> str:
    text = normalize_name(text)
    text = re.sub(r"[\s<>\"{}|\\^`#%?/\[\]@!$&'()*+,;=:]+", "_", text)
    return text.strip("_") or "x"


def assign_ids(kb: KnowledgeBase) -> None:
    vocab = load_vocabulary()
    for (t, key), ent in sorted(kb.entities.items()):
        base = None
        if t == "ORG" and vocab.organization(key):
            base = vocab.organization(key).id
        elif t == "REGION" and ent.attrs.get("vocab_id"):
            base = ent.attrs["vocab_id"]
        ident = f"{TYPE_PATH[t]}/{base or slug(key)}"
        if ident in kb.ids:
            ident += "-" + hashlib.sha1(key.encode()).hexdigest()[:6]
        kb.ids.add(ident)
        ent.id = ident


def mention_entity_id(kb: KnowledgeBase, type_: str, key: str) -> str:
    """The id of the entity a mention of (type, key) names ("" for dates and quantities)."""
    if type_ in ("DATE", "QUANTITY"):
        return ""
    key = kb.redirects.get((type_, key), key)
    ent = kb.get(type_, key)
    return ent.id if ent else ""


# ---------------------------------------------------------------- facts


def ensure(kb: KnowledgeBase, type_: str, key: str, doc: str = "") -> Entity:
    """An entity referred to by a fact but maybe never mentioned as such."""
    key = kb.redirects.get((type_, key), key)
    ent = kb.get(type_, key)
    if ent is None:
        ent = entity(kb, type_, key)
        ent.forms[key] += 0
        attach_vocabulary_one(kb, ent)
        ent.name = ent.name or key
        ident = f"{TYPE_PATH[type_]}/{slug(key)}"
        if type_ == "ORG" and load_vocabulary().organization(key):
            ident = f"org/{load_vocabulary().organization(key).id}"
        if ident in kb.ids:
            ident += "-" + hashlib.sha1(key.encode()).hexdigest()[:6]
        ent.id = ident
        kb.ids.add(ident)
    return ent


def attach_vocabulary_one(kb: KnowledgeBase, ent: Entity) -> None:
    vocab = load_vocabulary()
    if ent.type == "ORG":
        entry = vocab.organization(ent.key)
        if entry:
            ent.name, ent.attrs["category"] = entry.name, entry.category
            if entry.parent:
                ent.attrs["parent"] = entry.parent
        else:
            from .entities import org_key_and_category

            ent.attrs.setdefault("category", org_key_and_category(ent.key, "")[1])
            sub = vocab.subunit_of(ent.key)
            if sub:
                ent.attrs["parent"] = sub[0].name


PREDICATES = {
    "issued_by": "issued_by",
    "operated_by": "operated_by",
    "sub_organization_of": "sub_organization_of",
    "interprets": "interprets",
    "implements": "implements",
    "cites": "cites",
}


def link_facts(kb: KnowledgeBase, raw_facts: list[list[tuple]]) -> None:
    """Each document's facts (``raw_facts``, aligned with ``kb.docs``) ->
    its :class:`LinkedFact` list, the policies' issuers, dates and 文号; then
    the organisations' parents and platforms' operators as entities, and the
    conflicting policy dates."""
    for d, facts in zip(kb.docs, raw_facts):
        d.facts = document_facts(kb, facts)
        facts.clear()  # free each document's raw facts as soon as they are linked
    for ent in kb.by_type("ORG"):
        parent = ent.attrs.get("parent")
        if parent:
            ent.attrs["parent_id"] = ensure(kb, "ORG", parent).id
    for ent in kb.by_type("PLATFORM"):
        op = ent.attrs.get("operator")
        if op:
            ent.attrs["operator_id"] = ensure(kb, "ORG", op).id
    for policy_id, claims in kb.dates.items():
        values = sorted({c.value for c in claims})
        if len(values) > 1 and not all(a.startswith(b) or b.startswith(a) for a in values for b in values):
            kb.date_conflicts.append(f"{policy_id}: " + ", ".join(f"{c.value} ({c.evidence.doc})" for c in claims))


def document_facts(kb: KnowledgeBase, facts: Iterable[tuple]) -> list[LinkedFact]:
    """One document's relations between entities (one per evidence sentence;
    a vocabulary parent one per document). Issue dates and 文号 go to
    ``kb.dates`` and ``kb.doc_numbers`` instead."""
    seen: set[tuple] = set()
    linked: list[LinkedFact] = []
    for subject_type, subject, predicate, object_type, obj, ev in facts:
        if predicate == "doc_number":
            pol = kb.get("POLICY", subject)
            if pol is not None:
                kb.doc_numbers.setdefault(pol.id, obj)
            continue
        if predicate == "issued_on":
            pol = kb.get("POLICY", subject)
            if pol is not None:
                kb.dates.setdefault(pol.id, []).append(DateClaim(obj, ev))
            continue
        if subject_type == "DOCUMENT":
            subj_id = f"doc/{subject}"
        else:
            if subject_type == "POLICY" and kb.get("POLICY", subject) is None:
                continue
            subj_id = ensure(kb, subject_type, subject).id
        if object_type == "POLICY" and kb.get("POLICY", obj) is None:
            continue
        obj_id = ensure(kb, object_type, obj).id
        if obj_id == subj_id:
            continue
        row = (subj_id, predicate, obj_id, ev.doc, ev.start if predicate != "sub_organization_of" else 0)
        if row in seen:
            continue
        seen.add(row)
        linked.append(LinkedFact(subj_id, predicate, obj_id, ev))
        if predicate == "issued_by":
            issuers = kb.issuers.setdefault(subj_id, [])
            if obj_id not in issuers:
                issuers.append(obj_id)
    return linked


def policy_date(kb: KnowledgeBase, policy_id: str) -> str:
    return most_precise(c.value for c in kb.dates.get(policy_id, []))


# ---------------------------------------------------------------- indicators and measures

INDICATOR_NOISE = re.compile(r"数量|总数|总量|的|累计|个数|规模以上|平均|总计")


def indicator_key(text: str) -> str:
    t = normalize_name(text).upper()
    t = INDICATOR_NOISE.sub("", t) or t
    return t


@lru_cache(maxsize=100_000)
def doc_slug(doc: str) -> str:
    """``slug(doc)``, memoised: every measure id starts with it."""
    return slug(doc)


def indicator_keys(wordings: Iterable[str]) -> dict[str, str]:
    """Each indicator wording -> its canonical key: exact keys first, then a
    key folded into a longer one that ends with it."""
    key_of = {text: indicator_key(text) for text in wordings}
    keys = set(key_of.values())
    canon: dict[str, str] = {k: k for k in keys}
    for k in sorted(keys, key=lambda k: (-len(k), k)):
        # the longest other key (of 3+ characters) that k ends with: look its
        # suffixes up rather than compare k with every key (quadratic)
        longest = next((k[i:] for i in range(1, len(k) - 2) if k[i:] in keys), None)
        if longest is not None:
            canon[k] = canon[longest]
    return {text: canon[key] for text, key in key_of.items()}


def link_measures(kb: KnowledgeBase, measures_by_doc: dict[str, list[LinkedMeasure]], wordings: Iterable[str]) -> None:
    """Each document's measures -> one record per measure (restatements
    merged), linked to its indicator and policy, documents in id order
    (``kb.measures_by_doc``); then the targets assessed."""
    canon = indicator_keys(wordings)
    for doc in sorted(measures_by_doc):
        kb.measures_by_doc[doc] = [link_measure(kb, group) for group in measure_groups(kb, measures_by_doc.pop(doc), canon)]
    for ent in kb.by_type("INDICATOR"):
        ent.name = preferred_name(ent)
    assess_targets(kb)


def measure_groups(kb: KnowledgeBase, measures: Sequence[LinkedMeasure], canon: dict[str, str]) -> list[tuple[str, list[LinkedMeasure]]]:
    """One document's measures grouped: the same fact restated in the
    document (a question repeating the answer) is one group. Returns
    (indicator key, measures) per group, in order of the first measure's quantity."""
    groups: dict[tuple, list[LinkedMeasure]] = {}
    indicators_of_fact: dict[tuple, list[str]] = defaultdict(list)
    for m in measures:
        ind = canon[m.wording]
        m.policy = resolve_policy(kb, m.policy_key)
        unit = "count" if m.unit in COUNT_UNITS else m.unit
        fact = (m.kind, str(m.value), unit, m.policy, m.region)
        known = next((k for k in indicators_of_fact[fact] if similar_indicators(k, ind)), None)
        if known is None:
            indicators_of_fact[fact].append(ind)
            known = ind
        groups.setdefault((known, *fact), []).append(m)
    ordered = sorted(groups.items(), key=lambda kv: kv[1][0].start)
    return [(key[0], ms) for key, ms in ordered]


def link_measure(kb: KnowledgeBase, group: tuple[str, list[LinkedMeasure]]) -> LinkedMeasure:
    """The first measure of a group, linked: its indicator entity (made on
    first use) and every sentence stating it."""
    ind, ms = group
    first = ms[0]
    ent = entity(kb, "INDICATOR", ind)
    for m in ms:
        ent.forms[m.wording] += 1
        ent.documents.add(m.evidence.doc)
    if not ent.id:
        ent.name = preferred_name(ent)
        ent.id = f"indicator/{slug(ind)}"
        if ent.id in kb.ids:
            ent.id += "-" + hashlib.sha1(ind.encode()).hexdigest()[:6]
        kb.ids.add(ent.id)
    first.indicator = ent.id
    if len(ms) > 1:
        sentences = sorted({m.evidence for m in ms}, key=lambda r: (r.start, r.end))
        first.evidence, first.restated = sentences[0], tuple(sentences[1:])
    return first


COUNT_UNITS = {"", "个", "家", "项", "座", "款", "条", "种", "类", "件", "户", "所", "批"}


def similar_indicators(a: str, b: str) -> bool:
    return a in b or b in a or (len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:])


def resolve_policy(kb: KnowledgeBase, key: str) -> str:
    if not key:
        return ""
    ent = kb.get("POLICY", key)
    return ent.id if ent else ""


def assess_targets(kb: KnowledgeBase) -> None:
    """met / not met / unknown for each target, from observations of the same
    indicator (and region) dated after the policy."""
    # observations grouped by (indicator, region, unit) once and sorted by time
    # (stable, so ties keep input order), instead of filtering and sorting all
    # observations of the indicator again for every target (quadratic)
    measures = kb.measures
    obs_by_key: dict[tuple[str, str, str], list[LinkedMeasure]] = defaultdict(list)
    for lm in measures:
        if lm.kind == "observation" and lm.time:
            obs_by_key[(lm.indicator, lm.region, lm.unit)].append(lm)
    times: dict[tuple[str, str, str], list[str]] = {}
    for key, group in obs_by_key.items():
        group.sort(key=lambda o: o.time)
        times[key] = [o.time for o in group]
    policy_dates: dict[str, str] = {}  # policy id -> its date, worked out once per policy
    for t in measures:
        if t.kind != "target":
            continue
        if t.policy and t.policy not in policy_dates:
            policy_dates[t.policy] = policy_date(kb, t.policy)
        start = policy_dates.get(t.policy, "")
        key = (t.indicator, t.region, t.unit)
        cands = obs_by_key.get(key)
        if not cands or not start:
            continue
        cut = bisect_right(times[key], start)  # cands[:cut] dated <= start, cands[cut:] after
        if cut == len(cands):
            continue
        if t.increment:
            if not cut:
                continue
            base = cands[cut - 1].value
            best = cands[-1]
            achieved = best.value - base
            t.assessed_by = (cands[cut - 1].id, best.id)
        else:
            best = cands[-1]
            achieved = best.value
            t.assessed_by = (best.id,)
        ok = compare(achieved, t.comparator, t.value)
        deadline = t.time or ""
        if ok:
            t.status = "met"
        elif deadline and best.time[:len(deadline)] > deadline:
            t.status = "not met"
        else:
            t.status = "unknown" if not deadline else ("not met" if best.time >= deadline else "unknown")


def compare(achieved: Decimal, comparator: str, target: Decimal) -> bool:
    if comparator in ("<", "<="):
        return achieved <= target
    return achieved >= target

"""Link stage: per-document mentions and facts -> one canonical record per
real-world thing across the corpus.

- inside a document: short names ("以下简称《通知》", 《规划》) resolve to the
  policy they stand for;
- across documents: policy title variants merge on ``policy_key``;
  organisation short names merge (工信部 → 工业和信息化部 by the vocabulary,
  中国信通院 → 中国信息通信研究院 by abbreviation, 浪潮 → 浪潮集团 by suffix);
  indicators merge across wordings; the same target stated several times in a
  document is one record; each target is assessed against later observations.
"""
from __future__ import annotations

import gc
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .entities import normalize_name
from .records import Evidence, Extraction, Fact, Measure, Mention
from .time import most_precise
from .vocab import load_vocabulary

GENRE_WORDS = re.compile(r"^(?:通知|意见|指导意见|实施意见|规划|方案|实施方案|行动方案|行动计划|计划|工作计划|指南|办法|纲要|决定|条例|规定|细则|措施|协议)$")


# ---------------------------------------------------------------- inside one document


def resolve_short_names(mentions: Sequence[Mention], aliases: Sequence[tuple[int, str]]) -> tuple[list[Mention], dict[str, set[str]]]:
    """Replace short-name policy mentions by the policy they stand for.

    ``aliases`` are (position, short name) pairs from "以下简称《X》": X stands for
    the nearest policy mentioned before that position. A bare genre word in 《》
    (《通知》) stands for the latest policy of that genre. Returns the mentions
    and, per policy key, the short names seen."""
    defined: dict[str, tuple[str, str]] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    named = [m for m in mentions if m.type in ("POLICY", "REPORT", "PLATFORM", "ORG")]
    for pos, short in aliases:
        before = [p for p in named if p.end <= pos and normalize_name(p.text) != normalize_name(short)]
        if before:
            target = before[-1]
            defined[normalize_name(short)] = ("POLICY" if target.type == "REPORT" else target.type, target.key)
    out: list[Mention] = []
    last_by_kind: dict[str, str] = {}
    last_policy = ""
    for m in mentions:
        key = normalize_name(m.text)
        if key in defined and m.type in ("POLICY", "REPORT", "PLATFORM", "ORG"):
            type_, target = defined[key]
            seen[target].add(m.text)
            out.append(replace(m, key=target, type=type_))
            continue
        if m.type in ("POLICY", "REPORT"):
            if GENRE_WORDS.match(key) or len(key) <= 4:
                target = last_by_kind.get(m.attr("kind")) or last_by_kind.get(key) or (last_policy if len(key) <= 4 else "")
                if not target:
                    continue
                seen[target].add(m.text)
                m = replace(m, key=target, type="POLICY")
            elif m.type == "POLICY":
                last_by_kind[m.attr("kind")] = m.key
                last_policy = m.key
        out.append(m)
    return out, seen


# ---------------------------------------------------------------- canonical records


@dataclass
class Entity:
    type: str  # POLICY REPORT ORG PLATFORM REGION INDICATOR
    key: str
    id: str = ""
    name: str = ""
    forms: Counter = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        return sorted({f for f in self.forms if f != self.name})


@dataclass
class LinkedMeasure:
    id: str
    measure: Measure
    indicator: str  # indicator entity key
    policy: str  # policy entity key or ""
    evidence: list[Evidence]
    status: str = "unknown"
    assessed_by: list[str] = field(default_factory=list)


@dataclass
class DateClaim:
    value: str
    evidence: Evidence


@dataclass
class KnowledgeBase:
    """The whole linked corpus: what graph and export write out."""

    documents: list = field(default_factory=list)  # Document records, in input order
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, entity id)
    facts: list[tuple[str, str, str, Evidence]] = field(default_factory=list)  # (subject id, predicate, object id, evidence)
    issuers: dict[str, list[str]] = field(default_factory=dict)  # policy id -> org ids
    dates: dict[str, list[DateClaim]] = field(default_factory=dict)  # policy id -> claims
    measures: list[LinkedMeasure] = field(default_factory=list)
    date_conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    redirects: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, variant key) -> canonical key
    doc_numbers: dict[str, str] = field(default_factory=dict)  # policy id -> 文号
    ids: set[str] = field(default_factory=set)  # every entity IRI path given out

    def get(self, type_: str, key: str) -> Entity | None:
        return self.entities.get((type_, key))

    def by_type(self, type_: str) -> list[Entity]:
        return sorted((e for (t, _), e in self.entities.items() if t == type_), key=lambda e: e.id)

    def entity_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities.values()}


def link(extractions: Iterable[Extraction]) -> KnowledgeBase:
    with collector_paused():
        return link_all(extractions)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while. Linking and
    exporting make millions of small objects (none in reference cycles) while
    the whole corpus' extractions or knowledge base are in memory, and each of
    the collector's full passes rescans all of them: that took about half the
    time of both stages (at 500 documents: link 2.1 s -> 0.9 s). Memory is
    still freed as usual, by reference counting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def link_all(extractions: Iterable[Extraction]) -> KnowledgeBase:
    kb = KnowledgeBase()
    all_facts: list[Fact] = []
    all_measures: list[Measure] = []
    for ex in extractions:
        kb.documents.append(ex.document)
        kb.warnings.extend(ex.warnings)
        for m in ex.mentions:
            if m.type in ("DATE", "QUANTITY"):
                kb.mentions.append((m, ""))
                continue
            ent = entity(kb, m.type, m.key)
            ent.forms[m.text] += 1
            ent.documents.add(m.doc)
            for k, v in m.attrs:
                if v and k in ("category", "kind", "level", "operator"):
                    ent.attrs.setdefault(k, v)
            kb.mentions.append((m, ""))
        for type_, key, ev in ex.entity_evidence:
            ent = kb.get(type_, key)
            if ent is not None and len(ent.evidence) < 3:
                ent.evidence.append(ev)
        all_facts.extend(ex.facts)
        all_measures.extend(ex.measures)
    merge_org_variants(kb)
    merge_platform_variants(kb)
    add_parent_regions(kb)
    attach_vocabulary(kb)
    assign_ids(kb)
    kb.mentions = [(m, mention_entity_id(kb, m)) for m, _ in kb.mentions]
    link_facts(kb, all_facts)
    link_measures(kb, all_measures)
    return kb


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


def mention_entity_id(kb: KnowledgeBase, m: Mention) -> str:
    if m.type in ("DATE", "QUANTITY"):
        return ""
    key = kb.redirects.get((m.type, m.key), m.key)
    ent = kb.get(m.type, key)
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


def link_facts(kb: KnowledgeBase, facts: Sequence[Fact]) -> None:
    seen: set[tuple] = set()
    for f in facts:
        if f.predicate == "doc_number":
            pol = kb.get("POLICY", f.subject)
            if pol is not None:
                kb.doc_numbers.setdefault(pol.id, f.obj)
            continue
        if f.predicate == "issued_on":
            pol = kb.get("POLICY", f.subject)
            if pol is None:
                continue
            kb.dates.setdefault(pol.id, []).append(DateClaim(f.obj, f.evidence))
            continue
        subj_type = f.subject_type
        if subj_type == "DOCUMENT":
            subj_id = f"doc/{f.subject}"
        else:
            if subj_type == "POLICY" and kb.get("POLICY", f.subject) is None:
                continue
            subj_id = ensure(kb, subj_type, f.subject).id
        if f.object_type == "POLICY" and kb.get("POLICY", f.obj) is None:
            continue
        obj = ensure(kb, f.object_type, f.obj)
        if obj.id == subj_id:
            continue
        # one row per evidence sentence; a vocabulary parent needs one per document
        row = (subj_id, f.predicate, obj.id, f.evidence.doc, f.evidence.start if f.predicate != "sub_organization_of" else 0)
        if row in seen:
            continue
        seen.add(row)
        kb.facts.append((subj_id, f.predicate, obj.id, f.evidence))
        if f.predicate == "issued_by":
            kb.issuers.setdefault(subj_id, [])
            if obj.id not in kb.issuers[subj_id]:
                kb.issuers[subj_id].append(obj.id)
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


def policy_date(kb: KnowledgeBase, policy_id: str) -> str:
    return most_precise(c.value for c in kb.dates.get(policy_id, []))


# ---------------------------------------------------------------- indicators and measures

INDICATOR_NOISE = re.compile(r"数量|总数|总量|的|累计|个数|规模以上|平均|总计")


def indicator_key(text: str) -> str:
    t = normalize_name(text).upper()
    t = INDICATOR_NOISE.sub("", t) or t
    return t


def link_measures(kb: KnowledgeBase, measures: Sequence[Measure]) -> None:
    # indicators: exact keys first, then fold a key into a longer one that ends with it
    key_of = {text: indicator_key(text) for text in {m.indicator for m in measures}}
    keys = Counter(key_of[m.indicator] for m in measures)
    canon: dict[str, str] = {}
    for k in sorted(keys, key=lambda k: (len(k), k)):
        canon[k] = k
    for k in sorted(keys, key=lambda k: (-len(k), k)):
        # the longest other key (of 3+ characters) that k ends with: look its
        # suffixes up rather than compare k with every key (quadratic)
        longest = next((k[i:] for i in range(1, len(k) - 2) if k[i:] in keys), None)
        if longest is not None:
            canon[k] = canon[longest]
    groups: dict[tuple, list[Measure]] = defaultdict(list)
    indicators_of_fact: dict[tuple, list[str]] = defaultdict(list)
    for m in measures:
        ind = canon[key_of[m.indicator]]
        pol = resolve_policy(kb, m.policy)
        unit = "count" if m.quantity.unit in COUNT_UNITS else m.quantity.unit
        fact = (m.evidence.doc, m.kind, str(m.quantity.value), unit, pol, m.region)
        # the same fact restated in the document (a question repeating the answer) is one record
        known = next((k for k in indicators_of_fact[fact] if similar_indicators(k, ind)), None)
        if known is None:
            indicators_of_fact[fact].append(ind)
            known = ind
        groups[(fact[0], fact[1], known, *fact[2:])].append(m)
    doc_slugs: dict[str, str] = {}
    for (doc, kind, ind, _v, _u, pol, _r), ms in sorted(groups.items(), key=lambda kv: (kv[1][0].evidence.doc, kv[1][0].quantity.start)):
        first = ms[0]
        ent = entity(kb, "INDICATOR", ind)
        for m in ms:
            ent.forms[m.indicator] += 1
            ent.documents.add(m.evidence.doc)
        if not ent.id:
            ent.name = preferred_name(ent)
            ent.id = f"indicator/{slug(ind)}"
            if ent.id in kb.ids:
                ent.id += "-" + hashlib.sha1(ind.encode()).hexdigest()[:6]
            kb.ids.add(ent.id)
        doc_slug = doc_slugs.get(doc)
        if doc_slug is None:
            doc_slug = doc_slugs[doc] = slug(doc)
        ident = f"{kind}/{doc_slug}-{first.quantity.start}"
        evs = sorted({m.evidence for m in ms}, key=lambda e: e.start)
        kb.measures.append(LinkedMeasure(ident, first, ent.id, pol, evs))
    for ent in kb.by_type("INDICATOR"):
        ent.name = preferred_name(ent)
    assess_targets(kb)


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
    obs_by_key: dict[tuple[str, str, str], list[LinkedMeasure]] = defaultdict(list)
    for lm in kb.measures:
        if lm.measure.kind == "observation" and lm.measure.time:
            obs_by_key[(lm.indicator, lm.measure.region, lm.measure.quantity.unit)].append(lm)
    times: dict[tuple[str, str, str], list[str]] = {}
    for key, group in obs_by_key.items():
        group.sort(key=lambda o: o.measure.time)
        times[key] = [o.measure.time for o in group]
    policy_dates: dict[str, str] = {}  # policy id -> its date, worked out once per policy
    for lm in kb.measures:
        if lm.measure.kind != "target":
            continue
        t = lm.measure
        if lm.policy and lm.policy not in policy_dates:
            policy_dates[lm.policy] = policy_date(kb, lm.policy)
        start = policy_dates.get(lm.policy, "")
        key = (lm.indicator, t.region, t.quantity.unit)
        cands = obs_by_key.get(key)
        if not cands or not start:
            continue
        cut = bisect_right(times[key], start)  # cands[:cut] dated <= start, cands[cut:] after
        if cut == len(cands):
            continue
        if t.increment:
            if not cut:
                continue
            base = cands[cut - 1].measure.quantity.value
            best = cands[-1]
            achieved = best.measure.quantity.value - base
            lm.assessed_by = [cands[cut - 1].id, best.id]
        else:
            best = cands[-1]
            achieved = best.measure.quantity.value
            lm.assessed_by = [best.id]
        ok = compare(achieved, t.quantity.comparator, t.quantity.value)
        deadline = t.time or ""
        if ok:
            lm.status = "met"
        elif deadline and best.measure.time[:len(deadline)] > deadline:
            lm.status = "not met"
        else:
            lm.status = "unknown" if not deadline else ("not met" if best.measure.time >= deadline else "unknown")


def compare(achieved: Decimal, comparator: str, target: Decimal) -> bool:
    if comparator in ("<", "<="):
        return achieved <= target
    return achieved >= target

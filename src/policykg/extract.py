"""One document through the NLP, entities and relations stages -> ``Extraction``.

This is the unit of work that is cached and run in parallel: it depends on
nothing but the document (and the extractor version). Short names inside the
document ("以下简称《通知》", 《规划》) resolve here to the policy they stand for
(:func:`resolve_short_names`).
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .entities import date_mentions, gazetteer, normalize_name, outside_names, sentence_mentions, short_name_aliases
from .nlp import Sentence, sentences_of
from .records import Document, Evidence, Extraction, Fact, Mention
from .vocab import load_vocabulary, ontology_file
from .relations import DocState, document_number_facts, entity_facts, issue_facts, policy_relations, sentence_measures

EXTRACTOR_VERSION = "1"


def extract_document(document: Document) -> Extraction:
    sentences = sentences_of(document.text)
    per_sentence: list[list[Mention]] = []
    aliases: list[tuple[int, str]] = []
    for sent in sentences:
        per_sentence.append(sentence_mentions(sent, document.id, document.date))
        aliases.extend(short_name_aliases(sent))
    warnings: tuple[str, ...] = ()
    if not document.date:
        per_sentence, warnings = dated_against_reference_year(document, sentences, per_sentence)
    flat = [m for ms in per_sentence for m in ms]
    province, city = home_regions(flat)
    flat = attach_operators(localize_bodies(flat, province, city))
    resolved, _ = resolve_short_names(flat, aliases)
    by_start = {(m.start, m.end, m.type): m for m in resolved}
    kept = set(by_start)
    per_sentence = [[by_start.get((m.start, m.end, m.type), m) for m in ms if (m.start, m.end, m.type) in kept or m.type not in ("POLICY", "REPORT")] for ms in per_sentence]

    state = DocState(document.id, document.date, home_province=province, home_city=city)
    title_index = title_sentence_index(sentences, document)
    facts = []
    measures = []
    doc_is_policy = False
    for i, (sent, mentions) in enumerate(zip(sentences, per_sentence)):
        is_title = i <= title_index
        facts.extend(policy_relations(sent, mentions, state, is_title))
        if is_title and state.title_policy and not state.interprets and not doc_is_policy:
            doc_is_policy = True
            if document.date:
                facts.append(Fact("POLICY", state.title_policy, "issued_on", "DATE", document.date, Evidence(document.id, sent.start, sent.end, sent.text)))
        facts.extend(issue_facts(sent, mentions, state))
        facts.extend(document_number_facts(sent, state))
        facts.extend(entity_facts(sent, mentions, document.id))
        measures.extend(sentence_measures(sent, mentions, state, doc_is_policy))
    mentions = tuple(m for ms in per_sentence for m in ms)
    return Extraction(document, mentions, tuple(facts), tuple(measures), warnings,
                      entity_evidence=entity_evidence(document, sentences, per_sentence))


# words that make a sentence's years future or hypothetical (预计2020年, 2025年目标)
NOT_YET = re.compile(r"预计|预期|将|力争|争取|有望|计划|目标|规划|要求")


def dated_against_reference_year(document: Document, sentences: list[Sentence],
                                 per_sentence: list[list[Mention]]) -> tuple[list[list[Mention]], tuple[str, ...]]:
    """An undated document's mentions with 今年/近日/11月30日 read against its
    :func:`reference_year`, and a warning saying so (none when nothing changed)."""
    year, basis = reference_year(sentences, per_sentence)
    if not year:
        return per_sentence, ()
    redone = [redated(sent, ms, document.id, year) for sent, ms in zip(sentences, per_sentence)]
    if redone == per_sentence:
        return per_sentence, ()
    return redone, (f"{document.path}: no document date; 今年/近日/月-日 dates read as of {year}, "
                    f"the earliest year consistent with {basis}",)


def reference_year(sentences: list[Sentence], per_sentence: list[list[Mention]]) -> tuple[str, str]:
    """The year an undated document speaks from, for its 今年 / 近日 / 11月30日:
    the earliest year consistent with what it reports as already known — a
    month or a day of year Y ("2019年7月发布") means Y or later, a whole-year
    figure ("2019年…达2.13万亿元") that year over, so Y + 1. Deadlines, periods
    and sentences about what will or should be are no evidence. Returns
    (year, the evidence) or ("", "")."""
    best, basis = 0, ""
    for sent, mentions in zip(sentences, per_sentence):
        if NOT_YET.search(sent.text) or any(m.type == "DATE" and m.attr("role") == "deadline" for m in mentions):
            continue
        for m in mentions:
            if m.type != "DATE" or m.attr("role") == "period" or not m.key[:4].isdigit():
                continue
            year = int(m.key[:4])
            if len(m.key) == 4 and not m.attr("until") and any(q.type == "QUANTITY" and q.start > m.start for q in mentions):
                year += 1  # a whole-year figure: that year is over
            if year > best:
                best, basis = year, f"“{m.text}” in “{sent.text[:60]}”"
    return (str(best), basis) if best else ("", "")


def redated(sent: Sentence, mentions: list[Mention], doc: str, doc_date: str) -> list[Mention]:
    """The sentence's mentions with its dates read again against ``doc_date``."""
    names = [m for m in mentions if m.type not in ("DATE", "QUANTITY")]
    dates = outside_names(date_mentions(sent, doc, doc_date), names)
    return sorted([*(m for m in mentions if m.type != "DATE"), *dates], key=lambda m: (m.start, m.end, m.type))


def entity_evidence(document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]], limit: int = 3) -> tuple:
    """The first ``limit`` sentences naming each entity of the document."""
    seen: Counter = Counter()
    out = []
    for sent, mentions in zip(sentences, per_sentence):
        for key in dict.fromkeys((m.type, m.key) for m in mentions if m.type not in ("DATE", "QUANTITY")):
            if seen[key] < limit:
                seen[key] += 1
                out.append((*key, Evidence(document.id, sent.start, sent.end, sent.text)))
    return tuple(out)


LOCAL_BODY = re.compile(r"^(?P<level>省|市)(?P<rest>[\u4e00-\u9fff]{2,})$")


def home_regions(mentions: list[Mention]) -> tuple[str, str]:
    """(province, city) the document is about: the most mentioned, counting
    regions named directly and at the start of organisation and policy names."""
    vocab = load_vocabulary()
    pattern = gazetteer().region_pattern
    provinces: Counter = Counter()
    cities: Counter = Counter()
    for m in mentions:
        name = m.key if m.type == "REGION" else None
        if m.type in ("ORG", "POLICY") and not LOCAL_BODY.match(m.text):
            lead = pattern.match(m.text)
            name = lead.group() if lead else None
        entry = vocab.region(name) if name else None
        if entry and entry.level == "province":
            provinces[entry.name] += 1
        elif entry and entry.level == "city":
            cities[entry.name] += 1
            provinces[entry.province] += 1
    top = lambda c: c.most_common(1)[0][0] if c else ""  # noqa: E731
    return top(provinces), top(cities)


def localize_bodies(mentions: list[Mention], province: str, city: str) -> list[Mention]:
    """"省经济和信息化厅" in a Sichuan document is 四川省经济和信息化厅: short local
    bodies take the document's province (or city)."""
    out = []
    for m in mentions:
        local = LOCAL_BODY.match(m.text) if m.type == "ORG" else None
        place = (province if local["level"] == "省" else city) if local else ""
        if place:
            m = replace(m, key=place + full_body_name(local["rest"]))
        out.append(m)
    return out


BRAND_TAIL = re.compile(r"(?:（集团）)?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|股份|控股|电器|科技)$")


def attach_operators(mentions: list[Mention]) -> list[Mention]:
    """"美的美擎工业互联网平台" in a document naming 美的集团: a platform named
    after an organisation's brand is operated by it."""
    brands = {}
    for m in mentions:
        if m.type == "ORG":
            brand = BRAND_TAIL.sub("", m.key)
            if len(brand) >= 2 and brand != m.key:
                brands.setdefault(brand, m.key)
    out = []
    for m in mentions:
        if m.type == "PLATFORM" and not m.attr("operator"):
            owner = next((key for brand, key in brands.items() if m.text.startswith(brand)), "")
            if owner:
                m = replace(m, attrs=tuple(sorted({**dict(m.attrs), "operator": owner}.items())))
        out.append(m)
    return out


@lru_cache(maxsize=1)
def body_abbreviations() -> dict[str, str]:
    """发展改革委 → 发展和改革委员会, 经信厅 → 经济和信息化厅 (ontology/vocab/body_abbreviations.csv)."""
    with ontology_file("vocab/body_abbreviations.csv").open(encoding="utf-8", newline="") as handle:
        return {row["short"]: row["full"] for row in csv.DictReader(handle)}


def full_body_name(name: str) -> str:
    return body_abbreviations().get(name, name)


def title_sentence_index(sentences: list[Sentence], document: Document) -> int:
    """Index of the last sentence of the title block: the leading short
    paragraphs that are not sentences (no final punctuation), e.g. a title, a
    subtitle "《…》政策解读" and an issuer line."""
    last = -1
    for i, sent in enumerate(sentences[:6]):
        if len(sent.text) > 80 or "\t" in sent.text or sent.text.startswith(("问：", "答：")) or sent.text.rstrip()[-1:] in "。！？；":
            break
        last = i
    return last


GENRE_WORDS = re.compile(r"^(?:通知|意见|指导意见|实施意见|规划|方案|实施方案|行动方案|行动计划|计划|工作计划|指南|办法|纲要|决定|条例|规定|细则|措施|协议)$")


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

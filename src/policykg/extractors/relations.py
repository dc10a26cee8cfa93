"""Relations stated in running text: who issued a policy named in the
sentence (X印发《Y》, a title's issuer prefix) and when (2023年3月，X印发《Y》),
which policies a policy cites or implements (《Y》 named in its text; 贯彻落实《Y》),
and which policy an interpretation interprets (its title's 《Y》)."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..lexicon import pattern, words
from ..names import TITLE_WRAPPER, split_bodies, strip_issuer
from ..nlp import Sentence
from ..records import Fact, Mention
from .context import Context
from .registry import extractor

CLAUSE_BREAK = re.compile(r"[。；！？]")
BETWEEN_BODIES = re.compile(r"^[、，,和与及\s]*$")


@extractor("relations", needs=("POLICY", "ORG", "DATE", "policies", "home", "POLICY:resolved", "ORG:localised"),
           produces=("fact:issued_by", "fact:cites", "fact:implements", "fact:interprets"))
def relations(sent: Sentence, ctx: Context) -> Iterator[Fact]:
    titles = [m for m in ctx.mentions_in(sent, "POLICY") if not m.attr("own") and not m.attr("alias")]
    if not titles:
        return
    ev = ctx.evidence(sent)
    for m in titles:
        for name in filter(None, m.attr("issuers").split("|")):
            yield Fact("POLICY", m.key, "issued_by", "ORG", name, ev)
    yield from issued_in_text(sent, ctx, titles)
    own = ctx.policy_of(sent)
    if own is not None:
        implement = pattern("policies:implement_verbs", "(?:{})$")
        for m in titles:
            if m.key == own.key:
                continue
            before = sent.text[max(0, m.start - sent.start - 8):m.start - sent.start]
            predicate = "implements" if implement.search(before.rstrip("了")) else "cites"
            yield Fact("POLICY", own.key, predicate, "POLICY", m.key, ev)
    if ctx.document.genre == "interpretation" and ctx.in_part(sent, "title"):
        yield Fact("DOCUMENT", ctx.document.id, "interprets", "POLICY", titles[0].key, ev)


def issue_date(m: Mention) -> Mention | None:
    """A date as an issue date. 近日 / 日前 (some days before the report) give
    the report's month when the report is late enough in it (from the 10th),
    else nothing: early in a month they may mean the month before."""
    if m.attr("relative") and not re.search(r"今天|今日|昨天|昨日|\d", m.text):
        late_in_month = len(m.key) == 10 and int(m.key[8:]) >= 10
        return Mention(m.doc, m.start, m.end, m.text, m.type, m.key[:7], m.attrs) if late_in_month else None
    return m


def labelled_issue_months(ctx: Context) -> set[str] | None:
    """The months of the issue dates an interpretation's page gives in its information table (关联文件 某号 印发时间
    2024年08月26日), None where it gives none: its 近日印发《X》 dates X by the page's month only where that is one of
    them or there are none."""
    if ctx.document.genre != "interpretation":
        return None
    label = pattern("policies:issue_date_labels", r"(?:{})[：:\s]*((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})")
    months = {f"{m.group(1)}-{int(m.group(2)):02d}" for m in label.finditer(ctx.document.text)}
    return months or None


def issued_in_text(sent: Sentence, ctx: Context, titles: list[Mention]) -> Iterator[Fact]:
    """"X、Y（联合）印发《Z》": the bodies right before an issue verb issue the titles after it
    (not in a notice's own title: the policies it issues are in the file, and the
    issuers extractor reads who signed each)."""
    verbs = pattern("policies:issue_verbs", "(?:联合)?(?:{})了?")
    if ctx.in_part(sent, "title") or any(p.kind == "signature" for p in ctx.document.parts):
        held = {p.key for p in ctx.policies}  # what a signed document holds, the issuers extractor reads from its
        titles = [t for t in titles if t.key not in held]  # title and 落款 (市建设局…研究制定了《某办法》: the same bodies;
        # not a news page's 某某印发《某意见》, which no 落款 signs)
    orgs = [m for m in ctx.mentions_in(sent, "ORG") if not m.attr("foreign")]
    labelled = labelled_issue_months(ctx)
    dates = [d for m in ctx.mentions_in(sent, "DATE") if not m.attr("role") and len(m.key) >= 7
             and (d := issue_date(m)) is not None and (d.key == m.key or labelled is None or d.key in labelled)]
    text, base = sent.text, sent.start
    named = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "POLICY", "REPORT")]
    for title in titles:
        rel = title.start - base
        if text.startswith(tuple(words("policies", "derivative_after")), title.end - base + (text[title.end - base:title.end - base + 1] == "》")):
            continue  # 出台《X法》实施办法: what is issued is a rule under X, not X
        left = text[:rel]
        v = None
        for found in verbs.finditer(left):
            if found.end() == rel or BETWEEN_BODIES.match(without(left, found.end(), rel, named)):
                v = found  # 发布了《A》《B》: B is issued by the same verb as A
        if v is None:
            continue
        issuers: list[Mention] = []
        pos = v.start()
        for org in sorted((o for o in orgs if o.end - base <= v.start()), key=lambda o: -o.start):
            gap = text[org.end - base:pos]
            if gap and not BETWEEN_BODIES.match(gap) and not re.fullmatch(r"(?:于|在)?[^，。；：:（）()]{0,14}", gap):
                break
            if CLAUSE_BREAK.search(gap):
                break
            issuers.append(org)
            pos = org.start - base
        if not issuers:
            subject = sentence_subject(sent, orgs, v.start())
            issuers = [subject] if subject is not None else []
        names = [org.key for org in issuers] or speaker_issues(sent, ctx, v.start())
        for name in names:
            yield Fact("POLICY", title.key, "issued_by", "ORG", name, ctx.evidence(sent))
        first = issuers[-1].start - base if issuers else v.start()
        date = next((d for d in reversed(dates) if d.end - base <= first and first - (d.end - base) <= 16), None)
        if date is not None and not re.search(r"[，。；！？]", text[date.end - base:v.start()].lstrip("）)，, ")):
            yield Fact("POLICY", title.key, "issued_on", "DATE", date.key, ctx.evidence(sent))


def speaker_issues(sent: Sentence, ctx: Context, verb: int) -> list[str]:
    """In a work report, an issue verb without a subject (编制了《X规划纲要（草案）》)
    is the speaking government's act: the report's issuer."""
    if ctx.document.genre != "work_report" or not pattern("policies:drafting_verbs", "(?:{})").match(sent.text, verb):
        return []
    clause = max(sent.text.rfind(c, 0, verb) for c in "，,；;：:。") + 1
    if other_subject(sent, clause, verb) or any(m.start - sent.start < verb for m in ctx.mentions_in(sent, "ORG")):
        return []
    return [p.label for p in ctx.document.parts if p.kind == "header" and p.label]


def without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans (other titles) taken out."""
    keep = [ch for i, ch in enumerate(text[start:end], start) if not any(a <= i < b for a, b in spans)]
    return "".join(keep)


SPEECH = re.compile(r"^[^，。；]{0,4}?(?:表示|宣布|称|决定|介绍|透露|指出|明确|提出)")
OPENING = re.compile(r"^(?:[^，。；]{0,12}(?:以来|期间|时期|年|月|日|近日|日前|此前|随后|同时)[，,]?\s*)?")


def sentence_subject(sent: Sentence, orgs: list[Mention], verb: int) -> Mention | None:
    """The body a sentence opens with (after a time phrase, 十三五以来，…) when it is
    the only body before the issue verb and says or does what is issued
    (证监会表示将…发布《X》, 工业和信息化部…先后制定了《X》)."""
    base = sent.start
    before = sorted((o for o in orgs if o.end - base <= verb), key=lambda o: o.start)
    if not before:
        return None
    first = before[0]
    if first.start - base > max(4, OPENING.match(sent.text).end()):
        return None
    if len(before) > 1 and not SPEECH.match(sent.text[first.end - base:]):
        return None  # several bodies: only one that speaks (证监会表示…) is the subject
    if CLAUSE_BREAK.search(sent.text[first.end - base:verb]):
        return None
    between = sent.text[first.end - base:verb]
    cut = max(between.rfind(c) for c in "，,：:")
    if cut >= 0 and other_subject(sent, first.end - base + cut + 1, verb):
        return None  # the verb's own clause names another subject (…指出，近日有关方面印发《X》)
    return first


LEAD = re.compile(r"(?:近日|日前|近期|此前|随后|同时|今年|去年|已|已经|将|还|也|先后|正式|联合|又|再|分别|陆续|相继|"
                  r"[\d〇一二三四五六七八九十]+[年月日]|[上中下]旬|了|\s)*")


def other_subject(sent: Sentence, start: int, verb: int) -> bool:
    """The clause from ``start`` to the issue verb opens, after its time and adverb
    words, with something other than a verb (有关方面): a subject of its own."""
    rel = LEAD.match(sent.text, start, verb).end()
    if rel >= verb:
        return False
    i = sent.token_at(rel)
    return i >= 0 and sent.tags[i] not in ("v", "vd", "vi", "vg")  # (有关 is a "vn": a noun here)


BOOK_MARKS = re.compile(r"[《》〈〉\s]")


@extractor("policy_tables", needs=("POLICY", "ORG", "DATE", "POLICY:resolved"), produces=("fact:issued_by", "fact:issued_on"))
def policy_tables(sent: Sentence, ctx: Context) -> Iterator[Fact]:
    """A table row listing a policy (cells split by tabs): its date cell and its
    issuer cell (2018年5月31日 | 《X》 | 工业和信息化部、教育部)."""
    if "\t" not in sent.text:
        return
    titles = [m for m in ctx.mentions_in(sent, "POLICY") if not m.attr("own")]
    if len(titles) != 1:
        return
    title = titles[0]
    cells = sent.text.split("\t")
    own = next((c for c, at in zip(cells, itertools.accumulate([0] + [len(c) + 1 for c in cells]))
                if sent.start + at <= title.start < sent.start + at + len(c)), "")
    name, cell = BOOK_MARKS.sub("", title.text), BOOK_MARKS.sub("", strip_issuer(own)[0])
    wrapped = TITLE_WRAPPER.match(cell)  # (关于印发《X》的通知 | 2021年5月24日 | 某委、某办: the notice's, X's)
    if name not in (BOOK_MARKS.sub("", own), cell, wrapped.group("inner") if wrapped else ""):
        return  # (a headline naming the policy, 某部负责人就《X》答记者问 | 2026-04-28: the article's date, not X's)
    ev = ctx.evidence(sent)
    offset = 0
    for cell in sent.text.split("\t"):
        start, end = sent.start + offset, sent.start + offset + len(cell)
        offset += len(cell) + 1
        if start <= title.start < end:
            continue
        dates = [d for d in ctx.mentions_in(sent, "DATE") if start <= d.start and d.end <= end and len(d.key) >= 7]
        if dates and re.sub(r"\s", "", cell) == re.sub(r"\s", "", dates[0].text):
            yield Fact("POLICY", title.key, "issued_on", "DATE", dates[0].key, ev)
            continue
        for name in split_bodies(re.sub(r"\s", "", cell)):
            yield Fact("POLICY", title.key, "issued_by", "ORG", name, ev)

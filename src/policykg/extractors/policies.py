"""POLICY and REPORT mentions: titles in 《》 and bare 关于…的通知 titles in
running text, and the policies the file itself holds (its ``policy`` parts).

A title is a policy when its ending names a policy genre (通知, 意见, 规划,
办法 …), a report when it names a report genre (报告, 白皮书 …); a title in
《》 whose ending names no genre (a book, a film, a programme) is neither.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import memo, pattern, words
from ..names import genre, is_generic, normalize_name, policy_key, split_bodies, strip_issuer
from ..nlp import Sentence
from ..records import Mention
from ..structure.official import unquoted
from .context import Context, OwnPolicy
from .registry import extractor

TITLE = re.compile(r"《([^《》\n]{2,150})》")
BARE_TITLE = re.compile(
    r"(?P<title>(?:[^，。；：！？\n\t“”《》（）()、]{2,60}?)?关于[^，。；！？\n\t《》]{2,100}?的"
    r"(?:补充通知|通知|指导意见|实施意见|意见|决定|批复|通告|公告|规定|办法))"
)


@memo(maxsize=1)
def programme_pattern() -> re.Pattern[str]:
    """A programme named after a verb of implementing, up to its ending and a clause break."""
    verbs = "|".join(map(re.escape, words("policies", "programme_verbs")))
    endings = "|".join(map(re.escape, words("policies", "programme_endings")))
    return re.compile(rf"(?:{verbs})(?P<title>[\u4e00-\u9fffA-Za-z0-9“”（）—-]{{2,30}}?(?:{endings}))(?:草案)?(?=[，。；、等]|$)")


STANDARDS_AFTER = re.compile(r"(?:[、和及与]?《[^《》]{2,150}》)*等?[近约超逾]?[\d一二三四五六七八九十百千]*[余多]?项?"
                             r"(?:强制性|推荐性)?(?:国际|国家|行业|团体|地方)标准(?!化)"  # (《A》《B》等近300项国家标准…实施)
                             r"|\s*[（(]\s*(?:GB|[A-Z]{2,4})(?:/[TZ])?\s*\d")  # (《某某技术规范》（GB 17761—2018）: its code)
STANDARD_BEFORE = re.compile(r"(?:国际|国家|行业|团体|地方)标准$")  # (…领域国际标准《某某指南》: a standard's title)
SPACES = re.compile(r"\s+")
ATTACHMENT_LABEL = re.compile(r"\s*附件\s*\d{0,2}\s*[：:]\s*")  # (附件1：某某规划)


def title_mention(doc: str, start: int, end: int, title: str) -> Mention | None:
    """The mention of a title spanning [start, end), or None when the title names no genre."""
    title = SPACES.sub(" ", title).strip()
    g = genre(title)
    if g is None:
        return None
    kind, is_report = g
    bare, issuers = strip_issuer(title)
    attrs = [("kind", kind)]
    if issuers:
        attrs.append(("issuers", "|".join(issuers)))
    if is_generic(title):
        attrs.append(("short", "1"))
    key = normalize_name(title) if is_report else policy_key(title)
    return Mention(doc, start, end, title, "REPORT" if is_report else "POLICY", key, tuple(sorted(attrs)))


def one_programme(title: str) -> bool:
    """A name of one programme: no 的 (a description), no 等 or count (a set: “A”等11个行动计划),
    not two quoted names joined (“迎客松行动”计划和“科创100”上市专项行动)."""
    return not re.search(r"[的等]|\d+个|和.*“", title)


def inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def headline(text: str, start: int, end: int) -> bool:
    """The title at [start, end) is an article's (以《…》为题, 题为《…》的文章, 《…》一文)."""
    return text.startswith(words("policies", "headline_after"), end) or text[:start].endswith(
        words("policies", "headline_before"))


def implemented(text: str, start: int) -> bool:
    """A title in 《》 right after a verb of implementing (实施《中国制造2025》) is a
    policy even when its ending names no genre: only policies are implemented."""
    return bool(pattern("policies:implement_verbs", "(?:{})$").search(text, 0, start))


def database_title(sent: Sentence, ctx: Context) -> bool:
    """The sentence is a database's writing of the document's own title right above it (…关于印发A和B的通知 over
    …关于印发《A》《B》的通知): no other policy."""
    text = ctx.document.text
    return any(p.kind == "title" and sent.end <= p.start and not text[sent.end:p.start].strip()
               and unquoted(sent.text) == unquoted(p.label) for p in ctx.document.parts)


@extractor("titles", produces=("POLICY", "REPORT"))
def titles(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    text, base, doc = sent.text, sent.start, ctx.document.id
    spans: list[tuple[int, int]] = []
    if "《" in text:
        for m in TITLE.finditer(text):
            if headline(text, m.start(), m.end()) or STANDARDS_AFTER.match(text, m.end()) \
                    or STANDARD_BEFORE.search(text, 0, m.start()):
                spans.append(m.span())
                continue  # 以《…》为题: an article's title; 《A》《B》等300项国家标准, 国际标准《A》: standards; no policy
            found = title_mention(doc, base + m.start(), base + m.end(), m.group(1))
            if found is None and implemented(text, m.start()):
                found = Mention(doc, base + m.start(), base + m.end(), m.group(1), "POLICY", policy_key(m.group(1)))
            spans.append(m.span())
            if found is not None:
                yield found
    for m in programme_pattern().finditer(text):
        s, e = m.span("title")
        if not any(a < e and s < b for a, b in spans) and one_programme(m.group("title")) \
                and not inside_title(text, s) and not is_generic(m.group("title")):
            found = title_mention(doc, base + s, base + e, m.group("title"))
            if found is not None:
                spans.append((s, e))
                yield found
    if "关于" in text and not database_title(sent, ctx):
        for m in BARE_TITLE.finditer(text):
            s, e = m.span("title")
            if any(a < e and s < b for a, b in spans) or text.rfind("《", 0, s) > text.rfind("》", 0, s):
                continue
            title = m.group("title")
            lead = title[:title.index("关于")]
            if text[s - 1:s] == "、" and split_bodies(lead):
                continue  # (…转发甲局、乙局关于…的通知: the last of a list of bodies opens no title of its own; 甲、乙出台
                # 关于…的意见 names one)
            if not lead or not split_bodies(lead):
                verbs = (*words("policies", "issue_verbs"), *words("policies", "cite_verbs"))
                cut = max((lead.rfind(v) + len(v) for v in verbs if v in lead), default=-1)
                if cut < 0 or lead[cut:] and not split_bodies(lead[cut:]):
                    continue  # a bare 关于…的规定 names a title only after its issuer or a verb of issuing or citing
                s += cut
                title = title[cut:]
            if len(title) <= 6:
                continue
            found = title_mention(doc, base + s, base + e, title)
            if found is not None:
                yield found


@extractor("policies", scope="document", needs=("POLICY", "REPORT"), produces=("policies",))
def own_policies(ctx: Context) -> Iterator[Mention]:
    """The policies the file holds, from its ``policy`` parts: a mention at each
    one's title line, and ``ctx.policies`` for the extractors that attribute
    facts. A 印发 notice issuing one policy is that policy (its title is an
    alias of it); a notice issuing several is a policy of its own."""
    doc = ctx.document
    parts = [p for p in doc.parts if p.kind == "policy"]
    issued = [p for p in parts if p.role == "issued"]
    for part in parts:
        title = part.label
        g = genre(title)
        if g is None:
            continue
        if g[1] and part.role != "interpreted":  # a report's own title (…发展报告) names a report, not a policy the file holds
            start, end = title_span(ctx, part)
            yield Mention(doc.id, start, end, doc.text[start:end], "REPORT", normalize_name(title), (("kind", g[0]), ("own", "1")))
            continue
        if part.role == "own" and len(issued) == 1:
            key = policy_key(issued[0].label)
        elif part.role == "own" and len(issued) > 1:
            key = normalize_name(strip_issuer(title)[0])
        else:
            key = policy_key(title)
        key = quoted_key(ctx, key)
        ctx.policies.append(OwnPolicy(part, key, title))
        if part.role == "interpreted":
            continue  # named by the title's 《》 mention already
        start, end = title_span(ctx, part)
        kind, is_report = g
        attrs = (("kind", kind), ("own", "1"))
        yield Mention(doc.id, start, end, doc.text[start:end], "POLICY", key, attrs)


def quoted_key(ctx: Context, key: str) -> str:
    """The key of the title the file itself quotes for a policy it holds, when that title differs from the policy's
    key only by a 的 (a notice issuing 某省推动某产业发展指导意见 quotes 《某省推动某产业发展的指导意见》): one policy,
    not the policy and another it cites. ``key`` otherwise."""
    loose = key.replace("的", "")
    return next((m.key for m in ctx.all_mentions("POLICY")
                 if m.key != key and m.key.replace("的", "") == loose and not m.attr("own")), key)


def title_span(ctx: Context, part) -> tuple[int, int]:
    """Where a policy part's title is written: the title part for the document's
    own policy, else the first line of the part."""
    if part.role == "own":
        titled = [p for p in ctx.document.parts if p.kind == "title"]
        if titled:
            return titled[0].start, titled[0].end
    text = ctx.document.text
    end = text.find("\n", part.start)
    end = end if 0 <= end < part.end else part.end
    label = ATTACHMENT_LABEL.match(text, part.start, end)  # (附件1：某某规划: the title after its label)
    start = label.end() if label and normalize_name(text[label.end():end]).startswith(normalize_name(part.label)[:4]) \
        else part.start
    return start, start + title_length(text[start:end], part.label)


def title_length(line: str, title: str) -> int:
    """How much of a line its title takes (the whole line, unless the title runs on into the text)."""
    want = normalize_name(title)
    for k in range(len(want), len(line) + 1):
        if normalize_name(line[:k]) == want:
            return k
    return len(line)

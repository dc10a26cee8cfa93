"""ORG mentions: central bodies of the vocabulary (by name, short name or
alias), and names found by their head (人民政府, 厅, 局, 有限公司, 大学, 协会 …)
with a proper part before it.

Precision rules: a name starts at a token boundary after a stop word, a
verb or punctuation (会见X, 代表X are not part of X); a job title, a generic
noun or a fragment of a coordinated phrase is not a name; a body named after
a foreign country (俄罗斯国防部) is that country's, never China's; a name
inside a policy title is the title's, not a mention of its own.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import memo, pattern, vocabulary, words
from ..names import Body, body, countries, foreign_country, localised, normalize_name
from ..nlp import Sentence
from ..records import Mention
from .context import Context
from .registry import extractor

MAX_NAME = 40
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "t", "f", "q", "y", "e", "o", "w", "zg", "v", "vd", "ad"}
PUNCT = re.compile(r"[，。；：！？、,;:!?\s“”《》\"'（）()·…—\-\t【】\[\]]")
LOCAL = re.compile(r"^(?:省|市|区|县)[\u4e00-\u9fff]{2,}")


@memo(maxsize=1)
def vocabulary_names() -> re.Pattern[str]:
    names = [n for n, _ in vocabulary().organization_names() if len(n) >= 2]
    return pattern(tuple(names))


@memo(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    heads = [*words("organisations", "government_heads"), *words("organisations", "company_heads"),
             *words("organisations", "institute_heads"), *words("organisations", "association_heads"),
             *words("organisations", "media_heads")]
    return pattern(tuple(heads))


def org_mention(ctx: Context, start: int, end: int, name: str, found: Body, via: str) -> Mention:
    attrs = {"category": found.category, "via": via}
    key = found.name
    if found.foreign:
        attrs["foreign"] = found.foreign
    return Mention(ctx.document.id, start, end, name, "ORG", key, tuple(sorted((k, v) for k, v in attrs.items() if v)))


@extractor("organisations", needs=("POLICY", "REPORT"), produces=("ORG",))
def organisations(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    text, base = sent.text, sent.start
    titles = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "POLICY", "REPORT") if not m.attr("own")]
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken) and not any(a <= s and e <= b for a, b in titles)

    found: list[Mention] = []
    for m in vocabulary_names().finditer(text):
        s, e = m.span()
        e += subunit_length(text, e)
        if not free(s, e) or not sent.is_boundary(s) and not text[:s].endswith(tuple(countries())):
            continue
        name = text[s:e]
        known = body(name)
        if known is None:
            continue
        country = foreign_country(text[max(0, s - 8):s])
        if country:
            s -= len(next(c for c in sorted(countries(), key=len, reverse=True) if text[:s].endswith(c)))
            name = text[s:e]
            known = Body(name, "government", country)
        taken.append((s, e))
        found.append(org_mention(ctx, base + s, base + e, name, known, "vocabulary"))
    for m in head_pattern().finditer(text):
        e = m.end()
        if e < len(text) and head_pattern().match(text, e) and not PUNCT.match(text, e):
            continue  # a longer head follows (有限公司 after 股份): that one ends the name
        s, known = None, None
        for start in name_starts(sent, m.start()):
            known = named_body(text[start:e])
            if known is not None:
                s = start
                break
        if s is None or not free(s, e):
            continue
        name = text[s:e]
        country = foreign_country(text[max(0, s - 8):s]) or foreign_country(name[:8])
        if country and not known.foreign:
            known = Body(name if name.startswith(country) else country + name, known.category, country)
        taken.append((s, e))
        found.append(org_mention(ctx, base + s, base + e, name, known, "head"))
    yield from found


def named_body(name: str) -> Body | None:
    """The body a name found by its head denotes. A local short form (省商务厅,
    市发改局) is kept as it is written when "某省商务厅" would be a body: the
    ``local_bodies`` extractor names it in the document's place."""
    if LOCAL.match(name):
        return Body(name, "government") if body("某" + name) else None
    return body(name)


def subunit_length(text: str, end: int) -> int:
    """Length of a sub-unit name right after a body name (…部 + 办公厅)."""
    for unit in sorted(vocabulary().subunits, key=len, reverse=True):
        if text.startswith(unit, end):
            return len(unit)
    return 0


def name_starts(sent: Sentence, head_start: int) -> list[int]:
    """Where a name ending with the head at ``head_start`` may start, earliest
    first: token starts walking back from the head over the tokens before it,
    up to punctuation, a stop word, a function word or ``MAX_NAME`` characters.
    A head inside a longer token (格局, 布局) starts its token's candidates."""
    text = sent.text
    i = sent.token_at(head_start)
    if i < 0:
        return []
    candidates = [sent.starts[i] - sent.start]
    stops = set(words("organisations", "not_name_start"))
    for j in range(i - 1, -1, -1):
        s, e, tag = sent.starts[j] - sent.start, sent.ends[j] - sent.start, sent.tags[j]
        word = text[s:e]
        if PUNCT.search(word) or word in stops or head_start - s > MAX_NAME:
            break
        if tag in STOP_TAGS and word not in ("和", "与"):
            break
        candidates.append(s)
    return [s for s in reversed(candidates) if text[s] not in "和与及"]


@extractor("local_bodies", scope="document", needs=("ORG", "home"), produces=("ORG:localised",))
def local_bodies(ctx: Context) -> Iterator[Mention]:
    """省商务厅 / 市发改局 as the bodies of the document's province or city;
    without a known place such a short form is dropped (it names no body)."""
    for m in ctx.all_mentions("ORG"):
        if not LOCAL.match(m.key):
            continue
        full = localised(m.key, ctx.province, ctx.city)
        known = body(full) if full != m.key else None
        if known is None:
            ctx.remove(m)
            continue
        yield Mention(m.doc, m.start, m.end, m.text, "ORG", known.name, m.attrs)

"""PLATFORM mentions: names ending with a platform head (平台, 云平台 …) whose
part before the head is distinctive (a brand, a place, a proper name), and
names in quotes ending with 系统 / 平台 / 网 / 云. Not platforms: slogans,
campaigns, events, vessels and codes in quotes (“清朗·…整治”, “25·7”), and
generic names (中试平台, 科创平台) that would merge across places."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import memo, pattern, words
from ..names import normalize_name
from ..nlp import Sentence
from ..records import Mention
from .context import Context
from .registry import extractor

QUOTED = re.compile(r"“([^“”\n]{2,30})”")
PROPER_TAGS = {"nz", "nr", "nrt", "nrfg", "ns", "nt", "eng", "j", "x"}
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "t", "f", "q", "y", "m", "w", "v", "vd", "zg"}
PUNCT = re.compile(r"[，。；：！？、,;:!?\s“”《》\"'（）()…—\t【】]")


@memo(maxsize=1)
def heads() -> re.Pattern[str]:
    return pattern("platforms:heads")


def generic(name: str, head: str) -> bool:
    """True when the part before the head is only generic words (中试, 科创, 公共服务 …)."""
    rest = name[:len(name) - len(head)]
    for word in sorted(words("platforms", "generic_words"), key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest.strip()


def campaign(name: str) -> bool:
    return "·" in name or bool(pattern("platforms:not_platform_words", "(?:{})$").search(name)) or bool(
        re.fullmatch(r"[\d·.\-\s]+", name))


@extractor("platforms", needs=("ORG", "POLICY", "REPORT"), produces=("PLATFORM",))
def platforms(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    text, base = sent.text, sent.start
    taken = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "POLICY", "REPORT")]
    quoted_heads = words("platforms", "quoted_heads")
    for m in QUOTED.finditer(text):
        name = m.group(1)
        if name.endswith(quoted_heads) and not campaign(name) and not generic(name, next(h for h in quoted_heads if name.endswith(h))):
            taken.append(m.span())
            yield platform(ctx, base + m.start(1), base + m.end(1), name)
    for m in heads().finditer(text):
        e = m.end()
        if any(a < e and m.start() < b for a, b in taken):
            continue
        s = proper_start(sent, m.start())
        if s is None:
            continue
        name = text[s:e]
        if len(name) - len(m.group()) < 2 or generic(name, m.group()) or campaign(name):
            continue
        taken.append((s, e))
        yield platform(ctx, base + s, base + e, name)


def platform(ctx: Context, start: int, end: int, name: str) -> Mention:
    return Mention(ctx.document.id, start, end, name, "PLATFORM", normalize_name(name), ())


def proper_start(sent: Sentence, head_start: int) -> int | None:
    """The start of a platform name before its head: the run of noun-like tokens
    before it, which must hold a proper token (a brand, a place, a Latin name)."""
    i = sent.token_at(head_start)
    if i < 0:
        return None
    text = sent.text
    start = sent.starts[i] - sent.start
    if start < head_start:
        i += 0
    proper = False
    best = None
    for j in range(i - 1 if start == head_start else i - 1, -1, -1):
        s, e, tag = sent.starts[j] - sent.start, sent.ends[j] - sent.start, sent.tags[j]
        word = text[s:e]
        if PUNCT.search(word) or tag in STOP_TAGS or word in words("organisations", "not_name_start") or head_start - s > 24:
            break
        if tag in PROPER_TAGS:
            proper = True
        best = s
    return best if proper and best is not None else None

"""PLATFORM mentions: named platforms — a name ending with a platform head
(平台, 云平台 …) that starts with what makes it one platform: the body that
runs it (商务部重点监测平台, operated by 商务部), a place (阿坝州数据开放平台)
or a brand in Latin letters (COSMOPlat平台); or a distinctive name in quotes
ending with 平台 / 系统 (“电算碳协同系统”).

Not platforms: slogans, campaigns, events, vessels and codes in quotes
(“清朗·…整治”, “25·7”), counts (五大平台), and generic names (中试平台,
智慧养老服务平台) that would merge the platforms of many places into one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import memo, pattern, vocabulary, words
from ..names import normalize_name, place_prefix
from ..nlp import Sentence
from ..records import Fact, Mention
from .context import Context
from .registry import extractor

QUOTED = re.compile(r"“([^“”\n]{2,30})”")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9+\-]{1,}")
MAX_MIDDLE = 14  # characters between the name's proper start and its head


@memo(maxsize=1)
def heads() -> re.Pattern[str]:
    return pattern("platforms:heads")


def opens_with_verb(name: str) -> bool:
    """A name that opens with a verb (建设…平台) is a phrase, not a name."""
    verbs = (*words("measures", "count_verbs"), *words("organisations", "not_name_start"))
    return name.startswith(tuple(v for v in verbs if len(v) >= 2))


def distinctive(part: str) -> bool:
    """Something is left of the part once the generic words are taken out (智慧养老服务 -> nothing)."""
    rest = part
    for word in sorted(words("platforms", "generic_words"), key=len, reverse=True):
        rest = rest.replace(word, "")
    return len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", rest)) >= 2


def campaign(name: str) -> bool:
    """A slogan, campaign, event, vessel or code, or a count (五大平台)."""
    return ("·" in name or bool(pattern("platforms:not_platform_words", "(?:{})$").search(name))
            or bool(re.fullmatch(r"[\d·.\-\s]+", name)) or bool(re.match(r"^[一二三四五六七八九十\d]+大", name)))


def plain(middle: str) -> bool:
    """The words between a name's start and its head hold no verb, stop word,
    function word, number or quote (X等平台, 深化…新平台, 盘锦精细化工2个平台)."""
    verbs = pattern(tuple({*(w for w in words("organisations", "not_name_start") if len(w) >= 2),
                           *words("measures", "count_verbs"), *words("platforms", "not_in_names")}))
    return (len(middle) <= MAX_MIDDLE and not verbs.search(middle)
            and not re.search(r"[，。；、\s“”\"'《》()（）\d一二三四五六七八九十两等和与及在的向对把被将]", middle))


@extractor("platforms", needs=("ORG", "POLICY", "REPORT"), produces=("PLATFORM", "fact:operated_by"))
def platforms(sent: Sentence, ctx: Context) -> Iterator[Mention | Fact]:
    text, base = sent.text, sent.start
    taken = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "POLICY", "REPORT")]
    for m in QUOTED.finditer(text):
        name = m.group(1)
        if name.endswith(tuple(words("platforms", "quoted_heads"))) and not campaign(name) and distinctive(name[:-2]) \
                and not opens_with_verb(name):
            taken.append(m.span())
            yield platform(ctx, base + m.start(1), base + m.end(1), name)
    orgs = {m.end - base: (m.start - base, m) for m in ctx.mentions_in(sent, "ORG") if not m.attr("foreign")}
    for m in heads().finditer(text):
        e = m.end()
        if any(a < e and m.start() < b for a, b in taken):
            continue
        found = proper_start(text, m.start(), orgs)
        if found is None:
            continue
        s, operator = found
        name = text[s:e]
        if campaign(name):
            continue
        taken.append((s, e))
        yield platform(ctx, base + s, base + e, name)
        if operator is not None:
            yield Fact("PLATFORM", normalize_name(name), "operated_by", "ORG", operator.key, ctx.evidence(sent))


def platform(ctx: Context, start: int, end: int, name: str) -> Mention:
    return Mention(ctx.document.id, start, end, name, "PLATFORM", normalize_name(name), ())


def proper_start(text: str, head_start: int, orgs: dict[int, tuple[int, Mention]]) -> tuple[int, Mention | None] | None:
    """Where a platform name starts: at the body that runs it, a place, or a
    Latin brand, with plain words between it and the head; (start, the body) or None."""
    for k in range(head_start, max(-1, head_start - MAX_MIDDLE - 12), -1):
        middle = text[k:head_start]
        if not plain(middle):
            if re.search(r"[，。；、\s]", middle):
                break
            continue
        if k in orgs:
            start, org = orgs[k]
            return start, org
        place = place_prefix().match(text, k)
        if place is not None and place.end() <= head_start and (vocabulary().region(place.group()) or place.group().endswith(("州", "盟"))) \
                and distinctive(text[place.end():head_start] or place.group()):
            if k == 0 or not re.match(r"[\u4e00-\u9fff]", text[k - 1]) or text[k - 1] in "的和与及在为是":
                return k, None
        latin = LATIN.match(text, k)
        if latin is not None and (k == 0 or not text[k - 1].isalnum()) and latin.end() <= head_start:
            return k, None
    return None

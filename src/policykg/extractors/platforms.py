"""PLATFORM mentions: named platforms — a name ending with a platform head
(平台, 云平台 …) that starts with what makes it one platform: the body that
runs it (商务部重点监测平台, operated by 商务部), a place (阿坝州数据开放平台)
or a brand in Latin letters (AlphaPlat平台); or a distinctive name in quotes
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


@memo(maxsize=1)
def any_head() -> re.Pattern[str]:
    """Any head of a platform's name, in quotes or not."""
    return pattern(words("platforms", "heads") + words("platforms", "quoted_heads"))


def opens_with_verb(name: str) -> bool:
    """A name that opens with a verb (建设…平台) is a phrase, not a name."""
    verbs = (*words("measures", "count_verbs"), *words("organisations", "not_name_start"))
    return name.startswith(tuple(v for v in verbs if len(v) >= 2))


def distinctive(part: str, least: int = 2) -> bool:
    """At least ``least`` characters are left of the part once the generic words are
    taken out (智慧养老服务 -> nothing)."""
    rest = part
    for word in sorted(words("platforms", "generic_words"), key=len, reverse=True):
        rest = rest.replace(word, "")
    return len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", rest)) >= least


def campaign(name: str) -> bool:
    """A slogan, campaign, event, vessel or code, or a count (五大平台; 两清单一平台: a reform by its counted parts)."""
    return ("·" in name or bool(pattern("platforms:not_platform_words", "(?:{})$").search(name))
            or bool(re.fullmatch(r"[\d·.\-\s]+", name)) or bool(re.match(r"^[一二三四五六七八九十\d]+大", name))
            or bool(COUNTED_PARTS.match(name)))


COUNTED_PARTS = re.compile(r"[一二两三四五六七八九十]+[\u4e00-\u9fff]{1,3}[一二两三四五六七八九十]+[\u4e00-\u9fff]{1,3}$")


@memo(maxsize=1)
def not_plain() -> re.Pattern[str]:
    """A verb or stop word that may not stand inside a platform's name."""
    return pattern(tuple(sorted({*(w for w in words("organisations", "not_name_start") if len(w) >= 2),
                                 *words("measures", "count_verbs"), *words("platforms", "not_in_names")})))


NOT_PLAIN_CHARS = re.compile(r"[，。；、\s“”\"'《》()（）\d一二三四五六七八九十两等和与及在的向对把被将]")


def plain(middle: str) -> bool:
    """The words between a name's start and its head hold no verb, stop word,
    function word, number or quote (X等平台, 深化…新平台, 盘锦精细化工2个平台)."""
    return (len(middle) <= MAX_MIDDLE and not NOT_PLAIN_CHARS.search(middle) and not not_plain().search(middle))


@extractor("platforms", needs=("ORG", "POLICY", "REPORT"), produces=("PLATFORM", "fact:operated_by"))
def platforms(sent: Sentence, ctx: Context) -> Iterator[Mention | Fact]:
    text, base = sent.text, sent.start
    if not any_head().search(text) and not LIST_BRAND.search(text):
        return  # no head of a name and no listed brand: nothing to find (most sentences)
    taken = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "POLICY", "REPORT")]
    for m in QUOTED.finditer(text):
        name = m.group(1)
        if name.endswith(tuple(words("platforms", "quoted_heads"))) and not campaign(name) and distinctive(name[:-2]) \
                and not opens_with_verb(name) and not starts_with_verb(sent, m.start(1)):
            taken.append(m.span())
            yield platform(ctx, base + m.start(1), base + m.end(1), name)
    for s, e in listed_brands(text):
        if not any(a < e and s < b for a, b in taken):
            taken.append((s, e))
            yield platform(ctx, base + s, base + e, text[s:e])
    orgs = {m.end - base: (m.start - base, m) for m in ctx.mentions_in(sent, "ORG") if not m.attr("foreign")}
    for m in heads().finditer(text):
        e = m.end()
        if any(a < e and m.start() < b for a, b in taken) or heads().match(text, e):
            continue  # (阿坝州大数据中心平台: the name ends at the last head)
        if not sent.is_boundary(m.start()) and not sent.is_boundary(e):
            continue  # (福建漳平台湾农民创业园: 漳平|台湾, no 平台 in the words)
        found = built_by(text, m.start(), orgs) or proper_start(sent, m.start(), orgs)
        if found is None:
            continue
        s, operator = found
        name = text[s:e].replace("“", "").replace("”", "")
        if campaign(name) or counted(text, e):
            continue
        taken.append((s, e))
        yield platform(ctx, base + s, base + e, name)
        if operator is not None:
            yield Fact("PLATFORM", normalize_name(name), "operated_by", "ORG", operator.key, ctx.evidence(sent))


LIST_BRAND = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z][A-Za-z]*[a-z][A-Za-z]*(?=[、，,]|等)")


def listed_brands(text: str) -> list[tuple[int, int]]:
    """Latin product names of a list of platforms, each after its maker
    (甲公司AlphaPlat、乙公司BetaCloud等十大…平台): spans of the names."""
    out = []
    for m in LIST_BRAND.finditer(text):
        rest = text[m.end():]
        tail = re.match(r"[^。；]*?等[^。；，]{0,12}平台", rest)
        if len(m.group()) >= 5 and tail is not None:
            out.append(m.span())
    return out


def starts_with_verb(sent: Sentence, rel: int) -> bool:
    """The quoted name opens with a verb (“上云上平台”): a slogan, not a name."""
    i = sent.token_at(rel)
    return i >= 0 and sent.tags[i] in ("v", "vd", "vi")


def counted(text: str, end: int) -> bool:
    """A number of them follows (某省数据平台达到120个): a kind of platform counted, not one named."""
    return bool(re.match(r"(?:数量|总数|数)?(?:已|累计|共)?(?:达到|达|超过|超|突破|增至|为|有)?[约近逾]?\d", text[end:end + 12]))


BUILT_BY = re.compile(r"(?:打造|运营|建设|推出|开发|搭建|研发|建成|主导)的$")


def built_by(text: str, head_start: int, orgs: dict[int, tuple[int, Mention]]) -> tuple[int, Mention | None] | None:
    """A platform its builder names (某某科技打造的星云工业互联网平台, 由X运营的“某某智造”…平台):
    the name starts after 的, the builder runs it."""
    for k in range(head_start, max(-1, head_start - MAX_MIDDLE - 2), -1):
        verb = BUILT_BY.search(text, 0, k)
        if verb is None or verb.end() != k:
            continue
        middle = text[k:head_start].replace("“", "").replace("”", "")
        if not middle or not plain(middle):
            return None
        body = orgs.get(verb.start())
        if body is not None:
            return k, body[1]
        return (k, None) if distinctive(middle, least=1) else None  # (a maker we do not know)
    return None


def platform(ctx: Context, start: int, end: int, name: str) -> Mention:
    return Mention(ctx.document.id, start, end, name, "PLATFORM", normalize_name(name), ())


DESIGNATED = re.compile(r"(?:认定的|认定为|评为|获评|入选|新获批|获批的)$")


def national(sent: Sentence, k: int, head_start: int) -> bool:
    """The nation's own platform: 国家 as a word opening the name (国家医保信息平台);
    国家级 only with distinctive words (国家级农产品质量追溯平台, not 国家级交易平台)."""
    text = sent.text
    i = sent.token_at(k)
    if i < 0 or sent.starts[i] - sent.start != k or head_start - k < 6:
        return False
    word = text[k:sent.ends[i] - sent.start]
    if word == "国家":
        return True
    return word == "国家级" and distinctive(text[sent.ends[i] - sent.start:head_start]) \
        and not DESIGNATED.search(text, 0, k)  # (对新认定的国家级…平台: a designation awarded, a class of platforms)


def proper_start(sent: Sentence, head_start: int, orgs: dict[int, tuple[int, Mention]]) -> tuple[int, Mention | None] | None:
    """Where a platform name starts: at the body that runs it, a place, or a
    Latin brand, with plain words between it and the head; (start, the body) or None."""
    text = sent.text
    for k in range(head_start, max(-1, head_start - MAX_MIDDLE - 12), -1):
        middle = text[k:head_start]
        if not plain(middle):
            if re.search(r"[，。；、\s]", middle):
                break
            continue
        if k in orgs:
            start, org = orgs[k]
            if middle.startswith(tuple(words("platforms", "class_words"))):
                return None  # 商务部重点监测平台: the platforms a body watches, a class, not one named
            return start, org
        place = place_prefix().match(text, k)
        if place is not None and place.end() <= head_start and (vocabulary().region(place.group()) or place.group().endswith(("州", "盟"))):
            if k == 0 or not re.match(r"[\u4e00-\u9fff]", text[k - 1]) or text[k - 1] in "的和与及在为是":
                return k, None  # a place's own platform (阿坝州数据开放平台): one of its kind there
        if national(sent, k, head_start):
            return k, None
        latin = LATIN.match(text, k)
        if latin is not None and (k == 0 or not re.match(r"[A-Za-z0-9]", text[k - 1])) and latin.end() <= head_start \
                and (len(latin.group()) >= 4 or not latin.group().isupper()):
            return k, None  # (a brand, not a three-letter code: CSP平台 is a car's)
    return None

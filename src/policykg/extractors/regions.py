"""REGION mentions: provinces, cities and zones of the vocabulary, not when
the place name is part of another name (南京东路, a street; 浙江大学, a
university; a name inside an organisation or policy mention); a county named
in full (大足区, 门源县) is a mention of the city or province that holds it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import common_words, counties, memo, pattern, rules, short_counties, vocabulary, words
from ..nlp import Sentence, word_tags
from ..records import Mention
from .context import Context
from .registry import extractor


@memo(maxsize=1)
def region_names() -> re.Pattern[str]:
    return pattern(tuple(n for n, _ in vocabulary().region_names() if len(n) >= 2))


def in_places_token(sent: Sentence, s: int, e: int) -> bool:
    """[s, e) lies in one token made of place names only (辽宁抚顺, a province and its city, is one token)."""
    i = sent.token_at(s)
    if i < 0 or sent.ends[i] - sent.start < e:
        return False
    token = sent.text[sent.starts[i] - sent.start:sent.ends[i] - sent.start]
    return len(token) > 2 and places_run().fullmatch(token) is not None


@memo(maxsize=1)
def places_run() -> re.Pattern[str]:
    return pattern(tuple(n for n, _ in vocabulary().region_names() if len(n) >= 2), "(?:{})+")


COUNTY_END = re.compile("[县区市旗]")
DIRECTION = re.compile("[东西南北中]{2}")  # two directions written together name one area


def counties_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the county names of the vocabulary in ``text``: looked up back from each
    character a county name ends with (a dictionary lookup is much faster than a pattern of 2,700 names)."""
    names, lengths = counties(), county_lengths()
    for m in COUNTY_END.finditer(text):
        e = m.end()
        name = next((text[e - n:e] for n in lengths.get(text[e - 2:e], ()) if n <= e and text[e - n:e] in names), None)
        if name is not None:
            yield e - len(name), e, name


def split_by_words(text: str, s: int, name: str) -> bool:
    """The county name at ``s`` reads as two common words with the character before it (新增城区: 新增 and 城区, not
    增城区; not 在建昌县, where 昌县 is no word)."""
    return text[s - 1:s + 1] in common_words() and name[1:] in common_words()


def county_starts(text: str, s: int) -> bool:
    """A county name of the vocabulary starts at ``s``."""
    return any(text[s:s + n] in counties() for n in range(3, longest_county() + 1))


@memo(maxsize=1)
def longest_county() -> int:
    return max(map(len, counties()), default=0)


@memo(maxsize=1)
def county_lengths() -> dict[str, tuple[int, ...]]:
    """The last two characters of a county name -> the lengths of the names ending so, longest first
    (most 市 and 区 of a text end no county name: one lookup tells)."""
    found: dict[str, set[int]] = {}
    for name in counties():
        found.setdefault(name[-2:], set()).add(len(name))
    return {end: tuple(sorted(ns, reverse=True)) for end, ns in found.items()}


@memo(maxsize=1)
def not_place_after() -> re.Pattern[str]:
    return pattern("places:not_place_after", "(?:{})(?!路)")


@extractor("regions", needs=("ORG", "POLICY", "REPORT", "PLATFORM"), produces=("REGION",))
def regions(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    text, base = sent.text, sent.start
    names = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "ORG", "POLICY", "REPORT", "PLATFORM")]
    vocab = vocabulary()
    for m in region_names().finditer(text):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in names):
            continue
        if (not sent.is_boundary(s) or not sent.is_boundary(e) and not text.startswith(("省", "市"), e)) \
                and not in_places_token(sent, s, e):
            continue
        if not_place_after().match(text, e) and not county_starts(text, e):
            continue  # (南京东路; not 青海门源县, where a county follows)
        if text[:s].endswith(words("places", "not_place_before")):
            continue  # (港珠澳大桥珠海公路口岸: a part of a facility's name)
        if text[:s + 1].endswith(words("places", "verbs_into_place")) and len(word_tags(text[s + 1:e + 3])[0][0]) >= 2:
            continue  # (建成都市现代农业示范园: 建成 and 都市, not 成都市; not 共建成渝地区…)
        entry = vocab.region(m.group())
        if entry is None or entry.level == "zone" and DIRECTION.fullmatch(text[s - 1:s] + m.group(0)[:1]):
            continue  # (中东部地区, 西北地区东部: another area than 东部地区 or 东北)
        attrs = (("level", entry.level),)
        yield Mention(ctx.document.id, base + s, base + e, m.group(), "REGION", entry.name, attrs)
    for s, e, name in [*counties_in(text), *short_counties_at_home_words(text), *short_county_opening(text),
                       *short_counties_after_provinces(text)]:
        if any(a <= s and e <= b for a, b in names) or not (sent.is_boundary(s) and sent.is_boundary(e)) \
                or text[e - 1] == name[-1] and text[e - 1:e + 1] in common_words() or split_by_words(text, s, name):
            continue  # (东方市场: not 东方市; 新增城区: not 增城区; not 漳平台湾, where 漳平 is written short)
        holder = counties().get(name) or short_counties()[name]
        if name in words("places", "common_county_names") and not text[:s].endswith(holder.labels):
            continue  # (城市老城区: an old town, not 洛阳市老城区)
        attrs = (("county", name), ("level", holder.level))
        yield Mention(ctx.document.id, base + s, base + e, text[s:e], "REGION", holder.name, attrs)


@memo(maxsize=1)
def home_word_pattern() -> re.Pattern[str]:
    """A county-level place's word for its whole (全市, 全县 …) after two characters of a name (涟源全市)."""
    homes = [w for ws in rules("places")["county_home_words"].values() for w in ws if w.startswith("全")]
    return re.compile("(?=[\u4e00-\u9fff]{2}(?:" + "|".join(map(re.escape, homes)) + "))")


def short_counties_at_home_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of a county-level place written without its 市/县 right before its own word for its
    whole (涟源全市今年… -> 涟源市; 某某全县 -> 某某县): the short name says which place that whole is."""
    for m in home_word_pattern().finditer(text):
        s = m.start()
        name = text[s:s + 2] + text[s + 3]
        if name in counties() and not text[s - 1:s].isdigit() and plain_short_name(text[s:s + 2], text[s:s + 6]):
            yield s, s + 2, name


SENTENCE_LEAD = re.compile(r"^(?:[^，。]{0,12}[：:])?(?:在)?")  # (a news item's 央视网消息：, 在)


def short_county_opening(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of a county-level place written without its 市 or 县 (or a county of two characters, 环县) that
    opens the sentence or a clause as its subject, a time word or an adverb of a total right after it (为迎接旺季，牙克石
    今年新增雪道6条 -> 牙克石市; 环县今年计划… -> 环县)."""
    follows = tuple(words("places", "short_county_follows"))
    starts = [SENTENCE_LEAD.match(text).end(), *(m.end() for m in re.finditer(r"[，；]", text))]
    for s in starts:
        if text[s:s + 2] in short_counties() and text.startswith(follows, s + 2):
            yield s, s + 2, text[s:s + 2]  # (环县今年计划…: a county whose full name has two characters)
            continue
        for n in (2, 3):
            short = text[s:s + n]
            if not text.startswith(follows, s + n) or not plain_short_name(short, text[s:s + n + 4]):
                continue
            name = next((short + end for end in ("市", "县") if short + end in counties()), "")
            if name:
                yield s, s + n, name


def plain_short_name(short: str, phrase: str, whole_words: bool = True) -> bool:
    """A short form that can only be a county-level place's: a word of its own in ``phrase`` (which it opens) that is a
    noun or a name (not 中方, a side; not 东方, a direction), no common word, no province's or city's own short name
    (河南, 许昌, 阿勒泰), not a word for a whole (全州, 我县)."""
    word, tag = word_tags(phrase)[0]
    return word == short and tag in NAME_TAGS and short not in common_words() and vocabulary().region(short) is None \
        and (short[0] not in "全我本各该此其" or not whole_words)


NAME_TAGS = ("ns", "n", "nz", "nr", "nrt", "nt", "j")  # (牙克石 n, 敦煌 ns, 义乌 nz, 安吉 nr, 全南 nt, 大冶 j)


def short_counties_after_provinces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of a county-level place written without its 市 or 县 right after its own province's name
    (福建建瓯24万亩锥栗…, 黑龙江密山今年…, 湖南祁东黄花菜… -> 建瓯市, 密山市, 祁东县): the province says which place."""
    vocab = vocabulary()
    for m in region_names().finditer(text):
        entry = vocab.region(m.group())
        if entry is None or entry.level != "province":
            continue
        e = m.end()
        for n in (3, 2):
            short = text[e:e + n]
            name = next((short + end for end in ("市", "县") if short + end in counties()
                         and counties()[short + end].province == entry.name), "")
            if name and not text.startswith(("市", "县", "区"), e + n) \
                    and plain_short_name(short, text[e:e + n + 4], whole_words=False):  # (江西全南: the province's 全南县)
                yield e, e + n, name
                break

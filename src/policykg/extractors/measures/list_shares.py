"""What the later items of a list share with the first one: the rest of an elided word (内、外贸), its subject,
its named site, its scope or level, its per-head basis, its kind of zone, its ordinal."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence, word_tags
from ..clauses import MAX_INDICATOR
from .counted import GRADE
from .nouns import run_tokens
from .spans import site_ends


def with_elided_words(sent: Sentence, start: int, names: list[str]) -> list[str]:
    """Items of one character before a last item share the rest of its first word (内、外贸吞吐量 -> 内贸,
    外贸吞吐量; 中、小学 -> 中学, 小学; 中、西部地区 -> 中部地区, 西部地区)."""
    if not any(len(n) == 1 for n in names[:-1]):
        return names
    tokens = run_tokens(sent, start, start + len(names[-1]))
    first = tokens[0][0] if tokens else ""
    if not 2 <= len(first) <= 4:
        return names
    return [n + first[1:] if len(n) == 1 else n for n in names[:-1]] + names[-1:]


def with_first_subject(sent: Sentence, start: int, names: list[str]) -> list[str]:
    """A later item that is a total or a per-head figure alone takes the first item's subject (国内游客人次、总花费
    -> 国内游客总花费): it is the same people's or things'. So does a later item that is a measure alone after a first
    item of things and its measure (新能源汽车产量和销量 -> 新能源汽车销量; not 粮食播种面积和产量: 播种 is no thing)."""
    tokens = run_tokens(sent, start, start + len(names[0]))
    heads = words("measures", "indicator_heads")
    whole = len(tokens) >= 2 and "".join(w for w, _ in tokens) == names[0] and tokens[-1][0] in heads
    subject = names[0][:-len(tokens[-1][0])] if whole else ""
    return [names[0]] + [subject + n if subject and re.fullmatch(r"(?:总|人均)[\u4e00-\u9fff]{1,3}", n)
                         else things_of(names[0], n) if n in heads else n for n in names[1:]]


def things_of(first: str, measure: str) -> str:
    """``measure`` (two characters or more) of the things the ``first`` item measures, when it is nouns and a measure
    (汽车产量 -> 汽车销量); else ``measure`` alone."""
    heads = (h for h in words("measures", "indicator_heads") if first.endswith(h) and len(h) >= 2)
    head = max(heads, key=len, default="")
    things = first[:-len(head)] if head and not first[:-len(head)].endswith(words("measures", "measure_words")) else ""
    tags = [tag for _, tag in word_tags(things)] if len(measure) >= 2 and len(things) >= 2 else []
    return things + measure if tags and all(t.startswith(("n", "j")) and t != "vn" for t in tags) \
        and len(things + measure) <= MAX_INDICATOR else measure


def with_first_site(names: list[str]) -> list[str]:
    """Later items share the named site the first item opens with (某市机场航空旅客和货邮吞吐量 -> 某市机场货邮吞吐量):
    they are the same site's figures."""
    site = next((names[0][:k] for k in range(3, len(names[0]) - 1) if names[0][:k].endswith(site_ends())), "")
    if not site or re.search(r"[占的对]", site) or any(n.startswith(site) for n in names[1:]):
        return names  # (造船完工量占世界市场…: a share's whole, not a site)
    return [names[0]] + [site + n if len(site + n) <= MAX_INDICATOR else n for n in names[1:]]


def with_shared_scope(sent: Sentence, start: int, first: str, names: list[str], counts: bool) -> list[str]:
    """A scope word opening the first item (``first`` as written at ``start``: 国际/国内, 入境, 省属, 限额以上单位; a level: 省级)
    scopes every later item that has none of its own (省级公用经费和一般性支出 -> 省级一般性支出; 国际航空旅客和货邮吞吐量
    -> 国际航空货邮吞吐量); a later bare measure after a first item of scope, topic and measure takes both (国内旅游人次
    和收入 -> 国内旅游收入). Bare, a later item reads as the whole. A level is not shared by ``counts`` of things
    (国家级单项冠军、专精特新企业分别达到43家、322家: the later kind need not be of that level)."""
    scopes = words("measures", "list_scopes")
    tokens = run_tokens(sent, start, start + len(first))
    found = pattern(scopes, "(?:{})").match(first)  # (the longest: 限额以上单位, not 限额以上)
    word = found.group() if found and found.end() < len(first) else ""
    if len(tokens) < 2 or "".join(w for w, _ in tokens) != first or not (
            word or GRADE.fullmatch(tokens[0][0]) and not counts):
        return names
    out = [names[0]]
    for name in names[1:]:
        bare = name in words("measures", "indicator_heads")
        if bare and len(tokens) != 3:
            out.append(name)  # (入境游客和收入: not 入境收入; 省属企业营业收入、利润: 省属企业 is shared elsewhere)
            continue
        scope = "".join(w for w, _ in tokens[:-1]) if bare else max(word, tokens[0][0], key=len)  # (限额以上单位甲、乙)
        own = name.startswith(scopes) or re.match(r"[\u4e00-\u9fff]{1,3}级", name) is not None
        out.append(name if own or len(scope + name) > MAX_INDICATOR else scope + name)
    return out


PER_BASIS = re.compile(r"^(?:每[十百千万]?(?:人口|人|户|平方公里)|人均|户均)")


def with_shared_basis(names: list[str]) -> list[str]:
    """A per-head basis opening the first item is every item's (每千人托位、养老床位数 -> 每千人养老床位数): bare,
    a later item reads as a total."""
    basis = PER_BASIS.match(names[0])
    if basis is None or len(names[0]) == basis.end():
        return names
    return [names[0]] + [n if PER_BASIS.match(n) else basis.group() + n for n in names[1:]]


def with_shared_zone(names: list[str]) -> list[str]:
    """A kind of zone opening the first item scopes every item (开发区规上工业增加值、工业投资 -> 开发区工业投资):
    bare, a later item reads as the whole place's."""
    zone = pattern("measures:zone_heads", "^[\u4e00-\u9fff]{0,4}?(?:{})(?=[\u4e00-\u9fff]{2})").match(names[0])
    if zone is None or any(n.startswith(zone.group()) for n in names[1:]):
        return names
    return [names[0]] + [zone.group() + n if len(zone.group() + n) <= MAX_INDICATOR else n for n in names[1:]]


ORDINAL = "[一二三四五六七八九十]"


def with_ordinals(names: list[str]) -> list[str]:
    """The items of a list of ordinals: bare ordinals after a first item of 第 share its 第 and what the last
    one names (第一、二、三产业新设经营主体 -> 第一产业新设经营主体, 第二产业…, 第三产业…); [] for other items."""
    if not (re.fullmatch("第" + ORDINAL, names[0]) and all(re.fullmatch(ORDINAL, n) for n in names[1:-1])
            and re.match(ORDINAL + "[^一二三四五六七八九十]", names[-1])):
        return []
    rest = names[-1][1:]
    return [names[0] + rest] + ["第" + n + rest for n in names[1:-1]] + ["第" + names[-1]]

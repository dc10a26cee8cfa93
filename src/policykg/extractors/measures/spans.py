"""The spans of a clause that are no part of what a number measures (its dates, the places where it is) and the
places that are part of it: a trade's partner (对香港出口), a site's name (宁波舟山港)."""
from __future__ import annotations

import re

from ...lexicon import vocabulary, words
from ...nlp import Sentence
from ...records import Mention
from ..clauses import inside_quotes
from ..context import Context


def strip_spans(pre: str, ctx: Context, sent: Sentence, start: int, end: int) -> str:
    """``pre`` with the dates and the regions in it blanked out (they are not the indicator)."""
    chars = list(pre)
    kept = times_inside(pre, ctx, sent, start)
    for m in ctx.mentions_in(sent, "DATE", "REGION"):
        a, b = m.start - sent.start - start, m.end - sent.start - start
        if b <= 0 or a >= len(chars) or names_a_site(sent, m) or partner(sent, m) \
                or inside_quotes(sent.text, m.start - sent.start) or (a, b) in kept or names_a_season(pre, a, b):
            continue  # (对香港出口: with whom, part of the indicator; “吉林一号”卫星: part of a name)
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


SEASON_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}?季(?!度)")
YEAR_WORDS = re.compile(r"[\d０-９一二三四五六七八九〇零]|年")


def names_a_season(pre: str, a: int, b: int) -> bool:
    """A time with no year in it that opens the name of a season (冬春旅游季, 暑期旅游季): part of what is counted
    over (not 今年一季度, 2024年旅游季: a year, a quarter)."""
    return 0 <= a < b <= len(pre) and SEASON_NAME.match(pre, b) is not None and not YEAR_WORDS.search(pre[a:b])


def times_inside(pre: str, ctx: Context, sent: Sentence, start: int) -> set[tuple[int, int]]:
    """The spans (in ``pre``) of the times written between a class of firms and its measure (某类企业今年上半年营业
    收入): they stay in the words, for without_times to cut out, so that the firms and the measure stay one name."""
    spans = sorted((m.start - sent.start - start, m.end - sent.start - start) for m in ctx.mentions_in(sent, "DATE"))
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and runs[-1][-1][1] == span[0]:
            runs[-1].append(span)  # (今年|前5个月: one time)
        else:
            runs.append([span])
    return {span for run in runs if 0 < run[0][0] and run[-1][1] < len(pre) and JOINED.match(pre[run[-1][1]])
            and pre[:run[0][0]].endswith(words("measures", "firm_class_heads")) for span in run}


JOINED = re.compile(r"[\u4e00-\u9fff”]")


def without_times(indicator: str, ctx: Context, sent: Sentence) -> str:
    """The indicator without a time written inside it (规上工业企业去年营业收入 -> 规上工业企业营业收入): the time is the
    figure's date, not a part of what is measured."""
    for m in ctx.mentions_in(sent, "DATE"):
        at = indicator.find(m.text)
        if at > 0 and at + len(m.text) < len(indicator):
            indicator = indicator[:at] + indicator[at + len(m.text):]
    return indicator


def partner(sent: Sentence, place: Mention) -> bool:
    """The place is where a trade or a flow goes (对香港出口, 向东盟出口) or the other side of a trade (内地与香港
    贸易值, 广东与香港进出口): part of what is measured, not where it is."""
    at = place.start - sent.start
    return at >= 1 and sent.text[at - 1] in "对向" or at >= 3 and sent.text[at - 1] in "与和同" \
        and sent.text.startswith(words("measures", "trade_heads"), place.end - sent.start)


def names_a_site(sent: Sentence, place: Mention) -> bool:
    """The place is one of two that name a site together (宁波舟山港, 西安咸阳国际机场), or names a zone (兰州新区):
    part of the site's name, not only where it is."""
    if place.type != "REGION" or sent.text.startswith(words("measures", "zone_heads"), place.end - sent.start):
        return place.type == "REGION"
    rel = place.end - sent.start
    before = sent.text[max(0, place.start - sent.start - 3):place.start - sent.start]
    return any(vocabulary().region(sent.text[rel:rel + k]) is not None and opens_site(sent.text[rel + k:])
               for k in (2, 3)) \
        or opens_site(sent.text[rel:]) and any(vocabulary().region(before[-k:]) is not None for k in (2, 3))


def opens_site(text: str) -> bool:
    """``text`` opens with a site's head, past 国际 (港…, 国际机场…)."""
    return text.removeprefix("国际").startswith(site_ends())


def site_ends() -> tuple[str, ...]:
    """How a site's name ends: a head of ``site_heads`` or 港 (宁波舟山港), which is no head alone (香港 ends so)."""
    return ("港", *words("measures", "site_heads"))

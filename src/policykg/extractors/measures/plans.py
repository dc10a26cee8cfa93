"""What a sentence says is still to come rather than done: a news story's programme for the year (今年…新建1000个) and a
span ahead (未来四年, 今后5年)."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence
from ...records import Mention
from ..clauses import Clause
from ..context import Context

THIS_YEAR_BARE = re.compile(r"今年(?![\d一二两三四五六七八九十前上下第初以来春夏秋冬全])")  # (not 今年1—5月, 今年以来)


def year_programme(sent: Sentence, ctx: Context, q: Mention, clause: Clause) -> bool:
    """A news story of the year's first half says what is added this year, with no word that it is done (四川今年在115个县
    新建1000个…; 某省今年…打造6个示范片区): the year's programme, not a figure reached (not 今年1—5月…开行600多列, nor
    what has happened: 今年新开通3条航线)."""
    month = ctx.reference_date[5:7]
    if ctx.document.genre != "news" or not month.isdigit() or int(month) > 6:
        return False
    if THIS_YEAR_BARE.search(sent.text, 0, q.start - sent.start) is None:
        return False
    lead = sent.text[clause.start:q.start - sent.start]
    done = set(words("measures", "accumulation_cues")) - set(words("measures", "programme_verbs"))  # (累计, 完成, 建成)
    return pattern("measures:programme_verbs", "(?:{})了?$").search(lead) is not None \
        and not any(w in lead for w in done)


def future_span(text: str) -> bool:
    """``text`` names a span ahead (未来四年, 今后5年, 未来一段时间): what a figure after it is for is planned."""
    span = pattern("measures:future_span_cues", r"(?:{})(?:[\d一二三四五六七八九十两几数]+(?:年|个月|天|周)|一段时间)")
    return span.search(text) is not None

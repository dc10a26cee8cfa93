"""The works a count's clause closes on (老旧管网200公里改造, 7个枢纽、4个基地提质升级): what is done to the
things counted, and so part of what the number measures."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence
from ...records import Mention
from ..clauses import Clause
from .runs import run_tokens

LISTED_BEFORE_WORKS = r"(?:[、和][\d.]+[万亿]?[余多]?(?:[个家座所条项处台套吨亩]|千瓦|公里|平方米)[\u4e00-\u9fff“”]{2,16}?)*"
# (7个枢纽、4个基地|提质升级; 2800万吨钢铁产能、395台燃煤锅炉|超低排放改造)


def works_after(sent: Sentence, q: Mention, clause: Clause) -> str:
    """The works a number's clause closes on (老旧管网200公里改造, 岸线180公里生态修复: what is done to
    the thing before the number, ``works_verbs``), or ""."""
    start = q.end - sent.start
    rest = sent.text[start:clause.end].rstrip("。；;，,、 ")
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", rest):
        return ""
    tokens = run_tokens(sent, start, start + len(rest))
    if not tokens or tokens[-1][0] not in words("measures", "works_verbs") \
            or any(not tag.startswith(("n", "vn", "b")) for _, tag in tokens[:-1]):
        return ""
    return rest


def works_closing(sent: Sentence, at: int) -> re.Match[str] | None:
    """The works that close the clause from ``at`` on, past counts of other things listed before them
    (…、395台燃煤锅炉|超低排放改造): a works verb, after words of how that are no noun (超低排放, 成套),
    and a second works joined by 和 (入地和杆箱整治)."""
    for how in (r"[\u4e00-\u9fff]{0,4}?", ""):
        works = pattern("measures:works_verbs", LISTED_BEFORE_WORKS + f"(?P<works>(?P<how>{how})(?:{{}})"
                        r"(?:和[\u4e00-\u9fff]{1,4}?(?:{}))?)(?=[，。；、]|$)").match(sent.text, at)
        if works is None or not any(tag.startswith("n") for _, tag in run_tokens(sent, *works.span("how"), clip=True)):
            return works
    return None


def works_on_things(sent: Sentence, at: int, noun: str, works: re.Match[str]) -> bool:
    """The works after a count (or a list of counts) are done to the things counted: the counted words end
    on a noun, and no item between them and the works holds a verb of its own (…精品线路撬动…升级)."""
    tokens = run_tokens(sent, at, at + len(noun), clip=True)
    between = sent.text[at + len(noun):works.start("works")]
    return bool(tokens) and (tokens[-1][1].startswith("n") or tokens[-1][0] in words("measures", "indicator_heads")) \
        and not pattern("measures:after_noun_stops").search(between)

"""The cases the parts of a sentence open on: a part after a ；that opens on a case of its own (新建库容500吨以上冷藏
保鲜设施的，…), and a case opening a clause after an amount already granted (…，每个给予5万元，建设集中贮存中心的，按…
给予补助，单个最高…), whom the later amounts are for."""
from __future__ import annotations

import re

from ..lexicon import words
from .clauses import ITEM_NUMBER

AMOUNT = re.compile(r"\d+(?:\.\d+)?[十百千万亿]*(?:元|美元)")


def own_case(opening: str) -> bool:
    """The part of a sentence after its ；opens on a case of its own, a verb and what it is done to, closed by 的 (新建库容500吨
    以上冷藏保鲜设施的，…; 新购置…设备，设备投资额在50万元以上的), not on a band of the earlier part's (年营业收入5000万元以上的)."""
    parts = re.sub(r"^(?:同时|另外|此外|另|再)", "", ITEM_NUMBER.sub("", opening)).split("，")  # (同时购置…的)
    first = "，".join(parts[:2]) if len(parts) > 2 and parts[1].endswith("的") else parts[0]  # (新购置…，…以上的)
    return first.endswith("的") and first.startswith(words("instruments", "case_verbs"))


def later_case(between: str) -> str:
    """A case of its own (建设集中贮存中心的) opening a clause after an amount granted, between whom a 对X clause named and
    the amount's clause (对X，每个给予5万元，建设…的，按…给予补助): that case is whom the later amounts are for; "" otherwise."""
    clauses = between.split("，")
    for k in range(len(clauses) - 1, 0, -1):
        if own_case(clauses[k]) and not re.search(r"\d", clauses[k]):
            return clauses[k] if AMOUNT.search("，".join(clauses[:k])) else ""
    return ""

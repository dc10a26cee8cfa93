"""Development zones as the place of their own bodies: 双阳经济开发区党工委 and 某某高新区管委会 are the zone's party
working committee and its administrative committee. A zone is named by its own words before a kind of zone; a kind
alone (开发区党工委) names no one zone's body."""
from __future__ import annotations

import re

from .lexicon import alternation, memo, words

ZONE_NAME = 6  # characters at most of a zone's own name before its kind


@memo(maxsize=1)
def zone_prefix() -> re.Pattern[str]:
    """A zone at the start of a name: two to six characters of its own (no verb or preposition of a clause, no word
    of a whole: 全市, 各; not a level, 国家级) and a kind of zone (经济开发区, 高新区 …)."""
    not_starts = "".join(words("organisations", "not_place_starts"))
    inside = "".join(c for c in words("organisations", "not_place_inside") if c != "经")  # (经济开发区: no 经 "through")
    return re.compile(rf"(?![{not_starts}])(?:(?![{inside}])[\u4e00-\u9fff]){{2,{ZONE_NAME}}}?(?<!级)"
                      rf"(?:{alternation(words('organisations', 'zone_kinds'))})")  # (not 国家级开发区: a level's)


def no_one_zone(place: str) -> bool:
    """A place that ends with a kind of zone but names no one zone: the kind alone (开发区) or a level's (国家级开发区)."""
    return place.endswith(tuple(words("organisations", "zone_kinds"))) and zone_prefix().fullmatch(place) is None

"""extractors/measures/plans.py: what a sentence says is still to come (a news story's programme for the year, a span
ahead)."""
from __future__ import annotations

import pytest

from kit import extract
from policykg.extractors.measures.plans import future_span


def test_what_a_news_story_of_the_years_first_half_says_is_added_this_year_is_its_programme():
    def rows(sentence: str, doc: str) -> list[str]:
        r = extract(f"# 《新闻联播》 ({doc})\n\n### 要闻\n\n" + sentence + "\n", f"{doc}.md")
        return [m.indicator for m in r.measures("observation")]
    assert rows("湖南今年在80个县新建500个高标准示范片，推广良种良法。", "20250305") == []  # (March: what is planned)
    assert rows("今年1—4月，各地开行旅游专列300多列，同比增长20%。", "20250510")[0] == "开行旅游专列"  # (months so far)
    assert rows("湖南今年已新建500个高标准示范片。", "20250505") == ["新建高标准示范片"]  # (已: done)


@pytest.mark.parametrize("text, ahead", [
    ("未来四年在某省投资", True), ("今后5年新建", True), ("未来一段时间", True),
    ("过去五年投资", False), ("未来产业", False),  # (未来 naming a kind of industry, no span)
])
def test_a_span_ahead(text, ahead):
    assert future_span(text) is ahead

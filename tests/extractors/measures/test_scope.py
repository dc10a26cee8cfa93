"""extractors/measures/scope.py: whose a figure is when its own words do not say."""
from __future__ import annotations

from kit import extract

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def test_later_figures_are_of_the_area_the_first_figure_measures():
    sentence = "目前，青岚新区总开发面积覆盖180平方公里，总建筑面积达3200万平方米，新建道路650公里。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("青岚新区总开发面积覆盖", ""), ("总建筑面积", "青岚新区"), ("新建道路", "青岚新区")]

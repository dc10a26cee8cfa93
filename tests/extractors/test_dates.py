"""extractors/dates.py: DATE mentions with their role (deadline, as-of, since,
period), the end of a range, and whether they were resolved against the
document's date."""
from __future__ import annotations

import pytest

from kit import extract

NEWS = """\
---
title: 某地经济运行情况
date: 2023-05-06
---
{}
"""


def date_mentions(sentence: str):
    r = extract(NEWS.format(sentence), "news.md")
    return [(m.text, m.key, m.attr("role"), m.attr("until"), m.attr("relative")) for m in r.mentions("DATE")]


@pytest.mark.parametrize("sentence, expected", [
    ("到2025年，建成基站10万个。", ("到2025年", "2025", "deadline", "", "")),
    ("2025年底前完成改造。", ("2025年底前", "2025-12", "deadline", "", "")),
    ("截至2022年底，累计建成基站8万个。", ("截至2022年底", "2022-12", "asof", "", "")),
    ("2021年以来，累计投资100亿元。", ("2021年以来", "2021", "since", "", "")),
    ("“十四五”期间，全省建设园区20个。", ("“十四五”期间", "2021", "period", "2025", "")),
    ("今年一季度，全省工业增加值增长6%。", ("今年一季度", "2023-01", "", "2023-03", "1")),
    ("2017年11月27日，某某会议召开。", ("2017年11月27日", "2017-11-27", "", "", "")),
    ("去年，全省工业增加值增长4%。", ("去年", "2022", "", "", "1")),
])
def test_date_mentions(sentence, expected):
    assert expected in date_mentions(sentence)


def test_date_mentions_point_into_the_text():
    r = extract(NEWS.format("到2025年，建成基站10万个。2023年3月，某某平台上线。"), "news.md")
    for m in r.mentions("DATE"):
        assert r.document.text[m.start:m.end] == m.text

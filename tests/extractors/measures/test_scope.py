"""extractors/measures/scope.py: whose a figure is when its own words do not say — the topic its sentence opens with."""
from __future__ import annotations

from kit import extract

REVIEW = "2026年某省政府工作报告\n一、2025年工作回顾\n"


def test_a_later_figure_is_of_the_projects_the_sentence_opens_with():
    r = extract(REVIEW + "重点招商项目投资完成额增长9.5%、制造业占比超60%。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("重点招商项目投资完成额", ""), ("制造业占比", "重点招商项目")]  # (the share is of the projects' investment)

"""extractors/measures/works.py: the works a count's clause closes on are part of what it counts."""
from __future__ import annotations

import pytest

from kit import extract


@pytest.mark.parametrize("sentence, indicators", [
    ("完成360万吨水泥产能、120台工业窑炉超低排放改造。", ["水泥产能超低排放改造", "工业窑炉超低排放改造"]),  # (works of both)
    ("完成86公里电力线入地和路灯杆整治。", ["电力线入地和路灯杆整治"]),  # (two works joined by 和)
    ("完成320个行政村生活污水和45个农村黑臭水体治理。", ["行政村生活污水治理", "农村黑臭水体治理"]),  # (not 生活污水黑臭水体治理)
])
def test_the_works_closing_a_clause_are_done_to_each_thing_counted(sentence, indicators):
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == indicators

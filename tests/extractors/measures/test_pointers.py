"""extractors/measures/pointers.py: what a bare measure points back to — here, a market a share is of is no site."""
from __future__ import annotations

from kit import extract

REPORT = ("2026年临安区人民政府工作报告\n——2026年1月8日在临安区第四届人民代表大会第五次会议上\n各位代表：\n"
          "一、2025年工作回顾\n{sentence}\n")


def test_a_measure_after_a_share_of_a_market_is_not_the_markets():
    sentence = "竹产品出口占全国市场份额比上年提高0.2个百分点；城镇调查失业率控制在3.5%以内。"
    got = [m.indicator for m in extract(REPORT.format(sentence=sentence), "gzbg-2026-98.txt").measures("observation")]
    assert got == ["竹产品出口占全国市场份额", "城镇调查失业率"]  # (not 竹产品出口占全国市场城镇调查失业率)

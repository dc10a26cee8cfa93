"""extractors/measures/pointers.py: what a bare measure points back to — here, a market a share is of is no site."""
from __future__ import annotations

from kit import extract

REPORT = ("2026年临安区人民政府工作报告\n——2026年1月8日在临安区第四届人民代表大会第五次会议上\n各位代表：\n"
          "一、2025年工作回顾\n{sentence}\n")


def test_a_measure_after_a_share_of_a_market_is_not_the_markets():
    sentence = "竹产品出口占全国市场份额比上年提高0.2个百分点；城镇调查失业率控制在3.5%以内。"
    got = [m.indicator for m in extract(REPORT.format(sentence=sentence), "gzbg-2026-98.txt").measures("observation")]
    assert got == ["竹产品出口占全国市场份额", "城镇调查失业率"]  # (not 竹产品出口占全国市场城镇调查失业率)


def test_a_news_forecast_opening_on_a_class_word_is_of_the_one_the_item_named_last():
    def forecasts(heading: str, body: str) -> list[str]:
        text = f"# 《新闻联播》 (20251114)\n\n### {heading}\n\n{body}\n"
        return [m.indicator for m in extract(text, "20251114.md").measures("forecast")]
    body = "在湘钒新材料股份有限公司的生产车间，一批高纯锑正在装箱。公司预计全年营业收入将突破38亿元。"
    assert forecasts("某地锑产业向新材料要增量", body) == ["湘钒新材料股份有限公司全年营业收入"]  # (not 公司…: any firm's)
    body = "今年1至10月，闽尾港区完成货物吞吐量1986万吨，同比增长12.4%。随着航道工程投用，港区预计全年货物吞吐量将突破2400万吨。"
    assert forecasts("闽尾港区吞吐量稳步增长", body) == ["闽尾港区全年货物吞吐量"]

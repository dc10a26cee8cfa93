"""extractors/measures/sources.py: a news sentence that reports what a policy named before it says (意见提出，…达到…)
gives that policy's targets, not observations (issue 13, class 3)."""
from __future__ import annotations

from kit import extract

NEWS = "# 《新闻联播》 (20250310)\n\n### 要闻\n\n{text}\n\n### 另一条新闻\n\n{after}\n"


def measures(text: str, after: str = "今天天气晴。") -> list[tuple[str, str, str, str]]:
    r = extract(NEWS.format(text=text, after=after), "20250310.md")
    return [(m.kind, m.indicator, m.policy, m.time) for m in r.measures()]


def test_a_policy_referred_to_by_its_kind_sets_targets():
    got = measures("国家林草局近日印发《2025年国土绿化工作指导意见》。意见提出，2025年全国完成造林面积达到6000万亩。"
                   "意见明确，森林覆盖率提高到25.5%左右。")
    assert ("target", "造林面积", "2025年国土绿化工作指导意见", "2025") in got
    assert ("target", "森林覆盖率", "2025年国土绿化工作指导意见", "") in got
    assert not [g for g in got if g[0] == "observation"]


def test_a_kind_named_by_no_title_before_it_refers_to_nothing():
    got = measures("今年以来，全国造林面积达到2000万亿亩。", after="意见提出，森林覆盖率提高到25.5%左右。")
    assert not [g for g in got if g[2]]


def test_a_policy_named_in_another_news_item_is_not_referred_to():
    got = measures("国家林草局近日印发《2025年国土绿化工作指导意见》。", after="方案提出，湿地保护率提高到55%左右。")
    assert not [g for g in got if g[1] == "湿地保护率" and g[2]]


def test_an_amount_of_money_a_policy_sets_is_no_figure():
    got = measures("两部门印发《关于调整城乡居民养老保险待遇的通知》。通知明确，城乡居民基础养老金最低标准每人每月提高到"
                   "150元。")
    assert not [g for g in got if g[1].endswith("标准")]

"""extractors/measures/counted.py: the thing counted right after a number — past a qualifying clause, up to a
word that is no part of it, and no figure when the things are only seen doing something."""
from __future__ import annotations

import pytest

from kit import extract


def test_an_adverb_after_what_is_counted_is_no_part_of_it():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n15个“某某”风貌保护试点稳步推进，30个重点项目顺利推进，"
                "56个土地综合整治项目扎实推进。\n", "gzbg_2026-01-20.txt")
    assert sorted(m.indicator for m in r.measures("observation")) == ["土地综合整治项目", "某某风貌保护试点", "重点项目"]


def test_a_property_before_de_qualifies_what_is_counted():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全省推广753个区域适应性的主导品种。\n", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["主导品种"]


def test_one_count_before_two_kinds_of_one_head_joined_by_he_is_of_both():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新建120个乡镇综合服务中心和养老配送中心。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新建乡镇综合服务中心和养老配送中心"]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n培育50家龙头企业和一批配套企业。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["培育龙头企业"]  # (a second thing with a count of its own)


@pytest.mark.parametrize("sentence, indicator", [
    ("截至6月末，两家电网企业的充电桩接入总数达120万个。", "电网企业的充电桩接入总数"),  # a body's, a longer noun phrase
    ("目前，全国提供居家上门服务的机构已超过8万个。", "提供居家上门服务的机构"),  # a verb and its object say which
    ("去年，甲国与东南亚地区各国的贸易总额达到5000亿元。", "甲国与东南亚地区各国的贸易总额"),
])
def test_a_qualifier_before_de_that_says_which_things_stays(sentence, indicator):
    r = extract(f"# 《新闻联播》 (20250702)\n\n### 某某\n\n{sentence}\n", "20250702.md")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_a_place_word_after_de_is_no_thing_counted():
    r = extract("# 《新闻联播》 (20250702)\n\n### 某某\n\n今天，我国自主设计的国内首台50兆瓦燃气轮机投入运行。\n", "20250702.md")
    assert not any(m.indicator.endswith("国内") for m in r.measures())


def test_a_count_of_works_joined_by_he_counts_both_works():
    def names(sentence: str) -> list[str]:
        item = "# 《新闻联播》 (20251102)\n\n### 要闻\n\n" + sentence + "\n"
        return [m.indicator for m in extract(item, "20251102.md").measures("observation")]
    assert names("今年全省已推进35个中型灌区建设和现代化改造。") == ["中型灌区建设和现代化改造"]  # (not 中型灌区建设)
    assert "湿地生态保护" not in names("我国已实施了12个湿地生态保护和修复重大工程。")  # (the works, not the protection)


def test_what_the_things_a_story_counts_are_seen_doing_is_no_figure():
    def names(sentence: str) -> list[str]:
        item = "# 《新闻联播》 (20250612)\n\n### 要闻\n\n" + sentence + "\n"
        return [m.indicator for m in extract(item, "20250612.md").measures("observation")]
    assert names("在河南某县，当地调集了260多台收割机加紧抢收。") == []  # (not 收割机加紧抢收)
    assert names("目前，某园区1200栋厂房拔地而起。") == []
    assert names("今年已有6座抽水蓄能电站启动建设。") == ["抽水蓄能电站启动建设"]  # (what happened to them: counted)


def test_a_count_of_a_packages_items_or_a_releases_scope_is_no_figure():
    def names(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert names("省政府承诺的12件民生实事全部兑现。") == []  # (the package's own items)
    assert names("统计部门按月发布35个大中城市二手住宅销售价格变动情况。") == []  # (the release's scope)


def test_a_place_of_first_releases_is_counted_whole():
    r = extract("某省首发经济行动方案\n一、主要目标\n到2028年，培育15个左右具有全国影响力的新品首发地。\n", "p.txt")
    assert [m.indicator for m in r.measures("target")] == ["培育新品首发地"]  # (not 培育新品: 首发 is no adverb here)


def test_a_term_opening_on_an_adverbs_word_is_counted_whole():
    r = extract("某市城市绿色货运配送实施方案\n一、主要目标\n到2027年，建设城市公共配送中心20个、末端共同配送网点800个。\n", "p.txt")
    assert "末端共同配送网点" in {m.indicator for m in r.measures("target")}  # (not 配送网点: 共同 opens a term)


def test_the_things_in_which_something_was_done_are_no_figure():
    text = "2026年某市政府工作报告\n一、2025年工作回顾\n我市在东湖片区、南门片区等3个征收项目中开展房票安置试点。\n"
    assert [m.indicator for m in extract(text, "gzbg-2026-99.txt").measures()] == []

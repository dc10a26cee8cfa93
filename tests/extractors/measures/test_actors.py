"""Who acts in a figure's clause (policykg.extractors.measures.actors)."""
from __future__ import annotations

from kit import extract

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def subjects(sentence: str) -> list[tuple[str, str]]:
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    return [(m.indicator, m.subject) for m in r.measures("observation")]


def test_a_counted_group_that_acts_is_the_figures_subject():
    assert subjects("据统计，全国15个跨境电商综试区去年共完成跨境电商进出口800亿元。") == [
        ("跨境电商进出口", "全国15个跨境电商综试区")]
    assert ("合作项目", "30家民营企业") in subjects("记者获悉，30家民营企业与某省签署了120个合作项目。")


def test_a_group_that_is_itself_counted_or_named_in_the_indicator_is_no_subject():
    assert subjects("全国已建成国家级数字服务出口基地12个。") == [("建成国家级数字服务出口基地", "")]


def test_a_short_measure_right_after_a_counted_group_is_the_groups():
    assert subjects("截至目前，全国共有150家清算机构，年交易量超8000亿笔。") == [
        ("清算机构", ""), ("交易量", "150家清算机构")]
    assert [s for _, s in subjects("全国共有150家清算机构，其他支付机构增长较快，交易额超3万亿元。")] == [""]  # (not
    # the clause after the next: whose 交易额 is not said)


def test_the_group_carries_on_through_the_short_measures_after_it_and_past_the_verb_of_what_it_did():
    assert subjects("截至目前，全国已有800余处大型灌区开灌，累计供水量15亿立方米，灌溉面积超过2000万亩。") == [
        ("大型灌区开灌", ""), ("供水量", "800余处大型灌区"), ("灌溉面积", "800余处大型灌区")]


def test_a_change_carried_from_the_figure_before_shares_its_subject_and_time():
    r = extract(NEWS_ITEM.format(sentence="全国15个跨境电商综试区去年共完成跨境电商进出口800亿元，同比增长20.5%。"), "20250402.md")
    assert [(m.indicator, m.time, m.subject) for m in r.measures("observation")] == [
        ("跨境电商进出口", "2024", "全国15个跨境电商综试区"), ("跨境电商进出口", "2024", "全国15个跨境电商综试区")]


def test_a_central_enterprise_named_by_its_short_name_that_acts_is_the_subject():
    assert subjects("截至目前，南方电网已累计投入抢修人员1.2万多人。") == [("投入抢修人员", "中国南方电网有限责任公司")]


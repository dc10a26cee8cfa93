"""extractors/measures/shared.py: what a figure takes from the words before it — elided list items, investment
in China, a count for each of a kind, what a total is the total of."""
from __future__ import annotations

import pytest

from kit import extract

REVIEW = "2026年某省政府工作报告\n一、2025年工作回顾\n"


def test_numerals_listed_before_an_indicator_that_share_its_rest_stay_with_it():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n社区医院预约二、三级医院专家号源20万个。一、二、三产业增加值分别增长3%、5%、6%。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")][:2] == ["社区医院预约二、三级医院专家号源", "一产业增加值"]


def test_a_countrys_investment_after_investment_in_china_is_its_investment_in_china():
    item = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n前5个月，发达国家对我国投资保持增长，荷兰、瑞典投资分别增长56.1%、32.4%。\n"
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["荷兰对华投资", "瑞典对华投资"]


def test_a_count_for_each_of_a_kind_says_so():
    r = extract(REVIEW + "每个试点镇培育起2个以上特色产业，全省新增专精特新企业300家。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["每个试点镇特色产业", "新增专精特新企业"]


def test_a_total_alone_after_a_count_in_its_clause_is_of_what_was_counted():
    r = extract(REVIEW + "全年接待游客2.5亿人次、总花费超过3000亿元。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["接待游客", "游客总花费"]  # (not everyone's 总花费)


@pytest.mark.parametrize("sentence, indicators", [
    ("全年接待游客2亿人次，总花费超过3000亿元。", ["接待游客", "游客总花费"]),  # (the clause right after it)
    ("全年签约合作项目30余个，总金额达500亿元。", ["签约合作项目", "签约合作项目总金额"]),  # (what was signed)
])
def test_a_total_opening_the_clause_after_a_figure_is_of_what_it_counts(sentence, indicators):
    assert [m.indicator for m in extract(REVIEW + sentence, "gzbg_2026-01-20.txt").measures()] == indicators


def test_a_word_of_one_character_before_the_item_shares_its_rest_and_the_name_before_it():
    r = extract("某地新闻\n截至2025年底，全省中小学校少先队大、中队辅导员12.5万名。")
    assert [m.indicator for m in r.measures("observation")] == ["中小学校少先队大、中队辅导员"]  # (not 中队辅导员)


@pytest.mark.parametrize("sentence, indicator", [
    ("今年以来，秋粮收购总体平稳，收购量超过2000万吨。", "秋粮收购量"),
    ("目前油菜籽收割接近尾声，收割面积1500万亩。", "油菜籽收割面积"),
])
def test_a_short_measure_of_an_activity_takes_what_the_clause_before_says_it_is_of(sentence, indicator):
    item = f"# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == [indicator]
    assert "持续收购量" not in [m.indicator for m in extract(item.replace(sentence, "今年以来持续收购进展顺利，收购量达到800万吨。"),
                                                          "20250402.md").measures("observation")]  # (a manner)


def test_a_short_measure_takes_the_qualifier_of_the_same_activity_counted_before():
    item = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n意大利当天通报新增流感确诊病例2100例，累计确诊病例达到4.5万例。\n"
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["意大利流感确诊病例"]
    item = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n自春运首日车票发售以来，已累计发售火车票超1.6亿张。\n"
    assert "车票发售火车票" not in [m.indicator for m in extract(item, "20250402.md").measures("observation")]


def test_a_bare_rate_right_after_a_count_of_things_is_a_rate_of_those_things():
    r = extract("# 《新闻联播》 (20250620)\n\n### 某某\n\n目前，我国公共图书馆总数达3300家，免费开放率达95%以上。\n", "20250620.md")
    assert "公共图书馆免费开放率" in [m.indicator for m in r.measures("observation")]  # (not a bare 免费开放率)


def test_a_count_for_each_of_a_kind_stops_at_the_adverb_before_its_verb():
    r = extract("某市夜间经济方案\n一、主要任务\n每个示范街区至少引进特色餐饮门店8家。\n")
    assert [m.indicator for m in r.measures("target")] == ["每个示范街区引进特色餐饮门店"]  # (not the words twice)


def test_a_count_for_each_of_a_kind_and_period_says_both_and_at_least():
    r = extract("某区垃圾分类方案\n一、主要任务\n每个社区每季度至少开展3次入户宣传活动。\n")
    assert [(m.indicator, m.quantity.comparator) for m in r.measures("target")] == [("每个社区每季度入户宣传活动", ">=")]


def test_exports_and_imports_after_qizhong_are_the_named_trades():
    r = extract("# 《新闻联播》 (20251020)\n\n### 要闻\n\n前三季度，我国跨境电商进出口2.1万亿元，其中出口1.6万亿元、进口5000亿元。\n",
                "20251020.md")
    assert [m.indicator for m in r.measures("observation")] == ["跨境电商进出口", "跨境电商出口", "跨境电商进口"]


def test_a_planned_investment_right_after_a_count_of_projects_is_theirs():
    r = extract("2026年某县人民政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第六次会议上\n各位代表：\n"
                "二、2026年工作安排\n实施重点项目150个，年度计划投资120亿元以上。\n", "gzbg-2026-96.txt")
    assert "重点项目年度计划投资" in [m.indicator for m in r.measures("target")]


def test_a_bare_volume_over_a_span_takes_the_mode_of_transport_the_sentence_names():
    news = ("# 《新闻联播》 (20260126)\n\n### 2026年春运下周启动\n\n央视网消息（新闻联播）：2026年春运将于2月2日开始，3月13日"
            "结束，共40天。交通运输部有关负责人介绍，预计今年春运期间全社会跨区域人员流动量将达到93亿人次。铁路方面，预计春运期间"
            "发送旅客5.1亿人次，日均1280万人次，同比增长4.6%；今年春运全国铁路将投入运力比去年增加5%。\n")
    r = extract(news, "20260126.md")
    assert {m.indicator for m in r.measures("forecast")} >= {"春运期间铁路发送旅客", "日均春运期间铁路发送旅客"}


def test_people_a_scheme_reaches_keep_the_scheme_the_clause_before_names():
    r = extract("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n"
                "一、2025年工作回顾\n全县地区生产总值增长5%。\n二、2026年工作安排\n3.实施农村饮水安全提升工程，惠及群众3万人；\n",
                "gzbg-2026-94.txt")
    assert [m.indicator for m in r.measures("target")] == ["农村饮水安全提升工程惠及群众"]


@pytest.mark.parametrize("sentence, rate", [
    ("清退违规占用耕地项目86宗，化解率96%。", "清退违规占用耕地项目化解率"),
    ("受理欠薪投诉案件420件，办结率98.5%。", "受理欠薪投诉案件办结率"),
])
def test_a_bare_rate_of_getting_a_task_done_is_the_tasks_before_it(sentence, rate):
    r = extract(REVIEW + sentence + "\n", "gzbg-2026-98.txt")
    assert rate in {m.indicator for m in r.measures("observation")}


def test_a_bare_rate_after_a_clause_of_a_time_or_place_is_not_joined_to_it():
    r = extract(REVIEW + "今冬以来某市累计受理供热投诉3200件，办结率98.7%。\n", "gzbg-2026-98.txt")
    assert not any(m.indicator.endswith("办结率") and len(m.indicator) > 3 for m in r.measures("observation"))


def test_a_task_rate_after_two_items_done_by_one_verb_is_of_both():
    r = extract(REVIEW + "办理人大代表建议52件、政协委员提案61件，办复率100%。\n", "gzbg-2026-98.txt")
    assert "办理人大代表建议和政协委员提案办复率" in {m.indicator for m in r.measures("observation")}


def test_those_reached_by_the_works_a_lists_item_before_names_keep_the_works():
    text = ("2026年某县政府工作报告\n二、2026年工作安排\n改造老旧小区15个、惠及居民2000户以上。"
            "开工改造城镇老旧小区30个、惠及住户5000户。\n")
    names = [m.indicator for m in extract(text, "gzbg-2026-99.txt").measures("target")]
    assert names == ["改造老旧小区", "改造老旧小区惠及居民", "开工改造城镇老旧小区", "开工改造城镇老旧小区惠及住户"]


def test_a_capacity_alone_after_a_count_is_of_the_things_counted():
    r = extract("2026年某县政府工作报告\n一、2025年工作回顾\n建成各类苹果气调库380座，储藏能力42万吨。"
                "新建分布式光伏电站36座，装机容量15万千瓦。新增亿元税收楼宇3栋，总部企业达到41家。\n", "gzbg-2026-99.txt")
    names = {m.indicator for m in r.measures("observation")}
    assert {"建成苹果气调库储藏能力", "新建分布式光伏电站装机容量"} <= names and "储藏能力" not in names
    assert "总部企业" in names  # (headquarters, no total of the buildings before)


def test_money_signed_or_in_place_right_after_a_count_of_projects_is_theirs():
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n新引进产业项目52个，签约金额280亿元。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新引进产业项目", "新引进产业项目签约金额"]  # (not a
    # bare 签约金额: the city's whole)


def test_a_bare_value_of_a_chain_right_after_a_products_figure_is_that_products():
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n全市脐橙产量86万吨，全产业链产值152亿元。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")] == ["脐橙产量", "脐橙全产业链产值"]  # (not the city's whole
    # chain of everything)
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n全市鲜笋产量12万吨，综合产值9亿元。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")][-1] == "综合产值"  # (not 鲜笋综合产值: the fresh state only)

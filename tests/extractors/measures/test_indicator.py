"""extractors/measures/indicator.py: the words that name what a number measures."""
from __future__ import annotations

import pytest

from kit import extract

REVIEW = "2026年某省政府工作报告\n一、2025年工作回顾\n"


@pytest.mark.parametrize("sentence, indicator", [
    ("实施城乡供水提质、改造、扩容项目320个。", "城乡供水提质、改造、扩容项目"),  # (not 扩容项目 alone)
    ("省级示范、标杆级数字车间达到48家。", "省级示范、标杆级数字车间"),
    ("社区便利店、品牌连锁店销售额合计增长8.2%。", "社区便利店、品牌连锁店销售额"),
])
def test_one_value_after_kinds_listed_without_values_is_of_them_all(sentence, indicator):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


@pytest.mark.parametrize("sentence, indicator", [
    ("完成投资、开工项目120个。", "开工项目"),  # (a measure of its own before: 投资)
    ("义务教育巩固率、高中阶段毛入学率超过95%。", "高中阶段毛入学率"),  # (a rate of its own before)
    ("河北、山西两地游客接待量超过1亿人次。", "两地游客接待量"),  # (places, which the region says)
])
def test_kinds_before_that_measure_or_place_on_their_own_are_not_joined(sentence, indicator):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")][-1] == indicator


def test_a_yearly_average_after_respectively_is_each_values():
    r = extract(REVIEW + "城镇和农村居民人均消费支出分别年均增长5.1%、7.3%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == [
        "城镇居民人均消费支出年均增长", "农村居民人均消费支出年均增长"]  # (not the second bare)
    r = extract(REVIEW + "数字经济核心产业和装备制造业增加值年均增长9%、6.4%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == [
        "数字经济核心产业增加值年均增长", "装备制造业增加值年均增长"]  # (a list's 年均, with no 分别)


def test_a_part_by_direction_takes_the_words_of_the_whole_named_before():
    sentence = "3月份，全国铁路旅客发送量达3.2亿人次，同比增长8%；国内、国际旅客发送量分别同比增长7.5%和21.3%。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    assert [m.indicator for m in r.measures("observation")][-2:] == ["铁路国内旅客发送量", "铁路国际旅客发送量"]


@pytest.mark.parametrize("sentence, indicator, region", [
    ("今年前4个月，内地与澳门贸易进出口值达500亿元。", "内地与澳门贸易进出口值", ""),  # (not 澳门's own trade)
    ("一季度，福建与台湾进出口总值达300亿元。", "与台湾进出口总值", "福建省"),  # (福建's, with 台湾)
    ("澳门回归25年来内地与澳门贸易值年均增长5.2%。", "内地与澳门贸易值年均增长", None),  # (the pair opens it)
])
def test_the_other_side_of_a_trade_is_part_of_what_is_measured_not_where(sentence, indicator, region):
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    found = r.measures("observation")[0]
    assert found.indicator == indicator and (region is None or found.region == region)


def test_a_bare_rate_after_a_count_of_its_stem_takes_the_counts_scheme():
    r = extract(REVIEW + "新增医疗保险参保人数230万人，参保率达97%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新增医疗保险参保人数", "医疗保险参保率"]  # (not 参保率)


def test_a_bare_measure_after_a_figure_of_a_named_site_is_that_sites():
    r = extract(REVIEW + "青州港集装箱吞吐量增长12%，货物吞吐量增长5%。")
    assert [m.indicator for m in r.measures("observation")] == ["青州港集装箱吞吐量", "青州港货物吞吐量"]
    r = extract(REVIEW + "十四五期间，青州港新增集装箱航线12条，海洋经济规模突破800亿元。")
    assert "青州港海洋经济规模" not in [m.indicator for m in r.measures("observation")]  # (a whole place's measure)


def test_a_count_after_an_example_keeps_the_verb_before_the_example():
    r = extract(REVIEW + "新开工青石巷等6个城市更新项目，开通某某至某某等12条货运航线。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新开工城市更新项目", "开通货运航线"]


def test_a_bare_measure_after_a_kind_of_site_is_that_sites_and_its_change_keeps_the_name():
    item = ("# 《新闻联播》 (20250402)\n\n### 要闻\n\n前两个月，全国港口集装箱吞吐量为5100万标箱，同比增长4.2%；"
            "货物吞吐量为27亿吨，同比增长3.1%。\n")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == [
        "港口集装箱吞吐量", "港口集装箱吞吐量", "港口货物吞吐量", "港口货物吞吐量"]


def test_a_place_inside_a_quoted_name_stays_in_the_indicator():
    r = extract(REVIEW + "“浙江精品”认证产品增至860个，“珠海一号”遥感卫星增至12颗。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["“浙江精品”认证产品", "“珠海一号”遥感卫星"]


def test_a_count_of_things_over_a_threshold_keeps_the_threshold_as_its_qualifier_and_condition():
    r = extract(REVIEW + "全省营业收入超百亿元的企业达到25家。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.condition, m.quantity.value) for m in r.measures("observation")] == [
        ("营业收入超百亿元的企业", "营业收入超百亿元", 25)]  # (not dropped: the 百亿元 qualifies, it is not a figure)


def test_a_zone_named_after_its_city_keeps_the_city_in_the_indicator():
    r = extract("2026年甘肃省政府工作报告\n一、2025年工作回顾\n兰州新区经济总量突破500亿元。\n", "gzbg-2026-98.txt")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("兰州新区经济总量", "兰州市")]  # (not 新区…)


def test_a_time_between_a_class_of_firms_and_its_measure_is_cut_out_not_a_break():
    r = extract("# 《新闻联播》 (20250620)\n\n### 某某\n\n全国规上文化企业今年上半年营业收入增长7.5%。\n", "20250620.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("规上文化企业营业收入", "2025-06")]


def test_names_listed_after_an_addition_verb_stay_with_the_last_one():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新增城市书房、农家书屋230个，新发现铜、铅锌、锂矿产地30处。\n",
                "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "新增城市书房、农家书屋" in names  # (the 230 are both kinds, not 农家书屋 alone)
    assert "新发现铜、铅锌、锂矿产地" in names  # (the 30 are of all three, not of 锂 alone)


def test_an_addition_verb_before_another_verb_stays_with_it():
    def names(sentence: str) -> list[str]:
        r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
        return [m.indicator for m in r.measures("observation")]
    assert names("“十四五”时期，全国新增布局30个国家医学中心。") == ["新增布局国家医学中心"]
    assert names("今年以来，全国开工建设120项重大水利工程。") == ["开工建设重大水利工程"]


def test_adverbs_after_a_time_leave_the_name_before_it():
    r = extract("# 《新闻联播》 (20241116)\n\n### 要闻\n\n美国政府债务规模15日首次超过30万亿美元。\n", "20241116.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("美国政府债务规模", "2024-11-15")]


def test_a_task_after_a_sites_figure_is_not_the_sites():
    r = extract("大连市海洋经济发展规划\n一、主要目标\n到2027年，大连港集装箱吞吐量达到800万标准箱；建成海洋牧场示范区30个。\n")
    assert [m.indicator for m in r.measures("target")] == ["大连港集装箱吞吐量", "建成海洋牧场示范区"]  # (not 大连港建成…)


def test_a_daily_average_of_a_cumulative_total_is_not_cumulative():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n端午节假期，全国移民管理机构累计保障出入境人员660万人次，日均220万人次。\n",
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")][1:] == ["移民管理机构日均保障出入境人员"]


def test_what_drove_a_figure_stays_in_its_indicator_and_in_the_list_it_drove():
    r = extract("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n"
                "一、2025年工作回顾\n家电以旧换新带动冰箱销售1.2万台、洗衣机销售0.8万台。\n二、2026年工作安排\n新建5G基站800个。\n",
                "gzbg-2026-94.txt")
    assert [m.indicator for m in r.measures("observation")] == ["家电以旧换新带动冰箱销售", "家电以旧换新带动洗衣机销售"]


def test_a_verb_of_connecting_or_installing_stays_with_what_it_counts():
    r = extract("某县数字乡村实施方案\n一、主要目标\n到2025年，建成县级数字乡村综合服务平台，接入涉农业务系统12个以上。\n", "plan.txt")
    assert [m.indicator for m in r.measures("target")] == ["接入涉农业务系统"]  # (not the county's stock of systems)


def test_a_share_ends_at_its_head_whatever_follows():
    r = extract("某地新闻\n全省规模以上工业企业研发投入占营业收入比重连续三年超过2%。")
    assert [m.indicator for m in r.measures("observation")] == ["规模以上工业企业研发投入占营业收入比重"]  # (not …比重比重)


def test_a_news_figure_of_a_firm_the_story_does_not_name_is_not_written():
    r = extract("# 《新闻联播》 (20241019)\n\n### 要闻\n\n在某地，一家轴承企业的车间里机器人正在装配。"
                "企业还组建了300多人的研发团队，研发投入占营业收入比重连续三年超过5%。\n", "20241019.md")
    assert r.measures() == []


def test_an_average_of_a_measure_named_whole_earlier_in_the_sentence_names_it_whole():
    def forecasts(sentence: str) -> list[str]:
        text = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n"
        return [m.indicator for m in extract(text, "20250402.md").measures("forecast")]
    assert forecasts("国家邮政局预计，6月份快递业务量将保持恢复性增长态势，日均业务量有望达到3.2亿件左右。") == ["日均快递业务量"]
    assert forecasts("预计今天全社会跨区域人员流动量3亿人次，单日人员流动量继续保持在3亿人次以上。")[-1] == "单日人员流动量"
    # (跨|区域: no word of its own to add)


def test_a_bare_measure_after_a_figure_of_a_named_zone_is_the_zones_but_not_the_whole_places():
    from kit import extract
    text = ("2026年某县政府工作报告\n一、2025年工作回顾\n龙山经开区实现规上工业产值120亿元，亩均税收达到15万元。"
            "龙山综合保税区进出口额突破80亿元，全市外贸进出口完成300亿元。\n")
    names = [m.indicator for m in extract(text, "gzbg-2026-99.txt").measures("observation")]
    assert "龙山经开区亩均税收" in names and "外贸进出口" in names


def test_a_per_head_basis_after_the_level_verb_opens_the_indicator():
    text = ("某市基层医疗卫生能力提升方案\n一、工作目标\n到2028年，全科医生达到每万人口4.5名，"
            "公共场所自动体外除颤器配置达到每10万人口25台以上。\n")
    names = [m.indicator for m in extract(text, "plan.txt").measures("target")]
    assert names == ["每万人口全科医生", "每10万人口公共场所自动体外除颤器配置"]  # (not …达到每10万人口)


def test_a_seed_grade_word_is_no_numeral_cut_off_the_indicator():
    r = extract(REVIEW + "全县桑园面积达到8万亩，良种桑园占比超过90%，良种对蚕茧增产的贡献率达到30%。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "良种桑园占比" in names and "桑园占比" not in names  # (良种 is a word, not a number)
    assert "良种对蚕茧增产贡献率" in names


def test_a_towns_share_of_a_task_is_no_indicator_and_a_share_drops_the_level_verb():
    text = ("某县再生稻生产扶持方案\n一、工作目标\n2025年各乡镇再生稻面积任务为：东湖镇4.2万亩、西岭镇3.8万亩。\n")
    assert [m.indicator for m in extract(text, "plan.txt").measures("target")] == []  # (not 东湖镇 = 4.2万亩)
    r = extract(REVIEW + "新能源装机容量达到286万千瓦、占全市电力总装机的38.5%，其中光伏162万千瓦。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "新能源装机容量占全市电力总装机比重" in names  # (not …达到占…)
    assert not any(n.endswith("比重") and n.startswith("光伏") for n in names)  # (the part is of the capacity)


def test_a_bare_rate_after_a_capacity_takes_what_the_capacity_is_of_but_not_a_scope_or_a_verb():
    r = extract("某市资源循环利用实施方案\n一、主要目标\n到2028年，废旧动力电池综合利用能力达到20万吨/年、综合利用率达到90%以上。\n",
                "plan.txt")
    assert [m.indicator for m in r.measures("target")] == ["废旧动力电池综合利用能力", "废旧动力电池综合利用率"]
    r = extract(REVIEW + "全市建成秸秆收储中心52个，秸秆收储率达到88%。\n", "gzbg-2026-99.txt")
    assert "秸秆收储率" in [m.indicator for m in r.measures("observation")]

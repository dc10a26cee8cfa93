"""extractors/measures/bases.py: over which base a change is stated (较2018年, a span the sentence opens on)."""
from __future__ import annotations

import pytest

from kit import extract

NEWS_ITEM = """# 《新闻联播》 (20250402)

## 详细新闻

### {heading}

央视网消息（新闻联播）：{sentence}
"""

REVIEW = "2026年某省政府工作报告\n一、2025年工作回顾\n"


def reviewed(text: str) -> list[str]:
    """The indicators of the observations a work report's review section reports in ``text``."""
    return [m.indicator for m in extract(REVIEW + text, "gzbg_2026-01-20.txt").measures("observation")]


def test_a_change_over_an_older_base_says_its_base():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="2024年，某国对外贸易总额达到900亿美元，较2018年增长60%以上。"
                                 "2019年以来，某国城市绿地面积增加了35%。全国粮食产量比上年增长1.6%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [
        "对外贸易总额", "对外贸易总额（较2018年）", "城市绿地面积（较2019年）", "粮食产量"]
    assert reviewed("2025年全省旅游收入比2024年增长8%。") == ["旅游收入"]  # (the year before: no base to say)
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="2024年，某国海运货物总量比“十三五”末增长28%。"
                                 "全国铁路、民航投资分别比“十三五”时期增长12%、30%。某国外资企业研发投入8年增长75%。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [
        "海运货物总量（较“十三五”末）", "铁路投资（较“十三五”时期）", "民航投资（较“十三五”时期）", "外资企业研发投入（8年间）"]
    assert reviewed("全省海洋数据总量比“十三五”末期增长3倍。") == ["海洋数据总量（较“十三五”末期）"]
    assert reviewed("全省地区生产总值连续3年增长6%。") == ["地区生产总值"]  # (连续: no span, each year's)
    assert reviewed("全省火灾起数、死亡人数比2019年分别下降41.2%、37.5%。") == [
        "火灾起数（较2019年）", "火灾死亡人数（较2019年）"]  # (the base before 分别 is each item's)
    assert reviewed("全省规上工业增加值比2020年增长35%，高技术制造业增加值增长60%。") == [
        "规上工业增加值（较2020年）", "高技术制造业增加值（较2020年）"]  # (the next clause's rise is over the same base)
    assert reviewed("全省规上工业增加值比上年增长6%，高技术制造业增加值增长9%。") == ["规上工业增加值", "高技术制造业增加值"]


@pytest.mark.parametrize("sentence, indicator", [
    ("某机构发布的报告显示，2022年第一季度至2024年第一季度，某国国内生产总值萎缩了18%。", "国内生产总值（较2022年第一季度）"),
    ("2018年至2023年，全省粮食产量增长12%。", "粮食产量（较2018年）"),
    ("2018年至2023年，全省粮食产量年均增长2%。", "粮食产量年均增长"),  # (a yearly rate needs no base)
])
def test_a_change_over_a_span_the_sentence_opens_on_says_its_base(sentence, indicator):
    assert [m.indicator for m in extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
            .measures("observation")] == [indicator]


def test_a_bare_change_after_a_from_to_clause_is_over_its_span():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="据海关统计，宁波市进出口值从2018年的1.2万亿元增至2023年的1.6万亿元，"
                                 "增幅33.3%。"), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [
        ("宁波市进出口值", "2018"), ("宁波市进出口值", "2023"), ("宁波市进出口值（较2018年）", "")]
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="宁波市进出口值从2024年的1.5万亿元增至2025年的1.6万亿元，增长6.7%。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")][-1] == "宁波市进出口值"  # (the year before: no base to say)


def test_each_value_of_a_list_keeps_the_period_it_is_per():
    r = extract("2026年某市政府工作报告\n——2026年1月9日在某市第十一届人民代表大会第六次会议上\n各位代表：\n一、2025年工作回顾\n"
                "城乡低保标准分别提高到每人每月800元和每人每年6500元。\n", "gzbg-2026-70.txt")
    got = {m.indicator: m.quantity.value for m in r.measures("observation")}
    assert got == {"每月城镇低保标准": 800, "每年农村低保标准": 6500}  # (not 每月 for the yearly one)


def test_a_change_over_the_month_before_says_so():
    """同比 is the base a change reads with; a change 环比 (over the month or quarter before) is another measure and
    says so, or the two rows of one index would contradict each other."""
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="某国统计部门今天公布，该国9月消费价格指数同比上涨3.1%，环比下降0.4%。"
                                 "全国工业生产者出厂价格同比下降1.2%，环比上涨0.3%。"), "20250402.md")
    changes = [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")]
    assert changes == [("工业生产者出厂价格", "-1.2"), ("工业生产者出厂价格（环比）", "0.3")]  # (该国: a pointer, no row)
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="全国工业生产者出厂价格环比上涨0.3%，同比下降1.2%。"), "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("工业生产者出厂价格（环比）", "0.3"), ("工业生产者出厂价格", "-1.2")]  # (the name carried on is the index's)


def test_parallel_changes_after_a_change_month_on_month_share_its_base():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="德国联邦统计局公布，三季度德国国内生产总值环比增长0.4%，其中居民消费"
                                 "环比增长0.9%，政府支出增长0.3%；全年国内生产总值同比增长1.8%。"), "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("德国国内生产总值（环比）", "0.4"), ("德国居民消费（环比）", "0.9"), ("德国政府支出（环比）", "0.3"),
        ("德国国内生产总值", "1.8")]


def test_a_base_compared_with_is_no_indicator():
    """与…相比增长 names the base of the change, not what changed (not 春节假期同期相比)."""
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="国家邮政局数据显示，1月28日至30日，全国邮政快递业揽收快递包裹3.1亿件，"
                                 "与2024年春节假期同期相比增长9.2%。全国国内旅游收入与2019年相比增长12%。"), "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("邮政快递业揽收快递包裹", "310000000"), ("邮政快递业揽收快递包裹", "9.2"), ("国内旅游收入（较2019年）", "12")]


def test_a_multiple_of_an_earlier_years_level_says_its_base_and_is_not_of_that_year():
    r = extract("2026年某市政府工作报告\n一、2025年及“十四五”工作回顾\n“十四五”时期，旅游人数、旅游收入分别是2020年的2.2倍和2.9倍。\n",
                "gzbg-2026-99.txt")
    assert [(m.indicator, str(m.quantity.value), m.time) for m in r.measures("observation")] == [
        ("旅游人数（为2020年的倍数）", "2.2", "2025"), ("旅游收入（为2020年的倍数）", "2.9", "2025")]


def test_a_change_over_an_earlier_quarter_says_its_base():
    text = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n预计二季度全国新开工项目计划总投资将比一季度增长10%以上。\n"
    got = [m.indicator for m in extract(text, "20250402.md").measures("forecast")]
    assert got == ["新开工项目计划总投资（较一季度）"]  # (not the year before's)


def test_each_part_of_a_goals_sentence_is_dated_by_the_year_it_opens_with():
    text = ("某县肉牛产业发展奖补办法\n第一条为促进肉牛产业发展，制定本办法。\n第二条2023年末，全县肉牛存栏12万头。\n"
            "发展目标：2024年，全县肉牛存栏13万头，规模化率达到60%；2025年，存栏14万头，规模化率65%。\n")
    got = {(m.quantity.value, m.time) for m in extract(text, "pkulaw-5.txt").measures("target")}
    assert {(130000, "2024"), (60, "2024"), (65, "2025")} <= got  # (not the baseline's 2023, nor 2024 for all)


def test_a_forecast_whose_name_opens_on_a_year_is_of_that_year_not_the_days():
    sentence = "国际货币基金组织日前发布报告，预计2026年和2027年全球贸易量增速分别为3.1%和3.3%。"
    r = extract(NEWS_ITEM.format(heading="国际货币基金组织发布报告", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("forecast")] == [
        ("2026年全球贸易量增速", "2026"), ("2027年全球贸易量增速", "2027")]  # (not 2025, the day's year)

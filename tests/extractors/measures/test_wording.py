"""extractors/measures/wording.py: what the sentence adds to a figure's name (the figure before a bare change)."""
from __future__ import annotations

from kit import extract

PLAN = "“十四五”某某装备产业发展规划\n一、发展回顾\n{sentence}\n"


def test_a_bare_change_in_another_unit_is_not_the_change_of_the_figure_before():
    sentence = "骨干企业研发投入占营业收入比重达6.5%，产值超百亿元的企业达8家，比2015年增加5家。"
    r = extract(PLAN.format(sentence=sentence), "plan.txt")
    found = [(m.indicator, m.quantity.unit) for m in r.measures("observation")]
    assert ("骨干企业研发投入占营业收入比重", "%") in found
    assert not [f for f in found if f[1] == "家" and "比重" in f[0]]  # (the 5 firms are no change of the share)


def test_a_bare_change_in_the_same_unit_or_a_rate_is_the_change_of_the_figure_before():
    sentence = "规模以上企业达到1200家，比上年增加300家，增长33%。"
    r = extract(PLAN.format(sentence=sentence), "plan.txt")
    assert [(m.indicator, m.quantity.unit) for m in r.measures("observation")] == [
        ("规模以上企业", "家"), ("规模以上企业增量", "家"), ("规模以上企业", "%")]


def test_a_later_item_shares_the_class_of_firms_the_first_opens_with():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n市属企业完成工业投资300亿元、研发投入45亿元，"
                "带动重点商超销售额增长8%、重点酒店平均入住率超过75%。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "市属企业研发投入" in names and "研发投入" not in names  # (the province's R&D is not 45亿)
    assert not any(n.startswith("重点商超") and "酒店" in n for n in names)  # (an item naming its own kind stays)


def test_an_extent_after_a_count_of_things_is_theirs_not_an_addition():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新建成城际铁路线路3条、通车里程超200公里。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新建成城际铁路线路", "城际铁路线路通车里程"]


def test_another_verb_and_a_number_in_the_same_unit_acts_on_the_same_things():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新建中小学校30所，改扩建20所，增长15%。\n", "gzbg-2026-99.txt")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")][:2] == [
        ("新建中小学校", "30"), ("改扩建中小学校", "20")]  # (not a verb alone, nor dropped)


def test_a_named_kind_with_the_same_head_shares_the_qualifier_of_the_one_before():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n推出市级公共服务“掌上办”事项80项、“就近办”事项300项，"
                "认定省级“甲类”基地20个、“乙类”基地30个。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "推出市级公共服务“就近办”事项" in names  # (the same services, not any 就近办 items)
    assert "认定“乙类”基地" in names  # (a level alone is not shared)


def test_a_part_that_says_only_where_from_takes_the_wholes_name():
    r = extract("# 《新闻联播》 (20221013)\n\n### 疫情通报\n\n10月12日0—24时，某省报告新增无症状感染者520例，其中境外输入31例，"
                "其中有近300家都来自于城市。\n", "20221013.md")
    names = {m.indicator: m.quantity.value for m in r.measures("observation")}
    assert names.get("新增境外输入无症状感染者") == 31  # (not 新增境外输入: of what, not said)
    assert not any(n.startswith("都来自") for n in names)


def test_points_after_an_index_average_are_its_change_not_a_growth_rates():
    item = "# 《新闻联播》 (20240712)\n\n### 零售\n\n前6个月，中国餐饮业景气指数平均值为50.3%，同比上升0.2个百分点。\n"
    names = [m.indicator for m in extract(item, "20240712.md").measures("observation")]
    assert names == ["中国餐饮业景气指数平均值", "中国餐饮业景气指数平均值"]  # (not …平均值增速)


def test_values_of_a_list_written_with_their_magnitude_take_the_last_ones_unit():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n今年春运40天，全社会跨区域人员流动量累计90亿人次，其中铁路、公路、民航"
                "分别完成5.4亿、80.2亿和1.0亿人次。\n", "20250402.md")
    assert {m.quantity.unit for m in r.measures("observation")} == {"人次"}  # (not "" for 5.4亿 and 80.2亿)


def test_a_later_clause_with_its_own_verb_after_a_part_takes_no_verb_of_the_whole():
    r = extract("某市足球发展行动方案\n一、主要目标\n新建社会足球场地500块，其中11人制足球场不少于80块，实现每万人拥有足球场地1.5块以上。\n")
    assert "每万人拥有足球场" in [m.indicator for m in r.measures("target")]  # (not 新建每万人拥有足球场)


def test_a_lists_trailing_about_or_more_is_every_values_whatever_the_verb():
    r = extract("2026年某市政府工作报告\n——2026年1月9日在某市第十一届人民代表大会第六次会议上\n各位代表：\n二、2026年主要预期目标\n"
                "基本医疗保险、基本养老保险参保率分别稳定在95%和96%以上；城镇、农村居民人均可支配收入分别增长5%和7%左右。\n",
                "gzbg-2026-70.txt")
    got = {m.indicator: m.quantity.comparator for m in r.measures("target")}
    assert got == {"基本医疗保险参保率": ">=", "基本养老保险参保率": ">=", "城镇居民人均可支配收入": "~", "农村居民人均可支配收入": "~"}


def test_an_addition_after_a_stock_names_the_ones_added_not_the_stock():
    r = extract("2026年某县政府工作报告\n一、2025年工作回顾\n全县电商企业发展到240家，其中星级电商企业19家、新增4家。"
                "普查登记古树名木310株、新发现27株。\n", "gzbg-2026-99.txt")
    found = {(m.indicator, m.quantity.value) for m in r.measures("observation")}
    assert ("全县电商企业", 240) in found  # (发展到 is the level verb, not part of the name)
    assert ("新增星级电商企业", 4) in found and ("星级电商企业", 4) not in found
    assert not any(n.startswith("新发现普查") for n, _ in found)  # (the stock's name opens with its own verb)


def test_an_addition_after_a_base_is_not_read_as_the_ones_added():
    r = extract(PLAN.format(sentence="光纤宽带用户达3.2亿户，比上年末净增2600万户，占宽带用户的92%。"), "plan.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "光纤宽带用户占宽带用户比重" in names and not any(n.startswith("净增") for n in names)


def test_a_task_done_for_a_list_of_households_names_them_and_the_task():
    r = extract("2026年某县政府工作报告\n二、2026年工作安排\n为1500户空巢老人、重度残疾人家庭免费加装燃气报警器。\n",
                "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("target")] == ["为空巢老人、重度残疾人家庭免费加装燃气报警器"]


def test_a_later_item_with_a_verb_of_its_own_does_not_take_the_lead_verb():
    r = extract("2026年某县政府工作报告\n一、2025年工作回顾\n新建高标准桑园1800亩、新植核桃林6000亩、"
                "低效林改造9000亩。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert names == ["新建高标准桑园", "新植核桃林", "低效林改造"]  # (not 新建新植…, 新建低效林改造)


def test_a_part_after_qizhong_shares_both_verbs_of_the_whole():
    text = "某市消防救援能力提升方案\n一、工作目标\n到2028年，全市新增和更新消防车45辆以上，其中抢险救援消防车12辆以上。\n"
    names = [m.indicator for m in extract(text, "plan.txt").measures("target")]
    assert names == ["新增和更新消防车", "新增和更新抢险救援消防车"]  # (not 新增抢险救援消防车: the renewed ones too)


def test_a_running_total_after_an_addition_is_the_stock_not_another_addition():
    r = extract("2026年某县人民政府工作报告\n一、2025年工作回顾\n新认定省级制造业单项冠军企业4家、累计19家，"
                "新建成美丽河湖12条，累计达到47条。\n", "gzbg-2026-99.txt")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("新认定省级制造业单项冠军企业", "4"), ("省级制造业单项冠军企业", "19"), ("新建成美丽河湖", "12"), ("美丽河湖", "47")]


def test_a_processing_rate_after_an_industrys_output_is_that_industrys():
    r = extract("2026年某市人民政府工作报告\n二、2026年主要任务\n石墨产业产值突破300亿元，深加工率提高到40%以上。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("target")] == ["石墨产业产值", "石墨深加工率"]


def test_an_exclusion_before_a_scope_word_is_still_the_figures():
    r = extract("# 《新闻联播》 (20241018)\n\n### 要闻\n\n全国固定资产投资（不含农户）20万亿元，同比增长3.0%；扣除房地产开发投资，"
                "全国固定资产投资增长6.5%。\n", "20241018.md")
    assert [m.indicator for m in r.measures("observation")][-1] == "固定资产投资（扣除房地产开发投资）"

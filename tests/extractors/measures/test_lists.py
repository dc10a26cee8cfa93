"""extractors/measures/lists.py: the items of a list, the head a list's items
share, and a one-character item that shares the next word."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kit import extract
from policykg.extractors.measures.lists import list_items, shared_head

REVIEW = "2026年某省政府工作报告\n一、2025年工作回顾\n"


@pytest.mark.parametrize("head, items", [
    ("接待游客人次、旅游收入", ["接待游客人次", "旅游收入"]),
    ("工业、服务业和农业", ["工业", "服务业", "农业"]),
    ("出口及进口", ["出口", "进口"]),
])
def test_list_items(head, items):
    assert list_items(head) == items


def test_shared_head_of_a_list():
    items = ["食品", "石化等产业增加值"]
    assert shared_head(items) == "产业增加值"
    assert items == ["食品", "石化"]
    assert shared_head(["出口", "进口"]) == ""
    assert shared_head(["服装", "鞋帽等升级类商品零售额"]) == "零售额"  # (a class of things: each example its measure)
    assert shared_head(["钢铁", "有色等行业生产指数"]) == "行业生产指数"  # (a sector stays)
    assert shared_head(["风电", "光伏等领域项目总投资"]) == "领域项目总投资"
    assert shared_head(["粗钢", "粗铜等重点产品综合能耗"]) == "综合能耗"  # (the measure after the class, whole)
    each = ["电视机等家用视听设备", "冰箱等日用家电零售"]  # each item an example and its own class
    assert shared_head(each) == ""
    assert each == ["电视机等家用视听设备", "冰箱等日用家电零售"]


def test_a_one_character_item_shares_the_next_word():
    r = extract("某港口2025年运行情况\n内、外贸吞吐量同比分别增长5.5%和8%。")
    assert {m.indicator for m in r.measures("observation")} == {"内贸吞吐量", "外贸吞吐量"}


@pytest.mark.parametrize("sentence, indicators", [
    ("前10个月，中、西部地区快递业务量占全国比重分别提升1.2和0.5个百分点。",  # the rest of a longer word; no rate glued on
     ["中部地区快递业务量占全国比重", "西部地区快递业务量占全国比重"]),
    ("今年一季度，东、中、西部地区生产总值分别增长5%、6%和7%。", ["东部地区生产总值", "中部地区生产总值", "西部地区生产总值"]),
    ("今年一季度，第一、二、三产业新设经营主体分别为2万户、15万户、400万户。",  # ordinals share 第 and the rest
     ["第一产业新设经营主体", "第二产业新设经营主体", "第三产业新设经营主体"]),
])
def test_elided_list_items_are_completed(sentence, indicators):
    r = extract("某地新闻\n" + sentence)
    assert [m.indicator for m in r.measures("observation")] == indicators


def test_a_total_alone_in_a_list_takes_the_first_items_subject():
    r = extract("某地新闻\n今年以来，入境游客人次、总花费分别增长8%、12%。")
    assert [m.indicator for m in r.measures("observation")] == ["入境游客人次", "入境游客总花费"]


def test_items_of_a_term_keep_it_in_the_last_item_too():
    r = extract("某债券发行情况\n其中，1年期、3年期、10年期发行利率分别为1.2%、1.4%、1.9%。")
    assert [m.indicator for m in r.measures("observation")] == ["1年期发行利率", "3年期发行利率", "10年期发行利率"]


def test_a_per_head_basis_of_the_first_item_is_every_items():
    r = extract(REVIEW + "每千人托位、养老床位数分别达到4.7个、27.3张。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["每千人托位", "每千人养老床位数"]
    r = extract(REVIEW + "国内游客人次、人均花费分别增长5%、3%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["国内游客人次", "国内游客人均花费"]  # (its own basis)


def test_a_base_word_before_a_list_s_verb_is_no_part_of_its_items():
    r = extract(REVIEW + "1—2月，家具、家电等商品零售额同比分别增长5%、8%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["家具零售额", "家电零售额"]  # (the class 商品: only its measure)


def test_a_preposition_before_a_list_of_partners_stays_with_every_item():
    r = extract(REVIEW + "对中亚五国、东盟进出口分别增长30%、15%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["对中亚五国进出口", "对东盟进出口"]
    r = extract(REVIEW + "对欧盟、共建“一带一路”国家进出口总额分别增长8.5%、11.2%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["对欧盟进出口总额", "对共建“一带一路”国家进出口总额"]
    # (the last item's own verb and quotes are no part of the shared head)


def test_a_name_joined_by_and_in_a_list_shares_the_last_items_head():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n社会保障和就业、教育、卫生健康支出分别增长4%、3%和6%。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["社会保障和就业支出", "教育支出", "卫生健康支出"]


def test_a_list_that_goes_on_across_a_comma_gives_each_value_to_its_item():
    def rows(sentence: str) -> list[tuple[str, float]]:
        r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
        return [(m.indicator, float(m.quantity.value)) for m in r.measures()]
    # (船舶、海洋工程装备制造业 is the first item: 电子及通信设备 are not two items of the two values)
    assert rows("典型的船舶、海洋工程装备制造业，电子及通信设备制造业投资分别增长20.5%和9.1%。") == [
        ("船舶、海洋工程装备制造业投资", 20.5), ("电子及通信设备制造业投资", 9.1)]
    assert rows("典型的船舶、海洋工程装备制造业，港口及航道工程投资分别增长20.5%和9.1%。") == []  # (not one kind)
    assert rows("港口及航道工程投资分别增长20.5%和9.1%。") == [("港口工程投资", 20.5), ("航道工程投资", 9.1)]


@pytest.mark.parametrize("sentence, indicators", [
    ("线下和线上消费支付金额分别达到323亿元和198亿元。", ["线下消费支付金额", "线上消费支付金额"]),
    ("温州市线下和线上消费支付金额分别达到32亿元和19亿元。", ["温州市线下消费支付金额", "线上消费支付金额"]),
])
def test_an_item_as_long_as_the_last_items_first_words_shares_the_rest(sentence, indicators):
    r = extract(REVIEW + sentence)
    assert [m.indicator for m in r.measures("observation")] == indicators  # (not 线下上消费支付金额, 温州市线下金额)


def test_a_list_verb_reaches_an_item_that_opens_with_a_set_phrase():
    r = extract(REVIEW + "打造8个城市休闲地标和4个夜生活好去处。")
    assert [m.indicator for m in r.measures("observation")] == ["打造城市休闲地标", "打造夜生活好去处"]


@pytest.mark.parametrize("sentence, indicators", [
    ("制定、修改、废止省政府规章36部。", ["制定、修改、废止省政府规章"]),  # (not 修改、废止…: every verb)
    ("修改废止地方政府规章8部、规范性文件25件。", ["修改废止地方政府规章", "修改废止规范性文件"]),  # (not 修改规范性文件)
])
def test_a_run_of_verbs_stays_whole_and_is_shared_whole(sentence, indicators):
    assert [m.indicator for m in extract(REVIEW + sentence).measures("observation")] == indicators


def test_an_item_that_tells_what_was_done_takes_no_head_from_the_last():
    r = extract(REVIEW + "接待游客、旅游总花费分别增长8.5%和9.5%。")
    assert "接待游客花费" not in [m.indicator for m in r.measures("observation")]  # (fused: of no one thing)
    assert "旅游总花费" in [m.indicator for m in r.measures("observation")]


def test_items_that_end_like_the_last_ones_word_share_what_follows_it():
    r = extract(REVIEW + "孤儿基本生活补贴和残疾儿童康复补贴全国平均标准分别提高12%和9%。")
    assert [m.indicator for m in r.measures("observation")] == [
        "孤儿基本生活补贴全国平均标准", "残疾儿童康复补贴全国平均标准"]  # (not the bare 孤儿基本生活补贴)


def test_an_addition_verb_after_respectively_opens_every_items_name():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n国家级绿色工厂、省级绿色工厂分别新增9家和37家。\n", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新增国家级绿色工厂", "新增省级绿色工厂"]


def test_a_kind_of_zone_opening_the_first_item_scopes_every_item():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n开发区外贸进出口、税收收入分别增长11%、8%。\n", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["开发区外贸进出口", "开发区税收收入"]


def test_one_number_said_of_each_item_with_jun_is_each_items():
    r = extract(REVIEW + "全省造纸、化纤产量均增长12%，全省专利授权量、商标注册量年均增长9%。\n", "gzbg-2026-99.txt")
    rows = [(m.indicator, m.quantity.value) for m in r.measures("observation")]
    assert ("造纸产量", 12) in rows and ("化纤产量", 12) in rows  # (each grew 12%, not the two together)
    assert not any("、" in name for name, value in rows if value == 12)
    assert ("专利授权量", 9) not in rows and ("商标注册量", 9) not in rows  # (年均: an average growth, not 均 each)


def test_places_listed_before_jun_write_no_row_each():
    r = extract(REVIEW + "河北、河南等主产区小麦增产均超过5亿斤。\n", "gzbg-2026-99.txt")
    assert not any(m.indicator.startswith(("河北", "河南", "北", "南")) for m in r.measures("observation"))


def test_places_listed_before_a_bound_or_jun_write_no_row_at_all():
    r = extract(REVIEW + "内蒙古、河北、河南等主产区小麦增产均超过5亿斤。绵阳、宜宾经济总量突破4000亿元。\n", "gzbg-2026-99.txt")
    assert r.measures("observation") == []  # (each passed it: not the class's, nor the two places' together)
    r = extract(REVIEW + "成都、重庆两地经济总量合计3.5万亿元，四川经济总量突破6万亿元。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")][-1:] == ["经济总量"]  # (one place: its own figure)


def test_respectively_after_a_list_of_figures_gives_each_figure_its_change():
    r = extract(REVIEW + "接待国内游客2.1亿人次、入境游客150万人次，分别增长5.2%、31.5%；"
                "承办建议800件、提案500件，分别占总数的90%、92%。\n", "gzbg-2026-99.txt")
    changes = [(m.indicator, m.quantity.value) for m in r.measures("observation") if m.measure == "change"]
    assert changes == [("接待国内游客", Decimal("5.2")), ("入境游客", Decimal("31.5"))]  # (not the shares of 占…)


def test_later_items_share_the_site_the_first_opens_with():
    r = extract(REVIEW + "白云机场航空旅客和货邮吞吐量分别达到3200万人次、45万吨，"
                "粮食产量、棉花产量分别占全国的5%、8%。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert names[:2] == ["白云机场航空旅客吞吐量", "白云机场货邮吞吐量"]  # (the same airport's freight)
    assert not any(n.startswith("粮食产量占") and "棉花" in n for n in names)  # (a share's whole is no site)


def test_a_scope_opening_the_first_item_scopes_the_later_items():
    r = extract(REVIEW + "全省国际航空旅客和货邮吞吐量分别增长12.5%、3.1%，市级行政经费和会议费分别压减8%、15%，"
                "国内旅游人次和收入分别增长6%、9%，省级制造业单项冠军、专精特新企业分别达到40家、300家。\n",
                "gzbg-2026-99.txt")
    rows = {(m.indicator, m.quantity.value) for m in r.measures("observation")}
    assert ("国际航空货邮吞吐量", Decimal("3.1")) in rows  # (the international freight, not all freight)
    assert ("市级会议费", -15) in rows and ("国内旅游收入", 9) in rows
    assert ("专精特新企业", 300) in rows  # (a level is not shared by a count of another kind of firm)
    assert not {("货邮吞吐量", Decimal("3.1")), ("会议费", -15), ("收入", 9)} & rows


def test_one_word_naming_two_items_before_two_values_gives_each_its_own():
    r = extract(REVIEW + "城乡居民人均可支配收入分别增长4.8%和6.5%，内外贸吞吐量分别增长2%和6%，"
                "城乡居民基本养老保险和基本医疗保险参保率分别达96%和97%。\n", "gzbg-2026-99.txt")
    rows = {(m.indicator, m.quantity.value) for m in r.measures("observation")}
    assert ("城镇居民人均可支配收入", Decimal("4.8")) in rows and ("农村居民人均可支配收入", Decimal("6.5")) in rows
    assert ("内贸吞吐量", 2) in rows and ("外贸吞吐量", 6) in rows
    assert not any(name.startswith(("城镇居民基本", "农村居民基本")) for name, _ in rows)  # (one scheme of both)


def test_a_last_item_of_a_verb_and_its_head_keeps_the_head_to_itself():
    sentence = "今年以来，参保企业和补发资金分别是去年全年的1.5倍和1.6倍。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    names = [m.indicator for m in r.measures("observation")]
    assert "参保企业资金" not in names and "补发资金" in names


def test_where_a_figure_fell_to_nothing_from_is_no_current_figure_unless_dated():
    def starts(sentence: str) -> list[tuple[str, str]]:
        r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
        return [(m.quantity.text, m.time) for m in r.measures("observation")]
    assert starts("今天起，这类进口商品的平均关税税率由3.5%降至零。") == []
    assert starts("今年，全国重点企业平均负债率从60%降为零。") == []
    assert starts("今年，全国平均关税税率从2019年的5%降为零。") == [("5%", "2019")]


def test_a_value_a_figure_fell_or_rose_to_is_read_whatever_the_verb_and_a_start_of_a_bare_period_is_none():
    def rows(text: str) -> list[tuple[str, str, str]]:
        r = extract(REVIEW + text + "\n", "gzbg-2026-99.txt")
        return [(m.indicator, m.quantity.text, m.time) for m in r.measures("observation")]
    assert rows("年末城镇调查失业率从上半年5.6%降到5.2%。") == [("城镇调查失业率", "5.2%", "2025")]  # (not 5.6%)
    assert rows("全省货运周转时间由2020年的9天缩短至6天。") == [("货运周转时间", "9天", "2020"),
                                                          ("货运周转时间", "6天", "2025")]
    assert [q for _, q, _ in rows("十年来，全省湿地保护面积从不足30万亩增长到如今的80万亩。")] == ["80万亩"]  # (not where it started)


def test_a_statistical_scope_opening_a_list_scopes_every_item():
    r = extract(REVIEW + "限额以上单位服装、鞋帽、家电零售额分别增长3%、4%和5%；规模以上工业水电、核电发电量分别增长6%、7%。\n",
                "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "限额以上单位鞋帽零售额" in names and "限额以上单位家电零售额" in names  # (not 鞋帽零售额: all retail)
    assert "规模以上工业核电发电量" in names
    r = extract(REVIEW + "规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别达到80%、60%。\n", "gzbg-2026-99.txt")
    assert "规模以上工业企业关键工序数控化率" in [m.indicator for m in r.measures("observation")]


def test_a_later_item_that_is_a_measure_alone_is_of_the_things_the_first_item_measures():
    def names(text: str) -> list[str]:
        return [m.indicator for m in extract(REVIEW + text + "\n", "gzbg-2026-99.txt").measures("observation")]
    assert names("全年工业机器人产量和销量分别增长12%和15%。") == ["工业机器人产量", "工业机器人销量"]  # (not 销量: of all)
    assert names("省属企业营业收入、利润分别增长6%、9%。")[-1] != "省属企业营业利润"  # (营业利润 is a measure of its own)
    assert names("全年油料播种面积和产量分别增长1%和3%。")[-1] != "油料播种产量"  # (播种 is no thing)


def test_the_last_items_crossing_of_a_border_is_every_items():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n假期，全国口岸出入境人员中，内地居民、港澳台居民、外国人出入境分别为700万人次、"
                "600万人次和170万人次。\n", "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["内地居民出入境", "港澳台居民出入境", "外国人出入境"]


def test_a_longer_scope_word_of_the_last_item_is_all_its_own():
    text = ("2026年某盟政府工作报告\n各位代表：\n今年主要预期目标是：城镇和农村牧区常住居民人均可支配收入分别增长4.5%左右和7%左右。\n")
    got = [m.indicator for m in extract(text, "gzbg-2026-98.txt").measures("target")]
    assert got == ["城镇常住居民人均可支配收入", "农村牧区常住居民人均可支配收入"]

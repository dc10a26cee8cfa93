"""extractors/regions.py: REGION mentions of provinces, cities and zones — not
when the place name is part of another name (a street, a university, a
company, a policy title)."""
from __future__ import annotations

import pytest

from kit import extract

LEAD = "某某情况\n"


def regions(text: str):
    return [(m.text, m.key, m.attr("level")) for m in extract(LEAD + text).mentions("REGION")]


@pytest.mark.parametrize("text, surface, key, level", [
    ("广东加快建设制造强省。", "广东", "广东省", "province"),
    ("广东省加快建设制造强省。", "广东省", "广东省", "province"),
    ("广西壮族自治区加快建设算力枢纽。", "广西壮族自治区", "广西壮族自治区", "province"),
    ("内蒙古加快建设算力枢纽。", "内蒙古", "内蒙古自治区", "province"),
    ("苏州加快建设智能工厂。", "苏州", "苏州市", "city"),
    ("大连市出台政策支持软件产业。", "大连市", "大连市", "city"),
    ("长三角地区数字经济规模持续扩大。", "长三角地区", "长三角", "zone"),
    ("成渝地区双城经济圈加快协同发展。", "成渝地区双城经济圈", "成渝", "zone"),
    ("粤港澳大湾区集聚了一批龙头企业。", "粤港澳大湾区", "粤港澳大湾区", "zone"),
])
def test_region_mentions(text, surface, key, level):
    assert regions(text) == [(surface, key, level)]


def test_a_list_of_regions():
    assert [k for _, k, _ in regions("黑龙江、吉林两省与重庆、成都加强合作。")] == ["黑龙江省", "吉林省", "重庆市", "成都市"]


@pytest.mark.parametrize("text", [
    "南京东路步行街客流量增长20%。",  # a street (issue 13, class 9)
    "游客沿着北京路漫步。",
    "上海交通大学发布报告。",  # a university
    "5G网络实现大连接、低时延。",  # 大连 inside 大连接
    "乘坐杭州湾跨海大桥。",
    "启动建设大连道片区更新项目。",  # a road named after a city
    "东北虎豹的活动范围不断扩大。",  # a species named after a region
    "港珠澳大桥珠海公路口岸客流增长。",  # a part of a facility's name after 大桥
    "建成都市现代农业示范园3个。",  # 建成 and 都市, not 成都市
    "加大连锁门店布局力度。",  # 加大 and 连锁, not 大连
])
def test_a_place_name_inside_another_name_is_no_region(text):
    assert regions(text) == []


def test_a_place_before_its_roads_is_a_region():
    assert [k for _, k, _ in regions("广东道路运输安全形势平稳。")] == ["广东省"]


def test_a_place_inside_a_policy_title_is_the_titles():
    r = extract(LEAD + "近日，《浙江省数字经济促进条例》正式施行。")
    assert "浙江省" not in r.keys("REGION")


@pytest.mark.parametrize("text, expected", [
    ("大足区新能源摩托车产业加快发展。", [("大足区", "重庆市", "province")]),        # a district of 重庆
    ("青海门源县迎来雾凇最佳观赏期。", [("青海", "青海省", "province"), ("门源县", "海北藏族自治州", "city")]),
    ("东方市场里商户云集。", []),                                                     # 东方市 does not end there
    ("鼓楼区新建口袋公园10个。", []),                                                 # several cities have a 鼓楼区
    ("今年新增城区绿地面积50公顷。", []),  # 新增 and 城区, not 广州's 增城区
    ("在建昌县，救援力量连续作战。", [("建昌县", "葫芦岛市", "city")]),  # 昌县 is no word: 在 and 建昌县
])
def test_a_county_named_in_full_is_a_mention_of_what_holds_it(text, expected):
    assert regions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("辽宁抚顺受强降雨影响。", [("辽宁", "辽宁省"), ("抚顺", "抚顺市")]),  # a province and its city in one token
    ("这款风机已在新疆、内蒙古区域装机。", [("新疆", "新疆维吾尔自治区")]),  # 内蒙古区 is not cut out of 内蒙古|区域
])
def test_places_written_together_are_each_a_place(text, expected):
    assert [(s, k) for s, k, _ in regions(text)] == expected


def test_a_county_name_that_is_a_common_noun_is_a_county_only_after_its_city():
    assert extract("城市老城区和城乡结合部健身设施不足。\n").keys("REGION") == set()
    assert extract("洛阳市老城区新建口袋公园12个。\n").keys("REGION") == {"洛阳市"}


def counties_found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.attr("county")) for m in extract(LEAD + text).mentions("REGION") if m.attr("county")]


@pytest.mark.parametrize("text, found", [
    ("为迎接旺季，牙克石今年新增雪道6条。", [("牙克石", "牙克石市")]),  # a county-level city written short, as a subject
    ("溧阳近年来集聚相关企业90多家。", [("溧阳", "溧阳市")]),
    ("涟源全市今年蔬菜种植面积达到8.6万亩。", [("涟源", "涟源市")]),  # before its own word for its whole
    ("中方已向国际社会提供疫苗。", []),  # (a side, not 中方县)
    ("河南今年小麦种植面积稳定。", []),  # (a province's short name, not 河南县)
    ("全州全年接待游客7860万人次。", []),  # (the whole prefecture, not 全州县)
    ("由县农业农村局会同县财政局制定实施细则。", []),  # (会同 is "together with", not 会同县)
])
def test_a_county_written_short_is_read_only_where_nothing_else_can_be_meant(text, found):
    assert counties_found(text) == found


@pytest.mark.parametrize("text, found", [
    ("福建建瓯24万亩锥栗进入采收尾声。", [("建瓯", "建瓯市")]),  # a county-level place written short after its province
    ("黑龙江密山今年种植水稻106.8万亩。", [("密山", "密山市")]),
    ("湖南祁东黄花菜采摘收官。", [("祁东", "祁东县")]),
    ("江苏南京今年新增高新技术企业。", []),  # (a city, not a county)
    ("福建密山今年种植水稻。", []),  # (密山市 is not in 福建)
    ("记者从江西全南了解到，全南工业园新签约项目21个。", [("全南", "全南县")]),  # (全 opens a county's name here)
    ("江西全省新签约项目2100个。", []),  # (the whole province)
])
def test_a_county_written_short_after_its_own_province_is_that_county(text, found):
    assert counties_found(text) == found


def test_a_county_written_short_after_its_province_before_a_word_it_runs_into_is_a_county():
    got = [(m.text, m.attr("county")) for m in extract(LEAD + "广东恩平台湾青年创业园新入驻台资企业12家。").mentions("REGION")]
    assert ("恩平", "恩平市") in got  # (恩平台 is no 平台 of 恩)


def test_a_county_of_two_characters_opening_a_sentence_before_a_time_word_is_that_county():
    from kit import extract
    r = extract("# 《新闻联播》 (20210618)\n\n### 风电产业加快发展\n\n环县今年计划新增并网装机100万千瓦，到2025年，"
                "新能源装机力争突破800万千瓦。\n", "20210618.md")
    assert [(m.region, m.time) for m in r.measures("target")] == [("庆阳市", "2021"), ("庆阳市", "2025")]

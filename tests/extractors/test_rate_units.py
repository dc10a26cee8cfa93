"""extractors/rate_units.py: the unit an amount of money is paid per (issue 13, instruments: an amount keeps its basis)."""
from __future__ import annotations

from kit import d, extract, value

MEASURES = "某市现代物流发展若干措施\n一、支持措施\n{item}\n二、保障措施\n加强组织领导。\n"


def units(item: str) -> list[tuple]:
    return [(value(m)[0], m.quantity.unit) for m in extract(MEASURES.format(item=item)).measures("instrument")]


def test_an_amount_per_one_thing_counted_after_a_verb_is_paid_per_that_thing():
    assert units("（一）对开行冷链专列的物流企业，每发运1个标准冷链集装箱补助800元；每开行1列再补助1.5万元。") == [
        (d("800"), "元/箱"), (d("15000"), "元/列")]
    assert units("（二）对人力资源服务机构，每成功介绍1人次就业补助20元。") == [(d("20"), "元/人次")]
    assert units("（三）对寄递本地农产品的电商企业，每单补贴0.5元。") == [(d("0.5"), "元/单")]


def test_an_amount_per_unit_of_a_measure_and_a_whole_grant_keep_their_units():
    assert units("（四）对新建冷库的企业，按每立方米100元给予补助。") == [(d("100"), "元/立方米")]
    assert units("（五）对新认定的物流示范企业，给予一次性奖励20万元。") == [(d("200000"), "元")]


def test_an_amount_per_head_paid_to_bodies_and_people_who_bring_talent_in_is_per_head_brought():
    assert units("（六）对行业协会、猎头机构和个人为本市企业成功引进A类、B类人才的，分别给予每人3万元、1万元推荐奖励。") == [
        (d("30000"), "元/人"), (d("10000"), "元/人")]
    assert units("（七）对新引进的紧缺人才，每人给予一次性安家补贴3万元。") == [(d("30000"), "元")]  # (the person's own)


def test_an_amount_per_room_or_per_bundle_is_paid_per_that_counter():
    assert units("（八）对利用闲置农房改造民宿的，按每间2500元给予补助。") == [(d("2500"), "元/间")]
    assert units("（九）对改造老旧蚕场的蚕农，每把补助800元。") == [(d("800"), "元/把")]
    assert units("（十）对新增中华蜂养殖30箱以上的养殖户，每箱补助100元。") == [(d("100"), "元/箱")]
    assert units("（十一）对吸纳脱贫劳动力就业的帮扶车间，按每人每年1200元给予岗位补贴。") == [(d("1200"), "元/人·年")]


def test_an_amount_per_metre_per_vehicle_and_year_per_tourist_and_night_and_per_household_brought_keeps_its_basis():
    assert units("（六）对新建山地轨道运输机的，按每米30元给予补助。") == [(d("30"), "元/米")]
    assert units("（七）对参与融合运营的农村客运班线，按每车每年1.2万元标准给予运营补贴。") == [(d("12000"), "元/车·年")]
    assert units("（八）对旅行社组织市外游客来本市旅游住宿1晚及以上的，按每人每晚20元给予奖励。") == [(d("20"), "元/人·晚")]
    assert units("（九）对带动脱贫户发展生产的合作社，每带动1户奖励200元。") == [(d("200"), "元/户")]
    assert units("（十）对就业帮扶车间，每个车间每年补贴1万元。") == [(d("10000"), "元/年")]  # (a 车间 is no 车)

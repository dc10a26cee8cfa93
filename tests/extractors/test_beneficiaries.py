"""extractors/beneficiaries.py: each amount of a list keeps the grade, band or threshold it is for, and the payee a
list's lead-in names (issue 13, classes 10 and 12, on instruments)."""
from __future__ import annotations

import pytest

from kit import d, extract, value

MEASURES = "某县促进产业发展若干措施\n一、支持措施\n{item}\n二、保障措施\n加强组织领导。\n"


def rows(item: str) -> list[tuple]:
    return [(value(m)[0] if m.quantity else None, m.beneficiary, m.condition)
            for m in extract(MEASURES.format(item=item)).measures("instrument")]


def test_thresholds_in_any_unit_are_one_each():
    item = ("第九条 对新落户本县的内河航运企业，自有船舶首次达到10艘、20艘、30艘的，"
            "分别给予30万元、60万元、100万元一次性奖励。")
    assert rows(item) == [(d(v), "新落户本县的内河航运企业", f"自有船舶首次达到{c}艘")
                          for v, c in (("300000", 10), ("600000", 20), ("1000000", 30))]


def test_an_article_number_is_no_kind_of_thing():
    item = "第四条 对入驻园区的检测机构，年检测收入达到500万元的，给予20万元奖励。"
    ((_, who, condition),) = rows(item)
    assert who == "入驻园区的检测机构" and condition == "年检测收入达到500万元"
    assert "第四条" not in condition


def test_each_band_keeps_the_rate_its_own_clause_states():
    item = ("（三）差异化补助。平原地区补助比例为40%，丘陵地区补助比例为55%，高寒山区和海拔2800米以上地区"
            "补助比例为70%。")
    assert [(v, c) for v, _, c in rows(item)] == [
        (d("40"), "平原地区"), (d("55"), "丘陵地区"), (d("70"), "高寒山区和海拔2800米以上地区")]


def test_a_grade_paid_per_thing_is_the_condition_and_a_two_grade_list_shares_its_noun():
    item = ("6.对通过节水产品认证的企业，一级能效认证每个型号给予8万元奖励，二级、三级能效认证每个型号分别给予5万元、"
            "3万元奖励。")
    assert rows(item) == [(d("80000"), "通过节水产品认证的企业", "一级能效认证"),
                          (d("50000"), "通过节水产品认证的企业", "二级能效认证"),
                          (d("30000"), "通过节水产品认证的企业", "三级能效认证")]


def test_the_payee_a_lead_in_names_gets_each_tier_with_the_tier_as_condition():
    item = ("第六条 对新建成的数字化车间，按照示范类、培育类两档给予建设单位一次性补助：示范类补助60万元，"
            "培育类补助25万元。")
    assert rows(item) == [(d("600000"), "建设单位", "新建成的数字化车间，示范类"),
                          (d("250000"), "建设单位", "新建成的数字化车间，培育类")]


@pytest.mark.parametrize("item", [
    "（四）对新建连栋温室的，每亩补助5000元。同一地块同一年度只享受一项设施补助。",
    "（五）本措施自2025年3月1日起施行，有效期至2027年12月31日。具体奖补标准见附件。",
    "某县农业农村局关于印发某县设施农业奖补办法的通知",
])
def test_a_combining_rule_a_pointer_to_an_attachment_or_a_title_line_states_no_measure(item):
    assert all(amount is not None for amount, _, _ in rows(item))


def test_bands_of_a_range_list_each_keep_their_own_bound():
    item = ("（七）对年服务收入达到500万元至2000万元（不含）、2000万元至5000万元（不含）、5000万元以上的检验检测机构，"
            "分别奖励5万元、15万元、30万元。")
    assert [c for _, _, c in rows(item)] == ["年服务收入达到500万元至2000万元（不含）", "年服务收入达到2000万元至5000万元（不含）",
                                              "年服务收入达到5000万元以上"]


def test_the_payee_a_grant_names_keeps_the_qualified_works_and_each_threshold():
    item = ("（八）对在本县完成拍摄、公开播映的纪录片，单部在主流平台点击量达到1亿次、3亿次以上的，分别给予出品单位"
            "奖励10万元、30万元。")
    assert rows(item) == [(d("100000"), "出品单位", "在本县完成拍摄、公开播映的纪录片，单部在主流平台点击量达到1亿次以上"),
                          (d("300000"), "出品单位", "在本县完成拍摄、公开播映的纪录片，单部在主流平台点击量达到3亿次以上")]


def test_a_band_and_the_payee_of_a_lead_in_both_stay():
    item = ("（九）对在本县建成投用的冷库，按照库容分档给予建设企业奖励：1万立方米以下的每座奖励20万元，1万立方米至3万立方米的"
            "每座奖励40万元。")
    assert rows(item) == [(d("200000"), "建设企业", "在本县建成投用的冷库，1万立方米以下"),
                          (d("400000"), "建设企业", "在本县建成投用的冷库，1万立方米至3万立方米")]


def test_awards_of_one_contest_each_keep_the_contest_and_a_level_that_pays_is_no_kind():
    item = ("（十）获得全省农产品品牌大赛金奖、银奖、优秀奖的，分别给予一次性奖励8万元、5万元、2万元。\n"
            "（十一）对完成改造的小区，县级按照每户1500元给予奖补，乡镇按照每户500元给予配套。")
    got = rows(item)
    assert [c or b.removesuffix("的") for _, b, c in got[:3]] == [f"获得全省农产品品牌大赛{a}" for a in ("金奖", "银奖", "优秀奖")]
    assert all(c in ("", "完成改造的小区") for _, _, c in got[3:])

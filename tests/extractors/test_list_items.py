"""extractors/list_items.py: each amount of a 分别 list gets its own item — thresholds in any unit, bands with their own
bound, grades sharing a noun, short items sharing the last one's tail (issue 13, class 10, on instruments)."""
from __future__ import annotations

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


def test_a_grade_paid_per_thing_is_the_condition_and_a_two_grade_list_shares_its_noun():
    item = ("6.对通过节水产品认证的企业，一级能效认证每个型号给予8万元奖励，二级、三级能效认证每个型号分别给予5万元、"
            "3万元奖励。")
    assert rows(item) == [(d("80000"), "通过节水产品认证的企业", "一级能效认证"),
                          (d("50000"), "通过节水产品认证的企业", "二级能效认证"),
                          (d("30000"), "通过节水产品认证的企业", "三级能效认证")]


def test_bands_of_a_range_list_each_keep_their_own_bound():
    item = ("（七）对年服务收入达到500万元至2000万元（不含）、2000万元至5000万元（不含）、5000万元以上的检验检测机构，"
            "分别奖励5万元、15万元、30万元。")
    assert [c for _, _, c in rows(item)] == ["年服务收入达到500万元至2000万元（不含）", "年服务收入达到2000万元至5000万元（不含）",
                                              "年服务收入达到5000万元以上"]


def test_a_list_of_short_items_shares_what_the_last_one_goes_on_to_say():
    item = "（二）对硕士研究生、本科、专科毕业生到县内托育机构从事保育工作满2年的，分别给予3万元、2万元、1万元补贴。"
    assert [b for _, b, _ in rows(item)] == [f"{k}毕业生到县内托育机构从事保育工作满2年的" for k in ("硕士研究生", "本科", "专科")]


def test_grades_of_up_to_five_letters_are_one_each():
    item = "（六）新建的旅游驿站达到A级、AA级、AAA级标准的，每座分别补助3万元、6万元、10万元。"
    assert [b for _, b, _ in rows(item)] == [f"新建的旅游驿站达到{g}级标准的" for g in ("A", "AA", "AAA")]


def test_each_award_grade_keeps_the_contest_the_first_names():
    item = "（五）对陶瓷作品获得全国陶瓷艺术设计创新评比金奖、银奖、铜奖的，分别奖励5万元、3万元、1万元。"
    assert [b for _, b, _ in rows(item)] == [f"陶瓷作品获得全国陶瓷艺术设计创新评比{g}的" for g in ("金奖", "银奖", "铜奖")]


def test_a_level_after_the_qualifying_verb_is_the_later_items_too():
    item = "（六）对新认定为省级绿色工厂、绿色供应链管理企业的，分别给予一次性奖励40万元、60万元。"
    assert [b for _, b, _ in rows(item)] == ["新认定为省级绿色工厂", "新认定为省级绿色供应链管理企业的"]
    item = "（六）对新认定为省级企业技术中心、工业设计中心的，分别给予一次性奖励40万元、60万元。"
    assert [b for _, b, _ in rows(item)] == ["新认定为省级企业技术中心的", "新认定为省级工业设计中心的"]
    item = "（六）对新认定为市级数字化车间、未来工厂的，分别给予一次性奖励20万元、40万元。"
    assert [b for _, b, _ in rows(item)] == ["新认定为市级数字化车间", "新认定为市级未来工厂的"]


def test_awards_after_a_list_of_contests_leave_whose_amount_unsaid():
    item = "（七）在国际性、全国性花卉博览会上获得金奖（特等奖）、银奖（一等奖）的产品，分别给予8万元、5万元奖励。"
    assert [b for _, b, _ in rows(item)] == ["", ""]


def test_a_later_part_naming_another_award_keeps_the_grades_the_first_part_lists():
    item = "（六）对获得国家级、省级非遗创意设计大赛金奖的作品，分别奖励8万元、4万元；获得银奖的，分别奖励4万元、2万元。"
    assert [b for _, b, _ in rows(item)][2:] == ["获得国家级非遗创意设计大赛银奖的作品", "获得省级非遗创意设计大赛银奖的作品"]


def test_the_national_level_written_全国_is_a_grade_of_a_list():
    r = extract("某县促进就业办法\n一、支持措施\n（一）对首次认定的全国、省级、市级就业见习示范单位，分别给予8万元、4万元、1万元奖励。\n"
                "二、保障措施\n加强组织领导。\n")
    assert [m.beneficiary for m in r.measures("instrument")] == [
        "首次认定的全国就业见习示范单位", "首次认定的省级就业见习示范单位", "首次认定的市级就业见习示范单位"]


def test_two_character_items_ending_alike_in_one_share_the_first_items_lead():
    from policykg.extractors.list_items import each_parallel
    assert each_parallel(["用人单位引进临床医学博士", "硕士的"]) == ["用人单位引进临床医学博士的", "用人单位引进临床医学硕士的"]
    assert each_parallel(["企业新建冷库", "厂房的"]) == []  # (not alike at their end: no shared lead read)


def test_a_last_item_shorter_than_the_middle_ones_shares_no_noun():
    from policykg.extractors.list_items import shared_noun
    assert shared_noun(["博士", "硕士研究生", "本科"]) == ""  # (the last item shorter than the middle one: no error)

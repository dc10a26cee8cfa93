"""extractors/cases.py: the cases the parts of a sentence open on (issue 13, class 10: each amount its own beneficiary)."""
from __future__ import annotations

from policykg.extractors.cases import later_case, own_case


def test_a_part_opening_on_a_verb_and_closed_by_de_is_a_case_of_its_own_not_a_band():
    assert own_case("新建库容300吨以上冷藏设施的，")
    assert own_case("（二）购置烘干设备的")
    assert not own_case("年营业收入5000万元以上的")  # (a band of the earlier part's beneficiary)


def test_a_case_after_an_amount_is_whom_the_later_amounts_are_for():
    assert later_case("，每个给予3万元一次性补助，建设县级分拣中心的，按照设备投资额的25%给予补助，") == "建设县级分拣中心的"
    assert later_case("，建设县级分拣中心的，按照设备投资额的25%给予补助，") == ""  # (no amount before it: the first case)
    assert later_case("，按照设备投资额的25%给予补助，") == ""


def test_a_place_that_pays_before_its_dui_is_no_part_of_whom_but_other_words_before_dui_are_no_payer():
    from policykg.extractors.cases import beneficiary_pattern, paying_place
    found = beneficiary_pattern().search("为稳定种植面积，某某县对集中连片种植50亩以上的种粮大户，每亩给予100元奖补。")
    assert found["who"] == "集中连片种植50亩以上的种粮大户" and found["payer"] == "某某县" and paying_place("某某县")
    assert paying_place("当地") and not paying_place("补贴") and not paying_place("主动")  # (补贴对象为…; 主动对接…)

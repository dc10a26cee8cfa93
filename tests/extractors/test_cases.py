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

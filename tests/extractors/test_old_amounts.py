"""policykg.extractors.old_amounts: the old rate of a changed one is replaced, the new one reads from the old."""
from __future__ import annotations

from kit import d, extract, value

from policykg.extractors.old_amounts import change_start, replaced_rate

TEXT = "护理补贴由每人每月150元提高到200元，奖励从5万元调整为8万元。"


def test_the_old_rate_of_a_change_is_replaced_and_the_new_one_is_not():
    assert replaced_rate(TEXT, TEXT.index("150"), TEXT.index("150") + 4)
    assert not replaced_rate(TEXT, TEXT.index("200"), TEXT.index("200") + 4)
    assert replaced_rate(TEXT, TEXT.index("5万元"), TEXT.index("5万元") + 3)


def test_a_new_rate_reads_from_where_its_change_opens():
    assert change_start(TEXT, TEXT.index("200")) == TEXT.index("由")
    assert change_start(TEXT, TEXT.index("8万元")) == TEXT.index("从")
    assert change_start(TEXT, TEXT.index("150")) is None
    assert change_start("全市投入提高到12亿元。", 7) is None  # (a level reached, no old amount)


def test_a_rate_changed_per_the_same_unit_grants_the_new_one():
    text = "削峰响应补贴标准由原每千瓦时2元提高到每千瓦时2.5元。"
    assert replaced_rate(text, text.index("2元"), text.index("2元") + 2)
    assert change_start(text, text.index("2.5")) == text.index("由")


def test_a_volume_lent_and_the_list_after_it_are_no_grant():
    from policykg.extractors.old_amounts import lent
    text = "其中，2025年、2026年分别新增发放2.1亿元、2.6亿元；对合作银行给予奖励10万元。"
    assert lent(text, text.index("2.1亿")) and lent(text, text.index("2.6亿"))
    assert not lent(text, text.index("10万"))


def test_the_wages_works_pay_their_workers_in_all_are_no_grant():
    r = extract("某县以工代赈实施方案\n一、主要措施\n（一）今年实施以工代赈项目4个，预计发放劳务报酬260万元。对参加技能培训的务工群众，"
                "每人给予培训补贴400元。\n二、保障措施\n加强组织领导。\n")
    assert [value(m)[0] for m in r.measures("instrument")] == [d("400")]

"""Numbers that bound or start rather than measure (policykg.extractors.measures.limits)."""
from __future__ import annotations

import pytest

from kit import extract

POLICY = ("某市人民政府关于印发《某市人才安居若干措施》的通知\n某政发〔2024〕3号\n各区县人民政府：\n现将措施印发给你们。\n"
          "某市人民政府\n2024年5月20日\n某市人才安居若干措施\n一、主要目标\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "对来本市工作的全日制硕士研究生和本科毕业生（35岁以下），每人每年发放生活补贴1万元。",
    "《若干措施》共五个方面18条，主要内容如下。",
])
def test_a_limit_in_brackets_and_a_count_of_a_policys_parts_are_no_figures(sentence):
    r = extract(POLICY.format(sentence=sentence), "policy.txt")
    assert [m.indicator for m in r.measures() if m.kind != "instrument"] == []


def test_the_value_a_goal_starts_from_is_no_target():
    r = extract(POLICY.format(sentence="到2027年，全市充电桩由目前的3万个增加到8万个。"), "policy.txt")
    assert [m.quantity.value for m in r.measures("target")] == [80000]


@pytest.mark.parametrize("sentence", [
    "香菇酱、香菇脆、香菇粉等加工企业年销售收入首次突破1000万元、3000万元、5000万元的，分别奖励5万元、15万元、30万元。",
    "在市外开设品牌体验店的，每家补助2万元，单个主体最多3家。",
])
def test_a_grants_tiers_amounts_and_quota_are_no_targets(sentence):
    r = extract(POLICY.format(sentence=sentence), "policy.txt")
    assert [m.indicator for m in r.measures("target")] == []
    assert r.measures("instrument")  # (the grant itself is written, as instruments)

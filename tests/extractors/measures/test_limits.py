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


REPORT = ("2026年某某市政府工作报告\n各位代表：\n一、2025年工作回顾\n{review}\n二、2026年工作安排\n{plan}\n")


@pytest.mark.parametrize("review, plan", [
    ("坚持文旅融合发展，打造甲山、乙谷、丙寺、丁园4条精品线路。", "推进甲县、乙县、丙县3个县市整县屋顶分布式光伏开发。"),
    ("某某食品有限公司年产10万吨特色调味品、某某产业园二期等项目建成投产。", "某某经开区年产50万吨特种合金棒线材等重大项目开工建设。"),
    ("某某县在全省县域经济发展考核中位次前移6位，营商环境评价排名提升5位。", "争取全省考核排名前移3位。"),
])
def test_a_count_of_a_list_just_named_a_size_in_a_projects_name_and_a_move_in_a_ranking_are_no_figures(review, plan):
    r = extract(REPORT.format(review=review, plan=plan), "report.txt")
    assert [m.indicator for m in r.measures() if m.kind in ("observation", "target")] == []


def test_counts_of_lists_closed_by_deng_or_built_and_counts_before_their_noun_stay():
    r = extract(REPORT.format(review="已建成甲节点、乙节点和丙节点等3个标识解析二级节点。新增国家级、省级专精特新企业2家。",
                              plan="全年新增分布式光伏装机15万千瓦。"), "report.txt")
    assert sorted(str(m.quantity.value) for m in r.measures() if m.kind in ("observation", "target")) \
        == ["150000", "2", "3"]


def test_a_bar_inside_the_recipients_words_of_a_grant_is_no_target():
    r = extract("某县桑蚕产业发展三年行动方案（2025—2027年）\n一、发展目标\n到2027年，全县桑园面积达到6万亩。\n二、重点任务\n"
                "（一）对带动脱贫户、监测户100户以上稳定发展桑蚕生产，且户均年售茧收入达到1万元以上的龙头企业、合作社，"
                "每带动1户奖励200元。\n（二）新建标准化蚕房500座，对新建蚕房的，每座补助3000元。\n", "pkulaw-1.txt")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("target")] == [("全县桑园面积", "60000"),
                                                                                   ("新建标准化蚕房", "500")]

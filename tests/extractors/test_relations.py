"""extractors/relations.py: relations stated in running text — who issued a
named policy (X印发《Y》, a title's issuer prefix) and when, which policies a
policy cites or implements, which policy an interpretation interprets."""
from __future__ import annotations

import pytest

from kit import extract

LEAD = "某某情况\n"


@pytest.mark.parametrize("sentence, policy, issuers, date", [
    ("2022年1月，国务院印发《某某产业发展规划》。", "某某产业发展规划", {"国务院"}, "2022-01"),
    ("工业和信息化部、财政部联合印发《某某专项行动方案》。", "某某专项行动方案", {"工业和信息化部", "财政部"}, None),
    ("2023年3月15日，工信部印发了《某某管理办法》。", "某某管理办法", {"工业和信息化部"}, "2023-03-15"),
])
def test_issued_in_running_text(sentence, policy, issuers, date):
    r = extract(LEAD + sentence)
    assert r.objects(policy, "issued_by") == issuers
    assert r.objects(policy, "issued_on") == ({date} if date else set())


def test_a_foreign_body_issues_no_chinese_policy():
    r = extract(LEAD + "俄罗斯国防部发布《某某军事演习计划》。")
    assert "国防部" not in r.objects("某某军事演习计划", "issued_by")


def test_a_body_separated_by_a_clause_issues_nothing():
    r = extract(LEAD + "国务院常务会议指出，要抓好落实，近日有关方面印发《某某实施方案》。")
    assert r.objects("某某实施方案", "issued_by") == set()


PLAN = """\
某省某某产业发展行动方案
为贯彻落实《某某产业发展规划》，结合本省实际，制定本方案。
参照《某某管理办法》执行。
"""


def test_a_policy_implements_and_cites_what_its_text_names():
    r = extract(PLAN)
    own = "某省某某产业发展行动方案"
    assert r.objects(own, "implements") == {"某某产业发展规划"}
    assert r.objects(own, "cites") == {"某某管理办法"}


def test_an_interpretation_interprets_the_policy_of_its_title():
    r = extract("""\
        《湖州市数字经济发展规划》政策解读
        一、出台背景
        为加快数字经济发展，市政府印发了《湖州市数字经济发展规划》，并参照《某某管理办法》。
        """)
    assert r.objects("doc", "interprets") == {"湖州市数字经济发展规划"}
    assert "某某管理办法" not in r.objects("doc", "interprets")


@pytest.mark.parametrize("name, date", [("20250520.md", "2025-05"), ("20250503.md", None)])
def test_recently_issued_is_the_reports_month_only_late_in_the_month(name, date):
    r = extract("某某新闻\n近日，国务院办公厅印发《某某三年行动方案》。", name)
    assert r.objects("某某三年行动方案", "issued_on") == ({date} if date else set())


def test_issuing_rules_under_a_law_is_not_issuing_the_law():
    r = extract("某地新闻\n浙江省人民政府今天出台《中华人民共和国某某保护法》实施办法。")
    assert [(f.subject, f.obj) for f in r.facts("issued_by")] == []
    r = extract("某地新闻\n浙江省人民政府今天印发《浙江省数字经济促进条例》。")
    assert [(f.subject, f.obj) for f in r.facts("issued_by")] == [("浙江省数字经济促进条例", "浙江省人民政府")]


def test_a_headline_naming_a_policy_in_a_link_list_does_not_date_it():
    from kit import extract
    r = extract("某某行动方案\n一、总体要求\n到2030年，某某产业营业收入达到2万亿元。\n相关稿件\n"
                "某部有关负责人就《某某行动方案》答记者问\t2026-04-28\n《某某行动方案》\t2026-04-21\n", "page.txt")
    assert r.objects("某某行动方案", "issued_on") == {"2026-04-21"}


@pytest.mark.parametrize("issued, date", [("2024年08月26日", None), ("2024年09月02日", "2024-09")])
def test_an_interpretations_recently_issued_is_not_the_pages_month_where_its_table_gives_another(issued, date):
    text = ("洛阳市偃师区人民政府\n当前位置：首页 > 政务公开 > 政策解读\n"
            f"关联文件\t偃政办〔2024〕18号\t印发时间\t{issued}\n"
            "《偃师区支持乡村旅游发展若干措施》政策解读\n发布时间：2024-09-12 10:36\n"
            "近日，洛阳市偃师区人民政府办公室印发《偃师区支持乡村旅游发展若干措施》。现就有关问题解读如下。\n"
            "一、对新评定的甲级旅游民宿，给予一次性奖励20万元。\n")
    r = extract(text, "yanshi-jiedu.txt")
    assert r.objects("偃师区支持乡村旅游发展若干措施", "issued_by") == {"洛阳市偃师区人民政府办公室"}
    assert r.objects("偃师区支持乡村旅游发展若干措施", "issued_on") == ({date} if date else set())

"""link/entities.py and the Linker: one entity per real thing across documents
(a policy across its written variants, a body across its short names, a
foreign body apart from China's), preferred names and aliases, vocabulary
details, stable ids, and a policy's date from the dates stated for it."""
from __future__ import annotations

import pytest

from policykg.link import link
from policykg.records import Document, Extraction, Mention

from kit import extract

from .fixtures import LATER, NEWS, PLAN, extractions


def inline(*named: tuple[str, str]):
    return [extract(text, name).extraction for name, text in named]


@pytest.fixture(scope="module")
def kb():
    return link(extractions(PLAN, NEWS, LATER))


POLICY = "某某产业创新发展行动计划(2021-2023年)"


def test_a_policy_written_two_ways_is_one_entity(kb):
    ent = kb.get("POLICY", POLICY)
    assert ent is not None and list(ent.docs) == ["news", "later"]
    assert ent.name == "某某产业创新发展行动计划（2021-2023年）"  # the plain title, not the 印发 notice
    assert any("关于印发" in a for a in ent.aliases)
    assert len([k for k in kb.entities if k[0] == "POLICY" and "某某产业创新发展行动计划" in k[1]]) == 1


def test_a_body_and_its_short_name_are_one_entity(kb):
    ent = kb.get("ORG", "工业和信息化部")
    assert ent.name == "工业和信息化部" and "工信部" in ent.aliases
    assert ent.id == "org/miit"  # the vocabulary's id
    assert kb.get("ORG", "工信部") is None


def test_a_foreign_ministry_is_its_own_entity(kb):
    foreign = kb.get("ORG", "俄罗斯国防部")
    assert foreign is not None and foreign.attrs.get("foreign") == "俄罗斯"
    assert foreign.id != kb.get("ORG", "国防部").id
    assert ("ORG", "俄罗斯国防部", "sub_organization_of", "ORG", "国务院") not in kb.statements


def test_sub_units_get_their_parent_from_the_vocabulary(kb):
    refs = kb.statements[("ORG", "工业和信息化部办公厅", "sub_organization_of", "ORG", "工业和信息化部")]
    assert refs and all(r.doc == "news" for r in refs)
    assert kb.texts.exact(refs[0]).startswith("工业和信息化部办公厅")


def test_the_most_precise_consistent_date_wins_and_conflicts_are_listed(kb):
    ent = kb.get("POLICY", POLICY)
    stated = {o for (st, s, p, ot, o) in kb.statements if s == POLICY and p == "issued_on"}
    assert stated == {"2021-11", "2021-11-15"}
    assert ent.attrs["date"] == "2021-11-15"
    assert kb.date_conflicts == []


def test_disagreeing_dates_are_listed():
    kb = link(inline(("a.md", "---\ntitle: 甲\ndate: 2024-01-01\n---\n2021年11月，工信部印发《某某管理办法》。\n"),
                     ("b.md", "---\ntitle: 乙\ndate: 2024-01-01\n---\n2022年3月，工信部印发《某某管理办法》。\n")))
    (conflict,) = kb.date_conflicts
    assert "2021-11" in conflict and "2022-03" in conflict and "(a)" in conflict and "(b)" in conflict


def test_ids_are_unique_readable_and_stable():
    first = link(extractions(PLAN, NEWS))
    second = link(extractions(PLAN, NEWS))
    ids = [e.id for e in first.entities.values()]
    assert len(ids) == len(set(ids))
    assert {k: e.id for k, e in first.entities.items()} == {k: e.id for k, e in second.entities.items()}
    assert all("/" in i and " " not in i for i in ids)


def test_two_keys_with_the_same_slug_get_distinct_ids():
    doc = Document("d", "d.txt", "甲（一）乙 甲_一_乙")
    ms = (Mention("d", 0, 5, "甲（一）乙", "ORG", "甲（一）乙"), Mention("d", 6, 11, "甲_一_乙", "ORG", "甲_一_乙"))
    kb = link([Extraction(doc, ((0, 11),), ms)])
    assert sorted(e.id for e in kb.entities.values()) == ["org/甲_一_乙", "org/甲_一_乙-2"]


def test_regions_get_level_and_province():
    kb = link(inline(("r.txt", "某某情况\n杭州和宁波加强合作，浙江全省联动。\n")))
    assert kb.get("REGION", "杭州市").attrs["province"] == "浙江省"
    assert kb.get("REGION", "浙江省").attrs["level"] == "province"


@pytest.mark.parametrize("form, name", [
    ("某市人民政府办公室关于印发《某市数字经济发展规划》的通知", "某市数字经济发展规划"),
    ("某市人民政府办公室关于印发《某市数字经济发展规划》《某市人工智能行动方案》的通知",
     "关于印发《某市数字经济发展规划》《某市人工智能行动方案》的通知"),
    ("2025年某市政府工作报告（全文）", "2025年某市政府工作报告"),  # (a page's note on its wording is no part of the name)
    ("某市人民政府办公室关于印发某市促进外贸若干措施和某市物流降本增效若干措施的通知",  # (several, without 《》)
     "关于印发某市促进外贸若干措施和某市物流降本增效若干措施的通知"),
])
def test_a_notice_is_named_by_what_it_issues_unless_it_issues_several(form, name):
    from collections import Counter

    from policykg.link.entities import name_of
    from policykg.link.model import Entity

    assert name_of(Entity("POLICY", "k", Counter({form: 1})))[0] == name


@pytest.mark.parametrize("form, kept", [
    ("《某省数据条例》", "某省数据条例"),
    ("某省人民政府办公厅印发《某省数据条例》", "某省人民政府办公厅印发《某省数据条例》"),
    ("2.某某设备更新补助资金管理办法", "某某设备更新补助资金管理办法"),  # (an attachment list's item number)
    ("2025年某某设备更新补助资金管理办法", "2025年某某设备更新补助资金管理办法"),
])
def test_a_form_loses_only_the_marks_that_wrap_it(form, kept):
    from policykg.link.entities import clean

    assert clean(form) == kept


def test_a_title_wrapped_over_two_lines_is_named_without_a_blank():
    text = ("中共某某市委 某某市人民政府\n关于推进某某产业融合发展的意见\n某发〔2023〕9号\n各县（市、区）党委和人民政府：\n"
            "一、到2025年，全市某某产业收入突破150亿元。\n中共某某市委\n某某市人民政府\n2023年6月20日\n")
    kb = link(inline(("wrapped", text)))
    (policy,) = [e for e in kb.entities.values() if e.type == "POLICY"]
    assert policy.name == "中共某某市委某某市人民政府关于推进某某产业融合发展的意见"  # (not …人民政府 关于…)


def test_two_work_reports_titled_only_by_their_genre_are_two_policies_named_by_their_meeting():
    report = "政府工作报告\n——2026年1月15日在{city}第十六届人民代表大会第六次会议上\n各位代表：\n今年全市地区生产总值增长5.5%左右。\n"
    kb = link(inline(("a", report.format(city="宁波市")), ("b", report.format(city="温州市"))))
    names = sorted(e.name for e in kb.entities.values() if e.type == "POLICY")
    assert names == ["2026年宁波市政府工作报告", "2026年温州市政府工作报告"]


def test_a_report_titled_by_its_year_and_genre_is_named_by_its_meeting():
    report = "2026年政府工作报告\n（2026年1月9日在{city}第十八届人民代表大会第五次会议上）\n各位代表：\n今年全区地区生产总值增长5%左右。\n"
    kb = link(inline(("a", report.format(city="淮南市田家庵区"))))
    assert [e.name for e in kb.entities.values() if e.type == "POLICY"] == ["2026年田家庵区政府工作报告"]

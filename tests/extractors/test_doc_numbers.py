"""extractors/doc_numbers.py: the document's own 文号 (from its 文号 line) and a
cited policy's, written right after its title."""
from __future__ import annotations

import pytest

from kit import extract


def test_the_documents_own_doc_number():
    r = extract("""\
        某某市人民政府关于加强某某管理的通知
        某政发〔2024〕1号
        各区县人民政府：
        根据国发〔2015〕28号文件精神，现将有关事项通知如下。
        """)
    assert r.objects("关于加强某某管理的通知", "doc_number") == {"某政发〔2024〕1号"}
    assert len(r.facts("doc_number")) == 1  # a 文号 cited in the body is not the document's


def test_each_policy_a_notice_issues_carries_the_notices_doc_number():
    r = extract("""\
        某某市人民政府办公室关于印发《某某市促进甲产业发展若干措施》《某某市乙产业三年行动方案》的通知
        某政办发〔2024〕9号
        各县市区人民政府：
        现将两个文件印发给你们，请认真贯彻执行。
        某某市人民政府办公室
        2024年5月20日
        某某市促进甲产业发展若干措施
        一、对新落户的甲产业企业给予奖励。
        某某市乙产业三年行动方案
        一、到2026年，乙产业规模突破200亿元。
        """)
    for policy in ("某某市促进甲产业发展若干措施", "某某市乙产业三年行动方案"):
        assert r.objects(policy, "doc_number") == {"某政办发〔2024〕9号"}  # (cited as 《…》（某政办发〔2024〕9号）)


def test_a_document_without_a_doc_number_line_has_none():
    r = extract("""\
        某某市人民政府关于加强某某管理的通知
        各区县人民政府：
        现将有关事项通知如下。
        """)
    assert r.facts("doc_number") == []


@pytest.mark.parametrize("sentence, policy, number", [
    ("依据《某某管理办法》（国发〔2015〕28号）执行。", "某某管理办法", "国发〔2015〕28号"),
    ("工业和信息化部、财政部联合印发《某某专项行动方案》（工信部联规〔2023〕12号）。", "某某专项行动方案", "工信部联规〔2023〕12号"),
    ("近日，某县人民政府办公室印发《某县促进某某产业发展若干措施》（某政办发〔2025〕14号，以下简称《若干措施》）。",
     "某县促进某某产业发展若干措施", "某政办发〔2025〕14号"),  # (the bracket goes on past the 文号)
])
def test_a_cited_policys_doc_number(sentence, policy, number):
    r = extract("某某情况\n" + sentence)
    assert r.objects(policy, "doc_number") == {number}


def test_a_doc_number_not_after_a_title_is_nobodys():
    r = extract("某某情况\n根据国发〔2015〕28号文件精神，《某某管理办法》已经修订。")
    assert r.facts("doc_number") == []


def test_an_interpretation_gives_the_policy_it_is_about_the_doc_number_it_cites():
    text = ("关于《某县促进某某产业发展若干措施》的政策解读\n一、出台背景\n近日，某县人民政府办公室印发了《某县促进某某产业发展若干"
            "措施》（某政办发〔2025〕14号，以下简称《若干措施》）。\n")
    assert extract(text, "report-jiedu.txt").objects("某县促进某某产业发展若干措施", "doc_number") == {"某政办发〔2025〕14号"}

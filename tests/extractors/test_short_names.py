"""extractors/short_names.py: "（以下简称《通知》）" defines a short name; a bare
genre word in 《》 stands for the latest policy of that genre named before it,
or for the document's own policy; a short name that resolves to nothing is dropped."""
from __future__ import annotations


from kit import extract


def policy_mentions(r):
    return [(m.text, m.key) for m in r.mentions("POLICY")]


def test_a_defined_short_name_is_the_policy_named_before_it():
    r = extract("""\
        某某情况
        2022年1月，国务院印发《某某产业发展规划》（以下简称《规划》）。《规划》提出了发展目标。
        """)
    assert policy_mentions(r).count(("规划", "某某产业发展规划")) == 2


def test_a_defined_short_name_that_is_not_a_genre_word():
    r = extract("""\
        某某情况
        工业和信息化部印发《某某产业数字化转型行动计划》（以下简称《行动》）。《行动》明确了重点任务。
        """)
    assert ("行动", "某某产业数字化转型行动计划") in policy_mentions(r)
    assert "行动" not in {k for _, k in policy_mentions(r)}


def test_a_short_name_defined_after_the_policys_number_in_the_same_brackets():
    r = extract("""\
        某某解读
        某市人民政府印发了《某市支持冷链物流发展若干政策措施》（某政发〔2024〕4号，以下简称《政策措施》）。《政策措施》明确了支持方向。
        """)
    assert policy_mentions(r).count(("政策措施", "某市支持冷链物流发展若干政策措施")) == 2
    assert "政策措施" not in {k for _, k in policy_mentions(r)}


def test_a_short_name_defined_for_something_else_is_not_the_policy_named_earlier():
    r = extract("""\
        某某情况
        国务院印发《某某产业发展规划》。某某通用大模型（以下简称“模型”）应用广泛，《模型》一书介绍了它。
        """)
    assert "模型" not in {t for t, _ in policy_mentions(r)}


def test_a_bare_genre_word_stands_for_the_latest_policy_of_its_genre():
    r = extract("""\
        某某情况
        《某某产业发展规划》和《某某管理办法》相继出台。《规划》提出了发展目标。
        """)
    assert ("规划", "某某产业发展规划") in policy_mentions(r)


def test_a_bare_genre_word_in_a_policy_is_the_policy_itself():
    r = extract("""\
        某省某某产业发展行动方案
        为推动某某产业发展，制定本方案。
        一、主要目标
        《方案》实施期为三年。
        """)
    assert ("方案", "某省某某产业发展行动方案") in policy_mentions(r)


def test_a_short_name_that_resolves_to_nothing_is_dropped():
    r = extract("""\
        某某情况
        会议要求认真学习《通知》精神。
        """)
    assert policy_mentions(r) == []


def test_a_short_genre_name_is_the_latest_title_ending_with_it_not_the_report_itself():
    r = extract("2026年某省政府工作报告\n二、关于《某省国民经济和社会发展第十五个五年规划纲要（草案）》的说明\n"
                "省政府制定了《某省国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审查。\n"
                "《纲要（草案）》提出，到2030年，地区生产总值年均增长5%左右。《纲要》还展望了2035年。", "gzbg_2026-01-20.txt")
    plan = "某省国民经济和社会发展第十五个五年规划纲要(草案)"
    assert {(m.text.strip("《》"), m.key) for m in r.mentions("POLICY") if m.key != r.document.title and "省" not in m.text} == {
        ("纲要（草案）", plan), ("纲要", plan)}
    assert [m.policy for m in r.measures("target")] == [plan]


def test_a_short_genre_name_of_another_genre_is_not_the_documents_own():
    r = extract("2026年某省政府工作报告\n我们编制了“十五五”规划纲要（草案），提交大会审查。\n《纲要》提出，到2030年，地区生产总值年均增长5%左右。",
                "gzbg_2026-01-20.txt")
    assert [m.text for m in r.mentions("POLICY") if "纲要" in m.text] == []


def test_a_bare_implementing_title_is_the_latest_one_named_or_nothing():
    r = extract("""\
        某某情况
        国务院公布《某某资源保护法实施条例》。《实施条例》共6章40条。
        会议要求全面施行《某某促进法》及本省《实施办法》。
        """)
    assert ("实施条例", "某某资源保护法实施条例") in policy_mentions(r)
    assert {k for _, k in policy_mentions(r)} == {"某某资源保护法实施条例", "某某促进法"}


def test_short_names_defined_respectively_for_the_policies_a_notice_issues():
    r = extract("""\
        某市人民政府办公室印发《关于印发〈某市茶产业高质量发展三年行动方案（2025—2027年）〉和〈某市支持茶产业发展若干政策措施〉的通知》，以下分别简称《行动方案》《政策措施》。《政策措施》明确了奖补标准。
        """)
    keys = {text: key for text, key in policy_mentions(r)}
    assert keys["政策措施"] == "某市支持茶产业发展若干政策措施"  # (no policy of its own named 政策措施)
    assert keys["行动方案"] == "某市茶产业高质量发展三年行动方案(2025-2027年)"

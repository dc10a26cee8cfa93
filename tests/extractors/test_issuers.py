"""extractors/issuers.py: who issued the policies a file holds and when — the
title prefix, the header and the 落款 (joint issuers split), the 成文日期 —
for the document's own policy and for each policy a 印发 notice issues (the
notice's bodies and date unless the policy states its own)."""
from __future__ import annotations

from kit import document, extract, extract_file

ONE = document("notice_one_policy.txt")
TWO = document("notice_two_policies.txt")

def test_a_notice_issuing_one_policy_gives_it_its_issuer_date_and_doc_number():
    r = extract_file(ONE)
    policy = "温州市促进外贸稳增长若干措施"
    assert r.objects("notice_one_policy", "embodies") == {policy}
    assert r.objects(policy, "issued_by") == {"温州市人民政府办公室"}
    assert r.objects(policy, "issued_on") == {"2024-09-02"}
    assert r.objects(policy, "doc_number") == {"温政办发〔2024〕30号"}


def test_a_notice_issuing_two_policies():
    r = extract_file(TWO)
    notice = [f.obj for f in r.facts("embodies")]
    assert len(notice) == 1 and notice[0] not in ("湖州市数字经济发展规划", "湖州市人工智能产业行动方案")
    assert r.objects(notice[0], "issued_by") == {"湖州市人民政府办公室"}
    assert r.objects(notice[0], "doc_number") == {"湖政办发〔2024〕9号"}
    # the first policy states no issuer nor date: the notice's
    assert r.objects("湖州市数字经济发展规划", "issued_by") == {"湖州市人民政府办公室"}
    assert r.objects("湖州市数字经济发展规划", "issued_on") == {"2024-06-03"}
    # the second is signed and dated in its own text
    assert r.objects("湖州市人工智能产业行动方案", "issued_by") == {"湖州市经济和信息化局"}
    assert r.objects("湖州市人工智能产业行动方案", "issued_on") == {"2024-05-20"}


def test_the_targets_of_each_issued_policy_are_its_own():
    r = extract_file(TWO)
    assert r.measure("target", "数字经济核心产业增加值").policy == "湖州市数字经济发展规划"
    assert r.measure("target", "人工智能核心产业营业收入").policy == "湖州市人工智能产业行动方案"
    one = extract_file(ONE)
    assert one.measure("target", "跨境电商进出口额").policy == "温州市促进外贸稳增长若干措施"


def test_issuer_facts_cite_the_lines_that_state_them():
    r = extract_file(ONE)
    (by,) = {f.evidence.text for f in r.facts("issued_by")}
    assert "温州市人民政府办公室" in by
    (on,) = {f.evidence.text for f in r.facts("issued_on")}
    assert "2024年9月2日" in on


def test_an_interpretation_states_no_issuer():
    r = extract("""\
        《湖州市数字经济发展规划》政策解读
        近日，湖州市人民政府办公室印发了规划。
        """)
    assert r.facts("embodies") == []
    assert "湖州市数字经济发展规划" not in {f.subject for f in r.facts("issued_on")}

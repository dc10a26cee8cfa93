"""``extract_document`` end to end on small invented documents (not seed
text): the title block, short names, local bodies, offsets and evidence."""
from __future__ import annotations

import pytest

from policykg.extract import extract_document
from policykg.records import Document

NOTICE = (
    "浙江省经济和信息化厅关于印发浙江省中小企业数字化转型行动方案的通知\n"
    "浙经信〔2023〕15号\n"
    "各市经信局：\n"
    "为贯彻落实《“十四五”促进中小企业发展规划》，现将《浙江省中小企业数字化转型行动方案》（以下简称《方案》）印发给你们，请认真贯彻执行。\n"
    "《方案》提出，到2025年，全省中小企业上云数量达到50万家，培育数字化转型标杆企业200家。\n"
    "截至2022年底，全省已有中小企业上云数量32万家。\n"
    "杭州、宁波、温州等地要发挥示范作用，省经信厅将会同浙江大学、阿里巴巴集团等单位开展评估。\n"
)


@pytest.fixture(scope="module")
def notice():
    return extract_document(Document("notice", "notice.txt", NOTICE, date="2023-03-10"))


POLICY_KEY = "浙江省中小企业数字化转型行动方案"


def fact_set(ex):
    return {(f.subject, f.predicate, f.obj) for f in ex.facts}


def test_title_policy_issuer_and_document_date(notice):
    fs = fact_set(notice)
    assert (POLICY_KEY, "issued_by", "浙江省经济和信息化厅") in fs
    assert (POLICY_KEY, "issued_on", "2023-03-10") in fs


def test_title_policy_implements(notice):
    assert (POLICY_KEY, "implements", "十四五促进中小企业发展规划") in fact_set(notice)


def test_short_name_mentions_resolve(notice):
    shorts = [m for m in notice.mentions if m.type == "POLICY" and m.text == "方案"]
    assert len(shorts) == 2
    assert {m.key for m in shorts} == {POLICY_KEY}


def test_targets_and_observation(notice):
    got = sorted((m.kind, str(m.quantity.value), m.time) for m in notice.measures)
    assert got == [("observation", "320000", "2022-12"), ("target", "200", "2025"), ("target", "500000", "2025")]
    for m in notice.measures:
        if m.kind == "target":
            assert m.policy == POLICY_KEY


def test_local_body_resolves_to_document_province(notice):
    body = [m for m in notice.mentions if m.type == "ORG" and m.text == "省经信厅"]
    # short local form: the document's province, abbreviation expanded (经信厅 → 经济和信息化厅)
    assert body and body[0].key == "浙江省经济和信息化厅"


def test_org_and_region_mentions(notice):
    orgs = {m.key for m in notice.mentions if m.type == "ORG"}
    assert {"浙江省经济和信息化厅", "浙江大学", "阿里巴巴集团"} <= orgs
    regions = [m.key for m in notice.mentions if m.type == "REGION"]
    assert {"杭州市", "宁波市", "温州市"} <= set(regions)
    # 浙江大学 and the 浙江 of the issuer in the title are no region mentions of their own
    assert "浙江省" not in regions


def test_mention_offsets_point_into_the_text(notice):
    text = notice.document.text
    for m in notice.mentions:
        if m.type in ("ORG", "REGION", "DATE", "QUANTITY", "PLATFORM"):
            assert text[m.start : m.end] == m.text, m


def test_evidence_is_the_sentence(notice):
    text = notice.document.text
    for m in notice.measures:
        ev = m.evidence
        assert text[ev.start : ev.end] == ev.text
        assert ev.start <= m.quantity.start < m.quantity.end <= ev.end
    for f in notice.facts:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text


def test_dates_and_quantities_are_mentions(notice):
    dates = {m.key for m in notice.mentions if m.type == "DATE"}
    assert {"2025", "2022-12"} <= dates
    qty = {(m.key, m.attr("unit")) for m in notice.mentions if m.type == "QUANTITY"}
    assert ("500000", "家") in qty


INTERPRETATION = (
    "《四川省数字经济发展规划》政策解读\n"
    "四川省发展和改革委员会\n"
    "2022年3月，四川省人民政府办公厅印发《四川省数字经济发展规划》。\n"
    "规划提出，到2025年，数字经济总量超过4万亿元。\n"
)


def test_interpretation_document():
    ex = extract_document(Document("interp", "interp.txt", INTERPRETATION, date="2022-04-02"))
    fs = fact_set(ex)
    key = "四川省数字经济发展规划"
    assert ("interp", "interprets", key) in fs
    assert (key, "issued_on", "2022-03") in fs
    assert (key, "issued_on", "2022-04-02") not in fs
    assert (key, "issued_by", "四川省人民政府办公厅") in fs
    (target,) = [m for m in ex.measures if m.kind == "target"]
    assert target.policy == key and target.quantity.value == 4000000000000 and target.time == "2025"


def test_news_item_observations_are_not_targets():
    text = "新华社消息\n截至2023年6月，全国工业互联网标识注册量突破3000亿，服务企业超过30万家。\n"
    ex = extract_document(Document("news", "news.txt", text, date="2023-07-15"))
    assert {m.kind for m in ex.measures} == {"observation"}
    assert {m.time for m in ex.measures} == {"2023-06"}


def test_long_document_keeps_offsets():
    para = "截至2022年底，全省累计建成5G基站8.2万个，工业和信息化部组织开展专项行动。\n\n"
    text = para * 400  # > 20 000 characters: processed in several chunks
    ex = extract_document(Document("long", "long.txt", text, date="2023-01-01"))
    assert len(ex.measures) == 400
    for m in ex.measures[-3:]:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text
    orgs = [m for m in ex.mentions if m.type == "ORG"]
    assert len(orgs) == 400 and all(text[m.start : m.end] == "工业和信息化部" for m in orgs)


UNDATED = (
    "数字乡村建设回顾\n"
    "2021年全国农村网络零售额达到2.05万亿元。\n"
    "预计2023年农村网民规模将超过3.5亿人。\n"
    "今年5月，农业农村部印发《农业农村大数据试点工作方案》。\n"
    "9月12日，中央网信办发布了《数字乡村标准体系建设指南》。\n"
)


def test_undated_document_reads_relative_dates_against_the_year_it_reports_as_known():
    ex = extract_document(Document("undated", "undated.txt", UNDATED))
    fs = fact_set(ex)
    # a whole-year figure for 2021 means 2021 is over: 今年 = 2022 (the forecast says nothing)
    assert ("农业农村大数据试点工作方案", "issued_on", "2022-05") in fs
    assert ("数字乡村标准体系建设指南", "issued_on", "2022-09-12") in fs
    assert len(ex.warnings) == 1 and "2022" in ex.warnings[0] and "undated.txt" in ex.warnings[0]


def test_reference_year_from_a_dated_event_is_that_year():
    text = "工作回顾\n2022年8月，省政府出台《数据要素市场化配置改革方案》。\n今年3月，省大数据局印发《公共数据开放办法》。\n"
    fs = fact_set(extract_document(Document("event", "event.txt", text)))
    assert ("公共数据开放办法", "issued_on", "2022-03") in fs


def test_no_reference_year_without_evidence_and_none_needed_for_dated_documents():
    text = "工作回顾\n预计2025年数字经济核心产业增加值将达到1万亿元。\n今年3月，省大数据局印发《公共数据开放办法》。\n"
    ex = extract_document(Document("future", "future.txt", text))
    assert not any(f.predicate == "issued_on" for f in ex.facts) and not ex.warnings
    dated = extract_document(Document("dated", "dated.txt", UNDATED, date="2024-06-01"))
    assert ("农业农村大数据试点工作方案", "issued_on", "2024-05") in fact_set(dated) and not dated.warnings

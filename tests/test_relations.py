"""Relations stage: issued by / issued on / interprets / implements / cites,
and measures (targets, observations, forecasts). Sentences are invented for
these tests (not seed text); each runs through ``extract_document`` so that
the document state (title policy, section deadline) is the real one.

Cases the extractor gets wrong today assert the correct behaviour as strict xfails.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract import extract_document
from policykg.records import Document


def extract(text: str, date: str = "2023-05-01", doc: str = "t"):
    return extract_document(Document(doc, f"{doc}.txt", text, date=date))


def facts(text: str, date: str = "2023-05-01", predicate: str | None = None) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.obj) for f in extract(text, date).facts if predicate in (None, f.predicate)}


def measures(text: str, date: str = "2023-05-01"):
    return list(extract(text, date).measures)


# The one-sentence texts below end with "。" in running prose, preceded by a
# neutral lead sentence, so that they are not taken for a document title.
LEAD = "据悉，相关工作正在推进。\n"


# ---------------------------------------------------------------- issued by / issued on


@pytest.mark.parametrize(
    "text, policy, issuers, date",
    [
        ("近日，交通运输部印发《数字交通“十四五”发展规划》，明确了重点任务。",
         "数字交通十四五发展规划", {"交通运输部"}, None),
        ("2021年9月，商务部会同中央网信办、工业和信息化部印发《数字经济对外投资合作工作指引》。",
         "数字经济对外投资合作工作指引",
         {"商务部", "中央网络安全和信息化委员会办公室", "工业和信息化部"}, "2021-09"),
        ("2023年2月，中共中央、国务院印发了《数字中国建设整体布局规划》。",
         "数字中国建设整体布局规划", {"中共中央", "国务院"}, "2023-02"),
        ("2021年12月，工业和信息化部等八部门印发《“十四五”智能制造发展规划》。",
         "十四五智能制造发展规划", {"工业和信息化部"}, "2021-12"),
        ("农业农村部等十部门联合印发《数字乡村发展行动计划（2022-2025年）》。",
         "数字乡村发展行动计划(2022-2025年)", {"农业农村部"}, None),
        ("《“十四五”智能制造发展规划》由工业和信息化部等八部门联合发布。",
         "十四五智能制造发展规划", {"工业和信息化部"}, None),
        ("工业和信息化部于2022年8月发布《关于开展工业互联网平台创新领航应用案例征集工作的通知》。",
         "关于开展工业互联网平台创新领航应用案例征集工作的通知", {"工业和信息化部"}, "2022-08"),
        ("2020年4月，国家发展改革委、中央网信办联合印发《关于推进“上云用数赋智”行动 培育新经济发展实施方案》。",
         "关于推进上云用数赋智行动培育新经济发展实施方案",
         {"国家发展和改革委员会", "中央网络安全和信息化委员会办公室"}, "2020-04"),
        ("工业和信息化部于2021年11月30日印发《“十四五”信息化和工业化深度融合发展规划》。",
         "十四五信息化和工业化深度融合发展规划", {"工业和信息化部"}, "2021-11-30"),
        pytest.param(
            "近日，湖北省人民政府印发了《湖北省数字经济发展“十四五”规划》。",
            "湖北省数字经济发展十四五规划", {"湖北省人民政府"}, None,
        ),
        pytest.param(
            "《数字乡村发展行动计划（2022—2025年）》于2022年1月26日由农业农村部正式印发。",
            "数字乡村发展行动计划(2022-2025年)", {"农业农村部"}, "2022-01-26",
        ),
    ],
)
def test_issued_by_and_on(text, policy, issuers, date):
    fs = facts(LEAD + text)
    got_issuers = {o for s, p, o in fs if s == policy and p == "issued_by"}
    assert got_issuers == issuers
    if date is not None:
        assert (policy, "issued_on", date) in fs


def test_issue_date_after_title_passive():
    fs = facts(LEAD + "《数字乡村发展行动计划（2022—2025年）》于2022年1月26日正式印发。")
    assert ("数字乡村发展行动计划(2022-2025年)", "issued_on", "2022-01-26") in fs


def test_run_of_titles_shares_issuer_and_date():
    fs = facts(LEAD + "2021年11月，工信部印发了《“十四五”信息化和工业化深度融合发展规划》《“十四五”软件和信息技术服务业发展规划》。")
    for key in ("十四五信息化和工业化深度融合发展规划", "十四五软件和信息技术服务业发展规划"):
        assert (key, "issued_by", "工业和信息化部") in fs
        assert (key, "issued_on", "2021-11") in fs


def test_issuer_from_bracketless_title_prefix():
    fs = facts(LEAD + "工业和信息化部 应急管理部关于推进安全生产数字化转型的指导意见已经印发。")
    key = "关于推进安全生产数字化转型的指导意见"
    assert (key, "issued_by", "工业和信息化部") in fs
    assert (key, "issued_by", "应急管理部") in fs


def test_wrapped_title_issuer():
    fs = facts(LEAD + "2021年1月，工业和信息化部关于印发《工业互联网创新发展行动计划（2021-2023年）》的通知正式发布。")
    assert ("工业互联网创新发展行动计划(2021-2023年)", "issued_by", "工业和信息化部") in fs


TABLE = (
    "表1 近年来国家出台的相关政策\n"
    "序号\t时间\t政策文件\t发布部门\n"
    "1\t2021年11月\t《“十四五”大数据产业发展规划》\t工业和信息化部\n"
    "2\t2022年1月12日\t《数字乡村标准体系建设指南》\t农业农村部办公厅\n"
)


@pytest.mark.parametrize(
    "policy, issuer, date",
    [
        ("十四五大数据产业发展规划", "工业和信息化部", "2021-11"),
        ("数字乡村标准体系建设指南", "农业农村部办公厅", "2022-01-12"),
    ],
)
def test_table_rows(policy, issuer, date):
    fs = facts("各地出台了一系列政策措施。\n" + TABLE, date="2023-01-01")
    assert (policy, "issued_by", issuer) in fs
    assert (policy, "issued_on", date) in fs


def test_table_at_document_start_gets_no_document_date():
    fs = facts(TABLE.split("\n", 1)[1], date="2023-01-01")
    dates = {o for s, p, o in fs if s == "十四五大数据产业发展规划" and p == "issued_on"}
    assert dates == {"2021-11"}


# ---------------------------------------------------------------- interprets / implements / cites


@pytest.mark.parametrize(
    "text, policy",
    [
        ("《“十四五”数字经济发展规划》解读\n国家发展改革委\n2022年1月，国务院印发《“十四五”数字经济发展规划》，明确了发展目标。",
         "十四五数字经济发展规划"),
        ("关于《湖北省数字经济发展“十四五”规划》的政策解读\n近日，省政府印发了规划全文。", "湖北省数字经济发展十四五规划"),
        pytest.param(
            "一图读懂《河南省推进新型基础设施建设行动计划》\n河南省人民政府办公厅印发了该计划。",
            "河南省推进新型基础设施建设行动计划",
        ),
    ],
)
def test_interprets(text, policy):
    fs = facts(text, date="2022-07-01")
    assert ("t", "interprets", policy) in fs
    # an interpretation is not the policy: no issue date from the article's own date
    assert (policy, "issued_on", "2022-07-01") not in fs


def test_policy_document_gets_its_date_and_relations():
    text = (
        "江苏省人民政府办公厅关于印发江苏省智能制造示范工厂建设方案的通知\n"
        "为贯彻落实《“十四五”智能制造发展规划》，加快推进智能制造，制定本方案。\n"
        "依据《江苏省制造业智能化改造和数字化转型三年行动计划》，开展示范工厂建设。\n"
    )
    fs = facts(text, date="2022-07-01")
    key = "江苏省智能制造示范工厂建设方案"
    assert (key, "issued_on", "2022-07-01") in fs
    assert (key, "issued_by", "江苏省人民政府办公厅") in fs
    assert (key, "implements", "十四五智能制造发展规划") in fs
    assert (key, "cites", "江苏省制造业智能化改造和数字化转型三年行动计划") in fs


def test_implements_with_named_later_policy():
    fs = facts(LEAD + "为贯彻落实《国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见》，江西省工业和信息化厅制定了《江西省工业互联网发展三年行动计划》。")
    assert ("江西省工业互联网发展三年行动计划", "implements", "关于深化互联网+先进制造业发展工业互联网的指导意见") in fs
    assert ("江西省工业互联网发展三年行动计划", "issued_by", "江西省工业和信息化厅") in fs
    assert ("关于深化互联网+先进制造业发展工业互联网的指导意见", "issued_by", "国务院") in fs


# ---------------------------------------------------------------- sub-units, operators


@pytest.mark.parametrize(
    "text, child, parent",
    [
        ("工业和信息化部办公厅发布通告。", "工业和信息化部办公厅", "工业和信息化部"),
        ("中国信息通信研究院发布报告。", "中国信息通信研究院", "工业和信息化部"),
        ("国家标准化管理委员会召开会议。", "国家标准化管理委员会", "国家市场监督管理总局"),
    ],
)
def test_sub_organization_of(text, child, parent):
    assert (child, "sub_organization_of", parent) in facts(LEAD + text)


def test_operated_by_quoted_platform():
    assert ("OnePower", "operated_by", "中国移动") in facts(LEAD + "中国移动打造的“OnePower”工业互联网平台正式发布。")


# ---------------------------------------------------------------- measures


def one(ms, value):
    """The single measure with this value."""
    hits = [m for m in ms if m.quantity.value == Decimal(value)]
    assert len(hits) == 1, [(m.indicator, str(m.quantity.value)) for m in ms]
    return hits[0]


@pytest.mark.parametrize(
    "text, value, unit, comparator, kind, keyword, time",
    [
        # targets
        ("到2025年，全省工业互联网标识注册量达到80亿。", "8000000000", "", "=", "target", "标识注册量", "2025"),
        ("力争到2024年，培育10个以上省级特色专业型工业互联网平台。", "10", "个", ">=", "target", "工业互联网平台", "2024"),
        ("到2025年，全市规模以上工业企业数字化改造覆盖率达到90%以上。", "90", "%", ">=", "target", "数字化改造覆盖率", "2025"),
        ("到2024年底，打造50个智能工厂和300个数字化车间。", "300", "个", "=", "target", "数字化车间", "2024-12"),
        ("到2025年，全省上云企业数量达到20万家。", "200000", "家", "=", "target", "上云企业", "2025"),
        ("到2026年，全省算力规模超过10EFLOPS。", "10", "EFLOPS", ">", "target", "算力规模", "2026"),
        ("到2025年，力争全省数字经济核心产业增加值占地区生产总值比重达到12%。", "12", "%", "=", "target", "数字经济核心产业增加值", "2025"),
        # observations
        ("截至2022年底，全省累计建成5G基站8.2万个。", "82000", "个", "=", "observation", "5G基站", "2022-12"),
        ("截至2023年3月，平台累计服务中小企业超过12万家。", "120000", "家", ">", "observation", "中小企业", "2023-03"),
        ("2022年，全省电子信息制造业营业收入突破1.5万亿元。", "1500000000000", "元", ">", "observation", "营业收入", "2022"),
        ("2022年全国软件业务收入达10.8万亿元，同比增长11.2%。", "10800000000000", "元", "=", "observation", "软件业务收入", "2022"),
        ("截至2022年底，全国在用数据中心机架总规模超过650万标准机架。", "6500000", "标准机架", ">", "observation", "机架", "2022-12"),
        ("截至目前，全省已建成工业互联网标识解析二级节点15个。", "15", "个", "=", "observation", "二级节点", "2023-07-01"),
        # forecasts
        ("预计到2025年，我国工业互联网产业规模将超过1.2万亿元。", "1200000000000", "元", ">", "forecast", "产业规模", "2025"),
        ("预计2023年全年，我国工业机器人产量有望超过45万套。", "450000", "套", ">", "forecast", "工业机器人产量", "2023"),
        ("业内人士认为，平台连接设备数量有望突破1亿台。", "100000000", "台", ">", "forecast", "连接设备", None),
    ],
)
def test_measure(text, value, unit, comparator, kind, keyword, time):
    m = one(measures(LEAD + text, date="2023-07-01"), value)
    assert m.quantity.unit == unit
    assert m.quantity.comparator == comparator
    assert m.kind == kind
    assert keyword in m.indicator
    if time is not None:
        assert m.time == time


@pytest.mark.parametrize(
    "text, value, forbidden",
    [
        pytest.param("到2025年，新建5G基站3万个。", "30000", None,
),
        pytest.param("业内人士认为，平台连接设备数量有望突破1亿台。", "100000000", "有望",
),
        pytest.param("预计2023年全年，我国工业机器人产量有望超过45万套。", "450000", "有望",
),
        pytest.param("目前，我省已培育省级工业互联网平台45个。", "45", "已",
),
    ],
)
def test_indicator_is_clean(text, value, forbidden):
    m = one(measures(LEAD + text), value)
    if forbidden is None:  # the 5G case
        assert "5G基站" in m.indicator
    else:
        assert forbidden not in m.indicator


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("据《中国工业互联网产业经济发展报告》显示，产业增加值规模达4.45万亿元。", "4450000000000",
),
        pytest.param("2022年，全市规模以上工业增加值增长6.5%。", "6.5",
),
        ("截至2022年底，全省累计建成5G基站8.2万个。", "82000"),
    ],
)
def test_value_added_is_not_an_increment(text, value):
    assert one(measures(LEAD + text), value).increment is False


def test_new_build_is_an_increment():
    m = one(measures(LEAD + "到2025年，新建5G基站3万个。"), "30000")
    assert m.kind == "target" and m.increment is True and m.time == "2025"


def test_growth_rate_after_level():
    m = one(measures(LEAD + "2022年全国软件业务收入达10.8万亿元，同比增长11.2%。", date="2023-07-01"), "11.2")
    assert m.kind == "observation" and m.quantity.unit == "%" and "软件业务收入" in m.indicator


# parallel constructions


def test_parallel_history_from_to():
    ms = measures(LEAD + "数字化研发设计工具普及率由2019年的41.2%提升至2021年的47.5%。")
    assert [(str(m.quantity.value), m.time, m.kind) for m in ms] == [("41.2", "2019", "observation"), ("47.5", "2021", "observation")]
    assert all("数字化研发设计工具普及率" in m.indicator for m in ms)


def test_parallel_years_respectively():
    ms = measures(LEAD + "2021年、2022年，全省软件业务收入分别为3.6万亿元和4.1万亿元。")
    assert [(str(m.quantity.value), m.time) for m in ms] == [("3600000000000", "2021"), ("4100000000000", "2022")]


def test_parallel_items_respectively():
    ms = measures(LEAD + "钢铁、建材、石化行业单位产值能耗分别下降5.2%、4.8%、3.6%。")
    got = [(m.indicator, str(m.quantity.value)) for m in ms]
    assert len(got) == 3
    for (ind, _), item in zip(got, ["钢铁", "建材", "石化"]):
        assert ind.startswith(item) and "、" not in ind and "能耗" in ind


def test_parallel_two_counted_items():
    ms = measures(LEAD + "到2024年底，打造50个智能工厂和300个数字化车间。")
    assert [(m.indicator, str(m.quantity.value)) for m in ms] == [("智能工厂", "50"), ("数字化车间", "300")]


# not metrics


@pytest.mark.parametrize(
    "text",
    [
        "要求网络时延小于20毫秒。",
        "《方案》共提出5个方面18项举措。",
        "农业农村部等十部门联合印发行动计划。",
    ],
)
def test_requirements_and_structure_are_not_metrics(text):
    assert measures(LEAD + text) == []


# section-wide deadline


def test_section_deadline_governs_list_lines():
    text = (
        "《宁夏回族自治区数字经济发展三年行动计划》\n"
        "到2025年，主要目标如下：\n"
        "数字经济规模超过2000亿元；\n"
        "建成5G基站2万个；\n"
        "工业企业上云率达到60%。\n"
    )
    ms = measures(text, date="2023-01-01")
    assert [(str(m.quantity.value), m.kind, m.time) for m in ms] == [
        ("200000000000", "target", "2025"), ("20000", "target", "2025"), ("60", "target", "2025")]
    assert {m.policy for m in ms} == {"宁夏回族自治区数字经济发展三年行动计划"}


def test_target_attributed_to_short_name_policy():
    text = (
        "2022年3月，四川省人民政府办公厅印发《四川省数字经济发展规划》（以下简称《规划》）。"
        "《规划》提出，到2025年，全省数字经济总量超过4万亿元。"
    )
    m = one(measures(LEAD + text), "4000000000000")
    assert m.kind == "target" and m.policy == "四川省数字经济发展规划" and m.time == "2025"
    assert m.quantity.comparator == ">"

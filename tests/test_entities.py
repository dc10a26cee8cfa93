"""Entities stage: one test table per pattern family (policies, organisations,
platforms, regions). All sentences are invented for these tests (not seed text).

Cases the extractor gets wrong today are kept, asserting the correct
behaviour, as strict xfails: they document the gap and turn red once fixed.
"""
from __future__ import annotations

import pytest

from policykg.entities import genre, normalize_name, policy_key, sentence_mentions, split_issuers
from policykg.nlp import sentences_of


def mentions(text: str, date: str = "2023-05-01"):
    """All mentions of every sentence of ``text`` (one pseudo document)."""
    out = []
    for sent in sentences_of(text):
        out.extend(sentence_mentions(sent, "t", date))
    return out


def of_type(text: str, *types: str):
    return [m for m in mentions(text) if m.type in types]


# ---------------------------------------------------------------- policy keys


@pytest.mark.parametrize(
    "a, b",
    [
        # full- vs half-width brackets, dash variants
        ("工业互联网创新发展行动计划（2021-2023年）", "工业互联网创新发展行动计划(2021—2023年)"),
        ("工业互联网创新发展行动计划（2021–2023年）", "工业互联网创新发展行动计划（2021－2023年）"),
        # stray space inside the year range
        ("数字乡村发展行动计划（2022-2025 年）", "数字乡村发展行动计划（2022—2025年）"),
        ("5G 应用“扬帆”行动计划", "5G应用扬帆行动计划"),
        # issuer prefix
        ("国务院关于加快培育和发展战略性新兴产业的决定", "关于加快培育和发展战略性新兴产业的决定"),
        ("工业和信息化部 应急管理部关于推进安全生产数字化转型的指导意见", "关于推进安全生产数字化转型的指导意见"),
        ("国家发展和改革委员会等13部门关于促进服务业领域困难行业恢复发展的若干政策的通知",
         "关于促进服务业领域困难行业恢复发展的若干政策的通知"),
        # "关于印发X的通知" wrapper
        ("关于印发智能光伏产业创新发展行动计划的通知", "智能光伏产业创新发展行动计划"),
        ("工业和信息化部关于印发“十四五”软件和信息技术服务业发展规划的通知", "“十四五”软件和信息技术服务业发展规划"),
    ],
)
def test_policy_key_merges_variants(a, b):
    assert policy_key(a) == policy_key(b)


def test_normalize_name_unifies_brackets_and_dashes():
    assert normalize_name("《数据安全白皮书（2022—2023 年）》") == "数据安全白皮书(2022-2023年)"


@pytest.mark.parametrize(
    "prefix, issuers",
    [
        ("工业和信息化部 应急管理部", ["工业和信息化部", "应急管理部"]),
        ("国家发展和改革委员会等13部门", ["国家发展和改革委员会"]),
        ("农业农村部等十部门", ["农业农村部"]),
        ("工信部、财政部", ["工信部", "财政部"]),
        ("江西省工业和信息化厅", ["江西省工业和信息化厅"]),
        ("近日举行", []),
        ("浙江大学", []),
    ],
)
def test_split_issuers(prefix, issuers):
    assert split_issuers(prefix) == issuers


# ---------------------------------------------------------------- policy genre


@pytest.mark.parametrize(
    "title, kind",
    [
        ("河北省制造业高质量发展工作计划", "工作计划"),
        ("长三角数据共享合作协议", "协议"),
        ("工业数据分类分级指南（试行）", "指南"),
        ("数据出境安全评估办法", "办法"),
        ("关于加快推进工业互联网发展的实施意见", "意见"),
        ("制造业数字化转型实施方案", "方案"),
        ("湖南省智能制造三年行动计划", "行动计划"),
        ("数字交通“十四五”发展规划", "规划"),
        ("关于开展试点工作的通知", "通知"),
    ],
)
def test_genre_of_policy_titles(title, kind):
    assert genre(title) == (kind, False)


@pytest.mark.parametrize(
    "title",
    ["中国工业互联网发展白皮书", "2023中国数字经济城市排名", "全国工业互联网发展指数报告"],
)
def test_reports_rankings_white_papers_are_reports(title):
    assert genre(title) == ("report", True)


# ---------------------------------------------------------------- policy mentions


@pytest.mark.parametrize(
    "text, title, key, kind",
    [
        ("近日，交通运输部印发《数字交通“十四五”发展规划》，明确了重点任务。",
         "数字交通“十四五”发展规划", "数字交通十四五发展规划", "规划"),
        ("2021年9月，商务部会同中央网信办印发《数字经济对外投资合作工作指引》。",
         "数字经济对外投资合作工作指引", "数字经济对外投资合作工作指引", "指南"),
        ("国家发展和改革委员会等13部门关于促进服务业领域困难行业恢复发展的若干政策的通知",
         "国家发展和改革委员会等13部门关于促进服务业领域困难行业恢复发展的若干政策的通知",
         "关于促进服务业领域困难行业恢复发展的若干政策的通知", "通知"),
        ("工业和信息化部办公厅关于推动轻工业数字化转型的通知",
         "工业和信息化部办公厅关于推动轻工业数字化转型的通知", "关于推动轻工业数字化转型的通知", "通知"),
        ("工业和信息化部关于印发《工业互联网创新发展行动计划（2021-2023年）》的通知",
         "工业互联网创新发展行动计划（2021-2023年）", "工业互联网创新发展行动计划(2021-2023年)", "行动计划"),
        ("国务院关于加快培育和发展战略性新兴产业的决定",
         "国务院关于加快培育和发展战略性新兴产业的决定", "关于加快培育和发展战略性新兴产业的决定", "决定"),
        pytest.param(
            "《关于印发〈5G应用“扬帆”行动计划（2021-2023年）〉的通知》",
            None, "5G应用扬帆行动计划(2021-2023年)", "行动计划",
        ),
        pytest.param(
            "江苏省人民政府办公厅关于印发江苏省智能制造示范工厂建设方案的通知",
            None, "江苏省智能制造示范工厂建设方案", "方案",
        ),
    ],
)
def test_policy_mention(text, title, key, kind):
    pols = of_type(text, "POLICY")
    assert len(pols) == 1
    p = pols[0]
    if title is not None:
        assert p.text == title
    assert p.key == key
    assert p.attr("kind") == kind


@pytest.mark.parametrize(
    "text, issuers",
    [
        ("工业和信息化部办公厅关于推动轻工业数字化转型的通知", ["工业和信息化部办公厅"]),
        ("国家发展和改革委员会等13部门关于促进服务业领域困难行业恢复发展的若干政策的通知", ["国家发展和改革委员会"]),
        ("工业和信息化部 应急管理部关于推进安全生产数字化转型的指导意见", ["工业和信息化部", "应急管理部"]),
    ],
)
def test_bare_title_issuers(text, issuers):
    (p,) = of_type(text, "POLICY")
    assert p.attr("issuers").split("|") == issuers


@pytest.mark.parametrize(
    "text, key",
    [
        ("中国信息通信研究院发布《全球数字经济白皮书（2023年）》。", "全球数字经济白皮书(2023年)"),
        ("某咨询机构发布《2022中国工业互联网平台排名》。", "2022中国工业互联网平台排名"),
        ("据《中国工业互联网产业经济发展报告》显示，产业规模持续扩大。", "中国工业互联网产业经济发展报告"),
    ],
)
def test_reports_in_brackets_are_not_policies(text, key):
    assert not of_type(text, "POLICY")
    (r,) = of_type(text, "REPORT")
    assert r.key == key and r.attr("kind") == "report"


# ---------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    "text, name, key, category",
    [
        ("发改委、财政部联合召开会议。", "发改委", "国家发展和改革委员会", "government"),
        ("工信部组织召开专题会议。", "工信部", "工业和信息化部", "government"),
        ("中央网信办部署专项行动。", "中央网信办", "中央网络安全和信息化委员会办公室", "government"),
        ("江苏省工业和信息化厅印发通知。", "江苏省工业和信息化厅", "江苏省工业和信息化厅", "government"),
        ("深圳市工业和信息化局发布公告。", "深圳市工业和信息化局", "深圳市工业和信息化局", "government"),
        ("广东省人民政府与企业签署战略合作协议。", "广东省人民政府", "广东省人民政府", "government"),
        ("国家标准化管理委员会召开会议。", "国家标准化管理委员会", "国家标准化管理委员会", "government"),
        ("中国电子技术标准化研究院牵头编制标准。", "中国电子技术标准化研究院", "中国电子技术标准化研究院", "institute"),
        ("工业互联网产业联盟发布年度报告。", "工业互联网产业联盟", "工业互联网产业联盟", "association"),
        ("宁德时代新能源科技股份有限公司发布公告。", "宁德时代新能源科技股份有限公司", "宁德时代新能源科技股份有限公司", "enterprise"),
        ("中国移动通信集团有限公司参加会议。", "中国移动通信集团有限公司", "中国移动通信集团有限公司", "enterprise"),
        ("徐工集团与高校开展合作。", "徐工集团", "徐工集团", "enterprise"),
        pytest.param(
            "湖北省人民政府印发了《湖北省数字经济发展“十四五”规划》。", "湖北省人民政府", "湖北省人民政府", "government",
        ),
    ],
)
def test_org_mention(text, name, key, category):
    orgs = [m for m in of_type(text, "ORG") if m.text == name]
    assert orgs, f"no ORG {name!r} in {[m.text for m in mentions(text)]}"
    assert orgs[0].key == key
    assert orgs[0].attr("category") == category


def test_two_bodies_side_by_side_are_two_mentions():
    orgs = of_type("国家标准化管理委员会、国家市场监督管理总局召开会议。", "ORG")
    assert [m.key for m in orgs] == ["国家标准化管理委员会", "国家市场监督管理总局"]


def test_brand_short_names_in_a_list():
    orgs = of_type("美的、格力、海信等家电企业加快数字化转型。", "ORG")
    assert [m.text for m in orgs] == ["美的", "格力", "海信"]
    assert all(m.attr("category") == "enterprise" for m in orgs)


@pytest.mark.parametrize(
    "text, org, absent_region",
    [
        ("浙江大学与企业共建联合实验室。", "浙江大学", "浙江省"),
        ("北京字节跳动科技有限公司入选榜单。", "北京字节跳动科技有限公司", "北京市"),
        ("杭州海康威视数字技术股份有限公司发布年报。", "杭州海康威视数字技术股份有限公司", "杭州市"),
    ],
)
def test_nested_name_is_not_a_separate_mention(text, org, absent_region):
    ms = mentions(text)
    assert [m.text for m in ms if m.type == "ORG"] == [org]
    assert not [m for m in ms if m.type == "REGION" and m.key == absent_region]


def test_brand_after_government_body_in_coordination():
    orgs = of_type("广东省人民政府与腾讯签署战略合作协议。", "ORG")
    assert "腾讯" in [m.text for m in orgs]


# ---------------------------------------------------------------- platforms


@pytest.mark.parametrize(
    "text, name",
    [
        ("徐工汉云工业互联网平台已连接设备超过100万台。", "徐工汉云工业互联网平台"),
        ("美的美擎工业互联网平台服务企业超过4万家。", "美的美擎工业互联网平台"),
        ("华为FusionPlant平台助力企业数字化转型。", "华为FusionPlant平台"),
        ("阿里云supET工业互联网平台覆盖多个行业。", "阿里云supET工业互联网平台"),
        ("浪潮云洲工业互联网平台发布新版本。", "浪潮云洲工业互联网平台"),
        ("航天云网INDICS平台累计注册企业超过100万家。", "航天云网INDICS平台"),
        ("“汉云”工业互联网平台入选双跨平台名单。", "汉云"),
        ("国家工业互联网大数据中心已在多地建设分中心。", "国家工业互联网大数据中心"),
        ("标识解析国家顶级节点（武汉）接入二级节点数量持续增长。", "标识解析国家顶级节点（武汉）"),
        pytest.param(
            "由树根互联运营的根云平台连接设备超70万台。", "根云平台",
        ),
    ],
)
def test_platform_mention(text, name):
    plats = of_type(text, "PLATFORM")
    assert name in [p.text for p in plats], [p.text for p in plats]


def test_national_top_level_node_key():
    (p,) = of_type("标识解析国家顶级节点（武汉）接入二级节点数量持续增长。", "PLATFORM")
    assert p.key == "标识解析顶级节点(武汉)"


@pytest.mark.parametrize(
    "text, operator",
    [
        ("中国移动打造的“OnePower”工业互联网平台正式发布。", "中国移动"),
        pytest.param("海尔打造的卡奥斯COSMOPlat工业互联网平台赋能企业转型。", "海尔",
),
        pytest.param("紫光云打造的UNIPower工业互联网平台上线。", "紫光云",
),
        pytest.param("由树根互联运营的根云平台连接设备超70万台。", "树根互联",
                     marks=pytest.mark.xfail(strict=True, reason="'由X运营的Y平台' without quotes: no platform, no operator")),
    ],
)
def test_platform_operator(text, operator):
    plats = of_type(text, "PLATFORM")
    assert plats and plats[0].attr("operator") == operator


@pytest.mark.parametrize(
    "text",
    [
        "各地积极建设工业互联网平台和公共服务平台。",
        "推动中小企业上云上平台。",
        "支持建设一批行业级工业互联网平台。",
    ],
)
def test_generic_platforms_are_not_platforms(text):
    assert of_type(text, "PLATFORM") == []


# ---------------------------------------------------------------- regions


@pytest.mark.parametrize(
    "text, surface, key, level",
    [
        ("广东加快建设制造强省。", "广东", "广东省", "province"),
        ("广东省加快建设制造强省。", "广东省", "广东省", "province"),
        ("广西壮族自治区加快建设算力枢纽。", "广西壮族自治区", "广西壮族自治区", "province"),
        ("内蒙古加快建设算力枢纽。", "内蒙古", "内蒙古自治区", "province"),
        ("宁夏积极布局数据中心。", "宁夏", "宁夏回族自治区", "province"),
        ("苏州加快建设智能工厂。", "苏州", "苏州市", "city"),
        ("大连市出台政策支持软件产业。", "大连市", "大连市", "city"),
        ("长三角地区数字经济规模持续扩大。", "长三角地区", "长三角", "zone"),
        ("成渝地区双城经济圈加快协同发展。", "成渝地区双城经济圈", "成渝", "zone"),
        ("京津冀协同推进工业互联网建设。", "京津冀", "京津冀", "zone"),
        ("粤港澳大湾区集聚了一批龙头企业。", "粤港澳大湾区", "粤港澳大湾区", "zone"),
        ("长江经济带绿色发展成效显著。", "长江经济带", "长江经济带", "zone"),
    ],
)
def test_region_mention(text, surface, key, level):
    regs = of_type(text, "REGION")
    assert [(m.text, m.key, m.attr("level")) for m in regs] == [(surface, key, level)]


@pytest.mark.parametrize("text", ["5G网络实现大连接、低时延。", "构建海量大连接的物联网络。"])
def test_da_lianjie_is_not_dalian(text):
    assert of_type(text, "REGION") == []


def test_region_list():
    regs = of_type("黑龙江、吉林两省与重庆、成都加强合作。", "REGION")
    assert [m.key for m in regs] == ["黑龙江省", "吉林省", "重庆市", "成都市"]

"""extractors/policies.py: POLICY and REPORT mentions — titles in 《》 and bare
关于…的通知 titles in running text — and the policies the file itself holds."""
from __future__ import annotations

import pytest

from kit import extract

LEAD = "某某情况\n"  # a first line that is no title, so that the sentence is running text


def titles(text: str, *types: str):
    return [m for m in extract(LEAD + text).mentions(*(types or ("POLICY", "REPORT")))]


@pytest.mark.parametrize("text, written, key, kind", [
    ("近日，交通运输部印发《数字交通“十四五”发展规划》，明确了重点任务。",
     "数字交通“十四五”发展规划", "数字交通十四五发展规划", "规划"),
    ("2021年9月，商务部会同中央网信办印发《数字经济对外投资合作工作指引》。",
     "数字经济对外投资合作工作指引", "数字经济对外投资合作工作指引", "指南"),
    ("国家发展和改革委员会等13部门关于促进服务业领域困难行业恢复发展的若干政策的通知明确了支持措施。",
     "国家发展和改革委员会等13部门关于促进服务业领域困难行业恢复发展的若干政策的通知",
     "关于促进服务业领域困难行业恢复发展的若干政策的通知", "通知"),
    ("企业认真学习工业和信息化部关于印发《某某产业创新发展行动计划（2021-2023年）》的通知。",
     "某某产业创新发展行动计划（2021-2023年）", "某某产业创新发展行动计划(2021-2023年)", "行动计划"),
])
def test_policy_mentions(text, written, key, kind):
    found = [m for m in titles(text, "POLICY") if m.key == key]
    assert found, [(m.text, m.key) for m in titles(text)]
    assert found[0].attr("kind") == kind
    assert written in [m.text for m in titles(text, "POLICY")]


def test_bare_titles_carry_their_issuers():
    (m,) = titles("工业和信息化部 应急管理部关于推进安全生产数字化转型的指导意见明确了目标。", "POLICY")
    assert m.attr("issuers").split("|") == ["工业和信息化部", "应急管理部"]
    assert m.key == "关于推进安全生产数字化转型的指导意见"


@pytest.mark.parametrize("text, key", [
    ("中国信息通信研究院发布《全球数字经济白皮书（2023年）》。", "全球数字经济白皮书(2023年)"),
    ("某咨询机构发布《2022中国工业互联网平台排名》。", "2022中国工业互联网平台排名"),
    ("据《中国某某产业经济发展报告》显示，产业规模持续扩大。", "中国某某产业经济发展报告"),
])
def test_reports_in_brackets_are_reports_not_policies(text, key):
    assert titles(text, "POLICY") == []
    assert [m.key for m in titles(text, "REPORT")] == [key]


@pytest.mark.parametrize("text", [
    "《某某思想学习纲要》繁体版在书展首发。",                                          # a study book, not a 纲要 of policy
    "中央有关方面组织编写了《某某报告辅导读本》《某某报告学习辅导百问》辅导读物。",
    "《某某学习纲要（2023年版）》（以下简称《纲要（2023年版）》）出版。《纲要（2023年版）》阐述了…",  # nor its short name
    "此外，《企业信用信息分类指南》《儿童用品包装技术规范》等200项国家标准从今日起实施。",  # technical standards
    "我国牵头制定的某领域国际标准《某某设备运维指南》近日发布。",                        # a standard named as one
    "产品应符合《电动工具安全技术规范》（GB 3883—2023）等强制性国家标准。",             # a standard by its code
    "排水设施按照《城镇雨水系统设计规范》（GB/T 51174—2017）建设。",
])
def test_study_books_guides_and_technical_standards_are_neither_policies_nor_reports(text):
    assert titles(text, "POLICY") == [] and titles(text, "REPORT") == []


@pytest.mark.parametrize("text", [
    "电视剧《我的阿勒泰》热播，带动当地旅游。",
    "《新春走基层》栏目播出了某地的新变化。",
    "他最喜欢的小说是《平凡的世界》。",
])
def test_media_works_are_not_policies(text):
    """Issue 13 (5)."""
    assert titles(text) == []


def test_short_names_and_generic_titles_are_marked_short():
    found = titles("国务院印发《某某产业发展规划》（以下简称《规划》）。《规划》提出了发展目标。", "POLICY")
    shorts = [m for m in found if m.attr("short")]
    assert len(shorts) == 2 and all(m.key == "某某产业发展规划" and m.attr("alias") for m in shorts)


def test_the_files_own_policy_is_a_mention_at_its_title():
    r = extract("""\
        某某市人民政府关于加强某某管理的通知
        某政发〔2024〕1号
        各区县人民政府：
        为加强某某管理，现将有关事项通知如下。
        """)
    (own,) = [m for m in r.mentions("POLICY") if m.attr("own")]
    assert own.key == "关于加强某某管理的通知"
    assert r.document.text[own.start:own.end] == "某某市人民政府关于加强某某管理的通知"


def test_a_notice_issuing_one_policy_is_that_policy():
    r = extract("""\
        某某市人民政府办公室关于印发某某市促进消费若干措施的通知
        某政办发〔2024〕3号
        各区县人民政府，市政府各部门：
        《某某市促进消费若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。
        某某市人民政府办公室
        2024年3月15日
        """)
    keys = {m.key for m in r.mentions("POLICY")}
    assert keys == {"某某市促进消费若干措施"}  # the notice's title is an alias of the policy it issues


def test_a_mention_is_written_at_its_offsets():
    r = extract(LEAD + "国务院印发《某某产业发展规划》，工业和信息化部 应急管理部关于推进某某工作的指导意见同时实施。")
    for m in r.mentions():
        assert m.text.replace(" ", "") in r.document.text[m.start:m.end].replace(" ", ""), m


@pytest.mark.parametrize("title", ["关于表彰全省优秀志愿服务组织的决定", "关于授予某某同志“人民英雄”称号的决定"])
def test_a_decision_that_honours_is_no_policy(title):
    r = extract(f"某地新闻\n省政府今天印发《{title}》。")
    assert r.mentions("POLICY") == []


def test_a_policy_about_honours_is_still_a_policy():
    r = extract("某地新闻\n省政府今天印发《某省表彰奖励工作管理办法》。")
    assert [m.text for m in r.mentions("POLICY")] == ["某省表彰奖励工作管理办法"]


@pytest.mark.parametrize("sentence", [
    "某通讯社以《中国坚定推进高水平对外开放的政策》为题报道了会议。",   # a headline
    "某报刊发题为《稳住外贸基本盘的政策》的评论员文章。",
    "《数字经济发展政策研究》一文分析了产业趋势。",
])
def test_the_title_of_an_article_is_no_policy(sentence):
    assert extract("某地新闻\n" + sentence, "news_2026-04-16.md").mentions("POLICY") == []


def test_a_notice_quoting_the_policy_it_issues_with_a_de_cites_no_other_policy():
    r = extract("""\
        某某省人民政府办公厅关于印发某某省推动某某产业发展指导意见的通知
        某府办〔2023〕4号
        各地级以上市人民政府，省政府各部门：
        《某某省推动某某产业发展的指导意见》已经省人民政府同意，现印发给你们，请认真组织实施。
        某某省人民政府办公厅
        2023年3月13日
        某某省推动某某产业发展的指导意见
        到2025年，全省某某产业营业收入达到600亿元。
        """)
    keys = {m.key for m in r.mentions("POLICY")}
    assert keys == {"某某省推动某某产业发展的指导意见"}  # one policy, written with and without 的
    assert not r.facts("cites")


def test_a_notice_issued_by_bodies_without_guanyu_has_the_kind_of_what_it_issues():
    r = extract("""\
        中共某某市委办公室 某某市人民政府办公室印发《关于加快发展某某经济的实施意见》的通知
        某委办发〔2024〕21号
        各区县党委和人民政府：
        《关于加快发展某某经济的实施意见》已经市委、市政府同意，现印发给你们。
        中共某某市委办公室
        某某市人民政府办公室
        2024年7月2日
        """)
    (own,) = [m for m in r.mentions("POLICY") if m.attr("own")]
    assert (own.key, own.attr("kind")) == ("关于加快发展某某经济的实施意见", "意见")  # (not 通知: the notice's wrapper)


def test_a_reply_to_a_proposal_is_an_official_document_of_its_own():
    r = extract("""\
        某某市财政局关于对市政协某届某次会议第45号提案的答复
        某财函〔2024〕33号
        某某委员：
        您提出的《关于加大中小微企业融资支持的建议》收悉，现答复如下：
        感谢您对财政工作的关心和支持。
        某某市财政局
        2024年6月18日
        """)
    (own,) = [m for m in r.mentions("POLICY") if m.attr("own")]
    assert own.attr("kind") == "函"
    assert r.objects(own.key, "doc_number") == {"某财函〔2024〕33号"}


def test_a_policy_attached_under_its_label_is_named_without_the_label():
    purpose = "　　为加快推进相关工作，结合本市实际，制定本规划。坚持统筹推进，突出重点领域，强化政策协同。\n" * 4
    r = extract(f"""\
某某市人民政府办公室关于印发《某某市数字经济发展规划》《某某市智能制造行动方案》的通知
某政办发〔2024〕11号
各县（市、区）人民政府：
　　现将《某某市数字经济发展规划》《某某市智能制造行动方案》印发给你们，请认真贯彻执行。
某某市人民政府办公室
2024年4月8日
附件1：某某市数字经济发展规划
{purpose}附件2：某某市智能制造行动方案
{purpose}""")
    own = sorted(m.text for m in r.mentions("POLICY") if m.attr("own"))
    assert "某某市数字经济发展规划" in own and "某某市智能制造行动方案" in own  # (not 附件1：某某市…)


def test_the_last_of_the_drafters_a_forwarding_title_lists_opens_no_title_of_its_own():
    text = ("某市人民政府办公室转发市商务局、市财政局关于促进夜间消费若干措施的通知\n某政办函〔2024〕9号\n各区县人民政府：\n"
            "市商务局、市财政局《关于促进夜间消费的若干措施》已经市人民政府同意，现转发给你们。\n某市人民政府办公室\n"
            "2024年5月6日\n关于促进夜间消费的若干措施\n一、对新开业的夜间消费街区，给予一次性奖励10万元。\n")
    keys = {m.key for m in extract(text, "pkulaw-3.txt").mentions("POLICY")}
    assert keys == {"转发市商务局、市财政局关于促进夜间消费若干措施的通知", "关于促进夜间消费的若干措施"}

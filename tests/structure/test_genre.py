"""structure.analyse / genre_of: the genre of a document (official, work report,
interpretation, news, report, other) and the parts each genre brings."""
from __future__ import annotations

import pytest

from kit import extract, loaded
from policykg.records import Document, Part
from policykg.structure.official import is_title_text
from policykg.structure import GENRES, analyse

WORK_REPORT = """\
2026年湖南省政府工作报告
——2026年1月18日在湖南省第十四届人民代表大会第五次会议上
省长 李某某
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，全省地区生产总值增长5.3%。
二、2026年工作安排
今年经济社会发展主要预期目标是：地区生产总值增长5%左右。
"""

INTERPRETATION = """\
《湖州市数字经济发展规划》政策解读
一、出台背景
为加快数字经济发展，市政府印发了《湖州市数字经济发展规划》。
二、主要内容
到2027年，全市数字经济核心产业增加值达到800亿元。
"""

TRANSCRIPT = """\
# 《新闻联播》 (20240312)

### 某省经济运行稳中向好

今年前两个月，某省规模以上工业增加值同比增长7.2%。

### 某市加快建设现代化产业体系

近日，某市出台支持政策。
"""

NEWS = """\
某省工业经济稳中向好
新华社杭州3月12日电（记者 王某）今年前两个月，某省规模以上工业增加值同比增长7.2%。
"""

REPORT = """\
中国某某产业发展报告（2024）
第一章 发展现状
2023年，我国某某产业规模达到1.2万亿元，同比增长15%。
"""

OFFICIAL = """\
某某市人民政府关于加强某某管理的通知
某政发〔2024〕1号
各区县人民政府：
为加强某某管理，现将有关事项通知如下。
某某市人民政府
2024年1月8日
"""


@pytest.mark.parametrize("name, text, genre", [
    ("official.txt", OFFICIAL, "official"),
    ("report.txt", WORK_REPORT, "work_report"),
    ("interpretation.txt", INTERPRETATION, "interpretation"),
    ("20240312.md", TRANSCRIPT, "news"),
    ("news.txt", NEWS, "news"),
    ("study.txt", REPORT, "report"),
    ("diary.txt", "今天天气很好，我们去公园散步。\n公园里人很多。\n", "other"),
])
def test_genre(name, text, genre):
    assert loaded(text, name).genre == genre
    assert genre in GENRES


def test_an_interview_on_a_policy_is_an_interpretation():
    doc = loaded("""\
        市经信局负责人就《某某产业行动方案》答记者问
        问：出台《某某产业行动方案》的背景是什么？
        答：为推动某某产业发展，制定本方案。
        """)
    assert doc.genre == "interpretation"
    assert [(p.label, p.role) for p in doc.parts if p.kind == "policy"] == [("某某产业行动方案", "interpreted")]


def test_a_portals_question_and_answer_page_on_a_policy_is_an_interpretation():
    doc = loaded("""\
        某县人民政府门户网站
        今天是：2025年4月2日 星期三
        繁体 | 无障碍 | 关怀版
        首页
        当前位置：首页 > 政务公开 > 政策解读
        索 引 号：	431000/2025-00112	发布机构：	某县住房和城乡建设局
        《某县农村住房安全保障办法（试行）》政策问答
        来源：某县住房和城乡建设局　发布时间：2025-04-02 10:15
        1．问：为什么要出台《办法》？
        答：为保障农村低收入群体住房安全，制定本办法。
        """)
    assert doc.genre == "interpretation"
    assert [(p.label, p.role) for p in doc.parts if p.kind == "policy"] == [("某县农村住房安全保障办法（试行）", "interpreted")]
    assert is_title_text("《某县农村住房安全保障办法（试行）》政策问答")  # (a title, wherever the page puts it)


def test_a_first_line_of_running_text_with_an_interpretation_word_is_no_heading():
    doc = loaded("""\
        新华社北京3月12日电 某省发布新政策，专家解读认为，这将推动某某产业发展，全省规模以上工业增加值同比增长7.2%。
        """)
    assert doc.genre == "news"


def test_a_work_report_is_the_policy_of_its_government_with_its_date():
    doc = loaded(WORK_REPORT)
    assert [(p.label, p.role) for p in doc.parts if p.kind == "policy"] == [("2026年湖南省政府工作报告", "own")]
    assert [p.label for p in doc.parts if p.kind == "header"] == ["湖南省人民政府"]
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2026-01-18"]
    r = extract(WORK_REPORT)
    assert r.objects("2026年湖南省政府工作报告", "issued_by") == {"湖南省人民政府"}
    assert r.objects("2026年湖南省政府工作报告", "issued_on") == {"2026-01-18"}


def test_an_interpretation_names_the_policy_it_interprets_and_is_not_it():
    doc = loaded(INTERPRETATION)
    assert [(p.label, p.role) for p in doc.parts if p.kind == "policy"] == [("湖州市数字经济发展规划", "interpreted")]
    r = extract(INTERPRETATION)
    assert r.objects("doc", "interprets") == {"湖州市数字经济发展规划"}
    assert r.facts("embodies") == []  # an interpretation is not the policy it explains
    assert r.facts("issued_by") == []


def test_a_transcript_has_one_item_per_news_heading():
    doc = loaded(TRANSCRIPT, "20240312.md")
    items = [p for p in doc.parts if p.kind == "item"]
    assert [p.label for p in items] == ["某省经济运行稳中向好", "某市加快建设现代化产业体系"]
    first, second = items
    assert "7.2%" in doc.text[first.start:first.end] and "支持政策" not in doc.text[first.start:first.end]
    assert first.end <= second.start
    assert doc.date == "2024-03-12"


def test_a_research_report_is_not_a_policy():
    r = extract(REPORT, "study.txt")
    assert r.mentions("POLICY") == []
    assert "中国某某产业发展报告(2024)" in r.keys("REPORT")
    assert r.facts("embodies") == []


def test_news_is_no_policy_and_has_no_issuer():
    r = extract(NEWS, "news.txt")
    assert r.facts("embodies") == [] and r.facts("issued_by") == []


def test_analyse_keeps_the_headings_of_the_loader_and_sorts_parts():
    text = "标题\n正文。\n"
    heading = Part("heading", 0, 2, "标题", 1)
    doc = analyse(Document("d", "d.md", text, format="md", parts=(heading,)))
    assert heading in doc.parts
    assert list(doc.parts) == sorted(doc.parts, key=lambda p: (p.start, -p.end, p.kind))


def test_analyse_of_an_empty_text():
    doc = analyse(Document("d", "d.txt", ""))
    assert doc.genre == "other" and doc.parts == ()


def test_a_news_programmes_transcript_is_news_whatever_policy_text_it_quotes():
    from kit import extract
    text = ("---\ntitle: 《新闻联播》 2024年3月1日\n---\n# 《新闻联播》 (20240301)\n\n"
            "关于进一步规范某某工作的指导意见\n国发〔2024〕5号\n各省、自治区、直辖市人民政府：\n为规范某某工作，提出如下意见。\n")
    r = extract(text, "20240301.md")
    assert r.document.genre == "news"


def test_a_work_report_titled_only_by_its_genre_is_its_meetings_citys_report_of_that_year():
    text = ("政府工作报告\n——2026年1月15日在宁波市第十六届人民代表大会第六次会议上\n各位代表：\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n")
    doc = loaded(text)
    assert [(p.label, p.role) for p in doc.parts if p.kind == "policy"] == [("2026年宁波市政府工作报告", "own")]
    assert [p.label for p in doc.parts if p.kind == "header"] == ["宁波市人民政府"]  # (not one policy of every
    r = extract(text)  # report titled 政府工作报告, with every city's targets)
    assert r.objects("2026年宁波市政府工作报告", "issued_by") == {"宁波市人民政府"}
    assert r.measure("target", "地区生产总值").policy == "2026年宁波市政府工作报告"


def test_a_districts_work_report_is_its_governments_named_in_full_from_its_meeting_line():
    text = ("2025年集美区政府工作报告\n——2025年1月14日在厦门市集美区第六届人民代表大会第五次会议上\n各位代表：\n"
            "今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    doc = loaded(text)
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["2025年集美区政府工作报告"]  # (not 2025年厦门市2025年…)
    assert [p.label for p in doc.parts if p.kind == "header"] == ["厦门市集美区人民政府"]


def test_a_work_reports_title_is_the_line_with_its_year_under_a_catalogue_heading():
    doc = loaded("区政府工作报告\n2026年某区政府工作报告\n——2026年1月9日在某市某区第十八届人民代表大会第六次会议上\n各位代表：\n"
                 "现在，我代表区人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n全区地区生产总值增长4.8%。\n",
                 "gzbg-2026-77.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == ["2026年某区政府工作报告"]


def test_a_work_reports_title_is_its_dated_line_whatever_chrome_ran_on_above_it():
    doc = loaded("某市人民政府\n网站支持IPv6　　无障碍浏览　　长者模式\n2025年某市政府工作报告\n"
                 "——2025年1月16日在某市第十五届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
                 "一、2024年工作回顾\n全市地区生产总值增长5.2%。\n", "gzbg-2025-77.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == ["2025年某市政府工作报告"]


def test_a_work_reports_title_that_names_its_place_before_the_year_drops_the_banner_above_it():
    doc = loaded("某市某区人民政府\n某某新区\n某区2026年政府工作报告\n"
                 "——2026年1月9日在某市某区第五届人民代表大会第五次会议上\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
                 "一、2025年工作回顾\n全区地区生产总值增长6.1%。\n", "gzbg-2026-80.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == ["某区2026年政府工作报告"]


def test_a_work_reports_dated_line_under_a_catalogue_heading_that_names_its_year_after():
    doc = loaded("欢迎访问某市某区人民政府网站！\n政府工作报告（2025年）\n2025年某区政府工作报告\n"
                 "——2025年1月8日在某市某区第二届人民代表大会第五次会议上\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
                 "一、2024年工作回顾\n全区地区生产总值增长5.1%。\n", "gzbg-2025-78.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == ["2025年某区政府工作报告"]


def test_a_work_reports_meeting_line_without_its_dash_and_with_the_speaker_dates_it():
    doc = loaded("2026年宁波市政府工作报告\n2026年1月9日在宁波市第十六届人民代表大会第六次会议上 宁波市人民政府市长 某某\n"
                 "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n全市地区生产总值增长5.5%。\n",
                 "gzbg-2026-79.txt")
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2026-01-09"]


def test_a_work_report_under_a_breadcrumb_and_a_heading_run_on_to_its_meeting_is_its_countys():
    doc = loaded("某旗人民政府\n2025年02月14日 星期五\n您当前所在的位置：\n首页\n>\n政务公开\n>\n法定主动公开内容\n>\n"
                 "政府工作报告\n政府工作报告——2025年1月8日在阿荣旗第十七届人民代表大会第五次会议上\n政府工作报告\n"
                 "——2025年1月8日在阿荣旗第十七届人民代表大会第五次会议上\n各位代表：\n现在，我代表旗人民政府向大会报告工作。\n"
                 "一、2024年工作回顾\n全旗地区生产总值增长6.1%。\n", "gzbg-2025-81.txt")
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["2025年阿荣旗政府工作报告"]


def test_a_work_report_given_in_a_districts_meeting_is_the_districts_and_its_plan_year_section_is_tasks():
    doc = loaded("政府工作报告\n——2026年1月13日在无锡市梁溪区第二届人民代表大会第五次会议上\n各位代表：\n"
                 "一、2025年工作回顾\n全区地区生产总值增长5.1%。\n三、2026年主要工作\n新建口袋公园20个。\n", "gzbg-2026-82.txt")
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["2026年梁溪区政府工作报告"]
    assert [p.role for p in doc.parts if p.kind == "section" and p.label.startswith("2026年")] == ["tasks"]


def test_a_full_text_report_under_banners_with_its_meeting_in_brackets_is_its_districts_and_plans_this_year():
    doc = loaded("某市某区人民政府\n某某经济技术开发区管理委员会\n南沙区2025年政府工作报告（全文）\n来源：某市南沙区人民政府办公室\n"
                 "南沙区2025年政府工作报告（全文）\n（2025年1月9日在广州市南沙区第四届人民代表大会第五次会议上）\n各位代表：\n"
                 "一、2024年工作回顾\n全区地区生产总值增长4.6%。\n三、今年主要工作\n新建公共停车泊位3000个。\n",
                 "gzbg-2025-83.txt")
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["南沙区2025年政府工作报告"]
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2025-01-09"]
    assert [p.role for p in doc.parts if p.kind == "section" and "今年" in p.label] == ["tasks"]


def test_a_districts_report_under_a_public_information_table_with_spaced_labels_is_its_own():
    doc = loaded("某区人民政府\n您的位置：\n首页\n>\n政府工作报告\n索 引 号：\n1134/202601-00007\n信息分类：\n政府工作报告\n"
                 "关 键 词：\n政府工作报告\n有 效 性：\n有效\n浏览量：\n【打印】\n2026年政府工作报告\n"
                 "（二〇二六年一月九日在淮南市田家庵区第十八届人民代表大会第五次会议上）\n各位代表：\n"
                 "一、2025年工作回顾\n全区地区生产总值增长5.8%。\n", "gzbg-2026-84.txt")
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["2026年田家庵区政府工作报告"]


def test_a_meeting_line_under_a_font_bar_and_a_bare_heading_dates_the_report():
    doc = loaded("四平市铁东区人民政府\n欢迎访问四平市铁东区人民政府网站！\u3000\u3000今天是：2026年2月3日\n登录 | 注册 | 无障碍\n"
                 "首页\n铁东概况\n政务公开\n政务服务\n互动交流\n首页 / 政务公开 / 政府工作报告\n铁东区2026年政府工作报告\n"
                 "作者：区政府办\u3000|\u3000来源：铁东区人民政府\u3000|\u3000发布时间：2026-01-15 09:30\u3000|\u3000浏览：\n"
                 "分享到：QQ空间\u3000新浪微博\u3000微信\n字号：T\u3000T\u3000T\n政府工作报告\n"
                 "——2026年1月8日在四平市铁东区第十九届人民代表大会第五次会议上\n铁东区人民政府区长\u3000某某\n各位代表：\n"
                 "一、2025年工作回顾\n全区地区生产总值增长5.3%。\n", "gzbg-2026-85.txt")
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2026-01-08"]


def test_a_county_of_two_characters_opening_its_reports_title_gives_the_report_its_government():
    doc = loaded("2025年礼县人民政府工作报告\n——2025年1月10日在礼县第十九届人民代表大会第五次会议上\n各位代表：\n"
                 "一、2024年工作回顾\n全县地区生产总值增长6.5%。\n", "gzbg-2025-86.txt")
    assert [p.label for p in doc.parts if p.kind == "header"] == ["礼县人民政府"]


@pytest.mark.parametrize("text, title", [
    ("如东县人民政府\nwww.rudong.gov.cn\n请输入关键词\n搜索\n首页\n政务公开\n当前位置：首页 > 政务公开 > 政策解读\n"
     "《如东县促进海洋经济发展若干措施》政策解读\n发布日期：2025-03-02 来源：如东县发展和改革委员会\n"
     "近日，县政府办公室印发《如东县促进海洋经济发展若干措施》。现解读如下。\n一、出台背景\n答：为加快海洋经济发展。\n",
     "《如东县促进海洋经济发展若干措施》政策解读"),  # (the site's name over it is no part of it)
    ("某区人民政府\n当前位置：\n首页\n>\n政策解读\n[ 索引号 ]\n11500224MB1639825X/2025-00087\n[ 主题分类 ]\n"
     "文化、广电、新闻出版;体育\n[ 体裁分类 ]\n政策解读\n[ 发布机构 ]\n某区文化旅游委\n"
     "《某区促进体育赛事经济高质量发展若干措施》政策解读\n日期：2025-04-18 星期五\n"
     "一、出台背景\n答：为加快体育赛事经济发展，区政府办公室印发了《某区促进体育赛事经济高质量发展若干措施》。\n",
     "《某区促进体育赛事经济高质量发展若干措施》政策解读"),  # (metadata cells in square brackets are no title)
    ("信息索引号\t410381-0107-2024-00236\t公开方式\t主动公开\n关联文件\t某政办〔2024〕18号\t印发时间\t2024年08月26日\n"
     "《某区支持大遗址保护利用若干措施》政策解读\n发布时间：2024-09-12 10:36    来源：某区文化广电和旅游局\n"
     "【字号：大 中 小】\n【打印】\n近日，某区人民政府办公室印发《某区支持大遗址保护利用若干措施》。现解读如下。\n"
     "一、出台的背景是什么？\n答：为加强大遗址保护利用。\n",
     "《某区支持大遗址保护利用若干措施》政策解读"),  # (under a metadata row, over its first paragraph: alone)
])
def test_an_interpretations_title_line_stands_alone_among_the_pages_chrome_and_metadata(text, title):
    doc = loaded(text, "mouqu-jiedu.txt")
    assert doc.genre == "interpretation"
    assert [p.label for p in doc.parts if p.kind == "title"] == [title]


def test_the_sections_of_an_interpretation_of_two_policies_are_each_policys():
    text = ("《某市茶产业三年行动方案（2025—2027年）》和《某市支持茶产业发展若干政策措施》政策解读\n"
            "一、主要目标\n到2027年，全市茶园面积达到30万亩。\n"
            "二、《政策措施》主要内容\n对新建标准化茶园的经营主体，每亩补助800元。\n"
            "三、施行期限\n自印发之日起施行。\n")
    r = extract(text, "jiedu.txt")
    (target,) = r.measures("target")
    (grant,) = r.measures("instrument")
    assert target.policy == "某市茶产业三年行动方案(2025-2027年)"
    assert grant.policy == "某市支持茶产业发展若干政策措施"  # (its section names it; not the first policy's)


def test_a_one_question_one_answer_page_on_a_policy_is_an_interpretation():
    doc = loaded("""\
        《某县核桃产业奖补实施办法》一问一答
        一、《实施办法》出台的背景是什么？
        答：为推动核桃产业发展，制定本办法。
        """)
    assert doc.genre == "interpretation"
    assert [(p.label, p.role) for p in doc.parts if p.kind == "policy"] == [("某县核桃产业奖补实施办法", "interpreted")]


def test_a_bare_report_heading_under_a_sites_name_slogan_and_lunar_day_is_the_title_named_by_its_meeting():
    doc = loaded("尚志市人民政府\n中国·尚志　某某之乡\n2025年1月22日 星期三 农历腊月廿三\n政府工作报告\n"
                 "——2025年1月15日在尚志市第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
                 "一、2024年工作回顾\n全市地区生产总值增长5.3%。\n", "gzbg-2025-81.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == ["政府工作报告"]
    assert [p.label for p in doc.parts if p.kind == "policy" and p.role == "own"] == ["2025年尚志市政府工作报告"]
    assert "农历" not in doc.text  # (a portal's day with its lunar date is chrome)


def test_a_work_reports_title_drops_the_sites_column_tag_and_the_menu_items_above_it():
    doc = loaded("某县融媒\n首页\n乡镇动态\n文化某县\n【两会专题】2026年桃源县政府工作报告（全文）\n"
                 "——2026年1月7日在桃源县第十八届人民代表大会第六次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
                 "一、2025年工作回顾\n全县地区生产总值增长5.9%。\n", "gzbg-2026-81.txt")
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["2026年桃源县政府工作报告"]  # (not 文化某县【两会专题】…)


def test_an_interpretation_under_a_portals_menu_of_short_items_is_titled_by_its_own_line():
    doc = loaded("某县人民政府\n走进某县\n县情概况\n历史沿革\n人文地理\n政府信息公开指南\n政府信息公开年报\n"
                 "《某县油茶产业发展三年行动方案（2025—2027年）》政策问答\n"
                 "2025年3月2日，某县人民政府办公室印发《某县油茶产业发展三年行动方案（2025—2027年）》。现就有关问题解答如下。\n"
                 "问一：《方案》的主要目标是什么？\n答：到2027年，全县油茶种植面积达到30万亩。\n", "youcha-jiedu.txt")
    assert doc.genre == "interpretation"
    assert [p.label for p in doc.parts if p.kind == "title"] == [
        "《某县油茶产业发展三年行动方案（2025—2027年）》政策问答"]  # (not 历史沿革人文地理政府信息公开指南)


def test_a_menu_written_down_the_page_gives_no_title_even_where_an_item_ends_on_a_genres_word():
    doc = loaded("某市人民政府\n走进某市\n城市概况\n政策文件\n政策解读\n规划计划\n财政资金\n"
                 "《某市加快蚕桑产业发展若干措施》政策解读\n"
                 "近日，某市人民政府印发《某市加快蚕桑产业发展若干措施》。现将主要内容解读如下。\n"
                 "一、主要目标\n到2027年，全市桑园面积达到5万亩。\n", "cansang-jiedu.txt")
    assert doc.genre == "interpretation"
    assert [p.label for p in doc.parts if p.kind == "title"] == ["《某市加快蚕桑产业发展若干措施》政策解读"]  # (not 政策解读,
    # nor 规划计划)


def test_a_work_report_whose_title_names_its_place_before_the_year_is_not_named_twice():
    doc = loaded("新县2026年政府工作报告\n——2026年1月12日在新县第十七届人民代表大会第五次会议上\n各位代表：\n"
                 "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n全县地区生产总值增长6.2%。\n",
                 "gzbg-2026-82.txt")
    assert [p.label for p in doc.parts if p.kind == "policy"] == ["新县2026年政府工作报告"]  # (not 2026年新县新县…)

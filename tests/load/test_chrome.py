"""policykg.load.chrome: page chrome out, metadata lines into Document.meta."""
from __future__ import annotations

import pytest
from loadhelp import DATA, paragraphs, load_text  # noqa: F401 - fixtures

from policykg.load import load_document
from policykg.load.chrome import banner_and_links, is_breadcrumb, is_chrome, metadata_pairs, without_chrome_tail


def test_scraped_report_loses_its_chrome_and_keeps_its_lines():
    doc = load_document(DATA / "report_scraped.txt")
    assert paragraphs(doc) == [
        "2026年某省政府工作报告",
        "——2026年1月20日在某省第十四届人民代表大会第五次会议上",
        "某省省长王某",
        "各位代表：",
        "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。",
        "一、2025年工作回顾",
        "过去一年，全省地区生产总值增长5.6%，一般公共预算收入增长3.2%，城镇新增就业62万人。",
        "二、2026年主要预期目标",
        "地区生产总值增长5%左右，城镇新增就业60万人以上，居民消费价格涨幅2%左右。",
        "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章。",
    ]
    assert (doc.source, doc.date, doc.title) == ("某省日报", "2026-01-28", "")
    assert doc.meta == (("来源", "某省日报"), ("时间", "2026-01-28"))


def test_database_export_header_is_metadata_not_title_or_body():
    doc = load_document(DATA / "export.txt")
    assert doc.title == ""  # never 【法宝引证码】… or a URL; the structure stage reads the title line
    assert doc.url == "https://www.example.com/lar/0a1b2c3d.html"
    assert doc.meta == (("法宝引证码", "CLI.12.7654321"), ("原文链接", "https://www.example.com/lar/0a1b2c3d.html"))
    assert paragraphs(doc) == [
        "某市人民政府办公室关于印发《某市公共数据管理办法》的通知",  # the export's repeated title line: once
        "某府办发〔2022〕15号",
        "各区县人民政府，市政府各部门：",
        "现将《某市公共数据管理办法》印发给你们，请认真贯彻执行。",
        "某市人民政府办公室",
        "2022年5月6日",
        "某市公共数据管理办法",
        "第一章总则",  # run into its first article by the export: split again
        "第一条为加强公共数据管理，促进公共数据共享开放，制定本办法。",
        "第二条本市行政区域内公共数据的收集、共享、开放和管理活动，适用本办法。",
        "第二章共享开放",
        "第三条公共数据以共享为原则，不共享为例外。",
        "第四条本办法自2022年6月1日起施行。",
    ]
    assert "法宝" not in doc.text and "http" not in doc.text


def test_an_exports_field_block_of_joint_bodies_is_metadata_however_long(load_text):
    # (a 发布部门 line listing four departments with ；is as long as a sentence: still the export's header)
    text = ("【法宝引证码】 CLI.12.1112223\n原文链接：https://www.example.com/lar/1a2b.html\n"
            "某县农业农村局 某县科学技术局 某县财政局 某县林业局关于印发《某县良种推广办法》的通知\n"
            "发布部门：某县农业农村局；某县科学技术局；某县财政局；某县林业局\n发文字号：某农发〔2025〕3号\n"
            "发布日期：2025.03.08\n效力级别：地方规范性文件\n"
            "某县农业农村局 某县科学技术局 某县财政局 某县林业局关于印发《某县良种推广办法》的通知\n某农发〔2025〕3号\n"
            "各乡镇人民政府：\n现将《某县良种推广办法》印发给你们，请认真贯彻执行。\n")
    doc = load_text(text)
    assert dict(doc.meta)["发布部门"] == "某县农业农村局；某县科学技术局；某县财政局；某县林业局"
    assert dict(doc.meta)["发文字号"] == "某农发〔2025〕3号"
    assert paragraphs(doc)[:2] == ["某县农业农村局某县科学技术局某县财政局某县林业局关于印发《某县良种推广办法》的通知",
                                   "某农发〔2025〕3号"]
    assert not any(p.startswith(("发布部门", "发文字号", "发布日期", "效力级别")) for p in paragraphs(doc))


def test_breadcrumb_one_segment_per_line_and_repeated_page_title(load_text):
    text = "分享:\n某省工作报告\n首页\n>\n政府信息公开\n>\n工作报告\n某省工作报告\n时间：\n2026-02-02 09:20\n来源：\n某省人民政府\n" \
           "各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。\n扫一扫在手机打开当前页\n"
    doc = load_text(text)
    assert paragraphs(doc) == ["某省工作报告", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。"]
    assert doc.meta == (("时间", "2026-02-02 09:20"), ("来源", "某省人民政府"))
    assert doc.date == "2026-02-02" and doc.source == "某省人民政府"


def test_a_publication_stamp_line_is_metadata(load_text):
    doc = load_text("某部门印发《某办法》\n2016-07-27 18:52 来源： 新华社\n新华社北京7月27日电 近日，某部门印发了《某办法》，要求各地认真贯彻落实。\n")
    assert paragraphs(doc)[:2] == ["某部门印发《某办法》", "新华社北京7月27日电近日，某部门印发了《某办法》，要求各地认真贯彻落实。"]
    assert doc.meta == (("时间", "2016-07-27 18:52"), ("来源", "新华社"))
    assert doc.date == "2016-07-27"


def test_meeting_time_in_the_body_is_the_documents_own_line(load_text):
    text = ("关于召开某会议的通知\n各单位：\n经研究，定于近期召开全市数字经济工作会议，现将有关事项通知如下，请各单位按时参加。\n"
            "时间：2023年5月10日上午9:00\n地点：市政府第一会议室\n")
    doc = load_text(text)
    assert "时间：2023年5月10日上午9:00" in doc.text and doc.meta == () and doc.date == ""


def test_page_footer_lines_are_taken_out(load_text):
    text = ("某市出台新政策\n来源：某市日报\n为加快发展，某市近日出台若干措施，涉及资金、人才和用地保障等方面内容。\n"
            "主办单位：某市人民政府办公室 承办单位：某市大数据局\n网站标识码：1234567890 某ICP备05003300号\n")
    doc = load_text(text)
    assert paragraphs(doc) == ["某市出台新政策", "为加快发展，某市近日出台若干措施，涉及资金、人才和用地保障等方面内容。"]
    assert ("主办单位", "某市人民政府办公室") in doc.meta and ("承办单位", "某市大数据局") in doc.meta


@pytest.mark.parametrize(
    "line, chrome",
    [("下载", True), ("【字号：", True), ("】", True), ("字号：默认大超大|打印收藏留言|", True), ("分享到：微信 微博 QQ空间", True),
     ("首页 | 机构 | 政策 | 互动 | 服务", True), ("相关报道：", True), ("大", False), ("收藏家协会", False),
     ("一、总体要求", False), ("打印机产业", False), ("某省政府网\t请输入关键词", True), ("某市人民政府\t某市财政局", False),
     ("无障碍浏览", True), ("关怀模式", True)],
)
def test_is_chrome(line, chrome):
    assert is_chrome(line) is chrome


def test_breadcrumbs_and_chrome_tails():
    assert is_breadcrumb("首页 > 政府信息公开 > 政府工作报告")
    assert is_breadcrumb("您现在的位置：首页 > 信息公开 > 财政文告")
    assert not is_breadcrumb("首页工作：推进数字化")
    assert is_breadcrumb("您目前所处位置：首页 > 政务公开 > 部门文件")  # (any wording of "where you are")
    assert not is_breadcrumb("区位优势：位置优越，交通便利")
    assert without_chrome_tail("新华社字号：默认大超大|打印收藏留言|") == "新华社"
    assert without_chrome_tail("新华社") == "新华社"


def test_metadata_pairs():
    assert metadata_pairs("【法宝引证码】 CLI.12.5115678", "head") == [("法宝引证码", "CLI.12.5115678")]
    assert metadata_pairs("来源：某市日报 发布时间：2022-05-14 08:00", "head") == [("来源", "某市日报"), ("发布时间", "2022-05-14 08:00")]
    assert metadata_pairs("标题：某办法索引号：2021-16主题分类：行政法规", "head") == [
        ("标题", "某办法"), ("索引号", "2021-16"), ("主题分类", "行政法规")]
    assert metadata_pairs("时间：", "head") == [("时间", "")]
    assert metadata_pairs("来源：本文根据有关部门提供的材料整理，经审核后发布，转载请注明出处，谢谢各位读者的支持。", "head") is None
    assert metadata_pairs("会议时间：2023年5月10日", "head") is None
    assert metadata_pairs("索引号：123", "tail") is None  # a head-only label


def test_an_information_tables_cells_printed_without_colons_are_metadata():
    assert metadata_pairs("标\t题\t某某经营服务管理办法", "head") == [("标题", "某某经营服务管理办法")]
    assert metadata_pairs("发文机关\t某某部\t发文字号\t某某部令第5号", "head") == [("发文机关", "某某部"), ("发文字号", "某某部令第5号")]
    assert metadata_pairs("索引号\t000019765T/2025-00213\t分\t类\t水路运输", "head") == [
        ("索引号", "000019765T/2025-00213"), ("分类", "水路运输")]  # (a spaced label after the first)
    assert metadata_pairs("某市人民政府\t某市财政局", "head") is None  # (no labels: bodies signing)
    assert metadata_pairs("发文机关\t某某部\t某某部令第5号", "head") is None  # (a label without its pair)
    assert metadata_pairs("文　　号：\t\t有 效 性：\t有效", "head") == [("文号", ""), ("有效性", "有效")]  # (an empty cell)
    assert is_chrome("无障碍English繁体手机版")  # (an accessibility bar run together)
    assert is_breadcrumb("您现在所在的位置：首页>政务公开>政策法规>部门规章")


@pytest.mark.parametrize("line, chrome", [
    ("国家市场监督管理总局\t请输入关键词", True),  # a ministry's banner and its search box
    ("中华人民共和国交通运输部\t请输入关键词搜索", True),  # (the box and its button run together)
    ("★ 中华人民共和国中央人民政府\t搜政策......", True),  # (the central portal's banner by its full name)
    ("中国某某之声网　政务微博　政务微信", True),  # a portal's link bar
    ("中国某某之声网政务微博政务微信", True),  # the same with its spaces squeezed out
    ("某市人民政府\t某市财政局", False),  # bodies signing
    ("国家市场监督管理总局\t某市财政局", False),
    ("某市人民政府网www.example.gov.cn\t搜政策……搜索", True),  # a portal's name with its address, and its search box
    ("欢迎访问某县人民政府网站！", True),  # its welcome
    ("今天是：2025年3月4日 星期二", True),  # its day
    ("2025年1月21日 星期二 农历腊月廿二", True),  # its day with the lunar date
    ("请输入关键词 搜索", True),
    ("2025年3月4日", False),  # a date line: a document's own
    ("欢迎广大企业来到我县投资兴业，共享发展机遇。", False),
    ("地址：某市某区府前路2号邮编：100017", True),  # its footer's postal address (whose place is no document's)
    ("地址：某市某区府前路2号邮编：100731技术支持：某部信息中心", True),
    ("项目地址：某市某区某路2号，总投资5亿元。", False),
    ("相关链接：中国政府网某省人民政府某市人民政府", True),  # its links (the bodies are no document's)
])
def test_a_banner_with_its_search_box_or_link_bar_is_chrome(line, chrome):
    assert is_chrome(line) is chrome


def test_the_head_ends_where_the_document_addresses_its_readers(load_text):
    doc = load_text("关于召开某会议的通知\n各单位：\n时间：2023年5月10日上午9:00\n地点：市政府第一会议室\n")
    assert paragraphs(doc) == ["关于召开某会议的通知", "各单位：", "时间：2023年5月10日上午9:00", "地点：市政府第一会议室"]
    assert doc.meta == () and doc.date == ""


def test_a_portals_banner_menu_and_breadcrumb_are_chrome(load_text):
    text = ("某市某区人民政府\n首页　　政务公开　　政务服务　　互动交流　　魅力某区\n您所在的位置：首页 >> 政务公开 >> 政府工作报告\n"
            "2025年某区政府工作报告\n来源：某区人民政府办公室　　发布时间：2025-01-21\n字体：\n大\n中\n小\n分享至：\n"
            "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员提出意见。\n")
    doc = load_text(text)
    assert paragraphs(doc)[:2] == ["2025年某区政府工作报告", "各位代表："]  # (not the banner and the menu run together)
    assert ("网站名称", "某市某区人民政府") in doc.meta


def test_a_menu_written_down_the_page_is_chrome_but_a_short_title_is_not(load_text):
    text = ("某省人民政府门户网站\n首页\n|\n政务公开\n|\n互动交流\n|\n走进某省\n当前位置：首页 > 政务公开 > 政府工作报告\n"
            "2025年某省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n")
    assert paragraphs(load_text(text))[0] == "2025年某省政府工作报告"  # (not 走进某省 before it)
    text = ("当前位置：首页 > 政务公开 > 工作报告\n政府工作报告\n来源：某市人民政府\n各位代表：\n"
            "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n")
    assert paragraphs(load_text(text))[0] == "政府工作报告"


def test_a_portals_language_links_and_its_name_in_a_minority_script_are_chrome(load_text):
    text = ("某州人民政府\n모모자치주인민정부\n简体版\n繁體版\n首页\n政务公开\n当前位置：首页 > 政务公开 > 政府工作报告\n"
            "2025年某州政府工作报告\n各位代表：\n现在，我代表州人民政府，向大会报告工作，请予审议，并请州政协委员提出意见。\n")
    assert paragraphs(load_text(text))[0] == "2025年某州政府工作报告"  # (not the banner, its Hangul name and 简体版)


def test_bodies_signing_with_wide_spaces_are_no_menu():
    assert not is_chrome("市发改委　　市财政局　　市商务局")
    assert is_chrome("首页　　政务公开　　政务服务　　互动交流")
    assert is_chrome("首页\t机构简介\t新闻发布\t法律法规\t货币政策\t宏观审慎\t信贷政策\t金融市场\t金融稳定\t支付体系\t"
                     "金融科技\t人民币")  # (a printed page's menu row of cells, too long to read run together)
    assert not is_chrome("项目名称\t补助标准\t备注")  # (a table's heads)


def test_an_interpretation_pages_english_banner_and_search_box_are_chrome(load_text):
    text = ("某市工业和信息化局\nMunicipal Bureau of Industry and Information Technology\n首页\n政务公开\n请输入关键词\n"
            "您当前的位置：首页 > 政务公开 > 政策解读\n《某市技术改造专项资金管理办法》政策解读\n发布时间：2025-07-14 09:30\n"
            "　　2025年7月8日，某市工业和信息化局印发《某市技术改造专项资金管理办法》，现将主要内容解读如下。\n")
    doc = load_text(text)
    assert paragraphs(doc)[0] == "《某市技术改造专项资金管理办法》政策解读"  # (not the banner and its English name run on)


def test_a_sites_address_alone_above_the_title_is_chrome(load_text):
    doc = load_text("某省政府网\nwww.example.gov.cn\n某省人民政府关于推进某某工作的意见\n某政发〔2025〕3号\n"
                    "各市人民政府，省政府各部门：\n为推进某某工作，现提出如下意见。\n")
    assert paragraphs(doc)[:2] == ["某省人民政府关于推进某某工作的意见", "某政发〔2025〕3号"]


def test_a_menu_written_down_the_page_with_items_no_vocabulary_knows_is_chrome(load_text):
    doc = load_text("某县人民政府\n首页\n政务公开\n政务服务\n数据开放\n走进某县\n您当前所在位置：首页 > 政务公开 > 政策解读\n"
                    "《某县支持青年人才若干措施》政策解读\n为吸引青年人才，近日，某县印发了若干措施，现将有关内容解读如下。\n")
    assert paragraphs(doc)[0] == "《某县支持青年人才若干措施》政策解读"


def test_a_breadcrumb_written_down_the_page_after_its_root_and_metadata_labels_above_the_title(load_text):
    doc = load_text("某州人民政府\n您当前所在位置：\n首页\n>\n政务公开\n>\n法定主动公开内容\n>\n政府工作报告\n索引号：\n"
                    "11522600009514612X/2025-0118001\n信息分类：\n政府工作报告\n生成日期：\n2025-01-18\n"
                    "2025年某州政府工作报告\n各位代表：\n现在，我代表州人民政府，向大会报告工作，请予审议。\n")
    assert paragraphs(doc)[0] == "2025年某州政府工作报告"
    assert dict(doc.meta)["信息分类"] == "政府工作报告" and doc.date == "2025-01-18"


@pytest.mark.parametrize("line", [
    "今天是：2026年12月6日\t无障碍|长者模式|繁體| English |网站地图|移动版",
    "2026年12月06日星期日\t首页|简|繁| EN |登录|个人中心|退出|邮箱|无障碍",
])
def test_the_day_and_a_menu_on_one_printed_line_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "欢迎访问中华人民共和国某某部网站\t无障碍关怀版English繁体邮箱手机版",
    "中华人民共和国交通运输部\t请输入关键字\t搜索",
    "中华人民共和国财政部\t请输入检索内容\t检索",
    "中国政府网\t搜政策……",
])
def test_a_ministrys_printed_banner_and_search_box_are_chrome(line):
    assert is_chrome(line)
    assert not is_chrome("交通运输部关于印发《某某行动方案》的通知")


@pytest.mark.parametrize("line", [
    "浙江政务服务客户端|浙江省人民政府网微博、微信|浙里办\t首页|简|繁| EN |登录|邮箱|无障碍",
    "省政府客户端|省政府网微博、微信\t首页|简|繁|登录|无障碍",
])
def test_a_bar_of_links_set_apart_by_pipes_is_chrome_but_a_title_or_a_row_of_figures_is_not(line):
    assert is_chrome(line)
    assert not is_chrome("某市人民政府办公室关于印发《某某措施》的通知")
    assert not is_chrome("序号|项目名称|补助标准|2025年|2026年|备注，单位万元")


def test_a_portals_empty_day_label_opens_no_body_and_the_breadcrumb_under_it_is_chrome():
    from kit import loaded
    doc = loaded("某市人民政府\n今天是：\n无障碍浏览\n首页\n政务公开\n您当前的位置：首页 > 政务公开 > 政策解读\n"
                 "《某市促进外贸若干措施》政策解读\n信息来源：某市商务局\n"
                 "2025年2月26日，某市人民政府办公室印发了《某市促进外贸若干措施》，现解读如下。\n", "mou-jiedu.txt")
    assert "今天是" not in doc.text and "您当前的位置" not in doc.text
    assert doc.text.lstrip().startswith("《某市促进外贸若干措施》政策解读")


@pytest.mark.parametrize("line", ["某某市人民政府 欢迎您！", "热门搜索：政策解读  营商环境  公开招聘"])
def test_a_portals_welcome_and_its_hot_words_are_chrome(line):
    assert is_chrome(line)
    assert not is_chrome("热烈欢迎各地客商来我市投资兴业，共谋发展。")


@pytest.mark.parametrize("line", ["您好，欢迎访问某某市某某区人民政府网站！", "全站搜索", "智能问答"])
def test_a_greeting_welcome_and_a_search_label_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line, chrome", [
    ("★ 中华人民共和国农业农村部\t请输入关键字", True),  # a ministry's banner and search box, a star before it
    ("国家林业和草原局国家公园管理局\t2026年5月26日星期二", True),  # a banner and the day it is shown
    ("国家林业和草原局\t2026年5月18日", False),  # a signature: no weekday
    ("某市人民政府\t某市财政局", False),  # joint issuers
])
def test_a_printed_sites_banner_is_chrome_and_a_signature_is_not(line, chrome):
    assert is_chrome(line) is chrome


def test_a_ministrys_banner_with_its_logos_glyph_before_the_state_name_is_chrome():
    from policykg.load.chrome import is_chrome

    assert is_chrome("卫中华人民共和国国家卫生健康委员会\t请输入关键字\t搜索")  # (卫: the logo printed as a glyph)
    assert not is_chrome("国家卫生健康委员会\t国家发展和改革委员会")  # (two bodies: a signature, no banner)


def test_an_information_tables_cells_with_label_and_value_run_together_are_metadata():
    assert metadata_pairs("发文机关某某部某某局\t成文日期2026年05月12日", "head") == [
        ("发文机关", "某某部某某局"), ("成文日期", "2026年05月12日")]  # (the printed page lost the gap in each cell)
    assert metadata_pairs("索引号\t000011111/2026-00012\t主题分类预算管理\\生态环境", "head") == [
        ("索引号", "000011111/2026-00012"), ("主题分类", "预算管理\\生态环境")]
    assert metadata_pairs("标\t题某某部关于下达某某资金预算的通知", "head") == [("标题", "某某部关于下达某某资金预算的通知")]
    assert metadata_pairs("某市人民政府\t成文日期2026年05月12日", "head") is None  # (a cell neither a label nor one)
    assert metadata_pairs("名称很长的某某部门", "head") is None


def test_a_ministrys_banner_with_its_hot_search_words_is_chrome():
    assert is_chrome("中华人民共和国财政部\t热门检索：财政收支积极财政政策减税降费\t[搜索]")
    assert not is_chrome("中华人民共和国财政部\t关于下达某某资金预算的通知")


def test_a_cells_last_characters_wrapped_alone_onto_the_next_line_stay_in_its_value(load_text):
    doc = load_text("索引号：000011111/2026-00041\t主题分类：农业、林业、水利\\农业、畜牧业、渔\n业\n发文机关：某部\t成文日期：2026年04月21日\n"
                    "某部关于印发《某某发展行动方案》的通知\n各省、自治区、直辖市人民政府：\n现将《某某发展行动方案》印发给你们。\n")
    assert dict(doc.meta)["主题分类"] == "农业、林业、水利\\农业、畜牧业、渔业"
    assert paragraphs(doc)[0] == "某部关于印发《某某发展行动方案》的通知"


def test_an_empty_cell_over_the_documents_title_does_not_take_the_title_as_its_value(load_text):
    doc = load_text("索引号：000011111/2026-00214\t主题分类：卫生、体\n育\\卫生\n发文字号：某发〔2026〕9号\n主 题 词：\n"
                    "某部等8部门关于印发《某某服务体系建设行动方案》的通知\n各省、自治区、直辖市卫生健康委：\n现将《某某服务体系建设行动方案》印发给你们。\n")
    assert dict(doc.meta)["主题分类"] == "卫生、体育\\卫生"
    assert paragraphs(doc)[0] == "某部等8部门关于印发《某某服务体系建设行动方案》的通知"


def test_a_ministrys_banner_with_its_logos_glyph_and_its_own_table_labels_are_no_title(load_text):
    doc = load_text("徽中华人民共和国教育部\n站内搜索\n首页 > 公开 > 文献\n信息名称：\t教育部关于加强某某工作的通知\n"
                    "信息索引：\t360A06-05-2026-0099-1\t生成日期：\t2026-05-27\n信息类别：\t基础教育\t公开方式：\t主动公开\n"
                    "教育部关于加强某某工作的通知\n各省、自治区、直辖市教育厅（教委）：\n现就有关事项通知如下。\n")
    assert paragraphs(doc)[0] == "教育部关于加强某某工作的通知"
    assert dict(doc.meta)["信息名称"] == "教育部关于加强某某工作的通知"


def test_a_banner_opening_on_its_logos_alt_text_and_a_category_cell_are_no_title(load_text):
    assert is_chrome("国徽国家市场监督管理总局\t请输入关键词")
    doc = load_text("国徽中华人民共和国司法部\n全站搜索\n首页 > 政务公开 > 政策文件\n公开方式\t主动公开\t类\t别\t法律援助\n"
                    "财政部司法部关于下达某某专款预算的通知\n某行〔2026〕86号\n各省、自治区、直辖市财政厅（局）：\n现将有关事项通知如下。\n")
    assert paragraphs(doc)[0] == "财政部司法部关于下达某某专款预算的通知"
    assert dict(doc.meta)["类别"] == "法律援助"


def test_a_ministrys_own_table_labels_and_a_breadcrumb_its_menu_overprints_are_no_title(load_text):
    assert is_breadcrumb("专您题所专在栏的位置：首页>政务信息>政策文件>联合发文")  # (专题专栏 printed over 您所在的位置)
    doc = load_text("索取号：\t11100000MB0160325X/2026-00098\t信息分类：医疗救助\n文件名称：某部关于下达某某资金预算的通知\n"
                    "文件编号：某社〔2026〕72号\t发布时间：2026-06-12\n某部关于下达某某资金预算的通知\n各省、自治区、直辖市财政厅（局）：\n"
                    "现将有关事项通知如下。\n")
    assert paragraphs(doc)[0] == "某部关于下达某某资金预算的通知"
    assert dict(doc.meta)["文件编号"] == "某社〔2026〕72号"


def test_a_breadcrumb_whose_first_step_is_the_sites_home_by_another_name_is_chrome():
    assert is_breadcrumb("您现在的位置：网站首页 > 政务公开 > 政策文件 > 政策解读")
    assert is_breadcrumb("您的位置：本站 > 新闻中心 > 要闻")  # (two steps after the root, whatever its first)
    assert not is_breadcrumb("您的位置决定了补贴标准")


def test_an_information_tables_label_alone_between_the_lines_its_value_wraps_over_is_chrome(load_text):
    text = ("某部关于印发《某某补助资金管理办法》《某某项目\n标\t题\n实施指引》的通知\n发文字号：某发〔2025〕12号\n"
            "某部关于印发\n《某某补助资金管理办法》\n《某某项目实施指引》的通知\n各省、自治区、直辖市有关部门：\n"
            "现将《某某补助资金管理办法》《某某项目实施指引》印发给你们，请认真贯彻执行。\n")
    assert "标\t题" not in paragraphs(load_text(text))  # (the wrapped value's halves are no longer cut by it)


def test_a_portals_name_run_together_with_its_link_bar_is_a_banner():
    assert banner_and_links("中国政府网简繁EN登录邮箱无障碍")
    assert not banner_and_links("中国政府网")  # (the name alone may be a source line's)

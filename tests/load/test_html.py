"""policykg.load.html: a web page's main content and its metadata."""
from __future__ import annotations

from loadhelp import DATA, paragraphs, write  # noqa: F401 - fixtures

from policykg.load import load_document
from policykg.load.chrome import title_without_site
from policykg.load.html import SUBHEADING_LEVEL, fragment_lines


def test_government_page_main_content_without_chrome():
    doc = load_document(DATA / "gov_page.html")
    assert doc.format == "html" and doc.encoding == "utf-8"
    assert paragraphs(doc) == [
        "某市人民政府办公室关于印发《某市数字经济发展行动方案》的通知",
        "某府办发〔2024〕12号",
        "各区县人民政府，市政府各部门，有关单位：",
        "《某市数字经济发展行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "某市人民政府办公室",
        "2024年3月8日",
        "（此件公开发布）",
        "某市数字经济发展行动方案",
        "为加快数字经济发展，推动数字技术与实体经济深度融合，结合我市实际，制定本方案。",
        "一、总体目标",
        "到2026年，全市数字经济核心产业增加值达到1200亿元，占地区生产总值比重提高到12%以上；建成5G基站3万个，"
        "培育省级以上工业互联网平台15个。",
        "二、重点任务",
        "（一）夯实数字基础设施。加快千兆光网和5G网络建设，推进算力中心集约布局，到2025年全市算力规模达到2000PFlops。"
        "统筹布局边缘计算节点，推动重点园区网络全覆盖，提升网络服务质量和安全保障能力，支持运营企业开展网络升级改造。",
        "（二）推动产业数字化转型。实施制造业数字化改造三年行动，对完成改造的规模以上工业企业，按设备投资额的10%给予补助，"
        "单个企业最高500万元。",
        "1.开展诊断服务。每年为200家中小企业免费提供数字化转型诊断。",
        "2.建设示范工厂。每年认定智能工厂和数字化车间30个。",
        "三、保障措施",
        "各区县、各部门要加强组织领导，明确责任分工，确保各项任务落到实处。",
        "指标\t2023年\t2026年目标\n数字经济核心产业增加值（亿元）\t860\t1200\n5G基站（万个）\t1.8\t3",
        "附件：某市数字经济重点项目清单",
    ]
    for chrome in ("首页", "当前位置", "字号", "打印", "分享", "微信", "相关文件", "ICP", "索引号", "var _hmt"):
        assert chrome not in doc.text, chrome


def test_government_page_metadata():
    doc = load_document(DATA / "gov_page.html")
    assert doc.title == "某市人民政府办公室关于印发《某市数字经济发展行动方案》的通知"
    assert doc.date == "2024-03-08"  # 成文日期 of the information table ranks above the publication date
    assert doc.source == "某市人民政府办公室"
    assert doc.url == "https://www.example.gov.cn/zwgk/2024/0312/notice.html"
    meta = dict(doc.meta)
    assert meta["索引号"] == "11500000-2024-00031"
    assert meta["发文机关"] == "某市人民政府办公室"
    assert meta["发文字号"] == "某府办发〔2024〕12号"
    assert meta["发布日期"] == "2024年03月12日"
    assert [(p.label, p.level) for p in doc.parts] == [
        ("某市人民政府办公室关于印发《某市数字经济发展行动方案》的通知", 1), ("某市数字经济发展行动方案", 2),
        ("一、总体目标", SUBHEADING_LEVEL), ("二、重点任务", SUBHEADING_LEVEL), ("三、保障措施", SUBHEADING_LEVEL)]
    assert all(doc.text[p.start:p.end] == p.label for p in doc.parts)


def test_html_drops_script_style_head_and_comments(write):
    html = """<!DOCTYPE html><html><head><title>政策解读 - 某某网</title>
    <meta name="PubDate" content="2021-07-09 10:00"><style>p{color:red}</style>
    <script>var secret = "不可见";</script></head>
    <body><!-- 注释不可见 --><h1>政策解读</h1><p>第一段&amp;说明&nbsp;内容。</p>
    <div>第二段<br>换行后。</div>
    <table><tr><th>序号</th><th>名称</th></tr><tr><td>1</td><td>平台A</td></tr></table>
    <script>document.write("也不可见")</script></body></html>"""
    doc = load_document(write("p.html", html))
    assert doc.format == "html"
    assert doc.title == "政策解读"  # <h1>, which <title> contains
    assert doc.date == "2021-07-09"
    for hidden in ("secret", "不可见", "color", "注释", "<", "&amp;"):
        assert hidden not in doc.text
    assert "第一段&说明内容。" in doc.text
    assert "序号\t名称\n1\t平台A" in doc.text
    assert "第二段\n\n换行后。" in doc.text


def test_htm_suffix_and_title_tag(write):
    doc = load_document(write("q.htm", "<html><head><title>某市工作方案</title></head><body><p>内容一。</p><p>内容二。</p></body></html>"))
    assert doc.format == "html" and doc.title == "某市工作方案"
    assert doc.text == "内容一。\n\n内容二。"


def test_a_pdf_file_that_holds_a_web_page_is_read_as_html(write):
    doc = load_document(write("saved.pdf", "<!DOCTYPE html><html><body><p>其实是网页。</p></body></html>"))
    assert doc.format == "html" and doc.text == "其实是网页。"


def test_a_layout_table_is_read_as_blocks(write):
    html = ("<html><body><table><tr><td><p>" + "这是第一段很长的正文内容，" * 20 + "。</p><p>第二段。</p></td></tr></table>"
            "</body></html>")
    doc = load_document(write("old.html", html))
    assert paragraphs(doc)[1] == "第二段。" and "\t" not in doc.text


def test_a_paragraph_of_one_short_bold_phrase_is_a_sub_heading():
    lines = fragment_lines("<p><strong>某台消息</strong>（晚间新闻）：今天有雨。<br></p>"
                           "<p><strong>某国称将扩大对外合作</strong><br></p><p>某国外长3日说明了计划。</p>"
                           "<p><b>一是加强组织领导。</b></p>")
    levels = {str(line): getattr(line, "level", 0) for line in lines if line}
    assert levels == {"某台消息（晚间新闻）：今天有雨。": 0, "某国称将扩大对外合作": SUBHEADING_LEVEL,
                      "某国外长3日说明了计划。": 0, "一是加强组织领导。": 0}  # a bold lead or sentence is no heading


def test_deeply_nested_html_does_not_crash(write):
    html = "<html><body>" + "<div>" * 5000 + "<p>深处的正文。</p>" + "</div>" * 5000 + "</body></html>"
    doc = load_document(write("deep.html", html))
    assert "深处的正文。" in doc.text


def test_html_with_no_visible_text_is_refused(write):
    import pytest

    from policykg.errors import LoadError

    path = write("x.html", "<html><head><title></title><script>var a=1;</script></head><body></body></html>")
    with pytest.raises(LoadError, match="no text|no visible text") as info:
        load_document(path)
    assert info.value.category == "empty"


def test_title_without_site():
    assert title_without_site("中共中央办公厅 国务院办公厅印发《纲要》_滚动新闻_中国政府网") == "中共中央办公厅 国务院办公厅印发《纲要》"
    assert title_without_site("中国政府网_中央人民政府门户网站") == ""
    assert title_without_site("工作方案 - 某市人民政府网站") == "工作方案"
    assert title_without_site("关于印发《行动计划（2022-2025年）》的通知") == "关于印发《行动计划（2022-2025年）》的通知"


def test_a_pages_site_is_kept_as_its_metadata(write):
    page = ("<html><head><title>我市召开某某推进会_某某新闻_杭州市人民政府</title></head>"
            "<body><h1>我市召开某某推进会</h1><p>内容一。</p></body></html>")
    doc = load_document(write("site.html", page))
    assert doc.title == "我市召开某某推进会"
    assert ("网站名称", "某某新闻_杭州市人民政府") in doc.meta  # (the parts after the title, the portal's)
    named = load_document(write("named.html", page.replace("<head>", '<head><meta name="SiteName" content="某某门户">')))
    assert ("网站名称", "某某门户") in named.meta  # (a SiteName meta says it first)

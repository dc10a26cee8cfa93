"""policykg.load.pdf: PDF through pypdfium2 — lines, running headers, paragraphs, refusals."""
from __future__ import annotations

import pytest
from loadhelp import DATA, paragraphs, write  # noqa: F401 - fixtures

from policykg.errors import LoadError
from policykg.load import load_document


@pytest.fixture(scope="module")
def printed():
    return load_document(DATA / "printed.pdf")


def test_printed_web_page_loses_browser_header_footer_and_page_chrome(printed):
    for furniture in ("AM", "PM", "file://", "1/4", "2/4", "政府文件_", "首页", "当前位置", "字号", "分享", "ICP"):
        assert furniture not in printed.text, furniture
    assert printed.format == "pdf" and printed.encoding == ""


def test_printed_page_keeps_the_official_documents_lines(printed):
    paras = paragraphs(printed)
    assert paras[:8] == [
        "某市人民政府办公室关于印发《某市数字经济发展行动方案》的通知",  # a title wrapped over two lines, joined
        "某府办发〔2024〕12号",
        "各区县人民政府，市政府各部门，有关单位：",
        "《某市数字经济发展行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "某市人民政府办公室",
        "2024年3月8日",
        "（此件公开发布）",
        "某市数字经济发展行动方案",
    ]
    for heading in ("一、总体目标", "二、重点任务", "三、保障措施", "1.开展诊断服务。每年为200家中小企业免费提供数字化转型诊断。",
                    "附件：某市数字经济重点项目清单"):
        assert heading in paras


def test_a_paragraph_running_across_a_page_break_is_joined(printed):
    assert ("（二）推动产业数字化转型。实施制造业数字化改造三年行动，对完成改造的规模以上工业企业，按设备投资额的10%给予补助，"
            "单个企业最高500万元。") in paragraphs(printed)


def test_a_table_keeps_its_rows(printed):
    assert "指标\t2023年\t2026年目标\n数字经济核心产业增加值（亿元）\t860\t1200\n5G基站（万个）\t1.8\t3" in printed.text


def test_printed_page_metadata(printed):
    assert printed.title == "某市人民政府办公室关于印发《某市数字经济发展行动方案》的通知"  # the info title, site name cut
    assert printed.date == "2024-03-08"  # 成文日期 of the information table
    meta = dict(printed.meta)
    assert meta["索引号"] == "11500000-2024-00031" and meta["发文字号"] == "某府办发〔2024〕12号"
    assert printed.parts == ()


def test_office_pdf_with_a_table():
    doc = load_document(DATA / "office.pdf")
    assert paragraphs(doc)[:4] == ["关于推进某县智慧农业发展的实施意见", "某政发〔2023〕8号", "各乡镇人民政府，县政府各部门：",
                                   "为推进智慧农业发展，现提出如下意见。"]
    assert "指标\t2022年\t2025年\n示范基地（个）\t3\t10\n信息化率\t21%\t35%" in doc.text
    assert doc.text.endswith("某县人民政府\n\n2023年6月1日")
    assert doc.title == "关于推进某县智慧农业发展的实施意见"  # LibreOffice wrote the title into the PDF info


def test_a_scanned_pdf_is_refused_by_name():
    with pytest.raises(LoadError) as info:
        load_document(DATA / "scanned.pdf")
    assert info.value.category == "scanned PDF" and info.value.format == "pdf"
    assert info.value.reason.startswith("scanned PDF: no text layer (0 characters of text on 1 pages)")
    assert "scanned.pdf" in str(info.value)


def test_an_encrypted_pdf_is_refused_by_name():
    with pytest.raises(LoadError) as info:
        load_document(DATA / "encrypted.pdf")
    assert info.value.category == "encrypted PDF"
    assert info.value.reason == "encrypted PDF: it needs a password to open; expected a PDF without a password"


def test_a_broken_pdf_is_refused_by_name(write):
    with pytest.raises(LoadError) as info:
        load_document(write("broken.pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\n"))
    assert info.value.category == "malformed PDF" and "pdfium cannot open it" in info.value.reason


def test_a_printed_portal_page_keeps_its_time_apart_and_loses_its_banner_and_address():
    doc = load_document(DATA / "portal.pdf")  # (src/portal.html printed by Chromium)
    assert paragraphs(doc)[:2] == [
        "某部某委关于印发《某某产业协同创新实施方案》和《某某产业互联互通标准体系建设指南》的通知", "某部联产〔2025〕21号"]
    meta = dict(doc.meta)
    assert meta["发布时间"] == "2025-02-20 09:30"  # (the space the text layer marks without a box is kept)
    assert meta["公文种类"] == "通知" and doc.date == "2025-02-14"
    assert meta["标题"].endswith("标准体系建设指南》的通知")  # (the title the information table wrapped, joined)


def test_a_line_or_two_of_a_pages_chrome_further_left_is_not_the_body_margin():
    from policykg.load.pdf import Line, _measures, _paragraphs

    def line(text: str, left: float, top: float, right: float = 550.0) -> Line:
        return Line(text, left, right, top, top + 9, 9.0, 0, len(text))

    body = [line("　　海外仓是跨境电商重要的境外节点和新型外贸基础设施，我国企业建设的海外仓数量不断增加，总面", 73, 100)]
    body += [line("积持续扩大，服务能力稳步提升，网络布局日益完善，在稳外贸中发挥了积极作用，效果良好明显。", 56, 118)]
    for k in range(2, 12):  # a paragraph's first line indented, the rest at the margin
        body.append(line("继续推进各项工作，加强统筹协调，提升服务水平，推动高质量发展，取得新的更大成效。", 73 if k % 2 == 0 else 56,
                         100 + 18 * k))
    page = [line("某部门户网站", 29, 60, 120)] + body
    assert _measures([page]).left == 56  # (not 29, where the site's name stands)
    (first,) = [p for p in _paragraphs([page]) if "海外仓是" in p]
    assert first.endswith("总面积持续扩大，服务能力稳步提升，网络布局日益完善，在稳外贸中发挥了积极作用，效果良好明显。")


def test_a_line_short_by_a_character_pushed_down_with_the_mark_after_it_runs_on():
    from policykg.load.pdf import Line, _paragraphs

    def line(text: str, left: float, top: float, right: float) -> Line:
        return Line(text, left, right, top, top + 9, 9.0, 0, len(text))

    lines = [line("　　对报废老旧农机的农民给予补贴，补贴标准按机具类别分档确定，具体见附件。农民报废老旧农机并同年", 68, 100, 560)]
    lines += [line("在附件所列标准基础上再提高20%，单台最高不超过4万元。农民报废老旧农机并在同一年度内更新购置新机具", 50, 118, 545)]
    lines += [line("的，新机具补贴比例提高5个百分点，但报废补贴与购置补贴合计不超过新机具购买价格的一半，按规定执行。", 50, 136, 560)]
    lines += [line("　　各地可结合实际提高报废补贴标准，所需资金由地方财政承担，具体由各地农业农村部门会同财政部门", 68, 154, 560)]
    lines += [line("确定并公布，加强资金监管，确保补贴资金安全，政策效果明显，农民满意度高，取得良好成效。", 50, 172, 500)]
    found = [p for p in _paragraphs([lines]) if p]
    assert len(found) == 2 and "更新购置新机具的，新机具补贴比例" in found[0]  # (a line short by two characters: 的，)


def test_an_information_tables_cells_wrapped_around_their_labels_are_one_row():
    doc = load_document(DATA / "wrapped.pdf")  # (src/wrapped.html printed by Chromium: the title and 文号 cells wrap)
    meta = dict(doc.meta)
    assert meta["发文字号"] == "某部联规〔2026〕1357号"
    assert meta["标题"] == "某部某局关于印发《某某设施更新改造行动方案（2026—2028年）》的通知"
    assert "1357号" not in doc.text.replace("某部联规〔2026〕1357号", "")  # (no stray piece of the 文号 left in the body)


def test_a_label_row_between_rows_of_other_widths_is_left_alone():
    from policykg.load.pdf import _wrapped_rows_rejoined

    lines = ["甲\t乙\t丙", "标题\t发文字号", "丁\t戊\t己"]
    assert _wrapped_rows_rejoined(lines) == lines


def test_an_information_rows_values_continued_on_the_next_line_and_a_date_cut_after_its_month_are_one_row():
    from policykg.load.pdf import _continued_values

    lines = ["发文机关：\t某部 某委\t成文日期：\t2026年03", "某局 某署\t月18日", "发文字号：\t某发〔2026〕9号\t发布日期：\t2026年03",
             "", "月27日", "", "正文第一段。"]
    assert _continued_values(lines) == ["发文机关：\t某部 某委某局 某署\t成文日期：\t2026年03月18日",
                                        "发文字号：\t某发〔2026〕9号\t发布日期：\t2026年03月27日", "", "正文第一段。"]
    assert _continued_values(["甲\t乙", "丙\t丁"]) == ["甲\t乙", "丙\t丁"]  # (no labels: two rows of a table)


def test_a_sidebar_beside_the_text_is_read_after_it_and_the_title_is_the_documents():
    doc = load_document(DATA / "sidebar.pdf")  # (src/sidebar.html printed by Chromium: headlines beside the text)
    paras = paragraphs(doc)
    assert doc.title == "某市人民政府办公室关于印发《某市公共文化服务提升行动方案（2026—2028年）》的通知"
    assert paras[:2] == [doc.title, "某政办发〔2026〕31号"]
    assert dict(doc.meta)["发文字号"] == "某政办发〔2026〕31号"
    headlines = [i for i, p in enumerate(paras) if p.startswith("某省人民政府关于第")]
    last_text = max(i for i, p in enumerate(paras) if p.startswith("（十）某市将持续推进"))
    assert len(headlines) == 8 and min(headlines) > last_text  # (after the text, not inside it)
    assert all(p.endswith("便捷的公共文化服务。") for p in paras if p.startswith("（"))  # (no paragraph cut by a headline)


def test_a_table_whose_label_cells_span_rows_stays_rows():
    doc = load_document(DATA / "sidebar.pdf")
    assert "产出指标\t文化惠民演出场次\t≥1200场" in doc.text and "读者满意度\t≥92%" in doc.text


def test_a_sites_menu_left_of_the_text_does_not_run_into_its_title_or_lines():
    doc = load_document(DATA / "menu.pdf")  # (src/menu.html printed by Chromium)
    paras = paragraphs(doc)
    assert doc.title == "某省某厅 某省某局关于做好某某服务保障工作的通知"
    assert paras[paras.index("某厅发〔2026〕8号") - 1] == "关于做好某某服务保障工作的通知"
    assert ("一、扩大服务覆盖面。到2026年底，全省县级以上服务大厅实现帮办代办全覆盖，乡镇（街道）便民服务中心覆盖率达到95%以上，"
            "各地要结合实际制定具体实施办法。") in paras
    assert paras.index("2026年4月20日") < min(i for i, p in enumerate(paras) if "统计数据" in p)


def test_a_wrapped_titles_label_glued_to_its_first_line_is_dropped_and_the_title_rejoined():
    from policykg.load.pdf import _glued_title_labels_dropped

    lines = ["某部某委关于印发《某某重点村镇提质升级标题：", "行动计划（2026—2028年）》的通知", "发文字号：某发〔2026〕6号"]
    assert _glued_title_labels_dropped(lines) == [
        "某部某委关于印发《某某重点村镇提质升级行动计划（2026—2028年）》的通知", "", "发文字号：某发〔2026〕6号"]
    assert _glued_title_labels_dropped(["一、主要目标：", "到2027年…"]) == ["一、主要目标：", "到2027年…"]


def test_a_title_label_glued_without_its_colon_is_dropped_only_inside_an_open_title():
    from policykg.load.pdf import _glued_title_labels_dropped

    lines = ["某部某委关于印发《以工代标题", "赈劳务报酬发放管理办法》的通知"]
    assert _glued_title_labels_dropped(lines) == ["某部某委关于印发《以工代赈劳务报酬发放管理办法》的通知", ""]
    assert _glued_title_labels_dropped(["某某大学举办第一届论坛标题"]) == ["某某大学举办第一届论坛标题"]

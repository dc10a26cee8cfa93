"""policykg.load: the Document a file gives (the output contract), for every kind of input."""
from __future__ import annotations

import pytest
from loadhelp import DATA, paragraphs, write, load_text  # noqa: F401 - fixtures

from policykg.load import iter_documents, load_document
from policykg.load.dates import file_name_date, normalize_date
from policykg.load.layout import SUBHEADING_LEVEL
from policykg.records import Document, Part


def test_every_fixture_loads_with_its_format():
    docs = {d.id: d for d in iter_documents([DATA]) if isinstance(d, Document)}
    formats = {k: d.format for k, d in docs.items()}
    assert formats == {"20230315": "md", "export": "txt", "gov_page": "html", "notice": "docx", "notice~2": "txt",
                       "office": "pdf", "printed": "pdf", "report": "html", "report_scraped": "txt", "print": "html",
                       "portal": "pdf", "portal~2": "html",
                       "wrapped": "html", "wrapped~2": "pdf", "sidebar": "pdf", "sidebar~2": "html", "menu": "pdf",
                       "menu~2": "html"}


def test_plain_text_keeps_an_official_documents_lines(load_text):
    text = ("市人民政府办公厅文件\n\n关于推进制造业数字化转型的实施意见\n\n某政办发〔2023〕5号\n\n各区人民政府，市政府各部门：\n\n"
            "为加快推进制造业数字化转型，现提出以下意见。\n\n一、总体目标\n\n到2025年，全市规模以上工业企业数字化改造覆盖率达到\n\n"
            "80%以上。\n\n附件：重点任务分工\n\n市人民政府办公厅\n\n2023年4月10日\n")
    doc = load_text(text)
    assert paragraphs(doc) == [
        "市人民政府办公厅文件", "关于推进制造业数字化转型的实施意见", "某政办发〔2023〕5号", "各区人民政府，市政府各部门：",
        "为加快推进制造业数字化转型，现提出以下意见。", "一、总体目标", "到2025年，全市规模以上工业企业数字化改造覆盖率达到80%以上。",
        "附件：重点任务分工", "市人民政府办公厅", "2023年4月10日",
    ]
    assert (doc.title, doc.date, doc.parts, doc.genre) == ("", "", (), "")  # structure reads these from the lines


def test_old_fixtures_in_tests_data():
    notice = load_document(DATA / "notice.txt")
    assert "各区人民政府，市政府各部门：为加快" not in notice.text
    assert "到2025年，全市规模以上工业企业数字化改造覆盖率达到80%以上。" in notice.text
    assert "\n\n2023年4月10日" in notice.text
    report = load_document(DATA / "report.html")
    assert report.format == "html" and report.source == "某市日报"
    assert report.date == "2023-06-01" and report.title == "工业互联网平台建设情况通报"


def test_dates_from_metadata_lines(load_text):
    assert load_text("某市出台新政策\n\n来源：某市日报 发布时间：2022-05-14 08:00\n\n正文，2019年启动。\n").date == "2022-05-14"
    assert load_text("说明\n\n日期：2019年7月\n\n内容。\n", "c.txt").date == "2019-07"
    assert load_text("---\ndate: 2020-01-02\n---\n时间：2021-05-06\n\n正文。\n", "a.md").date == "2020-01-02"


def test_dates_in_the_text_itself_are_not_metadata(load_text):
    doc = load_text("某某行业发展报告\n\n某某研究院\n\n2022年5月14日\n\n正文。2019年数据如下。\n")
    assert doc.date == "" and doc.title == ""
    doc = load_text("关于开展试点工作的通知\n\n各单位：\n\n请认真组织实施。\n\n（2020年3月6日）\n", "b.txt")
    assert doc.date == "" and "（2020年3月6日）" in doc.text


def test_date_from_the_file_name_when_nothing_better(write):
    assert load_document(write("20230110.txt", "正文。")).date == "2023-01-10"
    assert load_document(write("报告_2021-06-30.txt", "正文。")).date == "2021-06-30"
    assert load_document(write("x_2021_06_30_y.txt", "正文。")).date == "2021-06-30"
    assert load_document(write("pkulaw-5115678.txt", "正文。")).date == ""
    assert load_document(write("20231350.txt", "正文。")).date == ""
    md = write("20240101.md", "---\ndate: 2023-12-31\n---\n正文。\n")
    assert load_document(md).date == "2023-12-31"


@pytest.mark.parametrize(
    "stem, iso",
    [("20230110", "2023-01-10"), ("news-2023-01-10", "2023-01-10"), ("2023_1_9", "2023-01-09"),
     ("2023年1月9日通报", "2023-01-09"), ("P003", ""), ("12345678", ""), ("gzbg-2026-00", ""), ("20230229", "")],
)
def test_file_name_date(stem, iso):
    assert file_name_date(stem) == iso


@pytest.mark.parametrize(
    "value, iso",
    [("2022-05-14 07:25:06 +0800", "2022-05-14"), ("2021年12月", "2021-12"), ("2020年3月6日", "2020-03-06"),
     ("2022/5/4", "2022-05-04"), ("二〇二〇年三月六日", "2020-03-06"), ("二〇二一年十二月", "2021-12"), ("2023", "2023"),
     ("no date here", ""), (None, "")],
)
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso


def test_parts_are_only_headings_the_format_marks():
    for name in ("20230315.md", "gov_page.html", "notice.docx"):
        doc = load_document(DATA / name)
        assert doc.parts and all(isinstance(p, Part) and p.kind == "heading" and 1 <= p.level <= SUBHEADING_LEVEL for p in doc.parts)
        assert all(doc.text[p.start:p.end] == p.label for p in doc.parts)
    for name in ("export.txt", "report_scraped.txt", "printed.pdf"):
        assert load_document(DATA / name).parts == ()


def test_metadata_fields_carry_only_allowed_characters(write):
    html = ("<html><head><title>标题\ue000\ufffd\x85一_某网站</title><meta name='PubDate' content='2021-01-02'>"
            "<meta name='ContentSource' content='来源\ufffe\U000f0001社'></head><body><p>正文\x01。</p></body></html>")
    doc = load_document(write("t.html", html.encode("utf-8")))
    assert (doc.title, doc.source, doc.text) == ("标题一", "来源社", "正文。")


def test_every_field_of_every_fixture_is_clean_xml_text():
    import re

    bad = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffd\ufffe\uffff]")
    for doc in iter_documents([DATA]):
        assert isinstance(doc, Document) or doc.category in ("scanned PDF", "encrypted PDF"), doc
        if isinstance(doc, Document):
            values = [doc.id, doc.path, doc.text, doc.title, doc.date, doc.source, doc.url]
            values += [v for pair in doc.meta for v in pair] + [p.label for p in doc.parts]
            assert not any(bad.search(v) for v in values)

"""policykg.load.docx: Word documents through python-docx."""
from __future__ import annotations

import pytest
from loadhelp import DATA, paragraphs, write  # noqa: F401 - fixtures

from policykg.errors import LoadError
from policykg.load import load_document
from policykg.load.docx import chinese_number, format_number


@pytest.fixture(scope="module")
def notice():
    return load_document(DATA / "notice.docx")


def test_paragraphs_numbering_tables_and_line_breaks(notice):
    assert notice.format == "docx"
    assert paragraphs(notice) == [
        "关于推进某县智慧农业发展的实施意见",
        "某政发〔2023〕8号",
        "各乡镇人民政府，县政府各部门：",
        "为推进智慧农业发展，现提出如下意见。",
        "总体要求",
        "到2025年，全县建成智慧农业示范基地10个，农业生产信息化率达到35%。",
        "一、加强基础设施建设",  # Chinese counting numbering, written out
        "二、培育新型经营主体",
        "主要任务",
        "1.建设农业物联网监测点。",  # the template's List Number
        "2.推广智能农机装备。",
        "指标\t2022年\t2025年\n示范基地（个）\t3\t10\n信息化率\t21%\t35%",
        "合并单元格\t备注\n甲\t乙\t丙",  # a merged cell once
        "某县人民政府",  # a line break inside a paragraph stays a line break
        "2023年6月1日",
    ]


def test_heading_styles_become_heading_parts(notice):
    assert [(p.label, p.level) for p in notice.parts] == [
        ("关于推进某县智慧农业发展的实施意见", 1), ("总体要求", 1), ("主要任务", 2)]
    assert all(notice.text[p.start:p.end] == p.label for p in notice.parts)


def test_title_from_core_properties_when_the_document_shows_it(notice):
    assert notice.title == "关于推进某县智慧农业发展的实施意见"
    assert notice.date == ""


def test_a_broken_docx_is_refused_by_name(write):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", "<not xml")
    with pytest.raises(LoadError) as info:
        load_document(write("broken.docx", buffer.getvalue()))
    assert info.value.category == "malformed DOCX" and info.value.format == "docx"


@pytest.mark.parametrize(
    "n, fmt, text",
    [(3, "decimal", "3"), (3, "chineseCounting", "三"), (10, "chineseCounting", "十"), (21, "chineseCounting", "二十一"),
     (105, "chineseCountingThousand", "一百零五"), (4, "upperRoman", "IV"), (2, "lowerLetter", "b"),
     (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙")],
)
def test_format_number(n, fmt, text):
    assert format_number(n, fmt) == text


def test_chinese_number():
    assert [chinese_number(n, "零一二三四五六七八九") for n in (1, 11, 20, 110, 1001)] == ["一", "十一", "二十", "一百一十", "一千零一"]

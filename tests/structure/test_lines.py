"""structure/lines.py: the line patterns of an official document — 文号 lines,
dates standing alone (成文日期), dates closing a signature line, numbered headings."""
from __future__ import annotations

import pytest

from policykg.structure.lines import date_of_line, doc_number_in, doc_number_opening, heading_of, lines_of, trailing_date


def test_lines_keep_offsets_into_the_text_and_skip_blank_lines():
    text = "标题\n\n  正文第一行  \n第二行"
    lines = lines_of(text)
    assert [l.text for l in lines] == ["标题", "正文第一行", "第二行"]
    assert [l.index for l in lines] == [0, 1, 2]
    assert all(text[l.start:l.end] == l.text for l in lines)


@pytest.mark.parametrize("line, number", [
    ("国办发〔2024〕6号", "国办发〔2024〕6号"),
    ("浙政办发〔2023〕12号", "浙政办发〔2023〕12号"),
    ("中办发〔2016〕36号", "中办发〔2016〕36号"),
    ("国家互联网信息办公室令第9号", "国家互联网信息办公室令第9号"),
    ("中华人民共和国主席令第116号", "中华人民共和国主席令第116号"),
    ("（国办发〔2024〕6号）", "国办发〔2024〕6号"),
    ("湘政发〔2022〕 3 号", "湘政发〔2022〕3号"),
    ("某某部公告2023年第5号", "某某部公告2023年第5号"),
    ("某某部令2025年第9号", "某某部令2025年第9号"),  # (a ministry's decree numbered within its year)
])
def test_a_doc_number_line(line, number):
    assert doc_number_in(line) == number


@pytest.mark.parametrize("line", [
    "根据国办发〔2024〕6号文件精神，制定本方案。",  # a 文号 cited in a sentence is not the document's 文号 line
    "2024年6号台风",
    "第一条 为了规范管理，制定本办法。",
    "",
])
def test_not_a_doc_number_line(line):
    assert doc_number_in(line) == ""


def test_a_decree_number_opening_its_line():
    assert doc_number_opening("国家互联网信息办公室令第13号《某某管理规定》已经室务会议审议通过") == "国家互联网信息办公室令第13号"
    assert doc_number_opening("根据国办发〔2024〕6号文件") == ""


@pytest.mark.parametrize("line, iso", [
    ("2024年3月15日", "2024-03-15"),
    ("（2024年3月15日）", "2024-03-15"),
    ("2024-03-15", "2024-03-15"),
    ("二〇二〇年一月十日", "2020-01-10"),
    ("二〇二三年三月十五日", "2023-03-15"),
    ("二〇一九年十二月三十一日", "2019-12-31"),
    ("二O二三年三月十五日", "2023-03-15"),  # (a Latin O typed for 〇)
    ("二0二三年三月十五日", "2023-03-15"),
])
def test_a_date_standing_alone(line, iso):
    assert date_of_line(line) == iso


@pytest.mark.parametrize("line", ["2024年3月", "截至2024年3月15日，全省建成基站1万个。", "2024年"])
def test_not_a_date_line(line):
    assert date_of_line(line) == ""


def test_a_signature_line_ending_with_a_date():
    assert trailing_date("某某部部长 王某某2022年7月7日") == ("某某部部长 王某某", "2022-07-07")
    assert trailing_date("2022年7月7日") == ("", "")
    assert trailing_date("某某部部长 王某某") == ("", "")


@pytest.mark.parametrize("line, level, label", [
    ("一、总体要求", 1, "总体要求"),
    ("（二）重点任务", 2, "重点任务"),
    ("3. 加快建设平台。推动企业上云。", 3, "加快建设平台"),
    ("（4）完善标准体系", 4, "完善标准体系"),
    ("第一章 总则", 1, "总则"),
    ("第二节 支持方式", 2, "支持方式"),
    ("第十二条 本办法自发布之日起施行。", 5, "本办法自发布之日起施行"),
])
def test_numbered_headings(line, level, label):
    assert heading_of(line) == (level, label)


@pytest.mark.parametrize("line", ["2024年全省地区生产总值增长5%。", "一", "3.5%的增长", "关于推进某某工作的意见"])
def test_not_headings(line):
    assert heading_of(line) is None

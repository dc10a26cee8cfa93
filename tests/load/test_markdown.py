"""policykg.load.markdown: front matter (safely), Markdown, embedded HTML, transcripts."""
from __future__ import annotations

import resource
import textwrap

import pytest
from loadhelp import DATA, paragraphs, write, load_text  # noqa: F401 - fixtures

from policykg.errors import LoadError
from policykg.load import iter_documents, load_document
from policykg.load.markdown import heading_title
from policykg.records import Document, Skipped


def test_markdown_with_front_matter(load_text):
    text = textwrap.dedent("""\
        ---
        title: 关于加快数字化转型的意见
        date: 2023-02-01
        source: 新华社
        url: https://example.com/a.html
        tags: [数字化, 转型]
        ---
        # 一、总体要求

        坚持**创新驱动**，推动[工业互联网](https://example.com/iiot "x")平台建设。![图](a.png)

        详见 <https://example.com/full>。
        """)
    doc = load_text(text, "m.md")
    assert doc.format == "md"
    assert (doc.title, doc.date, doc.source, doc.url) == ("关于加快数字化转型的意见", "2023-02-01", "新华社",
                                                          "https://example.com/a.html")
    assert doc.text == "一、总体要求\n\n坚持创新驱动，推动工业互联网平台建设。\n\n详见。"
    assert ("title", "关于加快数字化转型的意见") in doc.meta and ("tags", "转型") in doc.meta
    (heading,) = doc.parts
    assert (heading.kind, heading.start, heading.end, heading.label, heading.level) == ("heading", 0, 6, "一、总体要求", 1)


def test_txt_holding_markdown_front_matter_and_html_like_seed_004(load_text):
    text = textwrap.dedent("""\
        ---
        layout: post
        title: "某省数字经济规模突破五千亿元"
        date: 2023-03-08 09:15:00 +0800
        categories: shengbao
        ---
        <center><img src="x.jpg" /></center><p>记者从省工信厅获悉，全省数字经济规模突破5000亿元。</p><p><strong>平台建设提速</strong></p><p>今年以来，全省新增工业互联网平台12个。</p><p class="em_media">（文章来源：某省日报）</p>

        <http://example.com/share?id=1>

        [返回列表](//example.com/list)
        """)
    doc = load_text(text, "news.txt")
    assert doc.format == "md"
    assert (doc.title, doc.date, doc.source) == ("某省数字经济规模突破五千亿元", "2023-03-08", "某省日报")
    assert paragraphs(doc) == [
        "记者从省工信厅获悉，全省数字经济规模突破5000亿元。",
        "平台建设提速",
        "今年以来，全省新增工业互联网平台12个。",
    ]  # 返回列表 is page chrome


def test_html_paragraphs_in_markdown_are_not_joined(load_text):
    text = "### 某会议召开\n\n<p>（2023年1月10日会议通过）</p><p>会议于1月9日在北京举行。</p>\n"
    doc = load_text(text, "a.md")
    assert paragraphs(doc) == ["某会议召开", "（2023年1月10日会议通过）", "会议于1月9日在北京举行。"]
    assert [(p.label, p.level) for p in doc.parts] == [("某会议召开", 3)]


def test_transcript_heading_gives_date_and_title_and_headings_are_parts():
    doc = load_document(DATA / "20230315.md")
    assert doc.title == "《某某新闻》 2023年3月15日"
    assert doc.date == "2023-03-15"
    assert [(p.label, p.level) for p in doc.parts] == [
        ("《某某新闻》(20230315)", 1), ("新闻摘要", 2), ("详细新闻", 2), ("某地推进数字乡村建设", 3), ("某省发布制造业数据", 3)]
    for part in doc.parts:
        assert doc.text[part.start:part.end] == part.label
        assert part.start == 0 or doc.text[part.start - 2:part.start] == "\n\n"
    assert "#" not in doc.text and "<p>" not in doc.text and "查看原文" not in doc.text
    assert "某台消息（某某新闻）：今年以来，某地累计建成数字乡村示范点120个。\n\n当地表示" in doc.text
    assert "更新时间戳" not in doc.text and ("更新时间戳", "1678886400000") in doc.meta


@pytest.mark.parametrize(
    "heading, title, date",
    [
        ("《新闻联播》 (20230110)", "《新闻联播》 2023年1月10日", "2023-01-10"),
        ("某某日报 2021-06-30", "某某日报 2021年6月30日", "2021-06-30"),
        ("政策解读", "政策解读", ""),
        ("《新闻联播》 (20231350)", "《新闻联播》 (20231350)", ""),
    ],
)
def test_heading_title(heading, title, date):
    assert heading_title(heading) == (title, date)


def test_a_first_level_heading_at_the_top_is_the_title_of_markdown(load_text):
    doc = load_text("# 关于某事的说明\n\n正文。\n", "a.md")
    assert doc.title == "关于某事的说明" and doc.date == ""
    doc = load_text("正文在前。\n\n# 后面的标题\n", "b.md")
    assert doc.title == ""


# --------------------------------------------------------------------------- #
# hostile front matter
# --------------------------------------------------------------------------- #

ALIAS_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---
正文。
"""


def test_a_yaml_alias_bomb_is_that_files_error_and_uses_no_memory(tmp_path):
    assert len(ALIAS_BOMB.encode()) < 500
    (tmp_path / "bomb.md").write_text(ALIAS_BOMB, encoding="utf-8")
    (tmp_path / "ok.md").write_text("正文。\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = list(iter_documents([tmp_path]))
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert isinstance(results[0], Skipped) and isinstance(results[1], Document)
    assert results[0].category == "malformed front matter"
    assert "YAML anchor (&a) at line 2" in results[0].reason and "refused" in results[0].reason
    assert grown < 50_000  # KiB: nothing was expanded


def test_malformed_front_matter_is_named(write):
    path = write("bad.md", "---\ntitle: [unclosed\ndate: 2020\n---\n正文。\n")
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.category == "malformed front matter"
    assert info.value.reason.startswith("malformed front matter:") and "line" in info.value.reason


def test_deep_nesting_in_front_matter_is_refused(write):
    path = write("deep.md", "---\nx: " + "[" * 200 + "]" * 200 + "\n---\n正文。\n")
    with pytest.raises(LoadError, match="nesting deeper than 20"):
        load_document(path)


def test_a_rule_at_the_top_of_a_text_is_not_front_matter(load_text):
    doc = load_text("---\n这是正文的第一段。\n---\n第二段。\n", "a.txt")
    assert "这是正文的第一段。" in doc.text


@pytest.mark.parametrize("escape", ["\\ud800", "\\0", "\\e", "\\uFFFE", "\\uFFFF", "\\x85", "\\uE000", "\\uFFFD"])
def test_bad_characters_from_yaml_escapes_are_dropped(write, escape):
    path = write("t.md", f'---\ntitle: "标{escape}题"\nsource: "来{escape}源"\n---\n正文。\n')
    doc = load_document(path)
    assert doc.title == "标题" and doc.source == "来源"
    assert all(v.encode("utf-8") for _, v in doc.meta)
    assert ("title", "标题") in doc.meta

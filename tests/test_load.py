"""Tests for policykg.load: decoding, formats, layout repair, metadata, iteration."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from policykg import load as load_mod
from policykg.errors import LoadError
from policykg.load import SUPPORTED_SUFFIXES, iter_documents, load_document, normalize_date
from policykg.records import Document, Skipped

SEEDS = Path(__file__).parents[1] / "seeds"
DATA = Path(__file__).parent / "data" / "load"


def seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path


def write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def load_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    return load_document(write(tmp_path, name, text))


def paragraphs(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


SAMPLE = "关于推进工业互联网发展的通知\n\n各地要加快建设工业互联网平台。到2025年，建成10个跨行业平台。\n"


# --------------------------------------------------------------------------- #
# encodings
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le", "utf16be"],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoded, encoding):
    doc = load_document(write(tmp_path, "n.txt", encoded))
    assert doc.encoding == encoding
    assert doc.text == "关于推进工业互联网发展的通知\n\n各地要加快建设工业互联网平台。到2025年，建成10个跨行业平台。"
    assert "\ufeff" not in doc.text
    assert doc.title == "关于推进工业互联网发展的通知"


def test_crlf_and_cr_become_lf(tmp_path):
    crlf = load_document(write(tmp_path, "a.txt", SAMPLE.replace("\n", "\r\n")))
    cr = load_document(write(tmp_path, "b.txt", SAMPLE.replace("\n", "\r")))
    plain = load_document(write(tmp_path, "c.txt", SAMPLE))
    assert "\r" not in crlf.text and "\r" not in cr.text
    assert crlf.text == cr.text == plain.text


def test_mostly_utf8_with_one_bad_byte_is_not_read_as_gb18030_mojibake(tmp_path):
    unit = "工业互联网平台，连接设备。abc ".encode("utf-8")
    raw = unit * 3 + b"\xc0\xa0" + unit * 17  # two stray bytes ...
    raw.decode("gb18030")  # ... that GB18030 happily swallows (into mojibake)
    doc = load_document(write(tmp_path, "x.txt", raw))
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("工业互联网平台，连接设备。abc")
    assert doc.text.count("\ufffd") == 2


# --------------------------------------------------------------------------- #
# bad input
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\r\n\t \n", "empty file"),
        ("\u3000\u3000\n".encode("utf-8"), "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
    ],
)
def test_empty_files_are_refused(tmp_path, data, reason):
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.reason == reason
    assert info.value.path == path.as_posix()
    assert str(info.value) == f"{path.as_posix()}: {reason}"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(100), "ZIP archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(50), "ELF executable"),
        (b"abc\x00def\x00" * 10, "NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20, "control bytes"),
    ],
    ids=["png", "pdf", "zip", "elf", "nul", "control"],
)
def test_binary_files_renamed_txt_are_refused_with_their_kind(tmp_path, data, kind):
    path = write(tmp_path, "picture.txt", data)
    with pytest.raises(LoadError) as info:
        load_document(path)
    reason = info.value.reason
    assert reason.startswith("binary file (")
    assert kind in reason
    assert reason.endswith("expected UTF-8, GB18030 or UTF-16 text")
    assert "picture.txt" in str(info.value)


def test_utf16_without_bom_is_named_as_such(tmp_path):
    path = write(tmp_path, "u.txt", "hello world, plain text".encode("utf-16-le"))
    with pytest.raises(LoadError, match="UTF-16 without a byte-order mark"):
        load_document(path)


def test_bytes_neither_utf8_nor_gb18030(tmp_path):
    raw = "工业互联网".encode("utf-8") + b"\xff\xfe\x80 abc"
    path = write(tmp_path, "bad.txt", raw)
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.reason == (
        "undecodable bytes: not UTF-8 (first bad byte 0xff at offset 15) nor GB18030"
    )


def test_permission_denied_monkeypatched(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", SAMPLE)
    real = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.reason == "permission denied"
    assert "secret.txt" in str(info.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied_real(tmp_path):
    path = write(tmp_path, "secret.txt", SAMPLE)
    path.chmod(0)
    try:
        with pytest.raises(LoadError, match="permission denied"):
            load_document(path)
    finally:
        path.chmod(0o644)


def test_directory_and_missing_file_give_os_reasons(tmp_path):
    with pytest.raises(LoadError, match="is a directory"):
        load_document(tmp_path)
    with pytest.raises(LoadError, match="does not exist"):
        load_document(tmp_path / "nope.txt")


def test_html_with_no_visible_text_is_refused(tmp_path):
    path = write(tmp_path, "x.html", "<html><head><title></title><script>var a=1;</script></head><body></body></html>")
    with pytest.raises(LoadError, match="no visible text"):
        load_document(path)


# --------------------------------------------------------------------------- #
# iter_documents
# --------------------------------------------------------------------------- #

def test_iter_documents_goes_on_after_bad_files(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a.txt", SAMPLE)
    write(folder, "b.txt", b"")
    write(folder, "c.txt", b"\x89PNG\r\n\x1a\n" + bytes(40))
    write(folder, "d.md", "# 标题\n\n正文内容。\n")
    write(folder, "e.pdf", b"%PDF-1.4")  # unsupported suffix inside a folder: ignored
    write(folder, ".hidden.txt", SAMPLE)
    write(folder, ".git/x.txt", SAMPLE)
    results = list(iter_documents([folder]))
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Skipped", "Document"]
    assert [r.path for r in results] == [(folder / n).as_posix() for n in ("a.txt", "b.txt", "c.txt", "d.md")]
    assert results[1].reason == "empty file"
    assert results[2].reason.startswith("binary file (PNG image)")
    assert results[3].id == "d" and results[3].format == "md"


def test_iter_documents_arguments(tmp_path):
    good = write(tmp_path, "good.txt", SAMPLE)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    write(empty_dir, "notes.docx", b"PK\x03\x04")
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    missing = tmp_path / "missing.txt"
    results = list(iter_documents([str(missing), empty_dir, pdf, good]))
    assert results[0] == Skipped(missing.as_posix(), "does not exist")
    assert results[1] == Skipped(empty_dir.as_posix(), "no supported files (.txt .md .markdown .html .htm)")
    assert isinstance(results[2], Skipped) and results[2].path == pdf.as_posix()
    assert "'.pdf'" in results[2].reason and ".txt .md .markdown .html .htm" in results[2].reason
    assert isinstance(results[3], Document) and results[3].id == "good"


def test_iter_documents_is_lazy(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path, name, SAMPLE)
    calls = []
    real = load_mod.load_document
    monkeypatch.setattr(load_mod, "load_document", lambda p, doc_id=None: calls.append(p) or real(p, doc_id))
    gen = iter_documents([tmp_path])
    assert calls == []
    next(gen)
    assert len(calls) == 1


def test_recursive_sorted_walk_and_duplicate_stems(tmp_path):
    write(tmp_path, "b/x.txt", "第二篇。")
    write(tmp_path, "a/x.md", "第一篇。")
    write(tmp_path, "a/sub/x.html", "<p>第三篇。</p>")
    write(tmp_path, "a/z.htm", "<p>第四篇。</p>")
    docs = list(iter_documents([tmp_path]))
    rel = [Path(d.path).relative_to(tmp_path).as_posix() for d in docs]
    assert rel == ["a/sub/x.html", "a/x.md", "a/z.htm", "b/x.txt"]
    assert [d.id for d in docs] == ["x", "x~2", "z", "x~3"]
    assert [d.text for d in docs] == ["第三篇。", "第一篇。", "第四篇。", "第二篇。"]


def test_same_file_twice_is_loaded_once(tmp_path):
    path = write(tmp_path, "a.txt", SAMPLE)
    results = list(iter_documents([path, tmp_path]))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], Skipped) and "same file" in results[1].reason


def test_loading_twice_gives_equal_documents(tmp_path):
    first = list(iter_documents([SEEDS]))
    second = list(iter_documents([SEEDS]))
    assert first == second
    assert [d.id for d in first] == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_doc_id_and_path(tmp_path):
    path = write(tmp_path, "003_abc.txt", SAMPLE)
    doc = load_document(path)
    assert doc.id == "003_abc" and doc.path == path.as_posix()
    assert load_document(path, doc_id="other").id == "other"
    assert ".txt" in SUPPORTED_SUFFIXES and ".htm" in SUPPORTED_SUFFIXES


# --------------------------------------------------------------------------- #
# formats
# --------------------------------------------------------------------------- #

def test_plain_txt(tmp_path):
    doc = load_text(tmp_path, "标题行\n\n正文第一段。\n")
    assert doc.format == "txt" and doc.text == "标题行\n\n正文第一段。"


def test_markdown_with_front_matter(tmp_path):
    text = textwrap.dedent("""\
        ---
        title: 关于加快数字化转型的意见
        date: 2023-02-01
        source: 新华社
        ---
        # 一、总体要求

        坚持**创新驱动**，推动[工业互联网](https://example.com/iiot "x")平台建设。![图](a.png)

        详见 <https://example.com/full>。
        """)
    doc = load_document(write(tmp_path, "m.md", text))
    assert doc.format == "md"
    assert (doc.title, doc.date, doc.source) == ("关于加快数字化转型的意见", "2023-02-01", "新华社")
    assert doc.text == "一、总体要求\n\n坚持创新驱动，推动工业互联网平台建设。\n\n详见。"
    assert "---" not in doc.text and "title:" not in doc.text


def test_html_drops_script_style_head_and_comments(tmp_path):
    html = """<!DOCTYPE html><html><head><title>政策解读 - 某某网</title>
    <meta name="PubDate" content="2021-07-09 10:00"><style>p{color:red}</style>
    <script>var secret = "不可见";</script></head>
    <body><!-- 注释不可见 --><h1>政策解读</h1><p>第一段&amp;说明&nbsp;内容。</p>
    <div>第二段<br>换行后。</div>
    <table><tr><th>序号</th><th>名称</th></tr><tr><td>1</td><td>平台A</td></tr></table>
    <script>document.write("也不可见")</script></body></html>"""
    doc = load_document(write(tmp_path, "p.html", html))
    assert doc.format == "html"
    assert doc.title == "政策解读"  # <h1>, which <title> contains
    assert doc.date == "2021-07-09"
    for hidden in ("secret", "不可见", "color", "注释", "<", "&amp;"):
        assert hidden not in doc.text
    assert "第一段&说明内容。" in doc.text
    assert "序号\t名称\n1\t平台A" in doc.text
    assert "第二段" in doc.text and "换行后。" in doc.text


def test_htm_suffix_and_title_tag(tmp_path):
    doc = load_document(write(tmp_path, "q.htm", "<html><head><title>某市工作方案</title></head><body><p>内容一。</p><p>内容二。</p></body></html>"))
    assert doc.format == "html" and doc.title == "某市工作方案"
    assert doc.text == "内容一。\n\n内容二。"


def test_txt_holding_markdown_front_matter_and_html_like_seed_004(tmp_path):
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
    doc = load_document(write(tmp_path, "news.txt", text))
    assert doc.format == "md"
    assert doc.title == "某省数字经济规模突破五千亿元"
    assert doc.date == "2023-03-08"
    assert doc.source == "某省日报"
    assert paragraphs(doc) == [
        "记者从省工信厅获悉，全省数字经济规模突破5000亿元。",
        "平台建设提速",
        "今年以来，全省新增工业互联网平台12个。",
        "返回列表",
    ]


def test_seed_004(tmp_path):
    doc = load_document(seed("004"))
    assert doc.title == "工业互联网步入快速成长期 全国产业规模超万亿元"
    assert doc.date == "2022-05-14"
    assert doc.source == "经济日报"
    assert doc.text.startswith("中国信息通信研究院数据显示，我国工业互联网产业规模已超过万亿元大关。")
    for junk in ("<", ">", "layout:", "http", "](", "dfcfw"):
        assert junk not in doc.text
    assert "\n\n行业应用不断深化\n\n" in doc.text


# --------------------------------------------------------------------------- #
# layout repair on the seeds
# --------------------------------------------------------------------------- #

@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {p.name[:3]: load_document(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.mark.parametrize(
    "key, joined",
    [
        ("000", "再生资源回收利用量达3.3亿吨"),
        ("000", "2019年工信部遴选出海尔COSMOPlat"),
        ("000", "提出六方面20条举措，为我国加快"),
        ("000", "“5G+工业互联网”融合了云计算、大数据、人工智能"),
        ("002", "周期性把握发展规律"),
        ("002", "全国31个省（区、市）都对工业互联网发展"),
        ("002", "协同研发设计"),
        ("002", "对我国建设“两个强国”、构建“双循环”新发展格局"),
        ("002", "工业互联网各方力量还应加强"),
        ("002", "推动优化工业互联网产融服务"),
    ],
)
def test_seed_sentences_broken_across_blank_lines_are_joined(seeds, key, joined):
    assert joined in seeds[key].text


@pytest.mark.parametrize(
    "key, heading",
    [
        ("000", "政策加持"),
        ("000", "下好“全国一盘棋”"),
        ("001", "一、工业互联网是推动信息化和工业化深度融合的关键技术"),
        ("002", "（一）基础设施：新型基础设施系统布局一体推进，积蓄创新发展新动能"),
        ("002", "表2 2017年以来国家以及各部委发布的工业互联网相关政策"),
        ("003", "工业和信息化部"),
    ],
)
def test_seed_headings_stay_paragraphs_of_their_own(seeds, key, heading):
    assert heading in paragraphs(seeds[key])


def test_seed_002_furniture_captions_toc_and_footnotes_removed(seeds):
    text = seeds["002"].text
    assert text.startswith("工业互联网产业联盟\n\n中国工业互联网发展成效评估报告\n\n")  # first occurrence kept
    assert paragraphs(seeds["002"]).count("工业互联网产业联盟") == 1
    assert "Alliance of Industrial Internet" not in text
    for gone in ("来源：中国信息通信研究院", "数据来源", "资料来源", "图1 中国工业互联网", "图 1",
                 ".....", "目录", "¹", "⁸", "^[5]", "**"):
        assert gone not in text, gone
    assert "加速了行业的变革与整合。" in text  # marker ¹ removed, sentence kept
    assert "294.15万m³" in text  # a unit's superscript is not a footnote marker
    assert "1\t2017年11月27日\t《关于深化“互联网+先进制造业”发展工业互联网的指导意见》\t国务院" in text
    assert "应用场景\t具备应用条件的企业占比\n协同研发设计\t60.6%\n远程设备操控\t72.1%" in text
    assert "工业互联网从2017年正式上升为国家战略" in text
    assert "\n\n\n" not in text and "  " not in text


def test_seed_paragraphs_are_separated_by_one_blank_line(seeds):
    for doc in seeds.values():
        assert "\n\n\n" not in doc.text
        assert doc.text == doc.text.strip()
        for para in paragraphs(doc):
            assert para.strip() == para and para
            if "\n" in para:  # only table rows share a paragraph
                assert all("\t" in row for row in para.split("\n"))


def test_seed_dates_and_titles(seeds):
    assert seeds["002"].date == "2021-12"
    assert seeds["004"].date == "2022-05-14"
    assert seeds["000"].date == seeds["001"].date == seeds["003"].date == ""
    assert seeds["000"].title == "全面开启数字经济新时代"
    assert seeds["002"].title == "中国工业互联网发展成效评估报告"
    assert seeds["003"].title == "加快新型基础设施建设拓展融合创新应用"
    assert all(doc.format == "txt" for key, doc in seeds.items() if key != "004")


# --------------------------------------------------------------------------- #
# layout repair on invented examples
# --------------------------------------------------------------------------- #

def test_running_header_and_page_numbers_removed(tmp_path):
    page = "某市智能制造白皮书\n\n{body}\n\n数字经济研究中心\n\n- {n} -\n\n"
    bodies = ["本报告介绍了本市智能制造的基本情况，全市共有规模以上工业企业", "3200家，其中智能工厂45家。",
              "随后分析了存在的问题。", "最后提出了对策建议。"]
    text = "".join(page.format(body=b, n=i + 1) for i, b in enumerate(bodies))
    doc = load_text(tmp_path, text)
    assert paragraphs(doc) == [
        "某市智能制造白皮书",
        "本报告介绍了本市智能制造的基本情况，全市共有规模以上工业企业3200家，其中智能工厂45家。",
        "随后分析了存在的问题。",
        "最后提出了对策建议。",
    ]
    assert doc.title == "某市智能制造白皮书"


def test_repeated_header_not_first_line_is_removed_everywhere(tmp_path):
    text = "关于某事的报告\n\n" + "".join(f"内部资料 注意保密\n\n第{i}段内容。\n\n" for i in range(3))
    doc = load_text(tmp_path, text)
    assert "内部资料" not in doc.text
    assert paragraphs(doc) == ["关于某事的报告", "第0段内容。", "第1段内容。", "第2段内容。"]


def test_captions_sources_toc_and_footnotes_removed_invented(tmp_path):
    text = textwrap.dedent("""\
        智慧城市发展评估

        目 录

        一、发展现状……………… 1
        二、主要问题.......... 5
        附录\t9

        一、发展现状

        截至2022年底，全省建成5G基站8.6万个²，较上年增长

        图 3 全省5G基站数量变化
        资料来源：省通信管理局

        ² 数据来源：省通信管理局年报

        35%。图3显示，增长主要来自地级市。

        表 1 各市基站数量
        城市\t基站数
        甲市\t2.1万
        乙市\t1.4万
        """)
    doc = load_text(tmp_path, text)
    assert paragraphs(doc) == [
        "智慧城市发展评估",
        "一、发展现状",
        "截至2022年底，全省建成5G基站8.6万个，较上年增长35%。图3显示，增长主要来自地级市。",
        "表1各市基站数量",
        "城市\t基站数\n甲市\t2.1万\n乙市\t1.4万",
    ]


def test_stray_spaces(tmp_path):
    text = "从 2017 年起，全市 5G 基站达 3.2 万座，IPv6 流量增长；\u3000工业 APP 超过 100 个。\n\n" \
           "Alliance of  Industrial Internet 联合发布。\n\n" \
           "2018 年-2020 年\t合计 12 项\n2021 年\t8 项\n"
    doc = load_text(tmp_path, text)
    assert paragraphs(doc) == [
        "从2017年起，全市5G基站达3.2万座，IPv6流量增长；工业APP超过100个。",
        "Alliance of Industrial Internet联合发布。",
        "2018年-2020年\t合计12项\n2021年\t8项",
    ]


def test_join_rules_invented(tmp_path):
    text = textwrap.dedent("""\
        总体目标

        到2025年，全市工业互联网平台连接设备数量达到


        500万台，培育省级以上平台20个，

        带动企业上云1万家。

        1. 强化网络基础
        加快建设企业内网，推动
        5G 全连接工厂建设。
        ● 建设标识解析二级节点
        问：如何申报？
        答：按通知要求提交材料。
        联系人：张三
        电话：010-12345678
        """)
    doc = load_text(tmp_path, text)
    assert paragraphs(doc) == [
        "总体目标",
        "到2025年，全市工业互联网平台连接设备数量达到500万台，培育省级以上平台20个，带动企业上云1万家。",
        "1.强化网络基础",
        "加快建设企业内网，推动5G全连接工厂建设。",
        "●建设标识解析二级节点",
        "问：如何申报？",
        "答：按通知要求提交材料。",
        "联系人：张三",
        "电话：010-12345678",
    ]


def test_latin_words_joined_with_a_space(tmp_path):
    doc = load_text(tmp_path, "The platform connects industrial\nequipment worldwide.\n")
    assert doc.text == "The platform connects industrial equipment worldwide."


# --------------------------------------------------------------------------- #
# dates and titles
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    "value, iso",
    [
        ("2022-05-14 07:25:06 +0800", "2022-05-14"),
        ("2021年12月", "2021-12"),
        ("2020年3月6日", "2020-03-06"),
        ("2022/5/4", "2022-05-04"),
        ("二〇二〇年三月六日", "2020-03-06"),
        ("二〇二一年十二月", "2021-12"),
        ("2023", "2023"),
        ("no date here", ""),
        (None, ""),
    ],
)
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso


def test_date_from_front_matter_wins(tmp_path):
    doc = load_text(tmp_path, "---\ndate: 2020-01-02\n---\n2021年5月\n\n正文。\n", "a.md")
    assert doc.date == "2020-01-02"


def test_date_from_cover_line(tmp_path):
    doc = load_text(tmp_path, "某某行业发展报告\n\n某某研究院\n\n2022年5月14日\n\n正文。2019年数据如下。\n")
    assert doc.date == "2022-05-14"
    assert doc.title == "某某行业发展报告"


def test_date_from_dateline(tmp_path):
    doc = load_text(tmp_path, "某市出台新政策\n\n来源：某市日报 发布时间：2022-05-14 08:00\n\n正文，2019年启动。\n")
    assert doc.date == "2022-05-14"
    doc = load_text(tmp_path, "关于开展试点工作的通知\n\n各单位：\n\n请认真组织实施。\n\n（2020年3月6日）\n", "b.txt")
    assert doc.date == "2020-03-06"
    doc = load_text(tmp_path, "说明\n\n日期：2019年7月\n\n内容。\n", "c.txt")
    assert doc.date == "2019-07"


def test_date_empty_when_absent(tmp_path):
    doc = load_text(tmp_path, "标题\n\n2019年，全市完成投资30亿元，2020年增长10%。\n")
    assert doc.date == ""


def test_title_skips_furniture_and_dates(tmp_path):
    text = "产业联盟\n2022年1月\n\n产业联盟\n\n数字化转型路线图研究\n\n产业联盟\n\n正文。\n"
    doc = load_text(tmp_path, text)
    assert doc.title == "数字化转型路线图研究"
    assert doc.date == "2022-01"


def test_title_from_first_short_line_and_not_long_paragraph(tmp_path):
    long_first = "这是一段很长的正文开头，" * 10 + "。"
    doc = load_text(tmp_path, long_first + "\n\n短标题\n")
    assert doc.title == "短标题"


def test_fixture_files_in_tests_data(tmp_path):
    docs = list(iter_documents([DATA]))
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"notice", "report"}
    notice = by_id["notice"]
    assert notice.title == "关于推进制造业数字化转型的实施意见"
    assert notice.date == "2023-04-10"
    assert "各区人民政府，市政府各部门：为加快" not in notice.text
    assert "到2025年，全市规模以上工业企业数字化改造覆盖率达到80%以上。" in notice.text
    report = by_id["report"]
    assert report.format == "html" and report.source == "某市日报"
    assert report.date == "2023-06-01"


# --------------------------------------------------------------------------- #
# large input
# --------------------------------------------------------------------------- #

@pytest.mark.slow
def test_50mb_file_loads_with_bounded_memory(tmp_path):
    page = ("某某产业联盟\n\n"
            "工业互联网作为新一代信息通信技术与制造业深度融合的产物，从 2017 年正式上升为国家战略，"
            "全国 31 个省（区、市）都对工\n\n业互联网发展做出相应部署¹。\n\n"
            "图 1 工业互联网发展指数\n\n来源：某研究院\n\n"
            "序号\t时间\t文件\n1\t2017 年 11 月\t《指导意见》\n\n")
    unit = page.encode("utf-8")
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        for _ in range((50 * 1024 * 1024) // len(unit) + 1):
            fh.write(unit)
    size = path.stat().st_size
    assert size >= 50 * 1024 * 1024
    script = textwrap.dedent(f"""
        import resource, sys, time
        from policykg.load import load_document
        t = time.time()
        doc = load_document({str(path)!r})
        assert "某某产业联盟" in doc.text[:20] and doc.text.count("某某产业联盟") == 1
        assert "都对工业互联网发展" in doc.text[:300] and "来源" not in doc.text[:300]
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, len(doc.text), time.time() - t)
    """)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr
    peak, chars, seconds = out.stdout.split()
    baseline = 40 * 1024 * 1024  # the interpreter and imports
    assert int(peak) - baseline < 6 * size, (int(peak) / size, seconds)


def test_footnote_with_content_becomes_an_endnote_and_a_source_note_goes(tmp_path):
    text = (
        "一、总体情况\n\n全省工业互联网平台加快发展，服务企业超过两万家，带动作用明\n\n"
        "³ 数据来源：省经济和信息化厅\n\n"
        "⁴ 在调查企业面临的主要问题时，63.5%企业反映人才不足。\n\n"
        "显增强。\n"
    )
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert "带动作用明显增强。" in doc.text  # the sentence broken by the footnotes is joined
    assert "数据来源" not in doc.text
    assert doc.text.endswith("在调查企业面临的主要问题时，63.5%企业反映人才不足。")

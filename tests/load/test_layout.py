"""policykg.load.layout: paragraphs re-joined, furniture, captions, TOCs, footnotes."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from loadhelp import SEEDS, paragraphs

from policykg.load import load_document
from policykg.records import Document


def load_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


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


def test_seed_dates_and_titles_come_from_metadata_only(seeds):
    assert (seeds["004"].title, seeds["004"].date) == ("工业互联网步入快速成长期 全国产业规模超万亿元", "2022-05-14")
    for key in ("000", "001", "002", "003"):  # plain text: no metadata; the title line stays in the text
        assert seeds[key].title == "" and seeds[key].date == ""
    assert paragraphs(seeds["000"])[0] == "全面开启数字经济新时代"
    assert "\n\n2021年12月\n\n" in seeds["002"].text
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


def test_a_title_line_signed_by_its_issuer_stands_alone(tmp_path):
    text = "某某产业发展实施意见，某某市人民政府\n\n为推进某某产业发展，\n提出以下意见。\n"
    assert paragraphs(load_text(tmp_path, text)) == ["某某产业发展实施意见，某某市人民政府", "为推进某某产业发展，提出以下意见。"]


def test_a_first_line_with_a_comma_that_is_no_title_is_joined(tmp_path):
    text = "近日，某某市人民政府召开常务会议\n研究部署某某产业发展工作。\n"
    assert paragraphs(load_text(tmp_path, text)) == ["近日，某某市人民政府召开常务会议研究部署某某产业发展工作。"]


def test_latin_words_joined_with_a_space(tmp_path):
    doc = load_text(tmp_path, "The platform connects industrial\nequipment worldwide.\n")
    assert doc.text == "The platform connects industrial equipment worldwide."


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
    # the peak of this process's own memory: VmHWM (reset by exec), not ru_maxrss, which on Linux keeps the peak of
    # the memory the child was forked with — the pytest process's, large after the fuzz test
    script = textwrap.dedent(f"""
        import re, resource, sys, time
        from pathlib import Path
        from policykg.load import load_document
        t = time.time()
        doc = load_document({str(path)!r})
        assert "某某产业联盟" in doc.text[:20] and doc.text.count("某某产业联盟") == 1
        assert "都对工业互联网发展" in doc.text[:300] and "来源" not in doc.text[:300]
        status = Path("/proc/self/status")
        hwm = re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()) if status.exists() else None
        peak = int(hwm.group(1)) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(peak * 1024, len(doc.text), time.time() - t)
    """)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2] / "src"))
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


def test_digits_and_latin_letters_typed_full_width_are_made_half_width(tmp_path):
    doc = load_text(tmp_path, "某政发〔２０２３〕５号\n到２０２５年，全市建成５Ｇ基站３万个，占比达到５０％。\n")
    assert doc.text == "某政发〔2023〕5号\n\n到2025年，全市建成5G基站3万个，占比达到50％。"  # (Chinese punctuation stays)


def test_a_long_title_line_of_a_policy_stays_apart_from_the_paragraph_after_it(tmp_path):
    doc = load_text(tmp_path, "（此件公开发布）\n　　某某市冰雪旅游产业高质量发展三年行动方案（2024—2026年）\n"
                              "　　为加快冰雪旅游发展，结合我市实际，制定本方案。\n")
    assert doc.text.split("\n\n")[1] == "某某市冰雪旅游产业高质量发展三年行动方案（2024—2026年）"


def test_a_row_whose_cells_are_set_apart_by_wide_spaces_is_a_table_row(tmp_path):
    text = ("\u3000\u3000附件\n"
            "\u3000\u3000序号\u3000赛事名称\u3000举办时间\u3000赛事级别\u3000牵头单位\n"
            "\u3000\u30003\u3000“村超”国际友谊赛\u30008月\u3000国际性邀请赛\u3000县委宣传部、县文体广电旅游局\n"
            "\u3000\u3000第一条\u3000为规范赛事管理，制定本办法。\n")  # (an article after its number: prose, no row)
    doc = load_text(tmp_path, text)
    assert "序号\t赛事名称\t举办时间\t赛事级别\t牵头单位\n3\t“村超”国际友谊赛\t8月\t国际性邀请赛\t县委宣传部、县文体广电旅游局" \
        in doc.text
    assert "第一条为规范赛事管理，制定本办法。" in doc.text

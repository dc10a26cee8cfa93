"""How the binary fixtures of tests/data/load were made (run by hand, not by the tests).

    python tests/data/load/make_fixtures.py

- ``notice.docx``: python-docx — a title (Title style), headings (Heading 1/2),
  paragraphs, numbered paragraphs (the template's "List Number" and a
  Chinese-counting list "一、"), a table with a merged cell, a line break;
- ``office.pdf``: ``notice.docx`` converted by LibreOffice (a PDF made by an
  office suite, with a table);
- ``printed.pdf``: ``src/print.html`` (an invented government page) printed
  by headless Chromium with its print header (time, title) and footer (URL,
  page x/y), three pages, a paragraph running across a page break;
- ``portal.pdf``: ``src/portal.html`` (an invented portal page: the site's name and search box on one line, its
  address, an information table whose title wraps, 发布时间 with its time) printed the same way;
- ``wrapped.pdf``: ``src/wrapped.html`` (an information table whose title and 文号 cells wrap onto two lines, their
  labels centred between them) printed the same way;
- ``sidebar.pdf``: ``src/sidebar.html`` (a page whose text has a sidebar of other headlines beside it, a paragraph
  running across a page break, a table whose label cells span rows, centred) printed the same way;
- ``menu.pdf``: ``src/menu.html`` (a ministry-like page with its menu left of the text, a title on two lines: the
  issuers, then 关于…的通知) printed the same way;
- ``scanned.pdf``: an image of text and no text layer (Pillow);
- ``encrypted.pdf``: ``notice.docx`` exported by LibreOffice with an open password.

Everything is invented text; nothing comes from the corpus.
"""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def make_docx(path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    d = docx.Document()
    d.core_properties.title = "关于推进某县智慧农业发展的实施意见"
    d.add_paragraph("关于推进某县智慧农业发展的实施意见", style="Title")
    d.add_paragraph("某政发〔2023〕8号")
    d.add_paragraph("各乡镇人民政府，县政府各部门：")
    d.add_paragraph("为推进智慧农业发展，现提出如下意见。")
    d.add_heading("总体要求", level=1)
    d.add_paragraph("到2025年，全县建成智慧农业示范基地10个，农业生产信息化率达到35%。")
    # a Chinese-counting list: 一、二、
    numbering = d.part.numbering_part.element
    abstract = copy.deepcopy(numbering.find(f"{W}abstractNum"))
    abstract.set(qn("w:abstractNumId"), "90")
    lvl = abstract.find(f"{W}lvl")
    lvl.find(f"{W}numFmt").set(qn("w:val"), "chineseCounting")
    lvl.find(f"{W}lvlText").set(qn("w:val"), "%1、")
    numbering.insert(0, abstract)
    num = numbering.makeelement(qn("w:num"), {qn("w:numId"): "90"})
    ref = num.makeelement(qn("w:abstractNumId"), {qn("w:val"): "90"})
    num.append(ref)
    numbering.append(num)
    for text in ("加强基础设施建设", "培育新型经营主体"):
        p = d.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        num_pr = ppr.makeelement(qn("w:numPr"), {})
        num_pr.append(num_pr.makeelement(qn("w:ilvl"), {qn("w:val"): "0"}))
        num_pr.append(num_pr.makeelement(qn("w:numId"), {qn("w:val"): "90"}))
        ppr.append(num_pr)
    d.add_heading("主要任务", level=2)
    d.add_paragraph("建设农业物联网监测点。", style="List Number")
    d.add_paragraph("推广智能农机装备。", style="List Number")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate((("指标", "2022年", "2025年"), ("示范基地（个）", "3", "10"), ("信息化率", "21%", "35%"))):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    merged = d.add_table(rows=2, cols=3)
    top = merged.cell(0, 0).merge(merged.cell(0, 1))
    top.text = "合并单元格"
    merged.cell(0, 2).text = "备注"
    for c, value in enumerate(("甲", "乙", "丙")):
        merged.cell(1, c).text = value
    p = d.add_paragraph("某县人民政府")
    p.add_run().add_break()
    p.add_run("2023年6月1日")
    d.save(str(path))


def soffice(args: list[str], out: Path) -> None:
    subprocess.run(["libreoffice", "--headless", *args, "--outdir", str(out)], check=True, timeout=120,
                   capture_output=True)


def make_office_pdfs(docx_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        soffice(["--convert-to", "pdf", str(docx_path)], Path(tmp))
        shutil.copy(Path(tmp) / "notice.pdf", HERE / "office.pdf")
        options = {"EncryptFile": {"type": "boolean", "value": "true"},
                   "DocumentOpenPassword": {"type": "string", "value": "secret"}}
        soffice(["--convert-to", "pdf:writer_pdf_Export:" + json.dumps(options), str(docx_path)], Path(tmp))
        shutil.copy(Path(tmp) / "notice.pdf", HERE / "encrypted.pdf")


def make_printed_pdf(name: str = "print.html", out: str = "printed.pdf") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        shutil.copy(HERE / "src" / name, src)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        f"--print-to-pdf={HERE / out}", src.as_uri()],
                       check=True, timeout=120, capture_output=True)


def make_scanned_pdf() -> None:
    from PIL import Image, ImageDraw

    image = Image.new("L", (420, 160), 255)
    draw = ImageDraw.Draw(image)
    for y in range(20, 150, 24):
        draw.line((20, y, 400, y), fill=0, width=6)  # lines of "text", as a scan shows them
    image.save(HERE / "scanned.pdf", "PDF", resolution=72)


if __name__ == "__main__":
    make_docx(HERE / "notice.docx")
    make_office_pdfs(HERE / "notice.docx")
    make_printed_pdf()
    make_printed_pdf("portal.html", "portal.pdf")
    make_printed_pdf("wrapped.html", "wrapped.pdf")
    make_printed_pdf("sidebar.html", "sidebar.pdf")
    make_printed_pdf("menu.html", "menu.pdf")
    make_scanned_pdf()
    print("written:", *sorted(p.name for p in HERE.iterdir() if p.suffix in (".pdf", ".docx")), file=sys.stderr)

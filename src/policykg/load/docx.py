"""DOCX through python-docx -> the document's lines.

Paragraphs and tables in document order; a paragraph's line breaks stay
line breaks; list numbering is written out as Word shows it (``1.``,
``（一）``, ``一、``) from the numbering definitions python-docx exposes;
tables become one tab-separated line per row (merged cells once); heading
styles ("Heading 1", "标题 2", an outline level) become
:class:`~.layout.Heading` lines. Running headers and footers of the
sections are not part of the body and are not read. The core properties'
title is the document's title when the first paragraphs show it.
"""
from __future__ import annotations

import re
import zipfile
from io import BytesIO

from ..errors import LoadError
from .chrome import Metadata
from .decode import clean_chars
from .layout import Heading

_HEADING_STYLE_RE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))
_GAN = "甲乙丙丁戊己庚辛壬癸"
_ZHI = "子丑寅卯辰巳午未申酉戌亥"
MAX_XML = 200 * 1024 * 1024  # word/document.xml bigger than this when unzipped: refused


def read_docx(raw: bytes, path: str) -> tuple[list[str], Metadata]:
    """(lines, metadata) of a .docx file."""
    import docx  # python-docx; imported here: only DOCX files need it

    _check_zip(raw, path)
    try:
        document = docx.Document(BytesIO(raw))
    except Exception as err:  # noqa: BLE001 - python-docx raises many kinds for broken files
        raise LoadError(path, f"malformed DOCX: python-docx cannot open it ({type(err).__name__}: {err}); "
                              "expected a Word .docx document", "malformed DOCX", "docx") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if block.__class__.__name__ == "Table":
            lines.extend(_table_rows(block))
            lines.append("")
        else:
            lines.extend(_paragraph_lines(block, numbering))
            lines.append("")
    meta = Metadata()
    title = clean_chars(document.core_properties.title or "").strip()
    if title:
        start = "".join(str(line) for line in lines[:30]).replace(" ", "")
        if title.replace(" ", "")[:20] in start:
            meta.title = title
    return lines, meta


def _check_zip(raw: bytes, path: str) -> None:
    """Refuse a zip bomb before python-docx unpacks it."""
    try:
        with zipfile.ZipFile(BytesIO(raw)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > MAX_XML:
                raise LoadError(path, f"too large: word/document.xml unpacks to {info.file_size} bytes, "
                                      f"expected at most {MAX_XML}", "too large", "docx")
    except LoadError:
        raise
    except Exception as err:  # noqa: BLE001 - zipfile raises many kinds for damaged archives
        raise LoadError(path, f"malformed DOCX: {type(err).__name__}: {err}; expected a Word .docx document",
                        "malformed DOCX", "docx") from None


def _heading_level(paragraph) -> int:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    m = _HEADING_STYLE_RE.match(name.strip())
    if m:
        return int(m.group(1))
    if name.strip().lower() in ("title", "标题"):
        return 1
    style_ppr = style.element.pPr if style is not None and style.element is not None else None
    for ppr in (paragraph._p.pPr, style_ppr):
        if ppr is None:
            continue
        outline = ppr.find(f"{_W}outlineLvl")
        if outline is not None:
            try:
                level = int(outline.get(f"{_W}val"))
            except (TypeError, ValueError):
                continue
            if 0 <= level <= 5:
                return level + 1
    return 0


def _paragraph_lines(paragraph, numbering: "_Numbering") -> list[str]:
    text = clean_chars(paragraph.text).replace("\t", " ")
    label = numbering.label(paragraph)
    if label and text.strip():
        text = label + text.lstrip()
    level = _heading_level(paragraph)
    out: list[str] = []
    for part in text.split("\n"):
        if part.strip():
            out.append(Heading(part, level) if level else part)
    return out


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell is reported once per grid column it spans
            seen.add(id(cell._tc))
            cells.append(" ".join(clean_chars(cell.text).split()))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


class _Numbering:
    """Counters for numbered paragraphs, formatted as Word shows them."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, lvlText, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for an in root.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in an.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = _val(lvl, "numFmt") or "decimal"
                text = _val(lvl, "lvlText") or ""
                start = int(_val(lvl, "start") or "1")
                levels[ilvl] = (fmt, text, start)
            abstract[an.get(f"{_W}abstractNumId")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{_W}numId")] = dict(abstract.get(ref.get(f"{_W}val"), {}))

    def label(self, paragraph) -> str:
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return (text or "•") + " " if text and not text.isspace() else ""
        if fmt == "none":
            return ""

        def number(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            lfmt = levels.get(level, ("decimal", "", 1))[0]
            value = counters.get(level, levels.get(level, ("", "", 1))[2])
            return format_number(value, lfmt)

        return re.sub(r"%(\d)", number, text)


def _val(el, name: str) -> str | None:
    child = el.find(f"{_W}{name}")
    return child.get(f"{_W}val") if child is not None else None


def _num_pr(paragraph) -> tuple[str | None, int]:
    for ppr in (paragraph._p.pPr, paragraph.style.element.pPr if paragraph.style is not None else None):
        if ppr is None:
            continue
        num_pr = ppr.find(f"{_W}numPr")
        if num_pr is not None:
            num_id = _val(num_pr, "numId")
            ilvl = _val(num_pr, "ilvl")
            return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0
    return None, 0


def format_number(n: int, fmt: str) -> str:
    """``n`` in a Word number format: decimal 3, chineseCounting 三, upperRoman III …"""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "taiwaneseDigital"):
        return chinese_number(n, _CN)
    if fmt in ("chineseLegalSimplified",):
        return chinese_number(n, _LEGAL)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n)
    if fmt == "ideographTraditional":
        return _GAN[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _ZHI[(n - 1) % 12]
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        s = roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    return str(n)


def chinese_number(n: int, digits: str) -> str:
    """1 -> 一, 10 -> 十, 23 -> 二十三, 105 -> 一百零五 (up to 9999)."""
    if n <= 0 or n >= 10000:
        return str(n)
    units = ["", "十", "百", "千"] if digits == _CN else ["", "拾", "佰", "仟"]
    out = ""
    s = str(n)
    zero = False
    for i, c in enumerate(s):
        d = int(c)
        pos = len(s) - i - 1
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += ("" if (d == 1 and pos == 1 and not out and digits == _CN) else digits[d]) + units[pos]
    return out


def roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out

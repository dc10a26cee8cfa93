"""PDF with a text layer, through pypdfium2 -> the document's lines.

1. **Characters with their boxes** (pypdfium2's loose boxes: the font's
   height, so one size for every glyph of a line) are grouped into lines by
   their vertical band, each line's characters ordered left to right; a gap
   wider than 1.5 characters inside a line separates table cells (a tab).
   Lines are read top to bottom, a page's columns one after the other; a
   narrow column beside the text (a printed page's sidebar or menu) is read
   after the whole text (:mod:`.columns`).
2. **Running headers and footers**: lines in the top or bottom band of a
   page that repeat (digits ignored: "1/15", "2/15") on at least two pages
   and two fifths of the pages, and, on any page, lines in those bands that
   are a page number, a URL, or a print timestamp ("2026/5/29 15:23 …").
3. **Paragraphs** from the geometry: the body's character size, left margin,
   right margin (the text width) and line pitch are measured over the
   document; a line ends its paragraph when it stops short of the right
   margin, when the next one is indented, starts after a wider gap, has
   another size, or starts a numbered heading (一、 （一） 1. 第X条) after a
   sentence end. Lines of a wrapped title (same size, larger than the body)
   are joined. Paragraphs run on across page breaks when the last line of a
   page is full and the next page's first line is not indented.

No text layer (a scan) or a password -> :class:`~policykg.errors.LoadError`
("scanned PDF", "encrypted PDF").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import LoadError
from .chrome import Metadata, title_without_site, words
from .columns import line_groups
from .dates import is_timestamp
from .decode import clean_chars
from .layout import BLOCK_START_RE, PAGE_NO_RE, Heading, ends_final, joiner

LEFT_SHARE = 0.2  # of the most common left edge's lines, at least, for another left edge to be the margin
BAND = 0.12  # top and bottom share of a page where running headers and footers live
MIN_CHARS_PER_PAGE = 5  # fewer text characters than this on average: a scan
_URL_RE = re.compile(r"(?:https?://|file://|www\.)\S+", re.IGNORECASE)
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGITS_RE = re.compile(r"\d+")
_SPACES_RE = re.compile(r"[\s\u3000]+")
_DOT_LEADER_RE = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|．{3,})\s*\d{1,4}$")


@dataclass
class Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float  # the line's character height
    page: int
    chars: int = 0
    rows: bool = False  # holds table cells (tabs)

    @property
    def center(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class PdfText:
    lines: list[str] = field(default_factory=list)  # paragraphs ("" between them), table rows adjacent
    meta: Metadata = field(default_factory=Metadata)
    pages: int = 0


# --------------------------------------------------------------------------- #
# opening
# --------------------------------------------------------------------------- #

def open_pdf(raw: bytes, path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise LoadError(path, "encrypted PDF: it needs a password to open; expected a PDF without a password",
                            "encrypted PDF", "pdf") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise LoadError(path, "encrypted PDF: unsupported security handler; expected a PDF without a password",
                            "encrypted PDF", "pdf") from None
        raise LoadError(path, f"malformed PDF: pdfium cannot open it ({err}); expected a valid PDF file",
                        "malformed PDF", "pdf") from None


def read_pdf(raw: bytes, path: str) -> PdfText:
    """The lines and metadata of a PDF (see module docstring)."""
    doc = open_pdf(raw, path)
    try:
        pages: list[list[Line]] = []
        asides: list[list[Line]] = []
        heights: list[float] = []
        for index in range(len(doc)):
            try:
                page = doc[index]
            except pdfium.PdfiumError as err:
                raise LoadError(path, f"malformed PDF: page {index + 1} of {len(doc)} cannot be read ({err}); "
                                      "expected a valid PDF file", "malformed PDF", "pdf") from None
            try:
                width, height = page.get_size()
                lines, aside = _page_lines(page, index)
                pages.append(lines)
                asides.append(aside)
                heights.append(height)
            except pdfium.PdfiumError as err:
                raise LoadError(path, f"malformed PDF: the text of page {index + 1} cannot be read ({err}); "
                                      "expected a valid PDF file", "malformed PDF", "pdf") from None
            finally:
                page.close()
        out = PdfText(pages=len(pages))
        try:
            info = {"Title": doc.get_metadata_value("Title")}
        except Exception:  # noqa: BLE001 - a broken information dictionary: no title from it
            info = {}
    finally:
        doc.close()
    chars = sum(line.chars for page in pages + asides for line in page)
    if chars < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise LoadError(path, f"scanned PDF: no text layer ({chars} characters of text on {len(pages)} pages); "
                              "expected a PDF with text (run OCR on it first)", "scanned PDF", "pdf")
    aside_ids = {id(line) for page in asides for line in page}
    pages = _without_running_lines([lines + more for lines, more in zip(pages, asides)], heights)
    aside_lines = [line for page in pages for line in page if id(line) in aside_ids]
    pages = [[line for line in page if id(line) not in aside_ids] for page in pages]
    paragraphs = _paragraphs(pages)
    if aside_lines:  # (after the text, measured apart: between a page's last line and the next page's first it would
        paragraphs += [""] + _paragraphs([aside_lines])  # cut a paragraph, its margin is not the text's)
    out.lines = _continued_values(_wrapped_rows_rejoined(_glued_title_labels_dropped(paragraphs)))
    _info_title(info, pages, out.meta)
    return out


def _info_title(info: dict, pages: list[list[Line]], meta: Metadata) -> None:
    """The document information's title, when the first page shows it (a
    template's leftover title does not count), without a site's name."""
    title = title_without_site(clean_chars(str(info.get("Title") or "")))
    if not title:
        return
    first = _SPACES_RE.sub("", "".join(line.text for page in pages[:1] for line in page[:15]))
    if _SPACES_RE.sub("", title)[:20] in first:
        meta.title = title


# --------------------------------------------------------------------------- #
# characters -> lines
# --------------------------------------------------------------------------- #

def _page_chars(page) -> list[tuple[str, float, float, float, float]]:
    """(character, left, bottom, right, top) of every character with a box."""
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return []
        text = textpage.get_text_range(0, n)
        if len(text) != n:  # characters outside the BMP: one per index
            text = "".join(_char_at(textpage, i) for i in range(n))
        charbox = textpage.get_charbox
        chars: list[tuple[str, float, float, float, float]] = []
        for i, ch in enumerate(text):
            if ch in "\r\n\x02":
                continue
            left, bottom, right, top = charbox(i, loose=True)
            if top > bottom:
                chars.append((ch, left, bottom, right, top))
            elif ch == " " and chars and not chars[-1][0].isspace():  # a space the layer marks without a box
                _, _, before_bottom, before_right, before_top = chars[-1]  # (2025-04-25 17:30: not 2025-04-2517:30)
                chars.append((ch, before_right, before_bottom, before_right, before_top))
        return chars
    finally:
        textpage.close()


def _char_at(textpage, i: int) -> str:
    code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
    if 0xD800 <= code <= 0xDBFF:
        low = pdfium_c.FPDFText_GetUnicode(textpage.raw, i + 1)
        if 0xDC00 <= low <= 0xDFFF:
            return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
    if 0xDC00 <= code <= 0xDFFF:
        return ""
    return chr(code) if code else ""


def _page_lines(page, index: int) -> tuple[list[Line], list[Line]]:
    """The page's lines in reading order, and apart the lines of its asides (a sidebar, a site's menu)."""
    text, asides = line_groups(_page_chars(page))
    return ([line for line in (_line(group, index) for group in text) if line is not None],
            [line for line in (_line(group, index) for group in asides) if line is not None])


def _line(group: list[tuple], page: int) -> Line | None:
    group.sort(key=lambda c: c[1])
    visible = [c for c in group if not c[0].isspace()]
    if not visible:
        return None
    cjk = [c for c in visible if "\u4e00" <= c[0] <= "\u9fff"]
    size = median(c[4] - c[2] for c in cjk or visible)  # (digits and Latin boxes vary by font: 13.8% is not bigger type)
    parts: list[str] = []
    prev = None
    cells = False
    for c in group:
        ch = c[0]
        if prev is not None:
            gap = c[1] - prev[3]
            if gap > 1.5 * size and not ch.isspace():
                while parts and parts[-1].isspace():
                    parts.pop()
                if parts:
                    parts.append("\t")
                    cells = True
            elif gap > 0.25 * size and not ch.isspace() and not prev[0].isspace() and prev[0].isascii() and ch.isascii():
                parts.append(" ")  # a word gap the text layer did not mark
            elif gap < -0.6 * size and ch == prev[0]:
                continue  # the same glyph drawn twice (fake bold)
        parts.append(ch)
        prev = c
    text = "".join(parts).strip()
    if not text:
        return None
    return Line(text, visible[0][1], visible[-1][3], max(c[4] for c in visible), min(c[2] for c in visible),
                size, page, len(visible), cells and "\t" in text)


# --------------------------------------------------------------------------- #
# running headers and footers
# --------------------------------------------------------------------------- #

def _key(text: str) -> str:
    return _DIGITS_RE.sub("#", _SPACES_RE.sub("", text))


def _page_furniture(text: str) -> bool:
    """A page number, a URL or a print timestamp line (alone, or with a title beside it)."""
    compact = _SPACES_RE.sub("", text)
    if PAGE_NO_RE.fullmatch(compact):
        return True
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    if any(_URL_RE.fullmatch(cell) for cell in cells) and all(
            _URL_RE.fullmatch(c) or PAGE_NO_RE.fullmatch(_SPACES_RE.sub("", c)) or is_timestamp(c) or len(c) < 80
            for c in cells):
        return True
    if cells and len(cells[0]) <= 30 and (_US_STAMP_RE.match(cells[0]) or (is_timestamp(cells[0]) and len(cells) > 1)):
        return True  # a browser's print header: the time printed, then the page's title
    return False


_US_STAMP_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?", re.IGNORECASE)


def _without_running_lines(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Pages without their running headers, footers and page numbers."""
    candidates: list[list[Line]] = []
    for lines, height in zip(pages, heights):
        by_height = sorted(lines, key=lambda line: -line.top)  # (a page's columns come one after the other)
        band = [line for line in by_height[:3] if line.top >= height * (1 - BAND)]
        band += [line for line in by_height[-3:] if line.bottom <= height * BAND and line not in band]
        candidates.append(band)
    seen = Counter(k for band in candidates for k in {_key(line.text) for line in band})
    threshold = max(2, round(0.4 * len(pages)))
    out = []
    for lines, band in zip(pages, candidates):
        drop = {id(line) for line in band if seen[_key(line.text)] >= threshold or _page_furniture(line.text)}
        out.append([line for line in lines if id(line) not in drop])
    return out


# --------------------------------------------------------------------------- #
# lines -> paragraphs
# --------------------------------------------------------------------------- #

@dataclass
class _Measures:
    size: float  # the body's character height
    left: float  # the body's left margin
    right: float  # the body's right margin (text width)
    pitch: float  # baseline distance between lines of a paragraph


def _measures(pages: list[list[Line]]) -> _Measures:
    sizes = Counter()
    for page in pages:
        for line in page:
            sizes[round(line.size * 2) / 2] += line.chars
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    body = [line for page in pages for line in page if abs(line.size - size) <= 0.15 * size and not line.rows]
    if not body:
        body = [line for page in pages for line in page]
    lefts = Counter(round(line.left) for line in body)
    common = lefts.most_common(3)  # (the margin and an indent; not a line or two of a page's chrome further left)
    left = min(x for x, n in common if n >= max(2, LEFT_SHARE * common[0][1]) or x == common[0][0]) if lefts else 0.0
    rights = sorted(line.right for line in body)
    right = rights[int(0.9 * (len(rights) - 1))] if rights else 0.0
    pitches = []
    for page in pages:
        for a, b in zip(page, page[1:]):
            d = a.bottom - b.bottom
            if abs(a.size - size) <= 0.15 * size and abs(b.size - size) <= 0.15 * size and size <= d <= 3 * size:
                pitches.append(d)
    pitch = median(pitches) if pitches else 1.5 * size
    return _Measures(size, left, right, pitch)


def _same_size(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= 0.12 * max(a.size, b.size)


NO_LINE_START = tuple("，。、；：？！）》”’")  # marks a line may not start with: the character before goes down with them


def _starts_paragraph(prev: Line, cur: Line, m: _Measures, fresh: bool = False) -> bool:
    """Whether ``cur`` begins a new paragraph after ``prev`` (``fresh``: prev began its paragraph)."""
    if prev.rows or cur.rows:
        return True
    if _DOT_LEADER_RE.search(prev.text):
        return True  # an entry of a table of contents
    if not _same_size(prev, cur):
        return True
    if abs(prev.size - m.size) > 0.15 * m.size:
        # not body text: a wrapped title or heading runs on only from a wide line, close below
        wide = prev.right - prev.left >= 0.7 * (m.right - m.left)
        return (not wide and prev.text[-1] not in "，、,") or ends_final(prev.text) or prev.page != cur.page \
            or prev.bottom - cur.top > prev.size
    size = max(m.size, cur.size)
    middle = (m.left + m.right) / 2
    if fresh and abs((prev.left + prev.right) / 2 - middle) < 0.6 * size \
            and abs((cur.left + cur.right) / 2 - middle) < 0.6 * size and cur.left > m.left + size:
        # a centred title: its wide first line runs on into the next, close below
        wide = prev.right - prev.left >= 0.7 * (m.right - m.left)
        return (not wide and prev.text[-1] not in "，、,") or ends_final(prev.text) or prev.page != cur.page \
            or prev.bottom - cur.top > prev.size
    if prev.page == cur.page and prev.bottom - cur.bottom > 1.35 * max(m.pitch, 1.2 * cur.size):
        return True
    pushed_down = prev.right >= m.right - 2.5 * size and cur.text[1:2] in NO_LINE_START
    if prev.right < m.right - 1.5 * size and not pushed_down:
        return True  # (short of the margin; not by a character pushed down with the mark after it: …新机具 / 的，…)
    if cur.left > m.left + 1.2 * size:
        return True
    if BLOCK_START_RE.match(cur.text) and (ends_final(prev.text) or prev.text[-1] in "：:"):
        return True
    return False


def _paragraphs(pages: list[list[Line]]) -> list[str]:
    m = _measures(pages)
    out: list[str] = []
    text = ""
    prev: Line | None = None
    for line in (line for page in pages for line in page):
        if prev is None:
            text = line.text
        elif line.rows and prev.rows and prev.page == line.page and prev.bottom - line.top < 2 * m.pitch:
            out.append(text)  # the next row of the same table: no blank line between
            text = line.text
        elif _starts_paragraph(prev, line, m, text == prev.text):
            out.append(text)
            out.append("")
            text = line.text
        else:
            left = text
            if left.endswith("-") and left[-2:-1].isalpha() and line.text[:1].islower():
                text = left[:-1] + line.text
            else:
                text = left + joiner(left, line.text) + line.text
        prev = line
    if prev is not None:
        out.append(text)
    return out


# --------------------------------------------------------------------------- #
# information tables whose values wrap
# --------------------------------------------------------------------------- #

def _label_cells(line: str) -> list[str] | None:
    """The cells of a row of an information table's labels only (标题	发文字号), else None."""
    cells = [re.sub(r"[ \u3000]", "", cell) for cell in line.split("\t")]
    return cells if len(cells) >= 2 and all(cell in words().labels for cell in cells) else None


def _value_cells(line: str, k: int) -> list[str] | None:
    """The ``k`` cells of a row of values only (no cell a label), else None."""
    cells = line.split("\t")
    labels = words().labels
    ok = len(cells) == k and all(c.strip() and re.sub(r"[ \u3000]", "", c) not in labels for c in cells)
    return cells if ok else None


def _pair_row(line: str) -> list[str] | None:
    """The cells of a row of label and value cells in turn (发文机关：	某部	成文日期：	2026年03), else None."""
    cells = line.split("\t")
    labels = words().labels
    ok = len(cells) >= 2 and len(cells) % 2 == 0 and all(
        re.sub(r"[ \u3000：:]", "", cells[k]) in labels for k in range(0, len(cells), 2))
    return cells if ok else None


def _continued_values(lines: list[str]) -> list[str]:
    """A row of label and value cells whose values wrap onto the next line, printed as that line's cells, one per value
    (…	成文日期：	2026年03 / 人力资源社会保障部 …	月18日), or a date cut after its month's digits with the rest a line
    further on (发布日期：	2026年03 / 月27日): the row whole."""
    out: list[str] = []
    for line in lines:
        row = _pair_row(out[-1]) if out else None
        cont = _value_cells(line, len(row) // 2) if row else None
        if row and cont:
            row[1::2] = [v + joiner(v, c.strip()) + c.strip() for v, c in zip(row[1::2], cont)]
            out[-1] = "\t".join(row)
            continue
        last = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), -1)
        if re.fullmatch(r"月\d{1,2}日", line.strip()) and last >= 0 and re.search(r"年\d{1,2}$", out[last]) \
                and _pair_row(out[last]):
            out[last] += line.strip()
            del out[last + 1:]
            continue
        out.append(line)
    return out


def _glued_title_labels_dropped(lines: list[str]) -> list[str]:
    """A title an information table's cell wraps, printed with the cell's label glued to the end of its first line
    (…关于印发《乡村旅游重点村镇提质升级标题： / 行动计划（2026—2028年）》的通知): the title whole, without its label."""
    titles = [label for label, (kind, _) in words().labels.items() if kind == "title"]
    out = list(lines)
    for k, line in enumerate(out):
        body = line.rstrip().removesuffix("：").removesuffix(":")
        label = next((t for t in titles if body.endswith(t) and len(body) > len(t) + GLUED_BEFORE), None)
        first = body[:-len(label)] if label else ""
        if label is None or body == line.rstrip() and first.count("《") <= first.count("》"):
            continue  # (a label without its colon only inside an open 《: …关于印发《以工代标题 / 赈…》的通知)
        nxt = next((j for j in range(k + 1, min(len(out), k + 3)) if out[j].strip()), None)
        if nxt is not None and first.count("《") > first.count("》"):
            first, out[nxt] = first + out[nxt].strip(), ""
        out[k] = Heading(first, line.level) if isinstance(line, Heading) else first
    return out


GLUED_BEFORE = 6  # characters at least of a wrapped title before the label glued to it


def _wrapped_rows_rejoined(lines: list[str]) -> list[str]:
    """An information table's row whose values wrap onto two lines, printed with its labels centred
    between them (…关于印发《工业	工信部联节〔2026〕 / 标题	发文字号 / 废水…》的通知	88号), as one row of
    label and value cells (标题	…关于印发《工业废水…》的通知	发文字号	工信部联节〔2026〕88号)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        labels = _label_cells(lines[i])
        above = _value_cells(out[-1], len(labels)) if labels and out else None
        below = _value_cells(lines[i + 1], len(labels)) if labels and i + 1 < len(lines) else None
        if labels and above and below:
            values = [a.strip() + joiner(a.strip(), b.strip()) + b.strip() for a, b in zip(above, below)]
            out[-1] = "\t".join(cell for pair in zip(labels, values) for cell in pair)
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out

"""Layout repair: a stream of lines -> the document's text, paragraph by paragraph.

What the format readers hand over is a stream of lines: ``""`` for a blank
line, :data:`DROP` for a line removed entirely, ``NOTE + text`` for a footnote
with content (kept as an endnote), and :class:`Heading` for a heading the
format marks (Markdown ``#``, HTML ``h1``–``h6``, DOCX heading styles).

:func:`assemble` rebuilds paragraphs from them:

- running headers/footers of plain text (short lines repeated >= 3 times,
  the first kept), page numbers, figure captions, figure source notes,
  tables of contents and footnote lines are removed;
- when ``join`` is set (plain text and Markdown, whose lines may be hard
  wrapped or broken by page breaks), lines are re-joined into paragraphs by
  the rules of :func:`_should_join`; without it (PDF, whose paragraphs the PDF
  reader has already found from the geometry; DOCX; HTML), every line is a
  paragraph of its own;
- paragraphs are separated by exactly one blank line; rows of one table stay
  on consecutive lines; each heading is a paragraph of its own, and its
  offsets are returned.

Memory stays bounded: the stream is walked once here (and once before, by
:func:`count_furniture`, for plain text), every regular expression is
applied to one line (or is linear), and the text is assembled paragraph by
paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..lexicon import vocabulary
from .dates import date_only
from .decode import clean_chars

DROP = "\x00"  # a line removed entirely (footnote, markup): neither content nor a blank line
NOTE = "\x01"  # prefix of a footnote with content: moved to the end of the text as an endnote
HARD = "\x03"  # a paragraph boundary nothing is joined across (the end of an HTML block)


SUBHEADING_LEVEL = 7  # a paragraph that is only a bold phrase: below every heading a format numbers


class Heading(str):
    """A line the format marks as a heading, with its level: 1–6 as the format
    numbers them, 7 for a paragraph that is only a bold phrase (a sub-heading)."""

    level: int

    def __new__(cls, text: str, level: int) -> "Heading":
        obj = super().__new__(cls, text)
        obj.level = min(SUBHEADING_LEVEL, max(1, int(level)))
        return obj


def retext(line: str, text: str) -> str:
    """``text`` as the same kind of line as ``line`` (a Heading stays a Heading)."""
    return Heading(text, line.level) if isinstance(line, Heading) else text


# --------------------------------------------------------------------------- #
# cleaning one line
# --------------------------------------------------------------------------- #

SPACE = " \u3000\xa0\u2000-\u200a\u202f\u205f"
CJK = (
    r"\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3100-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\ufe30-\ufe4f\uff00-\uffef\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u2022\u25a0-\u25ff"
    r"\U00020000-\U0002fa1f"
)
_NEIGHBOUR = CJK + r"0-9A-Za-z!-/:-@\[-`{-~\u00a1-\u00bf\u2010-\u2027\u2030-\u205e"
STRAY_SPACE_RE = re.compile(
    rf"(?<=[{CJK}])[{SPACE}]+(?=[{_NEIGHBOUR}])|(?<=[{_NEIGHBOUR}])[{SPACE}]+(?=[{CJK}])"
)
MULTI_SPACE_RE = re.compile(rf"[{SPACE}]+")
STRIP = " \t\u3000\xa0\u202f\u205f" + "".join(chr(c) for c in range(0x2000, 0x200B))
BREAKS_RE = re.compile(r"[\r\f\v\x85\u2028\u2029]")
_FOOTNOTE_LINE_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_SUPERSCRIPT_RE = re.compile(r"(?<![A-Za-z0-9])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_SOURCE_NOTE_RE = re.compile(r"^(?:数据来源|资料来源|来源|注)[：:]")
_TAB_SPACES_RE = re.compile(r"[ \u3000\xa0]*\t[ \u3000\xa0\t]*")


def squeeze(line: str) -> str:
    """Stray spaces around CJK text removed, other runs of spaces made one."""
    if MULTI_SPACE_RE.search(line):
        line = MULTI_SPACE_RE.sub(" ", STRAY_SPACE_RE.sub("", line))
    return line


def dot_leader(line: str) -> bool:
    """The line ends with a dot leader and a page number (引言……3)."""
    return _ENDS_WITH_DIGIT_RE.search(line) is not None and _DOT_LEADER_RE.search(line) is not None


HALF_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                              *range(0xFF41, 0xFF5B)]})  # ０-９ Ａ-Ｚ ａ-ｚ
FULL_WIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")  # (translate only the lines that need it)


def clean_line(line: str) -> str:
    """One source line -> cleaned line ("" for a blank line, DROP, or NOTE + footnote); digits and Latin letters
    typed full-width (〔２０２３〕５号, written so in many Word files) are made half-width."""
    line = clean_chars(line)
    line = line.translate(HALF_WIDTH) if FULL_WIDTH_RE.search(line) else line
    note = _FOOTNOTE_LINE_RE.match(line.lstrip(STRIP))
    if note:
        # a footnote interrupts the page: a source citation goes, content becomes an endnote
        content = line.lstrip(STRIP)[note.end():].strip(STRIP)
        return DROP if not content or _SOURCE_NOTE_RE.match(content) else NOTE + squeeze(content)
    return finish_line(_SUPERSCRIPT_RE.sub("", line) if _FOOTNOTE_LINE_RE.search(line) else line)


def finish_line(line: str) -> str:
    """Strip, squeeze spaces, normalise table-cell separators."""
    line = line.strip(STRIP)
    if not line:
        return ""
    if "\u3000" in line and "。" not in line and len(_CELL_GAP_RE.findall(line)) >= 3:
        line = _CELL_GAP_RE.sub("\t", line)  # (序号　赛事名称　举办时间　牵头单位: a table's row, its cells set apart by wide spaces)
    if "\t" in line:
        line = _TAB_SPACES_RE.sub("\t", line)
    return squeeze(line)


_CELL_GAP_RE = re.compile(r"(?<=\S)\u3000+(?=\S)")


# a legal text export that ran a chapter heading and its first article into one line,
# "第一章　总则　　第一条　为规范…": two or more spaces before 第X条/第X章/第X节 were a line break
_RUN_IN_RE = re.compile(r"(?<=\S)[ \u3000]{2,}(?=第[一二三四五六七八九十百零〇\d]{1,6}[章节条])")


def split_breaks(raw: str) -> list[str]:
    """A raw line split at CR, form feed, vertical tab and Unicode line breaks
    (and where an export ran a chapter heading and its first article together)."""
    parts = BREAKS_RE.split(raw.rstrip("\r")) if BREAKS_RE.search(raw) else [raw]
    if "第" in raw and ("  " in raw or "\u3000" in raw):
        parts = [piece for part in parts for piece in _RUN_IN_RE.split(part)]
    return parts


# --------------------------------------------------------------------------- #
# line classification
# --------------------------------------------------------------------------- #

FINAL = "。！？；!?;…"
CLOSERS = "”’」』）)】》\"'〕］]"
_BREAKING = "，、。！？；：,;:!?…"
_TOC_HEAD_RE = re.compile(r"(?:图表|图|表)?目录|目次|contents|tableofcontents", re.IGNORECASE)
_DOT_LEADER_RE = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|．{3,}|-{5,}|_{5,}|…\.+|\.+…)[\s.…·]*\d{1,4}$")
_ENDS_WITH_DIGIT_RE = re.compile(r"\d$")  # (what every dot leader's page number ends with: a quick test first)
_TOC_ENTRY_RE = re.compile(r".{1,100}?[^\d\s.年月日]\s*\t?\s*\d{1,4}$")
PAGE_NO_RE = re.compile(
    r"(?:[-—–－]\s*)?\d{1,3}(?:\s*[-—–－])?|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|"
    r"(?i:page\s*\d+(?:\s*of\s*\d+)?)"
)
_CAPTION_RE = re.compile(r"(?:图|Figure|Fig\.?)\s*\d+(?:[.\-－—–]\d+)*(?:$|[\s：:．.、]|(?=[^\d]))", re.IGNORECASE)
_SOURCE_LINE_RE = re.compile(r"[（(【\[]?\s*(数据|资料|图片|图表|信息|文章|新闻|稿件|本文)?(?:来源|出处)\s*[：:]\s*(.*)")
_DATELINE_TAIL_RE = re.compile(r"\s*(?:(?:发布|发文|成文|印发|更新|公布|发稿)?(?:时间|日期)|作者|编辑|责任编辑)\s*[：:].*$")
_FIELD_RE = re.compile(r"[^，。！？；：:,;]{1,10}[：:]")
_HEADING_MARK_RE = re.compile(
    r"(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)|"
    r"第[一二三四五六七八九十百零〇\d]+[章节条部分篇编]|专栏|[表图]\s*\d|附件|附录)"
)
BLOCK_START_RE = re.compile(
    r"(?:[一二三四五六七八九十百]+[、．]|[一二三四五六七八九十]\.(?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]+[章节条部分篇编]|专栏|[表图]\s*\d|"
    r"附件|附录|[问答注][：:]|[●■◆▲★□○•▪►※◇△☆]|[-*+]\s)"
)
_SENTENCE_END_RE = re.compile(r"[。！？；!?]")


def ends_final(s: str) -> bool:
    s = s.rstrip(CLOSERS)
    return bool(s) and s[-1] in FINAL


def is_table_row(line: str) -> bool:
    return "\t" in line and sum(1 for cell in line.split("\t") if cell.strip()) >= 2


def furniture_key(line: str) -> str | None:
    """Key under which a short line is counted as possible page furniture."""
    if len(line) > 60 or "\t" in line:
        return None
    key = MULTI_SPACE_RE.sub("", line) if " " in line else line
    if not key or len(key) > 40 or key[-1] in "：:" or _SENTENCE_END_RE.search(key):
        return None
    return key


def count_furniture(lines: Iterable[str]) -> dict[str, int]:
    """Short lines seen >= 3 times (running headers and footers of plain text)."""
    counts: dict[str, int] = {}
    for line in lines:
        if line and line not in (DROP, HARD) and not line.startswith(NOTE) and not isinstance(line, Heading):
            key = furniture_key(line)
            if key is not None and (key in counts or len(counts) < 200_000):
                counts[key] = counts.get(key, 0) + 1
    return {k: v for k, v in counts.items() if v >= 3}


# --------------------------------------------------------------------------- #
# paragraphs
# --------------------------------------------------------------------------- #

class _Para:
    """A paragraph being assembled, with what the joining rules need to know."""

    __slots__ = ("parts", "rows", "length", "first", "last", "breaking", "final_inside", "index", "level")

    def __init__(self, line: str, index: int, level: int = 0):
        self.rows: list[str] | None = [line] if is_table_row(line) and not level else None
        self.parts = [str(line)]
        self.length = len(line)
        self.first = line
        self.last = line
        self.breaking = any(c in _BREAKING for c in line)
        self.final_inside = any(c in "。！？；" for c in line)
        self.index = index
        self.level = level  # a heading's level, 0 for other paragraphs

    def add(self, sep: str, line: str) -> None:
        self.parts.append(sep)
        self.parts.append(line)
        self.length += len(sep) + len(line)
        self.last = line
        self.breaking = self.breaking or any(c in _BREAKING for c in line)
        self.final_inside = self.final_inside or any(c in "。！？；" for c in line)

    def text(self) -> str:
        return "\n".join(self.rows) if self.rows is not None else "".join(self.parts)


_SIGNED_TITLE_RE = re.compile(r"(?P<title>[^，,。！？；]{4,150})[，,](?P<by>[^，,。！？；：:]{2,40})")


def _signed_title(line: str) -> bool:
    """A title line followed by who issued it, "标题，发布机关": the part before
    its one comma is a title (it ends with a policy or report genre)."""
    from ..names import genre  # the genre vocabulary; imported here, only first lines with a comma need it

    m = _SIGNED_TITLE_RE.fullmatch(line)
    return m is not None and genre(m.group("title")) is not None


def _heading_like(p: _Para) -> bool:
    """A title / heading / byline / field line that stands on its own."""
    if p.rows is not None or p.level:
        return True
    first = p.first
    if p.index < 3 and p.parts == [first] and _signed_title(first):
        return True
    if p.length <= 50 and not p.final_inside and _HEADING_MARK_RE.match(first):
        return True
    if not p.breaking and (p.length < 30 or (p.index < 3 and p.length <= 60)):
        return True
    if p.length <= 40 and p.parts == [first] and _FIELD_RE.match(first) \
            and not any(c in "，。！？；,;" for c in first):
        return True
    return p.parts == [first] and p.length <= 80 and not any(c in "，。！？；,;：:" for c in first) \
        and ("\u4e00" <= first[0] <= "\u9fff" or first[0] == "《") and vocabulary().genre_of(first) is not None
    # (某市某某产业三年行动方案（2024—2026年）, 《某某措施》政策解读: a title line of its own)


def _short_heading(line: str) -> bool:
    return len(line) < 20 and not any(c in _BREAKING for c in line)


def _should_join(p: _Para, line: str) -> bool:
    if p.rows is not None or p.level or is_table_row(line):
        return False
    last = p.last
    if ends_final(last) or last[-1] in "：:":
        return False
    if BLOCK_START_RE.match(line) or date_only(line):
        return False
    if len(line) <= 40 and _FIELD_RE.match(line) and not any(c in "，。！？；,;" for c in line):
        return False
    if last[-1] in "，、," or ("a" <= line[0] <= "z" and last[-1].isascii()):
        return True
    if _heading_like(p) or _short_heading(line):
        return False
    return True


def joiner(left: str, right: str) -> str:
    """"" between CJK text, " " between two Latin words."""
    a, b = left[-1], right[0]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum() and not (a.isdigit() and b.isdigit()):
        return " "
    return ""


@dataclass
class Layout:
    """The assembled text, its headings (start, end, label, level) and the
    document source a 来源 line named, if any."""

    text: str
    headings: list[tuple[int, int, str, int]] = field(default_factory=list)
    source: str = ""
    source_label: str = ""


class Assembler:
    """Layout repair over a stream of cleaned lines (see module docstring)."""

    def __init__(self, counts: dict[str, int], join: bool):
        self.counts = counts
        self.join = join
        self.paragraphs: list[_Para] = []
        self.notes: list[str] = []  # footnotes with content, kept as endnotes
        self.cur: _Para | None = None
        self.blank = False
        self.units = 0  # content lines seen
        self.toc = False
        self.source = ""
        self.source_label = ""
        self.out: list[str] = []
        self.headings: list[tuple[int, int, str, int]] = []
        self.pos = 0

    def feed(self, line: str) -> None:
        if not line:
            self.blank = True
            return
        if line == DROP:
            return
        if line == HARD:
            self._close()
            self.blank = True
            return
        if line.startswith(NOTE):
            self.notes.append(line[1:])
            return
        if isinstance(line, Heading):
            self._close()
            self.cur = _Para(line, self.units, line.level)
            self.units += 1
            self.blank = False
            return
        key = furniture_key(line) if self.counts else None
        if key is not None and self.counts.get(key, 0) >= 3 and self.units > 0:
            return
        if self._dropped(line):
            return
        self._add(line)
        self.units += 1

    def _dropped(self, line: str) -> bool:
        compact = MULTI_SPACE_RE.sub("", line) if len(line) <= 60 else ""  # (a TOC head or a page number is short)
        if _TOC_HEAD_RE.fullmatch(compact):
            self.toc = True
            return True
        short = len(line) <= 200  # TOC lines are short; keeps the regexes linear on huge lines
        if self.toc:
            if short and dot_leader(line) or short and (
                    _TOC_ENTRY_RE.fullmatch(line) and not any(c in "。！？；" for c in line)):
                return True
            self.toc = False
        if short and dot_leader(line) and not ends_final(line):
            return True
        if PAGE_NO_RE.fullmatch(compact):
            return True
        first = line[0]
        if first in "图Ff" and _CAPTION_RE.match(line) and len(line) <= 80 and not ends_final(line):
            return True
        if len(line) <= 100 and ("来源" in line[:8] or "出处" in line[:8]):
            m = _SOURCE_LINE_RE.match(line)
            if m:
                kind = m.group(1) or ""
                value = _DATELINE_TAIL_RE.sub("", m.group(2)).strip().rstrip("）)】]").strip()
                if value and not self.source and (kind in ("文章", "新闻", "稿件", "本文")
                                                  or (not kind and self.units < 5)):
                    self.source = value
                    self.source_label = f"{kind}来源"
                return True
        return False

    def _add(self, line: str) -> None:
        cur = self.cur
        if cur is None:
            self.cur = _Para(line, self.units)
        elif cur.rows is not None and is_table_row(line) and not self.blank:
            cur.rows.append(line)
            cur.last = line
        elif self.join and _should_join(cur, line):
            cur.add(joiner(cur.last, line), line)
        else:
            self._close()
            self.cur = _Para(line, self.units)
        self.blank = False

    def _close(self) -> None:
        """Write the current paragraph out."""
        p = self.cur
        if p is None:
            return
        self.cur = None
        text = p.text()
        if self.out:
            self.out.append("\n\n")
            self.pos += 2
        if p.level:
            self.headings.append((self.pos, self.pos + len(text), text, p.level))
        self.out.append(text)
        self.pos += len(text)

    def finish(self) -> Layout:
        self._close()
        for note in self.notes:
            self.cur = _Para(note, self.units)
            self._close()
        return Layout("".join(self.out), self.headings, self.source, self.source_label)


def assemble(lines: Iterable[str], *, join: bool, counts: dict[str, int] | None = None) -> Layout:
    """The text of a stream of lines (see module docstring); ``counts``: the
    repeated short lines (:func:`count_furniture`) to drop after their first."""
    asm = Assembler(counts or {}, join)
    for line in lines:
        asm.feed(line)
    return asm.finish()

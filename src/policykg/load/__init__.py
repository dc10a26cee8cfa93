"""Stage 1 — load: files on disk -> cleaned :class:`~policykg.records.Document`.

Everything later stages see is ``Document.text``: every character offset in the
graph refers to it, so all repair of the raw file happens here and nowhere else.

What happens to a file, in order:

1. **Decoding, by bytes, not by extension.** UTF-8 BOM, UTF-16 LE/BE BOM, strict
   UTF-8, else strict GB18030 (a superset of GBK/GB2312). Binary files (magic
   numbers, NUL bytes, many control bytes), empty files and undecodable bytes are
   refused with a :class:`~policykg.errors.LoadError` whose reason says what was
   found and what was expected. CRLF/CR become LF; BOMs and zero-width
   characters are dropped.
2. **Format, by content** (a ``.txt`` may hold Markdown or HTML): YAML front
   matter gives title/date/source and is removed; HTML is reduced to its visible
   text (script/style/head/comments dropped, block tags -> line breaks, table
   cells -> tabs, entities decoded); Markdown images, autolinks, link targets,
   emphasis markers and heading hashes are dropped. ``format`` is ``"html"``
   for HTML without Markdown signs, ``"md"`` for Markdown (front matter,
   headings, links, fenced code — embedded HTML included), else ``"txt"``.
3. **Layout repair** (the part PDF-to-text output needs): running
   headers/footers (short lines repeated >= 3 times), page numbers, figure
   captions, ``来源：`` lines, footnote lines, tables of contents and footnote
   markers are removed; stray spaces around CJK text are removed; paragraphs
   broken by page breaks or line wraps are re-joined; paragraphs are separated
   by exactly one blank line (rows of one table stay on consecutive lines).
4. **Title and date** from metadata, else from the text (cover line, dateline).

Memory stays bounded for large files: the text is walked line by line with
generators (two passes: one to count repeated short lines, one to rebuild),
every regular expression is applied to one line (or is linear), and the output
is assembled paragraph by paragraph.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path, PurePath
from typing import Iterable, Iterator

from ..errors import LoadError
from ..records import Document, Skipped

__all__ = ["SUPPORTED_SUFFIXES", "Source", "load_document", "iter_sources", "iter_documents", "normalize_date"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_SUPPORTED_TEXT = " ".join(SUPPORTED_SUFFIXES)
_EXPECTED_TEXT = "expected UTF-8, GB18030 or UTF-16 text"

# --------------------------------------------------------------------------- #
# decoding
# --------------------------------------------------------------------------- #

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document; convert it to text first, e.g. with pdftotext"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx/.xlsx; save it as text first"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document, e.g. .doc/.xls; save it as text first"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"MZ", "Windows executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document; save it as plain text first"),
)
_RIFF_KINDS = {b"WEBP": "WEBP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 11, 27)) + b"\x7f"
_SAMPLE = 65536


def _binary_kind(raw: bytes) -> str | None:
    """Name what kind of binary file ``raw`` is, or None if it may be text."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            if magic == b"MZ" and b"\x00" not in raw[:1024]:
                continue  # plain text that happens to start with "MZ"
            if magic == b"BZh" and b"\x00" not in raw[:1024] and raw[3:4].isalpha():
                continue
            return kind
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[raw[8:12]]
    if b"\x00" in raw:
        sample = raw[:4096]
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = max(1, len(sample) // 2)
        if max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half:
            return "NUL bytes; looks like UTF-16 without a byte-order mark"
        return "contains NUL bytes"
    sample = raw[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, 0.05 * len(sample)):
        return "many control bytes"
    return None


def _decode(raw: bytes) -> tuple[str, str]:
    """Decode ``raw`` -> (text, encoding name) or raise ValueError(reason)."""
    if not raw.strip():
        raise ValueError("empty file")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise ValueError(
                f"undecodable bytes: not UTF-8 (first bad byte 0x{raw[3 + err.start]:02x} "
                f"at offset {3 + err.start}) despite a UTF-8 byte-order mark"
            ) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        try:
            return raw[2:].decode(codec), "utf-16"
        except UnicodeDecodeError as err:
            raise ValueError(
                f"undecodable bytes: invalid {codec.upper()} after its byte-order mark "
                f"({err.reason} at offset {2 + err.start})"
            ) from None
    kind = _binary_kind(raw)
    if kind:
        raise ValueError(f"binary file ({kind}), {_EXPECTED_TEXT}")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        b = raw[utf8_error.start]
        raise ValueError(
            f"undecodable bytes: not UTF-8 (first bad byte 0x{b:02x} at offset "
            f"{utf8_error.start}) nor GB18030"
        ) from None
    # Guard against mojibake: UTF-8 text with a few corrupt bytes usually also
    # "decodes" as GB18030, into garbage. If UTF-8 is almost right, keep UTF-8
    # and replace the bad bytes with U+FFFD instead.
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    non_ascii = sum(1 for _ in re.finditer(r"[^\x00-\x7f]", lenient[:200000])) - bad
    if non_ascii >= 20 and bad <= max(2, non_ascii // 1000):
        return lenient, "utf-8"
    return text, "gb18030"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise LoadError(path.as_posix(), "permission denied") from None
    except FileNotFoundError:
        raise LoadError(path.as_posix(), "does not exist") from None
    except IsADirectoryError:
        raise LoadError(path.as_posix(), "is a directory, expected a text file") from None
    except OSError as err:
        raise LoadError(path.as_posix(), err.strerror or str(err)) from None


# --------------------------------------------------------------------------- #
# dates
# --------------------------------------------------------------------------- #

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DATE_CORE = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
    r"|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?![\d.])"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)"
)
_DATE_ONLY_RE = re.compile(
    r"[（(\[【]?\s*(" + _DATE_CORE + r")\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:星期[一二三四五六日天]|周[一二三四五六日天])?\s*[）)\]】]?"
)
_DATELINE_RE = re.compile(
    r"(?:发布|发文|成文|印发|更新|公布|发稿|出版|撰稿)?(?:时间|日期)\s*[：:]\s*(" + _DATE_CORE + r")"
)
_ISO_PARTS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?"),
    re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)"),
    re.compile(r"(\d{4})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"(\d{4})\s*年?(?!\d)"),
)
_CN_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?")


def _cn_number(s: str) -> int:
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    return _CN_DIGIT[s]


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if not 1000 <= year <= 2999:
        return ""
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return ""
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        _dt.date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def normalize_date(value: object) -> str:
    """ISO 8601 as precise as given: "2022-05-14 07:25:06 +0800" -> "2022-05-14",
    "2021年12月" -> "2021-12", "二〇二〇年三月六日" -> "2020-03-06"; "" if none."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return normalize_date(value[0]) if value else ""
    if value is None:
        return ""
    s = str(value).strip()
    m = _CN_DATE.search(s)
    if m:
        year = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
        return _iso(year, _cn_number(m.group(2)), _cn_number(m.group(3)) if m.group(3) else None)
    for rx in _ISO_PARTS:
        m = rx.search(s)
        if m:
            groups = [int(g) if g else None for g in m.groups()] + [None, None]
            return _iso(groups[0], groups[1], groups[2])
    return ""


def _date_only(line: str) -> str:
    """The ISO date if ``line`` consists of just a date (a cover or signature line)."""
    if len(line) > 40 or not line[:1].isdigit() and line[:1] not in "（(【[〇零○一二三四五六七八九":
        return ""
    m = _DATE_ONLY_RE.fullmatch(line)
    return normalize_date(m.group(1)) if m else ""


# --------------------------------------------------------------------------- #
# HTML
# --------------------------------------------------------------------------- #

_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody tfoot caption "
    "section article header footer nav aside center blockquote pre hr figure figcaption "
    "form address main html body title details summary fieldset legend".split()
)
_SKIP_TAGS = frozenset("script style head noscript template svg iframe object canvas select button".split())
_DATE_META = ("date", "publishdate", "publish_date", "pubdate", "publication_date", "article:published_time",
              "og:article:published_time", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
              "citation_publication_date", "citation_date", "sailthru.date", "datepublished", "firstpublishedtime")
_SOURCE_META = ("source", "contentsource", "publisher", "dc.publisher", "og:site_name", "sitename", "author",
                "article:author", "dc.creator")
_HTML_TAG_RE = re.compile(
    r"<!doctype\s+html|<(?:html|body|p|div|br|span|center|img|table|tr|td|th|h[1-6]|ul|ol|li|a|strong|b|em|i|u|"
    r"font|section|article|head|meta|title|script|style|blockquote|pre|hr|iframe|figure|header|footer|nav|"
    r"tbody|thead|dl|dt|dd|sup|sub|small|label|form|link)(?:\s[^<>]*)?/?>|</(?:html|body|p|div|span|center|"
    r"table|tr|td|th|h[1-6]|ul|ol|li|a|strong|b|em|i|u|font|section|article|head|title|script|style|"
    r"blockquote|pre|figure|header|footer|nav|tbody|thead|dl|dt|dd|sup|sub|small|label|form)\s*>",
    re.IGNORECASE,
)
_AUTOLINK_RE = re.compile(r"<(?:https?://|ftp://|mailto:|www\.)[^<>\s]*>", re.IGNORECASE)


class _HTMLText(HTMLParser):
    """Visible text of an HTML document: blocks -> blank lines, cells -> tabs."""

    def __init__(self, out: io.StringIO):
        super().__init__(convert_charrefs=True)
        self.out = out
        self.skip = 0  # depth inside script/style/head/...
        self.skip_stack: list[str] = []
        self.pre = 0
        self.cell = 0
        self.cells_in_row = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] | None = None
        self.h1 = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            d = {k.lower(): (v or "") for k, v in attrs}
            key = (d.get("name") or d.get("property") or d.get("itemprop") or d.get("http-equiv") or "").lower()
            if key and d.get("content") and key not in self.meta:
                self.meta[key] = d["content"].strip()
            return
        if tag == "body" and self.skip_stack and self.skip_stack[0] == "head":
            self.skip_stack.clear()
            self.skip = 0
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIP_TAGS:
            self.skip_stack.append(tag)
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "h1" and not self.h1 and self.h1_parts is None:
            self.h1_parts = []
        if tag == "tr":
            self.cells_in_row = 0
            self.out.write("\n")
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.out.write("\t")
            self.cells_in_row += 1
            self.cell += 1
        elif tag == "br":
            self.out.write(" " if self.cell else "\n")
        elif tag in ("thead", "tbody", "tfoot"):
            pass
        elif tag in _BLOCK_TAGS:
            self.out.write(" " if self.cell else "\n\n")
            if tag == "pre":
                self.pre += 1
        elif tag == "img":
            pass

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP_TAGS:
            if tag in self.skip_stack:
                while self.skip_stack:
                    self.skip -= 1
                    if self.skip_stack.pop() == tag:
                        break
            return
        if self.skip:
            return
        if tag == "h1" and self.h1_parts is not None:
            self.h1 = re.sub(r"\s+", " ", "".join(self.h1_parts)).strip()
            self.h1_parts = None if not self.h1 else self.h1_parts
        if tag in ("td", "th"):
            self.cell = max(0, self.cell - 1)
        elif tag in ("tr", "thead", "tbody", "tfoot"):
            pass
        elif tag in _BLOCK_TAGS:
            self.out.write(" " if self.cell else "\n\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f\v]+", " ", data)
        if self.h1_parts is not None and not self.h1:
            self.h1_parts.append(data)
        self.out.write(data)

    @property
    def title(self) -> str:
        title = re.sub(r"\s+", " ", "".join(self.title_parts)).strip()
        if self.h1 and (not title or self.h1 in title):
            return self.h1
        return title


def _html_to_text(text: str, start: int) -> tuple[str, dict[str, str]]:
    out = io.StringIO()
    parser = _HTMLText(out)
    step = 1 << 16
    for i in range(start, len(text), step):
        parser.feed(_AUTOLINK_RE.sub("", text[i:i + step]) if "<" in text[i:i + step] else text[i:i + step])
    parser.close()
    meta: dict[str, str] = {}
    if parser.title:
        meta["title"] = parser.title
    for key in _DATE_META:
        if key in parser.meta and normalize_date(parser.meta[key]):
            meta["date"] = normalize_date(parser.meta[key])
            break
    for key in _SOURCE_META:
        if parser.meta.get(key):
            meta["source"] = parser.meta[key]
            break
    return out.getvalue(), meta


# --------------------------------------------------------------------------- #
# front matter and format detection
# --------------------------------------------------------------------------- #

_MD_SIGNAL_RE = re.compile(r"^#{1,6}[ \t]+\S|!?\[[^\[\]\n]{1,200}\]\([^()\s]{0,500}\)|^```", re.MULTILINE)


def _front_matter(text: str) -> tuple[dict, int]:
    """(metadata, offset where the body starts); ({}, 0) when there is none."""
    if not text.startswith("---"):
        return {}, 0
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return {}, 0
    m = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE).search(text, first_nl + 1, min(len(text), 65536))
    if not m:
        return {}, 0
    try:
        import yaml

        data = yaml.safe_load(text[first_nl + 1:m.start()])
    except Exception:  # malformed YAML: not front matter, keep the text as it is
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    end = text.find("\n", m.end())
    return {str(k).lower(): v for k, v in data.items()}, (len(text) if end < 0 else end + 1)


def _meta_text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v not in (None, "")), "")
    if isinstance(value, dict):
        value = value.get("name") or ""
    return "" if value is None else str(value).strip()


# --------------------------------------------------------------------------- #
# line cleaning
# --------------------------------------------------------------------------- #

_BREAKS_RE = re.compile(r"[\r\f\v\x85\u2028\u2029]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_SPACE = " \u3000\xa0\u2000-\u200a\u202f\u205f"
_CJK = (
    r"\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3100-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\ufe30-\ufe4f\uff00-\uffef\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u2022\u25a0-\u25ff"
    r"\U00020000-\U0002fa1f"
)
_NEIGHBOUR = _CJK + r"0-9A-Za-z!-/:-@\[-`{-~\u00a1-\u00bf\u2010-\u2027\u2030-\u205e"
_STRAY_SPACE_RE = re.compile(
    rf"(?<=[{_CJK}])[{_SPACE}]+(?=[{_NEIGHBOUR}])|(?<=[{_NEIGHBOUR}])[{_SPACE}]+(?=[{_CJK}])"
)
_MULTI_SPACE_RE = re.compile(rf"[{_SPACE}]+")
_STRIP = " \t\u3000\xa0\u202f\u205f" + "".join(chr(c) for c in range(0x2000, 0x200B))
_FOOTNOTE_LINE_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_SUPERSCRIPT_RE = re.compile(r"(?<![A-Za-z0-9])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_MD_FOOTREF_RE = re.compile(r"\^\[\d{1,4}\]|\[\^[^\]\s]{1,20}\]")
_MD_IMAGE_RE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\n]{0,1000}\)")
_MD_LINK_RE = re.compile(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,1000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_MD_BOLD_RE = re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*")
_MD_UBOLD_RE = re.compile(r"(?<![\w])__(?=\S)([^_\n]+?)__(?![\w])")
_MD_ITALIC_RE = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)\*(?![*\w])")
_MD_CODE_RE = re.compile(r"`([^`\n]+)`")
_MD_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_DROP_RE = re.compile(r"^(?:```.*|~~~.*|(?:[-*_][ \t]*){3,}|=+|\[[^\]]+\]:\s*\S+.*|\[\^[^\]]+\]:.*)$")


_DROP = "\x00"  # a line removed entirely (footnote, markup): neither content nor a blank line
_NOTE = "\x01"  # prefix of a footnote with content: moved to the end of the text as an endnote
_SOURCE_NOTE_RE = re.compile(r"^(?:数据来源|资料来源|来源|注)[：:]")


def _clean_line(line: str, md: bool) -> str:
    """One source line -> cleaned line ("" for a blank line, _DROP for a removed one)."""
    if _CONTROL_RE.search(line):
        line = _CONTROL_RE.sub("", line)
    note = _FOOTNOTE_LINE_RE.match(line.lstrip(_STRIP))
    if note:
        # a footnote interrupts the page: a source citation goes, content becomes an endnote
        content = line.lstrip(_STRIP)[note.end():].strip(_STRIP)
        return _DROP if not content or _SOURCE_NOTE_RE.match(content) else _NOTE + content
    if md:
        stripped = line.strip()
        if stripped and _MD_DROP_RE.match(stripped):
            return _DROP
        if stripped.startswith(">"):
            line = stripped.lstrip("> ")
        m = _MD_HEADING_RE.match(line.strip())
        if m:
            line = m.group(1)
    if "[" in line or "<" in line or "^" in line:
        line = _MD_FOOTREF_RE.sub("", line)
        line = _MD_IMAGE_RE.sub("", line)
        line = _AUTOLINK_RE.sub("", line)
        line = _MD_LINK_RE.sub(r"\1", line)
    if "**" in line:
        line = _MD_BOLD_RE.sub(r"\1", line)
    if md:
        if "__" in line:
            line = _MD_UBOLD_RE.sub(r"\1", line)
        if "*" in line:
            line = _MD_ITALIC_RE.sub(r"\1", line)
        if "`" in line:
            line = _MD_CODE_RE.sub(r"\1", line)
    line = _SUPERSCRIPT_RE.sub("", line)
    line = line.strip(_STRIP)
    if not line:
        return ""
    if _MULTI_SPACE_RE.search(line):
        line = _MULTI_SPACE_RE.sub(" ", _STRAY_SPACE_RE.sub("", line))
    return line


def _iter_lines(text: str, start: int, md: bool) -> Iterator[str]:
    """Cleaned lines of ``text[start:]``, one at a time (no list of all lines)."""
    n = len(text)
    pos = start
    while pos <= n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        raw = text[pos:end]
        pos = end + 1
        if _BREAKS_RE.search(raw):
            for part in _BREAKS_RE.split(raw.rstrip("\r")):
                yield _clean_line(part, md)
        else:
            yield _clean_line(raw, md)


# --------------------------------------------------------------------------- #
# line classification
# --------------------------------------------------------------------------- #

_FINAL = "。！？；!?;…"
_CLOSERS = "”’」』）)】》\"'〕］]"
_BREAKING = "，、。！？；：,;:!?…"
_TOC_HEAD_RE = re.compile(r"(?:图表|图|表)?目录|目次|contents|tableofcontents", re.IGNORECASE)
_DOT_LEADER_RE = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|．{3,}|-{5,}|_{5,}|…\.+|\.+…)[\s.…·]*\d{1,4}$")
_TOC_ENTRY_RE = re.compile(r".{1,100}?[^\d\s.年月日]\s*\t?\s*\d{1,4}$")
_PAGE_NO_RE = re.compile(
    r"(?:[-—–－]\s*)?\d{1,3}(?:\s*[-—–－])?|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|"
    r"(?i:page\s*\d+(?:\s*of\s*\d+)?)"
)
_CAPTION_RE = re.compile(r"(?:图|Figure|Fig\.?)\s*\d+(?:[.\-－—–]\d+)*(?:$|[\s：:．.、]|(?=[^\d]))", re.IGNORECASE)
_SOURCE_LINE_RE = re.compile(r"[（(【\[]?\s*(数据|资料|图片|图表|信息|文章|新闻|稿件|本文)?(?:来源|出处)\s*[：:]\s*(.*)")
_LETTERHEAD_RE = re.compile(r"文件$")  # red-header letterhead "XX人民政府办公厅文件": not a title
_DATELINE_TAIL_RE = re.compile(r"\s*(?:(?:发布|发文|成文|印发|更新|公布|发稿)?(?:时间|日期)|作者|编辑|责任编辑)\s*[：:].*$")
_FIELD_RE = re.compile(r"[^，。！？；：:,;]{1,10}[：:]")
_HEADING_MARK_RE = re.compile(
    r"(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)|"
    r"第[一二三四五六七八九十百零〇\d]+[章节条部分篇编]|专栏|[表图]\s*\d|附件|附录)"
)
_BLOCK_START_RE = re.compile(
    r"(?:[一二三四五六七八九十百]+[、．]|[一二三四五六七八九十]\.(?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"\d{1,2}(?:\.\d{1,2})*[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]+[章节条部分篇编]|专栏|[表图]\s*\d|"
    r"附件|附录|[问答注][：:]|[●■◆▲★□○•▪►※◇△☆]|[-*+]\s)"
)


def _ends_final(s: str) -> bool:
    s = s.rstrip(_CLOSERS)
    return bool(s) and s[-1] in _FINAL


def _is_table_row(line: str) -> bool:
    return "\t" in line and sum(1 for cell in line.split("\t") if cell.strip()) >= 2


_SENTENCE_END_RE = re.compile(r"[。！？；!?]")
_DATE_HINT_RE = re.compile(r"[\d〇○年]")


def _furniture_key(line: str) -> str | None:
    """Key under which a short line is counted as possible page furniture."""
    if len(line) > 60 or "\t" in line:
        return None
    key = _MULTI_SPACE_RE.sub("", line) if " " in line else line
    if not key or len(key) > 40 or key[-1] in "：:" or _SENTENCE_END_RE.search(key):
        return None
    return key


class _Para:
    """A paragraph being assembled, with what the joining rules need to know."""

    __slots__ = ("parts", "rows", "length", "first", "last", "breaking", "final_inside", "index")

    def __init__(self, line: str, index: int):
        self.rows: list[str] | None = [line] if _is_table_row(line) else None
        self.parts = [line]
        self.length = len(line)
        self.first = line
        self.last = line
        self.breaking = any(c in _BREAKING for c in line)
        self.final_inside = any(c in "。！？；" for c in line)
        self.index = index

    def add(self, sep: str, line: str) -> None:
        self.parts.append(sep)
        self.parts.append(line)
        self.length += len(sep) + len(line)
        self.last = line
        self.breaking = self.breaking or any(c in _BREAKING for c in line)
        self.final_inside = self.final_inside or any(c in "。！？；" for c in line)

    def text(self) -> str:
        return "\n".join(self.rows) if self.rows is not None else "".join(self.parts)


def _heading_like(p: _Para) -> bool:
    """A title / heading / byline / field line that stands on its own."""
    if p.rows is not None:
        return True
    first = p.first
    if p.length <= 50 and not p.final_inside and _HEADING_MARK_RE.match(first):
        return True
    if not p.breaking and (p.length < 30 or (p.index < 3 and p.length <= 60)):
        return True
    if p.length <= 40 and p.parts == [first] and _FIELD_RE.match(first) \
            and not any(c in "，。！？；,;" for c in first):
        return True
    return False


def _short_heading(line: str) -> bool:
    return len(line) < 20 and not any(c in _BREAKING for c in line)


def _should_join(p: _Para, line: str) -> bool:
    if p.rows is not None or _is_table_row(line):
        return False
    last = p.last
    if _ends_final(last) or last[-1] in "：:":
        return False
    if _BLOCK_START_RE.match(line) or _date_only(line):
        return False
    if len(line) <= 40 and _FIELD_RE.match(line) and not any(c in "，。！？；,;" for c in line):
        return False
    if last[-1] in "，、," or ("a" <= line[0] <= "z" and last[-1].isascii()):
        return True
    if _heading_like(p) or _short_heading(line):
        return False
    return True


def _joiner(left: str, right: str) -> str:
    a, b = left[-1], right[0]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum() and not (a.isdigit() and b.isdigit()):
        return " "
    return ""


class _Assembler:
    """Layout repair over a stream of cleaned lines (see module docstring)."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        self.paragraphs: list[str] = []
        self.notes: list[str] = []  # footnotes with content, kept as endnotes
        self.cur: _Para | None = None
        self.blank = False
        self.units = 0  # content lines seen
        self.toc = False
        self.title = ""
        self.fallback_title = ""
        self.loose_title = ""
        self.cover_date = ""
        self.dateline = ""
        self.loose_date = ""
        self.source = ""

    # -- classification -------------------------------------------------- #
    def feed(self, line: str) -> None:
        if not line:
            self.blank = True
            return
        if line == _DROP:
            return
        if line.startswith(_NOTE):
            self.notes.append(line[1:])
            return
        key = _furniture_key(line)
        furniture = key is not None and self.counts.get(key, 0) >= 3
        if furniture and self.units > 0:
            return
        self._dates(line)
        if self._dropped(line):
            return
        if not self.title and self.units < 40:
            self._title_candidate(line, furniture)
        self._add(line)
        self.units += 1

    def _title_candidate(self, line: str, furniture: bool) -> None:
        """Title: the first short line that is not furniture, a date, a table row,
        a letterhead or a sentence; else the kept first line; else the first short line."""
        if len(line) > 60 or _is_table_row(line) or _date_only(line) or _DATELINE_RE.match(line):
            return
        if furniture:
            self.fallback_title = self.fallback_title or line
        elif _LETTERHEAD_RE.search(line) or any(c in "，。；,;" for c in line) \
                or any(c in "！？!?" for c in line.rstrip(_FINAL + _CLOSERS)):
            self.loose_title = self.loose_title or line
        else:
            self.title = line

    def _dropped(self, line: str) -> bool:
        compact = _MULTI_SPACE_RE.sub("", line)
        if _TOC_HEAD_RE.fullmatch(compact):
            self.toc = True
            return True
        short = len(line) <= 200  # TOC lines are short; keeps the regexes linear on huge lines
        if self.toc:
            if short and _DOT_LEADER_RE.search(line) or short and (
                    _TOC_ENTRY_RE.fullmatch(line) and not any(c in "。！？；" for c in line)):
                return True
            self.toc = False
        if short and _DOT_LEADER_RE.search(line) and not _ends_final(line):
            return True
        if _PAGE_NO_RE.fullmatch(compact):
            return True
        first = line[0]
        if first in "图Ff" and _CAPTION_RE.match(line) and len(line) <= 80 and not _ends_final(line):
            return True
        if len(line) <= 100 and ("来源" in line[:8] or "出处" in line[:8]):
            m = _SOURCE_LINE_RE.match(line)
            if m:
                kind = m.group(1) or ""
                value = _DATELINE_TAIL_RE.sub("", m.group(2)).strip().rstrip("）)】]").strip()
                if value and not self.source and (kind in ("文章", "新闻", "稿件", "本文")
                                                  or (not kind and self.units < 5)):
                    self.source = value
                return True
        return False

    def _dates(self, line: str) -> None:
        if len(line) > 80 or not _DATE_HINT_RE.search(line, 0, 40):
            return
        only = _date_only(line)
        if only:
            if self.units < 40 and not self.cover_date:
                self.cover_date = only
            elif not self.loose_date:
                self.loose_date = only
            return
        if not self.dateline:
            m = _DATELINE_RE.search(line)
            if m:
                self.dateline = normalize_date(m.group(1))

    # -- assembly -------------------------------------------------------- #
    def _add(self, line: str) -> None:
        cur = self.cur
        if cur is None:
            self.cur = _Para(line, self.units)
        elif cur.rows is not None and _is_table_row(line) and not self.blank:
            cur.rows.append(line)
            cur.last = line
        elif _should_join(cur, line):
            cur.add(_joiner(cur.last, line), line)
        else:
            self.paragraphs.append(cur.text())
            self.cur = _Para(line, self.units)
        self.blank = False

    def finish(self) -> str:
        if self.cur is not None:
            self.paragraphs.append(self.cur.text())
            self.cur = None
        return "\n\n".join(self.paragraphs + self.notes)

    @property
    def best_title(self) -> str:
        return self.title or self.fallback_title or self.loose_title

    @property
    def date(self) -> str:
        return self.cover_date or self.dateline or self.loose_date


def _count_furniture(text: str, start: int, md: bool) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in _iter_lines(text, start, md):
        if line and line != _DROP:
            key = _furniture_key(line)
            if key is not None and (key in counts or len(counts) < 200_000):
                counts[key] = counts.get(key, 0) + 1
    return {k: v for k, v in counts.items() if v >= 3}


# --------------------------------------------------------------------------- #
# public API
# --------------------------------------------------------------------------- #

def _build(path_str: str, suffix: str, text: str, encoding: str, doc_id: str) -> Document:
    meta, start = _front_matter(text)
    has_html = _HTML_TAG_RE.search(text, start) is not None
    md_signals = bool(meta) or _MD_SIGNAL_RE.search(text, start) is not None
    doctype = re.match(r"\s*<(?:!doctype|html)", text[start:start + 1024], re.IGNORECASE) is not None
    if has_html and (doctype or not md_signals):
        fmt = "html"
    elif md_signals:
        fmt = "md"
    elif suffix in (".md", ".markdown"):
        fmt = "md"
    elif suffix in (".html", ".htm"):
        fmt = "html"
    else:
        fmt = "txt"

    html_meta: dict[str, str] = {}
    if has_html:
        text, html_meta = _html_to_text(text, start)
        start = 0
    md = fmt == "md"

    counts = _count_furniture(text, start, md)
    asm = _Assembler(counts)
    for line in _iter_lines(text, start, md):
        asm.feed(line)
    body = asm.finish()
    del text
    if not body.strip():
        raise LoadError(path_str, "no visible text after removing markup" if (has_html or meta) else "empty file")

    title = _meta_text(meta.get("title")) or html_meta.get("title", "") or asm.best_title
    if title and not _meta_text(meta.get("title")):
        title = _MULTI_SPACE_RE.sub(" ", _STRAY_SPACE_RE.sub("", title)).strip()
    date = ""
    for key in ("date", "publishdate", "published", "pubdate", "created", "time"):
        if key in meta:
            date = normalize_date(meta[key])
            if date:
                break
    date = date or html_meta.get("date", "") or asm.date
    source = ""
    for key in ("source", "publisher", "author"):
        source = _meta_text(meta.get(key))
        if source:
            break
    source = source or html_meta.get("source", "") or asm.source or _meta_text(meta.get("categories"))
    return Document(id=doc_id, path=path_str, text=body, title=title, date=date, source=source,
                    format=fmt, encoding=encoding)


def load_document(path: Path | str, doc_id: str | None = None) -> Document:
    """Load one file as a cleaned :class:`Document`.

    Raises :class:`LoadError` (``path``, ``reason``) when the file cannot be read
    as text: missing, a directory, no permission, empty, binary, undecodable."""
    path = Path(path)
    path_str = PurePath(path).as_posix()
    raw = _read(path)
    try:
        text, encoding = _decode(raw)
    except ValueError as err:
        raise LoadError(path_str, str(err)) from None
    del raw
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise LoadError(path_str, "empty file")
    return _build(path_str, path.suffix.lower(), text, encoding, doc_id or path.stem)


def _supported(name: str) -> bool:
    return name.lower().endswith(SUPPORTED_SUFFIXES)


def _walk(folder: Path) -> list[Path]:
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_root = Path(root).relative_to(folder)
        for name in files:
            if not name.startswith(".") and _supported(name):
                rel = rel_root / name
                found.append((rel.as_posix(), folder / rel))
    found.sort(key=lambda item: item[0])
    return [p for _, p in found]


def _unique_id(stem: str, used: dict[str, int]) -> str:
    if stem not in used:
        used[stem] = 1
        return stem
    n = used[stem]
    while True:
        n += 1
        candidate = f"{stem}~{n}"
        if candidate not in used:
            used[stem] = n
            used[candidate] = 1
            return candidate


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """A file to load, with the document id it will have."""

    path: str  # as given on the command line (posix separators)
    id: str

    def load(self) -> Document:
        """The loaded document (raises :class:`LoadError`)."""
        return load_document(self.path, doc_id=self.id)


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | Skipped]:
    """Every file named by ``paths`` (files or folders), not yet read.

    Folders are walked recursively (hidden files and folders ignored), their
    supported files in order of relative path. Yields a :class:`Source` per
    file and a :class:`Skipped` (path, reason) for each argument that cannot be
    used. Document ids are file stems, made unique with ``~2``, ``~3`` … in
    walk order; a file named twice (or through a link) is read once."""
    used: dict[str, int] = {}
    seen: dict[str, str] = {}
    for arg in paths:
        arg_path = Path(arg)
        arg_str = PurePath(arg).as_posix()
        if arg_path.is_dir():
            files = _walk(arg_path)
            if not files:
                yield Skipped(arg_str, f"no supported files ({_SUPPORTED_TEXT})")
                continue
        elif arg_path.exists() or arg_path.is_symlink():
            if not arg_path.exists():
                yield Skipped(arg_str, "does not exist (broken symbolic link)")
                continue
            if not _supported(arg_path.name):
                suffix = arg_path.suffix or "(no extension)"
                yield Skipped(arg_str, f"unsupported file type '{suffix}', expected one of {_SUPPORTED_TEXT}")
                continue
            files = [arg_path]
        else:
            yield Skipped(arg_str, "does not exist")
            continue
        for file in files:
            file_str = file.as_posix()
            try:
                real = os.path.realpath(file)
            except OSError:
                real = file_str
            if real in seen:
                yield Skipped(file_str, f"same file as {seen[real]}, loaded once")
                continue
            seen[real] = file_str
            yield Source(file_str, _unique_id(file.stem, used))


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Lazily load every file of :func:`iter_sources`: a :class:`Document` per
    loaded file, a :class:`Skipped` for each that could not be used; one bad
    file never stops the iteration."""
    for source in iter_sources(paths):
        if isinstance(source, Skipped):
            yield source
            continue
        try:
            yield source.load()
        except LoadError as err:
            yield Skipped(source.path, err.reason)

"""Dates as metadata gives them -> ISO 8601, as precise as given."""
from __future__ import annotations

import datetime as _dt
import re

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DATE_CORE = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
    r"|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?![\d.])"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)"
)
_ISO_PARTS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?"),
    re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)"),
    re.compile(r"(\d{4})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"(\d{4})\s*年?(?!\d)"),
)
_CN_DATE = re.compile(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?")
_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
DATETIME_RE = re.compile(
    r"[（(\[【]?\s*(" + DATE_CORE + r")\s*(?:" + _TIME + r")?\s*[）)\]】]?"
)
_STAMP_RE = re.compile(r"(" + DATE_CORE + r")\s*(?:" + _TIME + r")")
# a date in a file name: 20230110, 2023-01-10, 2023_01_10, 2023.01.10, 2023年1月10日
_FILE_DATE_RE = re.compile(
    r"(?<!\d)(\d{4})(?:([01]\d)([0-3]\d)|[-_.]([01]?\d)[-_.]([0-3]?\d)|年([01]?\d)月([0-3]?\d)日)(?!\d)"
)
FIRST_YEAR, LAST_YEAR = 1949, 2100  # a file-name date outside these years is a number, not a date


def _cn_number(s: str) -> int:
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    return _CN_DIGIT[s]


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """"2023", "2023-01" or "2023-01-10"; "" for an impossible year or month."""
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
    s = str(value).strip()[:200]
    m = _CN_DATE.search(s)
    if m:
        year = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
        return iso(year, _cn_number(m.group(2)), _cn_number(m.group(3)) if m.group(3) else None)
    for rx in _ISO_PARTS:
        m = rx.search(s)
        if m:
            groups = [int(g) if g else None for g in m.groups()] + [None, None]
            return iso(groups[0], groups[1], groups[2])
    return ""


def date_only(line: str) -> str:
    """The ISO date if ``line`` is just a date, maybe with a time and brackets."""
    if len(line) > 40 or not line[:1].isdigit() and line[:1] not in "（(【[〇零○一二三四五六七八九":
        return ""
    m = DATETIME_RE.fullmatch(line)
    return normalize_date(m.group(1)) if m else ""


def is_timestamp(text: str) -> bool:
    """A date with a clock time ("2016-07-27 18:52"): when a page was published
    or printed, never a date an official document states about itself."""
    return _STAMP_RE.search(text) is not None


def file_name_date(stem: str) -> str:
    """The date a file name carries (20230110, 2023-01-10, 2023_01_10, 2023年1月10日)
    when it is a real calendar day in a plausible year; else ""."""
    for m in _FILE_DATE_RE.finditer(stem):
        year = int(m.group(1))
        month, day = next((m.group(i), m.group(i + 1)) for i in (2, 4, 6) if m.group(i))
        if not FIRST_YEAR <= year <= LAST_YEAR:
            continue
        try:
            return _dt.date(year, int(month), int(day)).isoformat()
        except ValueError:
            continue
    return ""


_DATE_HINT_RE = re.compile(r"[\d〇○年]")
_DATELINE_RE = re.compile(
    r"(?:发布|发文|成文|印发|更新|公布|发稿|出版|撰稿)?(?:时间|日期)\s*[：:]\s*(" + DATE_CORE + r")"
)


def text_date(text: str, head_paragraphs: int = 40) -> str:
    """The date a text shows on its own lines, for documents whose metadata
    gives none: a paragraph that is only a date among the first
    ``head_paragraphs`` (a cover or title-page date), else a "日期：…" field
    line, else the first paragraph further down that is only a date (an
    official document's 成文日期). "" when there is none.

    Not used by :func:`~policykg.load.load_document` (whose ``date`` is
    metadata only): a bridge for the extraction until the ``structure`` stage
    dates documents from their parts."""
    cover = dateline = loose = ""
    pos, index, n = 0, 0, len(text)
    while pos < n and not cover:
        end = text.find("\n\n", pos)
        end = n if end < 0 else end
        para = text[pos:min(end, pos + 200)]
        pos, index = end + 2, index + 1
        if len(para) > 80 or "\n" in para or not _DATE_HINT_RE.search(para, 0, 40):
            continue
        only = date_only(para)
        if only:
            if index <= head_paragraphs:
                cover = only
            elif not loose:
                loose = only
        elif not dateline:
            m = _DATELINE_RE.search(para)
            if m:
                dateline = normalize_date(m.group(1))
    return cover or dateline or loose

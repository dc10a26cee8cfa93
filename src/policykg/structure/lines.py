"""Lines of a document text with their offsets, and the line patterns the
structure stage reads (dates standing alone, 文号, numbered headings)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..time import find_times

CN_NUM = "一二三四五六七八九十百零〇"
CN_DIGIT = "〇零○O0一二三四五六七八九"  # the digits of a year written in Chinese numerals (二〇二三年; 二O二三年 typed)
CN_DATE = rf"[{CN_DIGIT}]{{4}}\s*年\s*[{CN_NUM}]{{1,3}}\s*月\s*[{CN_NUM}]{{1,3}}\s*日"


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: [start, end) of the document text, stripped."""

    index: int
    start: int
    end: int
    text: str


def lines_of(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(len(out), pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


# 文号: 国办发〔2024〕6号, 皖开放办〔2022〕6号, 国家互联网信息办公室令第9号, 主席令第116号, 公告2023年第5号,
# 某部令2025年第9号
DOC_NUMBER = re.compile(
    r"(?P<number>[\u4e00-\u9fffA-Za-z]{1,20}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号"
    r"|[\u4e00-\u9fff]{1,24}令\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:（?第\s*)?[\d一二三四五六七八九十百零〇]{1,6}\s*号）?"
    r"|[\u4e00-\u9fff]{0,20}公告\s*(?:(?:19|20)\d{2}\s*年)?\s*第\s*\d{1,4}\s*号)"
)
DOC_NUMBER_LINE = re.compile(rf"^[（(]?\s*(?:{DOC_NUMBER.pattern})\s*[)）]?$")


def doc_number_in(line: str) -> str:
    """The 文号 when the line is nothing else (brackets allowed), else ""."""
    m = DOC_NUMBER_LINE.match(line.strip())
    return re.sub(r"\s+", "", m.group("number")) if m else ""


DATE_ONLY = re.compile(
    r"^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|{CN_DATE}"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*[)）]?(?:(?:附件|抄送)\s*\d?\s*[：:].*|[（(][^（）()]{2,20}[）)])?$"  # (…日附件：: a
    # printed page ran the next line on; …日（此件公开发布）, （信息公开形式：主动公开）: its note)
)
# a date opening a line and saying what happened then: "（2021年8月20日第十三届全国人民代表大会常务委员会第三十次会议通过）"
DATE_ADOPTED = re.compile(
    r"[（(]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?P<rest>[^（）()]{0,80}?)(?:通过|发布|印发|公布|修订|修正|批准)[^（）()]{0,30}[)）]"
)


def doc_number_opening(line: str) -> str:
    """The 文号 a line opens with (国家互联网信息办公室令第13号《…》已经…), else ""."""
    m = DOC_NUMBER.match(line.strip())
    return re.sub(r"\s+", "", m.group("number")) if m and (m.end() == len(line.strip()) or line.strip()[m.end()] in "《（(，, ") else ""


def date_of_line(line: str) -> str:
    """The ISO date when the line is only a date (成文日期), else ""."""
    if not DATE_ONLY.match(line.strip()):
        return ""
    times = find_times(line)
    return times[0].value if times and len(times[0].value) == 10 else ""


def trailing_date(line: str) -> tuple[str, str]:
    """(text before, ISO date) for a signature line ending with a full date
    ("国家互联网信息办公室主任 庄荣文2022年7月7日"), else ("", "")."""
    m = re.search(rf"((?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE})\s*$", line)
    if not m or m.start() == 0:
        return "", ""
    times = find_times(m.group(1))
    if not times or len(times[0].value) != 10:
        return "", ""
    return line[:m.start()].strip(), times[0].value


# numbered headings: level and the pattern of the number
HEADING_NUMBERS = (
    (1, re.compile(rf"^第[{CN_NUM}]+[章编]\s*")),
    (2, re.compile(rf"^第[{CN_NUM}]+节\s*")),
    (1, re.compile(rf"^[{CN_NUM}]+\s*[、．.]\s*")),
    (2, re.compile(rf"^[（(][{CN_NUM}]+[）)]\s*")),
    (3, re.compile(r"^\d{1,2}\s*[、．.](?!\d)\s*")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]\s*")),
    (5, re.compile(rf"^第[{CN_NUM}\d]+条\s*")),
)


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, heading text) when the line starts with a section number; the
    heading text is the line up to its first full stop (or the whole line)."""
    for level, number in HEADING_NUMBERS:
        m = number.match(line)
        if m and m.end() < len(line):
            rest = line[m.end():]
            stop = re.search(r"[。；;！!？?]", rest)
            label = rest[:stop.start()] if stop else rest
            if level == 5 and not stop and len(rest) > 40:
                label = rest[:40]
            return level, label.strip()
    return None


COLUMN_TAG = re.compile(r"【[^【】]{2,8}】")  # a news site's column before a headline (【聚焦两会】)
MENU_ITEM = 8  # characters a line is at least when a title without 关于 wraps from it (not a menu's 历史沿革)


def in_menu(lines: list[Line], i: int) -> bool:
    """Line ``i`` is short and so are the lines either side of it: an item of a menu written one item a line."""
    return 0 < i < len(lines) - 1 and all(len(line.text.strip()) < MENU_ITEM for line in lines[i - 1:i + 2])

"""The 落款 of an official document: the issuing bodies and the 成文日期 that
close it — a block of lines, a line ending with the date, a signature run
into the text (a web page printed to PDF), a decree signed by its head."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import pattern
from ..names import normalize_name, split_bodies
from ..records import Part
from .lines import CN_DATE, Line, date_of_line, trailing_date

HEAD_TITLES = "issuers:signature_titles"  # the word list of a body's head signing (主任, 部长, 总理 …)
# a decree signed by its head: "国家互联网信息办公室主任 某某 2022年7月7日"
SIGNED_BY_PERSON = (r"(?P<body>[^，。；\s]{2,40}?)(?:{})\s*"
                    r"(?P<person>[\u4e00-\u9fff]{2,4})\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
SIGNED_BY_HEAD = r"^(?P<body>[\u4e00-\u9fff]{0,40}?)(?:{})\s*[\u4e00-\u9fff]{2,4}$"  # "总理李强", "某某部部长王某"
ENDS_WITH_HEAD = r"(?:{})\s*\S{2,4}$"  # a signature line's text ending with a head and his name
INLINE_SIGNED = re.compile(rf"(?<=[。！？])(?P<by>[^。！？，；：:、\s（）()《》“”]{{2,80}}?)"
                           rf"(?P<date>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE})")
TITLE_PREFIX = 8  # characters of a long title that must follow an inline signature
SIGNATURE_LINES = 12  # lines of issuing bodies above a date (ten or more departments sign two or three a line)
SIGNED_AREA = 600  # characters after the title where a decree's signature (机关 + 职务 + 姓名 + 日期) is looked for


@dataclass(frozen=True)
class Signature:
    lines: tuple[Line, ...]  # the body lines (may be empty) and the date line
    issuers: tuple[str, ...]
    date: str
    span: tuple[int, int] = (-1, -1)  # (start, end) of a signature inside a line, else the lines'
    date_span: tuple[int, int] = (-1, -1)  # where its date is written, when inside a line

    @property
    def start(self) -> int:
        return self.span[0] if self.span[0] >= 0 else self.lines[0].start

    @property
    def end(self) -> int:
        return self.span[1] if self.span[1] >= 0 else self.lines[-1].end

    @property
    def date_start(self) -> int:
        return self.date_span[0] if self.date_span[0] >= 0 else self.lines[-1].start

    @property
    def date_end(self) -> int:
        return self.date_span[1] if self.date_span[1] >= 0 else self.lines[-1].end


def signature_at(lines: list[Line], i: int) -> Signature | None:
    """The signature block ending with line ``i``: a date standing alone (or
    glued to the last body line), after up to SIGNATURE_LINES lines of issuing bodies."""
    line = lines[i]
    date = date_of_line(line.text)
    month = MONTH_ONLY.match(line.text.strip()) if not date else None  # (2023年12月: a date the bodies above it sign)
    date = f"{month.group(1)}-{int(month.group(2)):02d}" if month else date
    glued: tuple[str, ...] = ()
    if not date:
        before, date = trailing_date(line.text)
        if not date or len(before) > 60:
            return None
        glued = split_bodies(re.sub(r"\s+\S{2,4}$", "", before)) or split_bodies(before)
        if not glued and not pattern(HEAD_TITLES, ENDS_WITH_HEAD).search(before):
            return None
    bodies: list[str] = list(glued)
    first = i
    for j in range(i - 1, max(-1, i - 1 - SIGNATURE_LINES), -1):
        names = split_bodies(lines[j].text) if len(lines[j].text) <= 60 else ()
        if not names:
            break
        bodies[:0] = names
        first = j
    if month and not bodies:
        return None
    return Signature(tuple(lines[first:i + 1]), tuple(dict.fromkeys(bodies)), date)


MONTH_ONLY = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月$")


def inline_signatures(lines: list[Line], titles: tuple[str, ...]) -> list[Signature]:
    """Signatures run into the text (a web page printed to PDF): after a
    sentence, the issuing bodies or a head's title and name, the full date, and
    right after it the title of the document or of a policy it issues ("…遵照执行。
    某某部2025年3月7日某某办法第一条…")."""
    out = []
    for k, line in enumerate(lines):
        for m in INLINE_SIGNED.finditer(line.text):
            after = line.text[m.end():] + (lines[k + 1].text if k + 1 < len(lines) else "")
            if not any(title_follows(after, t) for t in titles):
                continue
            sig = inline_signature(line, m)
            if sig is not None:
                out.append(sig)
    return out


def inline_signature(line: Line, m: re.Match) -> Signature | None:
    """The signature an INLINE_SIGNED match is: its bodies (or a head's title and name) and date."""
    from ..time import find_times

    by = m.group("by")
    person = pattern(HEAD_TITLES, SIGNED_BY_HEAD).match(by)
    bodies = split_bodies(person.group("body")) if person and person.group("body") else ()
    if person is None:
        bodies = split_bodies(by) if not re.search(r"\d", by) else ()
        if not bodies:
            return None
    times = find_times(m.group("date"))
    if not times or len(times[0].value) != 10:
        return None
    span = (line.start + m.start(), line.start + m.end())
    return Signature((line,), bodies, times[0].value, span, (line.start + m.start("date"), span[1]))


def title_follows(after: str, title: str) -> bool:
    """True when ``after`` starts with the title (its first TITLE_PREFIX characters for a long one)."""
    t, a = normalize_name(title), normalize_name(after[:len(title) + 10])
    n = min(len(t), TITLE_PREFIX)
    return len(t) >= 4 and a[:n] == t[:n]


def signatures(lines: list[Line], start: int = 0) -> list[Signature]:
    """Every signature block from line ``start`` on, in order."""
    out = []
    for i in range(start, len(lines)):
        if len(lines[i].text) <= 70:
            sig = signature_at(lines, i)
            if sig is not None:
                out.append(sig)
    return out


def signature_parts(sig: Signature) -> list[Part]:
    return [Part("signature", sig.start, sig.end, "|".join(sig.issuers)), Part("date", sig.date_start, sig.date_end, sig.date)]


def decree_signature(text: str, after: int) -> list[Part]:
    """A decree signed by its head (国家互联网信息办公室主任 庄荣文 2022年7月7日) shortly
    after the title, its parts possibly on several lines: the body as a header
    part and the date."""
    from ..time import find_times

    area = text[after:after + SIGNED_AREA]
    signed = pattern(HEAD_TITLES, SIGNED_BY_PERSON).search(re.sub(r"\s", " ", area))
    if signed is None:
        return []
    start, end = after + signed.start(), after + signed.end()
    out = []
    bodies = split_bodies(signed.group("body").strip())
    if bodies:
        out.append(Part("header", start, end, "|".join(bodies)))
    times = find_times(signed.group("date"))
    if times and len(times[0].value) == 10:
        out.append(Part("date", start, end, times[0].value))
    return out

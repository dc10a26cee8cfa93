"""The parts of an official document (公文, GB/T 9704): 标题, 发文字号, 主送机关,
落款 (issuing bodies) with 成文日期, 抄送, 附件, and the policies a 印发 notice
issues — "X关于印发《A》《B》的通知" is one file holding the notice and A and B.

Every part is a :class:`~policykg.records.Part` with offsets into the text;
the extractors turn them into facts with their evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import words
from ..names import genre, normalize_name, split_bodies, strip_issuer
from ..records import Part
from .lines import CN_DATE, DATE_ADOPTED, Line, date_of_line, doc_number_in, doc_number_opening, trailing_date

HEADER_LINES = 30  # the title block is within the first lines
TITLE_MAX = 160
ISSUED_TITLES = re.compile(r"《(?P<title>[^《》\n]{2,150})》")
WRAPPED = re.compile(r"^(?P<prefix>.*?)(?:关于)?(?P<verb>印发|转发|发布|公布|颁布|下发)(?P<inner>.+?)的(?:通知|通告|公告|决定)$")
HEADLINE = re.compile(r"^(?P<prefix>[^《》]{2,80}?)(?:联合)?(?:印发|发布|公布|颁布|出台)了?(?P<inner>《[^《》]{2,150}》(?:[、和及]《[^《》]{2,150}》)*)$")
METADATA_LINE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|来源|时间|发布|日期|作者|编辑|责任编辑|字号|浏览|阅读|点击|分享|打印|【|http|www\.)")
BODY_END = re.compile(r"[。；;！？]$")
TITLE_BY = re.compile(r"^(?P<title>[^，,。]{4,150})[，,]\s*(?P<by>[^，,。]{2,80}?)(?:等)?$")  # "标题，发布机关"
SIGNED_BY_PERSON = re.compile(r"(?P<body>[^，。；\s]{2,40}?)(?:主任|部长|局长|主席|总理|署长|行长|书记|省长|市长|委员长)\s*"
                              r"(?P<person>[\u4e00-\u9fff]{2,4})\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
INLINE_SIGNED = re.compile(rf"(?<=[。！？])(?P<by>[^。！？，；：:、\s（）()《》“”]{{2,80}}?)"
                           rf"(?P<date>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE})")
SIGNED_BY_HEAD = re.compile(r"^(?P<body>[\u4e00-\u9fff]{0,40}?)(?:主任|部长|局长|主席|总理|署长|行长|书记|省长|市长|委员长)"
                            r"\s*[\u4e00-\u9fff]{2,4}$")  # "总理李强", "某某部部长王某"
TITLE_PREFIX = 8  # characters of a long title that must follow an inline signature
SIGNED_AREA = 600  # characters after the title where a decree's signature (机关 + 职务 + 姓名 + 日期) is looked for
DECREE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,24}?)令")
DATED = re.compile(r"\d\s*月\s*\d{1,2}\s*日")  # a line with a day in it (a news dateline) names no issuing bodies
ADOPTION_LOOKS = 5  # occurrences of the title looked at for its adoption note
DECREE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,24}令$")  # a decree's 版头 "工业和信息化部令", its number on the next line
DECREE_NUMBER = re.compile(r"^[（(]?\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号\s*[)）]?$")


@dataclass(frozen=True)
class Title:
    lines: tuple[Line, ...]
    text: str  # the title as one string (lines joined)
    policy: str  # the title without an issuer prefix and without a 印发 wrapper
    issuers: tuple[str, ...]  # bodies named before 关于 / before 印发
    issued: tuple[str, ...]  # titles of the policies a 印发 notice or headline issues
    cut: int = 0  # characters after the title on its last line ("标题，发布机关")
    signer: tuple[str, ...] = ()  # bodies named after the title on its line ("标题，发布机关")

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end - self.cut


def is_title_text(text: str) -> bool:
    """A title: a known genre at its end (after qualifiers), or 关于…的 + genre, no full stop inside."""
    if not 4 <= len(text) <= TITLE_MAX or "。" in text[:-1] or METADATA_LINE.match(text):
        return False
    if HEADLINE.match(text):
        return True
    g = genre(text)
    return g is not None


def doubled(text: str) -> int:
    """Where a line that holds the same title twice (an export printing the title
    twice, the copies run together) is cut in two; 0 when it is not such a line."""
    half = len(text) // 2
    for k in range(max(1, half - 3), min(len(text), half + 4)):
        if len(text) > 20 and normalize_name(text[:k]) == normalize_name(text[k:]):
            return k
    return 0


def find_title(lines: list[Line]) -> Title | None:
    """The first title of the header block (joining a title wrapped over two or
    three lines; a title printed twice on one line counts once)."""
    for i, line in enumerate(lines[:HEADER_LINES]):
        cut = doubled(line.text)
        if cut and is_title_text(line.text[:cut]):
            title = make_title((line,), line.text[:cut])
            return Title(title.lines, title.text, title.policy, title.issuers, title.issued, len(line.text) - cut)
        if is_body_paragraph(line):
            break
        for n in (1, 2, 3):
            group = lines[i:i + n]
            if len(group) < n or any(is_body_paragraph(g) or doc_number_in(g.text) for g in group):
                break
            text = "".join(g.text for g in group)
            if n > 1 and (len(group[-1].text) > 40 or is_title_text(group[0].text)):
                break
            if is_title_text(text):
                return make_title(tuple(group), text)
            signed = TITLE_BY.match(text)
            if n == 1 and signed and is_title_text(signed.group("title")) and split_bodies(signed.group("by")):
                title = make_title(tuple(group), signed.group("title"))
                by = split_bodies(signed.group("by"))
                return Title(title.lines, title.text, title.policy, by, title.issued, len(text) - signed.end("title"), by)
    return None


def make_title(lines: tuple[Line, ...], text: str) -> Title:
    text = re.sub(r"\s+", " ", text).strip()
    headline = HEADLINE.match(text)
    if headline:
        issued = tuple(m.group("title") for m in ISSUED_TITLES.finditer(headline.group("inner")))
        issuers = split_bodies(headline.group("prefix"))
        return Title(lines, text, issued[0] if issued else text, issuers, issued)
    bare, issuers = strip_issuer(text)
    wrapped = WRAPPED.match(normalize_name(text))
    issued: tuple[str, ...] = ()
    if wrapped and wrapped.group("verb") in words("structure", "issue_verbs"):
        inner = wrapped.group("inner")
        issued = tuple(m.group("title") for m in ISSUED_TITLES.finditer(text)) or (inner.strip("《》〈〉<>"),)
        if not issuers:
            issuers = split_bodies(wrapped.group("prefix"))
    return Title(lines, text, bare, issuers, issued)


def is_body_paragraph(line: Line) -> bool:
    """A line of running text: long, or ending a sentence."""
    return len(line.text) > 90 or (len(line.text) > 30 and BODY_END.search(line.text) is not None)


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
    glued to the last body line), after up to four lines of issuing bodies."""
    line = lines[i]
    date = date_of_line(line.text)
    glued: tuple[str, ...] = ()
    if not date:
        before, date = trailing_date(line.text)
        if not date or len(before) > 60:
            return None
        glued = split_bodies(re.sub(r"\s+\S{2,4}$", "", before)) or split_bodies(before)
        if not glued and not re.search(r"(?:主任|部长|局长|主席|总理|署长|行长|书记)\s*\S{2,4}$", before):
            return None
    bodies: list[str] = list(glued)
    first = i
    for j in range(i - 1, max(-1, i - 5), -1):
        names = split_bodies(lines[j].text) if len(lines[j].text) <= 60 else ()
        if not names:
            break
        bodies[:0] = names
        first = j
    if not bodies and not glued and i > 0 and not BODY_END.search(lines[i - 1].text):
        pass  # a date under a title or alone: still a date of the document
    return Signature(tuple(lines[first:i + 1]), tuple(dict.fromkeys(bodies)), date)


def inline_signatures(lines: list[Line], title: Title) -> list[Signature]:
    """Signatures run into the text (a web page printed to PDF): after a
    sentence, the issuing bodies or a head's title and name, the full date, and
    right after it the title of the document or of a policy it issues ("…遵照执行。
    某某部2025年3月7日某某办法第一条…")."""
    titles = (title.policy, *title.issued)
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
    person = SIGNED_BY_HEAD.match(by)
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


def header_date(lines: list[Line], title: Title) -> tuple[tuple[int, int], str, str] | None:
    """A date line right under the title: "（2020年3月30日）" or "（2021年8月20日第十三届
    全国人民代表大会常务委员会第三十次会议通过）": ((start, end), ISO date, the body that adopted it)."""
    after = title.lines[-1].index + 1
    for line in lines[after:after + 4]:
        date = date_of_line(line.text)
        if date:
            return (line.start, line.end), date, ""
        m = DATE_ADOPTED.search(line.text)
        if m and adoption(m):
            return (line.start, line.end), *adoption(m)
        if is_body_paragraph(line):
            break
    return None


def adoption(m: re.Match) -> tuple[str, str] | None:
    """(ISO date, the body that adopted the text) of an adoption note, None when the date is not a full date."""
    from ..time import find_times

    times = find_times(m.group("date"))
    if not times or len(times[0].value) != 10:
        return None
    meeting = re.sub(r"第[一二三四五六七八九十百零〇\d]+[届次]", " ", m.group("rest"))
    adopted = next((n for piece in meeting.split() for n in split_bodies(re.sub(r"会议$", "", piece))), "")
    return times[0].value, adopted


def title_adopted(text: str, title: Title) -> tuple[tuple[int, int], str, str] | None:
    """The adoption note written right after the document's own title further on
    (a page printed with its navigation first: "…法（2022年9月2日…会议通过）")."""
    policy = title.policy
    pos = text.find(policy, title.end)
    for _ in range(ADOPTION_LOOKS):
        if pos < 0:
            return None
        m = DATE_ADOPTED.match(text, pos + len(policy))
        if m and adoption(m):
            return (m.start(), m.end()), *adoption(m)
        pos = text.find(policy, pos + len(policy))
    return None


def official_parts(lines: list[Line], title: Title | None, text: str = "") -> list[Part]:
    """The parts of an official document: title, 文号, recipients, the issuing
    bodies of the header, the signature blocks and dates, attachments, 抄送, and
    one ``policy`` part per policy the file holds (the document's own, and each
    policy a 印发 notice issues, with the range of its text)."""
    parts: list[Part] = []
    end = lines[-1].end if lines else 0
    if title is None:
        return parts
    parts.append(Part("title", title.start, title.end, title.text))
    if title.signer:
        by = title.lines[-1].text[-title.cut:]
        start = title.lines[-1].end - len(by.lstrip("，, "))
        parts.append(Part("header", start, title.lines[-1].end, "|".join(title.signer)))
    head = title.lines[-1].index + 1
    parts += doc_number_parts(lines[:head + 8], lines)
    parts += decree_signature(text, title.end)
    for line in lines[head:head + 8]:
        if is_recipients(line.text):
            parts.append(Part("recipients", line.start, line.end, line.text.rstrip("：:")))
            break
    for line in lines[head:head + 3]:
        names = split_bodies(line.text) if len(line.text) <= 60 and not DATED.search(line.text) else ()
        if names:
            parts.append(Part("header", line.start, line.end, "|".join(names)))
    parts += header_date_parts(lines, title, text)
    sigs = signatures(lines, head)
    policies = embedded_policies(lines, title, sigs)
    policies = sorted(policies + attached_policies(lines, head, policies), key=lambda p: p.start)
    own_end = policies[0].start if policies else end
    notice_sigs = [s for s in sigs if s.end <= own_end] or ([] if policies else sigs[-1:])
    notice_sigs = notice_sigs or inline_signatures(lines[head:], title)[:1]
    for sig in notice_sigs[:1] if policies else notice_sigs[-1:]:
        parts += signature_parts(sig)
    parts.append(Part("policy", title.start, own_end, title.policy, role="own"))
    parts.extend(policies)
    for policy in policies:
        for sig in sigs:
            if policy.start < sig.start and sig.end <= policy.end and sig.issuers:
                parts += signature_parts(sig)
    parts.extend(attachments(lines, head))
    for line in lines[head:]:
        if line.text.startswith(words("structure", "copy_to_words")):
            parts.append(Part("cc", line.start, line.end, line.text))
    return parts


def signature_parts(sig: Signature) -> list[Part]:
    return [Part("signature", sig.start, sig.end, "|".join(sig.issuers)), Part("date", sig.date_start, sig.date_end, sig.date)]


def header_date_parts(lines: list[Line], title: Title, text: str) -> list[Part]:
    """The date under the title (and the body that adopted the text, when the
    date line says so), else the adoption note the title carries further on."""
    dated = header_date(lines, title) or title_adopted(text, title)
    if not dated:
        return []
    (start, end), date, adopted = dated
    return [Part("date", start, end, date)] + ([Part("header", start, end, adopted)] if adopted else [])


def doc_number_parts(head: list[Line], lines: list[Line]) -> list[Part]:
    """The 文号 of the header block (the first line that is one, opens with one,
    or ends a title with one; or a decree's 版头 "X令" above "第N号"), and the
    body a decree number names as a header part."""
    for line in head:
        number = doc_number_in(line.text) or doc_number_opening(line.text) or doc_number_after_title(line.text)
        end = line.end
        if not number and DECREE_HEAD.match(line.text) and line.index + 1 < len(lines):
            below = lines[line.index + 1]
            number = doc_number_in(line.text + below.text) if DECREE_NUMBER.match(below.text) else ""
            end = below.end
        if number:
            out = [Part("doc_number", line.start, end, number)]
            decree = DECREE.match(number)
            if decree and split_bodies(decree.group("body")):
                out.append(Part("header", line.start, end, "|".join(split_bodies(decree.group("body")))))
            return out
    return []


def doc_number_after_title(line: str) -> str:
    """The 文号 a title line ends with ("关于印发《X》的通知国信办发文〔2021〕7号"), else ""."""
    if not line.endswith("号") or len(line) > TITLE_MAX:
        return ""
    for k in range(len(line) - 4, 3, -1):  # the longest 文号 after a title
        number = doc_number_in(line[k:])
        if number and is_title_text(line[:k]):
            return number
    return ""


def decree_signature(text: str, after: int) -> list[Part]:
    """A decree signed by its head (国家互联网信息办公室主任 庄荣文 2022年7月7日) shortly
    after the title, its parts possibly on several lines: the body as a header
    part and the date."""
    from ..time import find_times

    area = text[after:after + SIGNED_AREA]
    signed = SIGNED_BY_PERSON.search(re.sub(r"\s", " ", area))
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


def is_recipients(text: str) -> bool:
    return text.endswith(("：", ":")) and len(text) <= 150 and any(w in text for w in words("structure", "recipient_words"))


def embedded_policies(lines: list[Line], title: Title, sigs: list[Signature]) -> list[Part]:
    """The policies a 印发 notice issues, each from its own title line (after
    the notice) to the next one or the end: ``policy`` parts with role "issued"."""
    if not title.issued or title.lines[0].index > 3 and HEADLINE.match(title.text):
        return []
    head = title.lines[-1].index + 1
    wanted = [(t, normalize_name(t)) for t in title.issued]
    found: list[tuple[int, str]] = []
    for line in lines[head:]:
        norm = normalize_name(line.text)
        for t, key in wanted:
            if norm == key or (norm.endswith(key) and len(norm) - len(key) <= 12 and not BODY_END.search(line.text)):
                if all(t != f[1] for f in found):
                    found.append((line.index, t))
    if not found and sigs and HEADLINE.match(title.text) is None:
        sig = sigs[0]
        after = sig.lines[-1].index + 1
        if after < len(lines) and len(title.issued) == 1:
            found = [(after, title.issued[0])]
    found.sort()
    out = []
    end = lines[-1].end
    for k, (index, t) in enumerate(found):
        stop = lines[found[k + 1][0]].start if k + 1 < len(found) else end
        out.append(Part("policy", lines[index].start, stop, t, role="issued"))
    return out


ATTACHMENT = re.compile(r"^附件\s*(?P<n>\d{0,2})\s*[：:]?\s*(?:\d{1,2}\s*[.．、](?!\d)\s*)?(?P<title>.*)$")
LISTED = re.compile(r"^\d{1,2}\s*[.．、](?!\d)\s*(?P<title>.+)$")  # "2.Y" under "附件：1.X"
ATTACHMENT_LINE_MAX = 80
ATTACHMENT_TEXT_MIN = 200  # an attachment has a text; a list entry only names one


@dataclass(frozen=True)
class Attached:
    """Where an attachment starts: its first line ("附件1：X", "附件" above X, or
    X's title line), its title X and where X is written."""

    line: Line
    label: str
    title_start: int


def attachment_line(lines: list[Line], line: Line) -> Attached | None:
    """The attachment a line "附件1：X" or "附件" (X on the next line) starts, else None."""
    m = ATTACHMENT.match(line.text)
    if not m or len(line.text) > ATTACHMENT_LINE_MAX:
        return None
    label, at = m.group("title").strip(), line.start + m.start("title")
    if not label and line.index + 1 < len(lines):
        label, at = lines[line.index + 1].text, lines[line.index + 1].start
    return Attached(line, label, at) if label else None


def attachment_starts(lines: list[Line], head: int) -> list[Attached]:
    """Every line an attachment starts at, in order: "附件1：X" lines, and the
    title lines of the attachments a list (附件：1.X 2.Y) names."""
    starts: list[Attached] = []
    listed: dict[str, str] = {}  # the normalised titles a list of attachments names
    in_list = False
    for line in lines[head:]:
        found = attachment_line(lines, line)
        item = LISTED.match(line.text) if in_list and found is None and len(line.text) <= ATTACHMENT_LINE_MAX else None
        if found is not None or item is not None:
            label = found.label if found is not None else item.group("title").strip()
            listed.setdefault(normalize_name(label), label)
            if found is not None:
                starts.append(found)
            in_list = True
            continue
        in_list = False
        key = normalize_name(line.text)
        if key in listed and not any(a.title_start == line.start for a in starts):
            starts.append(Attached(line, listed[key], line.start))
    return starts


def attachment_ranges(lines: list[Line], head: int) -> list[tuple[Attached, int]]:
    """(start, end offset) of each attachment with a text: it runs to the next
    attachment or the end of the file."""
    starts = attachment_starts(lines, head)
    end = lines[-1].end if lines else 0
    out = []
    for k, start in enumerate(starts):
        stop = starts[k + 1].line.start if k + 1 < len(starts) else end
        if stop - start.line.end > ATTACHMENT_TEXT_MIN:
            out.append((start, stop))
    return out


def attachments(lines: list[Line], head: int) -> list[Part]:
    """Attachments: from a line "附件1：X" (or "附件" followed by X's title line,
    or X's title line after a list naming X) to the next attachment or the end.
    Lists of attachments right after the body (附件：1.X 2.Y) only name them."""
    return [Part("attachment", a.line.start, stop, a.label) for a, stop in attachment_ranges(lines, head)]


def attached_policies(lines: list[Line], head: int, issued: list[Part]) -> list[Part]:
    """The policies attachments hold (附件 + a policy's title): a ``policy`` part
    with role "attached" from the title to the attachment's end, unless the
    policy is one a 印发 notice issues (already a part)."""
    known = {normalize_name(p.label) for p in issued}
    out = []
    for a, stop in attachment_ranges(lines, head):
        g = genre(a.label)
        if g is not None and not g[1] and normalize_name(a.label) not in known:
            out.append(Part("policy", a.title_start, stop, a.label, role="attached"))
    return out

"""The parts of an official document (公文, GB/T 9704): 标题, 发文字号, 主送机关,
落款 (issuing bodies) with 成文日期, 抄送, 附件, and the policies a 印发 notice
issues — "X关于印发《A》《B》的通知" is one file holding the notice and A and B.

Every part is a :class:`~policykg.records.Part` with offsets into the text;
the extractors turn them into facts with their evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicon import words
from ..names import genre, issued_bare, normalize_name, split_bodies, strip_issuer
from ..records import Part
from .attachments import ATTACHMENT, attached_policies, attachments
from .lines import (COLUMN_TAG, DATE_ADOPTED, DOC_NUMBER, MENU_ITEM, Line, date_of_line, doc_number_in,
                    doc_number_opening, in_menu)
from .signatures import Signature, decree_signature, inline_signatures, signature_parts, signatures, title_follows

HEADER_LINES = 30  # the title block is within the first lines
TITLE_MAX = 160
ISSUED_TITLES = re.compile(r"《(?P<title>[^《》\n]{2,150})》")
WRAPPED = re.compile(r"^(?P<prefix>.*?)(?:关于)?(?P<verb>印发|转发|发布|公布|颁布|下发)(?P<inner>.+?)的(?:通知|通告|公告|决定)$")
HEADLINE = re.compile(r"^(?P<prefix>[^《》]{2,80}?)(?:联合)?(?:印发|发布|公布|颁布|出台)了?(?P<inner>《[^《》]{2,150}》(?:[、和及]《[^《》]{2,150}》)*)$")
METADATA_LINE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|来源|时间|发布|日期|作者|编辑|责任编辑|字号|浏览|阅读|点击|分享|打印|【|http|www\.)")
BODY_END = re.compile(r"[。；;！？]$")
NUMBER_AFTER_TITLE = re.compile(r"[（(](?P<number>[^（）()]{4,30}号)[）)]$")
TITLE_BY = re.compile(r"^(?P<title>[^，,。]{4,150})[，,]\s*(?P<by>[^，,。]{2,80}?)(?:等)?$")  # "标题，发布机关"
DECREE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,24}?)令")
DATED = re.compile(r"\d\s*月\s*\d{1,2}\s*日")  # a line with a day in it (a news dateline) names no issuing bodies
TITLE_SLACK = 12  # characters a title may have more or less where it is written again
ADOPTION_LOOKS = 5  # occurrences of the title looked at for its adoption note
DECREE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:令|公告)$")  # a decree's or an announcement's 版头 "工业和信息化部令",
# "某某税务局公告", its number on the next line
LIST_ITEM = re.compile(r"^\s*\d{1,2}\s*[.．、]")  # an item of a numbered list (2.某某措施)
DECREE_NUMBER = re.compile(r"^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号\s*[)）]?$")


@dataclass(frozen=True)
class Title:
    lines: tuple[Line, ...]
    text: str  # the title as one string (lines joined)
    policy: str  # the title without an issuer prefix and without a 印发 wrapper
    issuers: tuple[str, ...]  # bodies named before 关于 / before 印发
    issued: tuple[str, ...]  # titles of the policies a 印发 notice or headline issues
    cut: int = 0  # characters after the title on its last line ("标题，发布机关")
    signer: tuple[str, ...] = ()  # bodies named after the title on its line ("标题，发布机关")
    decreed: bool = False  # promulgated by a decree whose 版头 opens the document (某市人民政府令 / 第12号)
    forwarded_by: tuple[str, ...] | None = None  # a notice forwarding another's document (X关于转发Y关于…的意见的通知):
    # the bodies Y (maybe none); None for other titles
    lead: int = 0  # characters before the title on its first line (a site's column, 【聚焦两会】)

    @property
    def start(self) -> int:
        return self.lines[0].start + self.lead

    @property
    def end(self) -> int:
        return self.lines[-1].end - self.cut


def is_title_text(text: str) -> bool:
    """A title: a known genre at its end (after qualifiers), or 关于…的 + genre, no full stop inside."""
    if not 4 <= len(text) <= TITLE_MAX or "。" in text[:-1] or METADATA_LINE.match(text) \
            or text.strip() in words("structure", "menu_labels"):
        return False  # (政策解读 alone: a menu's label)
    if HEADLINE.match(text):
        return True
    g = genre(text)
    return g is not None


def doubled(text: str) -> int:
    """Where a line that holds the same title twice (an export printing the title
    twice, the copies run together) is cut in two; 0 when it is not such a line."""
    half = len(text) // 2
    for k in range(max(1, half - DOUBLED_SLACK), min(len(text), half + DOUBLED_SLACK + 1)):
        if len(text) > 20 and normalize_name(LIST_MARKS.sub("", text[:k])) \
                == normalize_name(LIST_MARKS.sub("", text[k:])):
            return k  # (the copies may join the issuers differently: 甲局、乙局关于… / 甲局 乙局关于…)
    return 0


DOUBLED_SLACK = 8  # characters a title printed twice may differ by between its copies (、 between joint issuers)
LIST_MARKS = re.compile(r"[、\s]")


BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # a line that is one bracketed note
PROMULGATION = re.compile(r"《(?P<title>[^《》]{2,80})》(?:已经|经|已由)")  # (《某办法》已经…通过，现予公布; 《某条例》已由…通过)


def decree_title(lines: list[Line]) -> Title | None:
    """The title of what a decree promulgates (某市人民政府令 / 第12号 / 《某办法》已经…通过，现予公布 / 市长 某某 /
    date / 某办法 / 第一条…): its own title line after the decree, else None."""
    if len(lines) < 4 or not (DECREE_HEAD.match(lines[0].text) and DECREE_NUMBER.match(lines[1].text)):
        return None
    promulgated = next((m for line in lines[2:5] if (m := PROMULGATION.search(line.text))), None)
    if promulgated is None:
        return None
    key = normalize_name(promulgated.group("title"))
    own = next((line for line in lines[3:12] if normalize_name(line.text) == key), None)
    return replace(make_title((own,), own.text), decreed=True) if own is not None else None


def unquoted(text: str) -> str:
    """A title without its 《》, spaces and the words joining the titles it names (to compare two writings of it)."""
    return re.sub(r"[《》\s和、及与]", "", text)


TITLE_GOES_ON = ("印发", "转发", "关于", "发布", "颁布", "公布", "和", "、", "》")  # a title line wrapped before a 《


def find_title(lines: list[Line]) -> Title | None:
    """The first title of the header block (joining a title wrapped over two or
    three lines; a title printed twice on one line counts once); after a decree's 版头, what it promulgates."""
    decreed = decree_title(lines)
    if decreed is not None:
        return decreed
    for i, line in enumerate(lines[:HEADER_LINES]):
        if banner_or_number(lines, i) or in_menu(lines, i):
            continue  # (某某税务局公告 / 2023年第3号 / the title: the 版头 and its number are no title; nor is an item
            # of a portal's menu written down the page, 政策文件 / 规划计划 / 财政资金)
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
            if n > 1 and (len(group[-1].text) > 40 or is_title_text(group[0].text) and not unclosed(group[0].text)
                          or any("——" in g.text for g in group[:-1])
                          or any(is_title_text(g.text) and strip_issuer(g.text)[1] for g in group[1:])
                          or "关于" not in group[0].text and not issuers_whole(text)
                          or "关于" not in text and any(len(g.text.strip()) < MENU_ITEM for g in group[:-1])
                          or any(g.text.startswith("《") and not f.text.endswith(TITLE_GOES_ON)
                                 for f, g in zip(group, group[1:]))):
                break  # (a heading run on to its subtitle, 政府工作报告——…会议上, is a line of its own; a site's name or
                # a metadata row over an interpretation's 《…》政策解读 is no part of it, nor a page's category cell over
                # a title its issuer opens, 噪声污染 / 生态环境部关于…的意见, nor a wrapped cell's tail (…总 / 局 /
                # （2026—2030年）》的通知; 保障部教育部 / 某部某部关于…), nor a site's menu items over it (历史沿革 / 自然资源 /
                # 政府信息公开指南; 文旅某县 / 【聚焦两会】…工作报告); …关于印发 / 《某办法》的通知 is)
            tag = COLUMN_TAG.match(text) if n == 1 else None
            lead = tag.end() if tag and is_title_text(text[tag.end():]) and "关于" not in text else 0
            text = text[lead:]  # (【聚焦两会】2026年某县…工作报告: the page's column, no part of the title; not
            # 【关联文件】某局关于…的通知: a link)
            numbered = title_with_number(text) if n == 1 else None  # (某某措施（某政办发〔2023〕12号）)
            if numbered:
                return replace(make_title(tuple(group), numbered[0]), cut=len(text) - len(numbered[0]))
            if n == 1 and (rest := more_titles_after(lines, i)) is not None:
                return make_title((line, rest), text + rest.text)  # (…关于印发《A》 / 《B》的通知: one title)
            if is_title_text(text) and not (unclosed(text) and i + n < len(lines) and "》" in lines[i + n].text) \
                    and text.count("》") <= text.count("《"):  # (not （2026—2030年）》的通知: a wrapped title's tail)
                twin = next((g for g in lines[i + n:i + n + 2] if g.text.strip()), None)  # (a database's title line
                # above the document's own)
                if twin is not None and "《" in twin.text and unquoted(twin.text) == unquoted(text):
                    return make_title((twin,), twin.text)  # (…关于印发A和B的通知 / …关于印发《A》《B》的通知: its own)
                return replace(make_title(tuple(group), text), lead=lead)
            signed = TITLE_BY.match(text)
            if n == 1 and signed and is_title_text(signed.group("title")) and split_bodies(signed.group("by")):
                title = make_title(tuple(group), signed.group("title"))
                by = split_bodies(signed.group("by"))
                return Title(title.lines, title.text, title.policy, by, title.issued, len(text) - signed.end("title"), by)
    return None


def issuers_whole(text: str) -> bool:
    """What a title joined from lines says before its 关于 is its issuers, whole, or nothing (not 保障部教育部退役军人事务部…
    关于…: a wrapped information-table cell's tail before the title)."""
    prefix = text.split("关于", 1)[0] if "关于" in text else ""
    return not prefix or bool(split_bodies(prefix))


def unclosed(text: str) -> bool:
    """A title line that opens a 《 it does not close (…关于印发《某行动方案 / （2026—2030年）》的通知: wrapped)."""
    return text.count("《") > text.count("》")


MORE_TITLES = re.compile(r"[和及、]?《[^《》]{2,80}》(?:[和及、]?《[^《》]{2,80}》)*的通知")


def more_titles_after(lines: list[Line], i: int) -> Line | None:
    """The line after an issuing notice's title line that ends on a title it issues and goes on with more and the
    notice's genre (某部关于印发《A》 / 《B》的通知), else None."""
    if i + 1 >= len(lines) or not lines[i].text.endswith("》") or not ISSUING.search(lines[i].text):
        return None
    return lines[i + 1] if MORE_TITLES.fullmatch(lines[i + 1].text.strip()) else None


ISSUING = re.compile(r"关于(?:印发|转发|发布|公布)《")


def banner_or_number(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a decree's or an announcement's 版头 above its number, or that number."""
    return DECREE_NUMBER.match(lines[i].text) is not None and i > 0 and DECREE_HEAD.match(lines[i - 1].text) is not None \
        or DECREE_HEAD.match(lines[i].text) is not None and i + 1 < len(lines) and DECREE_NUMBER.match(lines[i + 1].text)


QUOTED_AFTER_BODIES = re.compile(r"转发(?P<by>[^《》]{2,60}?)《(?P<title>[^《》]{4,80})》")


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
    if wrapped and wrapped.group("verb") == "转发":
        # (a notice forwarding another body's document is a notice of its own; the document it holds is the other's)
        quoted = QUOTED_AFTER_BODIES.search(text)  # (转发工业和信息化部等部门《某方案》: the bodies, then the title)
        forwarded, by = (quoted.group("title"), split_bodies(quoted.group("by"))) if quoted \
            else strip_issuer(wrapped.group("inner").strip("《》〈〉<>"))
        if genre(forwarded):
            return Title(lines, text, bare, issuers or split_bodies(wrapped.group("prefix")), (forwarded,),
                         forwarded_by=by)
    elif wrapped and wrapped.group("verb") in words("structure", "issue_verbs"):
        inner = wrapped.group("inner")
        issued = tuple(m.group("title") for m in ISSUED_TITLES.finditer(text)) or issued_bare(inner.strip("《》〈〉<>"))
        # (…实施方案和重点任务分工: no one policy's title)
        if not issuers:
            issuers = split_bodies(wrapped.group("prefix"))
    return Title(lines, text, bare, issuers, issued)


def is_body_paragraph(line: Line) -> bool:
    """A line of running text: long, or ending a sentence; not a row of cells (a site's banner beside its link bar:
    Ministry of … of China	English | … |无障碍)."""
    return "\t" not in line.text and (len(line.text) > 90 or (len(line.text) > 30 and BODY_END.search(line.text) is not None))


def header_date(lines: list[Line], title: Title) -> tuple[tuple[int, int], str, str] | None:
    """A date line right under the title: "（2020年3月30日）" or "（2021年8月20日第十三届
    全国人民代表大会常务委员会第三十次会议通过）": ((start, end), ISO date, the body that adopted it)."""
    after = title.lines[-1].index + 1
    for line in lines[after:after + 4]:
        date = date_of_line(line.text)
        if date:
            return (line.start, line.end), date, ""
        m = DATE_ADOPTED.search(line.text)
        if m and adoption(m) and own_note(line.text[:m.start()], title):
            return (line.start, line.end), *adoption(m)
        if is_body_paragraph(line):
            break
    return None


def policy_date_parts(lines: list[Line], policy: Part) -> list[Part]:
    """The date line right under an issued or attached policy's title line (某意见 / （2024年10月29日）): its own date,
    before the notice's; [] when none."""
    line = next((line for line in lines if policy.start < line.start < policy.end), None)
    date = date_of_line(line.text) if line is not None else ""
    return [Part("date", line.start, line.end, date)] if line is not None and date else []


def own_note(before: str, title: Title) -> bool:
    """True when an adoption note is the document's own: it opens its line or
    follows the document's title, not another source ("信息来源：某司（…印发）")."""
    return not before.strip() or len(before) <= len(title.policy) + TITLE_SLACK and title_follows(before, title.policy)


def adoption(m: re.Match) -> tuple[str, str] | None:
    """(ISO date, the body that adopted the text) of an adoption note, None when the date is not a full date."""
    from ..time import find_times

    times = find_times(m.group("date"))
    if not times or len(times[0].value) != 10:
        return None
    meeting = re.sub(r"第[一二三四五六七八九十百零〇\d]+次", " ", re.sub(r"第[一二三四五六七八九十百零〇\d]+届", "", m.group("rest")))
    # (某省第十三届人民代表大会常务委员会第二十六次会议: the 届 stands between the place and the body)
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
    dated = header_date_parts(lines, title, text)
    parts += dated
    sigs = signatures(lines, head)
    for sig in signatures(lines[:title.lines[0].index])[-1:] if title.decreed else []:  # (signed above the title)
        parts.append(Part("date", sig.date_start, sig.date_end, sig.date))
    issued = embedded_policies(lines, title, sigs)
    policies = sorted(issued + attached_policies(lines, head, issued), key=lambda p: p.start)
    notice_end = policies[0].start if policies else end
    notice_sigs = [s for s in sigs if s.end <= notice_end] or ([] if policies else sigs[-1:])
    notice_sigs = notice_sigs or inline_signatures(lines[head:], (title.policy, *title.issued))[:1]
    for sig in notice_sigs[:1] if policies else notice_sigs[-1:]:
        parts += signature_parts(sig)
        parts = [p for p in parts if not (p in dated and p.kind == "date" and signed_after_adoption(text, p, sig))]
    # the notice's own text ends where the policies it issues begin; attached policies lie inside it
    own_start = lines[0].start if title.decreed else title.start  # (the decree above the title is the policy's too)
    parts.append(Part("policy", own_start, issued[0].start if issued else end, title.policy, role="own"))
    parts.extend(policies)
    for policy in issued if title.forwarded_by else []:  # (the bodies the forwarding notice names as the document's)
        first = next(line for line in lines if line.start == policy.start)
        makers = forwarded_makers(lines, title, policy) or title.forwarded_by
        parts.append(Part("header", first.start, first.end, "|".join(makers)))
    for policy in policies:
        for sig in sigs:
            if policy.start < sig.start and sig.end <= policy.end and sig.issuers:
                parts += signature_parts(sig)
        parts += policy_date_parts(lines, policy)
    parts.extend(attachments(lines, head))
    for line in lines[head:]:
        if line.text.startswith(words("structure", "copy_to_words")):
            parts.append(Part("cc", line.start, line.end, line.text))
    return parts


PROMULGATED = re.compile(r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
                         r"(?P<number>(?P<body>[\u4e00-\u9fff]{2,24}?)令\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号)\s*公布")


def header_date_parts(lines: list[Line], title: Title, text: str) -> list[Part]:
    """The date under the title (and the body that adopted the text, when the
    date line says so), else the adoption note the title carries further on. A
    note that also says by which decree the text was promulgated (…会议通过　2023年5月10日某市人民政府令第12号公布)
    dates it to the promulgation and gives its 文号 and body (主席令 names no body: the adopting one stays)."""
    dated = header_date(lines, title) or title_adopted(text, title)
    if not dated:
        return []
    (start, end), date, adopted = dated
    decree = PROMULGATED.search(text, start, end)
    if decree is not None:
        date = date_of_line(decree.group("date")) or date
        adopted = "|".join(split_bodies(decree.group("body"))) or adopted
    parts = [Part("date", start, end, date)] + ([Part("header", start, end, adopted)] if adopted else [])
    return parts + ([Part("doc_number", start, end, re.sub(r"\s+", "", decree.group("number")))] if decree else [])


def signed_after_adoption(text: str, date: Part, sig: Signature) -> bool:
    """The date under the title is a meeting's adoption (（2025年3月14日某委员会全体会议审议通过）) and the document's
    own signature dates it on that day or later: the signature's is its 成文日期."""
    return text[date.start:date.end].rstrip("）) ").endswith("通过") and bool(sig.date) and sig.date >= date.label


def doc_number_parts(head: list[Line], lines: list[Line]) -> list[Part]:
    """The 文号 of the header block (the first line that is one, opens with one,
    or ends a title with one; or a decree's 版头 "X令" above "第N号"), and the
    body a decree number names as a header part."""
    for line in head:
        number = doc_number_in(line.text) or doc_number_opening(line.text) or doc_number_after_title(line.text) \
            or doc_number_over_recipients(line.text)
        end = line.end
        if not number and DECREE_HEAD.match(line.text) and line.index + 1 < len(lines):
            below = lines[line.index + 1]
            number = doc_number_in(line.text + below.text.strip("（）() ")) if DECREE_NUMBER.match(below.text) else ""
            end = below.end
        if number:
            out = [Part("doc_number", line.start, end, number)]
            decree = DECREE.match(number)
            if decree and split_bodies(decree.group("body")):
                out.append(Part("header", line.start, end, "|".join(split_bodies(decree.group("body")))))
            return out
    return []


def title_with_number(line: str) -> tuple[str, str] | None:
    """(title, 文号) of a title line with its 文号 in brackets after it ("某某措施（某政办发〔2023〕12号）"), else None."""
    numbered = NUMBER_AFTER_TITLE.search(line)
    number = doc_number_in(numbered.group("number")) if numbered else ""
    return (line[:numbered.start()], number) if number and is_title_text(line[:numbered.start()]) else None


def doc_number_after_title(line: str) -> str:
    """The 文号 a title line ends with ("关于印发《X》的通知国信办发文〔2021〕7号", "某某措施（某政办发〔2023〕12号）"),
    else ""."""
    numbered = title_with_number(line)
    if numbered:
        return numbered[1]
    if not line.endswith("号") or len(line) > TITLE_MAX:
        return ""
    for k in range(len(line) - 4, 3, -1):  # the longest 文号 after a title
        number = doc_number_in(line[k:])
        if number and is_title_text(line[:k]):
            return number
    return ""


def doc_number_over_recipients(text: str) -> str:
    """A 文号 run into the 主送 line after it on a printed page (财建〔2026〕112号各省、自治区…财政厅（局）：), else ""."""
    number = DOC_NUMBER.match(text.strip())
    return re.sub(r"\s+", "", number.group("number")) if number and is_recipients(text.strip()[number.end():]) else ""


def is_recipients(text: str) -> bool:
    return text.endswith(("：", ":")) and len(text) <= 150 and any(w in text for w in words("structure", "recipient_words"))


def embedded_policies(lines: list[Line], title: Title, sigs: list[Signature]) -> list[Part]:
    """The policies a 印发 notice issues, each from its own title line (after
    the notice) to the next one or the end: ``policy`` parts with role "issued"."""
    if not title.issued or title.lines[0].index > 3 and HEADLINE.match(title.text):
        return []
    head = title.lines[-1].index + 1
    wanted = [(t, normalize_name(t)) for t in title.issued]
    own: list[tuple[int, str]] = []
    listed: list[tuple[int, str]] = []  # (a list of attachments naming it, "附件：X", before X's own title line)
    in_list = False  # (附件：1.A / 2.B: the list's later items are listed, not B's own title line)
    for k, line in enumerate(lines[head:], head):
        norm = normalize_name(line.text)
        below = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
        period = below if PERIOD_LINE.fullmatch(below) else ""
        in_list = ATTACHMENT.match(line.text) is not None or in_list and LIST_ITEM.match(line.text) is not None
        for t, key in wanted:
            if norm == key or (norm.endswith(key) and len(norm) - len(key) <= 12 and not BODY_END.search(line.text)) \
                    or period and normalize_name(line.text + period) == key:  # (某行动方案 / （2026—2030年）: one title)
                (listed if in_list else own).append((line.index, t))
            elif title.forwarded_by is not None \
                    and norm.replace("的", "").removeprefix("关于") == key.replace("的", "").removeprefix("关于"):
                own.append((line.index, line.text.strip()))  # (a forwarded document's own wording of its title, with
                # or without the 关于 the notice's title gives it)
    first: dict[str, int] = {}
    for index, t in own + listed:
        first.setdefault(t, index)
    found = [(index, t) for t, index in first.items()]
    if not found and sigs and HEADLINE.match(title.text) is None:
        sig = sigs[0]
        after = sig.lines[-1].index + 1
        while after < len(lines) and BRACKETED.fullmatch(lines[after].text):
            after += 1  # (（此件公开发布）, （联系人：某某）: a note on the notice, not the policy's first line)
        if after < len(lines) and len(title.issued) == 1:
            found = [(after, title.issued[0])]
    found.sort()
    out = []
    end = lines[-1].end
    role = "issued" if title.forwarded_by is None else "forwarded"
    for k, (index, t) in enumerate(found):
        stop = lines[found[k + 1][0]].start if k + 1 < len(found) else end
        out.append(Part("policy", lines[index].start, stop, t, role=role))
    return out


PERIOD_LINE = re.compile(r"[（(]\d{4}\s*[—–\-－～至]\s*\d{4}年?[）)]")  # a title's years wrapped onto a line of their own
FORWARDED = re.compile(r"(?P<bodies>[^，。；：《》\s]{2,200})《(?P<title>[^《》]{2,150})》")


DRAFTED = re.compile(r"(?:联合|共同|研究)?(?:制定|起草|拟定|编制|修订)的?$")


def forwarded_makers(lines: list[Line], title: Title, policy: Part) -> tuple[str, ...]:
    """Every body the notice names right before the forwarded document's title (甲、乙、丙《关于…的意见》已经…同意，现转发给
    你们), when they include those its own title names (甲等部门); () otherwise."""
    key = normalize_name(policy.label).replace("的", "").removeprefix("关于")
    for line in lines:
        if not title.end <= line.start < policy.start:
            continue
        for m in FORWARDED.finditer(line.text):
            bodies = split_bodies(DRAFTED.sub("", m.group("bodies")))  # (甲、乙制定的《…》: the drafters)
            if normalize_name(m.group("title")).replace("的", "").removeprefix("关于") == key \
                    and set(title.forwarded_by or ()) <= set(bodies):
                return bodies  # (转发甲等部门关于X的通知 / 甲、乙、丙《X》…: X with or without its 关于)
    return ()

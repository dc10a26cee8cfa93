"""Structure stage: the genre of a loaded document and its parts.

``analyse(document)`` returns the document with ``genre`` (official,
interpretation, news, work_report, report, other) and ``parts``: for an
official document (公文) its title, 文号, recipients, issuing bodies,
signature and date, attachments, 抄送 and the policies the file holds — a
``policy`` part per policy with its role: "own" (the document's), "issued"
(what a 印发 notice issues), "attached" (a policy an attachment holds, inside
the notice's own range), "interpreted" (what an interpretation explains);
for every genre its numbered sections with their roles (no section runs over
a signature, an attachment or an issued policy), goal paragraphs, and a news
transcript's items. Extractors ask the context which part a sentence is in.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import counties, rules, short_counties, vocabulary, words
from ..names import FULL_TEXT, YEAR_OPENING
from ..load.layout import SUBHEADING_LEVEL
from ..records import Document, Part
from .lines import Line, date_of_line, lines_of
from .official import Title, find_title, is_body_paragraph, make_title, official_parts
from .sections import goal_paragraphs, section_parts

__all__ = ["analyse", "GENRES"]

GENRES = ("official", "interpretation", "news", "work_report", "report", "other")
INTERPRETED = re.compile(r"《([^《》]{2,150})》")
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def analyse(document: Document) -> Document:
    """The document with its genre and parts (format headings of ``load`` kept)."""
    text = document.text
    lines = lines_of(text)
    title = find_title(lines)
    genre = genre_of(document, lines, title)
    if genre == "interpretation" and heading_line(lines, title):
        title = make_title((lines[0],), lines[0].text)  # its heading names what it interprets
    if genre == "work_report" and title is not None and (dated := dated_report_title(lines, title)) is not None:
        title = make_title((dated,), dated.text)  # (区政府工作报告 / 2026年某区政府工作报告: a portal's catalogue heading)
    parts: list[Part] = [p for p in document.parts if p.kind == "heading"]
    if genre == "official":
        parts += official_parts(lines, title, text)
    elif genre in ("work_report", "report", "interpretation") and title is not None:
        parts += report_parts(lines, title, genre)
    if genre == "news":
        parts += news_items(parts, len(text))
    own = next((p.label for p in parts if p.kind == "policy" and p.role == "own"), "")  # (2026年某区政府工作报告,
    year = YEAR.search(own) if genre == "work_report" else None  # its year from the meeting line where it was given)
    parts += section_parts(lines, len(text), section_bounds(parts), unnumbered=genre == "work_report",
                           plan_year=year.group(1) if year else "")
    parts += goal_paragraphs(lines)
    parts.sort(key=lambda p: (p.start, -p.end, p.kind))
    return replace(document, genre=genre, parts=tuple(parts), date=document.date or signed_on(parts))


DATED_REPORT = re.compile(r"(?:[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|州|地区|盟|县|区|旗))?\d{4}年[\u4e00-\u9fff]{0,24}政府工作报告"
                          r"(?:[（(]全文[）)])?")  # (2026年某区政府工作报告; 某区2026年政府工作报告（全文）: the place may come first)
BARE_REPORT = re.compile(r"政府工作报告(?:[（(]全文[）)])?")  # (the heading alone: the meeting line names place and year)
YEAR = re.compile(r"((?:19|20)\d{2})年")  # (the year a work report names: the year it plans for)
CATALOGUE_GAP = 3  # lines at most between a portal's catalogue heading and the report's own title


def dated_report_title(lines: list[Line], title: Title) -> Line | None:
    """The line naming the report with its year (2026年某区政府工作报告) that is the title: the title's own last line
    when chrome above it was joined on (某市人民政府网站支持IPv6 2025年某市政府工作报告; a bare 政府工作报告 under a site's
    name and slogan), or the line right under a title
    that names no year (区政府工作报告: the heading of the portal's catalogue of reports); None otherwise."""
    last = title.lines[-1]
    if (DATED_REPORT.fullmatch(last.text.strip()) or BARE_REPORT.fullmatch(last.text.strip())) \
            and title.text.strip() != last.text.strip():
        return last  # (某市人民政府 / 中国·某市 某某之乡 / 政府工作报告: the site's name and slogan joined on)
    if DATED_REPORT.search(title.text):
        return None  # (not 2026年某市政府工作报告（全文）: dated itself; 政府工作报告（2025年） names its year after)
    after = last.index + 1
    return next((line for line in lines[after:after + CATALOGUE_GAP] if DATED_REPORT.fullmatch(line.text.strip())), None)


def signed_on(parts: list[Part]) -> str:
    """An official document's 成文日期 (its first date line), the date of a
    document whose file gives none; "" if there is none."""
    return next((p.label for p in parts if p.kind == "date" and ISO_DATE.fullmatch(p.label)), "")


def section_bounds(parts: list[Part]) -> tuple[int, ...]:
    """Where no section runs on: the start of each signature block, attachment
    and policy part but the document's own."""
    return tuple(sorted({p.start for p in parts if p.kind in ("signature", "attachment")
                         or p.kind == "policy" and p.role != "own"}))


def genre_of(document: Document, lines: list[Line], title: Title | None) -> str:
    """The genre from the title words, the official-document parts and news cues."""
    cues = rules("structure")["genre_titles"]
    named = " ".join(filter(None, (document.title, title.text if title else "")))
    if any(w in named for w in cues["work_report"]):
        return "work_report"
    if any(w in named or w in heading_line(lines, title) for w in cues["interpretation"]):
        return "interpretation"
    head = lines[:12]
    if any(c in document.title for c in words("structure", "news_cues")):
        return "news"  # a news programme's transcript (《新闻联播》…), whatever policy text it quotes
    if title is not None and not title.policy.endswith(tuple(cues["report"])) and looks_official(lines, title):
        return "official"
    marked = any(p.kind == "heading" and p.level < SUBHEADING_LEVEL for p in document.parts)  # (not a bold paragraph)
    if document.format == "md" and marked or any(any(c in line.text for c in words("structure", "news_cues")) for line in head):
        return "news"
    if any(w in named for w in cues["report"]):
        return "report"
    if title is not None and looks_official(lines, title, strict=False):
        return "official"
    return "other"


def heading_line(lines: list[Line], title: Title | None) -> str:
    """The document's first line when no title was found and it is a heading,
    not running text ("某局负责人就《X》答记者问"); else ""."""
    if title is not None or not lines or is_body_paragraph(lines[0]):
        return ""
    return lines[0].text


def looks_official(lines: list[Line], title: Title, strict: bool = True) -> bool:
    """An official document's title block: a policy title followed by a 文号, an
    issuer line, recipients, a date, or a numbered body; without ``strict`` a
    policy title opening the document is enough."""
    from ..names import genre
    from .lines import doc_number_in, heading_of
    from .official import is_recipients

    g = genre(title.policy) or genre(title.text)
    if g is None or g[1]:
        return False
    if not strict:
        return title.lines[0].index <= 2
    after = title.lines[-1].index + 1
    window = lines[after:after + 8]
    if title.issued or title.issuers or title.decreed:
        return True  # (named with its issuer, or promulgated by a decree above it)
    if any(doc_number_in(line.text) or is_recipients(line.text) or date_of_line(line.text) for line in window):
        return True
    numbered = sum(1 for line in lines[after:after + 60] if heading_of(line.text))
    return numbered >= 3 and title.lines[0].index <= 3


def interpreted_sections(lines: list[Line], others: list[str]) -> list[Part]:
    """The sections of an interpretation of several policies (《A》和《B》政策解读) whose heading names a later one in
    《》, in full or by the end of its title (四、《政策措施》主要内容): what they explain is that policy's."""
    from .lines import heading_of

    parts: list[Part] = []
    headed = [(line, heading_of(line.text)) for line in lines]
    headed = [(line, h) for line, h in headed if h is not None]
    for k, (line, (level, label)) in enumerate(headed):
        named = INTERPRETED.findall(label)
        policy = next((o for o in others for n in named if TRAILING_YEARS.sub("", o).endswith(TRAILING_YEARS.sub("", n))), "")
        if policy:
            end = next((h.start for h, (lv, _) in headed[k + 1:] if lv <= level), lines[-1].end)
            parts.append(Part("policy", line.start, end, policy, role="interpreted"))
    return parts


TRAILING_YEARS = re.compile(r"[（(][^（）()]{4,16}[）)]$")  # (…行动方案（2025—2027年）: its years)


def report_parts(lines: list[Line], title: Title, genre: str) -> list[Part]:
    """A report's title, its own policy part (targets in a work report are the
    report's), the government that gives it and the date it was given."""
    end = lines[-1].end
    parts = [Part("title", title.start, title.end, title.text)]
    if genre == "interpretation":
        interpreted = INTERPRETED.findall(title.text)
        if interpreted:
            parts.append(Part("policy", title.start, end, interpreted[0], role="interpreted"))
        return parts + interpreted_sections(lines, interpreted[1:])
    if genre != "work_report":
        parts.append(Part("policy", title.start, end, title.policy, role="own"))
        return parts
    line, meeting = meeting_line(lines, title)
    met = meeting.group("place") or "" if meeting else ""
    named = region_in(title.policy) or county_in(title.policy)
    place = named or county_in(met) or region_in(met)  # (在某市某区…会议上: the district's report)
    date = ""
    if meeting:
        from ..time import find_times

        times = find_times(meeting.group("date"))
        date = times[0].value if times and len(times[0].value) == 10 else ""
    label = FULL_TEXT.sub("", title.policy)  # (某区2025年政府工作报告（全文）: the report, not its wording)
    if place and date and not named and place not in label:  # (政府工作报告 / ——2026年1月15日在某市…会议上: that city's
        label = f"{date[:4]}年{place}{YEAR_OPENING.sub('', label)}"  # report of that year, not one of every
        # report so titled)
    parts.append(Part("policy", title.start, end, label, role="own"))
    if place:  # (the government of the place, named in full where the meeting line does: 某市某区人民政府)
        parts.append(Part("header", title.start, title.end, (met if place in met else place) + "人民政府"))
    if date:
        parts.append(Part("date", line.start, line.end, date))
    return parts


MEETING = re.compile(r"^(?:[—-]{1,2}\s*|[（(]|(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在[^，。；]{2,40}?会议))(?P<date>.+?日)"
                     r"(?:在(?P<place>[\u4e00-\u9fff]{2,12}?)第[一二三四五六七八九十百\d]+届)?")  # (the dash may be left out)


MEETING_WITHIN = 6  # lines under a work report's title that its meeting line may be


def meeting_line(lines: list[Line], title: Title) -> tuple[Line | None, re.Match[str] | None]:
    """The line under a work report's title that says when and where it was given (——2026年1月15日在某市第十六届
    人民代表大会第六次会议上), and its match, within a few lines (a page's 字号 bar and the heading 政府工作报告 may
    come between); (None, None) before the first paragraph of running text."""
    for line in lines[title.lines[-1].index + 1:title.lines[-1].index + 1 + MEETING_WITHIN]:
        m = MEETING.match(line.text)
        if m:
            return line, m
        if is_body_paragraph(line):
            break
    return None, None


def region_in(title: str) -> str:
    """The full name of the first province or city of the vocabulary named in a title."""
    vocab = vocabulary()
    for name, entry in vocab.region_names():
        if entry.level in ("province", "city") and name in title:
            return entry.name
    return ""


def county_in(title: str) -> str:
    """The first county-level place of the vocabulary named in a title (2025年某区政府工作报告 -> 某区), or a county of
    two characters the title opens on before its government (2025年成县人民政府工作报告 -> 成县; the meeting line's
    place, 成县), ""."""
    found = next((name for name in counties() if name in title), "")
    opening = YEAR_OPENING.sub("", title)
    if found or opening[:2] not in short_counties() or opening[2:] and not opening[2:].startswith(("人民政府", "政府")):
        return found
    return opening[:2]


def news_items(parts: list[Part], end: int) -> list[Part]:
    """One ``item`` per heading of a transcript below its top heading, to the
    next heading of the same or a higher level."""
    headings = [p for p in parts if p.kind == "heading"]
    if not headings:
        return []
    top = min(h.level for h in headings)
    out = []
    for k, h in enumerate(headings):
        if h.level == top and len([x for x in headings if x.level == top]) == 1:
            continue
        stop = next((x.start for x in headings[k + 1:] if x.level <= h.level), end)
        out.append(Part("item", h.start, stop, h.label, h.level))
    return out

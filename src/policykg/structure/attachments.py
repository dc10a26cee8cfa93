"""Attachments (附件) of an official document, and the policies they hold."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import words
from ..names import genre, normalize_name
from ..records import Part
from .lines import Line

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
    return [a for k, a in enumerate(starts)  # (附件：X above the 落款, then 附件 / X with its text: the first names it)
            if not any(normalize_name(b.label) == normalize_name(a.label) for b in starts[k + 1:])]


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
        if g is not None and not g[1] and normalize_name(a.label) not in known and not is_form(a.label):
            out.append(Part("policy", a.title_start, stop, a.label, role="attached"))
    return out


def is_form(label: str) -> bool:
    """An attachment's title names a form or a list (…申报材料清单, …重点项目清单（2024—2026年）, …政策兑现清单), or a list
    of the years it plans for (某市2024—2026年重点培育体育赛事清单), no policy."""
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", label)
    return bare.endswith(tuple(words("structure", "form_titles"))) or bare.endswith("清单") and YEARS_NAMED.search(bare)


YEARS_NAMED = re.compile(r"(?:19|20)\d{2}[—–\-－至](?:19|20)\d{2}年")  # (not 2025年…负面清单: a policy)

"""The page cleaner (policykg.load.page): a page's or an export's lines streamed through, the chrome of its head and
tail taken out (a portal's banner, English name, menu, breadcrumb, search box, font sizes, share bar, footer) and its
metadata (来源, 发布日期, 索引号 …) taken into a ``Metadata``; the words it knows are ``policykg.load.chrome``'s."""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import takewhile

from ..lexicon import vocabulary
from ..names import body
from .chrome import (ADDRESS_RE, STATE_NAMED, Metadata, is_breadcrumb, is_chrome, is_site_name, metadata_pairs,
                     without_chrome_tail, words)
from .dates import DATETIME_RE, is_timestamp
from .layout import DROP, HARD, NOTE, Heading, furniture_key

SITE_REGISTRATION_RE = re.compile(r"ICP[备证]\s*\d+号|公网安备\s*\d+号|网站标识码")  # a web page's footer
LONE_SEPARATOR = frozenset({">", "＞", "»", "›", "→", ">>"})  # a breadcrumb, one segment per line


TAIL_LINES = 40  # lines after the last body line looked at as the tail
HEAD_LINES = 40  # the head is at most this many content lines
def _is_content(line: str) -> bool:
    return bool(line) and line != DROP and line != HARD and not line.startswith(NOTE)


def is_body(line: str) -> bool:
    """A sentence-like line: the body has begun (or goes on)."""
    return (len(line) >= 30 and not isinstance(line, Heading) and "\t" not in line
            and any(c in line for c in "，。；！？,;"))


class PageCleaner:
    """Streams lines through, taking chrome out and metadata into ``meta``."""

    def __init__(self, meta: Metadata, furniture: dict[str, int] | None = None):
        self.meta = meta
        self.furniture = furniture or {}  # running headers of the text: not a head line repeated
        self.last = ""  # the last content line let through after the head

    def __call__(self, lines: Iterable[str]) -> Iterator[str]:
        it = iter(lines)
        head: list[str] = []
        content = 0
        for line in it:
            head.append(line)
            if _is_content(line):
                content += 1
                if is_body(line) and metadata_pairs(line, "head") is None or content >= HEAD_LINES or _salutation(line):
                    break  # (not 发布部门：某局；某局；某局…: a field of the export's header as long as a sentence)
        yield from self._head(head)
        pending: deque[str] = deque()
        for line in it:
            if is_body(line):
                while pending:
                    yield self._middle(pending.popleft())
                self.last = line
                yield line
            else:
                pending.append(line)
                if len(pending) > TAIL_LINES:
                    yield self._middle(pending.popleft())
        yield from self._tail(list(pending))

    def _middle(self, line: str) -> str:
        if not _is_content(line) or isinstance(line, Heading):
            if isinstance(line, Heading) or line == HARD:
                self.last = ""
            return line
        if len(line) <= 80 and (is_chrome(line) or line == self.last):
            return DROP  # chrome, or a short line printed twice in a row (a page header repeated)
        self.last = line
        return line

    def _head(self, lines: list[str]) -> list[str]:
        keep = [True] * len(lines)
        content = [i for i, line in enumerate(lines) if _is_content(line) and not isinstance(line, Heading)]
        taken: set[int] = set()
        for n, i in enumerate(content):
            if i in taken:
                continue
            line = lines[i]
            pairs = metadata_pairs(line, "head")
            if pairs is None and is_timestamp(line) and DATETIME_RE.fullmatch(line.strip()):
                pairs = [("时间", line.strip())]
            if pairs is not None:
                if n + 1 < len(content) and (not pairs[-1][1] or title_goes_on(pairs[-1], lines[content[n + 1]])
                                             or WRAPPED_END.fullmatch(lines[content[n + 1]].strip())):
                    nxt = content[n + 1]  # "来源：" with the value on the next line, or a title wrapped onto it
                    value = without_chrome_tail(lines[nxt])
                    if len(value) <= 60 and metadata_pairs(value, "head") is None \
                            and not is_chrome(value) and not (not pairs[-1][1] and "关于" in value):  # (主 题 词： /
                        # 某部关于印发…: an empty cell over the document's title, not its value)
                        pairs[-1] = (pairs[-1][0], pairs[-1][1] + value)
                        keep[nxt] = False
                        taken.add(nxt)
                for label, value in pairs:
                    self.meta.add(label, value)
                keep[i] = False
            elif is_chrome(line) or is_breadcrumb(line) or ADDRESS_RE.fullmatch(line.strip()) or is_named_banner(line) \
                    or line.strip(" \u3000：:") in words().breadcrumb_roots \
                    or words().labels.get(re.sub(r"\s", "", line), ("", ""))[0] == "title":
                keep[i] = False  # (a site's address alone: www.gov.cn; 您当前所在位置： over a breadcrumb down the page; a
                # printed information table's label alone, 标 题, between the lines its value wraps over)
                if line.strip() in LONE_SEPARATOR:
                    for j in (content[n - 1] if n else None, content[n + 1] if n + 1 < len(content) else None):
                        if j is not None and _breadcrumb_segment(lines[j]):
                            keep[j] = False  # (not ``taken``: that is for metadata values; a banner may stand above)
        for i in content:  # a site's name in English or another script under its banner (Quanzhou Municipal …)
            if keep[i] and (is_english_name(lines[i]) or in_other_script(lines[i])):
                keep[i] = False
        for n, i in enumerate(content[:-1]):  # a portal's banner: a short name right above its menu or breadcrumb
            if keep[i] and not keep[content[n + 1]] and content[n + 1] not in taken and is_banner(lines[i]):
                keep[i] = False
                self.meta.add("网站名称", lines[i].strip())
        for n, i in enumerate(content[1:], start=1):  # font sizes written down the page after 字体：(大, 中, 小)
            if keep[i] and not keep[content[n - 1]] and lines[i].strip() in FONT_SIZES:
                keep[i] = False
        for n, i in enumerate(content[1:-1], start=1):  # items of a menu written down the page (…|数据开放|走进某县|当前位置…)
            run = list(takewhile(lambda j: keep[j] and is_menu_item(lines[j]), content[n:n + MENU_RUN + 1]))
            after = n + len(run)
            above = lines[content[n - 1]]
            if run and len(run) <= MENU_RUN and not keep[content[n - 1]] and after < len(content) \
                    and not keep[content[after]] and (is_chrome(above) or is_breadcrumb(above)):
                for j in run:
                    keep[j] = False
        remaining = [i for i in content if keep[i]]
        later: set[str] = set()
        for i in reversed(remaining):  # a line repeated further down the head: the first one goes
            if lines[i] in later and not is_body(lines[i]) and self.furniture.get(furniture_key(lines[i]) or "", 0) < 3:
                keep[i] = False
            later.add(lines[i])
        return [line if k else DROP for line, k in zip(lines, keep)]

    def _tail(self, lines: list[str]) -> list[str]:
        out = []
        for line in lines:
            if _is_content(line) and not isinstance(line, Heading):
                pairs = metadata_pairs(line, "tail")
                if pairs is not None and all(v for _, v in pairs):
                    for label, value in pairs:
                        self.meta.add(label, value)
                    out.append(DROP)
                    continue
                if len(line) <= 80 and (is_chrome(line) or SITE_REGISTRATION_RE.search(line)):
                    out.append(DROP)
                    continue
            out.append(line)
        return out


WRAPPED_END = re.compile(r"[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,4}[\\、][\u4e00-\u9fff、\\]{1,8}")  # a cell's last
# characters printed alone on the next line (…畜牧业、渔 / 业; 主题分类： 卫生、体 / 育\卫生)


def title_goes_on(pair: tuple[str, str], line: str) -> bool:
    """A title's value that names no kind of document is completed by the next line when the two together do
    (标 题： 某部关于印发《某某标 / 准体系建设指南》的通知: the printed page wrapped it)."""
    label, value = pair
    if words().labels.get(re.sub(r"[ \u3000\t]", "", label), ("", ""))[0] != "title" or not value:
        return False
    genre_of = vocabulary().genre_of
    return genre_of(value) is None and genre_of(value + line.strip()) is not None


LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z.,'&()\- ]*[A-Za-z)]")


def is_named_banner(line: str) -> bool:
    """A portal's banner with its name in English or its address (中华人民共和国商务部MINISTRY OF COMMERCE…,
    中国政府网www.gov.cn中华人民共和国中央人民政府): what is left in Chinese is only site or government names."""
    text = line.strip()
    latin = [m for m in [*ADDRESS_RE.finditer(text), *LATIN_RUN.finditer(text)] if len(m.group().split()) >= 2
             or ADDRESS_RE.fullmatch(m.group())]
    if not latin or len(text) > 150:
        return False
    parts = [p.strip() for p in re.split("|".join(re.escape(m.group()) for m in latin), text) if p.strip()]
    return any(is_banner(p) for p in parts) and all(is_banner(p) or is_chrome(p) for p in parts)
    # (中国政府网www.gov.cn 搜索请输入关键词国徽; not an English sentence)


def is_banner(line: str) -> bool:
    """A portal's banner: a site's name (某县人民政府网) or a government body's alone (某市某区人民政府, 某市某局),
    short, no sentence."""
    text = line.strip()
    if not 4 <= len(text) <= 30 or any(c in text for c in "，。；：,;:《》"):
        return False
    if is_site_name(text):
        return True
    found = body(text) or body(STATE_NAMED.sub("", text))  # (徽中华人民共和国教育部: the logo's glyph, the state's name)
    return found is not None and found.category == "government"


LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.,'&()\- ]*(?: [A-Za-z.,'&()\-]+){2,}")  # three words or more, no digits
MENU_RUN = 3  # items at most of a portal's menu, written down the page, that no vocabulary knows (数据开放, 走进某县)
FONT_SIZES = ("大", "中", "小", "默认", "超大", "特大", "[大]", "[中]", "[小]")
MENU_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}")


def is_menu_item(line: str) -> bool:
    """A short word that may name a section of a portal (走进某省), not a short title (政府工作报告)."""
    text = line.strip()
    return MENU_ITEM_RE.fullmatch(text) is not None and vocabulary().genre_of(text) is None


def is_english_name(line: str) -> bool:
    """A name in English, three words or more, most capitalised (Quanzhou Municipal Bureau of Industry): a site's."""
    text = line.strip()
    if not LATIN_NAME.fullmatch(text):
        return False
    names = text.split()
    return sum(w[:1].isupper() for w in names) * 2 >= len(names)  # (Ministry of Transport of the People's Republic …)


OTHER_SCRIPT = re.compile(r"[\u0600-\u06ff\u0f00-\u0fff\u1100-\u11ff\u1800-\u18af\u3130-\u318f\uac00-\ud7af]")


def in_other_script(line: str) -> bool:
    """A line in a script of a minority language (Hangul, Tibetan, Mongolian, Uyghur) with no Chinese character
    (연변조선족자치주인민정부 under a portal's banner): the site's name in that language."""
    text = line.strip()
    return bool(OTHER_SCRIPT.search(text)) and not re.search(r"[\u4e00-\u9fff]", text)


def _salutation(line: str) -> bool:
    """"各位代表：", "各区人民政府，市政府各部门：": the document addresses its readers, its body begins."""
    return (not isinstance(line, Heading) and 2 <= len(line) <= 120 and line[-1] in "：:"
            and metadata_pairs(line, "head") is None and not is_chrome(line)
            and line.strip(" \u3000：:") not in words().breadcrumb_roots)  # (您当前所在位置： opens a breadcrumb)


def _breadcrumb_segment(line: str) -> bool:
    return len(line) <= 20 and not any(c in line for c in "，。；！？,;")

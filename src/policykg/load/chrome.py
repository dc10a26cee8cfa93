"""Page chrome and metadata lines: what a web page, a printed page or a
database export puts around a document, as opposed to the document's own lines.

- **Chrome** (dropped): lines made only of page-control words (下载 打印 全屏
  收藏 【字号： 加大 还原 减小 】, 分享 …), breadcrumbs (首页 > 政府信息公开 > …,
  also one segment per line), end-of-page navigation (相关报道：, 扫一扫在手机打开当前页),
  and, in the head, a line that is repeated before the body starts (a page
  header printed again above the text) — its first occurrence goes.
- **Metadata lines** (taken out into :class:`Metadata`): "label：value" lines
  whose label is a known metadata label (【法宝引证码】, 原文链接：, 来源：, 时间：,
  发布日期：, 索引号：, 发文机关：, 标题： …; one line may hold several, a value may
  stand on the next line), and lines that are a publication timestamp
  ("2016-07-27 18:52 来源： 新华社"). Only in the head of the text (before the
  body's first sentence-like line) and, for a few labels, in its tail (after
  the last one): inside the body, "时间：" is the document's own line.

The word lists are data: ``ontology/load/chrome.csv``, ``breadcrumb_roots.csv``,
``metadata_labels.csv`` and ``site_names.csv``. The page cleaner that streams a text's lines through these is
``policykg.load.page``.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import ontology_file, vocabulary
from .dates import DATETIME_RE, is_timestamp, normalize_date
from .decode import clean_chars
from .layout import squeeze

MAX_VALUE = 120  # a metadata value longer than this is text run on after the label, not a value
_MAX_LENGTH = {"source": 50, "issuer": 80, "date1": 40, "date2": 40, "date3": 40, "title": 200, "url": 1000}


def _rows(name: str) -> list[dict[str, str]]:
    with ontology_file(f"load/{name}").open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


@dataclass(frozen=True)
class Words:
    chrome: frozenset[str]
    longest_chrome: int
    breadcrumb_roots: tuple[str, ...]
    labels: dict[str, tuple[str, str]]  # label -> (field, zone)
    label_re: re.Pattern
    sites: tuple[str, ...]


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists of ``ontology/load``, read once."""
    chrome = frozenset(_compact(r["phrase"]) for r in _rows("chrome.csv") if r["phrase"])
    roots = tuple(sorted((r["word"] for r in _rows("breadcrumb_roots.csv") if r["word"]), key=len, reverse=True))
    labels = {r["label"]: (r["field"], r["zone"]) for r in _rows("metadata_labels.csv") if r["label"]}
    alternation = "|".join(r"[ \u3000\t]*".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True))
    label_re = re.compile(
        rf"[【\[][ \u3000]*(?P<bracketed>{alternation})[ \u3000]*[】\]][ \u3000]*[：:]?|(?P<plain>{alternation})[ \u3000]*[：:]"
    )
    sites = tuple(r["ending"] for r in _rows("site_names.csv") if r["ending"])
    return Words(chrome, max(map(len, chrome)), roots, labels, label_re, sites)


# --------------------------------------------------------------------------- #
# chrome
# --------------------------------------------------------------------------- #

_SEPARATORS_RE = re.compile(r"[\s|｜/\\、:：\[\]【】()（）<>＜＞«»‹›·•\-—_,，;；.。!！?？*+=~@#]+")
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:>|＞|»|›|→|>>|/)\s*")


def _compact(text: str) -> str:
    return _SEPARATORS_RE.sub("", text).lower()


def is_chrome(line: str) -> bool:
    """A line made only of page-control and navigation words (and separators)."""
    if len(line) > 80:
        return False
    compact = _compact(line)
    if not compact:
        return True  # only separators and punctuation: "】", ">", "|"
    chrome = words().chrome
    if compact in chrome:
        return True
    if PORTAL_LINE.fullmatch(line.strip()):
        return True
    if _is_menu(line) or compact.startswith(MENU_STARTS) and len(compact) <= 40 and not SENTENCE_MARKS.search(line):
        return True  # (首页政务公开政务服务互动交流魅力某某: a portal's menu run together)
    items = [item for item in _ITEM_SEP_RE.split(line.strip()) if item]
    if len(items) >= 2 and all(is_site_name(ADDRESS_RE.sub("", item)) or DATE_CELL.fullmatch(item) or is_chrome(item)
                               for item in items):
        return True  # a site's name and its search box on one printed line (中国政府网	请输入关键词), the day and a menu
    if banner_and_links(line) or link_bar(line):
        return True
    return _segments(compact, chrome, words().longest_chrome)


LINK_CELL = 16  # characters at most of one cell of a link bar


def link_bar(line: str) -> bool:
    """A bar of links set apart by | (国务院客户端|国务院客户端小程序|中国政府网微博、微信	首页|简|繁| EN |登录): four cells
    or more, each short, with no sentence in them, half of them chrome words at least."""
    if line.count("|") + line.count("｜") < 3 or SENTENCE_MARKS.search(line):
        return False
    cells = [cell.strip() for cell in re.split(r"[|｜\t]", line) if cell.strip()]
    return len(cells) >= 4 and all(len(cell) <= LINK_CELL for cell in cells) \
        and 2 * sum(1 for cell in cells if _compact(cell) in words().chrome) >= len(cells)


def banner_and_links(line: str) -> bool:
    """A line of cells, one at least a chrome word, the others a portal's name or a body's (国家市场监督管理总局	请输入关键词;
    中国某某之声网　政务微博　政务微信): a banner with its search box or link bar. Not bodies alone (某市人民政府	某市财政局)."""
    cells = [cell for cell in re.split(r"\t|[ \u3000]+", line.strip()) if re.search(r"\w", cell)]  # (not ★)
    chrome = words().chrome
    if len(cells) == 1 and (site := SITE_CELL.match(cells[0])) and site.end() < len(cells[0]) \
            and chrome_cell(cells[0][site.end():]):
        return True  # (中国政府网简繁EN登录邮箱无障碍: a portal's name and its link bar, run together)
    if len(cells) == 1:
        cells = peeled_links(cells[0], chrome)  # (中国某某之声网政务微博政务微信: the spaces squeezed out)
    if len(cells) < 2 or not any(chrome_cell(cell) or PORTAL_LINE.fullmatch(cell) for cell in cells):
        return False  # (a search box, a portal's day: 请输入关键字, 2026年5月26日星期二)
    if any(WEEKDAY.search(cell) for cell in cells) and all(len(cell) <= BANNER_CELL for cell in cells) \
            and not SENTENCE_MARKS.search(line):
        return True  # (某局某管理局	2026年5月26日星期二: a site's banner with the day it is shown; no 落款 names a weekday)
    return all(chrome_cell(cell) or is_site_name(cell) or SITE_CELL.fullmatch(cell)
               or vocabulary().organization(STATE_NAMED.sub("", cell)) is not None for cell in cells)


WEEKDAY = re.compile(r"\d日\s*星期[一二三四五六日天](?:\s*农历[\u4e00-\u9fff]{2,8})?$")  # (…星期二 农历腊月廿二)
BANNER_CELL = 24  # characters at most of a cell of a site's banner


def chrome_cell(cell: str) -> bool:
    """A cell of chrome words, one or several run together (请输入关键词搜索)."""
    compact = _compact(cell)
    return compact in words().chrome or _segments(compact, words().chrome, words().longest_chrome) \
        or HOT_SEARCH.match(cell.strip()) is not None


HOT_SEARCH = re.compile(r"(?:热门|热点)(?:检索|搜索|关键词)[：:]")  # (热门检索：财政收支积极财政政策: a search box's words)


STATE = "中华人民共和国"  # (中华人民共和国商务部: a ministry's site banner names it so)
STATE_NAMED = re.compile(rf"^(?:国徽\s*)?(?:[\u4e00-\u9fff]?\s*{STATE})?")  # (应中华人民共和国应急管理部, 国徽国家…局:
# the logo's glyph or its alt text before the name)


def peeled_links(text: str, chrome: frozenset[str]) -> list[str]:
    """The cells of a link bar written together: chrome words peeled off its end, then what is left."""
    links: list[str] = []
    while True:
        word = next((w for w in link_words(chrome) if text.endswith(w) and text != w), "")
        if not word:
            return [text, *links]
        text, links = text[:-len(word)], [word, *links]


@lru_cache(maxsize=1)
def link_words(chrome: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted((w for w in chrome if len(w) >= 3), key=len, reverse=True))


SITE_CELL = re.compile(r"[\u4e00-\u9fff]{2,10}网")  # (a linked site's name: 中国某某之声网)


# a portal's welcome, its day (with a weekday), its search box with the placeholder or hot words, its footer's postal
# address or its links (欢迎访问某某区人民政府网站！; 某某市人民政府 欢迎您！; 热门搜索：…; 今天是：2025年2月7日 星期五;
# 2025年02月14日 星期五; 2025年1月21日 星期二 农历腊月廿二; 搜政策……搜索; 地址：某市某区某路2号邮编：100017; 相关链接：某某网某省人民政府)
PORTAL_LINE = re.compile(r"(?:您好[，,！!]?\s*)?欢迎您?(?:访问|来到|光临)[^，。；,;]{2,30}?[！!。]?|[\u4e00-\u9fff]{2,20}\s*欢迎您[！!。]?"
                         r"|(?:热门搜索|热搜词|热门关键词|热点搜索)[：:][^。；]{0,60}"
                         r"|(?:今天是|今日是?|当前日期)[：:]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期[一二三四五六日天])?"
                         r"|\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天](?:\s*农历[\u4e00-\u9fff]{2,8})?"
                         r"|(?:请输入|输入|搜)[\u4e00-\u9fff]{0,8}?[…\.·。]*\s*(?:搜索|检索)"
                         r"|搜[\u4e00-\u9fff]{1,4}(?:…|\.\.\.)+"  # (a search box's placeholder: 搜政策……)
                         r"|(?:地址|通讯地址|联系地址)[：:][^。；]{2,60}?(?:邮编|邮政编码)[：:]?\s*\d{6}[^。；]{0,60}"
                         r"|(?:相关链接|友情链接|网站链接)[：:][^。；]{0,80}")
DATE_CELL = re.compile(r"(?:今天是[：:]?\s*)?\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期[一二三四五六日天])?")  # (a portal's day)


ADDRESS_RE = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)(?:/\S*)?",
                        re.IGNORECASE)
_ITEM_SEP_RE = re.compile(r"\t|[ \u3000]{2,}")


MENU_STARTS = ("首页", "网站首页")
SENTENCE_MARKS = re.compile(r"[，。；！？,;!?]")


_MENU_SEP_RE = re.compile(r"\s*[|｜]\s*")
_WIDE_SPACE_RE = re.compile(r"[ \u3000]{2,}|\t")  # (a printed page's menu: cells of a row)


def _is_menu(line: str) -> bool:
    """A navigation bar: three or more short items between bars ("首页 | 机构 | 政策 | 互动"), or between wide spaces
    when one item is a page's own word ("首页　　政务公开　　互动交流": not 市发改委　　市财政局　　市商务局 signing)."""
    items = [item for item in _MENU_SEP_RE.split(line.strip(" |｜\u3000")) if item]
    if len(items) < 3:
        items = [item for item in _WIDE_SPACE_RE.split(line.strip(" \u3000")) if item]
        if not any(_compact(item) in words().chrome or item in words().breadcrumb_roots for item in items):
            return False
    return len(items) >= 3 and all(len(item) <= 8 and not any(c in item for c in "，。；：,;") for item in items)


def _segments(text: str, vocab: frozenset[str], longest: int) -> bool:
    """Whether ``text`` is a concatenation of words of ``vocab`` (at least one
    of two characters or more: "大中小" alone is not chrome, "字号大中小" is)."""
    n = len(text)
    # reach[i]: 0 unreachable, 1 reachable with single characters only, 2 with a longer word
    reach = [0] * (n + 1)
    reach[0] = 1
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            if text[i:j] in vocab:
                reach[j] = max(reach[j], 2 if (j - i > 1 or reach[i] == 2) else 1)
    return reach[n] == 2


def without_chrome_tail(text: str) -> str:
    """``text`` without page controls run on at its end: "新华社字号：默认大超大|打印收藏留言|" -> "新华社"."""
    if len(text) > 80:
        return text
    for k in range(1, len(text)):
        if is_chrome(text[k:]) and _compact(text[k:]):
            return text[:k].rstrip(" \u3000|｜")
    return text


WHERE_YOU_ARE = re.compile(r"[\u4e00-\u9fff]{0,10}位置[：:]")  # (您现在所在位置：, 您目前的位置：: any wording of it)


def is_breadcrumb(line: str) -> bool:
    """"首页 > 政府信息公开 > 政府工作报告", "您现在的位置：首页 > …"."""
    if len(line) > 150:
        return False
    stripped = line.lstrip(" \u3000")
    root = next((r for r in words().breadcrumb_roots if stripped.startswith(r)), "")
    root = root or (m.group() if (m := WHERE_YOU_ARE.match(stripped)) else "")
    if not root:
        return False
    rest = stripped[len(root):].lstrip(" \u3000：:")
    return bool(rest) and (_BREADCRUMB_SEP_RE.match(rest) is not None or rest.startswith(words().breadcrumb_roots)
                           or len(_BREADCRUMB_SEP_RE.findall(rest)) >= 2)  # (您现在的位置：网站首页 > 政务公开 > …)


def title_parts(title: str) -> list[str]:
    """The parts of a page's <title> its site joins with _ | or a spaced dash ("X_滚动新闻_中国政府网")."""
    title = clean_chars(title).strip()
    return [" ".join(p.split()) for p in re.split(r"\s*[_|｜]\s*|\s+[-—–]+\s+", title) if p.strip()]


def title_without_site(title: str) -> str:
    """A page's <title> without the site's name: "X_滚动新闻_中国政府网" -> "X";
    "" when it is only a site name."""
    parts = title_parts(title)
    if not parts:
        return ""
    kept = [p for p in parts if not is_site_name(p)]
    if not kept:
        return ""
    if len(parts) == 1:
        return parts[0]
    return kept[0] if kept[0] == parts[0] else max(kept, key=len)


def is_site_name(text: str) -> bool:
    return text.endswith(words().sites)


# --------------------------------------------------------------------------- #
# metadata
# --------------------------------------------------------------------------- #

DATE_FIELDS = {"date1": 1, "date2": 2, "date3": 3}


@dataclass
class Metadata:
    """What the metadata lines, front matter or page head said."""

    items: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    url: str = ""
    source: str = ""
    date: str = ""
    date_rank: int = 99

    def add(self, label: str, value: str, field_name: str | None = None) -> None:
        """Record (label, value); ``field_name`` (else the label's, from the
        word list) says which Document field it may fill."""
        label = squeeze(clean_chars(label)).strip()
        value = squeeze(clean_chars(value)).strip()
        if not label or not value:
            return
        self.items.append((label, value))
        name = field_name if field_name is not None else words().labels.get(re.sub(r"[ \u3000\t]", "", label), ("", ""))[0]
        if name == "url":
            if not self.url and re.match(r"(?:https?://|www\.)\S+$", value, re.IGNORECASE):
                self.url = value
        elif name == "source":
            self.source = self.source or value
        elif name == "title":
            self.title = self.title or value
        elif name in DATE_FIELDS:
            self.set_date(value, DATE_FIELDS[name])

    def set_date(self, value: object, rank: int) -> None:
        """Keep the date of the best rank (1: 成文日期, 2: 发布日期, 3: 时间 …)."""
        iso = normalize_date(value)
        if iso and rank < self.date_rank:
            self.date, self.date_rank = iso, rank


def metadata_values(items: Iterable[tuple[str, str]], field_name: str) -> list[str]:
    """The values of the metadata items whose label fills ``field_name`` (issuer: 发布部门, 发文机关 …;
    doc_number: 文号, 发文字号 …; date1: 成文日期 …), in order."""
    labels = words().labels
    return [value for label, value in items
            if labels.get(re.sub(r"[ \u3000\t]", "", label), ("", ""))[0] == field_name]


def metadata_pairs(line: str, zone: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a metadata line, None if it is not one.
    A label with no value ("时间：") gives ("时间", "")."""
    if len(line) > 400:
        return None
    w = words()
    text = line.strip(" \u3000")
    bracket = text[:1] in "（("
    if bracket:
        text = text[1:].rstrip(" \u3000）)")
    matches = list(w.label_re.finditer(text))
    if not matches:
        return table_cells(text, zone) if "\t" in text else None
    lead = text[:matches[0].start()].strip(" \u3000")
    pairs: list[tuple[str, str]] = []
    cells: set[int] = set()  # the pairs whose value is an empty cell of a table (文　　号：\t\t有 效 性：\t有效)
    if lead:
        if not is_timestamp(lead) or DATETIME_RE.fullmatch(lead) is None:
            return None
        pairs.append(("时间", lead))
    for i, m in enumerate(matches):
        label = re.sub(r"[ \u3000\t]", "", m.group("bracketed") or m.group("plain"))
        if zone not in w.labels[label][1]:
            return None
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        raw = text[m.end():end]
        value = without_chrome_tail(raw.strip(" \u3000\t"))
        if not value and "\t" in raw:
            cells.add(len(pairs))
        if len(value) > _MAX_LENGTH.get(w.labels[label][0], MAX_VALUE) or (value.count("，") >= 2 or (
                len(value) > 15 and any(c in value for c in "。；！？"))) and not is_list_of_names(w.labels[label][0], value):
            return None  # a sentence run on after the label: not a value
        pairs.append((label, value))
    if any(not v and k not in cells for k, (_, v) in enumerate(pairs[:-1])):
        return None  # "来源：时间：…": two labels in a row are not metadata (unless a table's cell between is empty)
    return pairs


NAME_LIST_SEPARATOR = re.compile(r"[；;、，,]")


def is_list_of_names(field: str, value: str) -> bool:
    """An issuer field's value that lists bodies (某局；某局；某局), not a sentence run on after the label."""
    names = NAME_LIST_SEPARATOR.split(value)
    return field == "issuer" and not any(c in value for c in "。！？") and all(2 <= len(n.strip()) <= 30 for n in names)


def table_cells(text: str, zone: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of an information table's row printed as cells without colons (发文机关	文化和旅游部	发文字号
    	文化和旅游部令第13号; 标	题	某办法, its label spaced out), None unless every other cell is a label."""
    w = words()
    cells = [c.strip(" \u3000") for c in SPACED_LABEL.sub(r"\1\2", text).split("\t")]
    pairs = cell_pairs(cells, w.labels)
    known = pairs and all(label in w.labels and zone in w.labels[label][1] and value
                          and len(value) <= _MAX_LENGTH.get(w.labels[label][0], MAX_VALUE) for label, value in pairs)
    return pairs if known else None


def cell_pairs(cells: list[str], labels: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """The (label, value) pairs of a table row's cells: a label's cell and its value's, or one cell holding both where the
    printed page lost the gap between them (发文机关财政部	成文日期2026年05月12日; 标	题财政部…关于…的通知: the label's
    characters set apart); [] when a cell is neither."""
    pairs, k = [], 0
    while k < len(cells):
        cell = cells[k]
        if len(cell) == 1 and k + 1 < len(cells) and glued_label(cell + cells[k + 1], labels) \
                and cell + cells[k + 1] not in labels:
            cell, k = cell + cells[k + 1], k + 1  # (标	题财政部…: a label spaced across two cells)
        if cell in labels and k + 1 < len(cells):
            pairs.append((cell, cells[k + 1]))
            k += 2
        elif label := glued_label(cell, labels):
            pairs.append((label, cell[len(label):]))
            k += 1
        else:
            return []
    return pairs


def glued_label(cell: str, labels: dict[str, tuple[str, str]]) -> str:
    """The longest known label a cell opens on, with its value after it; "" if none."""
    return max((label for label in labels if cell.startswith(label) and len(cell) > len(label)), key=len, default="")


SPACED_LABEL = re.compile(r"(?:^|(?<=\t))([\u4e00-\u9fff])[\t \u3000]+([\u4e00-\u9fff])(?=\t)")  # (标	题	…; 索引号	…	分	类	…)

"""Web pages: HTML -> the lines of the page's main content, and its metadata.

A full page (``<!doctype html>``, ``<html>``, ``<head>`` or ``<body>``) is
reduced to its main content: the smallest element holding most of the page's
non-link text, widened to its ancestors while they add little (the title and
the date line above an article body), with link lists (navigation, related
articles) inside it skipped. Metadata come from the head: ``og:title`` /
``ArticleTitle`` / ``<title>`` without the site's name (an ``<h1>`` that the
title contains wins), ``PubDate`` / ``article:published_time`` … for the date,
``ContentSource`` / ``source`` … for the source, the canonical link for the
URL; "label：value" lines outside the main content (索引号, 发文机关, 成文日期 …
of a government page's information table) are collected by :mod:`chrome`.

HTML inside Markdown or text (a fragment) is reduced to all its visible text.

Line structure is kept: block elements end lines, ``<br>`` breaks a line,
``h1``–``h6`` become :class:`~.layout.Heading` lines, and so does a paragraph
that is one short bold phrase (``<p><strong>阿盟称…</strong></p>``, a
sub-heading inside a story, one level below ``h6``), cells of a data table
are tab-separated on one line per row (a layout table, whose cells hold
paragraphs, is read as blocks). Parsing is lxml's (libxml2, C); the tree is
walked without recursion, so deep nesting cannot exhaust the stack.
"""
from __future__ import annotations

import re
import lxml.html
from lxml import etree

from .chrome import Metadata, title_parts, title_without_site
from .decode import clean_chars
from .layout import SUBHEADING_LEVEL, Heading, squeeze

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot caption section article header "
    "footer nav aside center blockquote pre hr figure figcaption form address main html body details "
    "summary fieldset legend tr".split()
)
SKIP_TAGS = frozenset(
    "script style head title noscript template svg iframe object embed canvas select button input "
    "textarea option map area audio video source track math".split()
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_BLOCKS = frozenset("ul ol dl div table section nav aside header footer p td".split())
TITLE_META = ("og:title", "articletitle", "title", "dc.title", "twitter:title", "headline")
DATE_META = ("pubdate", "publishdate", "publish_date", "article:published_time", "og:article:published_time",
             "publication_date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "date",
             "citation_publication_date", "citation_date", "datepublished", "firstpublishedtime", "sailthru.date")
SOURCE_META = ("contentsource", "source", "dc.publisher", "publisher", "article:author", "author", "dc.creator")
SITE_META = ("sitename", "og:site_name", "application-name")
SITE_LABEL = "网站名称"  # the metadata label (ontology/load/metadata_labels.csv) a page's site name is kept under

TAG_RE = re.compile(
    r"<!doctype\s+html|<(?:html|body|p|div|br|span|center|img|table|tr|td|th|h[1-6]|ul|ol|li|a|strong|b|em|i|u|"
    r"font|section|article|head|meta|title|script|style|blockquote|pre|hr|iframe|figure|header|footer|nav|"
    r"tbody|thead|dl|dt|dd|sup|sub|small|label|form|link)(?:\s[^<>]*)?/?>|</(?:html|body|p|div|span|center|"
    r"table|tr|td|th|h[1-6]|ul|ol|li|a|strong|b|em|i|u|font|section|article|head|title|script|style|"
    r"blockquote|pre|figure|header|footer|nav|tbody|thead|dl|dt|dd|sup|sub|small|label|form)\s*>",
    re.IGNORECASE,
)
_PAGE_RE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
                      re.IGNORECASE | re.DOTALL)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_WS_RE = re.compile(r"[ \t\n\r\f\v]+")
_LAYOUT_CELL_CHARS = 200  # a table cell holding more text than this is layout, not data
_SUBHEADING_CHARS = (4, 40)  # a bold paragraph this long (in characters) may be a sub-heading
_SENTENCE_MARKS_RE = re.compile(r"[。！？；：!?;:]|[，,]$")


def has_tags(text: str, start: int = 0, end: int | None = None) -> bool:
    return TAG_RE.search(text, start, len(text) if end is None else end) is not None


def is_page(text: str, start: int = 0) -> bool:
    """A whole HTML page rather than text with some tags in it."""
    return _PAGE_RE.match(text[start:start + 4096]) is not None


# --------------------------------------------------------------------------- #
# tree -> lines
# --------------------------------------------------------------------------- #

class _Writer:
    """Collects lines: a str per line, "" for a paragraph break, a Heading per heading."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.level = 0  # inside a heading of this level

    def text(self, s: str | None, pre: bool) -> None:
        if not s:
            return
        if pre:
            first, *rest = s.split("\n")
            self.buf.append(first)
            for part in rest:
                self.newline()
                self.buf.append(part)
        else:
            self.buf.append(_WS_RE.sub(" ", s))

    def newline(self) -> None:
        line = "".join(self.buf).strip()
        self.buf.clear()
        if line:
            self.lines.append(Heading(line, self.level) if self.level else line)

    def paragraph(self) -> None:
        self.newline()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _text_sizes(root) -> tuple[dict, dict]:
    """Non-space characters of text (all, and inside links) under each element."""
    total: dict = {}
    links: dict = {}
    order = []
    stack = [root]
    while stack:
        el = stack.pop()
        order.append(el)
        stack.extend(child for child in el if _tag(child) not in SKIP_TAGS)
    for el in reversed(order):
        own = _nonspace(el.text) if _tag(el) not in SKIP_TAGS else 0
        n = own
        k = 0
        for child in el:
            if _tag(child) in SKIP_TAGS or not isinstance(child.tag, str):
                n += _nonspace(child.tail)
                continue
            n += total[child] + _nonspace(child.tail)
            k += links[child]
        total[el] = n
        links[el] = n if _tag(el) == "a" else k
    return total, links


def _nonspace(s: str | None) -> int:
    return len(s) - s.count(" ") - s.count("\n") - s.count("\t") - s.count("\r") if s else 0


def _data_table(table, total: dict) -> bool:
    """A table of data (one line per row) rather than a layout table."""
    for el in table.iter("td", "th"):
        if total.get(el, 0) > _LAYOUT_CELL_CHARS:
            return False
        for inner in el.iter("table"):
            if inner is not el:
                return False
    return True


def bold_subheading(el) -> bool:
    """A paragraph that is only one short bold phrase and no sentence
    (``<p><strong>阿盟称中东爆发地区战争的风险加大</strong><br></p>``): a sub-heading."""
    if _tag(el) not in ("p", "div") or (el.text or "").strip():
        return False
    kids = [child for child in el if _tag(child) != "br"]
    if len(kids) != 1 or _tag(kids[0]) not in ("strong", "b") or any((child.tail or "").strip() for child in el):
        return False
    text = "".join(kids[0].itertext()).strip()
    return _SUBHEADING_CHARS[0] <= len(text) <= _SUBHEADING_CHARS[1] and not _SENTENCE_MARKS_RE.search(text)


def element_lines(root, total: dict | None = None, links: dict | None = None) -> list[str]:
    """The lines of ``root``'s visible text (see module docstring)."""
    if total is None or links is None:
        total, links = _text_sizes(root)
    w = _Writer()
    pre = 0
    cells: list[int] = []  # per open data table: cells written in the current row (-1: layout table)
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = _tag(el)
        if closing:
            if w.level and (tag in HEADINGS or w.level == SUBHEADING_LEVEL and tag in ("p", "div")):
                w.newline()
                w.level = 0
                w.paragraph()
            elif tag == "pre":
                pre -= 1
                w.paragraph()
            elif tag == "table":
                cells.pop()
                w.paragraph()
            elif tag in ("td", "th") and cells and cells[-1] >= 0:
                pass
            elif tag == "tr" and cells and cells[-1] >= 0:
                w.newline()
            elif tag in BLOCK_TAGS or tag in ("td", "th"):
                if cells and cells[-1] >= 0:
                    w.buf.append(" ")
                else:
                    w.paragraph()
            w.text(el.tail, pre > 0)
            continue
        if not tag or tag in SKIP_TAGS:
            if el is not root:
                w.text(el.tail, pre > 0)
            continue
        if el is not root and tag in LIST_BLOCKS and total.get(el, 0) >= 10 and links.get(el, 0) > 0.6 * total[el]:
            w.text(el.tail, pre > 0)  # a list of links: navigation, related articles
            continue
        in_data_cell = bool(cells) and cells[-1] >= 0
        if tag in HEADINGS and not in_data_cell:
            w.paragraph()
            w.level = HEADINGS[tag]
        elif not w.level and not in_data_cell and bold_subheading(el):
            w.paragraph()
            w.level = SUBHEADING_LEVEL
        elif tag == "br":
            if in_data_cell or w.level:
                w.buf.append(" ")
            else:
                w.newline()
        elif tag == "table":
            w.paragraph()
            cells.append(0 if _data_table(el, total) else -1)
        elif tag == "tr" and cells and cells[-1] >= 0:
            w.newline()
            cells[-1] = 0
        elif tag in ("td", "th") and cells and cells[-1] >= 0:
            if cells[-1]:
                w.buf.append("\t")
            cells[-1] += 1
        elif tag == "pre":
            w.paragraph()
            pre += 1
        elif tag in BLOCK_TAGS or tag in ("td", "th"):
            if in_data_cell:
                w.buf.append(" ")
            else:
                w.paragraph()
        elif tag == "img":
            pass
        w.text(el.text, pre > 0)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    w.newline()
    return w.lines


# --------------------------------------------------------------------------- #
# fragments and pages
# --------------------------------------------------------------------------- #

def _parse(text: str):
    text = _XML_DECL_RE.sub("", clean_chars(text), count=1)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(remove_comments=True, huge_tree=True,
                                                                               remove_pis=True))
    except (etree.ParserError, ValueError):
        return None


def fragment_lines(text: str) -> list[str]:
    """All visible text of an HTML fragment, as lines."""
    root = _parse(f"<html><body>{text}</body></html>")
    if root is None:
        return []
    body = root.find("body")
    body = body if body is not None else root
    if _lost_text(text, body):
        return crude_lines(text)
    return element_lines(body)


_SKIPPED_BLOCK_RE = re.compile(r"<(script|style|head|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->",
                               re.IGNORECASE | re.DOTALL)
_BLOCK_TAG_RE = re.compile(r"</?(?:p|div|br|h[1-6]|li|tr|table|section|article|blockquote|pre|hr)\b[^>]*>",
                           re.IGNORECASE)
_ANY_TAG_RE = re.compile(r"<[^<>]*>")


def crude_lines(text: str) -> list[str]:
    """Visible text by stripping tags: for HTML nested deeper than the parser keeps."""
    import html as _html

    text = _SKIPPED_BLOCK_RE.sub(" ", text)
    text = _BLOCK_TAG_RE.sub("\n", text)
    text = _html.unescape(_ANY_TAG_RE.sub("", text))
    return [line.strip() for line in text.split("\n")]


def _lost_text(source: str, root) -> bool:
    """Whether the parsed tree lost text the source has (libxml2 drops what is nested too deep)."""
    if source.count("<") < 2000:
        return False
    crude = sum(_nonspace(line) for line in crude_lines(source))
    kept = _nonspace(root.text_content())
    return crude > 0 and kept < 0.8 * crude


def _main_content(body, total: dict, links: dict):
    """The element holding the page's main text (see module docstring)."""
    def score(el) -> int:
        return total.get(el, 0) - links.get(el, 0)

    cur = body
    path = [cur]
    while True:
        children = [c for c in cur if isinstance(c.tag, str) and _tag(c) not in SKIP_TAGS]
        if not children:
            break
        best = max(children, key=score)
        if score(cur) <= 0 or score(best) < 0.6 * score(cur):
            break
        cur = best
        path.append(cur)
    for _ in range(3):  # widen while the parent adds little: the title and date line above the body
        if len(path) < 2 or score(path[-2]) > 1.3 * score(path[-1]) + 40:
            break
        path.pop()
    return path[-1]


def page(text: str) -> tuple[list[str], list[str], Metadata]:
    """(lines of the main content, lines before it, metadata) of a whole page."""
    meta = Metadata()
    root = _parse(text)
    if root is None:
        return [], [], meta
    head_meta(root, meta)
    body = root.find("body")
    if body is None:
        body = root
    if _lost_text(text, body):
        return crude_lines(text), [], meta
    total, links = _text_sizes(body)
    main = _main_content(body, total, links)
    lines = element_lines(main, total, links)
    before: list[str] = []
    if main is not body:
        before = _lines_before(body, main, total, links)
    h1 = _first_heading(lines)
    if h1 and (not meta.title or h1 in meta.title) and len(h1) <= 200:
        meta.title = h1
    return lines, before, meta


def _first_heading(lines: list[str]) -> str:
    for line in lines[:40]:
        if isinstance(line, Heading) and line.level == 1:
            return squeeze(str(line)).strip()
    return ""


def _lines_before(body, main, total: dict, links: dict) -> list[str]:
    """Lines of the page's elements that come before ``main`` (not inside it)."""
    out: list[str] = []
    node = main
    while node is not None and node is not body:
        parent = node.getparent()
        if parent is None:
            break
        siblings = []
        for child in parent:
            if child is node:
                break
            siblings.append(child)
        chunk: list[str] = []
        for sib in siblings:
            if isinstance(sib.tag, str) and _tag(sib) not in SKIP_TAGS and total.get(sib, 0) <= 2000:
                chunk.extend(element_lines(sib, total, links))
        out[:0] = chunk
        node = parent
    return out


def head_meta(root, meta: Metadata) -> None:
    """Title, date, source and URL from the page's <head>."""
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = clean_chars(content)
    title_el = root.find(".//title")
    page_title = title_el.text_content() if title_el is not None else ""
    title = next((found[k] for k in TITLE_META if found.get(k)), "") or page_title
    title = title_without_site(title) if title else ""
    if title:
        meta.title = title[:500]
    site = next((found[k] for k in SITE_META if found.get(k)), "") or "_".join(title_parts(page_title)[1:])
    if site:
        meta.items.append((SITE_LABEL, site[:200]))  # (…_某市人民政府: the portal whose 我市 a page means)
    for key in DATE_META:
        if key in found:
            meta.set_date(found[key], 2)
            if meta.date:
                meta.items.append((key, found[key]))
                break
    for key in SOURCE_META:
        if found.get(key):
            meta.source = squeeze(found[key]).strip()[:200]
            break
    for link in root.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            meta.url = clean_chars(link.get("href").strip())
            break
    if not meta.url and found.get("og:url"):
        meta.url = found["og:url"]


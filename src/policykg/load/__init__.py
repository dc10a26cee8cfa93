"""Stage 1 — load: files on disk -> cleaned :class:`~policykg.records.Document`.

Everything later stages see is ``Document.text``: every character offset in
the graph refers to it, so all repair of the raw file happens here.

A file goes through:

1. :mod:`.files` — only regular files are opened (a FIFO would block);
   refused formats (.doc, .wps …) are named with advice; names that are not
   valid UTF-8 are shown with ``%XX``.
2. :mod:`.decode` — the format by the bytes (a ``.pdf`` that holds HTML is
   read as HTML), text decoded (UTF-8 ± BOM, UTF-16 BOM, GB18030), binaries
   refused by kind; characters XML 1.0 and Turtle cannot carry are dropped.
3. A reader per format, each giving lines and metadata: :mod:`.pdf`
   (pypdfium2: lines, running headers, paragraphs from the geometry),
   :mod:`.docx` (python-docx), :mod:`.html` (a page's main content and its
   head's metadata), :mod:`.markdown` (front matter through a safe loader,
   Markdown, embedded HTML, plain text).
4. :mod:`.chrome` — page chrome out, metadata lines (法宝引证码, 原文链接, 来源,
   时间 …) into ``Document.meta``.
5. :mod:`.layout` — paragraphs (plain text is re-joined across hard wraps and
   page breaks), furniture, page numbers, captions, TOCs, footnotes; headings
   the format marks become ``Part(kind="heading")``.

``title`` and ``date`` come from metadata only (front matter, the page's
head, metadata lines, a Markdown title heading like ``# 《新闻联播》 (20230110)``);
the date falls back to a date in the file name. The ``structure`` stage reads
the rest from the text's lines.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath

from ..errors import LoadError
from ..records import Document, Part, Skipped
from .chrome import Metadata, metadata_pairs
from .dates import file_name_date, normalize_date, text_date
from .decode import DecodeError, clean_chars, decode, read_regular_file, safe_name, sniff
from .files import SUPPORTED_SUFFIXES, Source, formats, iter_sources, shown_path, suffix_of, unsupported_reason
from .layout import DROP, Heading, Layout, assemble, clean_line, count_furniture, retext
from .markdown import MD_SIGNAL_RE, front_matter, front_matter_items, heading_title, iter_lines, meta_text
from .page import PageCleaner

__all__ = ["SUPPORTED_SUFFIXES", "Source", "load_document", "iter_sources", "iter_documents", "normalize_date",
           "skipped", "text_date"]

_HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_MD_SUFFIXES = (".md", ".markdown")
_LIST_LINES_UP_TO = 2_000_000  # characters of text whose cleaned lines are kept in a list
_FM_DATE_KEYS = ("date", "publishdate", "published", "pubdate", "created", "time")
_FM_SOURCE_KEYS = ("source", "publisher", "author")
_FM_URL_KEYS = ("url", "link", "canonical_url", "source_url", "original_url", "permalink")


def load_document(path: Path | str, doc_id: str | None = None) -> Document:
    """Load one file as a cleaned :class:`Document`.

    Raises :class:`LoadError` (``path``, ``reason``, ``category``, ``format``)
    when the file cannot be read as a document: missing, not a regular file,
    no permission, a refused format, empty, binary, undecodable, a scanned or
    encrypted PDF, malformed front matter."""
    path_os = os.fspath(path)
    shown = shown_path(path_os)
    suffix = suffix_of(path_os)
    if suffix in formats().refused:
        reason, fmt = unsupported_reason(path_os)
        raise LoadError(shown, reason, "unsupported format", fmt)
    raw = read_regular_file(path_os, shown, formats().read.get(suffix, suffix.lstrip(".")))
    doc_id = safe_name(doc_id if doc_id is not None else PurePath(path_os).stem)
    kind = sniff(raw)
    if kind == "pdf":
        return _pdf(raw, shown, doc_id)
    if kind == "docx":
        return _docx(raw, shown, doc_id)
    if kind == "ole2":
        raise LoadError(shown, "unsupported format: an old Microsoft Office / WPS document (.doc, .xls, .wps); "
                               "save it as .docx or .pdf", "unsupported format", suffix.lstrip(".") or "doc")
    if kind == "zip" and suffix == ".docx":
        raise LoadError(shown, "malformed DOCX: a ZIP archive without a readable word/document.xml; "
                               "expected a Word .docx document", "malformed DOCX", "docx")
    if kind == "zip":
        raise LoadError(shown, "binary file (ZIP archive), expected a document: text, HTML, PDF or .docx",
                        "binary", suffix.lstrip("."))
    try:
        text, encoding = decode(raw)
    except DecodeError as err:
        raise LoadError(shown, str(err), err.category, formats().read.get(suffix, suffix.lstrip("."))) from None
    del raw
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise LoadError(shown, "empty file", "empty", formats().read.get(suffix, "txt"))
    return _text(text, encoding, shown, suffix, doc_id)


# --------------------------------------------------------------------------- #
# formats
# --------------------------------------------------------------------------- #

def _cleaned(lines: Iterable[str]) -> Iterator[str]:
    """Lines of a reader (PDF, DOCX, HTML page) cleaned like text lines."""
    for line in lines:
        if not line:
            yield ""
            continue
        yield retext(line, clean_line(line)) if isinstance(line, Heading) else clean_line(line)


def _headings_ok(lines: Iterable[str]) -> Iterator[str]:
    """A heading that cleaning emptied or turned into a marker is no heading."""
    for line in lines:
        if isinstance(line, Heading) and (not str(line) or str(line) == DROP):
            yield DROP
        else:
            yield line


def _layout(make_lines: Callable[[], Iterable[str]], meta: Metadata, *, join: bool, furniture: bool) -> Layout:
    """Chrome and metadata out (into ``meta``), then layout repair. With
    ``furniture``, ``make_lines()`` is walked twice: first to count repeated lines."""
    counts = count_furniture(_headings_ok(make_lines())) if furniture else {}
    found = Metadata()
    layout = assemble(PageCleaner(found, counts)(_headings_ok(make_lines())), join=join, counts=counts)
    for label, value in found.items:
        meta.add(label, value)
    return layout


def _pdf(raw: bytes, shown: str, doc_id: str) -> Document:
    from .pdf import read_pdf

    pdf = read_pdf(raw, shown)
    del raw
    layout = _layout(lambda: _cleaned(pdf.lines), pdf.meta, join=False, furniture=False)
    return _document(doc_id, shown, layout, pdf.meta, "pdf", "", "")


def _docx(raw: bytes, shown: str, doc_id: str) -> Document:
    from .docx import read_docx

    lines, meta = read_docx(raw, shown)
    del raw
    layout = _layout(lambda: _cleaned(lines), meta, join=False, furniture=False)
    return _document(doc_id, shown, layout, meta, "docx", "", "")


def _text(text: str, encoding: str, shown: str, suffix: str, doc_id: str) -> Document:
    from . import html

    fm, start = front_matter(text, shown)
    meta = _front_matter_meta(fm)
    if html.is_page(text, start):
        lines, before, page_meta = html.page(text[start:])
        del text
        _merge(meta, page_meta)
        _metadata_from(before, meta)
        layout = _layout(lambda: _cleaned(lines), meta, join=False, furniture=False)
        return _document(doc_id, shown, layout, meta, "html", encoding, "")
    tags = html.has_tags(text, start)
    md = bool(fm) or MD_SIGNAL_RE.search(text, start) is not None or suffix in _MD_SUFFIXES
    if md:
        fmt = "md"
    elif tags or suffix in _HTML_SUFFIXES:
        fmt = "html"
    else:
        fmt = "txt"
    if len(text) <= _LIST_LINES_UP_TO:  # cleaned once, walked twice; a bigger text is cleaned twice, never held
        lines = list(iter_lines(text, start, md, tags))
        layout = _layout(lambda: lines, meta, join=True, furniture=True)
    else:
        layout = _layout(lambda: iter_lines(text, start, md, tags), meta, join=True, furniture=True)
    if not layout.text.strip():
        raise LoadError(shown, "no visible text after removing markup" if (tags or fm) else "empty file",
                        "empty", fmt)
    return _document(doc_id, shown, layout, meta, fmt, encoding, "md" if md else "")


def _front_matter_meta(fm: dict) -> Metadata:
    meta = Metadata()
    if not fm:
        return meta
    meta.items.extend(front_matter_items(fm))
    meta.title = meta_text(fm.get("title"))
    for key in _FM_DATE_KEYS:
        if key in fm:
            meta.set_date(fm[key], 0)
            if meta.date:
                break
    meta.source = next((s for s in (meta_text(fm.get(k)) for k in _FM_SOURCE_KEYS) if s), "")
    meta.url = next((s for s in (meta_text(fm.get(k)) for k in _FM_URL_KEYS) if s), "")
    return meta


def _merge(meta: Metadata, other: Metadata) -> None:
    """Fill what ``meta`` (front matter) lacks from ``other`` (the page's head)."""
    meta.items.extend(other.items)
    meta.title = meta.title or other.title
    meta.url = meta.url or other.url
    meta.source = meta.source or other.source
    if other.date:
        meta.set_date(other.date, other.date_rank)


def _metadata_from(lines: Iterable[str], meta: Metadata) -> None:
    """"label：value" lines and table rows of a page outside its main content."""
    for line in lines:
        if not line:
            continue
        cells = [c.strip() for c in str(line).split("\t") if c.strip()]
        candidates = [" ".join(cells)] if len(cells) == 1 else [f"{a}{b}" for a, b in zip(cells, cells[1:])]
        for candidate in candidates:
            pairs = metadata_pairs(clean_line(candidate), "head")
            if pairs:
                for label, value in pairs:
                    if value:
                        meta.add(label, value)


def _document(doc_id: str, shown: str, layout: Layout, meta: Metadata, fmt: str, encoding: str,
              headings_give_title: str) -> Document:
    text = layout.text
    if not text.strip():
        raise LoadError(shown, f"no text in this {fmt.upper()} after removing page furniture", "empty", fmt)
    title = meta.title
    date = meta.date
    if headings_give_title and layout.headings:
        start, _, label, level = layout.headings[0]
        if start == 0 and level == 1:
            heading, heading_date = heading_title(label)
            title = title or heading
            date = date or heading_date
    date = date or file_name_date(PurePath(shown).stem)
    source = meta.source or layout.source
    items = list(meta.items)
    if layout.source:
        items.append((layout.source_label or "来源", layout.source))
    parts = tuple(Part("heading", s, e, label, level) for s, e, label, level in layout.headings)
    return Document(
        id=doc_id, path=shown, text=text, title=_field(title), date=date, source=_field(source),
        format=fmt, encoding=encoding or "", url=_field(meta.url),
        meta=tuple((_field(k), _field(v)) for k, v in items if _field(k) and _field(v)), parts=parts,
    )


def _field(value: str) -> str:
    return _SPACES_RE.sub(" ", clean_chars(value or "")).strip()[:1000]


_SPACES_RE = re.compile(r"\s+")


# --------------------------------------------------------------------------- #
# many files
# --------------------------------------------------------------------------- #

def skipped(source: Source, err: LoadError) -> Skipped:
    """The :class:`Skipped` record for a source that failed to load."""
    return Skipped(source.path, err.reason, err.format or suffix_of(source.path).lstrip("."), err.category)


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Lazily load every file of :func:`iter_sources`: a :class:`Document` per
    loaded file, a :class:`Skipped` for each that could not be used; one bad
    file never stops the iteration."""
    for source in iter_sources(paths):
        if isinstance(source, Skipped):
            yield source
            continue
        try:
            yield source.load()
        except LoadError as err:
            yield skipped(source, err)

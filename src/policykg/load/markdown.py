"""Plain text and Markdown: front matter, Markdown markup, embedded HTML.

- **Front matter** (``---`` YAML ``---`` at the top, at most 64 KiB) is read
  with a safe loader that also refuses anchors and aliases (a few hundred
  bytes of aliases can expand to gigabytes) and nesting deeper than 20; such
  a file, or one whose front matter is malformed YAML, is refused with a
  :class:`~policykg.errors.LoadError` naming the problem. Characters a
  Document may not carry (from YAML escapes like ``"\\ud800"``) are dropped.
- **Markdown**: headings become :class:`~.layout.Heading` lines (without the
  ``#``), images, autolinks, link targets, emphasis, code marks, rules and
  reference definitions go; an HTML block (a line starting with a tag, up to
  the next blank line) or a line with inline tags is reduced to its visible
  text, line structure kept.
- A transcript's title heading ``# 《新闻联播》 (20230110)`` gives the
  document's date and a readable title (:func:`heading_title`).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

import yaml

from ..errors import LoadError
from .dates import iso, normalize_date
from .decode import clean_chars
from .html import fragment_lines, has_tags
from .layout import DROP, HARD, Heading, clean_line, finish_line, retext, split_breaks

MAX_FRONT_MATTER = 65536
MAX_DEPTH = 20

MD_SIGNAL_RE = re.compile(r"^#{1,6}[ \t]+\S|!?\[[^\[\]\n]{1,200}\]\([^()\s]{0,500}\)|^```", re.MULTILINE)
_FENCE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_YAML_KEY_RE = re.compile(r"^[ \t]*[^\s:#][^:\n]{0,80}:(?:[ \t]|$)")

_AUTOLINK_RE = re.compile(r"<(?:https?://|ftp://|mailto:|www\.)[^<>\s]*>", re.IGNORECASE)
_MD_FOOTREF_RE = re.compile(r"\^\[\d{1,4}\]|\[\^[^\]\s]{1,20}\]")
_MD_IMAGE_RE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\n]{0,1000}\)")
_MD_LINK_RE = re.compile(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,1000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_MD_BOLD_RE = re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*")
_MD_UBOLD_RE = re.compile(r"(?<![\w])__(?=\S)([^_\n]+?)__(?![\w])")
_MD_ITALIC_RE = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)\*(?![*\w])")
_MD_CODE_RE = re.compile(r"`([^`\n]+)`")
_MD_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_DROP_RE = re.compile(r"^(?:```.*|~~~.*|(?:[-*_][ \t]*){3,}|=+|\[[^\]]+\]:\s*\S+.*|\[\^[^\]]+\]:.*)$")


# --------------------------------------------------------------------------- #
# front matter
# --------------------------------------------------------------------------- #

class _RefusedYAML(ValueError):
    pass


class _FrontMatterLoader(yaml.SafeLoader):
    """yaml.SafeLoader without anchors/aliases and with a nesting limit."""

    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _RefusedYAML(f"a YAML alias (*{event.anchor}) at line {event.start_mark.line + 2}; "
                               "expected plain values (anchors and aliases are refused)")
        if getattr(event, "anchor", None):
            raise _RefusedYAML(f"a YAML anchor (&{event.anchor}) at line {event.start_mark.line + 2}; "
                               "expected plain values (anchors and aliases are refused)")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _RefusedYAML(f"nesting deeper than {MAX_DEPTH} levels at line {event.start_mark.line + 2}")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def front_matter(text: str, path: str) -> tuple[dict, int]:
    """(metadata with lower-case keys, offset where the body starts); ({}, 0)
    when the text has no front matter. Raises LoadError for front matter that
    is refused or malformed."""
    if not text.startswith("---"):
        return {}, 0
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return {}, 0
    m = _FENCE_RE.search(text, first_nl + 1, min(len(text), MAX_FRONT_MATTER))
    if not m:
        return {}, 0
    block = text[first_nl + 1:m.start()]
    try:
        data = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except _RefusedYAML as err:
        raise LoadError(path, f"front matter refused: {err}", "malformed front matter", "md") from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as err:
        if not any(_YAML_KEY_RE.match(line) for line in block.splitlines()[:5]):
            return {}, 0  # a text that happens to start with a rule, not front matter
        where = getattr(err, "problem_mark", None)
        at = f" at line {where.line + 2}" if where is not None else ""
        problem = getattr(err, "problem", None) or type(err).__name__
        raise LoadError(path, f"malformed front matter: {clean_chars(str(problem))}{at}; expected YAML key: value lines",
                        "malformed front matter", "md") from None
    if not isinstance(data, dict):
        return {}, 0
    end = text.find("\n", m.end())
    return {clean_chars(str(k)).lower(): v for k, v in data.items()}, (len(text) if end < 0 else end + 1)


def meta_text(value: object) -> str:
    """A front matter value as one clean string ("" for none)."""
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v not in (None, "")), "")
    if isinstance(value, dict):
        value = value.get("name") or ""
    if value is None:
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return clean_chars(str(value)).strip()[:1000]


def front_matter_items(meta: dict) -> list[tuple[str, str]]:
    """(key, value) for every scalar (or list of scalars) in the front matter."""
    items = []
    for key, value in meta.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            if isinstance(v, (str, int, float, _dt.date)) and not isinstance(v, bool):
                text = meta_text(v)
                if text:
                    items.append((key, text))
    return items


# --------------------------------------------------------------------------- #
# lines
# --------------------------------------------------------------------------- #

def clean_md_line(line: str) -> str:
    """One Markdown line -> cleaned line (a Heading for a heading)."""
    line = clean_chars(line)
    stripped = line.strip()
    if stripped and _MD_DROP_RE.match(stripped):
        return DROP
    if stripped.startswith(">"):
        line = stripped.lstrip("> ")
    m = _MD_HEADING_RE.match(line.strip())
    level = 0
    if m:
        level = len(m.group(1))
        line = m.group(2)
    line = strip_inline_markup(line, md=True)
    cleaned = clean_line(line)
    if level and cleaned and cleaned != DROP and not cleaned.startswith("\x01"):
        return Heading(cleaned, level)
    return cleaned


def strip_inline_markup(line: str, md: bool) -> str:
    """Markdown links, images, footnote references and emphasis -> their text."""
    if "[" in line or "<" in line or "^" in line:
        line = _MD_FOOTREF_RE.sub("", line)
        line = _MD_IMAGE_RE.sub("", line)
        line = _AUTOLINK_RE.sub("", line)
        line = _MD_LINK_RE.sub(r"\1", line)
    if "**" in line:
        line = _MD_BOLD_RE.sub(r"\1", line)
    if md:
        if "__" in line:
            line = _MD_UBOLD_RE.sub(r"\1", line)
        if "*" in line:
            line = _MD_ITALIC_RE.sub(r"\1", line)
        if "`" in line:
            line = _MD_CODE_RE.sub(r"\1", line)
    return line


def _clean_fragment_line(line: str, md: bool) -> str:
    text = strip_inline_markup(str(line), md)
    cleaned = finish_line(clean_chars(text))
    return retext(line, cleaned) if cleaned else ""


def iter_lines(text: str, start: int, md: bool, tags: bool) -> Iterator[str]:
    """Cleaned lines of ``text[start:]``, one at a time (no list of all lines).
    ``tags``: the text has HTML tags to reduce to text."""
    n = len(text)
    pos = start
    while pos <= n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        raw = text[pos:end]
        pos = end + 1
        if tags and "<" in raw and has_tags(raw):
            if raw.lstrip().startswith("<"):  # an HTML block: up to the next blank line
                block = [raw]
                while pos <= n:
                    end = text.find("\n", pos)
                    if end < 0:
                        end = n
                    nxt = text[pos:end]
                    if not nxt.strip() or sum(map(len, block)) > 1 << 20:
                        break
                    block.append(nxt)
                    pos = end + 1
                raw = "\n".join(block)
            yield HARD
            for line in fragment_lines(_AUTOLINK_RE.sub("", raw)):
                yield _clean_fragment_line(line, md) if line else HARD
            yield HARD
            continue
        for part in split_breaks(raw):
            yield clean_md_line(part) if md else clean_line(strip_inline_markup(part, md=False))


# --------------------------------------------------------------------------- #
# a heading as a title
# --------------------------------------------------------------------------- #

_HEADING_DATE_RE = re.compile(
    r"[ \t\u3000]*[（(\[【]?[ \t\u3000]*(\d{4})(?:[-_./年]?)(\d{1,2})(?:[-_./月]?)(\d{1,2})日?[ \t\u3000]*[）)\]】]?[ \t\u3000]*$"
)


def heading_title(heading: str) -> tuple[str, str]:
    """(readable title, ISO date) of a title heading that ends with a date:
    "《新闻联播》 (20230110)" -> ("《新闻联播》 2023年1月10日", "2023-01-10");
    a heading without one -> (heading, "")."""
    m = _HEADING_DATE_RE.search(heading)
    if m:
        date = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if len(date) == 10:
            y, mo, d = (int(g) for g in m.groups())
            rest = heading[:m.start()].strip()
            readable = f"{y}年{mo}月{d}日"
            return (f"{rest} {readable}" if rest else readable), date
    return heading.strip(), normalize_date("") or ""

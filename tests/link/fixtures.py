"""The small documents the link tests link together (tests/data/link/, invented text)."""
from __future__ import annotations

from kit import DATA, extract_file

LINK = DATA / "link"
PLAN, INTERPRETATION, NEWS, LATER = (LINK / n for n in ("plan.txt", "interpretation.txt", "news.md", "later.md"))


def extractions(*paths):
    return [extract_file(path).extraction for path in paths]

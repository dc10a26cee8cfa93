"""A small knowledge base the output tests write: an official 印发 notice with
its 文号, targets and instruments, a news item with observations, and a
document whose names carry characters no IRI, Turtle literal or XML may hold
(invented text, in tests/data/outputs/)."""
from __future__ import annotations

from pathlib import Path

from kit import extract_file
from policykg.extract import extract_document
from policykg.link import KnowledgeBase, link
from policykg.records import Document
from policykg.structure import analyse

DATA = Path(__file__).resolve().parents[1] / "data" / "outputs"
FILES = ("notice.txt", "news.md")
# what the hostile document holds: a title with controls, a private-use character, U+FFFD, a non-character
EVIL_TITLE = "某某\x00管理\x1b测试\ue000与\ufffd规范\ufffe办法"


def evil_text() -> str:
    return f"某某情况\n国务院印发《{EVIL_TITLE}》，到2025年，全国“坏\x85字符”平台达到10个。\n"


def build_kb(texts: Path | None = None) -> KnowledgeBase:
    """The fixture documents extracted and linked (texts kept in memory)."""
    exs = [extract_file(DATA / name).extraction for name in FILES]
    # built in memory: the loader (rightly) refuses a file with NUL bytes
    exs.append(extract_document(analyse(Document("evil", "evil.txt", evil_text()))))
    return link(exs, texts)

"""Shared helpers and fixtures of the load tests (imported by the test modules of this folder:
a conftest.py here would shadow tests/conftest.py for ``from conftest import``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.records import Document

DATA = Path(__file__).resolve().parents[1] / "data" / "load"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def write_file(folder: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def paragraphs(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


@pytest.fixture
def write(tmp_path):
    """write(name, data) -> the path of a new file in tmp_path (import this fixture into a test module)."""
    return lambda name, data, encoding="utf-8": write_file(tmp_path, name, data, encoding)


@pytest.fixture
def load_text(tmp_path):
    """load_text(text, name="doc.txt") -> the Document of a new file holding text."""
    from policykg.load import load_document

    return lambda text, name="doc.txt": load_document(write_file(tmp_path, name, text))

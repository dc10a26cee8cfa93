"""Shared helpers of the load tests (imported by the test modules of this folder)."""
from __future__ import annotations

from pathlib import Path

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

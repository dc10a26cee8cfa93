"""Fixtures of the load tests: writing small files, loading text."""
from __future__ import annotations

import pytest
from loadhelp import write_file

from policykg.load import load_document


@pytest.fixture
def write(tmp_path):
    """write(name, data) -> the path of a new file in tmp_path."""
    return lambda name, data, encoding="utf-8": write_file(tmp_path, name, data, encoding)


@pytest.fixture
def load_text(tmp_path):
    """load_text(text, name="doc.txt") -> the Document of a new file holding text."""
    return lambda text, name="doc.txt": load_document(write_file(tmp_path, name, text))

"""link/__init__.py and link/model.py: documents linked one at a time and
dropped (only text-less documents, compact mention spans and records stay);
sentences read back from the texts folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.link import Linker, Ref, TextReader, link
from policykg.records import textless

from kit import extract

from .fixtures import NEWS, PLAN, extractions


def test_the_knowledge_base_keeps_no_document_text(tmp_path):
    exs = extractions(PLAN, NEWS)
    for ex in exs:
        (tmp_path / f"{ex.document.id}.txt").write_text(ex.document.text, encoding="utf-8", newline="")
    linker = Linker(tmp_path)
    for ex in exs:
        linker.add(ex)
    kb = linker.finish()
    assert all(d.document.text == "" for d in kb.docs)
    assert kb.texts.kept == {}
    (lm,) = [lm for lm in kb.measures if lm.measure.kind == "observation" and lm.measure.indicator == "上云企业"]
    assert "上云企业达到4万家" in kb.texts.exact(lm.ref)


def test_mention_spans_are_compact_triples(tmp_path):
    kb = link(extractions(NEWS))
    (d,) = kb.docs
    assert len(d.spans) % 3 == 0 and len(d.spans) > 0
    start, end, index = d.spans[0], d.spans[1], d.spans[2]
    text, type_, key = kb.forms[index]
    assert kb.texts.text("news")[start:end] == text or text in kb.texts.text("news")[start:end]


def test_without_a_folder_texts_are_kept_in_memory():
    kb = link(extractions(PLAN))
    assert set(kb.texts.kept) == {"plan"}


def test_a_missing_text_is_a_clear_error(tmp_path):
    reader = TextReader(None)
    with pytest.raises(FileNotFoundError, match="no text for document 'x'"):
        reader.text("x")
    with pytest.raises(FileNotFoundError):
        TextReader(tmp_path).text("absent")


def test_linking_a_textless_extraction_reads_its_text_from_the_folder(tmp_path):
    (ex,) = extractions(PLAN)
    (tmp_path / "plan.txt").write_text(ex.document.text, encoding="utf-8", newline="")
    from dataclasses import replace

    kb = link([replace(ex, document=textless(ex.document))], tmp_path)
    ref = kb.measures[0].ref
    assert isinstance(ref, Ref) and "工业互联网平台" in kb.texts.exact(ref)
    assert Path(tmp_path / "plan.txt").exists()


def test_warnings_are_collected():
    kb = link([extract("某某情况\n今年将继续推进。\n", "x.txt").extraction])
    assert any("no document date" in w for w in kb.warnings)

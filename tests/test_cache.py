"""The per-document extraction cache: hit, miss, invalidation, corruption, atomic writes."""
from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from policykg import cache as cache_mod
from policykg import extract as extract_mod
from policykg.cache import ExtractionCache, TextlessDocument, document_key, textless, write_entry
from policykg.records import Document, Extraction, LinkInput, Mention, compact

DOC = Document(id="d1", path="in/d1.txt", text="工业和信息化部印发《工业互联网创新发展行动计划》。", title="t", date="2021-01")


def extraction(doc: Document = DOC) -> LinkInput:
    """What the cache stores: the compact form of an extraction."""
    m = Mention(doc.id, 0, 7, "工业和信息化部", "ORG", "工业和信息化部", (("category", "government"),))
    return compact(Extraction(doc, (m,)))


def test_miss_then_hit(tmp_path):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    assert store.get(DOC, key) is None
    store.put(key, extraction())
    got = ExtractionCache(tmp_path).get(DOC, key)
    assert got is not None
    assert got.forms == extraction().forms == (("工业和信息化部", "ORG", "工业和信息化部"),)
    assert list(got.spans) == [0, 7, 0] and got.attrs == (("ORG", "工业和信息化部", "category", "government"),)
    # the cache holds no text: the document comes back text-less, with its length
    assert isinstance(got.document, TextlessDocument)
    assert got.document.text == "" and got.document.chars == len(DOC.text)
    assert store.misses == 1


@pytest.mark.parametrize("change", [
    dict(text=DOC.text + "新增一句。"), dict(id="d2"), dict(path="in/other.txt"),
    dict(title="另一个标题"), dict(date="2022"), dict(source="经济日报"), dict(format="md"), dict(encoding="gb18030"),
])
def test_key_covers_text_id_path_and_metadata(change):
    assert document_key(replace(DOC, **change)) != document_key(DOC)


def test_key_is_stable():
    assert document_key(DOC) == document_key(replace(DOC))


def test_changed_document_is_a_miss(tmp_path):
    store = ExtractionCache(tmp_path)
    store.put(document_key(DOC), extraction())
    changed = replace(DOC, text=DOC.text + "再加一句。")
    assert store.get(changed, document_key(changed)) is None


def test_extractor_version_invalidates(tmp_path, monkeypatch):
    store = ExtractionCache(tmp_path)
    store.put(document_key(DOC), extraction())
    assert ExtractionCache(tmp_path).get(DOC) is not None
    monkeypatch.setattr(extract_mod, "EXTRACTOR_VERSION", "999-test")
    cache_mod.extractor_digest.cache_clear()
    try:
        fresh = ExtractionCache(tmp_path)
        assert fresh.get(DOC) is None
        assert fresh.misses == 1 and not fresh.warnings
    finally:
        cache_mod.extractor_digest.cache_clear()


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", pickle.dumps(("wrong key", extraction())), pickle.dumps([1, 2, 3])])
def test_corrupt_entry_is_a_miss_with_a_warning(tmp_path, garbage):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    store.put(key, extraction())
    store.path(key).write_bytes(garbage)
    assert store.get(DOC, key) is None
    assert len(store.warnings) == 1 and DOC.path in store.warnings[0]
    store.put(key, extraction())  # the re-extraction overwrites it
    assert ExtractionCache(tmp_path).get(DOC, key) is not None


def test_truncated_entry_is_a_miss(tmp_path):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    store.put(key, extraction())
    data = store.path(key).read_bytes()
    store.path(key).write_bytes(data[: len(data) // 2])
    assert store.get(DOC, key) is None and store.warnings


def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path, monkeypatch):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    store.put(key, extraction())
    before = store.path(key).read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(cache_mod.pickle, "dump", boom)
    write_entry(store.path(key), key, extraction())  # fails silently ...
    assert store.path(key).read_bytes() == before  # ... and the old entry is intact
    assert [p.name for p in store.path(key).parent.iterdir()] == [store.path(key).name]


def test_textless_keeps_metadata():
    t = textless(DOC)
    assert (t.id, t.path, t.title, t.date, t.chars, t.text) == (DOC.id, DOC.path, DOC.title, DOC.date, len(DOC.text), "")
    assert textless(t) is t

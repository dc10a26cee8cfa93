"""cache.py: the per-document extraction cache — entries are packed
extractions stored as JSON (data, never code); the key covers the document
and the extractor (every module the registered extractors run and every file
under ontology/); a damaged entry is a miss with a warning."""
from __future__ import annotations

import json
import pickle
import shutil
import sys
import types
from dataclasses import replace

import pytest

from kit import extract
from policykg import cache as cache_mod
from policykg import lexicon
from policykg.extractors import registry
from policykg.cache import (ExtractionCache, SourceIndex, atomic_write, document_key, extraction_modules,
                            extractor_digest)
from policykg.records import Part, pack, textless

TEXT = """\
温州市人民政府关于加快某某发展的意见
温政发〔2024〕3号
各县（市、区）人民政府：
到2026年，全市某某产业规模达到500亿元。
温州市人民政府
2024年3月1日
"""


@pytest.fixture(scope="module")
def extracted():
    r = extract(TEXT, "wz.txt")
    return r.document, pack(replace(r.extraction, document=textless(r.document)))


@pytest.fixture
def fresh_digest():
    """extractor_digest recomputed inside the test and forgotten after it."""
    extractor_digest.cache_clear()
    yield
    extractor_digest.cache_clear()


def test_a_miss_then_a_hit(tmp_path, extracted):
    doc, packed = extracted
    store = ExtractionCache(tmp_path)
    key = document_key(doc)
    assert store.get(doc, key) is None and store.warnings == []
    store.put(key, packed)
    assert ExtractionCache(tmp_path).get(doc, key) == packed
    assert store.path(key) == tmp_path / extractor_digest() / key[:2] / f"{key}.json"


def test_an_entry_is_json_data(tmp_path, extracted):
    doc, packed = extracted
    store = ExtractionCache(tmp_path)
    key = document_key(doc)
    store.put(key, packed)
    stored_key, stored = json.loads(store.path(key).read_text(encoding="utf-8"))
    assert (stored_key, stored) == (key, packed)
    assert doc.text not in store.path(key).read_text(encoding="utf-8")  # the text is in texts/, not in the cache


@pytest.mark.parametrize("change", [
    dict(text=TEXT + "新增一句。"), dict(id="other"), dict(path="in/other.txt"), dict(title="另一个标题"),
    dict(date="2022"), dict(source="经济日报"), dict(format="md"), dict(genre="news"),
    dict(parts=(Part("title", 0, 5, "标题"),)),
])
def test_the_key_covers_the_document_its_metadata_and_structure(extracted, change):
    doc, _ = extracted
    assert document_key(replace(doc, **change)) != document_key(doc)
    assert document_key(replace(doc)) == document_key(doc)


def test_the_key_changes_when_a_rule_file_changes(tmp_path, monkeypatch, fresh_digest):
    copy = tmp_path / "ontology"
    shutil.copytree(lexicon.ontology_dir(), copy)
    monkeypatch.setattr(lexicon, "ontology_dir", lambda: copy)
    before = extractor_digest()
    rules = copy / "rules" / "measures.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# one more comment\n", encoding="utf-8")
    extractor_digest.cache_clear()
    assert extractor_digest() != before
    (copy / "rules" / "new.yaml").write_text("words: [a]\n", encoding="utf-8")
    extractor_digest.cache_clear()
    assert len({before, extractor_digest()}) == 2


def test_the_key_changes_when_an_extractor_module_changes(tmp_path, monkeypatch, fresh_digest):
    import policykg.extractors.measures as measures

    before = extractor_digest()
    edited = tmp_path / "measures.py"
    edited.write_text(open(measures.__file__, encoding="utf-8").read() + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(measures, "__file__", str(edited))
    extractor_digest.cache_clear()
    assert extractor_digest() != before


def test_the_key_covers_every_registered_extractor_and_what_it_uses():
    names = {m.__name__ for m in extraction_modules()}
    from policykg.extractors.registry import run_order

    assert {ex.module for ex in run_order()} <= names
    assert {"policykg.extract", "policykg.names", "policykg.quantities", "policykg.time", "policykg.nlp",
            "policykg.nlp.segmenter", "policykg.lexicon", "policykg.records",
            "policykg.extractors.clauses", "policykg.extractors.measures.nouns"} <= names  # used, not registered


def test_the_key_covers_the_code_that_loads_and_structures_a_file():
    names = {m.__name__ for m in extraction_modules()}  # (an unchanged file's entry is used without loading it again)
    assert {"policykg.load", "policykg.load.html", "policykg.load.pdf", "policykg.structure",
            "policykg.structure.sections"} <= names


def test_the_key_covers_modules_whose_patterns_an_extractor_uses(tmp_path, monkeypatch):
    assert "policykg.structure.lines" in {m.__name__ for m in extraction_modules()}  # (doc_numbers' DOC_NUMBER)
    user = types.ModuleType("policykg.probe_user")  # it imports only a pattern of policykg.extractors.clauses
    user.__file__ = str(tmp_path / "probe_user.py")
    (tmp_path / "probe_user.py").write_text("from policykg.extractors.clauses import ITEM_NUMBER\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, user.__name__, user)
    monkeypatch.setattr(registry, "run_order", lambda: [types.SimpleNamespace(module=user.__name__)])
    assert {"policykg.probe_user", "policykg.extractors.clauses"} <= {m.__name__ for m in extraction_modules()}


def test_entries_of_another_extractor_are_not_seen(tmp_path, extracted, monkeypatch, fresh_digest):
    doc, packed = extracted
    ExtractionCache(tmp_path).put(document_key(doc), packed)
    monkeypatch.setattr(cache_mod, "EXTRACTOR_VERSION", "another")
    extractor_digest.cache_clear()
    fresh = ExtractionCache(tmp_path)
    assert fresh.get(doc, document_key(doc)) is None and fresh.warnings == []
    fresh.drop_other_versions()
    assert [p.name for p in tmp_path.iterdir()] == []  # the other version's folder is gone


@pytest.mark.parametrize("damage", [
    b"", b"not json", b"[1, 2, 3]", b'["wrong key", []]', "truncated", "pickle", "other document",
])
def test_a_damaged_entry_is_a_miss_with_a_warning(tmp_path, extracted, damage):
    doc, packed = extracted
    store = ExtractionCache(tmp_path)
    key = document_key(doc)
    store.put(key, packed)
    path = store.path(key)
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    elif damage == "pickle":
        path.write_bytes(pickle.dumps(("key", packed)))  # never unpickled: just not an entry
    elif damage == "other document":
        other = json.loads(path.read_text(encoding="utf-8"))
        other[1][1][0] = "someone-else"
        path.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_bytes(damage)
    assert store.get(doc, key) is None
    assert len(store.warnings) == 1 and doc.path in store.warnings[0] and "re-extracting" in store.warnings[0]
    store.put(key, packed)  # the re-extraction overwrites it
    assert ExtractionCache(tmp_path).get(doc, key) == packed


def test_an_unreadable_entry_is_a_miss_with_a_warning(tmp_path, extracted):
    doc, packed = extracted
    store = ExtractionCache(tmp_path)
    key = document_key(doc)
    store.path(key).mkdir(parents=True)  # a folder where the entry should be
    assert store.get(doc, key) is None and len(store.warnings) == 1


def test_writes_are_atomic_and_errors_swallowed(tmp_path, monkeypatch):
    target = tmp_path / "a" / "entry.json"
    atomic_write(target, b"first")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_mod.os, "replace", full_disk)
    atomic_write(target, b"second")  # fails: no exception (the cache only saves time) ...
    assert target.read_bytes() == b"first"  # ... the old entry is intact ...
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["entry.json"]  # ... and no temporary file is left


def test_the_source_index_round_trips(tmp_path):
    index = SourceIndex(tmp_path / "sources.json")
    index.record("in/a.txt", "a", (10, 20, 30), "key", "digest")
    index.record("in/b.txt", "b", None, "key2", "digest2")  # no state: not recorded
    index.save()
    back = SourceIndex.read(tmp_path / "sources.json")
    assert back.lookup("in/a.txt", "a", (10, 20, 30)) == ("key", "digest")
    assert back.lookup("in/a.txt", "a", (10, 21, 30)) is None
    assert back.lookup("in/b.txt", "b", (1, 2, 3)) is None
    (tmp_path / "sources.json").write_text("{broken", encoding="utf-8")
    assert SourceIndex.read(tmp_path / "sources.json").entries == {}

"""The per-document extraction cache: hit, miss, invalidation, damage, atomic writes,
and a format that cannot run code (plain data, never pickle)."""
from __future__ import annotations

import os
import pickle
from array import array
from dataclasses import replace
from decimal import Decimal

import pytest

from policykg import cache as cache_mod
from policykg import extract as extract_mod
from policykg.cache import (ExtractionCache, OutputIndex, SourceIndex, TextlessDocument, decode_entry, document_key,
                            dumps, encode_entry, frame, loads, textless, write_entry)
from policykg.records import Document, Evidence, Extraction, Fact, LinkInput, Measure, Mention, Part, Quantity, compact

DOC = Document(id="d1", path="in/d1.txt", text="工业和信息化部印发《工业互联网创新发展行动计划》。到2025年，建成平台50个。",
               title="t", date="2021-01", meta=(("索引号", "000-1"),), genre="official",
               parts=(Part("title", 0, 25, "行动计划"), Part("body", 25, 40, "", 1, "goals")))
SENTENCE = Evidence("d1", 25, 40, "到2025年，建成平台50个。")


def extraction(doc: Document = DOC) -> LinkInput:
    """What the cache stores: the compact form of an extraction (a mention, a fact, a measure)."""
    m = Mention(doc.id, 0, 7, "工业和信息化部", "ORG", "工业和信息化部", (("category", "government"),))
    fact = Fact("POLICY", "工业互联网创新发展行动计划", "issued_by", "ORG", "工业和信息化部", Evidence(doc.id, 0, 25, doc.text[:25]))
    measure = Measure("target", "平台", Quantity(35, 39, "50个", Decimal("50"), "个"), replace(SENTENCE, doc=doc.id), time="2025")
    return compact(Extraction(doc, (m,), (fact,), (measure,), ("a warning",)))


def test_miss_then_hit(tmp_path):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    assert store.get(DOC, key) is None
    store.put(key, extraction())
    got = ExtractionCache(tmp_path).get(DOC, key)
    assert got is not None and store.misses == 1
    # every field as written here, not as compact() writes it again
    assert got.forms == (("工业和信息化部", "ORG", "工业和信息化部"),)
    assert got.spans == array("i", [0, 7, 0]) and got.spans.typecode == "i"
    assert got.attrs == (("ORG", "工业和信息化部", "category", "government"),)
    assert got.facts == (("POLICY", "工业互联网创新发展行动计划", "issued_by", "ORG", "工业和信息化部", 0, 25),)
    assert got.measures == (("target", "平台", Decimal("50"), "个", "=", "50个", 35, "2025", "", "", "", False, "", 25, 40),)
    assert type(got.measures[0][2]) is Decimal and got.measures[0][11] is False  # not an int 50, not a 0
    assert got.warnings == ("a warning",)
    # the cache holds no text: the document comes back text-less, with its length, its parts as Parts
    assert isinstance(got.document, TextlessDocument)
    assert got.document.text == "" and got.document.chars == len(DOC.text)
    assert got.document.parts == (Part("title", 0, 25, "行动计划"), Part("body", 25, 40, "", 1, "goals"))
    assert all(type(p) is Part for p in got.document.parts) and got.document.meta == (("索引号", "000-1"),)


def test_a_real_extraction_round_trips_with_its_types(tmp_path):
    """An extraction of a real sentence: what comes back equals what went in, with the
    same types everywhere (a tuple stays a tuple, a Decimal a Decimal, a bool a bool)."""
    doc = Document("d", "d.txt", "工业和信息化部印发《工业互联网专项工作方案》。\n到2025年，建成平台50个，带动投资1.5亿元。\n", date="2023-05-01")
    inp = compact(replace(extract_mod.extract_document(doc), document=textless(doc)))
    assert inp.measures and inp.facts and len(inp.spans) >= 6
    back = decode_entry(encode_entry("k", inp), "k")
    assert back == inp

    def shape(value):
        if isinstance(value, tuple):
            return (type(value).__name__, tuple(shape(v) for v in value))
        return type(value).__name__, value

    assert shape(tuple(back[1:])) == shape(tuple(inp[1:]))
    assert back.spans.typecode == inp.spans.typecode


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


def entry_of_another_document() -> bytes:
    other = replace(DOC, id="d9", path="in/d9.txt")
    return encode_entry(document_key(DOC), extraction(other))


def flipped(data: bytes) -> bytes:
    """One byte of the data (after the header) changed."""
    at = data.index(b"\n") + 20
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


DAMAGED = {
    "empty": lambda good: b"",
    "garbage": lambda good: b"not a cache entry",
    "pickle": lambda good: pickle.dumps(("key", extraction())),
    "another key": lambda good: encode_entry("wrong key", extraction()),
    "another document": lambda good: entry_of_another_document(),
    "another format": lambda good: good.replace(b"policykg 1 ", b"policykg 0 ", 1),
    "another kind": lambda good: good.replace(b" entry ", b" sources ", 1),
    "one byte changed": flipped,
    "truncated": lambda good: good[: len(good) // 2],
    "well-framed junk": lambda good: frame(dumps([1, 2, 3]), "entry"),
    "well-framed short document": lambda good: frame(dumps(("x", (("d1",), (), (), array("i"), (), (), (), ()))), "entry"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGED))
def test_damaged_or_foreign_entry_is_a_miss_with_a_warning(tmp_path, damage):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    store.put(key, extraction())
    good = store.path(key).read_bytes()
    store.path(key).write_bytes(DAMAGED[damage](good))
    assert store.get(DOC, key) is None
    assert store.misses == 1 and len(store.warnings) == 1 and DOC.path in store.warnings[0]
    assert store.by_key(key) is None or damage == "another document"  # by_key cannot know the document: the caller checks it
    store.put(key, extraction())  # the re-extraction overwrites it
    assert ExtractionCache(tmp_path).get(DOC, key) is not None


def test_entries_are_plain_data_not_pickle(tmp_path):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    store.put(key, extraction())
    data = store.path(key).read_bytes()
    assert store.path(key).suffix == ".msgpack"
    assert data.startswith(b"policykg 1 entry ") and b"\x80\x04" not in data[:2] and b"\x80\x05" not in data[:2]
    with pytest.raises(Exception):
        pickle.loads(data)


class Planted:
    """Unpickling this runs ``os.system``: a stand-in for what an attacker plants in the cache."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def test_a_planted_pickle_is_never_run(tmp_path):
    """Whoever can write into the cache folder plants a pickle that would run a
    command where the cache reads: an entry, the source index, the output index
    (under the names the files have now and had before). Nothing runs: the entry
    is a miss with a warning, the indexes are empty."""
    folder = tmp_path / "cache"
    marker = tmp_path / "PWNED"
    bomb = pickle.dumps(Planted(marker))
    store = ExtractionCache(folder)
    key = document_key(DOC)
    sources_file = store.root / "sources.msgpack"
    for path in (store.path(key), store.path(key).with_suffix(".pickle"), sources_file,
                 sources_file.with_suffix(".pickle")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bomb)
    assert store.get(DOC, key) is None and store.by_key(key) is None
    assert "re-extracting" in store.warnings[0]
    assert store.sources().entries == {}
    index = store.outputs(tmp_path / "out")
    index.file.parent.mkdir(parents=True, exist_ok=True)
    index.file.write_bytes(bomb)
    assert store.outputs(tmp_path / "out").docs == {}
    assert not marker.exists()
    pickle.loads(bomb)  # the bomb is real: unpickled, it runs
    assert marker.exists()


def test_source_and_output_indexes_round_trip(tmp_path):
    sources = SourceIndex(tmp_path / "sources.msgpack")
    sources.record("in/a.txt", "a", (10, 123456789, 42), "key-a", "digest-a")
    sources.save()
    assert SourceIndex.read(sources.file).entries == {("in/a.txt", "a"): ((10, 123456789, 42), "key-a", "digest-a")}
    out = str(tmp_path / "out")
    index = OutputIndex(tmp_path / "outputs.msgpack", out, cache_mod.code_digest(),
                        {"graph.ttl": (5, 6, 7), "gone.csv": None}, {"a": ("fp", {"graph.ttl#": ("graph.ttl", 0, 99, 3)})})
    index.save()
    back = OutputIndex.read(index.file, out)
    assert (back.files, back.docs) == (index.files, index.docs)
    assert OutputIndex.read(index.file, str(tmp_path / "elsewhere")).docs == {}  # another folder: not used


# ---------------------------------------------------------------- dumps / loads


def test_dumps_loads_plain_data():
    value = {"list": [1, 2, [3]], "tuple": (1, "二"), "decimal": Decimal("-1.50"), "big": 10 ** 30,
             "array": array("i", [-1, 0, 7]), "floats": (1.5, -0.0), "flags": (True, False, None, 1, 0),
             "bytes": b"\x00\xff", "surrogate": "a\ud800b", 7: "int key"}
    back = loads(dumps(value))
    assert back == {**value, "list": (1, 2, (3,))}  # lists come back as tuples
    assert type(back["decimal"]) is Decimal and str(back["decimal"]) == "-1.50"
    assert [type(v) for v in back["flags"]] == [bool, bool, type(None), int, int]
    assert back["array"].typecode == "i" and back["big"] == 10 ** 30


@pytest.mark.parametrize("value", [object(), {1, 2}, Part("title", 0, 1)])
def test_dumps_refuses_what_is_not_plain_data(value):
    with pytest.raises(TypeError, match="cannot store"):
        dumps(value)
    assert loads(dumps("still works")) == "still works"


def test_a_value_the_cache_cannot_store_is_a_warning(tmp_path):
    store = ExtractionCache(tmp_path)
    bad = extraction()._replace(warnings=(object(),))
    store.put("k" * 64, bad)
    assert store.warnings and "not cached" in store.warnings[0] and not store.path("k" * 64).exists()


@pytest.mark.parametrize("data", [b"\xc7\x03\x01abc", b"\xc7\x04\x01\x4e\x61\x4e\x00", b"\xc7\x02\x09xx", b"\xc7\x03\x02ixx"])
def test_loads_refuses_bad_tagged_values(data):
    """A decimal that is not a number (or NaN), an unknown tag, an array of the wrong length."""
    with pytest.raises(Exception):
        loads(data)


def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path, monkeypatch):
    store = ExtractionCache(tmp_path)
    key = document_key(DOC)
    store.put(key, extraction())
    before = store.path(key).read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_mod.os, "replace", boom)
    write_entry(store.path(key), key, extraction(replace(DOC, title="changed")))  # fails silently ...
    assert store.path(key).read_bytes() == before  # ... and the old entry is intact
    assert [p.name for p in store.path(key).parent.iterdir()] == [store.path(key).name]


def test_textless_keeps_metadata():
    t = textless(DOC)
    assert (t.id, t.path, t.title, t.date, t.chars, t.text) == (DOC.id, DOC.path, DOC.title, DOC.date, len(DOC.text), "")
    assert t.parts == DOC.parts and t.meta == DOC.meta
    assert textless(t) is t

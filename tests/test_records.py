"""records.py: the frozen records and pack/unpack, the compact form at the
cache and worker boundary — a round trip gives back every field of every
record (compared with the original records, not pack() with pack())."""
from __future__ import annotations

import json
import pickle
from dataclasses import fields, replace
from decimal import Decimal

import pytest

from kit import document, extract_file
from policykg.records import (PACK_VERSION, Document, Evidence, Extraction, Measure, Mention, Part, Quantity,
                              field_names, pack, textless, unpack, without_evidence_text)

@pytest.fixture(scope="module")
def original() -> Extraction:
    return extract_file(document("notice_rich.txt")).extraction


@pytest.fixture(scope="module")
def restored(original) -> Extraction:
    """Through the cache's own form: pack, JSON text, unpack."""
    return unpack(json.loads(json.dumps(pack(original), ensure_ascii=False)))


def test_an_extraction_that_stays_in_its_process_is_what_a_round_trip_gives(original, restored):
    """The build keeps an extraction that neither crosses a process nor goes into the cache unpacked:
    it must be equal, record by record, to what pack and unpack give back."""
    kept = without_evidence_text(replace(original, document=textless(original.document)))
    assert kept == restored
    assert all(f.evidence.text == "" for f in kept.facts) and all(m.evidence.text == "" for m in kept.measures)


def test_the_fixture_exercises_every_kind_of_record(original):
    assert original.document.parts and original.sentences and original.mentions and original.facts
    kinds = {m.kind for m in original.measures}
    assert {"target", "instrument"} <= kinds
    assert any(m.quantity is not None and m.quantity.upper is not None for m in original.measures)
    assert any(m.quantity is not None and m.quantity.value < 0 for m in original.measures)
    assert any(m.quantity is not None and m.quantity.comparator == "<=" for m in original.measures)
    assert any(m.attrs for m in original.mentions)


def test_the_document_round_trips_without_its_text(original, restored):
    doc, back = original.document, restored.document
    for name in field_names(Document):
        if name in ("text", "chars"):
            continue
        assert getattr(back, name) == getattr(doc, name), name
    assert back.text == "" and back.length == doc.length == len(doc.text)
    assert all(isinstance(p, Part) for p in back.parts)


def test_sentences_round_trip(original, restored):
    assert restored.sentences == original.sentences
    assert all(isinstance(s, tuple) for s in restored.sentences)


def test_mentions_round_trip_field_by_field(original, restored):
    assert len(restored.mentions) == len(original.mentions)
    for a, b in zip(original.mentions, restored.mentions):
        for name in field_names(Mention):
            assert getattr(b, name) == getattr(a, name), (name, a)
        assert isinstance(b.attrs, tuple) and all(isinstance(x, tuple) for x in b.attrs)
        assert b.attr("kind") == a.attr("kind")


def test_facts_round_trip_field_by_field(original, restored):
    assert len(restored.facts) == len(original.facts)
    for a, b in zip(original.facts, restored.facts):
        for name in ("subject_type", "subject", "predicate", "object_type", "obj"):
            assert getattr(b, name) == getattr(a, name), name
        assert (b.evidence.doc, b.evidence.start, b.evidence.end) == (a.evidence.doc, a.evidence.start, a.evidence.end)
        # the sentence's text is not packed: it is the document's text at the offsets
        assert original.document.text[b.evidence.start:b.evidence.end] == a.evidence.text


def test_measures_round_trip_field_by_field(original, restored):
    assert len(restored.measures) == len(original.measures)
    for a, b in zip(original.measures, restored.measures):
        for name in field_names(Measure):
            if name in ("evidence", "quantity"):
                continue
            assert getattr(b, name) == getattr(a, name), name
        assert (b.evidence.doc, b.evidence.start, b.evidence.end) == (a.evidence.doc, a.evidence.start, a.evidence.end)
        if a.quantity is None:
            assert b.quantity is None
            continue
        for name in field_names(Quantity):
            assert getattr(b.quantity, name) == getattr(a.quantity, name), name
        assert isinstance(b.quantity.value, Decimal)
        assert b.quantity.upper is None or isinstance(b.quantity.upper, Decimal)


def test_warnings_round_trip(original, restored):
    assert restored.warnings == original.warnings


def test_unpacking_what_unpack_gave_is_stable(original, restored):
    again = unpack(pack(replace(restored, document=restored.document)))
    assert again == restored


def test_decimals_keep_their_exact_value():
    doc = Document("d", "d.txt", "x")
    q = Quantity(0, 1, "x", Decimal("0.10"), "%", ">=", Decimal("1E+3"))
    ex = Extraction(doc, ((0, 1),), (), (), (Measure("target", Evidence("d", 0, 1), q, "指标"),))
    (m,) = unpack(json.loads(json.dumps(pack(ex)))).measures
    assert (m.quantity.value, str(m.quantity.value), m.quantity.upper) == (Decimal("0.10"), "0.10", Decimal("1000"))


@pytest.mark.parametrize("data", [
    None, [], "text", [PACK_VERSION], [PACK_VERSION + 1, [], [], [], [], [], []],
    [PACK_VERSION, ["d"], [], [], [], [], []],
    [PACK_VERSION, ["d", "d.txt", "", "", "", "txt", "utf-8", "", [], "", [], 1, []], [[0]], [], [], [], []],
])
def test_unpack_refuses_what_pack_did_not_make(data):
    with pytest.raises(ValueError, match="not a packed extraction"):
        unpack(data)


def test_records_pickle_and_stay_frozen():
    m = Mention("d", 0, 2, "国务", "ORG", "国务院", (("category", "government"),))
    assert pickle.loads(pickle.dumps(m)) == m
    with pytest.raises(Exception):
        m.key = "x"  # type: ignore[misc]
    assert m.with_attrs(via="head", category="").attrs == (("via", "head"),)
    assert m.attr("missing", "-") == "-"


def test_textless_keeps_the_length():
    doc = Document("d", "d.txt", "一二三")
    assert (textless(doc).text, textless(doc).length) == ("", 3)
    assert [f.name for f in fields(Part)] == ["kind", "start", "end", "label", "level", "role"]

"""Records pickle as (class, field values): round trips keep every field."""
from __future__ import annotations

import pickle

from policykg.cache import textless
from policykg.extract import extract_document
from policykg.records import Document, Record


def test_an_extraction_round_trips_through_pickle():
    doc = Document("d", "d.txt", "工业和信息化部印发《工业互联网专项工作方案》。\n到2025年，建成平台50个。\n", date="2023-05-01")
    extraction = extract_document(doc)
    assert extraction.mentions and extraction.facts and extraction.measures
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_subclasses_keep_their_own_fields():
    doc = textless(Document("d", "d.txt", "四个字符", title="标题"))
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back.chars == 4 and back.title == "标题" and type(back) is type(doc)


def test_records_reduce_to_their_field_values():
    doc = Document("d", "d.txt", "文本")
    cls, values = doc.__reduce__()
    assert isinstance(doc, Record) and cls is Document
    assert values == ("d", "d.txt", "文本", "", "", "", "txt", "utf-8")

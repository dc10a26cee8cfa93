"""Records pickle as (class, field values): round trips keep every field."""
from __future__ import annotations

import pickle

import pytest

from policykg.cache import textless
from policykg.extract import extract_document
from policykg.records import Document, Extraction, LinkInput, Mention, Record, compact


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
    assert values == ("d", "d.txt", "文本", "", "", "", "txt", "utf-8", "", (), "", ())


def test_compact_extraction_round_trips_and_links_as_the_extraction():
    """The cache stores LinkInput: plain tuples that pickle back equal, and
    that the linker takes in exactly as it takes the Extraction they came from."""
    from policykg.export import turtle_text
    from policykg.link import link

    doc = Document("d", "d.txt", "工业和信息化部印发《工业互联网专项工作方案》。\n到2025年，建成平台50个。\n", date="2023-05-01")
    extraction = extract_document(doc)
    inp = compact(extraction)
    assert isinstance(inp, LinkInput) and pickle.loads(pickle.dumps(inp)) == inp
    assert len(inp.spans) == 3 * len(extraction.mentions) and len(inp.measures) == len(extraction.measures)
    assert turtle_text(link([inp])) == turtle_text(link([extraction]))


def test_compact_refuses_a_mention_of_another_document():
    doc = Document("d", "d.txt", "工业和信息化部。")
    stray = Extraction(doc, (Mention("other", 0, 7, "工业和信息化部", "ORG", "工业和信息化部"),))
    with pytest.raises(ValueError, match="another document"):
        compact(stray)

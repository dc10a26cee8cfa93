"""outputs/terms.py: every character an IRI may not hold is percent-encoded, losslessly;
every literal parses as Turtle and (escaped as graphml.py does) as XML 1.0."""
from __future__ import annotations

import urllib.parse
from xml.etree import ElementTree
from xml.sax.saxutils import escape

import pyoxigraph
import pytest

from policykg.outputs import terms as T

ID = "https://w3id.org/policykg/id/"
PLANE_ENDS = [chr(plane + end) for plane in range(0x10000, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF)]
TROUBLE = ([chr(c) for c in range(0x00, 0x21)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]  # controls, space
           + list('<>"{}|^`\\') + list("%#?[]")  # not in an IRI; would end or change its path
           + ["\ue000", "\uf8ff", "\U000f0000", "\U0010fffd"]  # private use
           + ["\ufdd0", "\ufdef", "\ufffd", "\ufffe", "\uffff", *PLANE_ENDS]  # noncharacters, U+FFFD
           + ["\U000e0001", "\U000e0fff"]  # tags: not ucschar
           + ["\ud800", "\udcff", "\udfff"])  # lone surrogates (a file name that is not UTF-8)


def parsed_iri(turtle_term: str) -> str:
    data = f"{turtle_term} <http://example.org/p> 1 .\n".encode("utf-8", "surrogatepass")
    [quad] = list(pyoxigraph.parse(input=data, format=pyoxigraph.RdfFormat.TURTLE))
    return quad.subject.value


@pytest.mark.parametrize("char", TROUBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_a_node_iri_parses_and_keeps_the_id(char):
    path = f"doc/a{char}b"
    iri = parsed_iri(T.node(path))
    assert iri.startswith(ID) and (char not in iri or char == "%")  # "%" only as the escapes' own
    assert urllib.parse.unquote_to_bytes(iri[len(ID):]) == path.encode("utf-8", "surrogatepass")  # nothing lost


def test_ids_that_differ_give_iris_that_differ():
    paths = [f"doc/a{c}b" for c in TROUBLE] + ["doc/a%25b", "doc/ab", "doc/a_b"]
    assert len({parsed_iri(T.node(p)) for p in paths}) == len(paths)


def test_plain_ids_and_vocabulary_terms_are_unchanged():
    assert T.node("policy/工业互联网创新发展行动计划") == f"<{ID}policy/工业互联网创新发展行动计划>"
    assert T.term("pkg:Policy") == "pkg:Policy"
    assert T.full_iri("https://w3id.org/policykg#Policy") == "<https://w3id.org/policykg#Policy>"


@pytest.mark.parametrize("char", TROUBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_a_literal_parses_as_turtle_and_as_xml(char):
    literal = T.zh(f"标题{char}尾")
    data = f"<http://example.org/s> <http://example.org/p> {literal} .\n".encode("utf-8", "surrogatepass")
    [quad] = list(pyoxigraph.parse(input=data, format=pyoxigraph.RdfFormat.TURTLE))
    assert quad.object.value.startswith("标题") and quad.object.value.endswith("尾")
    ElementTree.fromstring(f"<d>{escape(T.xml_text(quad.object.value))}</d>".encode("utf-8", "surrogatepass"))  # as graphml.py

"""policykg.query.protocol: content negotiation and the SPARQL 1.1 result formats."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import rdflib

from policykg.query import protocol as P
from policykg.query import sparql as Q

from .sample import write_sample

SR = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return Q.load(write_sample(tmp_path_factory.mktemp("g") / "graph_out"))


@pytest.mark.parametrize("accept, kind, expected", [
    ("", "select", "json"),
    ("application/sparql-results+xml", "select", "xml"),
    ("application/sparql-results+json;q=0.5, application/sparql-results+xml", "select", "xml"),
    ("text/csv;q=0.9, text/tab-separated-values", "select", "tsv"),
    ("text/*", "select", "csv"),
    ("*/*;q=0.1, text/csv;q=0.2", "select", "csv"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "select", "xml"),
    ("", "graph", "turtle"),
    ("text/turtle", "graph", "turtle"),
    ("application/n-triples", "graph", "nt"),
    ("application/ld+json", "graph", "jsonld"),
    ("application/rdf+xml", "graph", "rdfxml"),
    ("*/*", "graph", "turtle"),
    ("image/png", "select", None),
    ("text/csv;q=0", "select", None),
])
def test_negotiate(accept, kind, expected):
    got = P.negotiate(accept, kind)
    assert (got[0] if got else None) == expected


def test_select_xml_is_valid_results_xml(store):
    res = store.run("SELECT ?l ?x ?n WHERE { ?x a pkg:Indicator ; skos:prefLabel ?l OPTIONAL { ?x pkg:none ?n } } ORDER BY ?l")
    root = ET.fromstring(P.serialise(res, "xml"))
    assert [v.get("name") for v in root.iter(SR + "variable")] == ["l", "x", "n"]
    first = root.find(f"{SR}results/{SR}result")
    lit = first.find(f"{SR}binding[@name='l']/{SR}literal")
    assert lit.text == "二级节点" and lit.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert first.find(f"{SR}binding[@name='x']/{SR}uri").text.startswith("https://w3id.org/policykg/id/indicator/")
    assert first.find(f"{SR}binding[@name='n']") is None  # unbound: no binding element


def test_xml_carries_only_xml_characters(store):
    res = store.run('SELECT ?v WHERE { BIND("a\\u0001<b>&" AS ?v) }')
    root = ET.fromstring(P.serialise(res, "xml"))
    assert root.find(f".//{SR}literal").text == "a\ufffd<b>&"


def test_select_json_csv_tsv(store):
    res = store.run("SELECT ?v ?o WHERE { ?o pkg:value ?v } ORDER BY ?v")
    j = json.loads(P.serialise(res, "json"))
    assert j["results"]["bindings"][0]["v"] == {"type": "literal", "value": "8",
                                               "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    rows = list(csv.reader(io.StringIO(P.serialise(res, "csv").decode())))
    assert rows[0] == ["v", "o"] and rows[1][0] == "8"
    tsv = P.serialise(res, "tsv").decode().splitlines()
    assert tsv[0] == "?v\t?o" and tsv[1].startswith('"8"^^<http://www.w3.org/2001/XMLSchema#decimal>\t<https://')


def test_ask_formats(store):
    res = store.run("ASK { ?x a pkg:Policy }")
    assert json.loads(P.serialise(res, "json")) == {"head": {}, "boolean": True}
    assert ET.fromstring(P.serialise(res, "xml")).find(SR + "boolean").text == "true"


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")])
def test_graph_formats_parse(store, fmt, rdflib_format):
    res = store.run("CONSTRUCT { ?x ?p ?o } WHERE { ?x a pkg:Policy ; ?p ?o }")
    g = rdflib.Graph().parse(data=P.serialise(res, fmt), format=rdflib_format)
    assert len(g) == len(res.rows) > 5

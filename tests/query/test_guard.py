"""policykg.query.guard: what a query may do, decided from tokens, not substrings."""
from __future__ import annotations

import pytest

from policykg.errors import QueryError, QueryRefusedError
from policykg.query import guard as G
from policykg.query.sparql import PREFIXES


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p ?o FILTER(?o = "SERVICE <http://evil.example/> { }") }',
    "SELECT * WHERE { ?s ?p 'a SERVICE b' }",
    'SELECT * WHERE { ?s ?p """multi\nSERVICE <http://x/>\nline""" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:SERVICE ?o . ?service ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://evil.example/> { }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?p > 2) }",
    'SELECT * WHERE { ?s ?p "FROM <http://evil.example/>" }',
])
def test_words_in_strings_iris_names_and_comments_are_not_keywords(query):
    G.check_query(query)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c FILTER(?a<?b)SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }",
    'SELECT * WHERE { ?s ?p "x" SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }',
])
def test_service_refused_unless_allowed(query):
    with pytest.raises(QueryRefusedError, match="SERVICE refused.*--allow-service"):
        G.check_query(query)
    G.check_query(query, allow_service=True)


@pytest.mark.parametrize("query, iri", [
    ("SELECT * FROM <http://evil.example/data.ttl> WHERE { ?s ?p ?o }", "http://evil.example/data.ttl"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "file:///etc/passwd"),
    ("ASK FROM pkg:x { ?s ?p ?o }", PREFIXES["pkg"] + "x"),
    ("PREFIX f: <file:///tmp/> CONSTRUCT { ?s ?p ?o } FROM f:secret.ttl WHERE { ?s ?p ?o }", "file:///tmp/secret.ttl"),
])
def test_from_of_a_graph_the_store_lacks_is_refused(query, iri):
    with pytest.raises(QueryRefusedError, match="never fetches") as err:
        G.check_query(query, prefixes=PREFIXES)
    assert f"<{iri}>" in str(err.value)
    G.check_query(query, graphs={iri}, prefixes=PREFIXES)  # a graph the store holds may be named


@pytest.mark.parametrize("update", ["LOAD <http://evil.example/x.ttl>", "load <file:///etc/passwd> INTO GRAPH <a:b>",
                                    "PREFIX a: <a:> BASE <http://x/> INSERT DATA { <a:a> <a:b> <a:c> }", "# c\nDROP ALL"])
def test_updates_refused(update):
    with pytest.raises(QueryRefusedError, match="read-only"):
        G.check_query(update)


def test_query_form_skips_prologue():
    assert G.query_form(G.tokens("PREFIX : <http://x/> BASE <http://y/> PREFIX a.b: <z:> SELECT * {}")) == "SELECT"
    assert G.query_form(G.tokens("# only a comment")) == ""


def test_lone_surrogate_is_a_clear_error():
    with pytest.raises(QueryError, match=r"parameter issuer: not valid text \(byte 0xff at character 3 is not UTF-8\)"):
        G.check_text("ab\udcff", "parameter issuer")
    with pytest.raises(QueryError, match=r"lone surrogate U\+D800 at character 1"):
        G.check_text("\ud800", "SPARQL text")
    with pytest.raises(QueryError, match="SPARQL text: not valid text"):
        G.check_query('SELECT * WHERE { ?s ?p "\udcff" }')
    assert G.check_text("二级节点", "x") == "二级节点"

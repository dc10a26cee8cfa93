"""mapping.py: the one mapping from record kinds to RDF terms and table
columns, kept as data in ontology/mapping/ — every kind the extractors
produce has its row, every term is in the ontology, every column in its table."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from policykg.errors import OntologyError
from policykg.extractors.registry import run_order
from policykg.lexicon import ontology_file
from policykg.mapping import (entity_kinds, expand, fact_kind, fact_kinds, measure_kind, measure_kinds, prefixes, slug,
                              table_columns)
from policykg.records import ENTITY_TYPES


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("policykg.ttl"), format="turtle")


def produced(prefix: str) -> set[str]:
    return {label.split(":", 1)[1] for ex in run_order() for label in ex.produces if label.startswith(prefix + ":")}


def test_every_fact_the_extractors_produce_has_a_row():
    assert produced("fact") <= set(fact_kinds())


def test_every_measure_kind_the_extractors_produce_has_a_row():
    assert produced("measure") <= set(measure_kinds())


def test_every_entity_type_has_a_row():
    assert set(ENTITY_TYPES) <= set(entity_kinds())
    assert "INDICATOR" in entity_kinds()


def test_fact_columns_are_columns_of_their_tables():
    columns = table_columns()
    for kind in fact_kinds().values():
        if kind.table:
            assert kind.column in columns[kind.table], (kind.predicate, kind.table, kind.column)
        assert kind.cell in ("name", "id", "value"), kind.predicate
        assert kind.subject in ("POLICY", "ORG", "PLATFORM", "DOCUMENT")


def test_every_entity_and_measure_table_is_a_table():
    tables = set(table_columns())
    assert {k.table for k in entity_kinds().values()} <= tables
    assert {k.table for k in measure_kinds().values()} <= tables


def test_the_design_minimum_columns():
    columns = table_columns()
    minimum = {
        "documents": ["id", "path", "title", "date", "chars", "format", "genre", "policy", "issuers", "doc_number"],
        "policies": ["id", "title", "aliases", "kind", "issuers", "date", "doc_number", "documents"],
        "targets": ["id", "policy", "indicator", "value", "value_max", "unit", "comparator", "measure", "deadline",
                    "region", "doc", "start", "end", "text"],
        "observations": ["id", "indicator", "value", "value_max", "unit", "comparator", "measure", "date", "region",
                         "subject", "doc", "start", "end", "text"],
        "instruments": ["id", "policy", "type", "amount", "amount_max", "unit", "comparator", "beneficiary", "condition",
                        "doc", "start", "end", "text"],
        "relations": ["subject", "predicate", "object", "doc", "start", "end"],
    }
    for table, cols in minimum.items():
        assert [c for c in cols if c not in columns[table]] == [], table


def test_terms_expand_to_iris_of_known_namespaces(ontology):
    pkg = prefixes()["pkg"]
    terms = [k.term for k in fact_kinds().values()] + [k.term for k in entity_kinds().values()]
    terms += [t for k in measure_kinds().values() for t in (k.term, k.link, k.value_term, k.max_term, k.time_term) if t]
    for term in terms:
        iri = expand(term)
        assert iri.startswith(tuple(prefixes().values())), term
        if iri.startswith(pkg):  # our own terms are declared in the ontology
            assert (URIRef(iri), None, None) in ontology, term


def test_unknown_kinds_are_errors_naming_them():
    with pytest.raises(OntologyError, match="'issued_in'.*facts.csv"):
        fact_kind("issued_in")
    with pytest.raises(OntologyError, match="'guess'.*measures.csv"):
        measure_kind("guess")
    with pytest.raises(KeyError):
        expand("nope:Thing")


@pytest.mark.parametrize("text, expected", [
    ("关于印发《某某方案》的通知", "关于印发_某某方案_的通知"),
    ("Policy (2021-2023)", "Policy_2021-2023"),
    ("坏\ue000字符\ufffd", "坏_字符"),
    ("\x00\x1b", "_"),
    ("", "_"),
])
def test_slug_keeps_only_letters_digits_dash_underscore(text, expected):
    assert slug(text) == expected


def test_slug_is_bounded():
    assert len(slug("长" * 500)) == 80

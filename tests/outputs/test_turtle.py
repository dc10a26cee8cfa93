"""outputs/turtle.py and terms.py: graph.ttl parses, counts what it holds,
keeps every fact's evidence, writes values and dates typed, IRIs only of
safe characters and literals only of allowed ones (issue 16, 2), and is the
same bytes for the same input."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from policykg.lexicon import ontology_file
from policykg.outputs import terms as T
from policykg.outputs.turtle import write_turtle

from .kb_fixture import EVIL_TITLE, build_kb

PKG = Namespace("https://w3id.org/policykg#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = "https://w3id.org/policykg/id/"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    kb = build_kb()
    path = tmp_path_factory.mktemp("ttl") / "graph.ttl"
    count = write_turtle(kb, path)
    return kb, path, count, Graph().parse(path, format="turtle")


def test_graph_ttl_parses_and_counts_its_triples(written):
    _, path, count, g = written
    assert len(g) == count > 100


def test_the_same_input_gives_the_same_bytes(written, tmp_path):
    _, path, _, _ = written
    write_turtle(build_kb(), tmp_path / "again.ttl")
    assert (tmp_path / "again.ttl").read_bytes() == path.read_bytes()


def test_every_measure_and_statement_has_its_sentence(written):
    kb, _, _, g = written
    texts = {d.document.id: kb.texts.text(d.document.id) for d in kb.docs}
    nodes = [n for cls in (PKG.Target, PKG.Observation, PKG.Instrument, RDF.Statement) for n in g.subjects(RDF.type, cls)]
    assert len(nodes) > 10
    for node in nodes:
        (ev,) = list(g.objects(node, PROV.wasDerivedFrom))[:1]
        sel = g.value(ev, OA.hasSelector)
        doc = str(g.value(g.value(ev, OA.hasSource), URIRef("http://purl.org/dc/terms/identifier")))
        start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
        assert T.xml_text(texts[doc][start:end]) == str(g.value(sel, OA.exact))  # (the hostile text's controls dropped)


def policy_node(g: Graph, title: str) -> URIRef:
    found = [s for s in g.subjects(ELI.title, Literal(title, lang="zh"))]
    assert found, [str(o) for o in g.objects(None, ELI.title)]
    return found[0]


def test_the_policy_of_an_official_document(written):
    _, _, _, g = written
    p = policy_node(g, "温州市促进外贸稳增长若干措施")
    assert g.value(p, ELI.id_local) == Literal("温政办发〔2024〕30号")
    assert g.value(p, ELI.date_document) == Literal("2024-09-02", datatype=XSD.date)
    issuers = {str(g.value(o, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))) for o in g.objects(p, ELI.passed_by)}
    assert issuers == {"温州市人民政府办公室"}
    doc = URIRef(ID + "doc/notice")
    assert (doc, PKG.embodies, p) in g


def test_targets_and_instruments_hang_from_their_policy(written):
    _, _, _, g = written
    p = policy_node(g, "温州市促进外贸稳增长若干措施")
    targets = list(g.objects(p, PKG.setsTarget))
    instruments = list(g.objects(p, PKG.hasInstrument))
    assert len(targets) == 2 and len(instruments) == 3
    ranged = [t for t in targets if g.value(t, PKG.valueMax) is not None]
    (t,) = ranged
    assert (g.value(t, PKG.targetValue).toPython(), g.value(t, PKG.valueMax).toPython()) == (Decimal("5"), Decimal("6"))
    assert g.value(t, PKG.measure) == PKG.Change
    for i in instruments:
        assert g.value(i, PKG.instrumentType) is not None
    amounts = sorted(g.value(i, PKG.amount).toPython() for i in instruments)
    assert amounts == [Decimal("50000"), Decimal("500000"), Decimal("1000000")]
    beneficiaries = {str(g.value(i, PKG.beneficiary)) for i in instruments}
    assert "新认定的国家级外贸转型升级基地" in beneficiaries


def test_a_decline_is_a_negative_change(written):
    _, _, _, g = written
    values = [g.value(o, PKG.value).toPython() for o in g.subjects(RDF.type, PKG.Observation)]
    assert Decimal("-1.5") in values


def test_decimals_are_plain(written):
    _, path, _, _ = written
    text = path.read_text(encoding="utf-8")
    assert '"60000000000"^^xsd:decimal' in text
    assert "E+" not in text and "e+" not in text


def test_iris_hold_only_safe_characters_and_literals_only_allowed_ones(written):
    _, path, _, g = written
    raw = path.read_text(encoding="utf-8")
    for bad in ("\x00", "\x1b", "\ufffe"):  # (private-use characters and NEL are allowed in literals)
        assert bad not in raw, repr(bad)
    for node in g.all_nodes():
        if isinstance(node, URIRef):
            assert not any(ch in str(node) for ch in "\ue000\ufffd\ufffe\x00 <>\""), node
    titles = [str(o) for o in g.objects(None, ELI.title)]
    assert any(t.startswith("某某管理测试") and t.endswith("规范办法") for t in titles), titles
    assert EVIL_TITLE not in titles


def test_terms():
    assert T.date("2021") == '"2021"^^xsd:gYear'
    assert T.date("2021-11") == '"2021-11"^^xsd:gYearMonth'
    assert T.date("2021-11-05") == '"2021-11-05"^^xsd:date'
    assert T.plain_decimal(Decimal("1.42E+12")) == "1420000000000"
    assert T.plain_decimal(Decimal("-2.10")) == "-2.1"
    assert T.plain_decimal(None) == ""
    assert T.string('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
    assert T.full_iri("https://w3id.org/policykg/id/x y\ue000") == "<https://w3id.org/policykg/id/x%20y%EE%80%80>"
    assert T.turtle_iri("https://w3id.org/policykg#Policy") == "pkg:Policy"


@pytest.mark.xfail(strict=True, reason="the seed graph does not conform to ontology/shapes.ttl: org/un has category "
                                       "'international' (vocabulary) which the shapes do not allow, and a research report "
                                       "(…评估报告) is a pkg:Policy with policyKind 'report' (policies.own_policies)")
def test_the_seed_graph_conforms_to_the_shapes(seed_graph):
    import pyshacl

    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_file("policykg.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(seed_graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                         allow_warnings=True)
    assert conforms, text[:3000]


def test_the_fixture_graph_conforms_to_the_shapes(written):
    import pyshacl

    _, _, _, g = written
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, allow_warnings=True)
    assert conforms, text[:3000]


def test_no_dangling_references(written):
    _, _, _, g = written
    typed = set(g.subjects(RDF.type, None))
    used = {n for t in g for n in (t[0], t[2]) if isinstance(n, URIRef) and str(n).startswith(ID)}
    assert sorted(str(n) for n in used - typed)[:5] == []


def test_every_measure_kind_is_a_measure_type_of_the_ontology():
    from policykg.outputs.turtle import MEASURE_TYPES

    onto = Graph().parse(ontology_file("policykg.ttl"), format="turtle")
    pkg = Namespace("https://w3id.org/policykg#")
    declared = {s for s in onto.subjects(RDF.type, pkg.MeasureType)}
    assert set(MEASURE_TYPES) == {"level", "change", "gap"}
    assert {pkg[t.split(":")[1]] for t in MEASURE_TYPES.values()} == declared

"""policykg.query: loading, SPARQL, named queries, read-only, syntax errors, output formats, CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.query import sparql as Q
from policykg.errors import GraphNotFoundError, QueryError

SRC = Path(__file__).resolve().parents[1] / "src"

SAMPLE_TTL = r"""
@prefix pkg: <https://w3id.org/policykg#> . @prefix id: <https://w3id.org/policykg/id/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix oa: <http://www.w3.org/ns/oa#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

id:doc\/d1 a pkg:SourceDocument ; dcterms:identifier "d1" ; dcterms:title "解读文章"@zh ; dcterms:date "2020-03"^^xsd:gYearMonth ;
    pkg:mentions id:policy\/notice, id:org\/miit .
id:doc\/d2 a pkg:SourceDocument ; dcterms:identifier "d2" ; dcterms:title "评估报告"@zh ; pkg:mentions id:policy\/notice .
id:org\/miit a org:Organization ; skos:prefLabel "工业和信息化部"@zh ; skos:altLabel "工信部"@zh ; pkg:category "government" .
id:org\/office a org:Organization ; skos:prefLabel "工业和信息化部办公厅"@zh ; pkg:category "government" ; org:subOrganizationOf id:org\/miit .
id:policy\/notice a pkg:Policy ; eli:title "关于推动工业互联网加快发展的通知"@zh ; skos:prefLabel "关于推动工业互联网加快发展的通知"@zh ;
    skos:altLabel "通知"@zh ; pkg:policyKind "通知" ; eli:date_document "2020-03-06"^^xsd:date ; eli:passed_by id:org\/office ;
    pkg:setsTarget id:target\/t1 .
id:policy\/evil a pkg:Policy ; eli:title "恶意<script>document.body.setAttribute('data-pwned','yes')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">办法"@zh ;
    skos:prefLabel "恶意<script>document.body.setAttribute('data-pwned','yes')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">办法"@zh ;
    pkg:policyKind "办法" ; eli:passed_by id:org\/miit ; eli:cites id:policy\/notice .
id:doc\/d1 pkg:interprets id:policy\/notice .
id:indicator\/n2 a pkg:Indicator ; skos:prefLabel "二级节点"@zh ; skos:altLabel "标识解析二级节点"@zh .
id:indicator\/reg a pkg:Indicator ; skos:prefLabel "标识注册量"@zh .
id:target\/t1 a pkg:Target ; pkg:indicator id:indicator\/n2 ; pkg:targetValue 20.0 ; pkg:unit "个" ; pkg:comparator ">=" ;
    pkg:deadline "2020"^^xsd:gYear ; pkg:status "met" ; pkg:assessedBy id:observation\/o2 ; prov:wasDerivedFrom id:evidence\/d1\/10-40 .
id:observation\/o1 a pkg:Observation ; pkg:indicator id:indicator\/n2 ; pkg:value 8.0 ; pkg:unit "个" ; pkg:comparator "=" ;
    pkg:refPeriod "2019"^^xsd:gYear ; prov:wasDerivedFrom id:evidence\/d2\/5-20 .
id:observation\/o2 a pkg:Observation ; pkg:indicator id:indicator\/n2 ; pkg:value 26.0 ; pkg:unit "个" ; pkg:comparator "=" ;
    pkg:refPeriod "2020"^^xsd:gYear ; prov:wasDerivedFrom id:evidence\/d2\/30-60 .
id:observation\/o3 a pkg:Observation ; pkg:indicator id:indicator\/reg ; pkg:value 7000000000 ; pkg:unit "" ; pkg:comparator ">" ;
    pkg:refPeriod "2021-12"^^xsd:gYearMonth ; prov:wasDerivedFrom id:evidence\/d2\/70-90 .
id:fact\/f1 a rdf:Statement ; rdf:subject id:policy\/notice ; rdf:predicate eli:passed_by ; rdf:object id:org\/office ; prov:wasDerivedFrom id:evidence\/d1\/0-9 .
id:fact\/f2 a rdf:Statement ; rdf:subject id:doc\/d1 ; rdf:predicate pkg:interprets ; rdf:object id:policy\/notice ; prov:wasDerivedFrom id:evidence\/d1\/0-9 .
id:evidence\/d1\/0-9 a pkg:Evidence ; oa:hasSource id:doc\/d1 ; oa:hasSelector id:evidence\/d1\/0-9\/selector .
id:evidence\/d1\/0-9\/selector a oa:TextPositionSelector ; oa:start 0 ; oa:end 9 ; oa:exact "工业和信息化部办公厅印发《通知》。" .
id:evidence\/d1\/10-40 a pkg:Evidence ; oa:hasSource id:doc\/d1 ; oa:hasSelector id:evidence\/d1\/10-40\/selector .
id:evidence\/d1\/10-40\/selector a oa:TextPositionSelector ; oa:start 10 ; oa:end 40 ; oa:exact "新建20个以上二级节点。" .
id:evidence\/d2\/5-20 a pkg:Evidence ; oa:hasSource id:doc\/d2 ; oa:hasSelector id:evidence\/d2\/5-20\/selector .
id:evidence\/d2\/5-20\/selector a oa:TextPositionSelector ; oa:start 5 ; oa:end 20 ; oa:exact "2019年二级节点达到8个。" .
id:evidence\/d2\/30-60 a pkg:Evidence ; oa:hasSource id:doc\/d2 ; oa:hasSelector id:evidence\/d2\/30-60\/selector .
id:evidence\/d2\/30-60\/selector a oa:TextPositionSelector ; oa:start 30 ; oa:end 60 ; oa:exact "2020年二级节点达到26个。" .
id:evidence\/d2\/70-90 a pkg:Evidence ; oa:hasSource id:doc\/d2 ; oa:hasSelector id:evidence\/d2\/70-90\/selector .
id:evidence\/d2\/70-90\/selector a oa:TextPositionSelector ; oa:start 70 ; oa:end 90 ; oa:exact "标识注册量超过70亿。" .
"""


def write_sample(folder: Path) -> Path:
    """A graph_out-like folder with graph.ttl."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "graph.ttl").write_text(SAMPLE_TTL, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    return write_sample(tmp_path_factory.mktemp("g") / "graph_out")


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], capture_output=True, text=True, env=env, timeout=120)


def test_load_folder_and_file_cached(graph):
    s1 = Q.load(graph)
    assert s1 is Q.load(graph / "graph.ttl")
    assert s1.triples > 50


def test_load_errors_name_the_path(tmp_path):
    with pytest.raises(GraphNotFoundError, match="no such folder"):
        Q.load(tmp_path / "missing")
    with pytest.raises(GraphNotFoundError, match="graph.ttl"):
        Q.load(tmp_path)


def test_query_returns_dataframe_with_python_values(graph):
    df = Q.sparql(graph, "SELECT ?t ?v WHERE { ?x pkg:targetValue ?v ; pkg:indicator/skos:prefLabel ?t }")
    assert list(df.columns) == ["t", "v"]
    assert df.iloc[0]["t"] == "二级节点" and df.iloc[0]["v"] == 20


def test_both_engines_agree(graph):
    q = "SELECT ?o WHERE { ?o a pkg:Observation } ORDER BY ?o"
    a = Q.load(graph).query(q)
    b = Q.load(graph, engine="rdflib").query(q)
    assert a["o"].tolist() == b["o"].tolist() and len(a) == 3


def test_every_named_query_runs(graph):
    names = Q.named_queries()
    assert {"policies-by-issuer", "targets-of-policy", "indicator-over-time", "organisations-by-category", "policies-citing"} <= set(names)
    for name, nq in names.items():
        assert nq.title != name
        Q.load(graph).run(name)


def test_named_query_params_bound(graph):
    df = Q.sparql(graph, "policies-by-issuer", issuer="工信部")
    assert df["title"].str.contains("办法").any()
    df = Q.sparql(graph, "targets-of-policy", policy="通知")
    assert df["indicator"].tolist() == ["二级节点"]
    df = Q.sparql(graph, "policies-citing", policy="加快发展")
    assert set(df["relation"]) == {"cites", "interprets"}


@pytest.mark.parametrize("evil", ['"', "'", "}", "{", "\\", '} ; DROP ALL {', '"} } ; DROP ALL { #', "\n)"])
def test_param_injection_is_inert(graph, evil):
    df = Q.sparql(graph, "policies-by-issuer", issuer=evil)
    assert df.empty
    assert Q.load(graph).triples == Q.load(graph).run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]


def test_unknown_param_and_query(graph):
    with pytest.raises(QueryError, match="takes issuer"):
        Q.sparql(graph, "policies-by-issuer", nope="x")
    with pytest.raises(QueryError, match="unknown named query 'nope'"):
        Q.sparql(graph, "nope")


@pytest.mark.parametrize("update", ["INSERT DATA { <a:a> <a:b> <a:c> }", "PREFIX x: <a:> DELETE WHERE { ?s ?p ?o }",
                                    "# comment\nDROP ALL", "LOAD <http://example.org/x>", "CLEAR DEFAULT"])
def test_updates_refused(graph, update):
    with pytest.raises(QueryError, match="read-only"):
        Q.sparql(graph, update)


def test_syntax_error_shows_where(graph):
    with pytest.raises(QueryError) as err:
        Q.sparql(graph, "SELECT ?x WHERE {\n  ?x ?p \n}")
    msg = str(err.value)
    assert "line 3" in msg and "^" in msg


def test_formats(graph):
    res = Q.load(graph).run("SELECT ?l WHERE { ?x a pkg:Indicator ; skos:prefLabel ?l } ORDER BY ?l")
    assert Q.format_result(res, "csv").splitlines() == ["l", "二级节点", "标识注册量"]
    assert Q.format_result(res, "tsv").splitlines()[0] == "l"
    assert json.loads(Q.format_result(res, "json")) == [{"l": "二级节点"}, {"l": "标识注册量"}]
    table = Q.format_result(res, "table").splitlines()
    assert table[0].startswith("l") and "(2 rows)" in table[-1]
    assert Q.format_result(Q.load(graph).run("ASK { ?x a pkg:Policy }"), "table") == "true"


def test_wide_characters_aligned():
    t = Q.format_table(["a", "b"], [["二级节点", 1], ["x", 2]]).splitlines()
    assert Q.display_width(t[2].split("  ")[0]) == Q.display_width(t[3].split("  ")[0].ljust(8))


def test_cli_query(graph, tmp_path):
    r = cli("query", "--list")
    assert r.returncode == 0 and "policies-by-issuer" in r.stdout
    r = cli("query", str(graph), "policies-by-issuer", "--param", "issuer=工信部", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith("issuer_name,")
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a pkg:Target }", encoding="utf-8")
    r = cli("query", str(graph / "graph.ttl"), str(rq), "-f", "json")
    assert json.loads(r.stdout) == [{"n": 1}]
    r = cli("query", str(graph), "DROP ALL")
    assert r.returncode == 1 and r.stderr.startswith("error: DROP refused") and "Traceback" not in r.stderr
    r = cli("query", str(graph), "SELECT ?x WHERE { ?x }")
    assert r.returncode == 1 and "SPARQL syntax error at line 1" in r.stderr


# The named queries were reshaped for pyoxigraph (benchmarks/query.py); these are the plain
# versions they replaced: same rows (as a multiset) and same order of the ORDER BY keys.
REFERENCE_QUERIES = {
    'documents': """SELECT ?doc ?date ?title ?chars (COUNT(DISTINCT ?policy) AS ?policies) (COUNT(DISTINCT ?org) AS ?organisations) (COUNT(DISTINCT ?ev) AS ?evidence_sentences) WHERE {
  ?d a pkg:SourceDocument ; dcterms:identifier ?doc .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d pkg:chars ?chars }
  OPTIONAL { ?d pkg:mentions ?policy . ?policy a pkg:Policy }
  OPTIONAL { ?d pkg:mentions ?org . ?org a org:Organization }
  OPTIONAL { ?ev oa:hasSource ?d }
}
GROUP BY ?doc ?date ?title ?chars
ORDER BY ?doc""",
    'facts-with-evidence': """SELECT ?subject_name ?predicate ?object_name ?doc ?start ?end ?evidence WHERE {
  VALUES ?subject { UNDEF }
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?predicate ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  ?s skos:prefLabel ?subject_name .
  OPTIONAL { ?o skos:prefLabel ?label }
  BIND(COALESCE(?label, ?o) AS ?object_name)
  ?ev oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end ; oa:exact ?evidence .
  FILTER(!BOUND(?subject) || CONTAINS(STR(?subject_name), ?subject))
}
ORDER BY ?subject_name ?predicate ?doc ?start""",
    'indicator-over-time': """SELECT ?period ?indicator_name ?value ?unit ?comparator ?region ?doc ?evidence WHERE {
  VALUES ?indicator { UNDEF }
  ?obs a pkg:Observation ; pkg:indicator ?ind ; pkg:value ?value .
  ?ind skos:prefLabel ?indicator_name .
  OPTIONAL { ?obs pkg:refPeriod ?period }
  OPTIONAL { ?obs pkg:unit ?unit }
  OPTIONAL { ?obs pkg:comparator ?comparator }
  OPTIONAL { ?obs pkg:region/skos:prefLabel ?region }
  OPTIONAL { ?obs prov:wasDerivedFrom ?ev . ?ev oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector/oa:exact ?evidence }
  FILTER(!BOUND(?indicator) || CONTAINS(STR(?indicator_name), ?indicator)
         || EXISTS { ?ind skos:altLabel ?alias FILTER(CONTAINS(STR(?alias), ?indicator)) })
}
ORDER BY ?indicator_name STR(?period)""",
    'organisations-by-category': """SELECT (STR(?cat) AS ?kind) ?name ?parent (COUNT(DISTINCT ?policy) AS ?policies_issued) ?org WHERE {
  VALUES ?category { UNDEF }
  ?org a org:Organization ; skos:prefLabel ?name ; pkg:category ?cat .
  FILTER(!BOUND(?category) || STR(?cat) = ?category)
  OPTIONAL { ?org org:subOrganizationOf/skos:prefLabel ?parent }
  OPTIONAL { ?policy eli:passed_by ?org }
}
GROUP BY ?cat ?name ?parent ?org
ORDER BY ?cat DESC(?policies_issued) ?name""",
    'policies-by-issuer': """SELECT ?issuer_name ?date ?title ?kind ?policy WHERE {
  VALUES ?issuer { UNDEF }
  ?policy a pkg:Policy ; eli:title ?title ; eli:passed_by ?org .
  ?org skos:prefLabel ?issuer_name .
  OPTIONAL { ?policy pkg:policyKind ?kind }
  OPTIONAL { ?policy eli:date_document ?date }
  FILTER(!BOUND(?issuer) || CONTAINS(STR(?issuer_name), ?issuer)
         || EXISTS { ?org skos:altLabel ?alias FILTER(CONTAINS(STR(?alias), ?issuer)) })
}
ORDER BY ?issuer_name DESC(STR(?date)) ?title""",
    'policies-citing': """SELECT ?cited ?relation ?citing ?citing_kind ?doc ?evidence WHERE {
  VALUES ?policy { UNDEF }
  VALUES (?rel ?relation) { (eli:cites "cites") (pkg:implements "implements") (pkg:interprets "interprets") }
  ?from ?rel ?to .
  ?to skos:prefLabel ?cited .
  OPTIONAL { ?from skos:prefLabel ?from_label }
  OPTIONAL { ?from dcterms:title ?from_title }
  BIND(COALESCE(?from_label, ?from_title, ?from) AS ?citing)
  OPTIONAL { ?from pkg:policyKind ?citing_kind }
  OPTIONAL { ?st rdf:subject ?from ; rdf:predicate ?rel ; rdf:object ?to ; prov:wasDerivedFrom ?ev .
             ?ev oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector/oa:exact ?evidence }
  FILTER(!BOUND(?policy) || CONTAINS(STR(?cited), ?policy)
         || EXISTS { ?to skos:altLabel ?alias FILTER(CONTAINS(STR(?alias), ?policy)) })
}
ORDER BY ?cited ?relation ?citing""",
    'target-status': """SELECT ?indicator ?value ?unit ?deadline ?status ?policy_title ?set_by ?observed ?observed_period ?target WHERE {
  ?target a pkg:Target ; pkg:indicator/skos:prefLabel ?indicator ; pkg:targetValue ?value .
  OPTIONAL { ?target pkg:unit ?unit }
  OPTIONAL { ?target pkg:deadline ?deadline }
  OPTIONAL { ?target pkg:status ?status }
  OPTIONAL { ?p pkg:setsTarget ?target ; eli:title ?policy_title }
  OPTIONAL { ?target pkg:setBy/skos:prefLabel ?set_by }
  OPTIONAL { ?target pkg:assessedBy ?obs . ?obs pkg:value ?observed . OPTIONAL { ?obs pkg:refPeriod ?observed_period } }
}
ORDER BY ?status ?indicator""",
    'targets-of-policy': """SELECT ?title ?indicator ?value ?unit ?comparator ?deadline ?status ?doc ?evidence ?target WHERE {
  VALUES ?policy { UNDEF }
  ?p pkg:setsTarget ?target ; eli:title ?title .
  ?target pkg:indicator/skos:prefLabel ?indicator ; pkg:targetValue ?value .
  OPTIONAL { ?target pkg:unit ?unit }
  OPTIONAL { ?target pkg:comparator ?comparator }
  OPTIONAL { ?target pkg:deadline ?deadline }
  OPTIONAL { ?target pkg:status ?status }
  OPTIONAL { ?target prov:wasDerivedFrom ?ev . ?ev oa:hasSource/dcterms:identifier ?doc ; oa:hasSelector/oa:exact ?evidence }
  FILTER(!BOUND(?policy) || CONTAINS(STR(?title), ?policy)
         || EXISTS { ?p skos:altLabel ?alias FILTER(STR(?alias) = ?policy || CONTAINS(STR(?alias), ?policy)) })
}
ORDER BY ?title ?indicator""",
}
REFERENCE_KEYS = {'facts-with-evidence': ['subject_name', 'predicate', 'doc', 'start'], 'indicator-over-time': ['indicator_name', 'period'], 'policies-by-issuer': ['issuer_name', 'date', 'title'], 'targets-of-policy': ['title', 'indicator'], 'target-status': ['status', 'indicator'], 'policies-citing': ['cited', 'relation', 'citing'], 'documents': ['doc'], 'organisations-by-category': ['kind', 'policies_issued', 'name']}
REFERENCE_PARAMS = {'policies-by-issuer': ('issuer', ['工信部', '工业和信息化部', 'nomatch']), 'targets-of-policy': ('policy', ['通知', '行动计划']), 'indicator-over-time': ('indicator', ['二级节点', '标识']), 'organisations-by-category': ('category', ['government']), 'policies-citing': ('policy', ['加快发展', '工业互联网']), 'facts-with-evidence': ('subject', ['工业互联网', '方案'])}


def assert_same_result(store, name, params=None):
    new = store.run(name, params=params)
    ref = store.run(REFERENCE_QUERIES[name], params=params)
    assert new.columns == ref.columns, name
    assert len(new.rows) < 1000, "reference comparison needs a graph under the LIMIT"
    assert sorted(map(repr, new.rows)) == sorted(map(repr, ref.rows)), (name, params)
    idx = [new.columns.index(c) for c in REFERENCE_KEYS[name]]
    assert [[r[i] for i in idx] for r in new.rows] == [[r[i] for i in idx] for r in ref.rows], (name, params)


def check_named_against_reference(store):
    assert set(REFERENCE_QUERIES) == set(Q.named_queries())
    for name in REFERENCE_QUERIES:
        assert_same_result(store, name)
        param, values = REFERENCE_PARAMS.get(name, (None, []))
        for v in values:
            assert_same_result(store, name, {param: v})


def test_named_queries_match_reference_on_sample(graph):
    check_named_against_reference(Q.load(graph))


def test_named_queries_match_reference_on_seed_graph(seed_build):
    check_named_against_reference(Q.load(seed_build.out))


def test_named_queries_have_limit_or_are_bounded():
    for name, nq in Q.named_queries().items():
        body = Q.strip_sparql(nq.text).upper()
        assert "ORDER BY" in body, name
        assert "LIMIT" in body or name in ("documents", "organisations-by-category"), name

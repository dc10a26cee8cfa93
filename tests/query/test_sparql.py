"""policykg.query: loading, SPARQL, named queries, read-only, syntax errors, output formats, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.query import sparql as Q
from policykg.errors import GraphNotFoundError, QueryError, QueryRefusedError

from .sample import cli, write_sample


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    return write_sample(tmp_path_factory.mktemp("g") / "graph_out")


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
    'instruments-by-type': """SELECT ?instrument_type ?region ?instruments ?policies ?amount_yuan WHERE {
  { SELECT ?instrument_type ?rk (SAMPLE(?r_label) AS ?region) (COUNT(DISTINCT ?i) AS ?instruments) (SUM(?y) AS ?amount_yuan) WHERE {
      { SELECT DISTINCT ?instrument_type ?rk ?r_label ?i ?y WHERE {
          VALUES ?type { UNDEF }
          ?i a pkg:Instrument ; pkg:instrumentType/skos:prefLabel ?instrument_type .
          FILTER(!BOUND(?type) || CONTAINS(STR(?instrument_type), ?type))
          OPTIONAL { ?i pkg:region/skos:prefLabel ?r_label }
          BIND(COALESCE(STR(?r_label), "") AS ?rk)
          OPTIONAL { ?i pkg:amount ?a ; pkg:unit ?u FILTER(STR(?u) = "元") }
          BIND(IF(BOUND(?a), ?a, 0) AS ?y)
      } } }
    GROUP BY ?instrument_type ?rk }
  { SELECT ?instrument_type ?rk (COUNT(DISTINCT ?policy) AS ?policies) WHERE {
      VALUES ?type { UNDEF }
      ?i a pkg:Instrument ; pkg:instrumentType/skos:prefLabel ?instrument_type .
      FILTER(!BOUND(?type) || CONTAINS(STR(?instrument_type), ?type))
      OPTIONAL { ?i pkg:region/skos:prefLabel ?r_label }
      BIND(COALESCE(STR(?r_label), "") AS ?rk)
      OPTIONAL { ?policy pkg:hasInstrument ?i }
    }
    GROUP BY ?instrument_type ?rk }
}
ORDER BY DESC(?instruments) ?instrument_type ?region""",
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
REFERENCE_KEYS = {'facts-with-evidence': ['subject_name', 'predicate', 'doc', 'start'], 'indicator-over-time': ['indicator_name', 'period'], 'policies-by-issuer': ['issuer_name', 'date', 'title'], 'targets-of-policy': ['title', 'indicator'], 'target-status': ['status', 'indicator'], 'policies-citing': ['cited', 'relation', 'citing'], 'documents': ['doc'], 'organisations-by-category': ['kind', 'policies_issued', 'name'], 'instruments-by-type': ['instruments', 'instrument_type', 'region']}
REFERENCE_PARAMS = {'policies-by-issuer': ('issuer', ['工信部', '工业和信息化部', 'nomatch']), 'targets-of-policy': ('policy', ['通知', '行动计划']), 'indicator-over-time': ('indicator', ['二级节点', '标识']), 'organisations-by-category': ('category', ['government']), 'policies-citing': ('policy', ['加快发展', '工业互联网']), 'facts-with-evidence': ('subject', ['工业互联网', '方案']), 'instruments-by-type': ('type', ['资金支持', '支持', '税收', 'nomatch'])}


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


# instruments of every shape instruments-by-type groups and sums: with and without a region,
# an amount in 元, an amount in another unit (not summed), no amount, no policy; two policies
INSTRUMENTS_TTL = r"""
pkg:FundingSupport a skos:Concept ; skos:prefLabel "资金支持"@zh .
pkg:TaxIncentive a skos:Concept ; skos:prefLabel "税收优惠"@zh .
pkg:TalentTraining a skos:Concept ; skos:prefLabel "人才培养"@zh .
id:region\/bj a pkg:Region ; skos:prefLabel "北京市"@zh .
id:policy\/notice pkg:hasInstrument id:instrument\/i1, id:instrument\/i2, id:instrument\/i3, id:instrument\/i5 .
id:policy\/evil pkg:hasInstrument id:instrument\/i4 .
id:instrument\/i1 a pkg:Instrument ; pkg:instrumentType pkg:FundingSupport ; pkg:amount 30000000.0 ; pkg:unit "元" ; pkg:comparator "<=" .
id:instrument\/i2 a pkg:Instrument ; pkg:instrumentType pkg:FundingSupport ; pkg:amount 5000000.5 ; pkg:unit "元" ; pkg:region id:region\/bj .
id:instrument\/i3 a pkg:Instrument ; pkg:instrumentType pkg:FundingSupport ; pkg:region id:region\/bj .
id:instrument\/i4 a pkg:Instrument ; pkg:instrumentType pkg:FundingSupport ; pkg:amount 2000000 ; pkg:unit "元" .
id:instrument\/i5 a pkg:Instrument ; pkg:instrumentType pkg:TalentTraining ; pkg:amount 100 ; pkg:unit "人" .
id:instrument\/i6 a pkg:Instrument ; pkg:instrumentType pkg:TaxIncentive .
"""


@pytest.fixture(scope="module")
def instruments_graph(tmp_path_factory) -> Path:
    folder = write_sample(tmp_path_factory.mktemp("gi") / "graph_out")
    (folder / "graph.ttl").write_text((folder / "graph.ttl").read_text(encoding="utf-8") + INSTRUMENTS_TTL, encoding="utf-8")
    return folder


def test_instruments_by_type_on_a_sample_with_instruments(instruments_graph):
    """The counts and sums, by hand, then the same against the reference (the shared sample has no instruments)."""
    store = Q.load(instruments_graph)
    rows = [[str(c) if c is not None else None for c in row] for row in store.run("instruments-by-type").rows]
    assert rows == [["资金支持", None, "2", "2", "32000000"],
                    ["资金支持", "北京市", "2", "1", "5000000.5"],
                    ["人才培养", None, "1", "1", "0"],
                    ["税收优惠", None, "1", "0", "0"]], rows
    assert [r[:2] for r in store.run("instruments-by-type", params={"type": "税收"}).rows] == [["税收优惠", None]]
    check_named_against_reference(store)


def test_named_queries_match_reference_on_seed_graph(seed_build):
    check_named_against_reference(Q.load(seed_build.out))


def test_named_queries_have_limit_or_are_bounded():
    for name, nq in Q.named_queries().items():
        body = Q.strip_sparql(nq.text).upper()
        assert "ORDER BY" in body, name
        assert "LIMIT" in body or name in ("documents", "organisations-by-category"), name


def test_files_are_read_only_when_allowed(graph, tmp_path, monkeypatch):
    secret = tmp_path / "secret.rq"
    secret.write_text("# SECRET-FIRST-LINE\nSELECT ?s WHERE { ?s a pkg:Target }\n", encoding="utf-8")
    assert Q.load(graph).run(str(secret)).rows  # the library user's own file
    monkeypatch.chdir(tmp_path)
    for q in (str(secret), "secret.rq", "../x/secret.rq"):
        with pytest.raises(QueryError, match="not run here") as err:
            Q.load(graph).run(q, files=False)
        assert "SECRET" not in str(err.value)


def test_service_refused_unless_allowed(graph):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryRefusedError, match="SERVICE refused"):
        Q.load(graph).run(q)
    r = cli("query", str(graph), q)
    assert r.returncode == 1 and r.stderr.startswith("error: SERVICE refused") and "Traceback" not in r.stderr
    r = cli("query", str(graph), 'SELECT ?x WHERE { ?x a pkg:Policy FILTER(?x != "SERVICE") }', "-f", "csv")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 3


def test_lone_surrogate_in_cli_arguments_is_one_clear_line(graph, tmp_path):
    # a byte that is not UTF-8 reaches Python as a lone surrogate (surrogateescape)
    for args, expected in [
        (["policies-by-issuer", "--param", b"issuer=\xff".decode("utf-8", "surrogateescape")],
         "error: parameter issuer: not valid text (byte 0xff at character 1 is not UTF-8); expected UTF-8 text"),
        (['SELECT * WHERE { ?s ?p "\udcfe" }'], "error: query: not valid text (byte 0xfe at character 25 is not UTF-8)"),
    ]:
        r = cli("query", str(graph), *args)
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.startswith(expected) and len(r.stderr.strip().splitlines()) == 1
    bad = tmp_path / "latin1.rq"
    bad.write_bytes("SELECT * WHERE { ?s ?p \"é\" }".encode("latin-1"))
    r = cli("query", str(graph), str(bad))
    assert r.returncode == 1 and "not UTF-8 text" in r.stderr and "Traceback" not in r.stderr


def test_surrogate_param_in_the_library(graph):
    with pytest.raises(QueryError, match="parameter issuer: not valid text"):
        Q.sparql(graph, "policies-by-issuer", issuer="\udcff")

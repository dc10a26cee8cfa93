"""policykg.lookups: targets / policy / metric, the matching rule, injection safety, chart, CLI."""
from __future__ import annotations

import json

import math

import pandas as pd
import pytest

from policykg.errors import QueryError
from policykg.query import lookups as L
from policykg.query.lookups import NotFoundError
from query.sample import cli, write_sample


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return write_sample(tmp_path_factory.mktemp("g") / "graph_out")


def test_score_rule():
    assert L.score("二级节点", "二级节点") == 1.0
    assert 0.8 < L.score("二级节点", "标识解析二级节点") < 0.9       # label contains text
    assert 0.6 < L.score("标识解析二级节点", "二级节点") < 0.7       # text contains label (at least half as long)
    assert L.score("标识解析二级节点", "节点") == 0                 # too short a label inside the text
    assert 0 < L.score("二级结点", "二级节点") < 0.5                 # shared characters only
    assert L.score("《通知》", "通知") == 1.0                       # brackets and spaces ignored


@pytest.mark.parametrize("text", ["二级节点", "标识解析二级节点", "二级"])
def test_targets_both_ways(graph, text):
    r = L.targets(graph, text)
    t = r.targets.iloc[0]
    assert t["policy"] == "关于推动工业互联网加快发展的通知"
    assert t["issuer"] == "工业和信息化部办公厅" and t["date"] == pd.Timestamp("2020-03-06")
    assert t["target"] == "≥20 个" and t["deadline"] == pd.Period("2020", "Y") and t["status"] == "met"
    assert t["evidence"] == "新建20个以上二级节点。" and t["doc"] == "d1"
    assert "26 个 (2020, d2)" in t["assessed_by"]
    assert [str(p) for p in r.observations["period"]] == ["2019", "2020"]
    text_out = L.format_targets(r)
    assert "status: met" in text_out and "新建20个以上二级节点。" in text_out


@pytest.mark.parametrize("evil", ['"', "'", "{", "}", "\\", "} ; DROP ALL {", '") } DROP ALL { ("', "?x", "<http://x>", ""])
def test_hostile_text_gives_results_or_not_found(graph, evil):
    for fn in (L.targets, L.policy, L.metric):
        try:
            fn(graph, evil)
        except NotFoundError as exc:
            assert "not found" in str(exc)
    assert L.load(graph).run("ASK { ?x a pkg:Target }").boolean


def test_policy_card_by_alias(graph):
    c = L.policy(graph, "通知")
    assert c.title == "关于推动工业互联网加快发展的通知" and c.kind == "通知" and "通知" in c.aliases
    assert c.issuers == ["工业和信息化部办公厅"] and c.dates == ["2020-03-06"]
    assert c.targets["indicator"].tolist() == ["二级节点"]
    rel = dict(zip(c.relations["relation"], c.relations["other"]))
    assert rel["interpreted by"] == "解读文章" and rel["cited by"].startswith("恶意")
    assert c.relations.set_index("relation").loc["interpreted by", "evidence"] == "工业和信息化部办公厅印发《通知》。"
    assert c.documents["doc"].tolist() == ["d1", "d2"]
    out = L.format_policy(c)
    assert "《关于推动工业互联网加快发展的通知》" in out and "Documents mentioning it (2)" in out


def test_dataframes_are_typed_for_analysis(graph):
    """Numbers as numbers, dates as dates (periods when not full), missing as NaN."""
    r = L.targets(graph, "二级节点")
    t, o = r.targets, r.observations
    assert t["value"].dtype == "float64" and o["value"].dtype == "float64" and o["value"].tolist() == [8.0, 26.0]
    assert str(t["start"].dtype) in ("int64", "Int64") and int(t["start"].iloc[0]) >= 0
    assert str(t["date"].dtype).startswith("datetime64")                    # one full date
    assert isinstance(t["deadline"].iloc[0], pd.Period) and t["deadline_start"].iloc[0] == pd.Timestamp("2020-01-01")
    assert o["period_start"].dt.year.tolist() == [2019, 2020]
    assert o["region"].isna().all()                                         # missing text: NaN, not "" or None
    m = L.metric(graph, "二级节点")
    assert str(m.series["period_start"].dtype).startswith("datetime64") and m.series["value"].dtype == "float64"
    card = L.policy(graph, "通知")
    assert str(card.documents["start"].dtype) in ("int64", "Int64")
    js = r.to_dict()
    assert js["targets"][0]["date"] == "2020-03-06" and js["targets"][0]["deadline"] == "2020"
    assert "deadline_start" not in js["targets"][0] and js["observations"][0]["region"] is None
    assert not any(isinstance(v, float) and math.isnan(v) for row in js["observations"] for v in row.values())


def test_metric_series_and_chart(graph, tmp_path):
    m = L.metric(graph, "二级节点")
    assert m.series["kind"].tolist() == ["observation", "observation", "target"]
    assert m.to_dict()["chart"]["panels"][0]["series"]
    pytest.importorskip("matplotlib")
    for suffix in (".png", ".svg"):
        out = L.chart(m, tmp_path / f"c{suffix}")
        assert out.stat().st_size > 1000
    with pytest.raises(QueryError, match=".png, .svg"):
        L.chart(m, tmp_path / "c.txt")


def test_chart_without_matplotlib(graph, tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *a, **k):
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(QueryError, match=r"pip install 'policykg\[chart\]'"):
        L.chart(L.metric(graph, "二级节点"), tmp_path / "c.png")


def test_not_found_message(graph):
    with pytest.raises(NotFoundError, match="no indicator matches '不存在的指标xyz'"):
        L.targets(graph, "不存在的指标xyz")


def test_cli_lookups(graph, tmp_path):
    r = cli("targets", str(graph), "标识解析二级节点")
    assert r.returncode == 0, r.stderr
    assert "《关于推动工业互联网加快发展的通知》" in r.stdout and "status: met" in r.stdout
    r = cli("policy", str(graph), "通知", "--format", "json")
    assert json.loads(r.stdout)["title"] == "关于推动工业互联网加快发展的通知"
    r = cli("metric", str(graph), "二级节点", "--chart", str(tmp_path / "m.png"))
    assert r.returncode == 0 and "2019" in r.stdout
    r = cli("targets", str(graph), "} ; DROP ALL {")
    assert r.returncode == 1 and "not found" in r.stderr and "Traceback" not in r.stderr


def test_targets_lookup_is_two_queries(graph):
    """One query for the targets (policy, issuers, evidence, assessing observations), one for the
    observations, keyed by the matched indicator IRIs; the label index is cached per store."""
    store = L.load(graph)
    L.targets(store, "二级节点")
    calls = []
    real = store.select
    store.select = lambda q: calls.append(q) or real(q)
    try:
        r = L.targets(store, "二级节点")
    finally:
        del store.select
    assert len(calls) == 2 and all("VALUES ?ind" in q for q in calls)
    assert r.targets.iloc[0]["evidence"] == "新建20个以上二级节点。"

"""graph_out/ (DESIGN.md §4): the files and columns, plain decimals, byte-for-byte
determinism, an offline HTML page, GraphML for networkx, and the
streamed writing (graphml and the overview as from the whole view, texts
read document by document)."""
from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest

from conftest import CONTRACT_FILES, CONTRACT_TABLES, CORPUS, REPO, SEEDS, cli_command, cli_env, snapshot
from test_link import texts_kb  # noqa: F401  (fixture: the fixture texts linked from a texts folder)


def read_table(out: Path, table: str) -> tuple[list[str], list[dict[str, str]]]:
    raw = (out / "tables" / f"{table}.csv").read_bytes()
    text = raw.decode("utf-8")  # strict: must be UTF-8
    reader = csv.DictReader(text.splitlines())
    rows = list(reader)
    return list(reader.fieldnames or []), rows


# --------------------------------------------------------------------------- contract


@pytest.mark.parametrize("name", CONTRACT_FILES)
def test_contract_file_exists_and_is_not_empty(seed_out, name):
    path = seed_out / name
    assert path.is_file(), f"{name} missing from graph_out"
    assert path.stat().st_size > 0


@pytest.mark.parametrize("table", sorted(CONTRACT_TABLES))
def test_table_columns_utf8_header(seed_out, table):
    raw = (seed_out / "tables" / f"{table}.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM expected"
    raw.decode("utf-8")
    header, rows = read_table(seed_out, table)
    missing = [c for c in CONTRACT_TABLES[table] if c not in header]
    assert not missing, f"{table}.csv lacks columns {missing} (has {header})"
    assert len(header) == len(set(header)), f"duplicate columns in {table}.csv"
    for row in rows:
        assert None not in row, f"{table}.csv: a row has more cells than the header: {row}"
        assert all(v is not None for v in row.values()), f"{table}.csv: a row has fewer cells than the header"


def test_seed_tables_have_rows(seed_out):
    for table in ("documents", "mentions", "policies", "organizations", "regions", "targets", "observations", "relations"):
        _, rows = read_table(seed_out, table)
        assert rows, f"{table}.csv has no rows for the seeds"
    _, docs = read_table(seed_out, "documents")
    assert sorted(r["id"] for r in docs) == sorted(p.stem for p in SEEDS.glob("*.txt"))


PLAIN_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")


@pytest.mark.parametrize("table", ["targets", "observations", "forecasts"])
def test_values_are_plain_decimals(seed_out, table):
    assert (seed_out / "tables" / f"{table}.csv").is_file(), f"{table}.csv not written"  # a missing table fails, not skips
    _, rows = read_table(seed_out, table)
    bad = [r["value"] for r in rows if not PLAIN_DECIMAL.match(r["value"])]
    assert not bad, f"{table}.csv: values not plain decimals (exponent, blank, …): {bad[:10]}"
    if table != "forecasts":
        assert rows
        # large values survive as integers written out in full (1.42万亿元 -> 1420000000000)
        assert any(len(r["value"].split(".")[0]) >= 9 for r in rows), "expected some values >= 1e8 written in full"


def test_graph_ttl_values_are_plain_decimals(seed_out):
    text = (seed_out / "graph.ttl").read_text(encoding="utf-8")
    # decimals written as literals: "1.2E+12"^^xsd:decimal or bare 1.2e12 would be wrong
    assert not re.search(r'"[-\d.]*[eE][+-]?\d+"\^\^xsd:decimal', text)
    assert not re.search(r"(?<![\w.\"/-])\d+(\.\d+)?[eE][+-]?\d+(?![\w\"])", text)


# --------------------------------------------------------------------------- determinism


def test_two_builds_give_identical_bytes(seed_out, seed_rebuild):
    """A second build of seeds/ (in-process, so a different PYTHONHASHSEED than
    the session's subprocess build, and no shared extraction cache) writes
    byte-identical files: graph.ttl, graph.graphml, graph.html, every CSV."""
    first, second = snapshot(seed_out), snapshot(seed_rebuild)
    for name in CONTRACT_FILES:
        assert name in first
    assert sorted(first) == sorted(second)
    differ = sorted(name for name in first if first[name] != second[name])
    assert not differ, f"files differ between two builds of the same input: {differ}"


def test_build_is_deterministic_across_hash_seeds(tmp_path):
    """Two subprocess builds of the small corpus with different PYTHONHASHSEED."""
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}" / "out"  # separate parents: no shared extraction cache
        proc = subprocess.run(cli_command("build", CORPUS.relative_to(REPO).as_posix(), "--out", out, "-q"),
                              cwd=REPO, env=cli_env(PYTHONHASHSEED=seed), capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(snapshot(out))
    assert outs[0] == outs[1], sorted(k for k in outs[0] if outs[0].get(k) != outs[1].get(k))


# --------------------------------------------------------------------------- html


def test_html_is_offline(seed_out):
    page = (seed_out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in page.lower()
    assert "vis.Network" in page or "vis-network" in page, "vis-network should be inlined"
    external = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]+""", page, re.I)
    assert not external, f"external resources referenced: {external[:5]}"
    imports = re.findall(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//[^;]+""", page, re.I)
    assert not imports, imports[:5]
    fetches = re.findall(r"""(?:fetch\s*\(\s*["'`]https?://|\.open\s*\(\s*["']\w+["']\s*,\s*["'`]https?://)""", page, re.I)
    assert not fetches, fetches[:5]


def test_html_shows_the_entities(seed_out):
    import json

    page = (seed_out / "graph.html").read_text(encoding="utf-8")
    for label in ("工业和信息化部", "工业互联网步入快速成长期"):
        # raw, or escaped inside the inlined JSON data (\\uXXXX)
        assert label in page or json.dumps(label)[1:-1] in page, label


# --------------------------------------------------------------------------- graphml


def test_graphml_loads_with_networkx(seed_out, seed_graph):
    import networkx as nx

    view = nx.read_graphml(seed_out / "graph.graphml")
    assert view.number_of_nodes() > 50
    assert view.number_of_edges() > 50
    types = {data.get("type") for _, data in view.nodes(data=True)}
    assert {"document", "policy", "org"} <= types
    for doc in SEEDS.glob("*.txt"):
        assert f"doc/{doc.stem}" in view


# --------------------------------------------------------------------------- streamed writing


def test_streamed_graphml_is_the_networkx_view(texts_kb, tmp_path):
    import networkx as nx

    from policykg.export import write_graphml
    from policykg.graph import networkx_view

    counts = write_graphml(texts_kb, tmp_path / "graph.graphml")
    got = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    view = networkx_view(texts_kb)
    assert counts == (view.number_of_nodes(), view.number_of_edges())
    assert dict(got.nodes(data=True)) == dict(view.nodes(data=True))
    edges = lambda g: sorted((u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True))  # noqa: E731
    assert edges(got) == edges(view)


def test_overview_page_shows_the_best_connected_nodes(texts_kb, tmp_path, monkeypatch):
    """Above MAX_NODES the page is the overview that visualize makes of the whole view."""
    import json

    from policykg import export
    from policykg.outputs import html as visualize
    from policykg.graph import networkx_view

    view = networkx_view(texts_kb)
    monkeypatch.setattr(export, "MAX_NODES", 50)
    monkeypatch.setattr(export, "OVERVIEW_NODES", 40)
    export.write_page(texts_kb, tmp_path / "graph.html", view.number_of_nodes())
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    shown = {json.loads(f'"{iri}"') for iri in re.findall(r'"iri":"((?:[^"\\]|\\.)*)"', page)}
    assert shown == set(visualize.overview(view, 40)) and len(shown) == 40
    assert "too many to lay out" in page


def test_texts_are_read_document_by_document(texts_kb, tmp_path):
    """Sentences are read back from the texts one document at a time: each
    output reads a document's text at most once, however many sentences it cites."""
    from policykg.export import write_outputs

    sentences = sum(len(d.facts) for d in texts_kb.docs) + len(texts_kb.measures)
    before = texts_kb.texts.reads
    write_outputs(texts_kb, tmp_path / "graph_out")
    reads = texts_kb.texts.reads - before
    documents = len(texts_kb.docs)
    assert reads <= 9 * documents < sentences
    assert sorted(p.stem for p in (tmp_path / "graph_out" / "texts").iterdir()) == sorted(d.id for d in texts_kb.docs)


# --------------------------------------------------------------------------- pieces reused by a rebuild


def test_fingerprint_follows_what_linking_decided_about_the_document(tmp_path):
    """A document's fingerprint changes with everything its pieces are made
    from: its extraction (cache key), the entities of its mentions, its
    relations, and its measures as linked (status, assessment, indicator and
    its name, policy, sentences); the other documents' only when the change
    is theirs too (an indicator's name)."""
    from test_link import linked_texts

    from policykg.export import document_fingerprints
    from policykg.graph import cited_sentences
    from policykg.link import LinkedFact, Ref

    kb = linked_texts(tmp_path)
    keys = {d.id: f"key of {d.id}" for d in kb.docs}
    fingerprints = lambda: document_fingerprints(kb, cited_sentences(kb), keys)  # noqa: E731
    before = fingerprints()
    assert before == fingerprints() and len(set(before.values())) == len(kb.docs)
    d = next(d for d in kb.docs if d.facts and any(lm.kind == "target" for lm in kb.measures_by_doc.get(d.id, ())))
    target = next(lm for lm in kb.measures_by_doc[d.id] if lm.kind == "target")
    own_form = next(f for f in d.mentions[2::3] if kb.form_entities[f] and
                    not any(f in o.mentions[2::3] for o in kb.docs if o is not d))
    changes = {
        "cache key": lambda: keys.__setitem__(d.id, "another key"),
        "indicator name": lambda: setattr(kb.entity_by_id()[target.indicator], "name", "改过的指标名"),
        "status": lambda: setattr(target, "status", "met"),
        "assessed by": lambda: setattr(target, "assessed_by", ("observation/x-1",)),
        "indicator": lambda: setattr(target, "indicator", "indicator/other"),
        "policy": lambda: setattr(target, "policy", "policy/other"),
        "restated": lambda: setattr(target, "restated", (Ref(d.id, 0, 1),)),
        "mention entity": lambda: kb.form_entities.__setitem__(own_form, "org/other"),
        "relation": lambda: d.facts.__setitem__(0, LinkedFact(d.facts[0].subject, "cites", "policy/other", d.facts[0].evidence)),
    }
    shared = {o.id for o in kb.docs if any(lm.indicator == target.indicator for lm in kb.measures_by_doc.get(o.id, ()))}
    for what, change in changes.items():
        change()
        after = fingerprints()
        changed = {k for k in after if after[k] != before[k]}
        assert changed == (shared if what == "indicator name" else {d.id}), what
        before = after


def test_forked_returns_the_result_or_raises_the_error():
    from policykg.export import Forked

    shared = {"big": list(range(1000))}  # shared with the child, not pickled to it
    assert Forked(lambda: sum(shared["big"])).result() == sum(range(1000))
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        Forked(lambda: 1 / 0).result()


def test_a_failing_graphml_writer_in_the_forked_process_fails_the_build(texts_kb, tmp_path, monkeypatch):
    from policykg import export

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(export, "write_graphml", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        export.write_outputs(texts_kb, tmp_path / "graph_out", workers=2)
    assert not (tmp_path / "graph_out").exists() and not list(tmp_path.iterdir())

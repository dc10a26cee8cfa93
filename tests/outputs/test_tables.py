"""outputs/tables.py: tables/*.csv — UTF-8 with a byte-order mark, the columns
of ontology/mapping/tables.yaml in order, one row per record, | joining
multi-valued cells, plain signed decimals, evidence that is the text at its
offsets, and facts filling their columns (a 文号 reaches policies.csv and
documents.csv)."""
from __future__ import annotations

import csv
import io

import pytest

from policykg.mapping import table_columns
from policykg.outputs.tables import write_tables
from policykg.outputs.terms import xml_text

from .kb_fixture import build_kb


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    kb = build_kb()
    folder = tmp_path_factory.mktemp("tables")
    counts = write_tables(kb, folder)
    return kb, folder, counts


def read(folder, table: str) -> tuple[list[str], list[dict[str, str]]]:
    raw = (folder / f"{table}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{table}.csv has no byte-order mark"
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_every_table_has_a_bom_and_the_mapped_columns_in_order(tables):
    _, folder, counts = tables
    assert set(counts) == set(table_columns())
    for table, columns in table_columns().items():
        header, rows = read(folder, table)
        assert header == list(columns), table
        assert len(rows) == counts[table]
        for row in rows:
            assert None not in row and None not in row.values(), (table, row)


def row_of(rows, **match):
    found = [r for r in rows if all(r[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, [{k: r[k] for k in match} for r in rows])
    return found[0]


def test_a_doc_number_reaches_policies_and_documents(tables):
    _, folder, _ = tables
    _, policies = read(folder, "policies")
    p = row_of(policies, title="温州市促进外贸稳增长若干措施")
    assert p["doc_number"] == "温政办发〔2024〕30号"
    assert (p["issuers"], p["date"], p["kind"]) == ("温州市人民政府办公室", "2024-09-02", "措施")
    assert "notice" in p["documents"].split("|")
    _, docs = read(folder, "documents")
    d = row_of(docs, id="notice")
    assert d["doc_number"] == "温政办发〔2024〕30号"
    assert d["issuers"] == "温州市人民政府办公室"
    assert d["genre"] == "official" and d["policy"] == p["id"]
    news = row_of(docs, id="news")
    assert (news["genre"], news["policy"], news["doc_number"], news["date"]) == ("news", "", "", "2025-01-20")


def test_targets_with_signed_values_ranges_and_their_policy(tables):
    _, folder, _ = tables
    _, targets = read(folder, "targets")
    exports = row_of(targets, indicator="外贸出口")
    assert (exports["value"], exports["value_max"], exports["unit"], exports["measure"]) == ("5", "6", "%", "change")
    assert exports["policy"] == "温州市促进外贸稳增长若干措施"
    ecommerce = row_of(targets, indicator="跨境电商进出口额")
    assert (ecommerce["value"], ecommerce["unit"], ecommerce["deadline"]) == ("60000000000", "元", "2025")
    _, observations = read(folder, "observations")
    decline = row_of(observations, indicator="外贸出口")
    assert (decline["value"], decline["measure"], decline["date"]) == ("-1.5", "change", "2024")


def test_instruments_table(tables):
    _, folder, _ = tables
    _, rows = read(folder, "instruments")
    national = row_of(rows, beneficiary="新认定的国家级外贸转型升级基地")
    assert (national["type"], national["amount"], national["unit"]) == ("资金支持", "1000000", "元")
    assert national["comparator"] == "="
    capped = row_of(rows, beneficiary="参加境外展会的企业")
    assert (capped["amount"], capped["comparator"]) == ("50000", "<=")
    assert national["policy"] == "温州市促进外贸稳增长若干措施"


def test_evidence_is_the_text_at_the_offsets(tables):
    kb, folder, _ = tables
    for table in ("targets", "observations", "forecasts", "instruments"):
        _, rows = read(folder, table)
        for r in rows:
            span = kb.texts.text(r["doc"])[int(r["start"]):int(r["end"])]
            assert xml_text(span) == r["text"], (table, r["id"])  # (controls of the hostile text dropped)
    _, mentions = read(folder, "mentions")
    assert mentions
    for r in mentions:
        span = kb.texts.text(r["doc"])[int(r["start"]):int(r["end"])]
        assert r["text"].replace(" ", "") in span.replace(" ", "") or "\x00" in span, r


def test_multi_valued_cells_are_joined_with_a_bar(tables):
    _, folder, _ = tables
    _, orgs = read(folder, "organizations")
    state_council = row_of(orgs, name="国务院")
    assert state_council["aliases"].split("|") == ["中华人民共和国国务院", "中央人民政府"]
    _, policies = read(folder, "policies")
    aliased = row_of(policies, title="温州市促进外贸稳增长若干措施")
    assert "温州市人民政府办公室关于印发温州市促进外贸稳增长若干措施的通知" in aliased["aliases"].split("|")


def test_cells_carry_no_control_characters(tables):
    _, folder, _ = tables
    for table in table_columns():
        raw = (folder / f"{table}.csv").read_text(encoding="utf-8-sig")
        for bad in ("\x00", "\x1b", "\ufffe"):
            assert bad not in raw, (table, repr(bad))


def test_the_same_knowledge_base_gives_the_same_bytes(tables, tmp_path):
    _, folder, _ = tables
    write_tables(build_kb(), tmp_path)
    for table in table_columns():
        assert (tmp_path / f"{table}.csv").read_bytes() == (folder / f"{table}.csv").read_bytes(), table


def test_a_report_is_listed_in_reports_not_in_policies(tables):
    _, folder, _ = tables
    _, reports = read(folder, "reports")
    _, policies = read(folder, "policies")
    assert row_of(reports, title="温州外贸发展报告（2024）")["id"].startswith("report/")
    assert not [p for p in policies if "报告" in p["title"]]


def test_an_interpretation_is_listed_by_its_own_title(tmp_path):
    from kit import extract
    from policykg.link import link
    text = ("《某市技术改造专项资金管理办法》政策解读\n近日，某市工业和信息化局印发了《某市技术改造专项资金管理办法》。"
            "现将主要内容解读如下。\n")
    write_tables(link([extract(text, "jiedu.txt").extraction]), tmp_path)
    _, docs = read(tmp_path, "documents")
    assert [(d["genre"], d["title"]) for d in docs] == [("interpretation", "《某市技术改造专项资金管理办法》政策解读")]

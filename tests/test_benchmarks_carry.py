"""benchmarks/carry.py: verdicts carried into new audit sheets, and pooled precision, on tiny sheets in tmp_path."""
from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "carry.py"
COLUMNS = ["table", "id", "fields", "doc", "evidence", "verdict", "note"]


def load():
    spec = importlib.util.spec_from_file_location("benchmarks_carry", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


carry = load()


def row(fields: str, evidence: str, verdict: str = "", note: str = "", table: str = "observations") -> dict[str, str]:
    return {"table": table, "id": f"{table}/{fields}", "fields": fields, "doc": "d1", "evidence": evidence,
            "verdict": verdict, "note": note}


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    """A sheet as audit.py and the judges write it: csv's defaults, so CRLF line ends."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def round_sheet(sheets: Path, seed: int, rows: list[dict[str, str]]) -> Path:
    return write(sheets / f"audit-2026-12-03-corpus-seed{seed}.csv", rows)


def discovery_sheet(sheets: Path, k: int, rows: list[dict[str, str]]) -> Path:
    return write(sheets / f"discovery-2026-12-05-fresh-observations-{k}.csv", rows)


def run_sheet(tmp_path: Path, sheets: Path, rows: list[dict[str, str]], capsys) -> tuple[list[dict[str, str]], str]:
    raw = write(tmp_path / "raw.csv", rows)
    out = tmp_path / "out.csv"
    assert carry.main(["sheet", str(raw), str(out), "--sheets", str(sheets)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle)), capsys.readouterr().out


@pytest.fixture
def sheets(tmp_path: Path) -> Path:
    path = tmp_path / "sheets"
    path.mkdir()
    return path


def test_latest_round_wins_in_numeric_seed_order(tmp_path, sheets, capsys):
    # 10 > 9 as numbers, though "10" < "9" as strings; a discovery sheet never overrides a round
    round_sheet(sheets, 9, [row("indicator=A", "sentence A", "ok", "fine then")])
    round_sheet(sheets, 10, [row("indicator=A", "sentence A", "wrong", "not a figure")])
    discovery_sheet(sheets, 1, [row("indicator=A", "sentence A", "partly", "from discovery")])
    rows, out = run_sheet(tmp_path, sheets, [row("indicator=A", "sentence A")], capsys)
    assert (rows[0]["verdict"], rows[0]["note"]) == ("wrong", "carried from 10: not a figure")
    assert out.strip() == "1 of 1 rows carried; 0 to judge"


def test_discovery_only_for_keys_no_round_has_first_in_numeric_order(tmp_path, sheets, capsys):
    round_sheet(sheets, 5, [row("indicator=R", "sentence R", "ok", "round note")])
    discovery_sheet(sheets, 10, [row("indicator=D", "sentence D", "wrong", "from ten"),
                                 row("indicator=R", "sentence R", "wrong", "ignored")])
    discovery_sheet(sheets, 2, [row("indicator=D", "sentence D", "partly", "from two")])
    rows, _ = run_sheet(tmp_path, sheets, [row("indicator=D", "sentence D"), row("indicator=R", "sentence R")], capsys)
    assert (rows[0]["verdict"], rows[0]["note"]) == (
        "partly", "carried from discovery-2026-12-05-fresh-observations-2.csv: from two")
    assert (rows[1]["verdict"], rows[1]["note"]) == ("ok", "carried from 5: round note")


def test_a_consistency_sheet_settles_a_key_over_every_round(tmp_path, sheets, capsys):
    round_sheet(sheets, 12, [row("title=A", "sentence A", "wrong", "not a policy", table="policies")])
    write(sheets / "consistency-20261205.csv", [row("title=A", "sentence A", "ok", "as its eleven siblings",
                                                    table="policies")])
    rows, _ = run_sheet(tmp_path, sheets, [row("title=A", "sentence A", table="policies")], capsys)
    assert (rows[0]["verdict"], rows[0]["note"]) == (
        "ok", "carried from consistency-20261205.csv: as its eleven siblings")


def test_a_round_sheet_with_a_suffix_after_its_seed_is_a_round_of_that_seed(tmp_path, sheets, capsys):
    write(sheets / "audit-2026-12-03-corpus-seed20-round3.csv", [row("indicator=A", "sentence A", "ok", "early")])
    round_sheet(sheets, 30, [row("indicator=B", "sentence B", "partly", "later")])
    rows, _ = run_sheet(tmp_path, sheets, [row("indicator=A", "sentence A")], capsys)
    assert (rows[0]["verdict"], rows[0]["note"]) == ("ok", "carried from 20: early")


def test_a_carried_note_is_kept_as_is(tmp_path, sheets, capsys):
    round_sheet(sheets, 7, [row("indicator=A", "sentence A", "partly", "carried from 3: lacks scope")])
    rows, _ = run_sheet(tmp_path, sheets, [row("indicator=A", "sentence A")], capsys)
    assert (rows[0]["verdict"], rows[0]["note"]) == ("partly", "carried from 3: lacks scope")


def test_unknown_rows_stay_empty_and_the_key_is_table_fields_evidence(tmp_path, sheets, capsys):
    round_sheet(sheets, 7, [row("indicator=A", "sentence A", "ok", "")])
    new = [row("indicator=A", "sentence A"), row("indicator=A", "another sentence"),
           row("indicator=A", "sentence A", table="forecasts"), row("indicator=B", "sentence A")]
    rows, out = run_sheet(tmp_path, sheets, new, capsys)
    assert [(r["verdict"], r["note"]) for r in rows] == [("ok", "carried from 7: "), ("", ""), ("", ""), ("", "")]
    assert [r["id"] for r in rows] == [r["id"] for r in new]
    assert out.strip() == "1 of 4 rows carried; 3 to judge"


def test_unjudged_rows_of_earlier_sheets_carry_nothing(tmp_path, sheets, capsys):
    round_sheet(sheets, 1, [row("indicator=A", "sentence A", "ok", "judged")])
    round_sheet(sheets, 2, [row("indicator=A", "sentence A", "", "")])
    rows, _ = run_sheet(tmp_path, sheets, [row("indicator=A", "sentence A")], capsys)
    assert (rows[0]["verdict"], rows[0]["note"]) == ("ok", "carried from 1: judged")


TRICKY = [row("indicator=引进首店; value=1809", '一句话，有逗号、"引号"和\r\n换行。', "ok", "note, with comma"),
          row("indicator=B", "", "", "")]


def test_round_trip_keeps_bytes_crlf():
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(TRICKY)
    data = buffer.getvalue().encode("utf-8")
    assert data.count(b"\r\n") == 4  # header, two rows, and the one inside a quoted field
    sheet = carry.parse(data)
    assert sheet.terminator == "\r\n" and len(sheet.rows) == 2
    assert carry.render(sheet) == data


@pytest.mark.parametrize("prefix, terminator", [(b"", "\n"), (b"\xef\xbb\xbf", "\r\n")])
def test_round_trip_keeps_bytes_lf_and_bom(prefix, terminator):
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator=terminator)
    writer.writeheader()
    writer.writerows(TRICKY)
    data = prefix + buffer.getvalue().encode("utf-8")
    sheet = carry.parse(data)
    assert sheet.columns == COLUMNS and sheet.terminator == terminator and sheet.bom == bool(prefix)
    assert carry.render(sheet) == data


def test_sheet_mode_with_nothing_to_carry_writes_the_input_bytes(tmp_path, sheets, capsys):
    round_sheet(sheets, 1, [row("indicator=Z", "other", "ok", "")])
    raw = write(tmp_path / "raw.csv", [dict(r, verdict="", note="") for r in TRICKY])
    out = tmp_path / "out.csv"
    carry.main(["sheet", str(raw), str(out), "--sheets", str(sheets)])
    assert out.read_bytes() == raw.read_bytes()
    assert capsys.readouterr().out.strip() == "0 of 2 rows carried; 2 to judge"


def test_pooled_counts_and_wilson_interval(sheets, capsys):
    round_sheet(sheets, 100, [row("a", "1", "ok"), row("b", "2", "partly"), row("p", "3", "ok", table="policies")])
    round_sheet(sheets, 200, [row("c", "4", "ok"), row("d", "5", "ok"), row("e", "6", "")])
    round_sheet(sheets, 300, [row("f", "7", "wrong")])  # not asked for
    assert carry.main(["pooled", "100", "200", "--sheets", str(sheets)]) == 0
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()}
    assert list(lines) == carry.TABLES
    # observations: 3 ok of 4 judged (the unjudged row is not in n); Wilson 95% for 3/4 is 0.3006-0.9544
    assert lines["observations"][1:5] == ["3/4", "(0.75)", "95%", "interval"]
    assert lines["observations"][5] == "0.30-0.95"
    assert lines["observations"][-3:] == ["(1", "rows", "unjudged)"]
    assert lines["policies"][1:3] == ["1/1", "(1.00)"]
    assert lines["targets"][1] == "0/0"
    counts = carry.pooled([100, 200], sheets)
    assert counts["observations"] == {"ok": 3, "partly": 1, "": 1}
    assert carry.wilson(3, 4) == pytest.approx((0.3006, 0.9544), abs=1e-4)
    assert carry.wilson(0, 0) == (0.0, 1.0)


def test_pooled_refuses_a_seed_without_a_sheet(sheets):
    round_sheet(sheets, 100, [row("a", "1", "ok")])
    with pytest.raises(SystemExit, match="seed 101"):
        carry.main(["pooled", "100", "101", "--sheets", str(sheets)])


def test_build_counts_what_every_row_carries(sheets, monkeypatch, capsys):
    round_sheet(sheets, 1, [row("a", "1", "ok"), row("b", "2", "partly"), row("c", "3", "wrong")])
    round_sheet(sheets, 2, [row("c", "3", "ok")])
    every = [row(f, e) for f, e in [("a", "1"), ("b", "2"), ("c", "3"), ("d", "4")]]
    monkeypatch.setattr(carry, "sample_all", lambda tables, table: carry.Sheet(list(COLUMNS), every))
    assert carry.main(["build", "unused", "--sheets", str(sheets)]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first == "observations: 4 rows; ok 2, partly 1, wrong 0, unjudged 1"
    assert second.split()[3:5] == ["2/3", "(0.67)"]

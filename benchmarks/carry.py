"""Carry judged verdicts of the precision audits into new sheets, and count them (QUALITY.md).

    python benchmarks/carry.py sheet RAW.csv OUT.csv [--sheets DIR]
    python benchmarks/carry.py pooled SEED [SEED ...] [--sheets DIR]
    python benchmarks/carry.py build TABLES_DIR [--sheets DIR] [--table observations] [--out ALL.csv]

A sheet is what ``../shared/eval/audit.py sample`` writes (table,id,fields,doc,evidence,verdict,note), judged by
hand: ``verdict`` is ok, partly or wrong. The judged sheets in DIR (default: this directory) are the rounds,
``audit-*-corpus-seedN.csv``, and the class-discovery sheets, ``discovery-*-K.csv``. A row whose (table, fields,
evidence) is that of a judged row carries its verdict and note: the rounds' in numeric order of N, the last one
winning; a discovery sheet's (in numeric order of K, the first one winning) only where no round judged the key. The
carried note reads "carried from N: <note>" (or "carried from <discovery file name>: <note>") unless it already starts
with "carried from".

``sheet`` carries verdicts into a freshly sampled sheet RAW.csv and writes OUT.csv in RAW's own conventions (line
terminator, byte-order mark), so a sheet read and written back unchanged keeps its bytes. Sheets named RAW.csv or
OUT.csv are never sources.
``pooled`` prints, per table, the strict precision ok/n pooled over the given rounds' sheets with a 95% Wilson
interval (n counts judged rows, as ``audit.py score`` does).
``build`` samples every row of one table of a build (``audit.py sample --per-table 100000 --seed 1``), carries the
verdicts into them (``--out`` writes them) and counts ok, partly, wrong and unjudged rows, and ok / judged.
Standard library only.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import io
import math
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

csv.field_size_limit(10**9)
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
AUDIT = REPO.parent / "shared" / "eval" / "audit.py"
TABLES = ["policies", "organizations", "platforms", "targets", "observations", "instruments", "forecasts"]
VERDICTS = ("ok", "partly", "wrong")
ROUND = re.compile(r"audit-.*-corpus-seed(\d+)(?:-\w+)?\.csv")  # (…-seed2026-round3.csv: an early round, seed 2026)
DISCOVERY = re.compile(r"discovery-.*-(\d+)\.csv")
CONSISTENCY = re.compile(r"consistency-(\d+)\.csv")
CARRIED = "carried from"

Key = tuple[str, str, str]


class Sheet(NamedTuple):
    columns: list[str]
    rows: list[dict[str, str]]
    terminator: str = "\r\n"  # what csv writes by default, and what the judged sheets use
    bom: bool = False


class Judged(NamedTuple):
    verdict: str
    note: str
    source: str  # the round's seed, or the discovery sheet's file name


def parse(data: bytes) -> Sheet:
    """A sheet from its bytes, keeping its line terminator (that of the header line) and byte-order mark."""
    bom = data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    end = text.find("\n")
    terminator = "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    return Sheet(list(reader.fieldnames or []), rows, terminator, bom)


def read_sheet(path: Path) -> Sheet:
    return parse(path.read_bytes())


def render(sheet: Sheet) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=sheet.columns, lineterminator=sheet.terminator)
    writer.writeheader()
    writer.writerows(sheet.rows)
    return (codecs.BOM_UTF8 if sheet.bom else b"") + out.getvalue().encode("utf-8")


def write_sheet(path: Path, sheet: Sheet) -> None:
    path.write_bytes(render(sheet))


def key(row: dict[str, str]) -> Key:
    return row["table"], row["fields"], row["evidence"]


def verdict(row: dict[str, str]) -> str:
    """ok, partly or wrong; "" for a row not judged."""
    value = (row.get("verdict") or "").strip().lower()
    return value if value in VERDICTS else ""


def numbered(sheets: Path, pattern: re.Pattern[str], skip: frozenset[Path]) -> list[tuple[int, Path]]:
    """The sheets in DIR whose name matches pattern, in numeric order of the number it captures."""
    found = [(int(m.group(1)), p) for p in sheets.glob("*.csv") if (m := pattern.fullmatch(p.name))]
    return sorted((n, p) for n, p in found if p.resolve() not in skip)


def rounds(sheets: Path, skip: frozenset[Path] = frozenset()) -> list[tuple[int, Path]]:
    return numbered(sheets, ROUND, skip)


def discoveries(sheets: Path, skip: frozenset[Path] = frozenset()) -> list[tuple[int, Path]]:
    return numbered(sheets, DISCOVERY, skip)


def judged(sheets: Path, skip: frozenset[Path] = frozenset()) -> dict[Key, Judged]:
    """Every judged key and the verdict it carries: the latest round's, else the first discovery sheet's; a
    consistency sheet's (``consistency-YYYYMMDD.csv``: rows judged both ways by earlier rounds, settled once by the
    judges' written convention) over both."""
    seen: dict[Key, Judged] = {}
    for seed, path in rounds(sheets, skip):
        for row in read_sheet(path).rows:
            if verdict(row):
                seen[key(row)] = Judged(verdict(row), row["note"], str(seed))
    for _, path in discoveries(sheets, skip):
        for row in read_sheet(path).rows:
            if verdict(row) and key(row) not in seen:
                seen[key(row)] = Judged(verdict(row), row["note"], path.name)
    for _, path in numbered(sheets, CONSISTENCY, skip):
        for row in read_sheet(path).rows:
            if verdict(row):
                seen[key(row)] = Judged(verdict(row), row["note"], path.name)
    return seen


def carried_note(hit: Judged) -> str:
    return hit.note if hit.note.startswith(CARRIED) else f"{CARRIED} {hit.source}: {hit.note}"


def carry(rows: list[dict[str, str]], seen: dict[Key, Judged]) -> int:
    """Fill verdict and note of every row with a judged key, in place; the number of rows filled."""
    count = 0
    for row in rows:
        hit = seen.get(key(row))
        if hit:
            row["verdict"], row["note"] = hit.verdict, carried_note(hit)
            count += 1
    return count


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of k successes in n (as audit.py score gives it)."""
    if not n:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def pooled(seeds: list[int], sheets: Path) -> dict[str, Counter[str]]:
    """Per table, the verdicts of the given rounds' rows ("" for a row not judged)."""
    by_seed = dict(rounds(sheets))
    missing = [s for s in seeds if s not in by_seed]
    if missing:
        raise SystemExit(f"no round sheet in {sheets} for seed {', '.join(map(str, missing))}")
    counts: dict[str, Counter[str]] = {}
    for seed in seeds:
        for row in read_sheet(by_seed[seed]).rows:
            counts.setdefault(row["table"], Counter())[verdict(row)] += 1
    return counts


def precision_line(name: str, c: Counter[str], show_unjudged: bool = True) -> str:
    n = sum(c[v] for v in VERDICTS)
    if not n:
        return f"{name:<14} {'0/0':>9}"
    lo, hi = wilson(c["ok"], n)
    fraction = f"{c['ok']}/{n}"
    line = f"{name:<14} {fraction:>9} ({c['ok'] / n:.2f})  95% interval {lo:.2f}-{hi:.2f}"
    return line + (f"  ({c['']} rows unjudged)" if show_unjudged and c[""] else "")


def cmd_sheet(args: argparse.Namespace) -> int:
    raw = read_sheet(args.raw)
    missing = {"table", "fields", "evidence", "verdict", "note"} - set(raw.columns)
    if missing:
        raise SystemExit(f"{args.raw}: no column {', '.join(sorted(missing))}")
    seen = judged(args.sheets, skip=frozenset({args.raw.resolve(), args.out.resolve()}))
    count = carry(raw.rows, seen)
    write_sheet(args.out, raw)
    print(f"{count} of {len(raw.rows)} rows carried; {len(raw.rows) - count} to judge")
    return 0


def cmd_pooled(args: argparse.Namespace) -> int:
    counts = pooled(args.seeds, args.sheets)
    for name in TABLES + sorted(set(counts) - set(TABLES)):
        print(precision_line(name, counts.get(name, Counter())))
    return 0


def sample_all(tables: Path, table: str) -> Sheet:
    """Every row of one table of a build, as audit.py samples it."""
    if not AUDIT.exists():
        raise SystemExit(f"{AUDIT} not found")
    cmd = [sys.executable, str(AUDIT), "sample", str(tables), "--per-table", "100000", "--seed", "1",
           "--tables", table]
    result = subprocess.run(cmd, capture_output=True)
    if result.returncode:
        raise SystemExit(f"audit.py sample failed: {result.stderr.decode('utf-8', 'replace').strip()}")
    return parse(result.stdout)


def cmd_build(args: argparse.Namespace) -> int:
    sheet = sample_all(args.tables, args.table)
    skip = frozenset({args.out.resolve()}) if args.out else frozenset()
    carry(sheet.rows, judged(args.sheets, skip))
    if args.out:
        write_sheet(args.out, sheet)
    if not sheet.rows:
        raise SystemExit(f"{args.tables}: no row in table {args.table}")
    c = Counter(verdict(row) for row in sheet.rows)
    print(f"{args.table}: {len(sheet.rows)} rows; ok {c['ok']}, partly {c['partly']}, wrong {c['wrong']}, "
          f"unjudged {c['']}")
    print(precision_line("ok / judged", c, show_unjudged=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sheet", help="carry verdicts into a freshly sampled sheet")
    p.add_argument("raw", type=Path, metavar="RAW.csv")
    p.add_argument("out", type=Path, metavar="OUT.csv")
    p.set_defaults(run=cmd_sheet)
    p = sub.add_parser("pooled", help="pooled strict precision per table over rounds")
    p.add_argument("seeds", type=int, nargs="+", metavar="SEED")
    p.set_defaults(run=cmd_pooled)
    p = sub.add_parser("build", help="every row of a build's table with the verdict it carries, counted")
    p.add_argument("tables", type=Path, metavar="TABLES_DIR")
    p.add_argument("--table", default="observations", help="one table of the build (default: %(default)s)")
    p.add_argument("--out", type=Path, help="write the rows with their carried verdicts here")
    p.set_defaults(run=cmd_build)
    for p in sub.choices.values():
        p.add_argument("--sheets", type=Path, default=HERE, help="directory of the judged sheets (default: this one)")
    args = ap.parse_args(argv)
    try:
        return args.run(args)
    except FileNotFoundError as error:
        raise SystemExit(f"{error.filename}: no such file") from None


if __name__ == "__main__":
    sys.exit(main())

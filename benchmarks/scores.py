"""Extraction scores of every gold file, with each segmenter backend, side by side.

    python benchmarks/scores.py                          # rjieba against jieba
    python benchmarks/scores.py --backends rjieba,jieba,jieba-posseg

Two builds per backend (``POLICYKG_SEGMENTER``, no cache, in a subprocess):
seeds/ + tests/data/texts/ (as tests/test_quality.py builds them), scored with
../shared/eval/gold/seeds-*.json and tests/data/gold/*.json; and
../shared/corpus, scored with ../shared/eval/gold/dev-*.json. Every measure of
every gold file is printed (F1, or accuracy where the scorer gives no F1, and
the policy_attribution / value_only_recall extras), with the difference of
each backend from the first; ``--bar`` (0.01) flags a drop larger than it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SETS = {
    "seeds+texts": ([REPO / "seeds", REPO / "tests" / "data" / "texts"],
                    sorted((SHARED / "eval" / "gold").glob("seeds-*.json")) + sorted((REPO / "tests" / "data" / "gold").glob("*.json"))),
    "corpus": ([SHARED / "corpus"], sorted((SHARED / "eval" / "gold").glob("dev-*.json"))),
}


def build(paths: list[Path], out: Path, backend: str, workers: int) -> None:
    env = dict(os.environ, POLICYKG_SEGMENTER=backend, PYTHONPATH=str(REPO / "src"))
    cmd = [sys.executable, "-m", "policykg.cli", "build", *map(str, paths), "--out", str(out), "--no-cache", "-q",
           "--workers", str(workers)]
    subprocess.run(cmd, env=env, check=True, capture_output=True)


def scores(gold: Path, tables: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(tables), "--json"],
                            capture_output=True, text=True, check=True)
    out: dict[str, float] = {}
    for m in json.loads(result.stdout)["measures"]:
        value = m["f1"] if m["f1"] is not None else m["p"]
        if value is not None:
            out[m["name"]] = value
        for extra in ("policy_attribution", "value_only_recall"):
            if m.get(extra) is not None:
                out[f"{m['name']}.{extra}"] = m[extra]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", default="jieba,rjieba", help="comma-separated; differences are from the first")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--bar", type=float, default=0.01, help="a drop larger than this is flagged")
    args = ap.parse_args()
    backends = [b for b in args.backends.split(",") if b]
    results: dict[tuple[str, str], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="policykg-scores-") as tmp:
        for name, (paths, golds) in SETS.items():
            paths = [p for p in paths if p.exists()]
            if not paths or not golds:
                print(f"{name}: inputs or gold files missing, skipped")
                continue
            for backend in backends:
                out = Path(tmp) / f"{name}-{backend}"
                build(paths, out, backend, args.workers)
                for gold in golds:
                    results[(gold.stem, backend)] = scores(gold, out / "tables")
    golds = list(dict.fromkeys(g for g, _ in results))
    print(f"{'gold':<16} {'measure':<34} " + " ".join(f"{b:>12}" for b in backends) + "   worst drop")
    worst = 0.0
    for gold in golds:
        measures = list(dict.fromkeys(m for b in backends for m in results.get((gold, b), {})))
        for m in measures:
            vals = [results.get((gold, b), {}).get(m) for b in backends]
            drop = max((vals[0] - v for v in vals[1:] if v is not None and vals[0] is not None), default=0.0)
            worst = max(worst, drop)
            flag = "  <-- drop" if drop > args.bar + 1e-9 else ""
            cells = " ".join(f"{v:>12.4f}" if v is not None else f"{'-':>12}" for v in vals)
            print(f"{gold:<16} {m:<34} {cells}   {drop:+.4f}{flag}")
    print(f"\nlargest drop from {backends[0]}: {worst:.4f} (bar {args.bar})")


if __name__ == "__main__":
    main()

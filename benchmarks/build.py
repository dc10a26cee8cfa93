"""Build speed, scaling, parallelism, incrementality and memory, against the floor.

    python benchmarks/build.py                 # 1x, 10x, 100x seeds + workers + incremental
    python benchmarks/build.py --big 2000      # also 2,000x seeds (10,000 documents), 2 workers

Corpora are copies of seeds/*.txt with distinct file names (so distinct
document ids), made in a temporary folder. Every measurement runs in its own
subprocess, timed by wall clock from process start to exit; peak memory is the
``ru_maxrss`` of that process tree (the largest single process: the build or
one of its workers), read with ``os.wait4``. The floor and the builds of the
scales and of the workers are run ``--repeat`` times (into fresh output and
cache folders) and the fastest run counts: other processes on the machine only
ever slow a run down.

The floor is the cost of just tokenising the same texts: a process that loads
spaCy's blank Chinese pipeline with the jieba segmenter and runs it over the
texts, nothing else. ``policykg build`` does everything (load, NLP, extraction,
linking, graph, every export, the cache) and is reported as a ratio to it.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
PYTHON = sys.executable

FLOOR = r"""
import sys, time
from pathlib import Path
t0 = time.perf_counter()
import spacy
nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
t1 = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts))
print(f"{time.perf_counter() - t1:.3f} {time.perf_counter() - t0:.3f} {tokens}")
"""


def make_corpus(folder: Path, copies: int) -> tuple[int, int]:
    """``copies`` copies of every seed file; returns (documents, characters)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    docs = chars = 0
    for seed in seeds:
        data = seed.read_bytes()
        n = len(data.decode("utf-8"))
        for i in range(copies):
            (folder / f"{seed.stem}_{i:05d}.txt").write_bytes(data)
            docs += 1
            chars += n
    return docs, chars


def run(cmd: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MB, stdout) of a subprocess."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    # read the pipes in threads so a chatty child never blocks, then reap with wait4
    import threading

    chunks: dict[str, bytes] = {}

    def drain(name, pipe):
        chunks[name] = pipe.read()

    threads = [threading.Thread(target=drain, args=(n, p)) for n, p in (("out", proc.stdout), ("err", proc.stderr))]
    for t in threads:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    for t in threads:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    out = chunks["out"].decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{out}\n{chunks['err'].decode('utf-8', 'replace')}")
    return wall, usage.ru_maxrss / 1024, out


SRC = REPO / "src"  # replaced by a frozen copy in main(): every build of one run uses the same code


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(SRC) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    return e


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def floor(corpus: Path) -> tuple[float, float]:
    """(wall seconds of the whole floor process, seconds of the tokenising alone)."""
    wall, _, out = run([PYTHON, "-c", FLOOR, str(corpus)], env())
    return wall, float(out.split()[0])


def build(corpus: Path, out: Path, *extra: str) -> tuple[float, float, str]:
    return run([PYTHON, "-m", "policykg.cli", "build", str(corpus), "--out", str(out), "-q", *extra], env())


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,10,100", help="corpus sizes in copies of the seeds")
    ap.add_argument("--workers", type=int, default=2, help="workers for the parallel run at the largest scale")
    ap.add_argument("--incremental", type=int, default=200, help="copies for the incremental test (200 = 1,000 documents); 0 skips")
    ap.add_argument("--big", type=int, default=0, help="also build this many copies once (2000 = 10,000 documents)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each floor and build; the fastest counts")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    scales = [int(s) for s in args.scales.split(",") if s]
    global SRC
    tmp = Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    # a frozen copy of the code, so that edits made while the benchmark runs
    # cannot change what later builds do (nor invalidate the cache between them)
    SRC = tmp / "src"
    shutil.copytree(REPO / "src", SRC, ignore=shutil.ignore_patterns("__pycache__"))
    if not (SRC / "policykg" / "ontology").exists():
        shutil.copytree(REPO / "ontology", SRC / "policykg" / "ontology")  # found as package data
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load()}, temp {tmp}")
    results = {}
    try:
        print(f"\n{'scale':>6} {'docs':>6} {'chars':>11} | {'floor s':>8} {'(tok s)':>8} | {'build s':>8} {'ratio':>6} "
              f"{'docs/s':>7} {'Mchar/s':>8} {'peak MB':>8}")
        for k in scales:
            corpus = tmp / f"corpus-{k}"
            docs, chars = make_corpus(corpus, k)
            f_wall = f_tok = b_wall = float("inf")
            peak = 0.0
            for r in range(max(1, args.repeat)):
                wall, tok = floor(corpus)
                f_wall, f_tok = min(f_wall, wall), min(f_tok, tok)
                wall, mb, _ = build(corpus, tmp / f"out-{k}" if r == 0 else tmp / f"out-{k}-{r}", "--cache", str(tmp / f"cache-{k}-{r}"))
                b_wall, peak = min(b_wall, wall), max(peak, mb)
            results[k] = (docs, chars, f_wall, b_wall, peak)
            print(f"{k:>5}x {docs:>6} {chars:>11,} | {f_wall:>8.2f} {f_tok:>8.2f} | {b_wall:>8.2f} {b_wall / f_wall:>6.2f} "
                  f"{docs / b_wall:>7.1f} {chars / b_wall / 1e6:>8.3f} {peak:>8.0f}", flush=True)
        big = max(scales)
        print()
        print(f"throughput: build / floor at {big}x = {results[big][3] / results[big][2]:.2f} (bar: <= 2.0)")
        if len(scales) >= 2:
            mid = sorted(scales)[-2]
            per = lambda k: results[k][3] / results[k][1]  # noqa: E731
            print(f"linear: time per char at {big}x / at {mid}x = {per(big) / per(mid):.2f} (bar: <= 1.3)")

        if args.workers > 1:
            corpus = tmp / f"corpus-{big}"
            w_wall, w_peak = float("inf"), 0.0
            for r in range(max(1, args.repeat)):
                wall, mb, _ = build(corpus, tmp / f"out-{big}-w{r}", "--workers", str(args.workers), "--cache", str(tmp / f"cache-w{r}"))
                w_wall, w_peak = min(w_wall, wall), max(w_peak, mb)
            same = digest(tmp / f"out-{big}") == digest(tmp / f"out-{big}-w0")
            print(f"workers: {args.workers} workers at {big}x: {w_wall:.2f} s, speed-up {results[big][3] / w_wall:.2f}x "
                  f"(bar: >= 1.6), peak MB {w_peak:.0f}, same bytes as 1 worker: {same}")

        if args.incremental:
            k = args.incremental
            corpus = tmp / f"corpus-inc-{k}"
            docs, chars = make_corpus(corpus, k)
            cache = tmp / "cache-inc"
            out = tmp / "out-inc"
            cold, _, _ = build(corpus, out, "--cache", str(cache))
            victim = sorted(corpus.glob("*.txt"))[len(docs_list := sorted(corpus.glob("*.txt"))) // 2]
            with open(victim, "a", encoding="utf-8") as f:
                f.write("\n\n工业和信息化部表示，到2025年，工业互联网平台数量超过100个。\n")
            warm, _, text = build(corpus, out, "--cache", str(cache))
            cache_line = next((line.strip() for line in text.splitlines() if line.strip().startswith("cache:")), "?")
            print(f"incremental: {len(docs_list)} documents, one changed: cold {cold:.2f} s, rebuild {warm:.2f} s = "
                  f"{100 * warm / cold:.1f}% of cold (bar: < 10%); {cache_line}")

        if args.big:
            k = args.big
            corpus = tmp / f"corpus-{k}"
            docs, chars = make_corpus(corpus, k)
            wall, peak, _ = build(corpus, tmp / f"out-{k}", "--workers", str(args.workers), "--cache", str(tmp / f"cache-{k}"))
            print(f"big: {k}x seeds = {docs} documents, {chars:,} characters, {args.workers} workers: {wall:.1f} s, "
                  f"{docs / wall:.1f} docs/s, {chars / wall / 1e6:.3f} Mchar/s, peak MB {peak:.0f} (bar: < 2048)")
        print(f"\nload average at the end: {load()} (other processes on the machine slow every number above)")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Build speed against the floor, scaling, workers, Dask, reposts and memory, in one run.

    python benchmarks/build.py                  # 1x, 10x, 100x seeds; 2 workers; 2-worker Dask; 1,000 copies
    python benchmarks/build.py --big 2000       # also 2,000x seeds (10,000 documents): time and peak memory
    python benchmarks/build.py --repeat 2       # every floor and build twice, the fastest counts

Corpora are copies of seeds/ (copy i in a folder ``i``: the first copy keeps
the seeds' document ids, the others get ``~2``, ``~3`` …). Copies are reposts:
a build merges them into the first (see policykg/dedup.py), so the speed runs
build with ``--no-dedup`` (every copy a document of its own, extracted in
full); the reposts section builds 1,000 copies with the merge on and checks
that they give the seeds' facts.

**The floors** are the cost of only tokenising the same texts (the files as
read, cut into paragraphs at line breaks, blank lines dropped), each in its
own process, timed from process start to exit like the builds:

- *jieba floor* (the honest floor of the issue): spaCy's blank Chinese
  pipeline with its jieba segmenter, ``nlp.pipe`` over the paragraphs;
- *jieba floor, whole documents*: the same over whole files (for comparison
  with earlier figures; it can be faster or slower than paragraphs);
- *rjieba floor*: spaCy's blank Chinese pipeline with a tokenizer that cuts
  with rjieba (jieba-rs), over the paragraphs.

``policykg build`` does everything (load, NLP, extraction, linking, graph,
every export, the cache) and is reported as a ratio to each floor. Wall time
is the measure; CPU time (user + system of the process and the children it
waited for) is printed beside it, since other processes on the machine slow
the wall clock of every run but hardly the CPU time of each. Peak memory is
the ``ru_maxrss`` of the largest single process of a run (``os.wait4``).
Every run uses a frozen copy of src/ and ontology/, so edits made while the
benchmark runs change nothing.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
PYTHON = sys.executable
SRC = REPO / "src"  # replaced by a frozen copy in main()

FLOOR = r"""
import sys, time
from pathlib import Path
t0 = time.perf_counter()
import spacy
folder, mode = Path(sys.argv[1]), sys.argv[2]
nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
if mode == "rjieba":
    import rjieba
    from spacy.tokens import Doc
    seg = rjieba.Jieba()
    class RjiebaTokenizer:
        def __call__(self, text):
            words = seg.cut(text)
            return Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    nlp.tokenizer = RjiebaTokenizer()
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()]
units = texts if mode == "whole" else [line for t in texts for line in t.splitlines() if line.strip()]
nlp("预热")  # the dictionary is loaded on first use: counted in the wall time, not in the tokenising
t1 = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(units))
print(f"{time.perf_counter() - t1:.3f} {tokens} {len(units)}")
"""

FLOORS = {"jieba": "para", "jieba-whole": "whole", "rjieba": "rjieba"}


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    out: str


def run(cmd: list[str], env: dict | None = None) -> Run:
    """Wall seconds, CPU seconds and peak RSS (MB) of a subprocess, and its stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    chunks: dict[str, bytes] = {}

    def drain(name, pipe):  # read the pipes in threads so a chatty child never blocks
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
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{out}\n"
                         f"{chunks['err'].decode('utf-8', 'replace')[-3000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out)


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(SRC) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    return e


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def make_corpus(folder: Path, copies: int) -> tuple[int, int]:
    """``copies`` copies of seeds/ in ``folder/0000`` …; (documents, characters)."""
    seeds = sorted(p for p in SEEDS.iterdir() if p.is_file())
    docs = chars = 0
    for i in range(copies):
        sub = folder / f"{i:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        for seed in seeds:
            shutil.copyfile(seed, sub / seed.name)
            docs += 1
            chars += len(seed.read_text(encoding="utf-8"))
    return docs, chars


def floor(corpus: Path, mode: str) -> Run:
    return run([PYTHON, "-c", FLOOR, str(corpus), FLOORS[mode]], env())


def build(corpus: Path, out: Path, *extra: str) -> Run:
    return run([PYTHON, "-m", "policykg.cli", "build", str(corpus), "--out", str(out), "-q", *extra], env())


def best(runs: list[Run]) -> Run:
    """The fastest run (others on the machine only ever slow a run down), with the largest peak memory seen."""
    fastest = min(runs, key=lambda r: r.wall)
    return Run(fastest.wall, min(r.cpu for r in runs), max(r.peak_mb for r in runs), fastest.out)


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def summary_line(text: str, start: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip().startswith(start)), "?")


# ---------------------------------------------------------------- sections


def scales(tmp: Path, ks: list[int], repeat: int) -> dict[int, dict]:
    print(f"\nspeed: every copy its own document (--no-dedup), 1 process; wall s (CPU s)")
    print(f"{'scale':>6} {'docs':>6} {'chars':>11} | {'jieba':>15} {'jieba whole':>15} {'rjieba':>13} | "
          f"{'build':>15} {'peak MB':>7} | {'/jieba':>6} {'/whole':>6} {'/rjieba':>7} | {'Mchar/s':>7}")
    results = {}
    for k in ks:
        corpus = tmp / f"corpus-{k}"
        docs, chars = make_corpus(corpus, k)
        runs: dict[str, list[Run]] = {name: [] for name in (*FLOORS, "build")}
        for r in range(max(1, repeat)):
            for name in FLOORS:
                runs[name].append(floor(corpus, name))
            runs["build"].append(build(corpus, tmp / f"out-{k}-{r}", "--no-dedup", "--no-cache"))
        b = {name: best(rs) for name, rs in runs.items()}
        results[k] = {"docs": docs, "chars": chars, **b}
        f, w, rj, bu = b["jieba"], b["jieba-whole"], b["rjieba"], b["build"]
        print(f"{k:>5}x {docs:>6} {chars:>11,} | {f.wall:>6.2f} ({f.cpu:>6.2f}) {w.wall:>6.2f} ({w.cpu:>6.2f}) "
              f"{rj.wall:>5.2f} ({rj.cpu:>5.2f}) | {bu.wall:>6.2f} ({bu.cpu:>6.2f}) {bu.peak_mb:>7.0f} | "
              f"{bu.wall / f.wall:>6.2f} {bu.wall / w.wall:>6.2f} {bu.wall / rj.wall:>7.2f} | "
              f"{chars / bu.wall / 1e6:>7.3f}", flush=True)
    top = max(ks)
    r = results[top]
    print(f"\nthroughput at {top}x: build / jieba floor = {r['build'].wall / r['jieba'].wall:.2f} wall, "
          f"{r['build'].cpu / r['jieba'].cpu:.2f} CPU (bar: <= 1.5); build / rjieba floor = "
          f"{r['build'].wall / r['rjieba'].wall:.2f} wall, {r['build'].cpu / r['rjieba'].cpu:.2f} CPU")
    if len(ks) >= 2:
        mid = sorted(ks)[-2]
        for measure in ("wall", "cpu"):
            per = {k: getattr(results[k]["build"], measure) / results[k]["chars"] for k in (top, mid)}
            print(f"linear: {measure} time per char at {top}x / at {mid}x = {per[top] / per[mid]:.2f} (bar: <= 1.3)")
    return results


def workers_section(tmp: Path, k: int, workers: int, one: Run, repeat: int) -> None:
    corpus = tmp / f"corpus-{k}"
    runs = [build(corpus, tmp / f"out-{k}-w{r}", "--no-dedup", "--no-cache", "--workers", str(workers))
            for r in range(max(1, repeat))]
    w = best(runs)
    same = digest(tmp / f"out-{k}-0") == digest(tmp / f"out-{k}-w0")
    print(f"\nworkers: {workers} worker processes at {k}x: {w.wall:.2f} s, speed-up over 1 process "
          f"{one.wall / w.wall:.2f}x, peak MB {w.peak_mb:.0f}, same bytes as 1 process: {same}")


def dask_section(tmp: Path, k: int, one: Run, workers: int) -> None:
    try:
        from dask.distributed import LocalCluster
    except ImportError:
        print("\ndask: not installed (pip install \"policykg[dask]\"): skipped")
        return
    corpus = tmp / f"corpus-{k}"
    os.environ["PYTHONPATH"] = env()["PYTHONPATH"]  # the cluster's worker processes import the frozen copy:
    sys.path.insert(0, str(SRC))  # (spawned workers start from this process's sys.path, not only from PYTHONPATH)
    results = {}
    for n in (1, workers):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            results[n] = build(corpus, tmp / f"out-{k}-dask{n}", "--no-dedup", "--no-cache", "--dask",
                               cluster.scheduler_address)
    same = all(digest(tmp / f"out-{k}-dask{n}") == digest(tmp / f"out-{k}-0") for n in results)
    d1, dn = results[1], results[workers]
    print(f"\ndask: LocalCluster at {k}x, worker processes of 1 thread: 1 worker {d1.wall:.2f} s, {workers} workers "
          f"{dn.wall:.2f} s; speed-up of {workers} workers over 1 Dask worker {d1.wall / dn.wall:.2f}x, over a "
          f"local 1-process build {one.wall / dn.wall:.2f}x; same bytes as the local build: {same}; client peak MB "
          f"{dn.peak_mb:.0f}")


def reposts_section(tmp: Path, copies: int) -> None:
    corpus = tmp / f"reposts-{copies}"
    docs, chars = make_corpus(corpus, copies)
    seeds_out, copies_out = tmp / "out-seeds", tmp / f"out-reposts-{copies}"
    build(SEEDS, seeds_out, "--no-cache")
    r = build(corpus, copies_out, "--no-cache")
    tables = ("targets", "observations", "forecasts", "instruments", "policies", "organizations", "relations")
    same = {t: (copies_out / "tables" / f"{t}.csv").read_bytes() == (seeds_out / "tables" / f"{t}.csv").read_bytes()
            for t in tables}
    with (copies_out / "tables" / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
        sources = [len([s for s in row["sources"].split("|") if s]) for row in csv.DictReader(f)]
    counts = {t: sum(1 for _ in (copies_out / "tables" / f"{t}.csv").open(encoding="utf-8")) - 1
              for t in ("targets", "observations", "instruments")}
    print(f"\nreposts: {copies} copies of the seeds = {docs} files, {chars:,} characters, merge on: {r.wall:.2f} s, "
          f"peak MB {r.peak_mb:.0f}")
    print(f"  {summary_line(r.out, 'merged')}")
    print(f"  documents {len(sources)}, sources per document {sorted(set(sources))}; "
          f"targets {counts['targets']}, observations {counts['observations']}, instruments {counts['instruments']}")
    print(f"  tables identical to a build of the seeds alone: "
          f"{', '.join(f'{t} {ok}' for t, ok in same.items())}")


def incremental_section(tmp: Path, k: int) -> None:
    corpus = tmp / f"corpus-inc-{k}"
    docs, _ = make_corpus(corpus, k)
    cache, out = tmp / "cache-inc", tmp / "out-inc"
    cold = build(corpus, out, "--no-dedup", "--cache", str(cache))
    victim = sorted(corpus.rglob("*.txt"))[docs // 2]
    with open(victim, "a", encoding="utf-8") as f:
        f.write("\n\n工业和信息化部表示，到2025年，工业互联网平台数量超过100个。\n")
    warm = build(corpus, out, "--no-dedup", "--cache", str(cache))
    print(f"\nincremental: {docs} documents, one changed: cold {cold.wall:.2f} s, rebuild {warm.wall:.2f} s = "
          f"{100 * warm.wall / cold.wall:.1f}% of cold (bar: < 10%); {summary_line(warm.out, 'cache:')}")


def big_section(tmp: Path, k: int, workers: int) -> None:
    corpus = tmp / f"corpus-{k}"
    docs, chars = make_corpus(corpus, k)
    extra = ["--workers", str(workers)] if workers > 1 else []
    r = build(corpus, tmp / f"out-{k}", "--no-dedup", "--no-cache", *extra)
    print(f"\nbig: {k}x seeds = {docs} documents, {chars:,} characters, {workers} process(es): {r.wall:.1f} s "
          f"({r.cpu:.1f} s CPU), {docs / r.wall:.1f} docs/s, {chars / r.wall / 1e6:.3f} Mchar/s, "
          f"peak MB {r.peak_mb:.0f} (bar: < 1024)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,10,100", help="corpus sizes in copies of the seeds")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each floor and build; the fastest counts")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (and Dask workers) at the largest scale; "
                                                           "0 skips")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    ap.add_argument("--copies", type=int, default=1000, help="copies of the seeds for the reposts check; 0 skips")
    ap.add_argument("--incremental", type=int, default=0, help="copies for the incremental check (200 = 1,000 "
                                                               "documents); 0 skips")
    ap.add_argument("--big", type=int, default=0, help="also build this many copies (2000 = 10,000 documents)")
    ap.add_argument("--big-workers", type=int, default=1, help="processes for the --big build")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    ks = [int(s) for s in args.scales.split(",") if s]
    global SRC
    tmp = Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    SRC = tmp / "src"
    shutil.copytree(REPO / "src", SRC, ignore=shutil.ignore_patterns("__pycache__"))
    if not (SRC / "policykg" / "ontology").exists():
        shutil.copytree(REPO / "ontology", SRC / "policykg" / "ontology")  # found as package data
    versions = run([PYTHON, "-c", "from importlib.metadata import version as v; print(' '.join(f'{p} {v(p)}' for p in "
                                  "('spacy', 'jieba', 'rjieba', 'datasketch')))"], env()).out.strip()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {versions}, load average {load()}, temp {tmp}")
    try:
        results = scales(tmp, ks, args.repeat)
        top = max(ks)
        one = results[top]["build"]
        if args.workers > 1:
            workers_section(tmp, top, args.workers, one, args.repeat)
            if not args.no_dask:
                dask_section(tmp, top, one, args.workers)
        if args.copies:
            reposts_section(tmp, args.copies)
        if args.incremental:
            incremental_section(tmp, args.incremental)
        if args.big:
            big_section(tmp, args.big, args.big_workers)
        print(f"\nload average at the end: {load()} (other processes on the machine slow the wall times above)")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

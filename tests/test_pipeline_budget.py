"""The build's time budget and its workers: a slow document is skipped, a stuck or
dead worker costs its document only, a killed build leaves no worker behind, and
the cache never runs what it reads."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import REPO, cli_command, cli_env, run_cli, snapshot
from policykg import pipeline
from policykg.pipeline import build


def cache_entries(folder: Path) -> list[Path]:
    """The extraction entries in a cache folder (not its indexes)."""
    return sorted(p for p in folder.rglob("*.json") if len(p.parent.name) == 2)


def sleeps_on(doc_id: str, seconds: float, block_alarm: bool = False):
    """An extract_document that takes ``seconds`` on one document (with the alarm
    signal blocked: code that never lets the budget's alarm through)."""
    real = pipeline.extract_document

    def extract(doc):
        if doc.id == doc_id:
            if block_alarm:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(seconds)
        return real(doc)

    return extract


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_budget_is_skipped_and_the_rest_built(corpus, tmp_path, monkeypatch, workers):
    monkeypatch.setattr(pipeline, "extract_document", sleeps_on("t03_ministry_opinion", 60))
    started = time.monotonic()
    summary = build([corpus], tmp_path / "out", cache=False, workers=workers, doc_timeout=1)
    assert time.monotonic() - started < 30
    assert summary.documents == 7
    assert [(Path(s.path).name, s.reason) for s in summary.skipped] == [
        ("t03_ministry_opinion.txt", "extraction took longer than 1 s")]
    assert "t03_ministry_opinion.txt" not in [p.name for p in (tmp_path / "out" / "texts").iterdir()]
    assert len(list((tmp_path / "out" / "texts").iterdir())) == 7


def test_a_worker_that_does_not_answer_is_killed_and_replaced(corpus, tmp_path, monkeypatch):
    """The alarm cannot get through (blocked): the build kills the workers once the
    document is well over its budget, starts new ones, and the other documents are built."""
    from policykg import workers as workers_mod

    monkeypatch.setattr(pipeline, "extract_document", sleeps_on("t03_ministry_opinion", 600, block_alarm=True))
    monkeypatch.setattr(workers_mod, "HARD_GRACE", 1.0)
    started = time.monotonic()
    summary = build([corpus], tmp_path / "out", cache=False, workers=2, doc_timeout=1)
    assert time.monotonic() - started < 60
    assert summary.documents == 7
    assert [(Path(s.path).name, s.reason) for s in summary.skipped] == [
        ("t03_ministry_opinion.txt", "extraction took longer than 1 s")]
    monkeypatch.setattr(pipeline, "extract_document", sleeps_on("t03_ministry_opinion", 60))
    build([corpus], tmp_path / "one", cache=False, workers=1, doc_timeout=1)
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "one")


def test_a_worker_that_dies_costs_its_document_only(corpus, tmp_path, monkeypatch):
    real = pipeline.extract_document

    def crash(doc):
        if doc.id == "t03_ministry_opinion":
            os._exit(3)
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", crash)
    summary = build([corpus], tmp_path / "out", cache=False, workers=2)
    assert summary.documents == 7
    assert [(Path(s.path).name, s.reason) for s in summary.skipped] == [
        ("t03_ministry_opinion.txt", "its worker process died (killed by the system, out of memory or a crash)")]


def test_a_document_in_flight_when_another_kills_its_worker_is_built(corpus, tmp_path, monkeypatch):
    """The slow document before the crashing one is still being extracted when the
    pool breaks, twice: it must not be taken for the one that kills its worker."""
    real = pipeline.extract_document

    def slow_then_crash(doc):
        if doc.id == "t02_news_jiangsu":
            time.sleep(1.5)
        if doc.id == "t03_ministry_opinion":
            time.sleep(0.3)
            os._exit(3)
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", slow_then_crash)
    summary = build([corpus], tmp_path / "out", cache=False, workers=2)
    assert [Path(s.path).name for s in summary.skipped] == ["t03_ministry_opinion.txt"]
    assert summary.documents == 7


def test_the_budget_does_not_touch_fast_documents_nor_other_alarms(corpus, tmp_path):
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        summary = build([corpus], tmp_path / "out", cache=False, doc_timeout=30)
        assert summary.documents == 8 and not summary.skipped
        assert signal.getsignal(signal.SIGALRM) is not previous and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not fired


# --------------------------------------------------------------------------- workers die with the build


def children(pid: int) -> set[int]:
    """The child processes of ``pid`` (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find the workers")
def test_kill_9_of_the_build_leaves_no_worker_behind(tmp_path):
    """Kill -9 the build while its two workers extract: within seconds no worker is left."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        for seed in sorted((REPO / "seeds").glob("*.txt")):
            shutil.copyfile(seed, corpus / f"c{i:02d}_{seed.name}")
    proc = subprocess.Popen(cli_command("build", corpus, "--out", tmp_path / "out", "-q", "--workers", "2", "--no-cache"),
                            cwd=REPO, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(children(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        workers = children(proc.pid)
        assert len(workers) >= 2, "the build started no workers"
        time.sleep(1.0)  # the workers are extracting
        assert proc.poll() is None, "the build finished before it could be killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers {left} outlived the killed build"


# --------------------------------------------------------------------------- nothing in the cache runs


class Planted:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def test_a_pickle_planted_in_the_cache_is_not_run_by_a_build(corpus, tmp_path):
    """Plant a pickle that runs a command in place of every file of a built cache
    (entries and indexes, under their names and with .pickle names): the next
    build re-extracts, warns, writes what a fresh build writes, and runs nothing."""
    import pickle

    cache, out = tmp_path / "cache", tmp_path / "out"
    build([corpus], out, cache_dir=cache)
    marker = tmp_path / "PWNED"
    bomb = pickle.dumps(Planted(marker))
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert len(files) == 9  # eight entries and the source index
    for path in files:
        path.write_bytes(bomb)
        path.with_suffix(".pickle").write_bytes(bomb)
    summary = build([corpus], out, cache_dir=cache)
    assert not marker.exists()
    assert (summary.cache_hits, summary.cache_misses) == (0, 8)
    assert sum("re-extracting" in w for w in summary.warnings) == 8
    build([corpus], tmp_path / "fresh", cache=False)
    assert snapshot(out) == snapshot(tmp_path / "fresh")


def test_cli_refuses_a_negative_doc_timeout(corpus, tmp_path):
    proc = run_cli("build", str(corpus), "--out", str(tmp_path / "out"), "--doc-timeout", "-1")
    assert proc.returncode == 2 and "--doc-timeout" in proc.stderr and not (tmp_path / "out").exists()


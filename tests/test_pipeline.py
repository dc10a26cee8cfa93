"""The build at scale: workers, the extraction cache, bad files among good ones."""
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
from policykg.cache import ExtractionCache
from policykg.pipeline import build, count_inputs

TEXTS = REPO / "tests" / "data" / "texts"
CORPUS = REPO / "tests" / "data" / "cli" / "corpus"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Eight small documents (the invented fixture texts), in one folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in sorted(TEXTS.iterdir()) + sorted(CORPUS.iterdir()):
        shutil.copy(src, folder / src.name)
    return folder


def cache_entries(folder: Path) -> list[Path]:
    """The extraction entries in a cache folder (not its indexes)."""
    return sorted(p for p in folder.rglob("*.msgpack") if len(p.parent.name) == 2)


def test_one_and_two_workers_write_the_same_bytes(corpus, tmp_path):
    one = build([corpus], tmp_path / "one", workers=1, cache=False)
    two = build([corpus], tmp_path / "two", workers=2, cache=False)
    assert one.documents == two.documents == 8
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_cache_hits_on_rebuild_and_misses_only_changed_documents(corpus, tmp_path):
    cache = tmp_path / "cache"
    cold = build([corpus], tmp_path / "a", cache_dir=cache)
    assert (cold.cache_hits, cold.cache_misses) == (0, 8)
    warm = build([corpus], tmp_path / "b", cache_dir=cache)
    assert (warm.cache_hits, warm.cache_misses) == (8, 0)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")

    changed = corpus / "a_provincial_notice.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\n到2027年，全省建成数字乡村示范村800个。\n", encoding="utf-8")
    again = build([corpus], tmp_path / "c", cache_dir=cache)
    assert (again.cache_hits, again.cache_misses) == (7, 1)
    build([corpus], tmp_path / "d", cache=False)
    assert snapshot(tmp_path / "c") == snapshot(tmp_path / "d")  # the cache changes nothing but time


def test_default_cache_is_beside_the_output_and_no_cache_writes_none(corpus, tmp_path):
    out = tmp_path / "site" / "graph_out"
    summary = build([corpus], out)
    assert summary.cache_dir == tmp_path / "site" / ".policykg-cache"
    assert cache_entries(summary.cache_dir)
    other = tmp_path / "other" / "graph_out"
    assert build([corpus], other, cache=False).cache_dir is None
    assert not (tmp_path / "other" / ".policykg-cache").exists()


def test_corrupt_cache_entry_warns_and_re_extracts(corpus, tmp_path):
    cache = tmp_path / "cache"
    build([corpus], tmp_path / "a", cache_dir=cache)
    entries = cache_entries(cache)
    entries[0].write_bytes(b"\x80\x05garbage")
    entries[1].write_bytes(b"")
    summary = build([corpus], tmp_path / "b", cache_dir=cache)
    assert (summary.cache_hits, summary.cache_misses) == (6, 2)
    assert len(summary.warnings) >= 2 and all("re-extracting" in w for w in summary.warnings[:2])
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    assert build([corpus], tmp_path / "c", cache_dir=cache).cache_hits == 8  # repaired


def test_bad_files_among_many_are_skipped_and_the_rest_builds(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (corpus / "latin1.txt").write_bytes("caf\xe9 \xff\xfe\xfd".encode("latin-1") * 3)
    for workers in (1, 2):
        summary = build([corpus], tmp_path / f"out{workers}", workers=workers, cache=False)
        assert summary.documents == 8
        assert sorted(Path(s.path).name for s in summary.skipped) == ["empty.txt", "image.txt", "latin1.txt"]
        assert len(list((tmp_path / f"out{workers}" / "texts").iterdir())) == 8
    assert snapshot(tmp_path / "out1") == snapshot(tmp_path / "out2")


def test_a_document_the_extractor_fails_on_is_skipped(corpus, tmp_path, monkeypatch):
    real = pipeline.extract_document

    def flaky(doc):
        if doc.id == "t03_ministry_opinion":
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    summary = build([corpus], tmp_path / "out", cache=False)
    assert summary.documents == 7
    assert [(Path(s.path).name, s.reason) for s in summary.skipped] == [
        ("t03_ministry_opinion.txt", "extraction failed: RuntimeError: boom")]


def test_failed_build_leaves_no_staging_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    with pytest.raises(Exception):
        build([tmp_path / "in"], tmp_path / "out", cache=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_count_inputs(corpus):
    (corpus / ".hidden.txt").write_text("x")
    (corpus / "notes.pdf").write_bytes(b"%PDF-1.4")  # PDFs are read (this one is then skipped as malformed)
    (corpus / "scan.png").write_bytes(b"\x89PNG")  # not a document
    assert count_inputs([corpus]) == 9
    assert count_inputs([corpus / "t01_provincial_plan.txt", corpus]) == 10


def test_cli_build_workers_cache_and_summary(corpus, tmp_path):
    out = tmp_path / "graph_out"
    first = run_cli("build", str(corpus), "--out", str(out), "--workers", "2", "--cache", str(tmp_path / "c"))
    assert first.returncode == 0, first.stderr
    assert "with 2 workers" in first.stdout and "cache: 0 hits, 8 extracted" in first.stdout
    assert "documents" in first.stderr  # the progress bar
    second = run_cli("build", str(corpus), "--out", str(out), "-q", "--cache", str(tmp_path / "c"))
    assert "cache: 8 hits, 0 extracted" in second.stdout
    off = run_cli("build", str(corpus), "--out", str(out), "-q", "--no-cache")
    assert "cache: off" in off.stdout


def test_unchanged_files_are_not_read_again(corpus, tmp_path, monkeypatch):
    from policykg import load

    out, cache = tmp_path / "graph_out", tmp_path / "cache"
    build([corpus], out, cache_dir=cache)
    before = snapshot(out)
    loaded: list[str] = []
    real = load.Source.load
    monkeypatch.setattr(load.Source, "load", lambda self: loaded.append(Path(self.path).name) or real(self))

    again = build([corpus], out, cache_dir=cache)
    assert loaded == [] and (again.cache_hits, again.cache_misses) == (8, 0)
    assert snapshot(out) == before

    touched = corpus / "t02_news_jiangsu.md"
    os.utime(touched, ns=(0, touched.stat().st_mtime_ns + 1_000_000))  # same content, new time: read, then a cache hit
    (out / "texts" / "t01_provincial_plan.txt").write_text("被改动的文本", encoding="utf-8")  # does not match: read again
    third = build([corpus], out, cache_dir=cache)
    assert sorted(loaded) == ["t01_provincial_plan.txt", "t02_news_jiangsu.md"]
    assert (third.cache_hits, third.cache_misses) == (8, 0)
    assert snapshot(out) == before


def test_entries_of_other_extractor_versions_are_dropped(corpus, tmp_path):
    cache = tmp_path / "cache"
    stale = cache / ("0" * 20) / "ab"
    stale.mkdir(parents=True)
    (stale / "ab.msgpack").write_bytes(b"old")
    keep = cache / "notes"  # not an extractor digest: left alone
    keep.mkdir()
    build([corpus], tmp_path / "out", cache_dir=cache)
    assert sorted(p.name for p in cache.iterdir()) == sorted([ExtractionCache(cache).root.name, "notes"])


# --------------------------------------------------------------------------- reused pieces of the outputs

SICHUAN_NEWS = "四川工业互联网发展成效显著\n\n2026年1月20日\n\n截至2025年底，四川省工业互联网核心产业增加值达到1600亿元。\n"


def target_status(out: Path, value: str) -> str:
    rows = (out / "tables" / "targets.csv").read_text(encoding="utf-8").splitlines()
    return next(row for row in rows if f",{value}," in row).split(",")[13]


@pytest.mark.parametrize("workers", [1, 2])
def test_rebuild_copies_unchanged_documents_outputs_and_writes_the_same_bytes(corpus, tmp_path, workers):
    """A rebuild into the same folder copies the pieces of every document
    whose fingerprint is unchanged; a document whose linking changed because
    of another (its target now met by a new observation) is made anew; the
    outputs are those of a build without any cache (with 2 workers, a forked
    process writes graph.graphml and graph.html)."""
    cache, out = tmp_path / "cache", tmp_path / "out"
    assert build([corpus], out, cache_dir=cache, workers=workers).reused == 0
    assert build([corpus], out, cache_dir=cache, workers=workers).reused == 8
    assert target_status(out, "150000000000") == "unknown"

    (corpus / "t07_sichuan_news.txt").write_text(SICHUAN_NEWS, encoding="utf-8")
    again = build([corpus], out, cache_dir=cache, workers=workers)
    build([corpus], tmp_path / "fresh", cache=False)
    assert snapshot(out) == snapshot(tmp_path / "fresh")
    assert target_status(out, "150000000000") == "met"
    assert again.reused == 7  # not the new document, nor the plan whose target it met


def test_an_edited_output_file_is_not_copied_from(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "out"
    build([corpus], out, cache_dir=cache)
    mentions = out / "tables" / "mentions.csv"
    mentions.write_text(mentions.read_text(encoding="utf-8").replace("四川", "五川"), encoding="utf-8")
    build([corpus], out, cache_dir=cache)
    build([corpus], tmp_path / "fresh", cache=False)
    assert snapshot(out) == snapshot(tmp_path / "fresh")


def test_other_code_reuses_nothing(corpus, tmp_path, monkeypatch):
    cache, out = tmp_path / "cache", tmp_path / "out"
    build([corpus], out, cache_dir=cache)
    monkeypatch.setattr("policykg.cache.code_digest", lambda: "other code")
    assert build([corpus], out, cache_dir=cache).reused == 0
    assert build([corpus], tmp_path / "elsewhere", cache_dir=cache).reused == 0  # another folder: nothing to copy from


def test_rebuilds_after_deleting_renaming_and_editing_write_what_a_fresh_build_writes(corpus, tmp_path):
    """Step by step, each rebuild into the same folder (copying what it can)
    writes the bytes a build without cache writes: a document deleted, one
    renamed, one whose new sentence makes another document's organisation
    a variant of a longer name (四川长虹 → 四川长虹集团), one made unreadable."""
    cache, out = tmp_path / "cache", tmp_path / "out"
    build([corpus], out, cache_dir=cache)
    steps = [
        lambda: (corpus / "t03_ministry_opinion.txt").unlink(),
        lambda: (corpus / "t04_interpretation.txt").rename(corpus / "t00_interpretation.txt"),
        lambda: (corpus / "t06_city_report.txt").write_text(
            (corpus / "t06_city_report.txt").read_text(encoding="utf-8") + "\n\n四川长虹集团表示将建设工业互联网平台。\n", encoding="utf-8"),
        lambda: (corpus / "t02_news_jiangsu.md").write_bytes(b"\x00\x01binary\xff" * 10),
    ]
    for i, step in enumerate(steps):
        step()
        summary = build([corpus], out, cache_dir=cache)
        assert summary.reused > 0, i
        build([corpus], tmp_path / f"fresh{i}", cache=False)
        assert snapshot(out) == snapshot(tmp_path / f"fresh{i}"), i
    mentions = (out / "tables" / "mentions.csv").read_text(encoding="utf-8")
    assert "t01_provincial_plan,450,454,四川长虹,ORG,org/四川长虹集团" in mentions  # the plan's mention follows the new name


# --------------------------------------------------------------------------- a time budget per document


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
    assert len(files) >= 10
    for path in files:
        path.write_bytes(bomb)
        path.with_suffix(".pickle").write_bytes(bomb)
    summary = build([corpus], out, cache_dir=cache)
    assert not marker.exists()
    assert (summary.cache_hits, summary.cache_misses) == (0, 8)
    assert sum("re-extracting" in w for w in summary.warnings) == 8
    build([corpus], tmp_path / "fresh", cache=False)
    assert snapshot(out) == snapshot(tmp_path / "fresh")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find the writer")
def test_kill_9_while_the_forked_writer_writes_leaves_no_process(tmp_path):
    """With 2 workers graph.graphml is written by a forked process: kill -9 the build
    while it writes, and that process goes too."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(20):
        for seed in sorted((REPO / "seeds").glob("*.txt")):
            shutil.copyfile(seed, corpus / f"c{i:02d}_{seed.name}")
    out = tmp_path / "out"
    proc = subprocess.Popen(cli_command("build", corpus, "--out", out, "-q", "--workers", "2", "--no-cache"),
                            cwd=REPO, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    writers: set[int] = set()
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and proc.poll() is None:
            if any((t / "graph.graphml").exists() for t in tmp_path.glob(".out.tmp-*")):
                writers = children(proc.pid)
                break
            time.sleep(0.002)
        assert writers, "no forked writer seen writing graph.graphml"
        assert proc.poll() is None, "the build finished before it could be killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(alive(w) for w in writers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in writers if alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"processes {left} outlived the killed build"


def test_cli_refuses_a_negative_doc_timeout(corpus, tmp_path):
    proc = run_cli("build", str(corpus), "--out", str(tmp_path / "out"), "--doc-timeout", "-1")
    assert proc.returncode == 2 and "--doc-timeout" in proc.stderr and not (tmp_path / "out").exists()

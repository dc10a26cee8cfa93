"""pipeline.build: workers, the extraction cache, bad files among good ones,
the same bytes for the same input, and the atomic swap (a failed or killed
build leaves the previous graph_out complete)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, run_cli, snapshot
from policykg import pipeline
from policykg.cache import ExtractionCache
from policykg.pipeline import build, count_inputs


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
    assert any(summary.cache_dir.rglob("*.json"))
    other = tmp_path / "other" / "graph_out"
    assert build([corpus], other, cache=False).cache_dir is None
    assert not (tmp_path / "other" / ".policykg-cache").exists()


def test_corrupt_cache_entry_warns_and_re_extracts(corpus, tmp_path):
    cache = tmp_path / "cache"
    build([corpus], tmp_path / "a", cache_dir=cache)
    entries = sorted(p for p in cache.rglob("*.json") if p.name != "sources.json")
    entries[0].write_bytes(b"\x80\x05garbage")
    entries[1].write_bytes(b"")
    (cache / ExtractionCache(cache).root.name / "sources.json").unlink()  # so that every file is read again
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
    assert first.stderr == ""  # piped: no progress bar, only the summary (on stdout)
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
    (stale / "ab.json").write_bytes(b"old")
    keep = cache / "notes"  # not an extractor digest: left alone
    keep.mkdir()
    build([corpus], tmp_path / "out", cache_dir=cache)
    assert sorted(p.name for p in cache.iterdir()) == sorted([ExtractionCache(cache).root.name, "notes"])


# --------------------------------------------------------------------------- cache and code


def test_another_extractor_reuses_nothing(corpus, tmp_path, monkeypatch):
    from policykg import cache as cache_mod

    cache, out = tmp_path / "cache", tmp_path / "out"
    build([corpus], out, cache_dir=cache)
    monkeypatch.setattr(cache_mod, "EXTRACTOR_VERSION", "other code")
    cache_mod.extractor_digest.cache_clear()
    try:
        again = build([corpus], out, cache_dir=cache)
        assert (again.cache_hits, again.cache_misses) == (0, 8)
    finally:
        cache_mod.extractor_digest.cache_clear()


def test_rebuilds_after_deleting_renaming_and_editing_write_what_a_fresh_build_writes(corpus, tmp_path):
    """Step by step, each rebuild into the same folder with the cache writes
    the bytes a build without cache writes: a document deleted, one renamed,
    one edited, one made unreadable."""
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
        assert summary.cache_hits > 0, i
        build([corpus], tmp_path / f"fresh{i}", cache=False)
        assert snapshot(out) == snapshot(tmp_path / f"fresh{i}"), i


# --------------------------------------------------------------------------- same input, same bytes


def test_two_builds_of_the_seeds_give_identical_bytes(seed_out, seed_rebuild):
    """The session's subprocess build and an in-process one (another hash seed, no shared cache)."""
    first, second = snapshot(seed_out), snapshot(seed_rebuild)
    assert sorted(first) == sorted(second)
    assert sorted(name for name in first if first[name] != second[name]) == []


@pytest.mark.slow
def test_build_is_deterministic_across_hash_seeds(tmp_path):
    from conftest import cli_command, cli_env
    import subprocess

    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}" / "out"
        proc = subprocess.run(cli_command("build", CORPUS.relative_to(REPO).as_posix(), "--out", out, "-q"),
                              cwd=REPO, env=cli_env(PYTHONHASHSEED=seed), capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(snapshot(out))
    assert outs[0] == outs[1]


# --------------------------------------------------------------------------- the atomic swap


def test_a_failed_build_leaves_the_previous_out_intact(seed_out, tmp_path, monkeypatch):
    import policykg.outputs as outputs
    from conftest import copy_tree

    out = copy_tree(seed_out, tmp_path / "graph_out")
    before = snapshot(out)

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(outputs, "write_graphml", boom)
    monkeypatch.chdir(REPO)
    with pytest.raises(RuntimeError, match="disk on fire"):
        build([CORPUS.relative_to(REPO).as_posix()], out, cache=False)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph_out"]


def test_a_successful_build_replaces_out_and_leaves_nothing_beside_it(seed_out, tmp_path, monkeypatch):
    from conftest import copy_tree

    out = copy_tree(seed_out, tmp_path / "graph_out")
    (out / "stale.txt").write_text("from an older build", encoding="utf-8")
    monkeypatch.chdir(REPO)
    build([CORPUS.relative_to(REPO).as_posix()], out, cache=False)
    assert not (out / "stale.txt").exists()
    assert sorted(p.stem for p in (out / "texts").iterdir()) == ["a_provincial_notice", "b_city_news"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph_out"]


def _kill_when(corpus: Path, out: Path, reached, timeout: float) -> bool:
    import signal
    import subprocess
    import time

    from conftest import cli_command, cli_env

    proc = subprocess.Popen(cli_command("build", corpus, "--out", out, "-q", "--no-cache"), cwd=REPO, env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = False
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            if reached():
                seen = True
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    return seen


@pytest.mark.parametrize("stage", ["graph.ttl", pytest.param("tables", marks=pytest.mark.slow),
                                   pytest.param("graph.graphml", marks=pytest.mark.slow)])
def test_kill_9_while_writing_leaves_out_intact(seed_out, tmp_path, stage):
    from conftest import copy_tree

    out = copy_tree(seed_out, tmp_path / "graph_out")
    before = snapshot(out)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        for seed in sorted((REPO / "seeds").glob("*.txt")):
            shutil.copyfile(seed, corpus / f"c{i}_{seed.name}")
    staging = lambda: list(tmp_path.glob(".graph_out.tmp-*"))  # noqa: E731
    assert _kill_when(corpus, out, lambda: any((t / stage).exists() for t in staging()), timeout=240), \
        f"the build ended before {stage} was being written"
    now = snapshot(out)
    if now != before:  # killed after the swap: a complete build of the new corpus
        assert len(list((out / "texts").iterdir())) == len(list(corpus.iterdir()))
        assert (out / "graph.html").exists()

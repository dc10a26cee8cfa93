"""The output folder (``policykg.outdir``): a build replaces only what a build made,
never an input; it stages beside the output and swaps in atomically only what
parses; a failed, killed or disk-full build leaves the previous output complete;
temporaries of dead builds are cleaned by the next one."""
from __future__ import annotations

import csv

import errno
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CONTRACT_FILES, CORPUS, REPO, SEEDS, cli_command, cli_env, copy_tree, run_cli, snapshot
from policykg import outdir
from policykg.errors import DiskFullError, OutputCheckError, OutputFolderError
from policykg.outdir import MARKER, check_out, clean_stale, make_staging


def tree(folder: Path) -> dict[str, str]:
    """Every byte under ``folder`` and the names beside it: what must not change."""
    return {"folder": snapshot(folder) if folder.is_dir() else folder.read_bytes().hex(),
            "beside": sorted(p.name for p in folder.parent.iterdir())}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "docs"
    copy_tree(CORPUS, folder)
    (folder / "notes.md").write_text("# 我的笔记\n\n不是输出。\n", encoding="utf-8")
    return folder


def refused(args: list[str], cwd: Path) -> str:
    """Run ``policykg build ARGS``: it must fail with one line naming why, no traceback."""
    proc = run_cli("build", *args, cwd=cwd)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    return lines[0]


# --------------------------------------------------------------------------- what --out may be


def test_the_input_folder_is_never_the_output(corpus, tmp_path):
    before = tree(corpus)
    line = refused([str(corpus), "--out", str(corpus)], tmp_path)
    assert "it is the input" in line and str(corpus) in line
    assert tree(corpus) == before


def test_an_existing_folder_not_made_by_policykg_is_refused(corpus, tmp_path):
    thesis = tmp_path / "work"
    thesis.mkdir()
    (thesis / "thesis.docx").write_bytes(b"PK\x03\x04 my thesis")
    (thesis / "data").mkdir()
    (thesis / "data" / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    before = tree(thesis)
    line = refused([str(corpus), "--out", str(thesis)], tmp_path)
    assert f"refusing to replace {thesis}" in line and "did not make" in line and "thesis.docx" in line
    assert tree(thesis) == before


def test_an_existing_file_is_refused(corpus, tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("my report\n", encoding="utf-8")
    before = tree(report)
    line = refused([str(corpus), "--out", str(report)], tmp_path)
    assert str(report) in line and "existing file" in line
    assert tree(report) == before and report.is_file()


def test_a_folder_holding_an_input_is_refused(corpus, tmp_path):
    before = tree(tmp_path)
    line = refused([str(corpus / "a_provincial_notice.txt"), "--out", str(tmp_path)], tmp_path)
    assert "holds the input" in line or "did not make" in line
    assert tree(tmp_path) == before


def test_an_output_inside_an_input_folder_is_refused(corpus, tmp_path):
    before = tree(corpus)
    line = refused([str(corpus), "--out", str(corpus / "graph_out")], tmp_path)
    assert "inside the input folder" in line and "read its texts back" in line
    assert tree(corpus) == before


def test_a_hidden_output_inside_an_input_folder_is_not_read_back(corpus, tmp_path):
    """Hidden folders are not read: there the output may live, and a rebuild reads the same documents."""
    from policykg.pipeline import build

    out = corpus / ".graph_out"
    assert build([corpus], out, cache=False).documents == 3
    assert build([corpus], out, cache=False).documents == 3


def test_an_output_of_a_previous_build_is_replaced(corpus, tmp_path):
    from policykg.pipeline import build

    out = tmp_path / "graph_out"
    build([corpus], out, cache=False)
    assert json.loads((out / MARKER).read_text(encoding="utf-8"))["made_by"] == "policykg"
    (out / "stale.txt").write_text("from an older build", encoding="utf-8")
    (corpus / "notes.md").unlink()
    assert build([corpus], out, cache=False).documents == 2
    assert not (out / "stale.txt").exists() and (out / MARKER).is_file()
    assert sorted(p.name for p in (out / "texts").iterdir()) == ["a_provincial_notice.txt", "b_city_news.txt"]


def test_an_empty_folder_and_an_output_from_before_the_marker_are_replaced(corpus, tmp_path, seed_out):
    from policykg.pipeline import build

    empty = tmp_path / "empty"
    empty.mkdir()
    assert build([corpus], empty, cache=False).documents == 3
    legacy = copy_tree(seed_out, tmp_path / "legacy")
    (legacy / MARKER).unlink()  # as builds before the marker wrote it
    assert build([corpus], legacy, cache=False).documents == 3
    legacy_with_more = copy_tree(seed_out, tmp_path / "more")
    (legacy_with_more / MARKER).unlink()
    (legacy_with_more / "my notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputFolderError, match="did not make"):
        build([corpus], legacy_with_more, cache=False)


@pytest.mark.parametrize("case", ["symlink", "bad marker", "marker of another tool"])
def test_check_out_refuses(tmp_path, case):
    target = tmp_path / "real"
    target.mkdir()
    (target / "x.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    if case == "symlink":
        out.symlink_to(target)
    else:
        out.mkdir()
        (out / MARKER).write_text("{not json" if case == "bad marker" else '{"made_by": "other"}', encoding="utf-8")
        (out / "theirs.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OutputFolderError, match=str(out)):
        check_out(out, [tmp_path / "in"])


def test_check_out_accepts_a_new_folder_beside_the_inputs(tmp_path):
    (tmp_path / "in").mkdir()
    assert check_out(tmp_path / "out", [tmp_path / "in"]) == tmp_path / "out"
    assert check_out(tmp_path / "new" / "deeper", [tmp_path / "in"]) == tmp_path / "new" / "deeper"
    assert not (tmp_path / "new").exists()  # checking creates nothing


def test_the_check_sees_through_symbolic_links_to_the_input(corpus, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(corpus.parent)
    with pytest.raises(OutputFolderError, match="it is the input"):
        check_out(link / "docs", [corpus])
    linked_input = tmp_path / "linked_docs"
    linked_input.symlink_to(corpus)
    with pytest.raises(OutputFolderError, match="it is the input"):
        check_out(corpus, [linked_input])
    with pytest.raises(OutputFolderError, match="holds the input"):
        check_out(tmp_path, [linked_input / "notes.md"])


# --------------------------------------------------------------------------- temporaries of dead builds


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


LOCKER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(60)
"""


def test_stale_temporaries_are_cleaned_and_a_live_build_s_are_kept(corpus, tmp_path):
    from policykg.pipeline import build

    out = tmp_path / "graph_out"
    build([corpus], out, cache=False)
    dead = dead_pid()
    stale_pid = tmp_path / f".graph_out.tmp-{dead}-0badc0de"
    stale_lock = tmp_path / f".graph_out.tmp-{os.getpid()}-0000beef"  # its lock is free: the build is gone
    old_legacy = tmp_path / ".graph_out.tmp-ab12cd34"
    new_legacy = tmp_path / ".graph_out.tmp-ef56gh78"
    aside = tmp_path / f".graph_out.old-{dead}-12345678"
    live = tmp_path / ".graph_out.tmp-1-feedface"  # pid 1 lives; and its lock is held below
    other = tmp_path / ".other.tmp-1-00000000"  # another output's: not ours to judge
    for folder in (stale_pid, stale_lock, old_legacy, new_legacy, aside, live, other):
        folder.mkdir()
        (folder / "graph.ttl").write_text("partial", encoding="utf-8")
    (stale_lock / outdir.LOCK).write_bytes(b"")
    hour_ago = time.time() - 2 * 3600
    os.utime(old_legacy, (hour_ago, hour_ago))
    holder = subprocess.Popen([sys.executable, "-c", LOCKER, str(live / outdir.LOCK)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        build([corpus], out, cache=False)
        left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    finally:
        holder.kill()
        holder.wait()
    assert left == sorted([new_legacy.name, live.name, other.name])
    assert (out / MARKER).is_file()


def test_an_aside_copy_is_put_back_when_the_output_is_missing(tmp_path, seed_out):
    """The swap's fallback moves the output aside before renaming the new one in;
    a build killed between the two leaves only the aside copy: the next build puts it back."""
    out = tmp_path / "graph_out"
    aside = copy_tree(seed_out, tmp_path / f".graph_out.old-{dead_pid()}-12345678")
    before = snapshot(aside)
    clean_stale(out)
    assert snapshot(out) == before and not aside.exists()


def test_staging_is_locked_while_its_build_lives(tmp_path):
    staging = make_staging(tmp_path / "graph_out")
    assert staging.path.name.startswith(f".graph_out.tmp-{os.getpid()}-")
    fd = os.open(staging.path / outdir.LOCK, os.O_RDWR)
    try:
        with pytest.raises(BlockingIOError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert clean_stale(tmp_path / "graph_out") == []
        staging.release()
        assert clean_stale(tmp_path / "graph_out") == [staging.path]
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- what is swapped in must parse


@pytest.fixture
def previous(seed_out, tmp_path) -> tuple[Path, dict[str, str]]:
    out = copy_tree(seed_out, tmp_path / "graph_out")
    return out, snapshot(out)


def no_temporaries(out: Path) -> bool:
    return not [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]


def test_a_graph_ttl_that_does_not_parse_is_not_swapped_in(previous, monkeypatch):
    from policykg import outputs
    from policykg.pipeline import build

    out, before = previous

    def junk(kb, path, *args, **kwargs):
        path.write_text('@prefix pkg: <https://w3id.org/policykg#> .\n<https://w3id.org/policykg/id/\ue000> a pkg:Policy .\n',
                        encoding="utf-8")
        return 1

    monkeypatch.setattr(outputs, "write_turtle", junk)
    with pytest.raises(OutputCheckError, match=r"graph.ttl: .*line 2.*Invalid IRI code point"):
        build([CORPUS], out, cache=False)
    assert snapshot(out) == before and no_temporaries(out)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_graph_graphml_that_does_not_parse_is_not_swapped_in(previous, monkeypatch, workers):
    from policykg import outputs
    from policykg.pipeline import build

    out, before = previous

    def junk(kb, path, *args, **kwargs):
        path.write_bytes(b"<?xml version='1.0' encoding='utf-8'?>\n<graphml><node id=\"a\x00b\"/></graphml>\n")
        return 1, 0

    monkeypatch.setattr(outputs, "write_graphml", junk)
    with pytest.raises(OutputCheckError, match=r"graph.graphml: line 2, column \d+: not well-formed"):
        build([CORPUS], out, cache=False, workers=workers)
    assert snapshot(out) == before and no_temporaries(out)


# --------------------------------------------------------------------------- a full disk


def full_disk(*args, **kwargs):
    path = args[1] if len(args) > 1 else "?"
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


@pytest.mark.parametrize("writer,workers", [("write_turtle", 1), ("write_tables", 1), ("write_graphml", 2)])
def test_a_full_disk_is_one_error_and_the_previous_output_stays(previous, monkeypatch, writer, workers):
    """ENOSPC in each writer of ``outputs.write_outputs``, with and without extraction workers."""
    from policykg import outputs
    from policykg.pipeline import build

    out, before = previous
    monkeypatch.setattr(outputs, writer, full_disk)
    with pytest.raises(DiskFullError) as err:
        build([CORPUS], out, cache=False, workers=workers)
    message = str(err.value)
    assert message.startswith("no space left on device writing ") and message.endswith("; the previous output is unchanged")
    assert f".graph_out.tmp-{os.getpid()}-" in message  # the file being written, in the staging folder
    assert snapshot(out) == before and no_temporaries(out)


def test_a_full_disk_in_a_worker_is_the_same_error(previous, monkeypatch):
    from policykg import pipeline

    out, before = previous
    real = pipeline.Path

    class FullPath(type(real())):
        def write_text(self, *args, **kwargs):
            raise OSError(errno.EDQUOT, os.strerror(errno.EDQUOT), str(self))

    monkeypatch.setattr(pipeline, "Path", FullPath)
    with pytest.raises(DiskFullError, match=r"no space left on device writing .*\.txt; the previous output is unchanged"):
        pipeline.build([CORPUS], out, cache=False, workers=2)
    assert snapshot(out) == before and no_temporaries(out)


FULL_DISK_CLI = """
import errno, os, sys
import policykg.outputs as outputs
def full(kb, path, *args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
outputs.write_turtle = full
from policykg.cli import main
sys.argv = ["policykg", "build", sys.argv[1], "--out", sys.argv[2], "-q", "--no-cache"]
main()
"""


def test_the_command_line_says_a_full_disk_in_one_line(previous, tmp_path):
    out, before = previous
    proc = subprocess.run([sys.executable, "-c", FULL_DISK_CLI, str(CORPUS), str(out)], cwd=tmp_path, env=cli_env(),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("error: no space left on device writing ") and "graph.ttl" in lines[0]
    assert lines[0].endswith("; the previous output is unchanged")
    assert snapshot(out) == before and no_temporaries(out)


# --------------------------------------------------------------------------- a failed or killed build


def test_failed_build_leaves_previous_out_intact(previous, monkeypatch):
    """A build that raises half-way through writing leaves OUT byte-identical and no temp folder."""
    import policykg.outputs as outputs
    from policykg.pipeline import build

    out, before = previous

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(outputs, "write_graphml", boom)
    monkeypatch.chdir(REPO)
    with pytest.raises(RuntimeError, match="disk on fire"):
        build([CORPUS.relative_to(REPO).as_posix()], out)
    assert snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir() if p.name != ".policykg-cache") == ["graph_out"]


def test_successful_build_replaces_out_and_leaves_no_temp(previous, monkeypatch):
    """The counterpart: a good build replaces OUT entirely (no stale files) and cleans up."""
    from policykg.pipeline import build

    out, _ = previous
    (out / "stale.txt").write_text("from an older build", encoding="utf-8")
    monkeypatch.chdir(REPO)
    build([CORPUS.relative_to(REPO).as_posix()], out)
    assert not (out / "stale.txt").exists()
    documents = (out / "tables" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",")[0] for row in documents[1:]] == ["a_provincial_notice", "b_city_news"]
    assert sorted(p.name for p in out.parent.iterdir() if p.name != ".policykg-cache") == ["graph_out"]


def make_big_corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copyfile(seed, folder / f"c{i:02d}_{seed.name}")
    return folder


def assert_out_intact(out: Path, before: dict[str, str], corpus: Path) -> None:
    """OUT is the previous build byte for byte — or, if the kill came after the
    atomic swap, a complete build of ``corpus``; never a mixture or a partial folder."""
    assert out.is_dir(), "OUT vanished"
    now = snapshot(out)
    assert not any(".tmp-" in name or ".old-" in name for name in now), "temp folder inside OUT"
    if now == before:
        return
    missing = [name for name in CONTRACT_FILES if name not in now]
    assert not missing, f"OUT changed and is incomplete: missing {missing}"
    with (out / "tables" / "documents.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))  # a repost is merged into its first copy and listed as a source
    read = sum(1 + len([s for s in row["sources"].split("|") if s]) for row in rows)
    assert read == len(list(corpus.iterdir())), "OUT changed but is not a complete build of the new corpus"


def start_build(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(cli_command("build", corpus, "--out", out, "-q", *extra), cwd=REPO, env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill(proc: subprocess.Popen) -> bool:
    """Kill -9 the build; True when it was still running (the kill is what stopped it)."""
    running = proc.poll() is None
    if running:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return running and proc.returncode == -signal.SIGKILL


def wait_for(predicate, proc: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return predicate()
        time.sleep(0.002)
    return False


def leftovers(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.tmp-*"))


@pytest.mark.parametrize("delay", [0.5, 1.5, 3.0])
def test_kill_9_at_a_moment_leaves_out_intact(previous, tmp_path, delay):
    out, before = previous
    corpus = make_big_corpus(tmp_path / "corpus", 20)
    proc = start_build(corpus, out, "--no-cache", "--no-dedup")  # every copy read for real: the build outlasts the delay
    time.sleep(delay)
    assert kill(proc), "the build finished before it could be killed; make the corpus bigger"
    assert_out_intact(out, before, corpus)


def test_kill_9_just_after_writing_starts(previous, tmp_path):
    """Kill as soon as the first output file (graph.ttl) appears in the staging folder."""
    out, before = previous
    corpus = make_big_corpus(tmp_path / "corpus", 1)
    proc = start_build(corpus, out)
    try:
        appeared = wait_for(lambda: any((t / "graph.ttl").exists() for t in leftovers(out)), proc, timeout=240)
    finally:
        killed = kill(proc)
    assert appeared, "no .graph_out.tmp-*/graph.ttl appeared"
    assert killed, "the build finished before it could be killed"
    assert_out_intact(out, before, corpus)


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["tmp", "graph.ttl", "tables", "tables/relations.csv", "graph.graphml", "graph.html"])
def test_kill_9_during_each_write_stage(previous, tmp_path, stage):
    """Kill while the 50-document build writes: as soon as the staging folder (or
    the named file/folder inside it) exists. The build must really be killed
    there: one that finished first tested nothing, and fails."""
    out, before = previous
    corpus = make_big_corpus(tmp_path / "corpus", 10)

    def reached() -> bool:
        return any(stage == "tmp" or (tmp / stage).exists() for tmp in leftovers(out))

    proc = start_build(corpus, out)
    try:
        appeared = wait_for(reached, proc, timeout=600)
    finally:
        killed = kill(proc)
    assert appeared, f"{stage} never appeared in the staging folder"
    assert killed, f"the build finished before it could be killed at {stage}"
    assert_out_intact(out, before, corpus)
    proc = start_build(corpus, out)  # the next build cleans what the killed one left
    assert proc.wait(timeout=600) == 0
    assert leftovers(out) == []


TINY_DISK = """
import hashlib, json, os, subprocess, sys
disk, repo = sys.argv[1], sys.argv[2]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk], check=True)
out = os.path.join(disk, "graph_out")
def build(corpus):
    return subprocess.run([sys.executable, "-m", "policykg.cli", "build", corpus, "--out", out, "-q", "--no-cache"],
                          cwd=repo, capture_output=True, text=True)
def snap():
    return {os.path.relpath(os.path.join(r, f), out): hashlib.sha256(open(os.path.join(r, f), "rb").read()).hexdigest()
            for r, _, fs in os.walk(out) for f in fs}
first = build("tests/data/cli/corpus")
before = snap()
second = build("seeds")
print(json.dumps({"first": first.returncode, "second": second.returncode, "stderr": second.stderr,
                  "same": snap() == before, "files": len(before), "beside": sorted(os.listdir(disk))}))
"""


def can_mount_a_tmpfs() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not can_mount_a_tmpfs(), reason="needs root and unshare to mount a private 2 MB tmpfs")
def test_a_really_full_disk(tmp_path):
    """On a 2 MB file system (a private tmpfs): the small corpus builds, then the seeds
    do not fit: one line, exit 1, the previous output byte for byte, no temporary left."""
    import json

    disk = tmp_path / "disk"
    disk.mkdir()
    proc = subprocess.run(["unshare", "-m", sys.executable, "-c", TINY_DISK, str(disk), str(REPO)], env=cli_env(),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["first"] == 0 and got["files"] > 5
    assert got["second"] == 1
    lines = got["stderr"].strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in got["stderr"], got["stderr"]
    assert lines[0].startswith(f"error: no space left on device writing {disk}/.graph_out.tmp-")  # the staging folder or a file in it
    assert lines[0].endswith("; the previous output is unchanged")
    assert got["same"] and got["beside"] == ["graph_out"]


def test_known_good_ranges_are_not_parsed_again(tmp_path):
    """A rebuild copies unchanged documents' pieces from the previous (checked) output:
    only the rest is parsed, and an error names its line in what was parsed."""
    head = b"@prefix ex: <http://example.org/> .\n"
    copied = b"ex:a ex:p \"copied, and junk to a parser: <\xee\x80\x80> \" .\nthis is not Turtle\n"
    new = b"ex:b ex:p <http://example.org/\xee\x80\x80> .\n"
    (tmp_path / "graph.ttl").write_bytes(head + copied + b"ex:c ex:p ex:d .\n")
    ranges = {"graph.ttl": [(len(head), len(head) + len(copied))]}
    outdir.check_written(tmp_path, ranges)
    with pytest.raises(OutputCheckError, match="line 3 .*the line reads 'this is not Turtle'"):
        outdir.check_written(tmp_path)
    (tmp_path / "graph.ttl").write_bytes(head + copied + new)
    with pytest.raises(OutputCheckError, match=r"line 2 .*Invalid IRI code point.*the line reads 'ex:b ex:p <http://example.org/\\ue000> \.'"):
        outdir.check_written(tmp_path, ranges)


@pytest.mark.xfail(strict=True, reason="the rewritten writers (outputs/) write every block anew and pass no known_good "
                   "ranges to outdir.commit: a rebuild parses all of graph.ttl again (the old export.Pieces reuse is gone)")
def test_a_rebuild_checks_only_what_it_wrote(tmp_path, monkeypatch):
    from policykg.pipeline import build

    corpus = copy_tree(CORPUS, tmp_path / "docs")
    out, cache = tmp_path / "out", tmp_path / "cache"
    build([corpus], out, cache_dir=cache)
    seen = []
    real = outdir.check_written
    monkeypatch.setattr(outdir, "check_written", lambda folder, known_good=None: seen.append(known_good) or real(folder, known_good))
    (corpus / "b_city_news.md").write_text((corpus / "b_city_news.md").read_text(encoding="utf-8") + "\n\n新增一句。\n",
                                           encoding="utf-8")
    build([corpus], out, cache_dir=cache)
    ttl = (out / "graph.ttl").read_bytes()
    skipped = sorted(seen[0]["graph.ttl"])
    assert len(skipped) == 1 and 0 < skipped[0][0] < skipped[0][1] <= len(ttl)  # the unchanged document's block
    assert b"a_provincial_notice" in ttl[skipped[0][0]:skipped[0][1]]
    assert b"b_city_news" not in ttl[skipped[0][0]:skipped[0][1]]

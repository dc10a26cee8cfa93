"""The README cannot drift from the tool: every ```text block of README.md is a
console transcript (``$ policykg …`` lines, each followed by what it prints), and
this test runs each command — in a scratch folder holding a copy of seeds/, in
the order of the README — and compares what it prints with what the README shows.

Elision, the one agreed marker: a line that is only ``…`` stands for any number
of lines (none included); ``…`` inside a line stands for any text on that line
(timings, sizes: ``built graph_out in … s``). Trailing spaces do not count.

``policykg serve`` runs until stopped: it is started on a free port, its first
line (the banner, with the port shown as 8000) is compared, and it is stopped. The ```bash blocks (install, tests) are what `.ci/run` runs:
their commands must appear in it."""
from __future__ import annotations

import re
import shlex
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO, cli_command, cli_env

README = REPO / "README.md"
ELLIPSIS = "…"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


@dataclass(frozen=True)
class Transcript:
    command: str
    expected: list[str]
    line: int  # where the command stands in README.md


def transcripts(text: str) -> list[Transcript]:
    """Every ``$ command`` of the README's ```text blocks with the lines shown after it."""
    out: list[Transcript] = []
    for block in FENCE.finditer(text):
        if block.group(1) != "text":
            continue
        first_line = text.count("\n", 0, block.start(2)) + 1
        current: Transcript | None = None
        for k, line in enumerate(block.group(2).splitlines()):
            if line.startswith("$ "):
                current = Transcript(line[2:].strip(), [], first_line + k)
                out.append(current)
            elif current is not None:
                current.expected.append(line.rstrip())
    return out


def line_pattern(expected: str) -> re.Pattern[str]:
    return re.compile("^" + ".*".join(re.escape(part) for part in expected.split(ELLIPSIS)) + "$")


def matches(expected: list[str], got: list[str]) -> bool:
    """``got`` is what ``expected`` shows, ``…`` lines and ``…`` inside lines elided."""
    if not expected:
        return not got
    head, rest = expected[0], expected[1:]
    if head == ELLIPSIS:
        return any(matches(rest, got[k:]) for k in range(len(got) + 1))
    return bool(got) and bool(line_pattern(head).match(got[0])) and matches(rest, got[1:])


def run(command: str, cwd: Path) -> list[str]:
    """What the command prints (stdout and stderr as they come), its lines without trailing spaces."""
    args = shlex.split(command)
    assert args[0] == "policykg", f"README runs only policykg commands, not {args[0]!r}"
    if args[1] == "serve":
        return banner(args[1:], cwd)
    proc = subprocess.run(cli_command(*args[1:]), cwd=cwd, env=cli_env(COLUMNS="200"), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8", timeout=600)
    assert proc.returncode == 0, f"{command!r} failed ({proc.returncode}): {proc.stdout[-2000:]}"
    return [line.rstrip() for line in proc.stdout.splitlines()]


def banner(args: list[str], cwd: Path) -> list[str]:
    """The first line a server prints; the server is then stopped."""
    proc = subprocess.Popen(cli_command(*args, "--port", "0"), cwd=cwd, env=cli_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # Ctrl-C as at a terminal,
    # even when the tests run in the background (where a shell starts them with SIGINT ignored)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    return [re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:8000", line.rstrip())]  # the free port the test took


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A scratch folder with a copy of seeds/ and of the fixture documents the README
    builds (the README's commands build and read their outputs there)."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "seeds", folder / "seeds")
    shutil.copytree(REPO / "tests" / "data" / "documents", folder / "tests" / "data" / "documents")
    return folder


README_TEXT = README.read_text(encoding="utf-8")
TRANSCRIPTS = transcripts(README_TEXT)


def test_the_readme_shows_commands():
    assert len(TRANSCRIPTS) >= 5, "README.md shows fewer than five commands with their output"
    assert TRANSCRIPTS[0].command.startswith("policykg build seeds"), "the first transcript must build the seeds"


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=[f"README:{t.line}" for t in TRANSCRIPTS])
def test_a_readme_command_prints_what_the_readme_shows(transcript: Transcript, workdir: Path):
    got = run(transcript.command, workdir)
    assert matches(transcript.expected, got), (
        f"README.md line {transcript.line}: `{transcript.command}` printed\n" + "\n".join(got[:80]))


def test_the_readme_install_and_test_commands_are_what_ci_runs():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    shell = [block.group(2) for block in FENCE.finditer(README_TEXT) if block.group(1) == "bash"]
    assert len(shell) >= 2, "README.md must give the install command and the test command"
    for block in shell[:2]:
        for command in filter(None, (c.strip() for c in re.split(r"&&|\n", block))):
            assert command in ci, f"README command {command!r} is not run by .ci/run"


@pytest.mark.parametrize("expected, got, ok", [
    (["a", "…", "c"], ["a", "b", "b", "c"], True),
    (["a", "…"], ["a"], True),
    (["built in … s"], ["built in 2.1 s"], True),
    (["built in … s"], ["built in 2.1 min"], False),
    (["a", "c"], ["a", "b", "c"], False),
    (["a"], ["a", "b"], False),
])
def test_elision(expected, got, ok):
    assert matches(expected, got) is ok


def test_the_readmes_python_runs(workdir: Path):
    """The ```python blocks run (after the transcripts, which built graph_out in the scratch folder)."""
    import sys

    blocks = [block.group(2) for block in FENCE.finditer(README_TEXT) if block.group(1) == "python"]
    runnable = [b for b in blocks if "from policykg" in b]
    assert runnable, "README.md shows no Python use of policykg"
    for code in runnable:
        proc = subprocess.run([sys.executable, "-c", code], cwd=workdir, env=cli_env(), capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, f"README Python block failed:\n{code}\n{proc.stderr[-2000:]}"

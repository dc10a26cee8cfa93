"""Shared fixtures for the build, outputs and CLI tests (extraction tests use ``kit.py``).

The expensive thing is one build of ``seeds/`` (a few seconds, most of it the
spaCy/jieba start-up). ``seed_build`` does it once per test session, through
the real command line in a subprocess (``python -m policykg.cli build seeds``
run from the repository root, so ``documents.csv`` holds ``seeds/…`` paths),
and every test that only reads ``graph_out`` shares it. Tests must not modify
``seed_build.out``: copy it first (``copy_tree``).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SEEDS = REPO / "seeds"
CLI_DATA = Path(__file__).resolve().parent / "data" / "cli"
CORPUS = CLI_DATA / "corpus"  # two short invented documents (not seed text)
TEXTS = Path(__file__).resolve().parent / "data" / "texts"  # six invented texts with gold

# DESIGN.md §4: the files of graph_out and their minimum columns
CONTRACT_TABLES = {
    "documents": ["id", "path", "title", "date", "chars"],
    "mentions": ["doc", "start", "end", "text", "type", "entity"],
    "policies": ["id", "title", "aliases", "kind", "issuers", "date", "doc_number", "documents"],
    "organizations": ["id", "name", "aliases", "category", "parent", "documents"],
    "platforms": ["id", "name", "aliases", "operator", "documents"],
    "regions": ["id", "name", "level", "province", "documents"],
    "targets": ["id", "policy", "indicator", "value", "unit", "comparator", "deadline", "region",
                "doc", "start", "end", "text"],
    "observations": ["id", "indicator", "value", "unit", "comparator", "date", "region", "subject",
                     "doc", "start", "end", "text"],
    "instruments": ["id", "policy", "type", "amount", "amount_max", "unit", "comparator", "beneficiary", "condition",
                    "doc", "start", "end", "text"],
    "relations": ["subject", "predicate", "object", "doc", "start", "end"],
}
CONTRACT_FILES = ["graph.ttl", "graph.html", "graph.graphml"] + [f"tables/{t}.csv" for t in CONTRACT_TABLES]


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "policykg.cli", *map(str, args)]


def run_cli(*args: str, cwd: Path = REPO, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    """Run ``policykg`` in a subprocess (the real entry point, ``main()``)."""
    return subprocess.run(cli_command(*args), cwd=cwd, env=cli_env(**env), capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file (and "<dir>" for every folder) under ``folder``."""
    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        out[rel] = "<dir>" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@dataclass(frozen=True)
class Build:
    out: Path
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Build:
    """``policykg build seeds --out <tmp>/graph_out`` once per session (read-only for tests)."""
    out = tmp_path_factory.mktemp("seed_build") / "graph_out"
    proc = run_cli("build", "seeds", "--out", str(out))
    assert proc.returncode == 0, f"seed build failed:\n{proc.stdout}\n{proc.stderr}"
    return Build(out, proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def seed_out(seed_build) -> Path:
    return seed_build.out


@pytest.fixture(scope="session")
def seed_graph(seed_out):
    from rdflib import Graph

    return Graph().parse(seed_out / "graph.ttl", format="turtle")


@pytest.fixture(scope="session")
def seed_rebuild(tmp_path_factory) -> Path:
    """A second build of ``seeds/``, in-process (so with another hash seed than
    ``seed_build``'s subprocess and without its extraction cache), for the
    same-input-same-output tests."""
    from policykg.pipeline import build

    out = tmp_path_factory.mktemp("seed_rebuild") / "graph_out"
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        build(["seeds"], out)
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory) -> Path:
    """The two-document fixture corpus built in-process (cheap once spaCy is loaded),
    from the repository root so that paths read ``tests/data/cli/corpus/…``."""
    from policykg.pipeline import build

    out = tmp_path_factory.mktemp("corpus_build") / "graph_out"
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        build([CORPUS.relative_to(REPO).as_posix()], out)
    finally:
        os.chdir(cwd)
    return out


def pytest_collection_modifyitems(session, config, items) -> None:
    """The Dask tests run last: a Dask client leaves threads in this process, and
    with threads running the build's worker pool spawns instead of forking, so the
    worker tests that patch the extractor in this process would not reach their workers."""
    items.sort(key=lambda item: item.path.name == "test_dask.py")  # stable: the order is otherwise kept


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Eight small documents (the invented fixture texts), in one folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in sorted(TEXTS.iterdir()) + sorted(CORPUS.iterdir()):
        shutil.copy(src, folder / src.name)
    return folder

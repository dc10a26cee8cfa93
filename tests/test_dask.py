"""The build on a Dask cluster (policykg/cluster.py): a LocalCluster of two worker processes.

The same output bytes as a local build; inputs shipped as bytes to workers that
cannot see them; the extraction cache shared with local builds; a clear error
for an unreachable scheduler.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import snapshot
from policykg import cluster
from policykg.cache import file_state
from policykg.errors import DaskClusterError, DaskMissingError
from policykg.load import Source
from policykg.pipeline import build

distributed = pytest.importorskip("dask.distributed", reason="dask is not installed (pip install \"policykg[dask]\")")

REPO = Path(__file__).resolve().parents[1]
INPUTS = [REPO / "tests" / "data" / "dedup", REPO / "tests" / "data" / "cli" / "corpus",
          REPO / "seeds" / "004_230758676663448a.txt"]  # 7 + 2 + 1 files, 2 of them reposts


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of two single-threaded worker processes."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        yield lc.scheduler_address


@pytest.fixture(scope="module")
def local_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "graph_out"
    build(INPUTS, out, cache=False)
    return out


def test_a_dask_build_writes_the_bytes_of_a_local_build(scheduler, local_build, tmp_path) -> None:
    summary = build(INPUTS, tmp_path / "out", cache=False, dask=scheduler)
    assert summary.dask == scheduler and summary.documents == 8 and summary.merged == 2
    assert snapshot(tmp_path / "out") == snapshot(local_build)


def test_inputs_the_workers_cannot_see_are_shipped(scheduler, local_build, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cluster.DaskWorkers, "SHIP_FROM_START", True)
    build(INPUTS, tmp_path / "out", cache=False, dask=scheduler)
    assert snapshot(tmp_path / "out") == snapshot(local_build)


def test_the_cache_is_shared_with_local_builds(scheduler, local_build, tmp_path) -> None:
    cache = tmp_path / "cache"
    first = build(INPUTS, tmp_path / "a", cache_dir=cache, dask=scheduler)
    assert (first.cache_hits, first.cache_misses) == (0, 10)  # on workers, reposts are extracted too
    local = build(INPUTS, tmp_path / "b", cache_dir=cache)  # entries the workers wrote
    assert local.cache_hits == 8
    again = build(INPUTS, tmp_path / "a", cache_dir=cache, dask=scheduler)  # unchanged files are not even sent
    assert again.cache_misses == 0
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b") == snapshot(local_build)


def test_a_worker_loads_shipped_bytes_under_the_client_path(tmp_path) -> None:
    original = REPO / "tests" / "data" / "dedup" / "a_notice.txt"
    gone = tmp_path / "elsewhere" / "2023-07-15_notice.txt"  # a path no worker has
    source = Source(gone.as_posix(), "notice")
    outcome = cluster.remote_process(source, file_state(str(original)), original.read_bytes(), "", None, True)
    doc = outcome.result[1]
    assert (doc[0], doc[1], doc[3]) == ("notice", gone.as_posix(), "2023-07-15")  # id, path, date from the name
    assert outcome.text.startswith("关于推进中小企业数字化转型试点工作的通知") and outcome.signature


def test_a_worker_that_does_not_see_the_file_says_so(tmp_path) -> None:
    here = tmp_path / "a.txt"
    shutil.copy(REPO / "tests" / "data" / "dedup" / "a_notice.txt", here)
    state = file_state(str(here))
    assert cluster.remote_process(Source(str(tmp_path / "missing.txt"), "m"), state, None, "", None, False) is None
    changed = (state[0] + 1, state[1], state[2])
    assert cluster.remote_process(Source(str(here), "a"), changed, None, "", None, False) is None
    assert cluster.remote_process(Source(str(here), "a"), state, None, "", None, False).result[1][0] == "a"


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2.0)
    with pytest.raises(DaskClusterError, match="tcp://127.0.0.1:9: cannot reach the Dask scheduler"):
        build(INPUTS, tmp_path / "out", cache=False, dask="tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()


def test_without_dask_the_error_says_how_to_install_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import dask.distributed fails
    with pytest.raises(DaskMissingError, match=r'pip install "policykg\[dask\]"'):
        cluster.dask_client("tcp://127.0.0.1:8786")

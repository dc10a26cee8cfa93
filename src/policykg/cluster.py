"""Loading and extracting on a Dask cluster: ``policykg build INPUT --dask tcp://HOST:8786``.

The build's own process (the client) walks the inputs, links and writes, as
in a local build; each file is loaded and extracted on a worker of an
existing Dask cluster (``dask.distributed``), with the same function a local
worker runs (``pipeline.process_source``). Results are taken in input order,
so the output bytes are those of a local build.

- **Inputs**: a worker opens a file itself when it sees it at the same path
  with the same size and modification time (shared storage); otherwise it
  says so, and from then on the client ships each file's bytes with its task
  (the worker loads them from a temporary copy under the same file name).
- **Texts** come back with each result and are written by the client into
  the output's ``texts/``.
- **Cache**: workers read and write the extraction cache at the path the
  client uses (``--cache DIR``): on storage all machines share, every
  machine's extractions serve every later build.
- **Time budget**: tasks run in worker threads, where the per-document alarm
  of a local build cannot interrupt them; the client gives up on a document
  that has not come back ``2 × budget + HARD_GRACE`` seconds after it asked
  for it (reported as skipped, like a local worker that had to be killed).
  A worker that dies has its tasks moved to other workers by Dask; a task
  that kills workers again and again is reported as skipped.

Dask is an optional extra (``pip install "policykg[dask]"``): it is imported
only here, and only when ``--dask`` is given.
"""
from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path, PurePath
from typing import Any, Callable

from .cache import FileState, file_state
from .errors import DaskClusterError, DaskMissingError, DocumentTimeout
from .load import Source
from .workers import HARD_GRACE, Task, WorkerDied

CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler and to wait for a first worker


def dask_client(address: str):
    """A ``dask.distributed.Client`` of the scheduler at ``address`` with at least one worker."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise DaskMissingError(f"--dask {address}: Dask is not installed; install it with "
                               "pip install \"policykg[dask]\" (dask and distributed)") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise DaskClusterError(f"--dask {address}: cannot reach the Dask scheduler ({err}); expected the address "
                               "of a running `dask scheduler`, such as tcp://HOST:8786") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as err:
        client.close()
        raise DaskClusterError(f"--dask {address}: the scheduler has no workers after {CONNECT_TIMEOUT:g} s "
                               f"({err}); start some with `dask worker {address}`") from None
    return client


class DaskWorkers:
    """The workers of a Dask cluster, with the interface of :class:`~policykg.workers.Workers`
    that ``pipeline.extract_all`` uses: ``count``, ``budget``, ``submit``, ``result``,
    ``shutdown``, ``kill``."""

    SHIP_FROM_START = False  # ship every file's bytes without asking the workers first

    def __init__(self, address: str, budget: float | None = None) -> None:
        from .pipeline import warm_up

        self.address, self.budget = address, budget
        self.client = dask_client(address)
        self.count = max(1, sum(self.client.nthreads().values()))
        self.ship = self.SHIP_FROM_START  # True once a worker could not see an input: every file's bytes go with its task
        self.client.run(warm_up)  # the NLP pipeline and the extractors, once per worker process

    def submit(self, fn: Callable, *args: Any) -> Task:
        """Run ``fn(source, texts, cache_dir, budget, sign)`` (``pipeline.process_source``) on a worker."""
        task = Task(fn, args)
        task.future = self.remote(args, self.ship)
        return task

    def remote(self, args: tuple, ship: bool):
        source, _, cache_dir, budget, sign = args
        state = file_state(source.file or source.path)
        data = read_input(source) if ship else None
        return self.client.submit(remote_process, source, state, data, cache_dir, budget, sign, ship, pure=False)

    def result(self, task: Task):
        """The outcome of a task, in the form a local worker gives it (with the
        file's state as this machine sees it). Raises DocumentTimeout or WorkerDied."""
        from dask.distributed import KilledWorker

        limit = 2 * self.budget + HARD_GRACE if self.budget else None
        try:
            outcome = task.future.result(timeout=limit)
            if outcome is None:  # the worker could not see the file: ship it, and every later one
                self.ship = True
                task.future = self.remote(task.args, True)
                outcome = task.future.result(timeout=limit)
        except TimeoutError:
            task.future.cancel()
            raise DocumentTimeout(self.budget) from None
        except KilledWorker:
            raise WorkerDied("the Dask workers running it died (killed by the system, out of memory or a crash)") from None
        source = task.args[0]
        return replace(outcome, state=file_state(source.file or source.path)) if outcome.key else outcome

    def shutdown(self) -> None:
        self.client.close()

    def kill(self) -> None:
        """Cancel what is still running and leave the cluster."""
        try:
            self.client.cancel(list(self.client.futures.values()), force=True)
        except Exception:  # noqa: BLE001 - leaving a cluster that is itself going away
            pass
        self.client.close()


def read_input(source: Source) -> bytes | None:
    """The bytes of an input file (None when this machine cannot read it either:
    the worker then reports it as loading would)."""
    try:
        with open(source.file or source.path, "rb") as f:
            return f.read()
    except OSError:
        return None


def remote_process(source: Source, state: FileState | None, data: bytes | None, cache_dir: str,
                   budget: float | None, sign: bool, shipped: bool = False):
    """On a worker: ``pipeline.process_source`` of one file, its text sent back
    in the outcome. Without ``data``, the worker opens the file itself; None
    when it does not see it as the client does (missing, or another size or
    modification time) and the bytes were not ``shipped`` (the client could
    not read them either: the worker then tries, and reports why it cannot)."""
    from .pipeline import process_source

    if data is None:
        seen = file_state(source.file or source.path)
        if not shipped and state is not None and (seen is None or seen[:2] != state[:2]):
            return None
        return process_source(source, "", cache_dir, budget, sign)
    with tempfile.TemporaryDirectory(prefix="policykg-input-") as tmp:
        local = Path(tmp, PurePath(source.file or source.path).name)  # the same name: dates in file names still count
        local.write_bytes(data)
        return process_source(Source(source.path, source.id, str(local)), "", cache_dir, budget, sign)

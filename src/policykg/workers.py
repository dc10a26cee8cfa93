"""Worker processes that die with the build, and a time budget for each document.

- :func:`die_with_parent`: called first in each worker process (the pool's
  initializer does it), so that a build killed with ``kill -9`` leaves no
  worker behind (Linux: the kernel kills the worker when its parent dies,
  ``PR_SET_PDEATHSIG``; elsewhere a thread in the worker watches the parent);
- :func:`time_budget`: a block that raises :class:`~policykg.errors.DocumentTimeout`
  when it runs longer than its budget (``SIGALRM`` in the main thread of the
  process running it: the build's own process with one worker, each worker
  process with several);
- :class:`Workers`: the process pool of a build. A task whose worker does not
  answer long after its budget (stuck in code that never lets the alarm
  through) is given up: the workers are killed and replaced, the other tasks
  submitted again, and the task reported as timed out. A worker that dies
  (killed by the system, out of memory) costs its task one more try, then
  that task is reported and the build goes on.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

from .errors import DocumentTimeout

DOC_TIMEOUT = 60.0  # seconds a document may take to load, and again to extract (``build --doc-timeout``)
HARD_GRACE = 10.0  # seconds past twice the budget before a silent worker is killed
PR_SET_PDEATHSIG = 1


def timeout_reason(stage: str, seconds: float) -> str:
    """What a skipped document's report says: "extraction took longer than 60 s"."""
    return f"{stage} took longer than {seconds:g} s"


# ---------------------------------------------------------------- dying with the parent


def die_with_parent(parent: int) -> None:
    """Make this process end when process ``parent`` (the build) ends, however it ends."""
    if sys.platform.startswith("linux") and parent_death_signal(signal.SIGKILL):
        if os.getppid() != parent:  # the parent died before the signal was set
            os._exit(1)
        return
    threading.Thread(target=watch_parent, args=(parent,), name="policykg-watch-parent", daemon=True).start()


def parent_death_signal(sig: int) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies; False if it cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit the process as soon as its parent is no longer ``parent`` (it died: the process was adopted)."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


# ---------------------------------------------------------------- the time budget


@contextmanager
def time_budget(seconds: float | None) -> Iterator[bool]:
    """Raise DocumentTimeout inside the block when it has run ``seconds``. Yields
    whether the budget is enforced: not when ``seconds`` is 0/None, nor outside
    the main thread, nor where there is no ``SIGALRM`` (the block then runs unbounded)."""
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield False
        return

    def expired(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    armed, _ = signal.setitimer(signal.ITIMER_REAL, seconds)  # a timer of the caller's, if any: put back below
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)
        if armed:
            signal.setitimer(signal.ITIMER_REAL, max(armed - (time.monotonic() - started), 0.001))


# ---------------------------------------------------------------- the pool


class WorkerDied(Exception):
    """The worker process running a task died twice (killed by the system, out of memory, a crash)."""


class Task:
    """A call submitted to :class:`Workers`: what to run (to run it again on new
    workers), its future, and the budget it runs under."""

    __slots__ = ("fn", "args", "future", "retried")

    def __init__(self, fn: Callable, args: tuple) -> None:
        self.fn, self.args, self.retried = fn, args, False
        self.future: Future | None = None

    def done(self) -> bool:
        return self.future is not None and self.future.done()


class Workers:
    """``count`` worker processes (fork where nothing else runs in this process,
    else spawn) that die with this process; ``setup`` runs once in each (loading
    the NLP pipeline, say). ``budget``: the time budget of one task (seconds,
    None: unbounded), enforced by the task itself (:func:`time_budget`) and, as a
    backstop, by :meth:`result` (see the module's docstring)."""

    def __init__(self, count: int, budget: float | None = None, setup: Callable[[], None] | None = None) -> None:
        self.count, self.budget, self.setup = count, budget, setup
        self.tasks: list[Task] = []  # submitted, result not yet taken
        self.pool = self.new_pool()

    def new_pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        method = "fork" if "fork" in methods and threading.active_count() == 1 else "spawn"
        return ProcessPoolExecutor(max_workers=self.count, mp_context=multiprocessing.get_context(method),
                                   initializer=start_worker, initargs=(os.getpid(), self.setup))

    def submit(self, fn: Callable, *args: Any) -> Task:
        task = Task(fn, args)
        task.future = self.pool.submit(fn, *args)
        self.tasks.append(task)
        return task

    def result(self, task: Task) -> Any:
        """The task's result, waiting for it. Raises DocumentTimeout when it has not
        come ``2 × budget + HARD_GRACE`` seconds after this call (the task then ran
        over its budget: it waited at most one budget for a worker), WorkerDied
        when its worker died on its second try, or what the task raised."""
        limit = 2 * self.budget + HARD_GRACE if self.budget else None
        while True:
            try:
                value = task.future.result(timeout=limit)
            except TimeoutError:
                self.tasks.remove(task)
                self.replace_pool()
                raise DocumentTimeout(self.budget) from None
            except BrokenProcessPool:
                if task.retried:  # it broke a pool that ran it alone: it is what kills its worker
                    self.tasks.remove(task)
                    self.replace_pool()
                    raise WorkerDied("its worker process died (killed by the system, out of memory or a crash)") from None
                task.retried = True
                self.replace_pool(alone=task)  # (any task in flight broke with the one that crashed)
                continue
            except CancelledError:  # its pool was replaced while it waited (another task ran alone): run it now
                task.future = self.pool.submit(task.fn, *task.args)
                continue
            except BaseException:
                self.tasks.remove(task)
                raise
            self.tasks.remove(task)
            return value

    def replace_pool(self, alone: Task | None = None) -> None:
        """Kill the workers, start new ones and submit again every task whose result
        is neither taken nor in (done tasks keep their results) — or only ``alone``:
        a task whose pool broke runs again by itself, so that a second break is its
        own (the others, broken too, each get the same second chance when their
        results are asked for)."""
        self.kill()
        self.pool = self.new_pool()
        for task in [alone] if alone is not None else self.tasks:
            if not task.done() or task.future.cancelled() or isinstance(task.future.exception(), BrokenProcessPool):
                task.future = self.pool.submit(task.fn, *task.args)

    def kill(self) -> None:
        """Kill every worker process now and wind the pool down."""
        for process in list(getattr(self.pool, "_processes", {}).values()):
            try:
                process.kill()
            except (OSError, ValueError, AttributeError):
                pass
        self.pool.shutdown(wait=True, cancel_futures=True)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def start_worker(parent: int, setup: Callable[[], None] | None) -> None:
    """The initializer of every worker: die with the build, then ``setup``."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the build, which stops its workers
    if setup is not None:
        setup()

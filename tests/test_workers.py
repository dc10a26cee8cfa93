"""The time budget and the worker pool (``policykg.workers``); the build's use of them is in test_pipeline."""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from policykg.errors import DocumentTimeout
from policykg.workers import Workers, WorkerDied, time_budget


def test_the_budget_interrupts_a_slow_block_and_leaves_no_alarm():
    started = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with time_budget(0.2) as enforced:
            assert enforced
            time.sleep(5)
    assert time.monotonic() - started < 2
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with time_budget(1):
        pass
    time.sleep(1.2)  # nothing fires after the block


def test_the_caller_s_alarm_and_handler_are_put_back():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *a: fired.append(time.monotonic()))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with time_budget(5):
            time.sleep(0.1)
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.45
        time.sleep(0.6)
        assert len(fired) == 1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_no_budget_outside_the_main_thread_or_when_none():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(time_budget(1).__enter__()))
    thread.start()
    thread.join()
    assert seen == [False]
    with time_budget(None) as enforced:
        assert not enforced


def double(x):
    return 2 * x


def crash(x):
    os._exit(1)


def test_a_pool_whose_worker_dies_goes_on_with_new_workers():
    pool = Workers(2)
    try:
        tasks = [pool.submit(double, i) for i in range(4)]
        bad = pool.submit(crash, 0)
        after = pool.submit(double, 10)
        assert [pool.result(t) for t in tasks] == [0, 2, 4, 6]
        with pytest.raises(WorkerDied):
            pool.result(bad)
        assert pool.result(after) == 20
    finally:
        pool.shutdown()

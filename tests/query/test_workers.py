"""policykg.query.workers: killable worker processes, time limit, bounded and fair admission."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from policykg.errors import QueryTimeoutError, ServerBusyError
from policykg.query import workers as W


def toy(request: bytes) -> bytes:
    """A stand-in for the query server: echo, burn CPU, sleep, die or allocate, as asked."""
    op, _, arg = request.decode().partition(" ")
    if op == "pid":
        return str(os.getpid()).encode()
    if op == "burn":  # write the pid, then spin forever
        Path(arg).write_text(str(os.getpid()))
        while True:
            pass
    if op == "sleep":
        time.sleep(float(arg))
        return b"slept"
    if op == "die":
        os._exit(3)
    if op == "alloc":
        return bytes(int(arg))[:1]
    return b"echo " + arg.encode()


def all_gone_within(pids: list[int], seconds: float) -> bool:
    """True once none of ``pids`` is alive, polled up to ``seconds`` (a loaded machine reaps late)."""
    deadline = time.monotonic() + seconds
    while any(cpu_seconds(pid) is not None for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of a live process; None when it is gone (or a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    if fields[0] == "Z":
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture
def pool():
    p = W.Pool(toy, timeout=1.0, workers=4, reserve=2, long_after=0.2, max_queue=4, memory=256 << 20)
    yield p
    p.close()


def test_answers_and_reuses_workers(pool):
    assert pool.call(b"echo hi") == b"echo hi"
    pids = {pool.call(b"pid") for _ in range(5)}
    assert len(pids) <= 2  # idle workers are reused, not forked per request


def test_time_limit_kills_the_worker(pool, tmp_path):
    f = tmp_path / "pid"
    t0 = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="time limit of 1 s"):
        pool.call(f"burn {f}".encode())
    assert 0.9 < time.monotonic() - t0 < 1.5
    pid, gone_by = int(f.read_text()), time.monotonic() + 2  # (a loaded machine may take a moment to reap it)
    while cpu_seconds(pid) is not None and time.monotonic() < gone_by:
        time.sleep(0.05)
    assert cpu_seconds(pid) is None  # killed and reaped: no CPU used after the limit
    assert pool.call(b"echo after") == b"echo after"


def test_worker_ends_at_its_own_alarm_whatever_the_server_does(tmp_path):
    z = W.Zygote(toy, limit=0.5)
    try:
        w = z.spawn()
        f = tmp_path / "pid"
        w.conn.send_bytes(f"burn {f}".encode())  # and never look at it again
        time.sleep(0.3)
        assert cpu_seconds(int(f.read_text())) is not None
        time.sleep(0.5)
        assert cpu_seconds(int(f.read_text())) is None  # gone at 0.5 s, though nobody killed it
        z.kill(w)
    finally:
        z.close()


def test_long_slots_full_stops_the_newcomer_at_once(pool, tmp_path):
    # 4 slots, 2 reserved for new queries: the third long query is stopped when it turns long
    files = [tmp_path / f"p{i}" for i in range(3)]
    errors: list[Exception] = []

    def run(f):
        try:
            pool.call(f"burn {f}".encode())
        except Exception as exc:  # noqa: BLE001
            errors.append((time.monotonic() - t0, exc))

    t0 = time.monotonic()
    threads = [threading.Thread(target=run, args=(f,)) for f in files]
    for t in threads:
        t.start()
    time.sleep(0.5)
    # the reserved slots still answer a short query at once
    t1 = time.monotonic()
    assert pool.call(b"echo quick") == b"echo quick" and time.monotonic() - t1 < 0.3
    for t in threads:
        t.join()
    busy = [(dt, e) for dt, e in errors if isinstance(e, ServerBusyError)]
    timed_out = [e for _, e in errors if isinstance(e, QueryTimeoutError)]
    assert len(busy) == 1 and len(timed_out) == 2
    assert busy[0][0] < 0.6 and busy[0][1].retry_after >= 1 and "long queries" in str(busy[0][1])
    assert all_gone_within([int(f.read_text()) for f in files], 2.0)  # killed, not left burning


def test_full_queue_answers_busy_at_once():
    p = W.Pool(toy, timeout=5.0, workers=1, reserve=1, max_queue=2)
    try:
        threads = [threading.Thread(target=p.call, args=(b"sleep 1", f"c{i}")) for i in range(3)]  # 1 running, 2 queued
        for t in threads:
            t.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        with pytest.raises(ServerBusyError, match="1 queries running and 2 waiting"):
            p.call(b"echo x", "c9")
        assert time.monotonic() - t0 < 0.1
        for t in threads:
            t.join()
    finally:
        p.close()


def test_gate_serves_clients_in_turn():
    gate = W.Gate(slots=1, long_slots=1, max_queue=100, per_client=50)
    first = gate.enter("a", 1)
    order: list[str] = []

    def client(name: str) -> None:
        t = gate.enter(name, 5)
        order.append(name)
        time.sleep(0.01)
        gate.leave(t)

    threads = [threading.Thread(target=client, args=("a",)) for _ in range(5)]
    for t in threads:
        t.start()
    time.sleep(0.1)
    late = threading.Thread(target=client, args=("b",))
    late.start()
    time.sleep(0.1)
    gate.leave(first)
    for t in threads + [late]:
        t.join()
    assert order.index("b") <= 1  # b waits for at most one of a's five queued queries


def test_gate_caps_one_client_queue():
    gate = W.Gate(slots=1, long_slots=1, max_queue=10, per_client=2)
    held = gate.enter("a", 1)
    waiting = [threading.Thread(target=lambda: gate.leave(gate.enter("a", 2))) for _ in range(2)]
    for t in waiting:
        t.start()
    time.sleep(0.1)
    with pytest.raises(ServerBusyError, match="2 of your queries"):
        gate.enter("a", 1)
    gate.leave(held)
    for t in waiting:
        t.join()


def test_dead_worker_is_an_error_and_replaced(pool):
    with pytest.raises(W.WorkerDiedError, match="ended before answering"):
        pool.call(b"die")
    assert pool.call(b"echo again") == b"echo again"


def test_memory_cap_stops_the_query_not_the_machine(pool):
    with pytest.raises(W.WorkerDiedError, match="more memory"):
        pool.call(f"alloc {1 << 30}".encode())
    assert pool.call(b"echo fine") == b"echo fine"


def test_close_ends_every_process(tmp_path):
    p = W.Pool(toy, timeout=5.0, workers=2, reserve=1)
    pid = int(p.call(b"pid"))
    zygote = p.zygote.pid
    p.close()
    time.sleep(0.1)
    assert cpu_seconds(pid) is None and cpu_seconds(zygote) is None


def test_close_does_not_wait_for_a_zygote_still_warming_its_caches():
    z = W.Zygote(toy, warm=lambda: time.sleep(60))  # a warm-up that a loaded machine makes last
    t0 = time.monotonic()
    z.close(grace=0.5)
    assert time.monotonic() - t0 < 3
    assert cpu_seconds(z.pid) is None

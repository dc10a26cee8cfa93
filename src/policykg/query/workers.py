"""Run each query in a worker process that can be stopped, with bounded, fair concurrency.

A query inside the SPARQL engine cannot be interrupted from Python (pyoxigraph
has no time limit or cancellation), so the endpoint runs it in a process and
kills that process when the time limit passes: the CPU is free at once.

- **Zygote.** Right after the store is loaded (before any server thread
  exists) one process is forked: the zygote. It forks the workers on request,
  so every worker starts from the loaded store (shared copy-on-write, nothing
  reloaded) and is forked from a single-threaded process. Workers ignore
  SIGINT and exit when the server goes away (their socket closes).
- **Slots.** At most ``workers`` queries run at once. A query still running
  after ``long_after`` seconds (default: a quarter of the time limit, at most
  2 s — longer than any shipped query takes at a million triples) becomes
  *long*: its process is lowered to the weakest CPU priority (nice 19), and
  only ``workers - reserve`` long queries may run at once, so ``reserve``
  slots are always left for new queries. A query that turns long when the
  long slots are full is stopped at once (ServerBusyError, Retry-After). A
  niced worker is not reused (its priority cannot be raised again).
- **Queue.** A query that finds no free slot waits in a queue served
  round-robin by client address, so one client's many queries do not delay
  another client's one. At most ``max_queue`` queries wait (``max_queue // 2``
  per client), each for at most the time limit: beyond that the answer is
  ServerBusyError at once, never after minutes.
- **Time limit.** When a query has run ``timeout`` seconds its worker dies
  of its own alarm (SIGALRM, delivered by the kernel even inside the engine,
  however busy the server's threads are); the server also kills it
  (SIGKILL) when its wait ends, and raises QueryTimeoutError.
- **Memory.** Each worker's address space may grow ``memory`` bytes beyond
  the loaded store (default: the memory available at start shared among the
  slots, between 256 MB and 2 GB); past that its allocation fails and the
  worker dies (WorkerDiedError), not the machine.

Linux and macOS (needs ``os.fork``).
"""
from __future__ import annotations

import contextlib
import math
import os
import resource
import signal
import socket
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from ..errors import PolicyKGError, QueryTimeoutError, ServerBusyError

LONG_AFTER = 2.0  # seconds: a query still running after this (or a quarter of the time limit) is "long"
MEMORY = (256 << 20, 2 << 30)  # bounds of what a worker may allocate beyond the loaded store, bytes


class WorkerDiedError(PolicyKGError):
    """A worker process ended while running a query (out of memory, or killed from outside)."""


def default_workers() -> int:
    """Slots: four per CPU, at least eight (a slot waiting on I/O or at nice 19 costs little)."""
    return max(8, 4 * (os.cpu_count() or 1))


def default_memory(workers: int) -> int:
    """Bytes one worker may allocate: MemAvailable shared by the slots, within MEMORY's bounds."""
    try:
        with open("/proc/meminfo") as f:
            available = next(int(line.split()[1]) * 1024 for line in f if line.startswith("MemAvailable:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return MEMORY[1]
    return max(MEMORY[0], min(MEMORY[1], available // (workers + 1)))


# ---------------------------------------------------------------- the processes


@dataclass(eq=False)
class Worker:
    pid: int
    conn: Connection
    niced: bool = False


def recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = b""
    while len(buf) < n:
        try:
            chunk = sock.recv(n - len(buf))
        except InterruptedError:
            continue
        if not chunk:
            return None
        buf += chunk
    return buf


def address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), None when unknown."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def worker_main(sock: socket.socket, serve_one: Callable[[bytes], bytes], memory: int | None,
                limit: float | None) -> None:
    """Answer requests on ``sock`` until it closes, each within ``limit`` seconds; never returns."""
    conn = Connection(sock.detach())
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # the alarm ends the process
    base = address_space()
    if memory and base:
        try:
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            cap = base + memory
            resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
        except (ValueError, OSError):
            pass
    while True:
        try:
            request = conn.recv_bytes()
        except (EOFError, OSError):
            os._exit(0)
        if limit:
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            reply = b"\x00" + serve_one(request)
        except MemoryError:
            reply = b"\x01the query needed more memory than a query may use"
        except BaseException as exc:  # noqa: BLE001  (the worker must answer, whatever happened)
            reply = b"\x01" + f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")
        signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            conn.send_bytes(reply)
        except (OSError, ValueError):
            os._exit(0)


def zygote_main(sock: socket.socket, serve_one: Callable[[bytes], bytes], warm: Callable[[], None] | None,
                memory: int | None, limit: float | None) -> None:
    """Fork workers on request (``S``), kill and reap them (``K`` pid); exit when ``sock`` closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    children: set[int] = set()
    if warm is not None:
        try:
            warm()  # caches every worker forked from now on inherits
        except Exception:  # noqa: BLE001  (a cold cache is slower, not wrong)
            pass
    while True:
        msg = recv_exact(sock, 9)
        if msg is None:
            break
        op, arg = msg[:1], int.from_bytes(msg[1:], "little")
        if op == b"S":
            mine, theirs = socket.socketpair()
            pid = os.fork()
            if pid == 0:
                sock.close()
                mine.close()
                worker_main(theirs, serve_one, memory, limit)
                os._exit(0)
            theirs.close()
            children.add(pid)
            socket.send_fds(sock, [pid.to_bytes(8, "little")], [mine.fileno()])
            mine.close()
        elif op == b"K" and arg in children:
            # SIGKILL, not waited for: a worker at nice 19 on a busy machine may wait
            # seconds for the CPU to die, and meanwhile the zygote would fork nothing
            # (every new query waiting). It runs nothing once killed; reaped below.
            try:
                os.kill(arg, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for pid in list(children):  # workers killed above, or that died on their own (out of memory)
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    children.discard(pid)
            except ChildProcessError:
                children.discard(pid)
    for pid in children:
        kill_and_reap(pid)


def kill_and_reap(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


class Zygote:
    """The parent's handle on the zygote process."""

    def __init__(self, serve_one: Callable[[bytes], bytes], warm: Callable[[], None] | None = None,
                 memory: int | None = None, limit: float | None = None):
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the zygote
            ours.close()
            try:
                zygote_main(theirs, serve_one, warm, memory, limit)
            finally:
                os._exit(0)
        theirs.close()
        self.pid, self.sock, self.lock = pid, ours, threading.Lock()
        self.workers: set[int] = set()  # pids of the workers it forked for us and not yet killed

    def spawn(self) -> Worker:
        with self.lock:
            self.sock.sendall(b"S" + bytes(8))
            data, fds, _, _ = socket.recv_fds(self.sock, 8, 1)
        if len(data) != 8 or len(fds) != 1:
            raise WorkerDiedError("the query process manager has stopped; restart `policykg serve`")
        worker = Worker(int.from_bytes(data, "little"), Connection(fds[0]))
        self.workers.add(worker.pid)
        return worker

    def kill(self, worker: Worker) -> None:
        worker.conn.close()
        self.workers.discard(worker.pid)
        try:
            with self.lock:
                self.sock.sendall(b"K" + worker.pid.to_bytes(8, "little"))
        except OSError:
            pass

    def close(self, grace: float = 5.0) -> None:
        """Stop the zygote: it kills its workers and exits when its socket closes; one still
        busy after ``grace`` seconds (warming its caches at low priority on a loaded machine)
        is killed, with the workers it forked."""
        self.sock.close()
        deadline = time.monotonic() + grace
        try:
            while not os.waitpid(self.pid, os.WNOHANG)[0]:
                if time.monotonic() > deadline:
                    for pid in (*self.workers, self.pid):
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
                    break
                time.sleep(0.02)
        except ChildProcessError:
            pass


# ---------------------------------------------------------------- admission


@dataclass(eq=False)
class Ticket:
    client: str
    event: threading.Event = field(default_factory=threading.Event)
    granted: bool = False
    long: bool = False


class Gate:
    """Slots for running queries, a fair queue for the rest, and a cap on long queries."""

    def __init__(self, slots: int, long_slots: int, max_queue: int, per_client: int):
        self.slots, self.long_slots, self.max_queue, self.per_client = slots, long_slots, max_queue, per_client
        self.lock = threading.Lock()
        self.running = self.long = self.queued = 0
        self.waiting: OrderedDict[str, deque[Ticket]] = OrderedDict()

    def enter(self, client: str, wait: float) -> Ticket:
        """A running slot for ``client``, waiting at most ``wait`` seconds in the fair queue."""
        ticket = Ticket(client)
        with self.lock:
            if self.running < self.slots and not self.queued:
                self.running += 1
                ticket.granted = True
                return ticket
            if self.queued >= self.max_queue:
                raise ServerBusyError(f"server busy: {self.running} queries running and {self.queued} waiting; retry shortly")
            mine = self.waiting.setdefault(client, deque())
            if len(mine) >= self.per_client:
                raise ServerBusyError(f"server busy: {len(mine)} of your queries are already waiting; retry shortly")
            mine.append(ticket)
            self.queued += 1
        if ticket.event.wait(wait):
            return ticket
        with self.lock:
            if ticket.granted:
                return ticket
            mine = self.waiting.get(client)
            if mine is not None and ticket in mine:
                mine.remove(ticket)
                self.queued -= 1
                if not mine:
                    del self.waiting[client]
        raise ServerBusyError(f"server busy: no query slot came free within {wait:g} s; retry shortly")

    def promote(self, ticket: Ticket) -> bool:
        """Count the ticket's query as long, if a long slot is free."""
        with self.lock:
            if self.long >= self.long_slots:
                return False
            self.long += 1
            ticket.long = True
            return True

    def leave(self, ticket: Ticket) -> None:
        """Free the ticket's slot: hand it to the next client in turn, or give it back."""
        with self.lock:
            if ticket.long:
                self.long -= 1
            while self.waiting:
                client, mine = next(iter(self.waiting.items()))
                nxt = mine.popleft()
                self.queued -= 1
                if mine:
                    self.waiting.move_to_end(client)
                else:
                    del self.waiting[client]
                nxt.granted = True
                nxt.event.set()
                return
            self.running -= 1


# ---------------------------------------------------------------- the pool


class Pool:
    """``call(request, client)`` runs ``serve_one(request)`` in a worker under the rules of the module doc."""

    def __init__(self, serve_one: Callable[[bytes], bytes], timeout: float = 10.0, workers: int | None = None,
                 reserve: int | None = None, long_after: float | None = None, max_queue: int = 256,
                 memory: int | None = None, warm: Callable[[], None] | None = None):
        self.timeout = timeout
        self.workers = workers or default_workers()
        wanted = reserve if reserve is not None else max(2, self.workers // 4)
        self.reserve = max(0, min(wanted, self.workers - 1))  # at least one slot may run a long query
        self.long_after = min(long_after if long_after is not None else LONG_AFTER, timeout / 4)
        self.gate = Gate(self.workers, self.workers - self.reserve, max_queue, max(1, max_queue // 2))
        self.memory = default_memory(self.workers) if memory is None else memory  # 0: no cap
        self.zygote = Zygote(serve_one, warm, self.memory, limit=timeout)
        self.idle: list[Worker] = []
        self.lock = threading.Condition()
        self.closed = False
        self.keeper = threading.Thread(target=self.keep_idle, name="policykg-workers", daemon=True)
        self.keeper.start()

    # -- worker bookkeeping

    def keep_idle(self) -> None:
        """Keep ``reserve`` (at least one) idle workers forked, so a query rarely waits for a fork."""
        while True:
            with self.lock:
                while not self.closed and len(self.idle) >= max(1, self.reserve):
                    self.lock.wait()
                if self.closed:
                    return
            try:
                w = self.zygote.spawn()
            except (OSError, WorkerDiedError):
                return  # the zygote is gone (server closing); take() reports it to the next query
            with self.lock:
                if self.closed:
                    self.zygote.kill(w)
                    return
                self.idle.append(w)
                self.lock.notify_all()

    def take(self) -> Worker:
        with self.lock:
            if self.idle:
                w = self.idle.pop()
                self.lock.notify_all()
                return w
        try:
            return self.zygote.spawn()
        except OSError as exc:
            raise WorkerDiedError(f"cannot start a query process: {exc}") from None

    def give_back(self, w: Worker) -> None:
        if w.niced:
            return self.discard(w)
        with self.lock:
            if not self.closed:
                self.idle.append(w)
                return
        self.discard(w)

    def discard(self, w: Worker) -> None:
        self.zygote.kill(w)
        with self.lock:
            self.lock.notify_all()

    # -- running one request

    def call(self, request: bytes, client: str = "") -> bytes:
        """The worker's reply to ``request``; raises ServerBusyError, QueryTimeoutError, WorkerDiedError."""
        ticket = self.gate.enter(client, self.timeout)
        w: Worker | None = None
        try:
            w = self.take()
            reply = self.exchange(w, ticket, request)
            self.give_back(w)
            w = None
        finally:
            if w is not None:
                self.discard(w)
            self.gate.leave(ticket)
        if reply[:1] != b"\x00":
            raise WorkerDiedError("query failed in its worker: " + reply[1:].decode("utf-8", "replace"))
        return reply[1:]

    def exchange(self, w: Worker, ticket: Ticket, request: bytes) -> bytes:
        deadline = time.monotonic() + self.timeout
        try:
            w.conn.send_bytes(request)
            if not w.conn.poll(self.long_after):
                if not self.gate.promote(ticket):
                    raise ServerBusyError(f"server busy: {self.gate.long_slots} long queries are already running; "
                                          "this one was stopped; retry later", retry_after=math.ceil(self.timeout))
                try:
                    os.setpriority(os.PRIO_PROCESS, w.pid, 19)
                except OSError:
                    pass
                w.niced = True
                if not w.conn.poll(max(0.0, deadline - time.monotonic())):
                    raise QueryTimeoutError(f"query exceeded the time limit of {self.timeout:g} s and was stopped")
            return w.conn.recv_bytes()
        except (EOFError, OSError):
            if self.closed:
                raise ServerBusyError("the server is shutting down") from None
            if time.monotonic() > deadline - 0.05:  # the worker's own alarm ended it
                raise QueryTimeoutError(f"query exceeded the time limit of {self.timeout:g} s and was stopped") from None
            raise WorkerDiedError("the query's process ended before answering (it probably needed more memory "
                                  "than a query may use)") from None

    def close(self) -> None:
        with self.lock:
            self.closed = True
            idle, self.idle = self.idle, []
            self.lock.notify_all()
        for w in idle:
            self.zygote.kill(w)
        self.zygote.close()

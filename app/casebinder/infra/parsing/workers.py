"""Parser worker processes: untrusted files are read here, never in the app's own process.

Each worker is a long-lived ``spawn`` process (safe beside a running Qt GUI) with an address-space cap; each
request gets a wall-clock limit. A worker that overruns is killed and replaced, one that dies is replaced,
and in both cases the file gets a one-line reason instead of taking the app down. Results come back in input
order while up to two requests per worker are in flight, so both cores parse while the vault writes.
"""

import atexit
import contextlib
import importlib
import logging
import multiprocessing
import os
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol

from casebinder.infra.parsing.requests import Limits, Parsed, Refusal
from casebinder.logs import safe

log = logging.getLogger("casebinder.infra.parsing")

ParseResult = Parsed | Refusal
DEFAULT_TARGET = "casebinder.infra.parsing.readers:handle"
READY = "ready"  # a worker's first message: it has started and imported its reader; clocks start now
TIRED = "tired"  # sent after an answer: this worker has used half its memory cap; send it nothing more
MEMORY_EXIT = 86  # a worker that ran out of memory after reading other files exits so (its heap is suspect)
STARTUP_SECONDS = 300.0  # a worker that cannot even start (a machine in swap) is given up on after this
STARTUP_ATTEMPTS = 3  # workers that die before they are ready, in a row, before files are refused
# A worker is retired after this many files and a fresh one takes over: the readers' libraries keep a little
# address space per file (about 0.5 MB each, measured with small PDFs), which the memory cap counts, so a
# worker that read ~2,900 files in one import died of it, taking a good file with it (SIGTRAP, exit -5).
FILES_PER_WORKER = 500


class Request(Protocol):
    """What a worker is asked to do: parse a file, render a page... Each carries its own limits."""

    @property
    def name(self) -> str: ...

    @property
    def limits(self) -> Limits: ...


def _limit_memory(megabytes: int) -> None:
    if sys.platform == "win32":  # no rlimit; the wall-clock limit still applies
        return
    import resource

    cap = megabytes * 1024 * 1024
    # RLIMIT_DATA (writable private memory), not RLIMIT_AS: PDFium reserves large address ranges it never
    # touches, and an address-space cap makes it abort on a perfectly good file.
    for limit in (resource.RLIMIT_DATA,):
        _soft, hard = resource.getrlimit(limit)
        resource.setrlimit(limit, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0][:160]}" if text else type(error).__name__


def _inbox(conn: Connection) -> "queue.Queue[Any]":
    """Requests as they arrive, read by a thread of their own (None: the pool is done, or gone).

    The pool sends a worker its next file while this one is read. Both are often larger than a pipe holds
    (a 2 MB photo in, its pages out): a worker writing its answer while the pool writes it the next file
    would wait on each other for ever (an export of phone photos hung so). Reading requests as they come
    means the pool's write always finishes, and then it reads the answer."""
    inbox: queue.Queue[Any] = queue.Queue()

    def receive() -> None:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                request = None
            inbox.put(request)
            if request is None:
                return

    threading.Thread(target=receive, name="casebinder-parser-inbox", daemon=True).start()
    return inbox


def _worker_main(conn: Connection, memory_mb: int, target: str) -> None:
    from casebinder.hardening import harden_process

    harden_process()  # no core dump of a crashed reader: it held the file's decoded text
    _limit_memory(memory_mb)
    logging.disable(logging.WARNING)  # readers' complaints about broken files become refusal reasons instead
    module_name, function_name = target.split(":")
    module = importlib.import_module(module_name)
    parse: Callable[[Any], Any] = getattr(module, function_name)
    warm_up = getattr(importlib.import_module(DEFAULT_TARGET.split(":")[0]), "warm_up", None)
    if warm_up is not None:
        warm_up()  # the readers' own imports (Qt, pypdf, Pillow) are start-up, not the first file's time
    conn.send(READY)
    inbox = _inbox(conn)
    answered = 0
    tired = False
    while True:
        request = inbox.get()
        if request is None:
            return
        try:
            result: ParseResult = parse(request)
        except MemoryError:
            if answered:  # what the files before it left may be to blame: the pool tries it in a fresh worker
                os._exit(MEMORY_EXIT)
            result = Refusal("needs more than {memory_mb} MB of memory to read", memory_mb=memory_mb)
        except Exception as error:  # a reader bug on a hostile file: refuse the file, keep the worker
            result = Refusal("could not read the file ({problem})", problem=_first_line(error))
        try:
            conn.send(result)
        except MemoryError:
            conn.send(Refusal("needs more than {memory_mb} MB of memory to read", memory_mb=memory_mb))
        answered += 1
        if not tired and _memory_used_mb() > memory_mb // 2:
            tired = True
            conn.send(TIRED)


def _memory_used_mb() -> int:
    """What the memory cap counts (RLIMIT_DATA: the data segment and private mappings), where it can be
    read. PDFium keeps about 1.4 MB of it per PDF read (not resident: it is never given back), so a worker
    that read a thousand 50 kB letters hit its 1.5 GB cap and refused good files one after the other."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmData:"):
                return int(line.split()[1]) // 1024
    return 0


@dataclass
class _Job:
    index: int
    request: Request
    started: float | None = None  # when it reached the front of a started worker's queue: its clock's start
    second_try: bool = False  # it was running when a worker that had read other files died

    @property
    def deadline(self) -> float:
        assert self.started is not None
        return self.started + self.request.limits.seconds


class _Worker:
    def __init__(self, context: Any, memory_mb: int, target: str) -> None:
        parent, child = context.Pipe()
        self.conn: Connection = parent
        self.process = context.Process(
            target=_worker_main, args=(child, memory_mb, target), daemon=True, name="casebinder-parser"
        )
        self.process.start()
        self.spawned = time.monotonic()
        child.close()
        self.ready = False  # until its READY arrives, no file's clock runs: start-up is not the file's fault
        self.jobs: deque[_Job] = deque()  # sent and not yet answered, oldest (the one running) first
        self.sent = 0  # files sent to it, over its life

    @property
    def retiring(self) -> bool:
        return self.sent >= FILES_PER_WORKER

    def submit(self, job: _Job) -> None:
        if not self.jobs and self.ready:
            job.started = time.monotonic()
        self.jobs.append(job)
        self.sent += 1
        with contextlib.suppress(OSError):  # a dead worker: noticed by its sentinel, the job sent on
            self.conn.send(job.request)

    def started_up(self) -> None:
        self.ready = True
        if self.jobs:
            self.jobs[0].started = time.monotonic()

    def answered(self) -> _Job:
        """The front job got its answer: the next one queued in the pipe is now running."""
        job = self.jobs.popleft()
        if self.jobs:
            self.jobs[0].started = time.monotonic()
        return job

    @property
    def deadline(self) -> float:
        """When the front job (or, before READY, the start-up) runs out of time."""
        if not self.ready:
            return self.spawned + STARTUP_SECONDS
        return self.jobs[0].deadline

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


class ParserPool:
    """A few parser processes, started on first use and reused across files."""

    QUEUE_DEPTH = 2  # requests sent ahead per worker: it starts the next file while the vault stores the last

    def __init__(
        self, processes: int | None = None, *, memory_mb: int | None = None, target: str = DEFAULT_TARGET
    ) -> None:
        self.size = processes or max(1, min(os.cpu_count() or 1, 4))
        self.memory_mb = memory_mb or Limits().memory_mb
        self.target = target
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._failed_starts = 0

    def __enter__(self) -> "ParserPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._idle:
            worker.stop()
        self._idle.clear()

    def start(self) -> None:
        """Start the workers now, without waiting for them: they start up (about a second each on a busy
        machine) while the caller prepares its first request."""
        while len(self._idle) < self.size:
            self._idle.append(_Worker(self._context, self.memory_mb, self.target))

    def parse_one(self, request: Request) -> Any:
        return next(self.map([request]))

    def map(self, requests: Iterable[Request]) -> Generator[Any, None, None]:
        """Parse in parallel; yield results in the order of ``requests``. Closing the iterator cancels.

        Each worker holds up to ``QUEUE_DEPTH`` requests, so it never waits for the caller to come back for
        a result before starting on the next file. A job queued behind one that hangs or crashes the worker
        is sent again to a fresh worker; it is not blamed.
        """
        pending = enumerate(requests)
        retry: deque[_Job] = deque()
        workers: list[_Worker] = []
        finished: dict[int, ParseResult] = {}
        next_index = 0
        window = self.size * (self.QUEUE_DEPTH + 1)  # jobs in flight plus results held for in-order delivery
        try:
            while True:
                self._fill(workers, pending, retry, finished, window)
                if next_index in finished:
                    yield finished.pop(next_index)
                    next_index += 1
                    continue
                if not any(w.jobs for w in workers):
                    return  # nothing in flight, nothing left to send, nothing held back
                self._collect(workers, finished, retry)
        finally:
            for worker in workers:
                if worker.jobs:  # cancelled with work in flight: those results will never be read
                    worker.kill()
                elif worker.retiring:
                    worker.stop()
                else:
                    self._idle.append(worker)

    def map_ahead(self, requests: Iterable[Request], hold: int = 4) -> "AnswersAhead":
        """:meth:`map` on a thread of its own: requests are made (``requests`` is iterated on that thread,
        so it opens its own vault session) and sent while the caller works on earlier answers. An export
        spent its first second on scans that need no worker while the workers waited for the photos
        behind them."""
        return AnswersAhead(self.map(requests), hold)

    def _fill(
        self,
        workers: list[_Worker],
        pending: Iterator[tuple[int, Request]],
        retry: deque[_Job],
        finished: dict[int, ParseResult],
        window: int,
    ) -> None:
        in_flight = sum(len(w.jobs) for w in workers)
        for depth in range(1, self.QUEUE_DEPTH + 1):  # first give every worker one job, then queue more
            while in_flight + len(finished) < window:
                worker = self._worker_with_room(workers, depth)
                if worker is None:
                    break
                if retry:
                    job = retry.popleft()
                else:
                    item = next(pending, None)
                    if item is None:
                        return
                    job = _Job(item[0], item[1])
                worker.submit(job)
                in_flight += 1

    def _worker_with_room(self, workers: list[_Worker], depth: int) -> _Worker | None:
        for worker in [w for w in workers if w.retiring and not w.jobs]:  # its files done: a fresh one
            worker.stop()
            workers.remove(worker)
        for worker in workers:
            if len(worker.jobs) < depth and not worker.retiring:
                return worker
        # A retiring worker does not count: its successor starts now, while it finishes what it was sent,
        # instead of after (a second of start-up every 500 files, with half the workers idle meanwhile).
        if sum(not w.retiring for w in workers) < self.size:
            workers.append(
                self._idle.pop() if self._idle else _Worker(self._context, self.memory_mb, self.target)
            )
            return workers[-1]
        return None

    def _collect(self, workers: list[_Worker], finished: dict[int, ParseResult], retry: deque[_Job]) -> None:
        busy = [w for w in workers if w.jobs]
        deadline = min(w.deadline for w in busy)
        watched = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        wait(watched, timeout=max(0.0, deadline - time.monotonic()))
        for worker in busy:
            while worker.jobs and worker.conn.poll():
                try:
                    result: Any = worker.conn.recv()
                except (EOFError, OSError):
                    self._replace(worker, workers, finished, retry, self._death_refusal(worker), died=True)
                    break
                if result == READY and not worker.ready:
                    worker.started_up()
                    self._failed_starts = 0
                    continue
                if result == TIRED:  # it finishes what it was sent; a fresh worker takes the rest
                    worker.sent = max(worker.sent, FILES_PER_WORKER)
                    continue
                finished[worker.answered().index] = result
            else:
                if not worker.process.is_alive() and worker.jobs:
                    self._replace(worker, workers, finished, retry, self._death_refusal(worker), died=True)
                elif worker.jobs and time.monotonic() >= worker.deadline:
                    if worker.ready:
                        seconds = worker.jobs[0].request.limits.seconds
                        refusal = Refusal("took longer than {seconds} s to read", seconds=f"{seconds:g}")
                    else:
                        refusal = Refusal(
                            "the reader did not start within {seconds} s", seconds=f"{STARTUP_SECONDS:g}"
                        )
                    self._replace(worker, workers, finished, retry, refusal)

    def _replace(
        self,
        worker: _Worker,
        workers: list[_Worker],
        finished: dict[int, ParseResult],
        retry: deque[_Job],
        refusal: Refusal,
        *,
        died: bool = False,
    ) -> None:
        """The running job is refused; the worker goes, and the jobs queued behind it go to another.

        A worker that died before it was ready blames no file: its jobs all go to a fresh worker, up to
        ``STARTUP_ATTEMPTS`` times in a row (then the reader cannot start on this machine, and says so).
        A worker that died on a file after reading others may have died of them (memory they left): the
        file gets one more try in a fresh worker, and is refused only if it kills that one too.
        """
        worker.kill()
        workers.remove(worker)
        log.warning("parser worker replaced: %s", safe(refusal.reason))
        running = worker.jobs[0] if worker.jobs else None
        read_others = worker.sent > len(worker.jobs)  # it answered files before this one
        if not worker.ready and self._failed_starts + 1 < STARTUP_ATTEMPTS:
            self._failed_starts += 1
        elif died and worker.ready and running is not None and read_others and not running.second_try:
            running.second_try = True
        else:
            if not worker.ready:
                worker.process.join(1)
                refusal = Refusal(
                    "the file reader could not start (exit code {exitcode})", exitcode=worker.process.exitcode
                )
            finished[worker.jobs.popleft().index] = refusal
        for job in worker.jobs:
            job.started = None
        retry.extendleft(reversed(worker.jobs))

    def _death_refusal(self, worker: _Worker) -> Refusal:
        worker.process.join(1)
        code = worker.process.exitcode
        if (code is not None and code < 0 and -code == 9) or code == MEMORY_EXIT:
            return Refusal(
                "needs more than {memory_mb} MB of memory to read (the reader was stopped)",
                memory_mb=self.memory_mb,
            )
        return Refusal("the file crashed the reader (exit code {code}); it is probably damaged", code=code)


class AnswersAhead:
    """Answers in order, produced on a thread; ``close`` stops it (and its workers) and waits for it."""

    def __init__(self, answers: Generator[Any, None, None], hold: int) -> None:
        self._answers = answers
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=hold)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="casebinder-answers-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for answer in self._answers:
                if not self._put(("answer", answer)):
                    return
            self._put(("end", None))
        except BaseException as error:  # handed to the caller, raised there
            self._put(("error", error))
        finally:
            self._answers.close()  # kills workers still busy with answers nobody will read

    def _put(self, item: tuple[str, Any]) -> bool:
        while not self._stop.is_set():
            with contextlib.suppress(queue.Full):
                self._queue.put(item, timeout=0.2)  # woken by close() draining the queue, or a fresh look
                return True
        return False

    def __iter__(self) -> "AnswersAhead":
        return self

    def __next__(self) -> Any:
        kind, value = self._queue.get()
        if kind == "error":
            raise value
        if kind == "end":
            self._queue.put(("end", None))
            raise StopIteration
        return value

    def close(self) -> None:
        self._stop.set()
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.2)
        self._thread.join()

    def __enter__(self) -> "AnswersAhead":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_shared: ParserPool | None = None


def shared_pool() -> ParserPool:
    """One pool per process, started on first use and stopped at exit: later imports skip the start-up."""
    global _shared
    if _shared is None:
        _shared = ParserPool()
        atexit.register(_shared.close)
    return _shared

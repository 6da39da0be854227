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
import sys
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from casebinder.services.parsing import Limits, Parsed, ParseRequest, Refusal

ParseResult = Parsed | Refusal
DEFAULT_TARGET = "casebinder.services.parsing:parse"


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


def _worker_main(conn: Connection, memory_mb: int, target: str) -> None:
    _limit_memory(memory_mb)
    logging.disable(logging.WARNING)  # readers' complaints about broken files become refusal reasons instead
    module_name, function_name = target.split(":")
    module = importlib.import_module(module_name)
    parse: Callable[[ParseRequest], ParseResult] = getattr(module, function_name)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            result: ParseResult = parse(request)
        except MemoryError:
            result = Refusal(f"needs more than {memory_mb} MB of memory to read")
        except Exception as error:  # a reader bug on a hostile file: refuse the file, keep the worker
            result = Refusal(f"could not read the file ({_first_line(error)})")
        try:
            conn.send(result)
        except MemoryError:
            conn.send(Refusal(f"needs more than {memory_mb} MB of memory to read"))


@dataclass
class _Job:
    index: int
    request: ParseRequest
    started: float


class _Worker:
    def __init__(self, context: Any, memory_mb: int, target: str) -> None:
        parent, child = context.Pipe()
        self.conn: Connection = parent
        self.process = context.Process(
            target=_worker_main, args=(child, memory_mb, target), daemon=True, name="casebinder-parser"
        )
        self.process.start()
        child.close()
        self.job: _Job | None = None

    def submit(self, job: _Job) -> None:
        self.job = job
        self.conn.send(job.request)

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

    def __init__(
        self, processes: int | None = None, *, memory_mb: int | None = None, target: str = DEFAULT_TARGET
    ) -> None:
        self.size = processes or max(1, min(os.cpu_count() or 1, 4))
        self.memory_mb = memory_mb or Limits().memory_mb
        self.target = target
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []

    def __enter__(self) -> "ParserPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._idle:
            worker.stop()
        self._idle.clear()

    def _take_worker(self) -> _Worker:
        return self._idle.pop() if self._idle else _Worker(self._context, self.memory_mb, self.target)

    def parse_one(self, request: ParseRequest) -> ParseResult:
        return next(self.map([request]))

    def map(self, requests: Iterable[ParseRequest]) -> Generator[ParseResult, None, None]:
        """Parse in parallel; yield results in the order of ``requests``. Closing the iterator cancels."""
        pending = enumerate(requests)
        exhausted = False
        busy: list[_Worker] = []
        finished: dict[int, ParseResult] = {}
        next_index = 0
        window = self.size * 2
        try:
            while True:
                while not exhausted and len(busy) < self.size and len(busy) + len(finished) < window:
                    item = next(pending, None)
                    if item is None:
                        exhausted = True
                        break
                    worker = self._take_worker()
                    worker.submit(_Job(item[0], item[1], time.monotonic()))
                    busy.append(worker)
                if next_index in finished:
                    yield finished.pop(next_index)
                    next_index += 1
                    continue
                if not busy:
                    if exhausted:
                        return
                    continue
                self._collect(busy, finished)
        finally:
            for worker in busy:  # cancelled with work in flight: those results will never be read
                worker.kill()

    def _collect(self, busy: list[_Worker], finished: dict[int, ParseResult]) -> None:
        now = time.monotonic()
        deadline = min(w.job.started + w.job.request.limits.seconds for w in busy if w.job)
        watched = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = wait(watched, timeout=max(0.0, deadline - now))
        for worker in list(busy):
            job = worker.job
            assert job is not None
            result: ParseResult | None = None
            if worker.conn in ready or worker.process.sentinel in ready:
                try:
                    result = worker.conn.recv()
                except (EOFError, OSError):
                    result = Refusal(self._death_reason(worker))
                    worker.kill()
                    busy.remove(worker)
                    finished[job.index] = result
                    continue
            elif time.monotonic() >= job.started + job.request.limits.seconds:
                worker.kill()
                busy.remove(worker)
                finished[job.index] = Refusal(f"took longer than {job.request.limits.seconds:g} s to read")
                continue
            if result is not None:
                worker.job = None
                busy.remove(worker)
                self._idle.append(worker)
                finished[job.index] = result

    def _death_reason(self, worker: _Worker) -> str:
        worker.process.join(1)
        code = worker.process.exitcode
        if code is not None and code < 0 and -code == 9:
            return f"needs more than {self.memory_mb} MB of memory to read (the reader was stopped)"
        return f"the file crashed the reader (exit code {code}); it is probably damaged"


_shared: ParserPool | None = None


def shared_pool() -> ParserPool:
    """One pool per process, started on first use and stopped at exit: later imports skip the start-up."""
    global _shared
    if _shared is None:
        _shared = ParserPool()
        atexit.register(_shared.close)
    return _shared

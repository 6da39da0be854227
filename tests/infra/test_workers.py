"""Parser workers are retired after a number of files, and a file is not blamed for what others left."""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casebinder.infra.parsing import workers
from casebinder.infra.parsing.requests import Limits, Refusal
from casebinder.infra.parsing.workers import ParserPool


@dataclass(frozen=True)
class Named:
    name: str
    limits: Limits = field(default_factory=lambda: Limits(seconds=120))


def test_a_worker_is_retired_after_its_share_of_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "FILES_PER_WORKER", 3)
    with ParserPool(1, target="tests.parser_targets:whose") as pool:
        readers = list(pool.map(Named(f"file {n}") for n in range(10)))
    assert len(readers) == 10
    assert len(set(readers)) == 4, "ten files, three a worker: four workers, one after the other"
    assert all(readers.count(pid) <= 3 for pid in set(readers))


def test_a_file_gets_a_second_try_when_its_worker_dies_after_reading_others() -> None:
    with ParserPool(1, target="tests.parser_targets:tiring") as pool:
        readers = list(pool.map(Named(f"file {n}") for n in range(7)))
    assert all(isinstance(pid, int) for pid in readers), readers  # none refused
    assert len(set(readers)) >= 3, (
        "each worker read two files, then died on the third, which a fresh one read"
    )


@dataclass(frozen=True)
class Large:
    name: str
    data: bytes
    limits: Limits = field(default_factory=lambda: Limits(seconds=120))


def test_large_files_in_and_large_answers_out_never_wait_on_each_other() -> None:
    """The pool sends the next file while the worker sends its answer; both larger than a pipe holds. They
    waited on each other for ever (an export of 60 phone photos hung); now the worker reads as they come."""
    import threading

    answers: list[int] = []

    def run() -> None:
        with ParserPool(1, target="tests.parser_targets:echoing") as pool:
            answers.extend(len(a) for a in pool.map(Large(f"photo {n}", bytes(3_000_000)) for n in range(6)))

    mapping = threading.Thread(target=run, daemon=True)
    mapping.start()
    mapping.join(timeout=300)  # only a deadlock takes this long: each answer takes milliseconds
    assert not mapping.is_alive(), "the pool and its worker wait on each other"
    assert answers == [3_000_000] * 6


def test_answers_ahead_come_in_order_while_the_caller_works_and_carry_the_requests_error() -> None:
    """``map_ahead`` makes and sends requests on a thread: the answers arrive in order, the caller's
    ``next`` hands on whatever the request iterator raised, and closing early stops the thread."""
    with ParserPool(2, target="tests.parser_targets:whose") as pool:
        made: list[str] = []

        def requests() -> Iterator[Named]:
            for n in range(8):
                made.append(f"file {n}")
                yield Named(f"file {n}")

        with pool.map_ahead(requests()) as answers:
            first = next(answers)
            assert isinstance(first, int)
            rest = list(answers)
        assert len(rest) == 7
        assert made == [f"file {n}" for n in range(8)]

        def failing() -> Iterator[Named]:
            yield Named("file 0")
            raise RuntimeError("the vault went away")

        with pool.map_ahead(failing()) as answers, pytest.raises(RuntimeError, match="the vault went away"):
            list(answers)

        endless = pool.map_ahead(Named(f"file {n}") for n in itertools.count())
        assert isinstance(next(endless), int)
        endless.close()  # returns: the thread stopped, its workers with answers in flight were killed
        assert not endless._thread.is_alive()


def test_a_small_file_read_by_path_does_not_set_aside_the_whole_size_limit(tmp_path: Path) -> None:
    """Reading a file asked ``read(max_bytes + 1)``: a gigabyte set aside for every 50 kB letter, so a
    worker that held 512 MB (PDFium keeps some per file) refused each file after that as out of memory
    (about half of 2,000 portal letters). Under a 600 MB cap, the old read refuses even the first file."""
    from casebinder.infra.parsing.requests import ParseRequest
    from tests.inputs import text_pdf

    letter = tmp_path / "letter.pdf"
    letter.write_bytes(text_pdf("Your appeal is denied."))
    with ParserPool(1, memory_mb=600) as pool:
        answer = pool.parse_one(ParseRequest("letter.pdf", path=str(letter), limits=Limits(seconds=120)))
    assert not isinstance(answer, Refusal), answer
    assert answer.page_count == 1


def test_a_worker_that_has_used_half_its_memory_hands_over_before_a_file_fails() -> None:
    """Each file leaves 40 MB behind in its worker; under a 400 MB cap the ninth or so would fail. The
    worker says it is tired at half its cap, and the files after that go to a fresh one."""
    with ParserPool(1, memory_mb=400, target="tests.parser_targets:hoarding") as pool:
        readers = list(pool.map(Named(f"file {n}") for n in range(14)))
    assert all(isinstance(pid, int) for pid in readers), readers  # none refused
    assert len(set(readers)) >= 3, "fourteen files of 40 MB under a 400 MB cap: a fresh worker every few"

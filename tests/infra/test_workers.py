"""Parser workers are retired after a number of files, and a file is not blamed for what others left."""

from dataclasses import dataclass, field

import pytest

from casebinder.infra.parsing import workers
from casebinder.infra.parsing.requests import Limits
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

"""Which use cases the app calls: each caller declares them with :func:`uses`, and the parity test
(``tests/test_front_doors.py``) checks that together they cover every operation the registry lists for
the app (:mod:`casebinder.usecases.registry`). It imports nothing, so any ui module can declare."""

from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

UI_OPERATIONS: set[str] = set()  # every use case some part of the app calls


def uses(*operations: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare the use cases a function of the app calls."""
    UI_OPERATIONS.update(operations)

    def mark(action: Callable[P, R]) -> Callable[P, R]:
        return action

    return mark

"""Every use case, by name: the one list the CLI, the app and their parity test agree on.

A use case is a function over a :class:`~casebinder.vault.Vault` marked ``@command("case.edit")`` (it
writes, and returns a :class:`~casebinder.usecases.changes.Changes`) or ``@query("case.list")`` (it only
reads). The CLI declares which operations each of its commands calls, and so does each app action; a test
walks this registry and fails on an operation that one of the front doors does not offer. An operation that
belongs to one door by its nature (undo needs a window; a JSON dump needs a terminal) says which and why.
"""

import functools
import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Literal, ParamSpec, TypeVar, cast

from casebinder.errors import CasebinderError
from casebinder.logs import safe

log = logging.getLogger("casebinder.usecases")

P = ParamSpec("P")
R = TypeVar("R")
Y = TypeVar("Y")
Door = Literal["cli", "app"]
BOTH: tuple[Door, ...] = ("cli", "app")


@dataclass(frozen=True)
class Operation:
    name: str
    kind: Literal["command", "query"]
    function: Callable[..., object]
    doors: tuple[Door, ...] = BOTH
    reason: str = ""  # why it is missing from a door


OPERATIONS: dict[str, Operation] = {}


def _register(
    name: str, kind: Literal["command", "query"], doors: tuple[Door, ...], reason: str
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    if set(doors) != set(BOTH) and not reason:
        raise ValueError(f"{name}: an operation missing from a front door must say why")

    def mark(function: Callable[P, R]) -> Callable[P, R]:
        if name in OPERATIONS:
            raise ValueError(f"two use cases are called {name}")
        logged = _logged(name, function)
        OPERATIONS[name] = Operation(name, kind, logged, doors, reason)
        logged.__operation__ = name  # type: ignore[attr-defined]
        return logged

    return mark


def _logged(name: str, function: Callable[P, R]) -> Callable[P, R]:
    """The use case, logging its name and time (DEBUG), a refusal's kind (INFO) and a bug (ERROR): the one
    place every front door passes through. Arguments are never logged; they are case data."""
    label = safe(name)

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        started = time.perf_counter()
        try:
            result = function(*args, **kwargs)
        except CasebinderError as error:
            log.info("%s refused: %s", label, safe(type(error).__name__))
            raise
        except Exception:
            log.exception("%s failed", label)
            raise
        if isinstance(result, Generator):  # a job with progress (import, export): log when it ends
            return cast(R, _logged_steps(label, result, started))
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)
        return result

    return run


def _logged_steps(label: str, steps: Generator[Y, None, None], started: float) -> Generator[Y, None, None]:
    """``yield from`` hands Cancel (``close``) straight to the use case, whose clean-up runs at once."""
    try:
        yield from steps
    except CasebinderError as error:
        log.info("%s refused: %s", label, safe(type(error).__name__))
        raise
    except GeneratorExit:
        log.info("%s cancelled", label)
        raise
    except Exception:
        log.exception("%s failed", label)
        raise
    log.info("%s finished in %.0f ms", label, (time.perf_counter() - started) * 1000)


def command(
    name: str, *, doors: tuple[Door, ...] = BOTH, reason: str = ""
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A use case that writes; it returns what changed."""
    return _register(name, "command", doors, reason)


def query(
    name: str, *, doors: tuple[Door, ...] = BOTH, reason: str = ""
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A use case that only reads."""
    return _register(name, "query", doors, reason)


MODULES = (
    "vaults",
    "backups",
    "people",
    "cases",
    "documents",
    "document_pages",
    "log_pages",
    "importing",
    "text_later",
    "calls",
    "correspondence",
    "notes",
    "redactions",
    "timeline",
    "appeals",
    "next_steps",
    "calendar",
    "denial_notice",
    "checklists",
    "medical",
    "diary",
    "criteria",
    "letters",
    "contacts",
    "authorizations",
    "search",
    "packet",
    "demo",
    "undo",
)


def load_all() -> dict[str, Operation]:
    """Import every use-case module, so the registry is complete."""
    import importlib

    for module in MODULES:
        importlib.import_module(f"casebinder.usecases.{module}")
    return OPERATIONS

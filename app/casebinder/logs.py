"""Logging with the standard library, and no case data in any record.

A log is only worth keeping if a user can hand it to us without a second thought, so the one formatter every
handler uses (:class:`RedactingFormatter`) keeps what describes the program and drops what could describe a
person:

- the message is the developer's template (ruff's ``G`` rules keep f-strings out of logging calls);
- each argument is shown only if it is a number, a vocabulary member (an enum) or marked :func:`safe` (an
  operation's name, a schema version); any other text becomes ``<text, 12 chars>``, a path ``<path>``;
- an exception shows its type and where it was raised, never its message (which may quote a name or a file);
- a record from another library (SQLAlchemy, pypdf, Pillow, ``warnings``) shows where it was logged from, not
  what it says: their messages quote SQL parameters and file contents.

Where records go: an in-memory ring of the last :data:`RING_SIZE` lines, attached to the crash report; stderr
when the CLI is run with ``--verbose``; a file on disk only while the user has turned the debug log on.
"""

import collections
import logging
import os
import threading
import traceback
from enum import Enum
from pathlib import Path, PurePath
from types import TracebackType
from typing import Final

RING_SIZE: Final = 500
DEBUG_LOG_NAME: Final = "casebinder-debug.log"
DEBUG_LOG_BYTES: Final = 1_000_000
OUR_LOGGERS: Final = "casebinder"
TRACEBACKS_ENV: Final = "CASEBINDER_TRACEBACKS"  # "1": a bug also prints Python's full traceback (developers)

log = logging.getLogger(OUR_LOGGERS)


class Safe(str):
    """Text known not to be case data (an operation name, a vocabulary id, a version): logged as it is."""

    __slots__ = ()


def safe(text: object) -> Safe:
    return Safe(text)


def redact(value: object) -> object:
    """What a log line may show of ``value``."""
    if value is None or isinstance(value, bool | int | float | Safe):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PurePath):
        return "<path>"
    if isinstance(value, str | bytes):
        return f"<text, {len(value)} chars>" if isinstance(value, str) else f"<{len(value)} bytes>"
    return f"<{type(value).__name__}>"


def where(tb: TracebackType | None) -> list[str]:
    """The frames of a traceback as ``file:line in function``, paths cut to the package (no home folder)."""
    return [
        f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)
    ]


def _short(filename: str) -> str:
    for marker in ("site-packages/", "site-packages\\", "/app/", "\\app\\", "/lib/python"):
        if marker in filename:
            return filename.rsplit(marker, 1)[-1]
    return PurePath(filename).name


def describe_exception(error: BaseException) -> list[str]:
    """An exception and its causes, by type and place only."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)")
        lines.extend(where(current.__traceback__))
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by:")
    return lines


class RedactingFormatter(logging.Formatter):
    """Formats a record with every argument redacted (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.asctime = self.formatTime(record)
        fields = {
            "asctime": record.asctime,
            "levelname": record.levelname,
            "name": record.name,
            "message": self._message(record),
        }
        line = "{asctime} {levelname} {name}: {message}".format_map(fields)
        if record.exc_info and record.exc_info[1] is not None:
            line += "\n" + "\n".join(describe_exception(record.exc_info[1]))
        return line

    @staticmethod
    def _message(record: logging.LogRecord) -> str:
        ours = record.name == OUR_LOGGERS or record.name.startswith(OUR_LOGGERS + ".")
        if not ours or not isinstance(record.msg, str):
            return f"(message withheld, logged at {_short(record.pathname)}:{record.lineno})"
        args = record.args
        try:
            if isinstance(args, tuple) and args:
                return record.msg % tuple(redact(arg) for arg in args)
            if isinstance(args, dict) and args:
                return record.msg % {key: redact(value) for key, value in args.items()}
            return record.msg
        except (TypeError, ValueError, KeyError):
            return f"(badly formatted message at {_short(record.pathname)}:{record.lineno})"


class RingHandler(logging.Handler):
    """The last lines, in memory only, for the crash report."""

    def __init__(self, size: int = RING_SIZE) -> None:
        super().__init__(logging.DEBUG)
        self.lines: collections.deque[str] = collections.deque(maxlen=size)
        self.setFormatter(RedactingFormatter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a broken record must never break the program logging it
            self.handleError(record)

    def recent(self) -> list[str]:
        return list(self.lines)


_lock = threading.Lock()
_ring: RingHandler | None = None
_disk: logging.Handler | None = None
_terminal: logging.Handler | None = None


def configure(level: int = logging.INFO) -> RingHandler:
    """Start logging to the ring (idempotent). Other libraries' records are kept from WARNING up."""
    global _ring
    with _lock:
        if _ring is None:
            _ring = RingHandler()
            root = logging.getLogger()
            root.addHandler(_ring)
            root.setLevel(logging.WARNING)
            logging.captureWarnings(True)
        log.setLevel(min(level, log.level or level))
        return _ring


def recent_lines() -> list[str]:
    """What the ring holds (empty before :func:`configure`)."""
    return _ring.recent() if _ring is not None else []


def log_to_terminal(level: int = logging.DEBUG) -> None:
    """The CLI's ``--verbose``: the same redacted lines on stderr."""
    global _terminal
    configure(level)
    with _lock:
        if _terminal is None:
            _terminal = logging.StreamHandler()
            _terminal.setFormatter(RedactingFormatter())
            logging.getLogger().addHandler(_terminal)
    log.setLevel(level)


def debug_log_path() -> Path:
    from casebinder.infra.paths import log_dir

    return log_dir() / DEBUG_LOG_NAME


def set_debug_log(enabled: bool) -> Path | None:
    """Write the redacted log to :func:`debug_log_path` (one rotated copy, about 1 MB each) while enabled.

    Off by default; the user turns it on to report a problem. Turning it off closes the file but leaves it,
    so the user can attach it; it holds no case data either way."""
    global _disk
    configure()
    with _lock:
        root = logging.getLogger()
        if _disk is not None:
            root.removeHandler(_disk)
            _disk.close()
            _disk = None
        if not enabled:
            log.setLevel(logging.INFO)
            return None
        from logging.handlers import RotatingFileHandler  # only now: it imports sockets, start-up does not

        path = debug_log_path()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=DEBUG_LOG_BYTES, backupCount=1, encoding="utf-8")
        path.chmod(0o600)
        handler.setFormatter(RedactingFormatter())
        root.addHandler(handler)
        _disk = handler
        log.setLevel(logging.DEBUG)
    log.info("debug log on")
    return path


def full_tracebacks() -> bool:
    """Whether a bug prints Python's own traceback, message and all, on stderr. Off for users: stderr of a
    desktop app often ends up in the system journal, on disk, and a message may quote case data."""
    return os.environ.get(TRACEBACKS_ENV) == "1"


def crash_report(error: BaseException, versions: tuple[str, ...] = ()) -> str:
    """What a bug report needs and nothing a user would mind sharing: versions, the exception's type and
    where it happened (its causes too), and the recent log lines, all without messages or values."""
    import platform

    import casebinder

    return "\n".join(
        [
            f"{casebinder.APP_NAME} {casebinder.__version__} crash report",
            f"Python {platform.python_version()}" + "".join(f", {item}" for item in versions),
            f"System {platform.platform()}",
            "Exception:",
            *describe_exception(error),
            "Recent log:",
            *(recent_lines()[-60:] or ["  (empty)"]),
        ]
    )

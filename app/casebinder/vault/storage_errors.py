"""Storage failures classified at the vault's boundary: the disk is full, the file is damaged, or a bug.

SQLite reports every failure as an exception carrying a message ("database or disk is full", "database disk
image is malformed"); SQLAlchemy wraps it. A person needs a sentence and what to do next, and no traceback:
:func:`translated` turns the failures a person can act on into :class:`~casebinder.errors.CasebinderError`
subclasses, and lets everything else (a constraint broken by a bug) through to the crash report.
"""

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casebinder.vault.errors import DiskFull, StorageFailed, VaultDamaged, VaultError

_FULL = ("database or disk is full", "disk is full", "no space left")
_DAMAGED = ("malformed", "file is not a database", "corrupt", "hmac check failed")
_IO = ("disk i/o error",)
_READ_ONLY = ("readonly database", "read-only")


def classify(error: BaseException, path: Path) -> VaultError | None:
    """The user-facing error for a storage failure, or None when it is not one (a bug)."""
    if isinstance(error, VaultError):
        return error
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return DiskFull("the disk holding {path} is full", path=path.name)
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's exception
    if type(original).__module__.split(".")[0] not in ("sqlcipher3", "sqlite3") and not isinstance(
        original, OSError
    ):
        return None
    message = str(original).lower()
    if any(marker in message for marker in _FULL):
        return DiskFull("the disk holding {path} is full", path=path.name)
    if any(marker in message for marker in _DAMAGED):
        return VaultDamaged(
            "{path} is damaged ({original}). Run “casebinder vault verify” to see what can still be read, "
            "and restore it from a backup.",
            path=path.name,
            original=original,
        )
    if any(marker in message for marker in _IO):
        return StorageFailed(
            "the disk holding {path} failed to read or write ({original}); if it is a USB stick or a "
            "network drive, check that it is still connected",
            path=path.name,
            original=original,
        )
    if any(marker in message for marker in _READ_ONLY):
        return StorageFailed("{path} cannot be written: the file or its folder is read-only", path=path.name)
    return None


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Raise storage failures inside the block as sentences; anything else unchanged."""
    try:
        yield
    except Exception as error:
        mapped = classify(error, path)
        if mapped is None or mapped is error:
            raise
        raise mapped from error

"""One running copy per vault file: an OS advisory lock, held while the vault is open.

Two programs writing one SQLite file through different names corrupt it: SQLite keys its write-ahead log and
shared-memory file by *name*, so a hard link or a renamed file gets a second, separate WAL (seen: two imports
through a hard link both "succeeded" and left a vault failing verify). So:

- a vault file with more than one name (hard links) is refused;
- symbolic links are resolved first, and the lock is taken on the real path: ``<real name>.lock`` beside it,
  holding only the process id (no case data) so the refusal can say who holds it;
- on Linux the vault file itself is also locked (``flock``), which follows the file through a rename. Linux
  keeps ``flock`` locks apart from SQLite's own POSIX record locks; macOS does not, and Windows locks are
  mandatory, so there the lock file alone does the job (Windows cannot rename a file that is open).

The OS drops every lock when the process dies, so a crash never leaves a vault locked. The descriptor on the
vault file is closed only after SQLite's connections are: closing any descriptor of a file drops the
process's POSIX locks on it.
"""

import os
import sys
from pathlib import Path
from typing import IO

from casebinder.vault.errors import VaultError, VaultInUse

FILE_MODE = 0o600


class VaultHasSeveralNames(VaultError):
    """The vault file has hard links: two names would mean two write-ahead logs."""


def real_path(vault_path: Path) -> Path:
    """The vault's one true path: symbolic links resolved, so every name for it locks the same thing."""
    return vault_path.resolve()


def lock_path_for(vault_path: Path) -> Path:
    real = real_path(vault_path)
    return real.with_name(real.name + ".lock")


def refuse_several_names(vault_path: Path) -> None:
    try:
        links = vault_path.stat().st_nlink
    except FileNotFoundError:
        return
    if links > 1:
        raise VaultHasSeveralNames(
            "{vault_path} has {links} names on this disk (hard links). Opening it through more than one "
            "name would damage it: remove the other links (or copy the file) and open it again.",
            vault_path=vault_path.name,
            links=links,
        )


class InstanceLock:
    def __init__(self, vault_path: Path) -> None:
        self.vault_path = real_path(vault_path)
        self.path = lock_path_for(vault_path)
        self._handle: IO[str] | None = None
        self._file_fd: int | None = None

    def acquire(self) -> None:
        refuse_several_names(self.vault_path)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        handle = os.fdopen(fd, "r+", encoding="ascii")
        try:
            _lock(handle.fileno())
            self._file_fd = _lock_vault_file(self.vault_path)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise VaultInUse(
                "this vault is open in another running copy of Casebinder{who}", who=who
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            if self._file_fd is not None:
                os.close(self._file_fd)  # the flock goes with it
                self._file_fd = None
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle.fileno())
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _lock_vault_file(vault_path: Path) -> int | None:
    """Linux only: ``flock`` on the vault file itself, so a renamed vault is still known to be open."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fd = os.open(vault_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:  # being created: the lock file alone guards it until it exists
        return None
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        raise
    return fd

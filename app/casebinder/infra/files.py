"""Writing a file the user asked for (a copy, a packet, a calendar) so that it is never left half-written.

The bytes go to a file in the destination's own folder, are flushed to disk, and only then get the
destination's name, replacing any older file in one step: a crash leaves the old file or the new one, never a
torn one. Where Linux allows it the file has *no name at all* until it is complete (``O_TMPFILE``), so a
process killed mid-export leaves nothing behind; elsewhere it is written under a hidden name carrying our
process id, and the next export into that folder removes what a killed Casebinder left.

A full disk or a folder that cannot be written is a sentence, never a traceback.
"""

import contextlib
import errno
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from casebinder.errors import CasebinderError

FILE_MODE = 0o600
LEFTOVER_PREFIX = ".casebinder-"
LEFTOVER_SUFFIX = ".partial"
_OLD_LEFTOVER_AGE = 600.0  # seconds: a hidden file from an older Casebinder (no process id in its name)


class WriteFailed(CasebinderError):
    """The file could not be written; nothing was left behind."""


@contextmanager
def atomic_file(destination: Path) -> Iterator[BinaryIO]:
    """``destination`` written whole or not at all. Its folder must exist: a mistyped path is a sentence,
    never a tree of new folders made behind the user's back."""
    folder = destination.parent
    if not folder.is_dir():
        raise WriteFailed(
            "the folder {folder} does not exist: choose an existing folder (nothing was written or created)",
            folder=folder,
        )
    with _explained(destination):
        remove_leftovers(folder)
    with _explained(destination):
        if _can_write_unnamed(folder):
            with _unnamed(destination) as handle:
                yield handle
            return
        with _hidden(destination) as handle:
            yield handle


def write_atomically(destination: Path, write: Callable[[BinaryIO], object]) -> Path:
    with atomic_file(destination) as handle:
        write(handle)
    return destination


@contextmanager
def _explained(destination: Path) -> Iterator[None]:
    """OS errors while writing, as what happened and what did not."""
    try:
        yield
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise WriteFailed(
                "the disk is full: {destination} was not written (nothing was left behind)",
                destination=destination.name,
            ) from None
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise WriteFailed(
                "cannot write into {parent}: the folder is read-only or not yours; choose another folder",
                parent=destination.parent,
            ) from None
        raise


# --- Linux: a file with no name until it is complete ------------------------------------------------
_unnamed_works: dict[str, bool] = {}


def _can_write_unnamed(folder: Path) -> bool:
    if not sys.platform.startswith("linux") or not hasattr(os, "O_TMPFILE"):
        return False
    key = str(folder)
    if key not in _unnamed_works:
        try:
            os.close(os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, FILE_MODE))
            _unnamed_works[key] = True
        except OSError:  # a file system without it (vfat USB sticks, some network shares)
            _unnamed_works[key] = False
    return _unnamed_works[key]


@contextmanager
def _unnamed(destination: Path) -> Iterator[BinaryIO]:
    fd = os.open(destination.parent, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        _give_name(handle.fileno(), destination)
    _sync_folder(destination.parent)


def _give_name(fd: int, destination: Path) -> None:
    """linkat(AT_SYMLINK_FOLLOW) from /proc/self/fd/N: the unnamed file appears whole, at once. (Python's
    os.link calls plain link(2), which does not follow that magic link, unless a directory fd is given.)"""
    source = f"/proc/self/fd/{fd}"
    folder = os.open(destination.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        try:
            os.link(source, destination.name, dst_dir_fd=folder, follow_symlinks=True)
        except FileExistsError:  # replacing an older file: a hidden name for an instant, then the rename
            hidden = _hidden_name(destination)
            os.link(source, hidden, dst_dir_fd=folder, follow_symlinks=True)
            try:
                os.replace(hidden, destination.name, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                os.unlink(hidden, dir_fd=folder)
                raise
    finally:
        os.close(folder)


# --- elsewhere: a hidden name with our process id --------------------------------------------------------
def _hidden_name(destination: Path) -> str:
    return f"{LEFTOVER_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{destination.suffix}{LEFTOVER_SUFFIX}"


@contextmanager
def _hidden(destination: Path) -> Iterator[BinaryIO]:
    temp = destination.with_name(_hidden_name(destination))
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(destination.parent)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the hidden files a killed Casebinder left in ``folder``; returns what was removed.

    Only files named by us are touched, and only when the process that wrote them is gone.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(LEFTOVER_PREFIX)]
    except OSError:
        return removed
    for path in candidates:
        if _abandoned(path):
            with contextlib.suppress(OSError):  # in use on Windows, or already gone
                path.unlink()
                removed.append(path)
    return removed


def _abandoned(path: Path) -> bool:
    name = path.name[len(LEFTOVER_PREFIX) :]
    pid_text, _, _rest = name.partition("-")
    if path.name.endswith(LEFTOVER_SUFFIX) and pid_text.isdigit():
        return int(pid_text) != os.getpid() and not _running(int(pid_text))
    try:  # an older Casebinder's hidden file (.casebinder-XXXXXXXX.pdf): gone once it has sat a while
        return time.time() - path.stat().st_mtime > _OLD_LEFTOVER_AGE
    except OSError:
        return False


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # Windows: an open file cannot be deleted anyway; unlink fails for a live writer
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process with that number
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """The new name itself on disk (POSIX: fsync the folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

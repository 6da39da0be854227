"""Making writes stick, and telling an abandoned leftover from one still being written: shared by vault
creation, backups, restore and rescue."""

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """A new name itself on disk (POSIX: fsync the folder; elsewhere the file system does it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def process_running(pid: int) -> bool:
    """Whether process ``pid`` (named in a leftover's file name) may still be writing it. This process, and
    any process on Windows (where os.kill(pid, 0) would end it, and an open file cannot be deleted anyway),
    count as running."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process with that number
        return True
    return True

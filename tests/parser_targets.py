"""Stand-in workers for tests: a file that hangs, one that eats memory, one that kills the reader.

Each handles every kind of worker request (import, exhibit pages, previews), as the real one does.
"""

import os
import time
from typing import Any

from casebinder.infra.parsing.readers import handle


def slow(request: Any) -> Any:
    if request.name.startswith("hang"):
        time.sleep(600)
    return handle(request)


def greedy(request: Any) -> Any:
    if request.name.startswith("greedy"):
        hoard = []
        for _ in range(64):
            hoard.append(bytearray(256 * 1024 * 1024))  # far past any sane cap
    return handle(request)


def crashing(request: Any) -> Any:
    if request.name.startswith("crash"):
        os.abort()
    return handle(request)


def whose(request: Any) -> int:
    """Which process read it: tells workers apart."""
    return os.getpid()


_read_here = 0


def tiring(request: Any) -> int:
    """A reader that dies on its third file whatever the file (as one that ran out of the address space
    earlier files left it): the file is not to blame."""
    global _read_here
    _read_here += 1
    if _read_here > 2:
        os.abort()
    return os.getpid()


def echoing(request: Any) -> bytes:
    """An answer as large as the request: a photo in, its pages out."""
    return bytes(len(request.data))


_hoard: list[bytearray] = []


def hoarding(request: Any) -> int:
    """A reader that keeps 40 MB of every file it reads (as PDFium keeps a little of each): a worker
    near its memory cap must hand over to a fresh one before a file fails for it."""
    _hoard.append(bytearray(40 * 1024 * 1024))
    return os.getpid()

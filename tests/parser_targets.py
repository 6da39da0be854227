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

"""Stand-in parsers for worker tests: a file that hangs, one that eats memory, one that kills the reader."""

import os
import time

from casebinder.services.parsing import Parsed, ParseRequest, Refusal, parse


def slow(request: ParseRequest) -> Parsed | Refusal:
    if request.name.startswith("hang"):
        time.sleep(600)
    return parse(request)


def greedy(request: ParseRequest) -> Parsed | Refusal:
    if request.name.startswith("greedy"):
        hoard = []
        for _ in range(64):
            hoard.append(bytearray(256 * 1024 * 1024))  # far past any sane cap
    return parse(request)


def crashing(request: ParseRequest) -> Parsed | Refusal:
    if request.name.startswith("crash"):
        os.abort()
    return parse(request)

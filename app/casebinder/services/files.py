"""Writing a file the user asked for (a copy, a packet, a calendar) so that it is never left half-written.

The bytes go to a temporary name in the destination's own folder, are flushed to disk, and the file is then
renamed over the destination: a crash leaves the old file or the new one, never a torn one, and no temporary
copy of case data lingers elsewhere.
"""

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_file(destination: Path) -> Iterator[BinaryIO]:
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".casebinder-", suffix=destination.suffix, dir=destination.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(destination: Path, write: Callable[[BinaryIO], object]) -> Path:
    with atomic_file(destination) as handle:
        write(handle)
    return destination

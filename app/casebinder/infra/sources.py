"""Something to import: a file on disk, or bytes already in memory (paste, e-mail attachment, demo).

Import reads what the user chose and nothing else (a folder's link to a private key once went into a packet):

- inside a folder, no link is followed, and anything that is not a regular file (a pipe, a device) is left
  out; each is reported, not silently skipped;
- a link the user named or dropped is imported only when it points at a regular file, and the outcome names
  the file it points at;
- files are opened without following a link (``O_NOFOLLOW``), so one swapped for a link after it was listed is
  refused rather than read.
"""

import dataclasses
import io
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casebinder.phrases import Phrase, said


@dataclass(frozen=True)
class Source:
    name: str
    path: Path | None = None
    data: bytes | None = None
    refused: Phrase | None = None  # decided before reading: a link inside a folder, a pipe...
    note: Phrase | None = None  # said with the outcome: "a link to /home/sam/scans/letter.pdf"
    in_folder: bool = False  # found by walking a folder the user named, not named itself

    @classmethod
    def of(cls, item: "Path | Source") -> "Source":
        return item if isinstance(item, Source) else cls(name=item.name, path=item)

    def open(self) -> BinaryIO:
        if self.path is not None:
            return os.fdopen(open_regular(self.path), "rb")
        return io.BytesIO(self.data or b"")


def open_regular(path: Path) -> int:
    """A read-only descriptor on ``path`` itself: never through a link, never a pipe or a device."""
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    )
    fd = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise IsADirectoryError(f"{path.name} is not a regular file")
    return fd


def expand(items: Iterable[Path | Source]) -> list[Source]:
    """Files named directly, plus every file under each folder (sorted, hidden files skipped).

    Paths are made absolute here: the parser workers that open them are long-lived processes, started
    wherever the first import ran, so a relative name would be looked up in the wrong folder."""
    files: list[Source] = []
    for item in items:
        if isinstance(item, Source):
            files.append(item)
            continue
        item = item.absolute()  # not resolve(): a link the user named is still reported as a link
        if item.is_symlink():
            files.append(_named_link(item))
        elif item.is_dir():
            files += _walk(item)
        else:
            files.append(_regular_or_refused(item, item.name))
    return files


def _named_link(link: Path) -> Source:
    """A link the user chose: its target, if that is a regular file (and said so)."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return Source(name=link.name, path=link, refused=said("a link to a file that does not exist"))
    if target.is_dir():
        return Source(
            name=link.name,
            path=link,
            refused=said("a link to the folder {target}: choose the folder itself", target=target),
        )
    source = _regular_or_refused(target, link.name)
    return Source(
        source.name, source.path, refused=source.refused, note=said("a link to {target}", target=target)
    )


def _regular_or_refused(path: Path, name: str) -> Source:
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return Source(name=name, path=path, refused=said("no such file"))
    except OSError as error:
        return Source(
            name=name, path=path, refused=said("cannot read the file ({problem})", problem=error.strerror)
        )
    if stat.S_ISLNK(mode):
        return Source(
            name=name,
            path=path,
            refused=said("a link inside a folder: not followed (import its target itself)"),
        )
    if not stat.S_ISREG(mode):
        return Source(name=name, path=path, refused=said("not a regular file (a pipe, a device or a socket)"))
    return Source(name=name, path=path)


def _walk(folder: Path) -> list[Source]:
    found: list[Source] = []
    for root, dirs, names in os.walk(folder):  # never descends into a linked folder (followlinks=False)
        base = Path(root)
        linked = sorted(d for d in dirs if not d.startswith(".") and (base / d).is_symlink())
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        for name in linked:
            found.append(
                Source(
                    name=name, path=base / name, refused=said("a linked folder inside a folder: not followed")
                )
            )
        found += [
            dataclasses.replace(_regular_or_refused(base / n, n), in_folder=True)
            for n in sorted(names)
            if not n.startswith(".")
        ]
    return found

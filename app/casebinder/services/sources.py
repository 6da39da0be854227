"""Something to import: a file on disk, or bytes already in memory (paste, e-mail attachment, demo)."""

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


@dataclass(frozen=True)
class Source:
    name: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def of(cls, item: "Path | Source") -> "Source":
        return item if isinstance(item, Source) else cls(name=item.name, path=item)

    def open(self) -> BinaryIO:
        if self.path is not None:
            return self.path.open("rb")
        return io.BytesIO(self.data or b"")

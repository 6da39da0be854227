"""Facts about a file before it is imported: type, size, hash, page count, or why it is refused.

This first version runs in the importing process; the import issue moves parsing into worker processes with
time and memory limits (untrusted PDFs are parsed there, never here).
"""

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casebinder.services.media import sniff
from casebinder.vault import blobs

MAX_FILE_SIZE = 2 * 1024**3


@dataclass(frozen=True)
class Source:
    """A file to import: a path on disk, or bytes already in memory (paste, e-mail attachment, demo)."""

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

    def check(self) -> "Refused | None":
        if self.path is None:
            return None
        if not self.path.exists():
            return Refused("no such file")
        if not self.path.is_file():
            return Refused("not a regular file")
        return None


@dataclass(frozen=True)
class FileFacts:
    media_type: str
    size: int
    sha256: str
    page_count: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Refused:
    reason: str


def inspect_file(source: Source) -> FileFacts | Refused:
    problem = source.check()
    if problem is not None:
        return problem
    with source.open() as stream:
        head = stream.read(4096)
        stream.seek(0, io.SEEK_END)
        size = stream.tell()
        if size == 0:
            return Refused("the file is empty")
        if size > MAX_FILE_SIZE:
            return Refused(f"larger than {MAX_FILE_SIZE // 1024**3} GB")
        stream.seek(0)
        sha256, size = blobs.sha256_of(stream)
    media_type = sniff(head, source.name)
    page_count, note = None, ""
    if media_type == "application/pdf":
        result = _pdf_pages(source)
        if isinstance(result, Refused):
            return result
        page_count, note = result
    elif media_type.startswith("image/") or media_type in ("text/plain", "message/rfc822"):
        page_count = 1 if media_type != "image/tiff" else None
    else:
        note = "stored as-is: no preview for this kind of file"
    return FileFacts(media_type, size, sha256, page_count, note)


def _pdf_pages(source: Source) -> tuple[int | None, str] | Refused:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        with source.open() as stream:
            reader = PdfReader(stream, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return None, "password-protected PDF: page count unknown"
            pages = len(reader.pages)
    except FileNotDecryptedError:
        return None, "password-protected PDF: page count unknown"
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, RecursionError) as error:
        return Refused(f"damaged PDF: {str(error).splitlines()[0] if str(error) else type(error).__name__}")
    if pages == 0:
        return Refused("the PDF has no pages")
    return pages, ""

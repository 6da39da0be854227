"""Small builders for test inputs: real PDFs and cases made on the spot, never committed binaries."""

import io
from pathlib import Path

from pypdf import PdfWriter

from casebinder.usecases.cases import CaseFields, add_case
from casebinder.vault import Vault


def make_pdf(pages: int = 1, text: str = "") -> bytes:
    """A small valid PDF; ``text`` ends up in its bytes (uncompressed) so content can be searched for."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    if text:
        writer.add_metadata({"/Subject": text})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_pdf(path: Path, pages: int = 1, text: str = "") -> Path:
    path.write_bytes(make_pdf(pages, text))
    return path


def new_case(
    vault: Vault, person: str = "Maya Lopez", title: str = "Botox for chronic migraine", **fields: str
) -> int:
    case = add_case(vault, person, CaseFields(title=title, **fields)).record
    assert case.id is not None
    return case.id

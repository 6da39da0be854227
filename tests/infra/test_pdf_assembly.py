"""Moving a packet's pages in one step keeps every page, and refuses an order that loses or repeats one."""

import io

import pytest
from pypdf import PdfReader, PdfWriter

from tests.inputs import text_pdf


def test_pages_are_put_in_the_order_given_and_the_file_reads_so() -> None:
    from casebinder.infra.pdf_assembly import reorder_pages

    writer = PdfWriter()
    for name in ("exhibit-one", "exhibit-two", "divider", "cover"):
        writer.add_page(PdfReader(io.BytesIO(text_pdf(name))).pages[0])
    reorder_pages(writer, [3, 2, 0, 1])
    out = io.BytesIO()
    writer.write(out)
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert [t.split()[0] for t in texts] == ["cover", "divider", "exhibit-one", "exhibit-two"]

    with pytest.raises(ValueError, match="every page once"):
        reorder_pages(writer, [0, 0, 1, 2])

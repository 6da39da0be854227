"""Words in a phone photo and in a scanned page are read (Tesseract, in a parser worker) and searchable."""

import io
import shutil

import pytest

from casebinder.infra.parsing.requests import Limits, Parsed, ParseRequest
from casebinder.infra.parsing.workers import ParserPool

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")

WORDS = "Your request for Botox is denied"


def _page_picture() -> object:
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("RGB", (1700, 2200), (250, 250, 246))
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=64)
    for line, y in ((WORDS, 300), ("Appeal within 180 days", 420)):
        draw.text((150, y), line, fill=(20, 20, 20), font=font)
    return page


def _read(name: str, data: bytes) -> Parsed:
    with ParserPool(1) as pool:
        answer = pool.parse_one(ParseRequest(name, data=data, limits=Limits(seconds=120)))
    assert isinstance(answer, Parsed), answer
    return answer


def test_the_words_of_a_photographed_letter_are_read() -> None:
    out = io.BytesIO()
    _page_picture().save(out, "JPEG", quality=90)  # type: ignore[attr-defined]
    parsed = _read("IMG_0001.jpg", out.getvalue())
    assert parsed.text_method == "ocr"
    assert "denied" in parsed.text
    assert "180 days" in parsed.text


def test_the_words_of_a_scanned_pdf_page_are_read() -> None:
    out = io.BytesIO()
    _page_picture().save(out, "PDF", resolution=200)  # type: ignore[attr-defined]
    parsed = _read("scan.pdf", out.getvalue())
    assert parsed.page_count == 1
    assert parsed.text_method == "ocr"
    assert "Botox" in parsed.text
    assert "denied" in parsed.text

"""The light first page: thumbnails drawn from reduced scans look like PDFium's from the originals."""

import io

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from pypdf.generic import ArrayObject, FloatObject

from casebinder.infra.parsing.light_page import light_first_page
from casebinder.infra.parsing.readers import THUMBNAIL_SIZE, parse
from casebinder.infra.parsing.requests import ParseRequest
from casebinder.infra.qt import pdfium
from tests import inputs

MAX_PIXELS = 120_000_000


def _thumbnails(data: bytes) -> tuple[Image.Image, Image.Image, bytes]:
    light = light_first_page(PdfReader(io.BytesIO(data)), THUMBNAIL_SIZE, MAX_PIXELS)
    assert light is not None, "a large plain JPEG should have been reduced"
    fast = pdfium.read_pdf(data, None, THUMBNAIL_SIZE, light).thumbnail
    slow = pdfium.read_pdf(data, None, THUMBNAIL_SIZE).thumbnail
    assert fast
    assert slow
    return Image.open(io.BytesIO(fast)).convert("RGB"), Image.open(io.BytesIO(slow)).convert("RGB"), light


def _mean_difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


@pytest.mark.parametrize(
    ("mode", "rotate", "placement"),
    [
        ("RGB", 0, "0 0 612 792"),
        ("L", 0, "0 0 612 792"),
        ("RGB", 90, "0 0 612 792"),
        ("RGB", 0, "100 300 400 700"),  # a photo pasted into part of the page
    ],
)
def test_the_light_thumbnail_matches_the_full_render(mode: str, rotate: int, placement: str) -> None:
    data = inputs.scanned_pdf(mode, rotate=rotate, placement=placement)
    fast, slow, light = _thumbnails(data)
    assert fast.size == slow.size
    assert _mean_difference(fast, slow) < 4.0  # of 255: resampling noise, not a different picture
    [scan] = PdfReader(io.BytesIO(light)).pages[0].images
    assert scan.image is not None
    assert scan.image.size == (
        319,
        413,
    )


def test_the_light_page_keeps_the_text_drawn_over_the_scan() -> None:
    fast, _slow, _ = _thumbnails(inputs.scanned_pdf())
    red = [
        p
        for p in fast.crop((0, fast.height - 40, fast.width, fast.height)).get_flattened_data()
        if p[0] > 150 > p[2]
    ]
    assert red, "the red caption at the foot of page 1 is in the thumbnail"


@pytest.mark.parametrize(
    ("why", "data"),
    [
        ("CMYK", lambda: inputs.scanned_pdf("CMYK")),
        (
            "decode array",
            lambda: inputs.scanned_pdf(
                image_keys={"/Decode": ArrayObject([FloatObject(1), FloatObject(0)] * 3)}
            ),
        ),
        ("small image", lambda: inputs.scanned_pdf(size=(300, 400))),
        ("no images", lambda: inputs.text_pdf()),
        ("encrypted", lambda: inputs.encrypted_pdf("pw")),
    ],
)
def test_images_a_copy_could_change_are_left_to_pdfium(why: str, data: object) -> None:
    assert callable(data)
    assert light_first_page(PdfReader(io.BytesIO(data())), THUMBNAIL_SIZE, MAX_PIXELS) is None, why


def test_an_import_of_a_scan_gets_its_thumbnail_from_the_light_page() -> None:
    data = inputs.scanned_pdf()
    parsed = parse(ParseRequest(name="scan.pdf", data=data))
    assert not isinstance(parsed, type(None))
    assert getattr(parsed, "thumbnail", None)
    fast, _slow, _ = _thumbnails(data)
    stored = Image.open(io.BytesIO(parsed.thumbnail)).convert("RGB")  # type: ignore[union-attr, arg-type]
    assert _mean_difference(stored, fast) < 1.0

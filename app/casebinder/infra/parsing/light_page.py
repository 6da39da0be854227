"""A light copy of a PDF's first page, so its thumbnail renders without decoding full-size scans.

PDFium decodes every image at full resolution before scaling it down: a 300 dpi letter-size scan costs it
30-60 ms for a 256-pixel thumbnail, most of an import's parsing time. A JPEG can instead be decoded at 1/2,
1/4 or 1/8 scale for a fraction of that (libjpeg's DCT scaling, Pillow's ``draft``). This module copies page 1
into a one-page PDF in which each large baseline JPEG is swapped for such a reduced, uncompressed copy; PDFium
then renders that page, text and drawing included, as it would the original, only from smaller images.

Only images whose look cannot change are swapped: 8-bit grey or RGB JPEGs with no decode array, no mask and no
colour-transform override. Anything else, and any page this cannot read, leaves the caller to render the
original. Runs in the parser worker (pypdf and Pillow read untrusted bytes).
"""

import io
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject

WORTH_REDUCING = 4  # an image is swapped only when at least this many times the thumbnail's pixels
_COMPONENTS = {"/DeviceGray": 1, "/DeviceRGB": 3}
_PILLOW_MODE = {1: "L", 3: "RGB"}


def light_first_page(reader: PdfReader, thumbnail_px: int, max_pixels: int) -> bytes | None:
    """Page 1 as a one-page PDF with its large JPEGs reduced, or None when there is nothing to gain.

    Images over ``max_pixels`` are left alone, for the caller's own limits to deal with.
    """
    try:
        if reader.is_encrypted or not len(reader.pages):
            return None
        writer = PdfWriter()
        page = writer.add_page(reader.pages[0])
        resources: Any = page.get("/Resources")
        xobjects: Any = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is None:
            return None
        xobjects = xobjects.get_object()
        reduced = sum(
            _reduce_in_place(xobjects[name].get_object(), thumbnail_px, max_pixels) for name in list(xobjects)
        )
        if not reduced:
            return None
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()
    except Exception:  # whatever went wrong, the original page still renders
        return None


def _reduce_in_place(image: Any, thumbnail_px: int, max_pixels: int) -> bool:
    """Swap in a reduced, unfiltered copy of the image; False when that is not safe or not worth it."""
    from PIL import Image

    components = _components(image)
    if components is None:
        return False
    width, height = int(image["/Width"]), int(image["/Height"])
    if not WORTH_REDUCING * thumbnail_px * thumbnail_px <= width * height <= max_pixels:
        return False
    with Image.open(io.BytesIO(image._data)) as jpeg:
        if jpeg.format != "JPEG" or jpeg.size != (width, height) or jpeg.mode != _PILLOW_MODE[components]:
            return False  # Adobe CMYK, a size that disagrees with the PDF: let PDFium judge
        jpeg.draft(jpeg.mode, (thumbnail_px, thumbnail_px))  # the DCT scale keeping both sides >= this
        jpeg.load()
        small = jpeg.copy()
    image._data = small.tobytes()
    for key in ("/Filter", "/DecodeParms", "/Length"):
        image.pop(NameObject(key), None)
    image[NameObject("/Width")] = NumberObject(small.width)
    image[NameObject("/Height")] = NumberObject(small.height)
    return True


def _components(image: Any) -> int | None:
    """1 or 3 when the image is a plain 8-bit JPEG a reduced copy can stand in for exactly, else None."""
    if image.get("/Subtype") != "/Image" or image.get("/ImageMask"):
        return None
    if any(key in image for key in ("/Decode", "/DecodeParms", "/SMask", "/Mask", "/SMaskInData")):
        return None
    filters = image.get("/Filter")
    if isinstance(filters, list):
        filters = filters[0] if len(filters) == 1 else None
    if filters != "/DCTDecode" or image.get("/BitsPerComponent") != 8:
        return None
    space: Any = image.get("/ColorSpace")
    space = space.get_object() if space is not None else None
    if isinstance(space, str):
        return _COMPONENTS.get(space)
    if isinstance(space, list) and len(space) == 2 and space[0] == "/ICCBased":
        count = space[1].get_object().get("/N")
        return count if count in (1, 3) else None
    return None

"""Photos and scans as printed pages and as preview pixels, decoded inside a parser worker only.

Image decoders (TIFF above all: faxes arrive as bilevel Group 4 TIFFs, often several pages in one file)
are where hostile or merely odd files crash programs; Qt's TIFF reader took the app down. Everything here
runs in a worker process (see :func:`casebinder.infra.parsing.readers.handle`), so a crash costs one refused
exhibit or a preview that says why, never the app.

Exhibit pages are built directly as PDF: each frame is decoded once (JPEGs at a reduced DCT scale where that
is enough), scaled to the page at print resolution, and embedded as JPEG or, for bilevel faxes, as CCITT
Group 4, exactly as a fax machine made it. A 12-megapixel phone photo becomes a ~0.5 MB page, not a 5 MB one,
and memory holds one frame at a time.
"""

import io
import math
from collections.abc import Iterator
from typing import Any

from casebinder.infra.parsing.media import register_heif
from casebinder.infra.parsing.requests import (
    PREVIEW_MAX_PX,
    ExhibitPages,
    ExhibitPagesRequest,
    Limits,
    PreviewPage,
    Refused,
)

MARGIN = 42.0  # points around the image; the caption sits in the top margin, page stamps in the bottom one
CAPTION_BAND = 16.0
JPEG_QUALITY = 85


def _open(data: bytes, limits: Limits) -> Any:
    from PIL import Image, UnidentifiedImageError

    register_heif()
    Image.MAX_IMAGE_PIXELS = None  # the declared size is checked here, before any decoding
    try:
        image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        raise Refused("damaged image: {problem}", problem=_first_line(error)) from None
    frames = getattr(image, "n_frames", 1)
    if frames > limits.max_pages:
        raise Refused("more than {max_pages} pages", max_pages=limits.max_pages)
    return image


def _first_line(error: BaseException) -> str:
    text = str(error).splitlines()
    return text[0][:160] if text else type(error).__name__


def _check_size(image: Any, limits: Limits) -> None:
    width, height = image.size
    if width * height > limits.max_megapixels * 1_000_000:
        raise Refused(
            "image larger than {max_megapixels} megapixels ({megapixels})",
            max_megapixels=limits.max_megapixels,
            megapixels=round(width * height / 1e6),
        )


def frames(data: bytes, limits: Limits, wanted: tuple[int, int] | None = None) -> Iterator[Any]:
    """Each frame (page) upright and in a mode a page can hold: 1 (bilevel), L or RGB. A frame is valid
    until the next is asked for: copy one to keep it.

    ``wanted``: the largest size needed, so a JPEG can be decoded at a reduced scale (DCT scaling).
    """
    from PIL import ExifTags, ImageOps

    image = _open(data, limits)
    try:
        for index in range(getattr(image, "n_frames", 1)):
            try:
                image.seek(index)
                _check_size(image, limits)
                if wanted is not None and image.format == "JPEG":
                    image.draft("RGB" if image.mode == "RGB" else image.mode, wanted)
                image.load()
                upright = image.getexif().get(ExifTags.Base.Orientation, 1) == 1
                # Not copied when already upright (a 12-megapixel photo's copy is 20 ms): a frame is valid
                # until the next one is asked for, or the loop ends.
                yield _printable(image if upright else ImageOps.exif_transpose(image))
            except Refused:
                raise
            except (OSError, ValueError, SyntaxError, EOFError) as error:
                raise Refused(
                    "damaged image (page {page}): {problem}", page=index + 1, problem=_first_line(error)
                ) from None
    finally:
        image.close()


def _printable(frame: Any) -> Any:
    from PIL import Image

    if frame.mode in ("1", "L", "RGB"):
        return frame
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit grey (some scanners, medical images)
        return frame.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if frame.mode in ("RGBA", "LA", "PA", "P") or "transparency" in frame.info:
        rgba = frame.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))  # transparency prints as paper
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return frame.convert("RGB")  # CMYK, YCbCr, F...


# --- exhibit pages ---------------------------------------------------------------------------------------
def exhibit_pages(request: ExhibitPagesRequest) -> ExhibitPages:
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    page_width, page_height = request.paper_points
    box_width, box_height = page_width - 2 * MARGIN, page_height - 2 * MARGIN - 2 * CAPTION_BAND
    most = (math.ceil(box_width / 72 * request.dpi), math.ceil(box_height / 72 * request.dpi))
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    count = 0
    for frame in frames(request.data, request.limits, most):
        count += 1
        scale = min(box_width / frame.width, box_height / frame.height)  # the page's box, aspect kept
        shown = (frame.width * scale, frame.height * scale)
        caption = request.caption if count == 1 else f"{request.caption} (page {count})"
        picture = _fit(frame, most)
        boxes = [box for index, box in request.marks if index == count - 1]
        if boxes:  # burnt into the pixels before they are encoded: nothing survives under a box
            picture = _burn(picture.copy(), boxes)
        _add_image_page(writer, font, picture, shown, caption, request.paper_points)
    buffer = io.BytesIO()
    writer.write(buffer)
    return ExhibitPages(buffer.getvalue(), count)


def _burn(image: Any, boxes: list[tuple[float, float, float, float]]) -> Any:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    width, height = image.size
    black = 0 if image.mode in ("1", "L") else (0, 0, 0)
    for left, top, right, bottom in boxes:
        draw.rectangle(
            (
                max(0, math.floor(left * width)),
                max(0, math.floor(top * height)),
                min(width, math.ceil(right * width)),
                min(height, math.ceil(bottom * height)),
            ),
            fill=black,
        )
    return image


def burn_boxes(rgb: bytes, size: tuple[int, int], boxes: list[tuple[float, float, float, float]]) -> Any:
    """A page's pixels (8-bit RGB) as a picture with black boxes (fractions of the page) burnt in."""
    from PIL import Image

    return _burn(Image.frombytes("RGB", size, rgb), boxes)


def picture_page_pdf(picture: Any, size: tuple[float, float]) -> bytes:
    """A one-page PDF of ``size`` points holding only ``picture``, edge to edge: no text, no fonts."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

    data, entries = _encode(picture)
    writer = PdfWriter()
    stream = StreamObject()
    stream._data = data
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(picture.width),
            NameObject("/Height"): NumberObject(picture.height),
            **{NameObject(key): value for key, value in entries.items()},
        }
    )
    page = writer.add_blank_page(size[0], size[1])
    content = DecodedStreamObject()
    content.set_data(f"q {size[0]:.3f} 0 0 {size[1]:.3f} 0 0 cm /CBPage Do Q\n".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/CBPage"): writer._add_object(stream)})}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _fit(frame: Any, most: tuple[int, int]) -> Any:
    """The frame at no more than print resolution for the box (never enlarged)."""
    from PIL import Image

    scale = min(most[0] / frame.width, most[1] / frame.height, 1.0)
    if scale >= 1.0:
        return frame
    size = (max(1, round(frame.width * scale)), max(1, round(frame.height * scale)))
    if frame.mode == "1":  # a fax finer than print: scale in grey, then back to crisp black and white
        grey = frame.convert("L").resize(size, Image.Resampling.LANCZOS)
        return grey.point(lambda value: 255 if value > 127 else 0).convert("1", dither=Image.Dither.NONE)
    # Hamming, not Lanczos: as sharp to read at print resolution, and 56 ms instead of 135 for a phone
    # photo, the largest part of drawing it (decoding it is 47 ms).
    return frame.resize(size, Image.Resampling.HAMMING, reducing_gap=3.0)


def _encode(image: Any) -> tuple[bytes, dict[str, Any]]:
    """(stream bytes, image dictionary entries) for an image XObject."""
    from PIL import features
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, NumberObject

    if image.mode == "1" and features.check("libtiff"):
        return _group4(image), {
            "/ColorSpace": NameObject("/DeviceGray"),
            "/BitsPerComponent": NumberObject(1),
            "/Filter": NameObject("/CCITTFaxDecode"),
            "/DecodeParms": DictionaryObject(
                {
                    NameObject("/K"): NumberObject(-1),
                    NameObject("/Columns"): NumberObject(image.width),
                    NameObject("/Rows"): NumberObject(image.height),
                    NameObject("/BlackIs1"): BooleanObject(True),
                }
            ),
        }
    if image.mode == "1":
        import zlib

        return zlib.compress(image.tobytes(), 6), {
            "/ColorSpace": NameObject("/DeviceGray"),
            "/BitsPerComponent": NumberObject(1),
            "/Filter": NameObject("/FlateDecode"),
        }
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY)
    space = "/DeviceGray" if image.mode == "L" else "/DeviceRGB"
    return buffer.getvalue(), {
        "/ColorSpace": NameObject(space),
        "/BitsPerComponent": NumberObject(8),
        "/Filter": NameObject("/DCTDecode"),
    }


def _group4(image: Any) -> bytes:
    """The bilevel image as a CCITT Group 4 stream: one TIFF strip, cut out by its tags."""
    from PIL import Image

    buffer = io.BytesIO()
    image.save(buffer, "TIFF", compression="group4", strip_size=math.ceil(image.width / 8) * image.height)
    data = buffer.getvalue()
    with Image.open(io.BytesIO(data)) as written:
        tags: Any = written.tag_v2  # type: ignore[attr-defined]
        offsets, counts = tags[273], tags[279]  # StripOffsets, StripByteCounts
    offsets = offsets if isinstance(offsets, tuple) else (offsets,)
    counts = counts if isinstance(counts, tuple) else (counts,)
    return b"".join(data[o : o + c] for o, c in zip(offsets, counts, strict=True))


def _pdf_text(text: str) -> str:
    safe = text.encode("cp1252", "replace").decode("cp1252")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _add_image_page(
    writer: Any, font: Any, image: Any, shown: tuple[float, float], caption: str, paper: tuple[float, float]
) -> None:
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

    page_width, page_height = paper
    data, entries = _encode(image)
    stream = StreamObject()
    stream._data = data
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(image.width),
            NameObject("/Height"): NumberObject(image.height),
            **{NameObject(key): value for key, value in entries.items()},
        }
    )
    picture = writer._add_object(stream)
    left = MARGIN + (page_width - 2 * MARGIN - shown[0]) / 2
    top = page_height - MARGIN - CAPTION_BAND
    content = DecodedStreamObject()
    content.set_data(
        (
            f"q {shown[0]:.3f} 0 0 {shown[1]:.3f} {left:.3f} {top - shown[1]:.3f} cm /CBImage Do Q\n"
            f"BT /CBCaption 9 Tf 0 g {MARGIN:.2f} {page_height - MARGIN + 4:.2f} Td "
            f"({_pdf_text(caption)}) Tj ET\n"
        ).encode("cp1252", "replace")
    )
    page = writer.add_blank_page(page_width, page_height)
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject({NameObject("/CBImage"): picture}),
            NameObject("/Font"): DictionaryObject({NameObject("/CBCaption"): font}),
        }
    )


# --- preview ----------------------------------------------------------------------------------------------
def preview_page(data: bytes, page: int, width: int, limits: Limits) -> PreviewPage:
    """One frame of an image as raw RGB pixels, ``width`` wide (0: natural size, capped)."""
    from PIL import Image

    target = width or PREVIEW_MAX_PX
    count = 0
    chosen = None
    sizes: list[tuple[float, float]] = []
    image = _open(data, limits)
    try:
        count = getattr(image, "n_frames", 1)
        page = max(0, min(page, count - 1))
        for index in range(count):
            image.seek(index)
            sizes.append((float(image.size[0]), float(image.size[1])))
    finally:
        image.close()
    for index, frame in enumerate(frames(data, limits, (target, target * 4))):
        if index == page:
            chosen = frame.copy()  # the frame itself goes when the loop ends (reduced in size: cheap)
            break
    assert chosen is not None
    largest = PREVIEW_MAX_PX / max(chosen.width, chosen.height)
    scale = min(target / chosen.width, largest) if width else min(1.0, largest)
    size = (max(1, round(chosen.width * scale)), max(1, round(chosen.height * scale)))
    shown = chosen.convert("RGB")
    if size != shown.size:
        shown = shown.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return PreviewPage(page, count, shown.width, shown.height, shown.tobytes(), tuple(sizes))

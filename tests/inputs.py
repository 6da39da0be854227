"""Hostile and unusual inputs, built by the tests themselves (nothing binary is committed)."""

import io
import struct
import zlib
from email.message import EmailMessage

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from tests.helpers import make_pdf


def text_pdf(text: str = "The plan denied coverage as cosmetic.", pages: int = 1) -> bytes:
    """A PDF with a real text layer (Helvetica), so extraction can be checked."""
    writer = PdfWriter()
    for number in range(pages):
        page = writer.add_blank_page(width=612, height=792)
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        line = f"{text} Page {number + 1}.".replace("(", "[").replace(")", "]")
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 700 Td ({line}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def letter_pdf(lines: list[str], size: tuple[float, float] = (612, 792)) -> bytes:
    """A one-page letter with a real text layer, a line per entry, from the top down."""
    writer = PdfWriter()
    width, height = size
    page = writer.add_blank_page(width=width, height=height)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    shown = " ".join(f"({line.replace('(', '[').replace(')', ']')}) Tj 0 -16 Td" for line in lines)
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 11 Tf 72 {height - 72:.0f} Td {shown} ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def photo_taken_on(day: str, width: int = 600, height: int = 400) -> bytes:
    """A JPEG whose EXIF says when it was taken (DateTimeOriginal, "YYYY:MM:DD HH:MM:SS")."""
    from PIL import Image

    image = Image.new("RGB", (width, height), (90, 120, 160))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = f"{day.replace('-', ':')} 10:15:00"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def truncated_pdf() -> bytes:
    data = text_pdf(pages=3)
    return data[: len(data) // 2]


def circular_xref_pdf() -> bytes:
    """Two cross-reference sections whose /Prev pointers point at each other."""
    body = b"%PDF-1.4\n"
    objects = [
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n",
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n",
    ]
    offsets = []
    for obj in objects:
        offsets.append(len(body))
        body += obj
    xref_a = len(body)
    table = b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    # section A's /Prev points at section B, and B's /Prev back at A
    section_a = table + b"trailer << /Size 4 /Root 1 0 R /Prev %d >>\n"
    provisional_b = xref_a + len(section_a % 0)
    body += section_a % provisional_b
    xref_b = len(body)
    body += table + b"trailer << /Size 4 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (xref_a, xref_b)
    return body


def flate_bomb_pdf(megabytes: int = 1024) -> bytes:
    """A page whose content stream is ~1 KB compressed and ``megabytes`` MB decompressed."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    compressed = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    stream = StreamObject()
    stream._data = compressed
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream[NameObject("/Length")] = NumberObject(len(compressed))
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def active_content_pdf() -> bytes:
    """JavaScript in the name tree, an OpenAction that runs it, and an embedded file."""
    writer = PdfWriter()
    writer.append(io.BytesIO(text_pdf("Appeal packet with scripts")))
    writer.add_attachment("payload.txt", b"embedded bytes")
    action = writer._add_object(
        DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('hello from a hostile PDF');"),
            }
        )
    )
    names = writer._root_object[NameObject("/Names")].get_object()
    names[NameObject("/JavaScript")] = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("greeting"), action])}
    )
    writer._root_object[NameObject("/OpenAction")] = action
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted_pdf(password: str, text: str = "Confidential claim file") -> bytes:
    writer = PdfWriter()
    writer.append(io.BytesIO(text_pdf(text, pages=2)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zero_page_pdf() -> bytes:
    writer = PdfWriter()
    writer._root_object[NameObject("/Pages")].get_object()[NameObject("/Kids")] = ArrayObject()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def huge_png_header(width: int = 20000, height: int = 20000) -> bytes:
    """A valid PNG header declaring width x height, with a tiny (bomb-like) data stream."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * (width * 3)
    data = b"".join(compressor.compress(row) for _ in range(16)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def jpeg(width: int = 400, height: int = 200, orientation: int | None = None) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (width, height), (200, 40, 40))
    for x in range(0, width, 20):
        for y in range(height):
            image.putpixel((x, y), (255, 255, 255))
    buffer = io.BytesIO()
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(buffer, "JPEG", exif=exif.tobytes())
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    data = jpeg(800, 600)
    return data[: len(data) // 3]


def _fax_page(number: int, size: tuple[int, int] = (1728, 2200)) -> "object":
    """A bilevel page like a fax machine's (204 x 196 dpi on Letter): white, with a black title bar and a
    box whose width says which page it is, so a rendered page can be told from a blank or another one."""
    from PIL import Image, ImageDraw

    page = Image.new("1", size, 1)
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, size[0] - 100, 220), fill=0)
    draw.rectangle((100, 400, 100 + 200 * number, 600), fill=0)
    return page


def multipage_tiff(pages: int = 3) -> bytes:
    """A multi-page Group 4 fax, each page marked with its number (see ``_fax_page``)."""
    frames = [_fax_page(n + 1) for n in range(pages)]
    buffer = io.BytesIO()
    frames[0].save(  # type: ignore[attr-defined]
        buffer, "TIFF", save_all=True, append_images=frames[1:], compression="group4", dpi=(204, 196)
    )
    return buffer.getvalue()


def fax_tiff() -> bytes:
    """One bilevel Group 4 page, as most fax software saves a received fax."""
    buffer = io.BytesIO()
    _fax_page(1).save(buffer, "TIFF", compression="group4", dpi=(204, 196))  # type: ignore[attr-defined]
    return buffer.getvalue()


def rgb_tiff(width: int = 1200, height: int = 900) -> bytes:
    """A colour scan saved as an LZW TIFF (what office scanners do), with a red band across it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (245, 240, 230))
    ImageDraw.Draw(image).rectangle((0, height // 3, width, height // 2), fill=(200, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, "TIFF", compression="tiff_lzw", dpi=(150, 150))
    return buffer.getvalue()


def heic_photo() -> bytes:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (20, 120, 200)).save(buffer, "HEIF", quality=60)
    return buffer.getvalue()


def email_with_two_attachments() -> bytes:
    message = EmailMessage()
    message["From"] = "Evergreen Appeals <appeals@evergreen.example>"
    message["To"] = "Sam Mendes <sam@example.org>"
    message["Subject"] = "Your appeal AP-10449871: documents received"
    message["Date"] = "Tue, 03 Nov 2026 09:30:00 -0500"
    message.set_content("We received your reconsideration request.\nReference AP-10449871.\n")
    message.add_attachment(
        text_pdf("Acknowledgement of appeal AP-10449871"),
        maintype="application",
        subtype="pdf",
        filename="acknowledgement.pdf",
    )
    message.add_attachment(
        b"Claim file index\n1. Denial notice\n",
        maintype="text",
        subtype="plain",
        filename="claim file index.txt",
    )
    return bytes(message)


__all__ = ["make_pdf"]


def scanned_pdf(
    mode: str = "RGB",
    size: tuple[int, int] = (1275, 1650),
    rotate: int = 0,
    image_keys: dict[str, object] | None = None,
    placement: str = "0 0 612 792",
) -> bytes:
    """A page holding one large JPEG (a smooth "scan" with dark bands, so reductions are comparable) and
    a line of real text over it. ``image_keys`` adds to the image dictionary (masks, decode arrays)."""
    from PIL import Image, ImageDraw

    picture = Image.linear_gradient("L").resize(size).convert(mode)
    draw = ImageDraw.Draw(picture)
    ink = {"L": 0, "RGB": (20, 40, 120), "CMYK": (0, 0, 0, 255)}[mode]
    for top in range(size[1] // 10, size[1], size[1] // 6):
        draw.rectangle((size[0] // 8, top, size[0] * 7 // 8, top + size[1] // 20), fill=ink)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90)
    space = {"RGB": "/DeviceRGB", "L": "/DeviceGray", "CMYK": "/DeviceCMYK"}[mode]
    writer = PdfWriter()
    image = StreamObject()
    image._data = buffer.getvalue()
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(size[0]),
            NameObject("/Height"): NumberObject(size[1]),
            NameObject("/ColorSpace"): NameObject(space),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    for key, value in (image_keys or {}).items():
        image[NameObject(key)] = value  # type: ignore[assignment]
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page = writer.add_blank_page(width=612, height=792)
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject({NameObject("/Scan"): writer._add_object(image)}),
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)}),
        }
    )
    if rotate:
        page[NameObject("/Rotate")] = NumberObject(rotate)
    left, bottom, right, top = (float(v) for v in placement.split())
    width, height = right - left, top - bottom
    content = DecodedStreamObject()
    caption = "BT /F1 28 Tf 1 0 0 rg 60 40 Td (Appeal page one) Tj ET"  # red, over the scan's foot
    content.set_data(f"q {width} 0 0 {height} {left} {bottom} cm /Scan Do Q {caption}".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

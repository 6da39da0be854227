"""Realistic test PDFs for benchmarks: a text layer plus a scanned-looking JPEG, about the size asked for."""

import io
import random

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject


def _noise_jpeg(target_bytes: int, seed: int) -> tuple[bytes, int, int]:
    from PIL import Image

    rng = random.Random(seed)
    side = 300
    while True:
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        if buffer.tell() >= target_bytes * 0.9:
            return buffer.getvalue(), side, side
        side = int(side * 1.25)


def scanned_letter_pdf(size_bytes: int = 1024 * 1024, pages: int = 3, seed: int = 0) -> bytes:
    jpeg, width, height = _noise_jpeg(size_bytes, seed)
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    image = StreamObject()
    image._data = jpeg
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
            NameObject("/Length"): NumberObject(len(jpeg)),
        }
    )
    image_ref = writer._add_object(image)
    for number in range(pages):
        page = writer.add_blank_page(width=612, height=792)
        page[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/Font"): DictionaryObject({NameObject("/F1"): font}),
                NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): image_ref}),
            }
        )
        content = DecodedStreamObject()
        draw = "q 400 0 0 400 106 300 cm /Im0 Do Q " if number == 0 else ""
        lines = " ".join(
            f"0 -14 Td (Claim {seed} line {n}: the plan denied coverage as cosmetic.) Tj" for n in range(30)
        )
        content.set_data(f"{draw}BT /F1 11 Tf 72 740 Td {lines} ET".encode())
        page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()

"""Every page on the chosen paper, and a stamp that never covers content: checked by rendering.

The exhibits are full-bleed "scans" (a red picture to every edge) of several sizes and a letter with a clear
foot. Rendered with pdftoppm, no stamp pixel may sit where a content pixel is: the box around the stamp's
grey text holds no red.
"""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject
from sqlalchemy import delete
from sqlmodel import select

from casebinder.domain.models import BlobFoot
from casebinder.infra.sources import Source
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import PacketOptions, export_packet, select_documents
from casebinder.vault import Vault
from tests import inputs
from tests.helpers import new_case

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)
LEGAL = (612.0, 1008.0)


def full_bleed_scan(size: tuple[float, float], rotate: int = 0) -> bytes:
    """One page covered edge to edge by a red scan (a JPEG), as a phone or copier makes them."""
    picture = Image.new("RGB", (int(size[0] * 150 / 72), int(size[1] * 150 / 72)), (220, 30, 30))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90)
    writer = PdfWriter()
    page = writer.add_blank_page(width=size[0], height=size[1])
    image = StreamObject()
    image._data = buffer.getvalue()
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(picture.width),
            NameObject("/Height"): NumberObject(picture.height),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Scan"): writer._add_object(image)})}
    )
    content = DecodedStreamObject()
    content.set_data(f"q {size[0]} 0 0 {size[1]} 0 0 cm /Scan Do Q".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    if rotate:
        page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _is_content(pixel: tuple[int, int, int]) -> bool:
    red, green, blue = pixel
    return red > 150 and green < 110 and blue < 110


def _is_stamp(pixel: tuple[int, int, int]) -> bool:
    red, green, blue = pixel
    return max(red, green, blue) < 140 and max(red, green, blue) - min(red, green, blue) < 30


def stamp_overlaps(png: Path) -> tuple[bool, int]:
    """(whether any content pixel lies inside the box around the stamp's pixels, how many stamp pixels)."""
    with Image.open(png) as opened:
        image = opened.convert("RGB")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    foot = range(height - int(height * 40 / 792), height)  # the bottom 40 points
    stamp = [(x, y) for y in foot for x in range(width) if _is_stamp(pixels[x, y])]
    if not stamp:
        return False, 0
    left, right = min(x for x, _ in stamp) - 2, max(x for x, _ in stamp) + 2
    top, bottom = min(y for _, y in stamp) - 2, max(y for _, y in stamp) + 2
    overlap = any(
        _is_content(pixels[x, y])
        for y in range(max(0, top), min(height, bottom + 1))
        for x in range(max(0, left), min(width, right + 1))
    )
    return overlap, len(stamp)


@pytest.mark.parametrize(
    ("paper", "measured"), [("letter", "at import"), ("a4", "at import"), ("letter", "at export")]
)
def test_every_page_is_on_the_paper_and_no_stamp_covers_content(
    vault: Vault, tmp_path: Path, paper: str, measured: str
) -> None:
    case_id = new_case(vault)
    sources = [
        Source(name="letter scan.pdf", data=full_bleed_scan(LETTER)),
        Source(name="a4 scan.pdf", data=full_bleed_scan(A4)),
        Source(name="legal scan.pdf", data=full_bleed_scan(LEGAL)),
        Source(name="sideways scan.pdf", data=full_bleed_scan(A4, rotate=90)),
        Source(name="clear letter.pdf", data=inputs.letter_pdf(["A letter with a clear foot"], LETTER)),
        Source(name="clear a4 letter.pdf", data=inputs.letter_pdf(["An A4 letter"], A4)),
    ]
    assert {s.outcome.status for s in import_files(vault, case_id, sources)} == {"imported"}
    with vault.transaction() as session:
        stored = session.exec(select(BlobFoot)).all()
        assert len(stored) == len(sources), "import measures every PDF's feet"
        if measured == "at export":  # as documents stored before schema 1.7 are
            session.execute(delete(BlobFoot))
    documents = select_documents(vault, case_id)
    out = tmp_path / "packet.pdf"
    options = PacketOptions(sections=("cover", "index"), paper=paper)  # type: ignore[arg-type]
    steps = list(export_packet(vault, case_id, out, documents, options))

    wanted = LETTER if paper == "letter" else A4
    reader = PdfReader(out)
    for number, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(wanted, abs=0.5), f"page {number} is {size}, not {paper}"
        assert int(page.get("/Rotate", 0) or 0) % 360 == 0

    notes = " ".join(steps[-1].notes)
    # On letter: A4, legal, sideways A4 and the A4 letter; on A4: letter, legal, sideways and the letter.
    assert "4 pages of another size scaled to fit" in notes
    assert "1 page shrunk into the margin so the stamp clears its content" in notes  # the same-size scan

    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == len(reader.pages)
    for png in pngs:
        overlap, stamp_pixels = stamp_overlaps(png)
        assert stamp_pixels > 100, f"{png.name}: no stamp found"
        assert not overlap, f"{png.name}: the stamp covers content"


def test_a_scan_that_reaches_the_foot_would_be_covered_without_the_measure(tmp_path: Path) -> None:
    """The check above can fail: a stamp drawn straight onto a full-bleed scan is found overlapping."""
    scan = PdfReader(io.BytesIO(full_bleed_scan(LETTER))).pages[0]
    writer = PdfWriter()
    page = writer.add_page(scan)
    content = DecodedStreamObject()
    content.set_data(b"q BT /F1 7 Tf 0.25 g 200 12 Td (CLM-1 - Exhibit 1 - Page 1 of 1) Tj ET Q")
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    resources = page["/Resources"].get_object()
    resources[NameObject("/Font")] = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page.merge_page(PdfReader(io.BytesIO(_stream_page(content))).pages[0])
    out = tmp_path / "naive.pdf"
    writer.write(out)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(out), str(tmp_path / "n")], check=True
    )
    overlap, stamp_pixels = stamp_overlaps(tmp_path / "n.png")
    assert stamp_pixels > 100
    assert overlap


def _stream_page(content: DecodedStreamObject) -> bytes:
    writer = PdfWriter()
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
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

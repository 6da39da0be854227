"""Render the demo packet's first pages into docs/screenshots/packet-pages.png (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/packet_pages.py

Builds the demo vault in a temporary folder, exports the eyelid case's packet, renders chosen pages with
pdftoppm (as a reviewer's viewer would) and lays their upper parts out in two rows; the last is an
exhibit's first page, after its divider.
"""

import subprocess
import tempfile
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from casebinder.usecases.demo import build_demo
from casebinder.usecases.packet import PacketOptions, export_packet, select_documents

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "packet-pages.png"
WANTED = (
    ("Cover", 0),
    ("Index", 0),
    ("Chronology", 0),
    ("Record of submissions", 0),
    ("Exhibit 8 ", 1),
    ("Exhibit 2 ", 1),
)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = build_demo(folder / "demo.casebinder")
        with demo.vault:
            case_id = demo.case_ids["eyelids"]
            packet = folder / "packet.pdf"
            list(
                export_packet(
                    demo.vault, case_id, packet, select_documents(demo.vault, case_id), PacketOptions()
                )
            )
        reader = PdfReader(packet)
        starts = {item.title: reader.get_destination_page_number(item) for item in reader.outline}  # type: ignore[union-attr]
        pages = [
            next(n for t, n in starts.items() if t.startswith(want)) + 1 + after for want, after in WANTED
        ]
        images = []
        for number in pages:
            prefix = folder / f"page{number}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "60",
                    "-png",
                    "-singlefile",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    str(packet),
                    str(prefix),
                ],
                check=True,
            )
            page = Image.open(prefix.with_suffix(".png")).convert("RGB")
            images.append(page.crop((0, 0, page.width, int(page.height * 0.55))))
    gap, columns = 12, 3
    width, height = images[0].size
    sheet = Image.new("RGB", (columns * width + (columns + 1) * gap, 2 * height + 3 * gap), (200, 200, 200))
    for index, image in enumerate(images):
        row, column = divmod(index, columns)
        sheet.paste(image, (gap + column * (width + gap), gap + row * (height + gap)))
    sheet.save(OUT, optimize=True)
    print(f"wrote {OUT} ({sheet.width}x{sheet.height})")


if __name__ == "__main__":
    main()

"""Packet export of what a caregiver really holds: phone photos of letters, 1 MB scans, small PDFs.

    .venv/bin/python -m tests.bench.bench_export_mix [PHOTOS] [SCANS] [PDFS]

Prints the export's time, its peak memory (the process's high-water mark, Linux) and the packet's size
next to the inputs'. Floors, measured in the same run: the qpdf merge-and-overlay pair on the scans alone
(``qpdf --empty --pages`` then ``qpdf --overlay``), and the inputs' size. Targets (issue 16): peak under
300 MB whatever the inputs, the packet near the inputs' size (photos at print resolution, not camera size),
and time no worse than the qpdf pair on the PDFs among them.
"""

import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casebinder.infra.qt.pages import markdown_to_pdf
from casebinder.infra.sources import Source
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import PacketOptions, export_packet, select_documents
from casebinder.vault import Vault
from tests.bench.bench_export import _kb
from tests.bench.pdfs import scanned_letter_pdf
from tests.inputs import text_pdf


def phone_photo(seed: int, size: tuple[int, int] = (4032, 3024)) -> bytes:
    """A 12-megapixel JPEG of about 3 MB, like a phone's photo of a letter (smooth paper, some grain)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    small = Image.frombytes("L", (size[0] // 8, size[1] // 8), rng.randbytes(size[0] // 8 * size[1] // 8))
    grain = small.resize(size).filter(ImageFilter.GaussianBlur(1))
    image = Image.merge("RGB", (grain, grain, grain)).point(lambda v: 150 + v // 3)
    draw = ImageDraw.Draw(image)
    for line in range(60):
        y = 200 + line * 45
        draw.rectangle((300, y, 300 + rng.randint(1500, 3400), y + 18), fill=(40, 40, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> None:
    photos, scans, small = (int(a) for a in (sys.argv[1:4] + ["60", "100", "100"][len(sys.argv[1:4]) :]))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sources: list[Source] = []
        scan_paths: list[Path] = []
        for n in range(scans):
            path = folder / f"scan{n:03}.pdf"
            path.write_bytes(scanned_letter_pdf(1024 * 1024, pages=2, seed=n))
            scan_paths.append(path)
            sources.append(Source(name=path.name, data=path.read_bytes()))
        for n in range(small):
            sources.append(Source(name=f"letter{n:03}.pdf", data=text_pdf(f"Letter {n}: denied.", pages=2)))
        for n in range(photos):
            sources.append(Source(name=f"IMG_{n:04}.jpg", data=phone_photo(n)))
        size_in = sum(len(s.data or b"") for s in sources)
        vault, _ = Vault.create(folder / "mix.casebinder", "benchmark passphrase")
        with vault:
            case = add_case(vault, "Bench", CaseFields(title="Export mix", claim_number="CLM-1")).record
            assert case.id is not None
            assert {s.outcome.status for s in import_files(vault, case.id, sources)} == {"imported"}
            del sources
            documents = select_documents(vault, case.id)
            out = folder / "packet.pdf"
            before = _kb("VmRSS")
            clear = Path("/proc/self/clear_refs")
            if clear.exists():
                clear.write_text("5")  # reset the high-water mark: Argon2 and the import set it
            start = time.perf_counter()
            list(export_packet(vault, case.id, out, documents, PacketOptions()))
            ours = time.perf_counter() - start
            peak = _kb("VmHWM")
        stamp = folder / "stamp.pdf"
        stamp.write_bytes(markdown_to_pdf("Stamp: CLM-1 - Exhibit - Page", title="stamp"))
        merged, stamped = folder / "merged.pdf", folder / "stamped.pdf"
        start = time.perf_counter()
        subprocess.run(["qpdf", "--empty", "--pages", *map(str, scan_paths), "--", str(merged)], check=True)
        subprocess.run(
            ["qpdf", str(merged), "--overlay", str(stamp), "--repeat=1", "--", str(stamped)], check=True
        )
        qpdf = time.perf_counter() - start
        packet = out.stat().st_size
    print(
        f"{photos} phone photos, {scans} scans of 1 MB, {small} small PDFs: {size_in / 1e6:.0f} MB of inputs"
    )
    print(f"  export                      {ours:6.2f} s   (qpdf pair on the scans alone: {qpdf:.2f} s)")
    print(
        f"  peak memory while exporting {peak / 1024:6.0f} MB"
        f"  (before: {before / 1024:.0f} MB; target < 300 MB)"
    )
    print(f"  packet                      {packet / 1e6:6.0f} MB  ({packet / size_in:.2f}x the inputs)")


if __name__ == "__main__":
    main()

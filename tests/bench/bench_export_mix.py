"""Packet export of what a caregiver really holds: phone photos of letters, 1 MB scans, small PDFs.

    .venv/bin/python -m tests.bench.bench_export_mix [PHOTOS] [SCANS] [PDFS]

The export runs in a fresh process, as the app's or the command line's would, and its peak memory is that
process's high-water mark (Linux); the packet's size is printed next to the inputs'. The floor, measured in
the same run, is the least any tool does to make the same packet: the qpdf merge-and-overlay pair on the
PDFs among the inputs (``qpdf --empty --pages`` then ``qpdf --overlay``), plus the photos brought to print
resolution (Pillow decoding each, scaling it to the page's box at 300 dpi and encoding it, on every core):
qpdf cannot read a JPEG, and a photo copied at camera size is the 5 MB page the packet must not carry.
Targets (issue 16): peak under 300 MB whatever the inputs, the packet near the inputs' size, and time no
worse than the floor.
"""

import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casebinder.infra.qt.pages import markdown_to_pdf
from casebinder.infra.sources import Source
from casebinder.usecases.cases import CaseFields, add_case, list_cases
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import PacketOptions, export_packet, select_documents
from casebinder.vault import Vault
from tests.bench.bench_export import _kb
from tests.bench.pdfs import scanned_letter_pdf
from tests.inputs import text_pdf

PASSPHRASE = "benchmark passphrase"


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


def _drawn_at_print_size(data: bytes) -> int:
    """The floor's work for one photo: decode, scale into a letter page's box at 300 dpi, encode."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    box = (2200, 2817)  # (8.5 in - margins) x (11 in - margins and caption) at 300 dpi
    image.draft("RGB", box)
    scale = min(box[0] / image.width, box[1] / image.height, 1.0)
    small = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.HAMMING)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=85)
    return len(out.getvalue())


def _photos_floor(folder: Path, photos: int) -> float:
    """Seconds to draw the photos at print size with Pillow alone, one process per core."""
    import multiprocessing

    datas = [(folder / f"IMG_{n:04}.jpg").read_bytes() for n in range(photos)]
    with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 1) as pool:
        pool.map(_drawn_at_print_size, datas[:2])  # the pool's start-up is not the floor's work
        start = time.perf_counter()
        pool.map(_drawn_at_print_size, datas, chunksize=1)
        return time.perf_counter() - start


def export_in_fresh_process(vault_path: Path, out: Path) -> None:
    """Run by the benchmark in a process of its own: unlock, export twice (the parser workers cold, as in
    a command-line export; then started, as in the app after any import or preview), print both times
    and the peak kB of the second."""
    vault = Vault.open(vault_path, passphrase=PASSPHRASE)
    with vault:
        [case_id] = [summary.case.id for summary in list_cases(vault)]
        assert case_id is not None
        documents = select_documents(vault, case_id)
        clear = Path("/proc/self/clear_refs")
        if clear.exists():
            clear.write_text("5")  # reset the high-water mark: unlocking (Argon2) set it, not the export
        times = []
        for _run in range(2):
            start = time.perf_counter()
            list(export_packet(vault, case_id, out, documents, PacketOptions()))
            times.append(time.perf_counter() - start)
            if clear.exists() and _run == 0:
                clear.write_text("5")  # the second export's peak: what a long app session sees
        print(*times, _kb("VmHWM"))


def main() -> None:
    if sys.argv[1:2] == ["--export"]:
        export_in_fresh_process(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    photos, scans, small = (int(a) for a in (sys.argv[1:4] + ["60", "100", "100"][len(sys.argv[1:4]) :]))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sources: list[Source] = []
        pdf_paths: list[Path] = []
        for n in range(scans):
            path = folder / f"scan{n:03}.pdf"
            path.write_bytes(scanned_letter_pdf(1024 * 1024, pages=2, seed=n))
            pdf_paths.append(path)
            sources.append(Source(name=path.name, data=path.read_bytes()))
        for n in range(small):
            path = folder / f"letter{n:03}.pdf"
            path.write_bytes(text_pdf(f"Letter {n}: denied.", pages=2))
            pdf_paths.append(path)
            sources.append(Source(name=path.name, data=path.read_bytes()))
        for n in range(photos):
            path = folder / f"IMG_{n:04}.jpg"
            path.write_bytes(phone_photo(n))
            sources.append(Source(name=path.name, data=path.read_bytes()))
        size_in = sum(len(s.data or b"") for s in sources)
        vault, _ = Vault.create(folder / "mix.casebinder", PASSPHRASE)
        with vault:
            case = add_case(vault, "Bench", CaseFields(title="Export mix", claim_number="CLM-1")).record
            assert case.id is not None
            assert {s.outcome.status for s in import_files(vault, case.id, sources)} == {"imported"}
        del sources
        out = folder / "packet.pdf"
        command = [
            sys.executable,
            "-m",
            "tests.bench.bench_export_mix",
            "--export",
            str(vault.path),
            str(out),
        ]
        answer = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
        cold, ours, peak = float(answer[0]), float(answer[1]), int(answer[2])
        photos_floor = _photos_floor(folder, photos)
        stamp = folder / "stamp.pdf"
        stamp.write_bytes(markdown_to_pdf("Stamp: CLM-1 - Exhibit - Page", title="stamp"))
        merged, stamped = folder / "merged.pdf", folder / "stamped.pdf"
        start = time.perf_counter()
        subprocess.run(["qpdf", "--empty", "--pages", *map(str, pdf_paths), "--", str(merged)], check=True)
        subprocess.run(
            ["qpdf", str(merged), "--overlay", str(stamp), "--repeat=1", "--", str(stamped)], check=True
        )
        qpdf = time.perf_counter() - start
        packet = out.stat().st_size
    floor = qpdf + photos_floor
    print(
        f"{photos} phone photos, {scans} scans of 1 MB, {small} small PDFs: {size_in / 1e6:.0f} MB of inputs"
    )
    print(
        f"  export              {ours:6.2f} s   floor {floor:.2f} s (qpdf pair on the PDFs {qpdf:.2f} s"
        f" + photos at print size {photos_floor:.2f} s): {ours / floor:.2f}x"
    )
    print(
        f"  export, cold        {cold:6.2f} s   (the parser workers starting up first: {cold / floor:.2f}x)"
    )
    print(f"  peak memory         {peak / 1024:6.0f} MB  (the exporting process; target < 300 MB)")
    print(f"  packet              {packet / 1e6:6.0f} MB  ({packet / size_in:.2f}x the inputs)")


if __name__ == "__main__":
    main()

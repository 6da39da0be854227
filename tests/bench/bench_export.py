"""Packet export speed and memory: 300 documents of 5 pages, next to qpdf doing less on the same inputs.

    .venv/bin/python -m tests.bench.bench_export [DOCUMENTS] [WORD-TO-REDACT]
    CB_FROM=family .venv/bin/python -m tests.bench.bench_export [DOCUMENTS]   # from the family vault

Everything a packet does by default is on: pages fitted to the paper, stamps placed clear of content (the feet
measured at import), the chronology citing exhibit pages with links, a call log and a record of submissions.
With a word to redact, every exhibit page is also searched for it by a parser worker. 600 documents make a
3,600-page packet: the memory figure at that size is the one the packet issue sets (under 300 MB).

The comparison, measured in the same run: ``qpdf --empty --pages ...`` (merge) followed by a
``qpdf --overlay`` stamping pass. Casebinder does more (cover, index with links, dividers, bookmarks,
per-page stamps, active-content stripping). Peak memory is the exporting process's high-water mark (Linux).
"""

import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casebinder.domain.enums import CorrespondenceMethod
from casebinder.infra.qt.pages import markdown_to_pdf
from casebinder.infra.sources import Source
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence
from casebinder.usecases.documents import save_copy
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import PacketOptions, export_packet, select_documents
from casebinder.vault import Vault
from tests.inputs import text_pdf


def _kb(field: str) -> int:
    status = Path("/proc/self/status")
    if not status.exists():
        return 0
    for line in status.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    if os.environ.get("CB_FROM") == "family":
        from_family(count)
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inputs = []
        for i in range(count):
            path = folder / f"doc{i:03d}.pdf"
            path.write_bytes(text_pdf(f"Exhibit text {i}: the plan denied coverage as cosmetic.", pages=5))
            inputs.append(path)
        vault, _ = Vault.create(folder / "export.casebinder", "benchmark passphrase")
        with vault:
            case = add_case(vault, "Bench", CaseFields(title="Export benchmark", claim_number="CLM-1")).record
            assert case.id is not None
            sources = [Source(name=p.name, data=p.read_bytes()) for p in inputs]
            assert {s.outcome.status for s in import_files(vault, case.id, sources)} == {"imported"}
            documents = select_documents(vault, case.id)
            for hour in range(20):
                add_call(vault, case.id, CallFields(at=dt.datetime(2026, 3, 2, 8) + dt.timedelta(hours=hour)))
            enclosed = tuple(d.id for d in documents[:3] if d.id is not None)
            letter = CorrespondenceFields(
                date=dt.date(2026, 3, 5), method=CorrespondenceMethod.FAX, proof="OK"
            )
            add_correspondence(vault, case.id, letter, enclosed)
            out = folder / "packet.pdf"
            before = _kb("VmRSS")
            clear = Path("/proc/self/clear_refs")
            if clear.exists():
                clear.write_text("5")  # reset the high-water mark: Argon2 (192 MiB) set it at unlock
            start = time.perf_counter()
            redact = tuple(sys.argv[2:3])
            list(export_packet(vault, case.id, out, documents, PacketOptions(redact=redact)))
            ours = time.perf_counter() - start
            peak = _kb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stamp = folder / "stamp.pdf"
        stamp.write_bytes(markdown_to_pdf("Stamp: CLM-1 - Exhibit - Page", title="stamp"))
        merged, stamped = folder / "merged.pdf", folder / "stamped.pdf"
        start = time.perf_counter()
        subprocess.run(["qpdf", "--empty", "--pages", *map(str, inputs), "--", str(merged)], check=True)
        overlay = ["qpdf", str(merged), "--overlay", str(stamp), "--repeat=1", "--", str(stamped)]
        subprocess.run(overlay, check=True)
        qpdf = time.perf_counter() - start
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        size_in = sum(p.stat().st_size for p in inputs)
    print(f"{count} documents x 5 pages -> a {pages}-page packet")
    also = f", redacting {sys.argv[2]!r}" if len(sys.argv) > 2 else ""
    print(f"  Casebinder export (cover, index, summaries, dividers, bookmarks, stamps{also})  {ours:6.2f} s")
    print(f"  qpdf --empty --pages + qpdf --overlay stamping               {qpdf:6.2f} s")
    print(
        f"  ratio                                                        {ours / qpdf:6.2f}x  (target <= 1)"
    )
    print(f"  peak memory while exporting  {peak / 1024:.0f} MB (before the export: {before / 1024:.0f} MB)")
    print(f"  inputs {size_in / 1e6:.1f} MB")


def from_family(count: int) -> None:
    """The packet of ``count`` documents of the family vault's big case (its 834 calls, its letters and
    their enclosures in the summaries), next to the qpdf pair on the same documents' bytes."""
    from tests.bench.family_vault import FAMILY, family_vault

    with tempfile.TemporaryDirectory() as name, family_vault(FAMILY) as vault:
        folder = Path(name)
        documents = select_documents(vault, 1)[:count]
        inputs = []
        for document in documents:
            assert document.id is not None
            inputs.append(save_copy(vault, document.id, folder / f"doc{document.id:05d}.pdf"))
        out = folder / "packet.pdf"
        clear = Path("/proc/self/clear_refs")
        if clear.exists():
            clear.write_text("5")  # reset the high-water mark: Argon2 (192 MiB) set it at unlock
        start = time.perf_counter()
        list(export_packet(vault, 1, out, documents, PacketOptions()))
        ours = time.perf_counter() - start
        peak = _kb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        qpdf = _qpdf_pair(folder, inputs)
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
    print(f"{len(documents)} documents of the family vault's 10,000-document case -> a {pages}-page packet")
    print(
        f"  Casebinder export  {ours:6.2f} s   qpdf pair {qpdf:6.2f} s   {ours / qpdf:5.2f}x  (target <= 1)"
    )
    print(f"  peak memory while exporting  {peak / 1024:.0f} MB")


def _qpdf_pair(folder: Path, inputs: list[Path]) -> float:
    stamp = folder / "stamp.pdf"
    stamp.write_bytes(markdown_to_pdf("Stamp: CLM-1 - Exhibit - Page", title="stamp"))
    merged, stamped = folder / "merged.pdf", folder / "stamped.pdf"
    start = time.perf_counter()
    subprocess.run(["qpdf", "--empty", "--pages", *map(str, inputs), "--", str(merged)], check=True)
    overlay = ["qpdf", str(merged), "--overlay", str(stamp), "--repeat=1", "--", str(stamped)]
    subprocess.run(overlay, check=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()

"""Import speed, next to the floor of writing the same bytes into SQLCipher.

    .venv/bin/python -m tests.bench.bench_import [COUNT] [scans|small|mix]   # COUNT 0: the workload's own

Workloads: ``scans`` (default: COUNT one-megabyte scanned PDFs, 200), ``small`` (COUNT two-page letters of
50 kB, text and a letterhead picture, as a portal gives them: 2,000), ``mix`` (what a caregiver's phone
and scanner make: 60 twelve-megapixel photos, 100 scans, 100 small PDFs; COUNT is ignored). Throughput
is printed for each tenth of the files too: it should stay flat as the vault grows.

The floor is what encryption alone costs: the same files, read and inserted in 1 MiB chunks, one transaction
each, into a SQLCipher table with the vault's own settings (WAL, synchronous=FULL). The import does that plus
parsing in worker processes, text extraction, thumbnails, deduplication and the search index. Target: <= 3x.
The import runs as the app's does: scans and photos land first and their words are read by OCR afterwards
(timed on its own line); ``CB_TEXT_NOW=1`` reads them during the import instead, as ``doc add`` does.
``CB_INTO=family`` imports into a copy of the family vault (``tests/bench/family_vault.py``) instead of a
new one: throughput should not fall as the vault grows.
"""

import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from casebinder.infra.parsing.workers import ParserPool
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.text_later import read_all_pending
from casebinder.vault import Vault
from casebinder.vault.connection import connect
from casebinder.vault.keys import new_raw_key, new_salt
from tests.bench.pdfs import scanned_letter_pdf


def floor(files: list[Path], folder: Path, name: str) -> float:
    con = connect(folder / f"floor-{name}.db", new_raw_key(), create=True, salt=new_salt())
    con.execute("CREATE TABLE chunk (file INTEGER, seq INTEGER, data BLOB, PRIMARY KEY (file, seq))")
    start = time.perf_counter()
    for number, path in enumerate(files):
        con.execute("BEGIN")
        with path.open("rb") as handle:
            seq = 0
            while piece := handle.read(1024 * 1024):
                con.execute("INSERT INTO chunk VALUES (?, ?, ?)", (number, seq, piece))
                seq += 1
        con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    workload = sys.argv[2] if len(sys.argv) > 2 else "scans"
    count = (int(sys.argv[1]) if len(sys.argv) > 1 else 0) or (2000 if workload == "small" else 200)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inbox = folder / "inbox"
        inbox.mkdir()
        files = _inputs(inbox, workload, count)
        count = len(files)
        total_mb = sum(p.stat().st_size for p in files) / 1e6
        into = os.environ.get("CB_INTO")  # "family": a copy of tests/bench/family_vault.py's 10,000 documents
        if into == "family":
            from tests.bench.family_vault import FAMILY, PASSPHRASE, family_vault

            family_vault(FAMILY).close()  # built once, then reused
            shutil.copyfile(FAMILY, folder / "bench.casebinder")
            vault = Vault.open(folder / "bench.casebinder", passphrase=PASSPHRASE)
        else:
            vault, _ = Vault.create(folder / "bench.casebinder", "benchmark passphrase")
        with vault, ParserPool(int(os.environ.get("CB_WORKERS", "0")) or None) as pool:
            case = add_case(vault, "Bench", CaseFields(title="Import benchmark")).record
            assert case.id is not None
            options = ImportOptions(text_later=os.environ.get("CB_TEXT_NOW") is None)  # as the app does
            warm = scanned_letter_pdf(seed=10_000)
            (folder / "warm.pdf").write_bytes(warm)
            list(import_files(vault, case.id, [folder / "warm.pdf"], pool=pool))  # start the workers
            floor_before = floor(files, folder, "before")
            start = time.perf_counter()
            cpu_start = resource.getrusage(resource.RUSAGE_SELF)
            statuses: list[str] = []
            tenths: list[float] = []  # seconds for each tenth of the files, in order
            mark = start
            refusals: list[str] = []
            for step in import_files(vault, case.id, files, options, pool=pool):
                statuses.append(step.outcome.status)
                if step.outcome.status != "imported":
                    refusals.append(str(getattr(step.outcome, "reason", step.outcome)))
                if len(statuses) % max(1, count // 10) == 0:
                    now = time.perf_counter()
                    tenths.append(now - mark)
                    mark = now
            import_s = time.perf_counter() - start
            cpu_end = resource.getrusage(resource.RUSAGE_SELF)
            main_cpu = (cpu_end.ru_utime - cpu_start.ru_utime) + (cpu_end.ru_stime - cpu_start.ru_stime)
            floor_after = floor(files, folder, "after")
            words_start = time.perf_counter()
            words = list(read_all_pending(vault, pool)) if options.text_later else []
            words_s = time.perf_counter() - words_start
            floor_s = (floor_before + floor_after) / 2  # one run either side, so order favours neither
        assert statuses.count("imported") == count, sorted(set(refusals))
        where = "into the family vault (10,000 documents)" if into == "family" else "into a new vault"
        print(f"{count} files ({workload}), {total_mb:.0f} MB, {pool.size} parser processes, {where}")
        print(
            f"  floor (SQLCipher insert, 1 txn per file) {floor_s:6.2f} s  {total_mb / floor_s:6.0f} MB/s"
            f"  (mean of {floor_before:.2f} s before and {floor_after:.2f} s after the import)"
        )
        print(
            f"  import (parse, text, thumbnail, index)   {import_s:6.2f} s  {total_mb / import_s:6.0f} MB/s"
            f"  {import_s / count * 1000:.0f} ms/file"
        )
        per_file = main_cpu / count * 1000
        print(f"  CPU in the importing process              {main_cpu:6.2f} s  ({per_file:.0f} ms/file)")
        print(
            f"  ratio import / floor                      {import_s / floor_s:6.2f}x  (target <= 3x; "
            f"{import_s / min(floor_before, floor_after):.2f}x against the faster floor run)"
        )
        if words:
            print(
                f"  words read after the import (OCR)        {words_s:6.2f} s  ({len(words)} files, "
                f"{sum(w.found for w in words)} with words; in the vault and in use meanwhile)"
            )
        if len(tenths) >= 2:
            print("  seconds per tenth of the files, first to last: " + " ".join(f"{t:.2f}" for t in tenths))


def _inputs(inbox: Path, workload: str, count: int) -> list[Path]:
    from tests.bench.bench_export_mix import phone_photo
    from tests.inputs import text_pdf

    made: list[tuple[str, bytes]] = []
    if workload == "scans":
        made = [(f"letter {i:03d}.pdf", scanned_letter_pdf(seed=i)) for i in range(count)]
    elif workload == "small":
        made = [
            (f"letter {i:04d}.pdf", scanned_letter_pdf(50 * 1024, pages=2, seed=i))  # a portal's letter
            for i in range(count)
        ]
    elif workload == "mix":
        made = [(f"scan {i:03d}.pdf", scanned_letter_pdf(seed=i)) for i in range(100)]
        made += [(f"letter {i:03d}.pdf", text_pdf(f"Letter {i}: denied.", pages=2)) for i in range(100)]
        made += [(f"IMG_{i:04d}.jpg", phone_photo(i)) for i in range(60)]
    else:
        raise SystemExit(f"unknown workload {workload!r}: scans, small or mix")
    paths = []
    for file_name, data in made:
        path = inbox / file_name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    main()

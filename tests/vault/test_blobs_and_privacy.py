"""Document bytes: chunked, deduplicated, round-tripped in bounded memory, never on disk in plaintext."""

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebinder.usecases.documents import save_copy
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from casebinder.vault.blobs import CHUNK_SIZE
from tests.conftest import REPO, VaultTemplate
from tests.helpers import new_case, write_pdf

SENTINEL = "SENTINEL-7f3a9c-Maya-Lopez-member-XJ4471"


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            hits.append(path)
    return hits


def test_same_bytes_are_stored_once(vault: Vault, tmp_path: Path) -> None:
    first, second = new_case(vault), new_case(vault, title="second case")
    pdf = write_pdf(tmp_path / "denial.pdf", pages=2)
    [a] = import_files(vault, first, [pdf])
    [b] = import_files(vault, first, [pdf])
    [c] = import_files(vault, second, [pdf])
    assert (a.outcome.status, b.outcome.status, c.outcome.status) == ("imported", "duplicate", "duplicate")
    assert b.outcome.document_id == a.outcome.document_id
    assert c.outcome.document_id != a.outcome.document_id
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM blob").scalar() == 1


def test_multi_chunk_round_trip(vault: Vault, tmp_path: Path) -> None:
    data = os.urandom(CHUNK_SIZE * 3 + 12345)
    source = tmp_path / "scan.bin"
    source.write_bytes(data)
    [step] = import_files(vault, new_case(vault), [source])
    assert step.outcome.document_id is not None
    out = save_copy(vault, step.outcome.document_id, tmp_path / "copy.bin")
    assert out.read_bytes() == data
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM blob_chunk").scalar() == 4
        assert conn.exec_driver_sql("SELECT max(length(data)) FROM blob_chunk").scalar() == CHUNK_SIZE


def test_sentinel_never_in_plaintext_in_vault_files_or_temp(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    """Import a text file and a PDF carrying a sentinel, in a process whose TMPDIR we then search."""
    folder, temp = tmp_path / "vault", tmp_path / "tmp"
    folder.mkdir()
    temp.mkdir()
    vault_path = folder / "private.casebinder"
    vault_path.write_bytes(vault_template.path.read_bytes())
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "diary.txt").write_text(f"Headache diary. {SENTINEL}\n" * 50)
    write_pdf(inputs / "letter.pdf", text=SENTINEL)
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from casebinder.usecases.cases import CaseFields, add_case
        from casebinder.usecases.importing import import_files
        from casebinder.usecases.notes import add_note
        from casebinder.vault import Vault
        import datetime as dt, json, sys
        vault = Vault.open(Path({str(vault_path)!r}), key=bytes.fromhex({vault_template.key.hex()!r}))
        case = add_case(vault, {SENTINEL!r}, CaseFields(title={SENTINEL!r}, member_id={SENTINEL!r})).record
        steps = list(import_files(vault, case.id, [Path({str(inputs)!r})]))
        add_note(vault, case.id, dt.datetime.now(), {SENTINEL!r})
        print(json.dumps([s.outcome.status for s in steps]))
        sys.stdout.flush()
        # still open: the WAL holds the new pages now
        input()
        vault.close()
        """
    )
    env = dict(os.environ, TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp), PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdin is not None
    statuses = json.loads(proc.stdout.readline())
    assert statuses == ["imported", "imported"]
    needle = SENTINEL.encode()
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0
    assert files_containing(folder, needle) == [], "plaintext in the vault, its WAL or its lock file"
    assert files_containing(temp, needle) == [], "plaintext in the temporary directory"
    _, err = proc.communicate("\n", timeout=60)
    assert proc.returncode == 0, err
    assert files_containing(folder, needle) == []
    assert files_containing(temp, needle) == []
    assert needle in (inputs / "diary.txt").read_bytes(), "the search itself can find the sentinel"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="peak-memory reset needs Linux /proc")
def test_200_mb_document_round_trip_in_bounded_memory(tmp_path: Path, vault_template: VaultTemplate) -> None:
    big = tmp_path / "scan of everything.tif.bin"
    digest = hashlib.sha256()
    block = os.urandom(CHUNK_SIZE)
    with big.open("wb") as out:
        for i in range(200):
            piece = block[i:] + block[:i]  # every chunk different, cheap to make
            digest.update(piece)
            out.write(piece)
    vault_path = tmp_path / "big.casebinder"
    vault_path.write_bytes(vault_template.path.read_bytes())
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path

        def kb(field):  # Linux: VmRSS now, VmHWM peak since the last reset
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return int(line.split()[1])

        from casebinder.usecases.cases import CaseFields, add_case
        from casebinder.usecases.documents import save_copy
        from casebinder.usecases.importing import import_files
        from casebinder.vault import Vault
        with Vault.open(Path({str(vault_path)!r}), key=bytes.fromhex({vault_template.key.hex()!r})) as vault:
            case = add_case(vault, "Big", CaseFields(title="Big file")).record
            Path("/proc/self/clear_refs").write_text("5")  # reset the peak: fork copied the parent's
            base = kb("VmRSS")
            [step] = import_files(vault, case.id, [Path({str(big)!r})])
            save_copy(vault, step.outcome.document_id, Path({str(tmp_path / "back.bin")!r}))
            report = vault.verify()
            peak = kb("VmHWM")
        result = {{"status": step.outcome.status, "base_kb": base, "peak_kb": peak, "ok": report.ok}}
        print(json.dumps(result))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["status"] == "imported"
    assert result["ok"]
    back = tmp_path / "back.bin"
    assert back.stat().st_size == 200 * CHUNK_SIZE
    check = hashlib.sha256()
    with back.open("rb") as handle:
        while piece := handle.read(CHUNK_SIZE):
            check.update(piece)
    assert check.hexdigest() == digest.hexdigest()
    growth_mb = (result["peak_kb"] - result["base_kb"]) / 1024
    print(f"200 MB round trip: memory grew {growth_mb:.1f} MB (peak {result['peak_kb'] / 1024:.0f} MB)")
    assert growth_mb < 50, f"import/export of 200 MB grew memory by {growth_mb:.0f} MB"

"""Committed data leaves the write-ahead log at once, and a damaged log left by a crash is reported."""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from casebinder.infra.sources import Source
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from casebinder.vault.vault import verify_path
from casebinder.vault.wal import read_wal
from tests import inputs
from tests.conftest import VaultTemplate
from tests.helpers import new_case

CRASH_AFTER_COMMITS = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from casebinder.vault.connection import connect
    con = connect(Path(sys.argv[1]), bytes.fromhex(os.environ["KEY"]))
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(8):
        con.execute("BEGIN")
        con.execute("INSERT INTO person (name, relationship, notes, created_at) "
                    "VALUES (?, '', '', '2026-12-01')",
                    (f"Committed {i}",))
        con.execute("COMMIT")
    os._exit(0)  # a crash: no close, no checkpoint
    """
)


def _crash_with_commits_in_the_log(path: Path, key: bytes) -> Path:
    run = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_COMMITS, str(path)],
        env={**os.environ, "KEY": key.hex()},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    log = path.with_name(path.name + "-wal")
    state = read_wal(log)
    assert state is not None
    assert state.frames >= 8
    assert not state.damaged
    return log


def _damage_frame(log: Path, frame: int) -> None:
    data = bytearray(log.read_bytes())
    state = read_wal(log)
    assert state is not None
    frame_size = 24 + 4096
    offset = 32 + frame * frame_size + 24 + 100
    data[offset : offset + 16] = bytes(16)
    log.write_bytes(bytes(data))


def _people(vault: Vault) -> int:
    with vault.connection() as conn:
        return int(
            conn.exec_driver_sql("SELECT count(*) FROM person WHERE name LIKE 'Committed %'").scalar() or 0
        )


def test_imports_leave_nothing_in_the_write_ahead_log(vault: Vault) -> None:
    case_id = new_case(vault)
    log = vault.path.with_name(vault.path.name + "-wal")
    for batch in range(8):
        sources = [
            Source(name=f"scan {batch}-{i}.pdf", data=inputs.text_pdf(f"{batch} {i}")) for i in range(3)
        ]
        assert all(s.outcome.status == "imported" for s in import_files(vault, case_id, sources))
        assert not log.exists() or log.stat().st_size == 0, f"batch {batch}: committed data waits in the log"


def test_a_healthy_log_left_by_a_crash_is_replayed_and_its_copy_removed(
    vault_template: VaultTemplate, tmp_path: Path
) -> None:
    path = tmp_path / "crashed.casebinder"
    shutil.copy2(vault_template.path, path)
    _crash_with_commits_in_the_log(path, vault_template.key)
    with Vault.open(path, key=vault_template.key) as vault:
        assert _people(vault) == 8
        assert vault.recovery_notes == []
    assert not list(tmp_path.glob("*-wal.crash-*")), "nothing was lost: the kept copy goes"


def test_a_damaged_log_is_reported_by_verify_and_on_open_and_kept(
    vault_template: VaultTemplate, tmp_path: Path
) -> None:
    path = tmp_path / "crashed.casebinder"
    shutil.copy2(vault_template.path, path)
    log = _crash_with_commits_in_the_log(path, vault_template.key)
    _damage_frame(log, 3)
    state = read_wal(log)
    assert state is not None
    assert state.damaged
    assert state.lost_commits >= 4
    report = verify_path(path, [vault_template.key])
    assert not report.ok, "a log losing committed changes is not an ok vault"
    [check] = [c for c in report.checks if c.name == "write-ahead log"]
    assert "cannot be recovered" in check.detail
    [kept] = list(tmp_path.glob("*-wal.crash-*"))
    assert kept.stat().st_mode & 0o777 == 0o600
    for leftover in tmp_path.glob("*-wal.crash-*"):
        leftover.unlink()
    # the log was replayed (as far as it could be) by verify's connection; damage it again the same way
    path2 = tmp_path / "crashed again.casebinder"
    shutil.copy2(vault_template.path, path2)
    log2 = _crash_with_commits_in_the_log(path2, vault_template.key)
    _damage_frame(log2, 3)
    with Vault.open(path2, key=vault_template.key) as vault:
        assert 0 < _people(vault) < 8, "SQLite kept the frames before the damage and dropped the rest"
        [note] = vault.recovery_notes
        assert "cannot be recovered" in note
    assert list(tmp_path.glob("crashed again.casebinder-wal.crash-*")), "the damaged log is kept aside"

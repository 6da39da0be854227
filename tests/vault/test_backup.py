"""Backups are vaults that verify; restore checks before it replaces, and keeps what it replaced."""

import hashlib
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from casebinder.infra.sources import Source
from casebinder.usecases.documents import list_documents, read_bytes
from casebinder.usecases.importing import import_files
from casebinder.usecases.vaults import backup_vault, restore_vault
from casebinder.vault import DiskFull, Vault, VaultDamaged, VaultExists, WrongPassphrase
from casebinder.vault.backup import BACKUP_INFIX, backups_in
from tests import inputs
from tests.conftest import PASSPHRASE, VaultTemplate, run_cli
from tests.helpers import new_case

ENV = {"CASEBINDER_PASSPHRASE": PASSPHRASE}


def _fill(vault: Vault, count: int, start: int = 0) -> int:
    case_id = new_case(vault)
    sources = [
        Source(name=f"scan {i}.pdf", data=inputs.text_pdf(f"scan {i}")) for i in range(start, start + count)
    ]
    assert all(s.outcome.status == "imported" for s in import_files(vault, case_id, sources))
    return case_id


def _digests(vault: Vault, case_id: int) -> dict[str, str]:
    return {
        d.title: hashlib.sha256(read_bytes(vault, d.id or 0)).hexdigest()
        for d in list_documents(vault, case_id)
    }


def test_a_backup_of_an_open_vault_verifies_and_opens_with_the_same_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = _fill(vault, 5)
    expected = _digests(vault, case_id)
    folder = tmp_path / "usb stick"
    folder.mkdir()
    done = backup_vault(vault, folder)
    assert done.path.parent == folder
    assert BACKUP_INFIX in done.path.name
    assert done.documents == 5
    assert [p.name for p in folder.iterdir()] == [done.path.name], "no temporary file, journal or lock left"
    assert (done.path.stat().st_mode & 0o777) == 0o600
    assert done.path.read_bytes()[:16] == vault.path.read_bytes()[:16], "the same salt: the same passphrase"
    with Vault.open(done.path, passphrase=PASSPHRASE) as copy:
        assert copy.verify().ok
        assert _digests(copy, case_id) == expected
    assert backups_in(folder, vault.path) == [done.path]


def test_a_backup_taken_while_the_vault_is_being_written_is_one_consistent_moment(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = new_case(vault)
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        i = 0
        while not stop.is_set():
            source = Source(name=f"live {i}.pdf", data=inputs.text_pdf(f"live {i}"))
            for step in import_files(vault, case_id, [source]):
                if step.outcome.status == "imported":
                    written.append(i)
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 3:  # wait for the writer to be under way (events, not time)
            thread.join(0.01)
        backups = [backup_vault(vault, tmp_path / f"during {n}.casebinder") for n in range(3)]
    finally:
        stop.set()
        thread.join()
    for backup in backups:
        with Vault.open(backup.path, passphrase=PASSPHRASE) as copy:
            report = copy.verify()
            assert report.ok, report.problems
            titles = {d.title for d in list_documents(copy, case_id)}
            assert titles == {f"Live {i}" for i in range(len(titles))}, "a prefix of the writes, none torn"


def test_a_backup_never_replaces_a_file(vault: Vault, tmp_path: Path) -> None:
    existing = tmp_path / "precious.casebinder"
    existing.write_bytes(b"not to be touched")
    with pytest.raises(VaultExists):
        backup_vault(vault, existing)
    assert existing.read_bytes() == b"not to be touched"
    with pytest.raises(VaultExists):
        backup_vault(vault, vault.path)


def test_restore_checks_the_backup_first_and_keeps_the_replaced_vault(
    vault_template: VaultTemplate, tmp_path: Path
) -> None:
    path = tmp_path / "family.casebinder"
    shutil.copy2(vault_template.path, path)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        case_id = _fill(vault, 3)
        backup = backup_vault(vault, tmp_path).path
        before = _digests(vault, case_id)
        _fill(vault, 2, start=10)  # after the backup: these are what the restore replaces
    done = restore_vault(backup, path, PASSPHRASE)
    assert done.documents == 3
    assert done.replaced_kept_at is not None
    with Vault.open(path, passphrase=PASSPHRASE) as restored:
        assert _digests(restored, case_id) == before
        assert restored.verify().ok
    with Vault.open(done.replaced_kept_at, passphrase=PASSPHRASE) as replaced:
        assert len(list_documents(replaced, case_id)) == 3
        assert replaced.verify().ok, "the replaced vault is whole, beside it"


def test_restore_refuses_a_damaged_backup_or_a_wrong_passphrase_and_changes_nothing(
    vault_template: VaultTemplate, tmp_path: Path
) -> None:
    path = tmp_path / "family.casebinder"
    shutil.copy2(vault_template.path, path)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        _fill(vault, 3)
        backup = backup_vault(vault, tmp_path).path
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        restore_vault(backup, path, "not the passphrase")
    data = bytearray(backup.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 100
    data[middle : middle + 64] = os.urandom(64)
    backup.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="nothing was replaced"):
        restore_vault(backup, path, PASSPHRASE)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_restore_refuses_while_the_vault_is_open(vault: Vault, tmp_path: Path) -> None:
    backup = backup_vault(vault, tmp_path).path
    with pytest.raises(Exception, match="open"):
        restore_vault(backup, vault.path, PASSPHRASE)


def test_the_cli_backs_up_and_restores(vault_template: VaultTemplate, tmp_path: Path) -> None:
    path = tmp_path / "cli.casebinder"
    shutil.copy2(vault_template.path, path)
    out = tmp_path / "backups"
    out.mkdir()
    run = run_cli("vault", "backup", str(path), str(out), env=ENV)
    assert run.returncode == 0, run.stderr
    assert "Backed up to" in run.stdout
    [backup] = list(out.iterdir())
    run = run_cli("vault", "restore", str(backup), str(path), env=ENV)
    assert run.returncode == 0, run.stderr
    assert "verified completely" in run.stdout
    assert "kept at" in run.stdout
    run = run_cli("vault", "backup", str(path), str(backup), env=ENV)
    assert run.returncode == 1
    assert "already exists" in run.stderr


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "small disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=200k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        _fill(vault, 3)
        case_id = new_case(vault, title="Big")
        big = [Source(name="big.pdf", data=inputs.text_pdf("big") + os.urandom(400_000))]
        list(import_files(vault, case_id, big))
        with pytest.raises(DiskFull, match="no backup was written"):
            backup_vault(vault, folder)
        assert list(folder.iterdir()) == []
        assert vault.verify().ok
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)

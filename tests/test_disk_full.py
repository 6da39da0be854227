"""A full disk says so: what was done, what was not, and the vault still verifies.

On a small file system made for the test (tmpfs, where the test may mount one: root on Linux), the real
thing; everywhere, the same failures injected where the disk would report them.
"""

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebinder.infra import files
from casebinder.infra.sources import Source
from casebinder.usecases.documents import save_copy
from casebinder.usecases.importing import import_files
from casebinder.vault import DiskFull, Vault
from tests import inputs
from tests.conftest import PASSPHRASE, VaultTemplate, run_cli
from tests.helpers import new_case

ENV = {"CASEBINDER_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of the test's own (tmpfs); skipped where mounting is not allowed."""
    folder = tmp_path / "small disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root); the injected tests cover it")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _vault_on(folder: Path, vault_template: VaultTemplate) -> tuple[Path, int]:
    path = folder / "cases.casebinder"
    shutil.copy2(vault_template.path, path)
    with Vault.open(path, key=vault_template.key) as vault:
        return path, new_case(vault)


def _files(folder: Path, count: int, size: int = 600_000) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"scan {i}.pdf").write_bytes(inputs.text_pdf(f"scan {i}") + os.urandom(size))
    return folder


def test_import_onto_a_full_disk(small_disk: Path, vault_template: VaultTemplate, tmp_path: Path) -> None:
    vault_path, case_id = _vault_on(small_disk, vault_template)
    inbox = _files(tmp_path / "inbox", 8)
    run = run_cli("--vault", str(vault_path), "doc", "add", "--case", str(case_id), str(inbox), env=ENV)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr + run.stdout
    assert "the disk holding the vault is full" in run.stderr
    assert "of 8 files are in the vault" in run.stderr
    imported = run.stdout.count("imported: ")
    assert 0 < imported < 8, run.stdout
    verify = run_cli("vault", "verify", str(vault_path), env=ENV)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_export_and_copy_onto_a_full_disk(small_disk: Path, vault_file: Path, tmp_path: Path) -> None:
    from PIL import Image

    noise = Image.frombytes("RGB", (2000, 2600), os.urandom(2000 * 2600 * 3))  # nothing compresses it
    buffer = __import__("io").BytesIO()
    noise.save(buffer, "JPEG", quality=90)
    with Vault.open(vault_file, passphrase=PASSPHRASE) as vault:
        case_id = new_case(vault)
        [step] = import_files(vault, case_id, [Source(name="photo.jpg", data=buffer.getvalue())])
        assert step.outcome.status == "imported", step.outcome
    env = ENV
    doc = str(step.outcome.document_id)
    for args, name in (
        (("doc", "get", doc, "--out", str(small_disk / "copy.jpg")), "copy.jpg"),
        (("export", "--case", str(case_id), "--out", str(small_disk / "packet.pdf")), "packet.pdf"),
    ):
        run = run_cli("--vault", str(vault_file), *args, env=env)
        assert run.returncode == 1
        assert "Traceback" not in run.stderr + run.stdout
        assert f"the disk is full: {name} was not written" in run.stderr
        assert os.listdir(small_disk) == [], "nothing left behind"


def test_change_passphrase_on_a_full_disk(
    small_disk: Path, vault_template: VaultTemplate, tmp_path: Path
) -> None:
    vault_path, case_id = _vault_on(small_disk, vault_template)
    with Vault.open(vault_path, key=vault_template.key) as vault:
        steps = list(import_files(vault, case_id, [_files(tmp_path / "inbox", 3, 700_000)]))
        assert [s.outcome.status for s in steps] == ["imported"] * 3
    env = ENV | {"CASEBINDER_NEW_PASSPHRASE": "a different long passphrase"}
    sheet = tmp_path / "new key.txt"
    run = run_cli("vault", "change-passphrase", str(vault_path), "--recovery-key-file", str(sheet), env=env)
    assert run.returncode == 1
    assert not sheet.exists(), "a key that opens nothing is not left for the user to trust"
    assert "Traceback" not in run.stderr + run.stdout
    assert "full" in run.stderr
    assert "the passphrase was not changed" in run.stderr
    assert "rekey can only be run" not in run.stderr
    verify = run_cli("vault", "verify", str(vault_path), env=ENV)
    assert verify.returncode == 0, "the old passphrase still opens it, whole"


# --- the same failures injected, for machines where no file system can be mounted ------------------------
@pytest.fixture
def full_vault_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite answers "database or disk is full" once the vault reaches its current size plus ~1 MB."""
    from casebinder.vault import connection

    real_connect = connection.connect

    def connect(*args: object, **kwargs: object) -> object:
        con = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count = {pages + 256}")
        return con

    monkeypatch.setattr(connection, "connect", connect)
    import casebinder.vault.vault as vault_module

    monkeypatch.setattr(vault_module, "connect", connect)


def test_import_with_an_injected_full_disk(
    vault_file: Path, vault_template: VaultTemplate, full_vault_disk: None
) -> None:
    from casebinder.usecases.importing import disk_full_summary

    with Vault.open(vault_file, key=vault_template.key) as vault:
        case_id = new_case(vault)
        sources = [
            Source(name=f"s{i}.pdf", data=inputs.text_pdf(f"s{i}") + os.urandom(400_000)) for i in range(5)
        ]
        steps = list(import_files(vault, case_id, sources))
        full = [s for s in steps if s.outcome.disk_full]
        assert full
        assert all("is full" in s.outcome.reason for s in full)
        assert "were not imported" in disk_full_summary(steps)
        assert vault.verify().ok


def test_file_writes_with_an_injected_full_disk(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = new_case(vault)
    [step] = import_files(vault, case_id, [Source(name="letter.pdf", data=inputs.text_pdf("letter"))])
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def write(self, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> object:
            return getattr(self._handle, name)

        def __enter__(self) -> "FullDisk":
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()  # type: ignore[attr-defined]

    monkeypatch.setattr(files.os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    out = tmp_path / "out" / "copy.pdf"
    out.parent.mkdir()
    with pytest.raises(files.WriteFailed, match=r"the disk is full: copy\.pdf was not written"):
        save_copy(vault, step.outcome.document_id or 0, out)
    assert os.listdir(out.parent) == []


def test_change_passphrase_refuses_when_there_is_no_room(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))  # type: ignore[attr-defined]
    old_key = vault.raw_key
    with pytest.raises(DiskFull, match="too full to change the passphrase"):
        vault.change_passphrase("a different long passphrase")
    assert vault.raw_key == old_key
    assert vault.verify().ok


def test_restore_share_and_rescue_onto_a_full_disk(
    small_disk: Path, vault_template: VaultTemplate, tmp_path: Path
) -> None:
    """Each says the disk is full and leaves nothing half-written; the vaults they read are unchanged."""
    from casebinder.usecases.vaults import backup_vault, rescue_vault, restore_vault, share_cases

    big = tmp_path / "big.casebinder"
    shutil.copy2(vault_template.path, big)
    with Vault.open(big, key=vault_template.key) as vault:
        case_id = new_case(vault)
        steps = list(import_files(vault, case_id, [_files(tmp_path / "inbox", 5, 700_000)]))
        assert [s.outcome.status for s in steps] == ["imported"] * 5
        backup = backup_vault(vault, tmp_path / "backups").path
        with pytest.raises(DiskFull, match="full"):
            share_cases(vault, small_disk / "share.casebinder", [case_id], "a share passphrase")
    assert not list(small_disk.iterdir()), "no share file, no hidden leftover"
    with pytest.raises(DiskFull, match="full"):
        rescue_vault(big, small_disk / "rescued.casebinder", PASSPHRASE)
    assert not list(small_disk.iterdir())
    target = small_disk / "small.casebinder"
    shutil.copy2(vault_template.path, target)
    before = target.read_bytes()
    with pytest.raises(DiskFull, match="full"):
        restore_vault(backup, target, PASSPHRASE)
    assert target.read_bytes() == before, "the vault is as it was"
    assert sorted(p.name for p in small_disk.iterdir()) == ["small.casebinder", "small.casebinder.lock"]

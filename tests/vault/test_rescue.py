"""Damage to any page, page 1's salt included, is damage (never "wrong passphrase"), and rescue copies every
readable record into a new vault that verifies, listing what was lost, without touching the damaged file."""

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from casebinder.infra.sources import Source
from casebinder.usecases.calls import CallFields, add_call, list_calls
from casebinder.usecases.documents import list_documents
from casebinder.usecases.importing import import_files
from casebinder.usecases.vaults import backup_vault, rescue_vault, unlock_vault
from casebinder.vault import Vault, VaultDamaged, WrongPassphrase
from casebinder.vault.header import PAGE_SIZE
from tests import inputs
from tests.conftest import PASSPHRASE, VaultTemplate, run_cli
from tests.helpers import new_case

ENV = {"CASEBINDER_PASSPHRASE": PASSPHRASE}


def _vault_with_records(folder: Path, template: VaultTemplate) -> tuple[Path, str]:
    path = folder / "family.casebinder"
    shutil.copy2(template.path, path)
    vault = unlock_vault(path, PASSPHRASE)  # opened here: this computer now knows the vault's ID
    with vault:
        case_id = new_case(vault)
        sources = [
            Source(name=f"scan {i}.pdf", data=inputs.text_pdf(f"scan {i}") + os.urandom(150_000))
            for i in range(12)
        ]
        assert all(s.outcome.status == "imported" for s in import_files(vault, case_id, sources))
        import datetime as dt

        for i in range(30):
            add_call(
                vault,
                case_id,
                CallFields(at=dt.datetime(2026, 3, 1, 9) + dt.timedelta(hours=i), rep_name=f"Rep {i}"),
            )
        recovery = vault.raw_key
    from casebinder.vault.keys import format_recovery_key

    return path, format_recovery_key(recovery)


def _damage(path: Path, offset: int, length: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = os.urandom(length)
    path.write_bytes(bytes(data))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("secret_kind", ["passphrase", "recovery key"])
def test_a_damaged_salt_is_damage_not_a_wrong_passphrase(
    tmp_path: Path, vault_template: VaultTemplate, secret_kind: str
) -> None:
    path, recovery = _vault_with_records(tmp_path, vault_template)
    secret = PASSPHRASE if secret_kind == "passphrase" else recovery
    _damage(path, 1, 15)  # the salt, all but its profile byte
    with pytest.raises(VaultDamaged, match="passphrase is right"):
        unlock_vault(path, secret)
    with pytest.raises(WrongPassphrase):
        unlock_vault(path, "a wrong passphrase entirely")


def test_all_of_page_one_but_byte_zero_is_damage_and_rescue_says_what_it_cannot_do(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    path, _recovery = _vault_with_records(tmp_path, vault_template)
    _damage(path, 1, PAGE_SIZE - 1)
    before = _digest(path)
    with pytest.raises(VaultDamaged):
        unlock_vault(path, PASSPHRASE)
    with pytest.raises(VaultDamaged, match="table of contents"):
        rescue_vault(path, tmp_path / "rescued.casebinder", PASSPHRASE)
    assert _digest(path) == before, "the damaged file is never changed"
    assert not (tmp_path / "rescued.casebinder").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no working copy left behind"


def test_a_vault_never_opened_here_is_recognised_by_a_backup_beside_it(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    path, _recovery = _vault_with_records(tmp_path, vault_template)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        backup_vault(vault, tmp_path)
    (Path(os.environ["CASEBINDER_HOME"]) / "config" / "vault-ids.json").unlink()
    _damage(path, 1, 15)
    with pytest.raises(VaultDamaged, match="passphrase is right"):
        unlock_vault(path, PASSPHRASE)


def test_rescue_after_a_damaged_salt_loses_nothing(tmp_path: Path, vault_template: VaultTemplate) -> None:
    path, recovery = _vault_with_records(tmp_path, vault_template)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        documents = {d.title for d in list_documents(vault, 1)}
    _damage(path, 1, 15)
    before = _digest(path)
    out = tmp_path / "rescued.casebinder"
    report = rescue_vault(path, out, recovery)
    assert report.salt_repaired
    assert report.complete, report.lines()
    assert _digest(path) == before
    with Vault.open(out, passphrase=PASSPHRASE) as rescued:
        assert rescued.verify().ok
        assert {d.title for d in list_documents(rescued, 1)} == documents
        assert len(list_calls(rescued, 1)) == 30


def test_rescue_of_a_damaged_middle_page_keeps_what_is_readable_and_lists_the_rest(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    path, _recovery = _vault_with_records(tmp_path, vault_template)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        documents = {d.title for d in list_documents(vault, 1)}
    pages = path.stat().st_size // PAGE_SIZE
    for page in (pages // 3, pages // 2, pages - 2):  # in the documents' bytes, and near the end
        _damage(path, page * PAGE_SIZE + 200, 64)
    before = _digest(path)
    out = tmp_path / "rescued.casebinder"
    report = rescue_vault(path, out, PASSPHRASE)
    assert _digest(path) == before, "the damaged file is never changed"
    assert not report.complete
    assert report.lost_documents, "the documents whose bytes were hit are named"
    with Vault.open(out, passphrase=PASSPHRASE) as rescued:
        assert rescued.verify().ok, "only whole documents are handed over"
        kept = {d.title for d in list_documents(rescued, 1)}
    lost = {title for _id, title, _why in report.lost_documents}
    assert kept | lost == documents
    assert not kept & lost
    assert len(kept) >= 6, "most documents survive three damaged pages"


def test_the_cli_rescues_with_the_vault_id_from_the_recovery_sheet(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    path, _recovery = _vault_with_records(tmp_path, vault_template)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        vault_id = str(vault.uuid)
    home = tmp_path / "another computer"
    _damage(path, 1, 15)
    out = tmp_path / "rescued.casebinder"
    env = ENV | {"CASEBINDER_HOME": str(home)}
    blind = run_cli("vault", "rescue", str(path), str(out), env=env)
    assert blind.returncode == 1, (
        "never opened on this computer, no backup: it cannot tell, and says what helps"
    )
    assert "vault ID" in blind.stderr
    run = run_cli("vault", "rescue", str(path), str(out), "--vault-id", vault_id, env=env)
    assert run.returncode == 0, run.stderr
    assert "Nothing was lost" in run.stdout
    assert run_cli("vault", "verify", str(out), env=env).returncode == 0

"""One vault file, one writer: every name of the file leads to the same lock, and files are private.

SQLite keys its write-ahead log by the file's name, so a second name (a hard link, a rename while open) means
a second log and a damaged vault. These are the ways a second writer could slip in.
"""

import os
import stat
import sys
from pathlib import Path

import pytest

from casebinder.vault import Vault, VaultInUse
from casebinder.vault.lock import VaultHasSeveralNames, lock_path_for
from tests.conftest import PASSPHRASE, VaultTemplate, run_cli
from tests.helpers import new_case, write_pdf


def test_a_vault_with_two_names_is_refused(vault_file: Path, vault_template: VaultTemplate) -> None:
    other = vault_file.with_name("second name.casebinder")
    os.link(vault_file, other)
    for name in (vault_file, other):
        with pytest.raises(VaultHasSeveralNames, match="2 names"):
            Vault.open(name, key=vault_template.key)
    other.unlink()
    Vault.open(vault_file, key=vault_template.key).close()


def test_imports_through_a_hard_link_are_refused_and_the_vault_stays_whole(
    vault_file: Path, vault_template: VaultTemplate, tmp_path: Path
) -> None:
    with Vault.open(vault_file, key=vault_template.key) as vault:
        case_id = new_case(vault)
    other = vault_file.with_name("linked.casebinder")
    os.link(vault_file, other)
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}
    pdf = write_pdf(tmp_path / "letter.pdf", text="a letter")
    for name in (vault_file, other):
        run = run_cli("--vault", str(name), "doc", "add", "--case", str(case_id), str(pdf), env=env)
        assert run.returncode == 1
        assert "hard links" in run.stderr
        assert "Traceback" not in run.stderr
    other.unlink()
    with Vault.open(vault_file, key=vault_template.key) as vault:
        assert vault.verify().ok


def test_a_symbolic_link_leads_to_the_same_lock(vault_file: Path, vault_template: VaultTemplate) -> None:
    link = vault_file.with_name("shortcut.casebinder")
    link.symlink_to(vault_file)
    assert lock_path_for(link) == lock_path_for(vault_file)
    with Vault.open(vault_file, key=vault_template.key), pytest.raises(VaultInUse):
        Vault.open(link, key=vault_template.key)
    with Vault.open(link, key=vault_template.key) as through_link:
        assert through_link.path == vault_file.resolve(), "the real file, one write-ahead log"
        with pytest.raises(VaultInUse):
            Vault.open(vault_file, key=vault_template.key)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the vault file itself is locked on Linux")
def test_a_vault_renamed_while_open_is_still_known_to_be_open(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    with Vault.open(vault_file, key=vault_template.key) as vault:
        new_case(vault)
        renamed = vault_file.with_name("renamed.casebinder")
        vault_file.rename(renamed)
        with pytest.raises(VaultInUse):
            Vault.open(renamed, key=vault_template.key)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_vault_and_its_companions_are_created_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)  # what a desktop session usually has: files 0644 unless we say otherwise
    path = tmp_path / "private.casebinder"
    vault, _key = Vault.create(path, PASSPHRASE)
    try:
        new_case(vault)  # makes the -wal and -shm exist
        companions = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        companions.append(lock_path_for(path))
        for name in companions:
            assert name.exists(), name
            assert stat.S_IMODE(name.stat().st_mode) == 0o600, f"{name.name} is {oct(name.stat().st_mode)}"
    finally:
        vault.close()
        os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_older_vault_readable_by_others_is_made_private_on_open(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    vault_file.chmod(0o644)
    Vault.open(vault_file, key=vault_template.key).close()
    assert stat.S_IMODE(vault_file.stat().st_mode) == 0o600

"""Import reads what the user chose, nothing else: links inside folders are not followed, pipes are not read.

Found by trying it: a folder import followed a link to a private key, and the key went into a packet.
"""

import os
from pathlib import Path

import pytest

from casebinder.usecases.documents import list_documents
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from tests import inputs
from tests.conftest import PASSPHRASE, run_cli
from tests.helpers import new_case

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and pipes as POSIX makes them")


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Files that are not part of what the user chose: a private key, a folder of someone else's."""
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "id_ed25519").write_text("-----BEGIN OPENSSH PRIVATE KEY----- not for the insurer")
    (secret / "private").mkdir()
    (secret / "private" / "diary.txt").write_text("not for the insurer either")
    return secret


def test_a_folder_import_follows_no_link_and_reads_no_pipe(
    vault: Vault, tmp_path: Path, outside: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "denial.pdf").write_bytes(inputs.text_pdf("Denied"))
    (inbox / "key.pdf").symlink_to(outside / "id_ed25519")
    (inbox / "more").symlink_to(outside / "private")
    os.mkfifo(inbox / "a pipe")  # reading it would wait for ever
    steps = list(import_files(vault, new_case(vault), [inbox]))
    outcomes = {s.outcome.name: s.outcome for s in steps}
    assert outcomes["denial.pdf"].status == "imported"
    assert outcomes["key.pdf"].status == "refused"
    assert "link inside a folder" in outcomes["key.pdf"].reason
    assert outcomes["more"].status == "refused"
    assert "not followed" in outcomes["more"].reason
    assert outcomes["a pipe"].status == "refused"
    assert "not a regular file" in outcomes["a pipe"].reason
    with vault.session() as session:
        from sqlmodel import select

        from casebinder.domain.models import BlobText

        texts = " ".join(t.text for t in session.exec(select(BlobText)))
    assert "PRIVATE KEY" not in texts
    assert "diary" not in texts


def test_a_link_named_by_the_user_imports_its_target_and_says_which(
    vault: Vault, tmp_path: Path, outside: Path
) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    target = scans / "visual field test.pdf"
    target.write_bytes(inputs.text_pdf("Visual field"))
    shortcut = tmp_path / "shortcut.pdf"
    shortcut.symlink_to(target)
    folder_link = tmp_path / "folder link"
    folder_link.symlink_to(outside / "private")
    broken = tmp_path / "broken.pdf"
    broken.symlink_to(tmp_path / "gone.pdf")
    case_id = new_case(vault)
    steps = list(import_files(vault, case_id, [shortcut, folder_link, broken]))
    link, folder, dangling = (s.outcome for s in steps)
    assert link.status == "imported"
    assert f"a link to {target.resolve()}" in link.reason
    assert folder.status == "refused"
    assert "choose the folder itself" in folder.reason
    assert dangling.status == "refused"
    assert "does not exist" in dangling.reason
    assert [d.filename for d in list_documents(vault, case_id)] == ["shortcut.pdf"]


def test_the_cli_names_the_target_of_a_link(vault_file: Path, tmp_path: Path, outside: Path) -> None:
    with Vault.open(vault_file, passphrase=PASSPHRASE) as vault:
        case_id = new_case(vault)
    link = tmp_path / "key.txt"
    link.symlink_to(outside / "id_ed25519")
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}
    run = run_cli("--vault", str(vault_file), "doc", "add", "--case", str(case_id), str(link), env=env)
    assert run.returncode == 0, run.stderr
    assert f"a link to {(outside / 'id_ed25519').resolve()}" in run.stdout, "the user sees what was read"

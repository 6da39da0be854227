"""A damaged vault is diagnosed, never a traceback: which checks failed, which documents are still readable.

Damage is made the way disks make it: zeros over a page in the middle, random bytes over page 2 (the first
table's root), a torn last page, and files cut short at and off a page boundary.
"""

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from casebinder.infra.sources import Source
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault, VaultDamaged
from casebinder.vault.header import PAGE_SIZE
from casebinder.vault.vault import keys_for_secret, verify_path
from tests import inputs
from tests.conftest import PASSPHRASE, VaultTemplate, run_cli
from tests.helpers import new_case

DOCUMENTS = 6


@pytest.fixture(scope="module")
def six_documents(tmp_path_factory: pytest.TempPathFactory, vault_template: VaultTemplate) -> Path:
    """A vault holding six ~200 KB documents (each spans about fifty pages of the file)."""
    path = tmp_path_factory.mktemp("damage") / "six.casebinder"
    shutil.copy2(vault_template.path, path)
    with Vault.open(path, key=vault_template.key) as vault:
        case_id = new_case(vault)
        sources = [
            Source(name=f"letter {i}.pdf", data=inputs.text_pdf(f"letter {i}") + os.urandom(200_000))
            for i in range(DOCUMENTS)
        ]
        assert {s.outcome.status for s in import_files(vault, case_id, sources)} == {"imported"}
    return path


def _zero_page(number: int) -> Callable[[bytearray], None]:
    def damage(data: bytearray) -> None:
        start = (number - 1) * PAGE_SIZE
        data[start : start + PAGE_SIZE] = bytes(PAGE_SIZE)

    return damage


def _random_page(number: int) -> Callable[[bytearray], None]:
    def damage(data: bytearray) -> None:
        start = (number - 1) * PAGE_SIZE
        data[start : start + PAGE_SIZE] = os.urandom(PAGE_SIZE)

    return damage


def _torn_end(data: bytearray) -> None:
    data[-600:-100] = bytes(500)


def _cut(length: Callable[[int], int]) -> Callable[[bytearray], None]:
    def damage(data: bytearray) -> None:
        del data[length(len(data)) :]

    return damage


CASES = {
    "a middle page": _zero_page(181),
    "page 2": _random_page(2),
    "the last page": _torn_end,
    "cut off a page boundary": _cut(lambda n: n - 1000),
    "cut at a page boundary": _cut(lambda n: n - 10 * PAGE_SIZE),
}


def _damaged_copy(six_documents: Path, tmp_path: Path, damage: Callable[[bytearray], None]) -> Path:
    data = bytearray(six_documents.read_bytes())
    damage(data)
    path = tmp_path / "damaged.casebinder"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("where", list(CASES))
def test_verify_reports_failed_checks_and_readable_documents(
    six_documents: Path, tmp_path: Path, where: str
) -> None:
    path = _damaged_copy(six_documents, tmp_path, CASES[where])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    report = verify_path(path, keys_for_secret(path, PASSPHRASE))
    assert not report.ok
    failed = {check.name for check in report.checks if not check.ok}
    assert failed & {"page authentication", "file size", "database"}, report.checks
    if report.documents_listed:
        assert len(report.documents) == DOCUMENTS
        assert report.unreadable or "page 2" in where, "damage to file pages costs those files"
        assert len(report.readable) >= (DOCUMENTS - 2 if where != "page 2" else DOCUMENTS)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "verify changes nothing"


@pytest.mark.parametrize("where", list(CASES))
def test_cli_verify_says_what_is_readable_without_a_traceback(
    six_documents: Path, tmp_path: Path, where: str
) -> None:
    path = _damaged_copy(six_documents, tmp_path, CASES[where])
    run = run_cli("vault", "verify", str(path), env={"CASEBINDER_PASSPHRASE": PASSPHRASE})
    assert run.returncode == 1
    assert "Traceback" not in run.stderr + run.stdout
    assert "FAIL" in run.stdout
    assert "is damaged" in run.stderr
    if "cut at" not in where:
        assert "documents can still be read" in run.stderr


def test_cli_verify_of_a_sound_vault(six_documents: Path) -> None:
    run = run_cli("vault", "verify", str(six_documents), env={"CASEBINDER_PASSPHRASE": PASSPHRASE})
    assert run.returncode == 0, run.stderr
    assert f"{DOCUMENTS} documents, all readable" in run.stdout
    assert "FAIL" not in run.stdout


def test_getting_a_damaged_document_is_a_sentence(six_documents: Path, tmp_path: Path) -> None:
    path = _damaged_copy(six_documents, tmp_path, CASES["a middle page"])
    report = verify_path(path, keys_for_secret(path, PASSPHRASE))
    [lost] = report.unreadable
    [kept, *_] = report.readable
    env = {"CASEBINDER_PASSPHRASE": PASSPHRASE}
    run = run_cli(
        "--vault", str(path), "doc", "get", str(lost.id), "--out", str(tmp_path / "lost.pdf"), env=env
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "is damaged" in run.stderr
    assert "vault verify" in run.stderr
    assert not (tmp_path / "lost.pdf").exists(), "no half-written copy"
    run = run_cli(
        "--vault", str(path), "doc", "get", str(kept.id), "--out", str(tmp_path / "kept.pdf"), env=env
    )
    assert run.returncode == 0, run.stderr


def test_a_truncated_vault_does_not_open_as_if_whole(six_documents: Path, tmp_path: Path) -> None:
    path = _damaged_copy(six_documents, tmp_path, CASES["cut off a page boundary"])
    with pytest.raises(VaultDamaged, match="truncated"):
        Vault.open(path, passphrase=PASSPHRASE)


def test_verify_finds_stored_bytes_without_a_record(six_documents: Path, tmp_path: Path) -> None:
    """The sound-vault pass skips SQLite's checks of the chunks' table (the hash pass reads it): what those
    checks would have found must still be found."""
    from casebinder.vault.connection import connect

    path = tmp_path / "orphan.casebinder"
    shutil.copy2(six_documents, path)
    [key] = [k for k in keys_for_secret(path, PASSPHRASE) if verify_path(path, [k]).ok]
    con = connect(path, key)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO blob_chunk (blob_id, seq, data) VALUES (9999, 0, x'00')")
    con.commit()
    con.close()
    report = verify_path(path, [key])
    assert not report.ok
    assert any("9999" in problem for problem in report.problems), report.problems
    assert len(report.readable) == DOCUMENTS, "the six documents are untouched"

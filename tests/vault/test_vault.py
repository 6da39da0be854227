"""Creating, opening and re-keying real vault files, and telling every kind of failure apart."""

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebinder.vault import (
    NotAVault,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    schema,
    vault_uuid,
)
from casebinder.vault.connection import connect
from casebinder.vault.header import PAGE_SIZE
from casebinder.vault.keys import parse_recovery_key
from tests.conftest import PASSPHRASE, REPO, VaultTemplate
from tests.helpers import new_case


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_create_then_reopen_with_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "mine.casebinder"
    vault, recovery_key = Vault.create(path, "a long passphrase")
    with vault:
        case_id = new_case(vault)
    assert parse_recovery_key(recovery_key) is not None
    assert recovery_key.count("-") == 13
    assert path.read_bytes()[:16] == vault.salt
    assert not path.with_name(path.name + "-wal").exists(), "closing checkpoints the WAL"
    with Vault.open(path, passphrase="a long passphrase") as again:
        assert again.uuid == vault.uuid == vault_uuid(path)
        from casebinder.usecases.cases import list_cases

        assert [s.case.id for s in list_cases(again)] == [case_id]


def test_create_refuses_short_passphrase_and_existing_file(tmp_path: Path, vault_file: Path) -> None:
    from casebinder.errors import InvalidInput

    with pytest.raises(InvalidInput, match="at least 8"):
        Vault.create(tmp_path / "x.casebinder", "short")
    assert not (tmp_path / "x.casebinder").exists()
    with pytest.raises(VaultExists):
        Vault.create(vault_file, "a long passphrase")


def test_wrong_passphrase_changes_no_byte(vault_file: Path) -> None:
    before = snapshot(vault_file.parent)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        Vault.open(vault_file, passphrase="not the passphrase")
    after = snapshot(vault_file.parent)
    assert after.pop(vault_file.name + ".lock") == hashlib.sha256(b"").hexdigest(), (
        "the lock is released empty"
    )
    assert after == before, "no byte of the vault changed and no -wal/-shm file appeared"


def test_damaged_first_page_is_not_called_a_wrong_passphrase(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    data = bytearray(vault_file.read_bytes())
    data[200] ^= 0xFF  # inside page 1, after the salt: the SQLite header, encrypted
    vault_file.write_bytes(data)
    with pytest.raises(VaultDamaged, match="page 1"):
        Vault.open(vault_file, passphrase=PASSPHRASE)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_file, key=vault_template.key)


def test_truncated_vault_is_damaged(vault_file: Path) -> None:
    data = vault_file.read_bytes()
    vault_file.write_bytes(data[: PAGE_SIZE + 100])
    with pytest.raises(VaultDamaged, match="truncated"):
        Vault.open(vault_file, passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"%PDF-1.7\n" + b"x" * 5000, "not a Casebinder vault"),
        (b"\x00" * 8192, "not a Casebinder vault"),
    ],
)
def test_files_that_are_not_vaults(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "other.casebinder"
    path.write_bytes(content)
    with pytest.raises(NotAVault, match=message):
        Vault.open(path, passphrase=PASSPHRASE)
    assert path.read_bytes() == content


def test_plain_sqlite_database_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.close()
    with pytest.raises(NotAVault, match="unencrypted SQLite"):
        Vault.open(path, passphrase=PASSPHRASE)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nope.casebinder", passphrase=PASSPHRASE)
    assert not (tmp_path / "nope.casebinder").exists()


def test_recovery_key_opens_and_is_accepted_where_a_passphrase_is(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    with Vault.unlock(vault_file, vault_template.recovery_key):
        pass
    sloppy = vault_template.recovery_key.lower().replace("-", " ").replace("0", "o")
    with Vault.unlock(vault_file, sloppy):
        pass
    with Vault.unlock(vault_file, PASSPHRASE):
        pass


def test_change_passphrase_rekeys_and_replaces_recovery_key(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    with Vault.open(vault_file, passphrase=PASSPHRASE) as vault:
        case_id = new_case(vault)
        new_recovery = vault.change_passphrase("a brand new passphrase")
        new_case(vault, title="written after the rekey")  # the engine reconnects with the new key
    assert new_recovery != vault_template.recovery_key
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_file, passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_file, vault_template.recovery_key)
    with Vault.unlock(vault_file, new_recovery) as vault:
        from casebinder.usecases.cases import list_cases

        assert next(s.case.id for s in list_cases(vault)) == case_id
    with Vault.open(vault_file, passphrase="a brand new passphrase") as vault:
        assert vault.uuid == vault_uuid(vault_file), "the vault keeps its identity (salt) across a rekey"


def test_pinned_settings_on_every_connection(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        pragma = lambda name: raw.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("cipher_page_size") == "4096"
        assert pragma("cipher_hmac_algorithm") == "HMAC_SHA512"
        assert pragma("cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"
        assert pragma("temp_store") == 2
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert str(pragma("cipher_log_level")).upper() == "NONE"
        assert str(pragma("cipher_version")).startswith("4.")


def test_secret_never_in_engine_url_or_errors(vault: Vault) -> None:
    key_hex = vault.raw_key.hex()
    assert key_hex not in str(vault.engine.url)
    assert vault.engine.hide_parameters


def test_second_open_of_the_same_vault_is_refused(vault: Vault, vault_template: VaultTemplate) -> None:
    with pytest.raises(VaultInUse, match="another running copy"):
        Vault.open(vault.path, key=vault_template.key)


def test_second_process_is_refused_then_allowed_after_close(
    vault_file: Path, vault_template: VaultTemplate
) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from casebinder.vault import Vault, VaultInUse
        try:
            Vault.open(Path({str(vault_file)!r}), key=bytes.fromhex({vault_template.key.hex()!r})).close()
        except VaultInUse as error:
            print(error); sys.exit(3)
        """
    )

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
        )

    with Vault.open(vault_file, key=vault_template.key):
        refused = run()
        assert refused.returncode == 3, refused.stderr
        assert "another running copy" in refused.stdout
    assert run().returncode == 0


def test_vault_from_a_newer_major_version_is_refused(vault_file: Path, vault_template: VaultTemplate) -> None:
    con = connect(vault_file, vault_template.key)
    con.execute("PRAGMA user_version = 2000")
    con.close()
    with pytest.raises(VaultTooNew, match="newer Casebinder"):
        Vault.open(vault_file, key=vault_template.key)


def test_newer_minor_version_still_opens(vault_file: Path, vault_template: VaultTemplate) -> None:
    con = connect(vault_file, vault_template.key)
    newer = (schema.CURRENT[0], schema.CURRENT[1] + 1)  # a later release's minor step: still readable
    con.execute(f"PRAGMA user_version = {schema.encode(newer)}")
    con.close()
    with Vault.open(vault_file, key=vault_template.key):
        pass


def test_encrypted_database_of_another_app_is_not_a_vault(
    tmp_path: Path, vault_template: VaultTemplate
) -> None:
    from casebinder.vault.keys import new_salt

    path = tmp_path / "foreign.casebinder"
    con = connect(path, vault_template.key, create=True, salt=new_salt())
    con.execute("CREATE TABLE t(x)")
    con.close()
    with pytest.raises(NotAVault, match="not a Casebinder vault"):
        Vault.open(path, key=vault_template.key)


def test_verify_finds_a_tampered_blob(vault: Vault, tmp_path: Path) -> None:
    from casebinder.usecases.importing import import_files

    case_id = new_case(vault)
    (tmp_path / "note.txt").write_text("the rep promised a callback")
    list(import_files(vault, case_id, [tmp_path / "note.txt"]))
    assert vault.verify().ok
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE blob_chunk SET data = x'00'")
    report = vault.verify()
    assert not report.ok
    assert any("SHA-256" in p or "bytes stored" in p for p in report.problems)


def test_sqlcipher_rejects_key_in_plain_sqlite_library(vault_file: Path) -> None:
    """The file is ciphertext to anything without the key, including a stock SQLite."""
    con = sqlite3.connect(vault_file)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT * FROM sqlite_master").fetchall()
    con.close()

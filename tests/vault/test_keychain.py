"""'Remember on this computer' with a keychain present, absent, locked, plaintext, or missing the entry."""

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from casebinder.cli.common import open_vault
from casebinder.vault import KeychainUnavailable, Vault, keychain, vault_uuid
from tests.conftest import VaultTemplate
from tests.keyrings import LockedKeyring, MemoryKeyring


def test_present_keychain_stores_only_the_raw_key(vault: Vault, memory_keyring: MemoryKeyring) -> None:
    name = keychain.store(vault.uuid, vault.raw_key)
    assert name == "Test memory keychain"
    [(service, user)] = memory_keyring.entries
    assert (service, user) == (keychain.SERVICE, str(vault.uuid))
    assert memory_keyring.entries[(service, user)] == vault.raw_key.hex()
    assert keychain.load(vault.uuid).key == vault.raw_key


def test_remembered_vault_opens_without_a_passphrase(vault_file: Path, vault_template: VaultTemplate) -> None:
    keychain.store(vault_uuid(vault_file), vault_template.key)
    with open_vault(vault_file) as vault:
        assert vault.raw_key == vault_template.key


def test_missing_entry_says_why() -> None:
    from uuid import uuid4

    lookup = keychain.load(uuid4())
    assert lookup.key is None
    assert lookup.reason == "this vault is not remembered on this computer"


def test_no_keychain_falls_back_to_asking_with_a_reason(vault: Vault) -> None:
    keyring.set_keyring(fail.Keyring())
    state = keychain.status()
    assert not state.available
    assert "no keychain" in state.reason
    assert keychain.load(vault.uuid).reason == "no keychain is available on this computer"
    with pytest.raises(KeychainUnavailable, match="no keychain"):
        keychain.store(vault.uuid, vault.raw_key)


def test_locked_keychain_falls_back_with_a_reason(vault: Vault) -> None:
    keyring.set_keyring(LockedKeyring())
    assert keychain.load(vault.uuid) == keychain.KeyLookup(None, "the keychain is locked")
    with pytest.raises(KeychainUnavailable, match="locked"):
        keychain.store(vault.uuid, vault.raw_key)


def test_a_plaintext_backend_is_refused(vault: Vault) -> None:
    keyring.set_keyring(null.Keyring())
    assert not keychain.status().available
    with pytest.raises(KeychainUnavailable, match="does not encrypt"):
        keychain.store(vault.uuid, vault.raw_key)


def test_stale_entry_falls_back_to_the_prompt(vault_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from casebinder.errors import CasebinderError

    keychain.store(vault_uuid(vault_file), b"\x01" * 32)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CasebinderError, match="no passphrase given"):
        open_vault(vault_file)


def test_forget_removes_the_entry(vault: Vault) -> None:
    keychain.store(vault.uuid, vault.raw_key)
    assert keychain.forget(vault.uuid)
    assert not keychain.is_remembered(vault.uuid)
    assert not keychain.forget(vault.uuid)


def test_keyrings_alt_is_not_a_runtime_dependency() -> None:
    import tomllib

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert not any(
        "keyrings.alt" in dep or "keyrings-alt" in dep for dep in pyproject["project"]["dependencies"]
    )

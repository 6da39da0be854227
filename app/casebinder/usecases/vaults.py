"""Vault files: create, unlock (with what was typed, or the key remembered on this computer), verify,
change the passphrase, forget. The CLI and the app both come through here, so "remembered on this computer"
means the same thing in both."""

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casebinder.errors import CasebinderError
from casebinder.usecases.registry import command, query
from casebinder.vault import KeychainUnavailable, Vault, WrongPassphrase, keychain, vault_uuid
from casebinder.vault.vault import NewVault
from casebinder.vault.verify import VerifyReport

if TYPE_CHECKING:
    from casebinder.vault.backup import BackupResult, RestoreResult


@dataclass(frozen=True)
class Created:
    vault: Vault
    recovery_key: str
    remembered_in: str  # the keychain's name, "" when not remembered
    not_remembered_because: str = ""


@command("vault.init")
def create_vault(path: Path, passphrase: str) -> NewVault:
    """A new vault, built under a temporary name: show its ``recovery_key``, then :func:`finish_vault`
    gives it its name. Until then a crash leaves no vault behind, only a hidden leftover."""
    return Vault.prepare(path, passphrase)


@command("vault.init-finish")
def finish_vault(new: NewVault, *, remember: bool = False) -> Created:
    """The vault whose recovery key was shown takes its name and opens; optionally remembered here."""
    vault = Vault.open(new.commit(), key=new.key)
    if not remember:
        return Created(vault, new.recovery_key, "")
    try:
        return Created(vault, new.recovery_key, keychain.store(vault.uuid, vault.raw_key))
    except KeychainUnavailable as error:
        return Created(vault, new.recovery_key, "", str(error))


@command("vault.unlock")
def unlock_vault(path: Path, secret: str, *, remember: bool = False) -> Vault:
    """Open with what the user typed (a passphrase or the recovery key); ``remember`` keeps the key in this
    computer's keychain, a convenience that never fails the unlock."""
    vault = Vault.unlock(path, secret)
    if remember:
        with contextlib.suppress(CasebinderError):
            keychain.store(vault.uuid, vault.raw_key)
    return vault


@dataclass(frozen=True)
class Remembered:
    vault: Vault | None
    reason: str  # why the passphrase is needed after all ("" when the vault opened)


@command("vault.open-remembered")
def open_remembered(path: Path) -> Remembered:
    """Open with the key remembered in this computer's keychain, or say why that is not possible."""
    lookup = keychain.load(vault_uuid(path))
    if lookup.key is None:
        return Remembered(None, lookup.reason)
    try:
        return Remembered(Vault.open(path, key=lookup.key), "")
    except WrongPassphrase:
        return Remembered(None, "the key remembered on this computer no longer opens this vault")


@query("vault.verify")
def verify_vault(vault: Vault) -> VerifyReport:
    """Every check of an open vault (see :mod:`casebinder.vault.verify`)."""
    return vault.verify()


@dataclass(frozen=True)
class NewKey:
    recovery_key: str
    keychain_updated: bool


@query("vault.new-recovery-key")
def new_recovery_key(vault: Vault, new_passphrase: str) -> str:
    """The recovery key the new passphrase will give: shown and confirmed before the change commits."""
    return vault.new_recovery_key(new_passphrase)


@command("vault.change-passphrase")
def change_passphrase(vault: Vault, new_passphrase: str, confirmed_recovery_key: str) -> NewKey:
    """Re-encrypt under a new passphrase. The recovery key changes with it (the old one stops working), so
    the new one, from :func:`new_recovery_key`, must have been shown and confirmed: it is passed back here
    and the change commits only if it matches. The key remembered on this computer, if any, is replaced."""
    was_remembered = keychain.is_remembered(vault.uuid)
    recovery_key = vault.change_passphrase(new_passphrase, confirmed_recovery_key)
    if was_remembered:
        keychain.store(vault.uuid, vault.raw_key)
    return NewKey(recovery_key, was_remembered)


@command("vault.forget")
def forget(path: Path) -> bool:
    """Remove the key remembered on this computer; True when there was one."""
    return keychain.forget(vault_uuid(path))


@query("vault.keychain")
def keychain_status() -> keychain.KeychainStatus:
    """Whether this computer has a keychain Casebinder can use, and its name."""
    return keychain.status()


# --- backups ---------------------------------------------------------------------------------------------
@command("vault.backup")
def backup_vault(vault: Vault, out: Path) -> "BackupResult":
    """A verified, encrypted copy of the open vault at ``out`` (a file, or a folder for a dated name)."""
    return vault.backup(out)


@command("vault.restore")
def restore_vault(backup_path: Path, target: Path, secret: str | None = None) -> "RestoreResult":
    """Put a backup in place of ``target`` once it verifies completely; the replaced vault is kept beside it.
    ``secret``: the backup's passphrase or recovery key (None: the key remembered on this computer, which
    a backup shares with its vault)."""
    from casebinder.vault.backup import restore
    from casebinder.vault.vault import keys_for_secret

    if secret is None:
        lookup = keychain.load(vault_uuid(backup_path))
        if lookup.key is None:
            raise WrongPassphrase(f"the passphrase is needed: {lookup.reason}")
        keys = [lookup.key]
    else:
        keys = keys_for_secret(backup_path, secret)
    return restore(backup_path, target, keys)

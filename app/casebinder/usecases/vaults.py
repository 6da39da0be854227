"""Vault files: create, unlock (with what was typed, or the key remembered on this computer), verify,
change the passphrase, forget. The CLI and the app both come through here, so "remembered on this computer"
means the same thing in both."""

import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casebinder.errors import CasebinderError, InvalidInput
from casebinder.infra import vault_ids
from casebinder.usecases.registry import command, query
from casebinder.vault import KeychainUnavailable, Vault, WrongPassphrase, keychain, vault_uuid
from casebinder.vault.vault import NewVault
from casebinder.vault.verify import VerifyReport

if TYPE_CHECKING:
    from casebinder.vault.backup import BackupResult, RestoreResult
    from casebinder.vault.rescue import RescueReport


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
    vault_ids.remember(vault.path, vault.uuid)
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
    try:
        vault = Vault.unlock(path, secret)
    except WrongPassphrase:
        refuse_as_damage_if_identity_damaged(path, secret)
        raise
    vault_ids.remember(vault.path, vault.uuid)
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
        vault = Vault.open(path, key=lookup.key)
        vault_ids.remember(vault.path, vault.uuid)
        return Remembered(vault, "")
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
def backup_vault(vault: Vault, out: Path, keep: int | None = None) -> "BackupResult":
    """A verified, encrypted copy of the open vault at ``out`` (a file, or a folder for a dated name);
    ``keep``: then only this many of its newest backups stay in that folder."""
    done = vault.backup(out)
    if keep is not None:
        from casebinder.usecases.backups import prune

        prune(done.path.parent, vault.path, keep)
    return done


@command("vault.restore")
def restore_vault(
    backup_path: Path, target: Path, secret: str | None = None, key: bytes | None = None
) -> "RestoreResult":
    """Put a backup in place of ``target`` once it verifies completely; the replaced vault is kept beside it.
    ``secret``: the backup's passphrase or recovery key; ``key``: the raw key (the app, which had the vault
    open); neither: the key remembered on this computer, which a backup shares with its vault."""
    from casebinder.vault.backup import restore
    from casebinder.vault.vault import keys_for_secret

    if key is not None:
        keys = [key] + (keys_for_secret(backup_path, secret) if secret else [])
    elif secret is None:
        lookup = keychain.load(vault_uuid(backup_path))
        if lookup.key is None:
            raise WrongPassphrase("the passphrase is needed: {reason}", reason=lookup.reason)
        keys = [lookup.key]
    else:
        keys = keys_for_secret(backup_path, secret)
    return restore(backup_path, target, keys)


# --- rescue ----------------------------------------------------------------------------------------------
def known_salts(
    path: Path, vault_id_texts: Iterable[str] = (), backup_folder: Path | None = None
) -> list[bytes]:
    """Every identity this vault is known by besides its own (maybe damaged) salt: vault IDs typed from the
    recovery-key sheet, this computer's copy, and the backups beside it or in the backup folder."""
    from casebinder.vault.backup import backups_in
    from casebinder.vault.header import read_salt

    salts = []
    for text in vault_id_texts:
        try:
            salts.append(vault_ids.parse(text))
        except ValueError:
            raise InvalidInput(
                "{text!r} is not a vault ID (it looks like 8-4-4-4-12 letters and digits)", text=text
            ) from None
    salts += vault_ids.known(path)
    for folder in {path.parent, *([backup_folder] if backup_folder else [])}:
        for backup in backups_in(folder, path):
            with contextlib.suppress(CasebinderError, OSError):
                salts.append(read_salt(backup))
    return list(dict.fromkeys(salts))


def _candidates(path: Path, secret: str, salts: list[bytes]) -> list[tuple[bytes, bytes]]:
    from casebinder.vault.keys import derive_key, parse_recovery_key
    from casebinder.vault.rescue import candidate_salts

    recovery = parse_recovery_key(secret)
    pairs: list[tuple[bytes, bytes]] = []
    for salt in candidate_salts(path, salts):
        if recovery is not None:
            pairs.append((recovery, salt))
        with contextlib.suppress(CasebinderError):
            pairs.append((derive_key(secret, salt), salt))
    return pairs


def refuse_as_damage_if_identity_damaged(path: Path, secret: str) -> None:
    """A "wrong passphrase" that is really a damaged page 1: the key opens the pages under a known ID."""
    from casebinder.vault import VaultDamaged
    from casebinder.vault.rescue import identity_damaged

    salts = [s for s in known_salts(path) if s != path.read_bytes()[:16]]
    if salts and identity_damaged(path, _candidates(path, secret, salts)):
        raise VaultDamaged(
            "{path} is damaged: its first page (which holds the vault's ID) fails its check, but your "
            "passphrase is right. Rescue what is readable (Vault ▸ Rescue, or “casebinder vault rescue”), "
            "or restore the newest backup.",
            path=path.name,
        )


@command("vault.rescue")
def rescue_vault(
    damaged: Path,
    out: Path,
    secret: str,
    vault_id_texts: Iterable[str] = (),
    backup_folder: Path | None = None,
) -> "RescueReport":
    """Copy everything readable from a damaged vault into a new one at ``out`` (same passphrase and
    recovery key) and list what was lost; the damaged file is never changed."""
    from casebinder.vault.rescue import rescue

    salts = known_salts(damaged, vault_id_texts, backup_folder)
    report = rescue(damaged, out, _candidates(damaged, secret, salts))
    vault_ids.remember(out, vault_uuid(out))
    return report


# --- sharing with a caregiver ------------------------------------------------------------------------
@dataclass(frozen=True)
class Shared:
    path: Path
    cases: int
    documents: int
    rows: int


@command("vault.share")
def share_cases(vault: Vault, out: Path, case_ids: Iterable[int], passphrase: str) -> Shared:
    """Write the cases (their person, every record, every document's bytes) to ``out``: a small vault of
    its own, under ``passphrase``, for a caregiver to receive into theirs. Nothing in this vault changes."""
    from casebinder.usecases.records import get_case

    wanted = set(case_ids)
    if not wanted:
        raise InvalidInput("choose at least one case to share")
    with vault.session() as session:
        for case_id in wanted:
            get_case(session, case_id)
    from casebinder.vault.backup import _disk_errors

    with _disk_errors(out, "no share file was written, and this vault is unchanged"):
        return _write_share(vault, out, wanted, passphrase)


def _write_share(vault: Vault, out: Path, wanted: set[int], passphrase: str) -> Shared:
    from casebinder.vault.connection import connect
    from casebinder.vault.share import export_cases
    from casebinder.vault.verify import verify_file

    new = Vault.prepare(out, passphrase)
    try:
        source, target = connect(vault.path, vault.raw_key), connect(new.building, new.key)
        try:
            copied = export_cases(source, target, wanted)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
            source.close()
        report = verify_file(new.building, new.key)
        if not report.ok:
            raise CasebinderError(
                "the share file did not verify: {problems}", problems="; ".join(report.problems)
            )
        new.commit()
    except BaseException:
        new.discard()
        raise
    return Shared(out, copied.get("insurance_case", 0), copied.get("document", 0), sum(copied.values()))


@dataclass(frozen=True)
class Received:
    added: dict[str, int]
    matched: dict[str, int]

    @property
    def cases_added(self) -> int:
        return self.added.get("insurance_case", 0)

    @property
    def nothing_new(self) -> bool:
        return not any(self.added.values())


@command("vault.receive")
def receive_share(vault: Vault, share_file: Path, passphrase: str) -> Received:
    """Merge a share file into this vault in one transaction, matching what is already here (files by
    SHA-256, people by name, cases by person, title and opening time, other records by content): receiving
    the same file twice changes nothing. The share file itself is only read."""
    import shutil
    import tempfile

    from casebinder.usecases.appeals import refresh_deadline_events
    from casebinder.usecases.records import get_case
    from casebinder.vault.connection import connect
    from casebinder.vault.header import read_salt
    from casebinder.vault.keys import derive_key, parse_recovery_key
    from casebinder.vault.lock import FILE_MODE
    from casebinder.vault.share import merge

    salt = read_salt(share_file)
    key = parse_recovery_key(passphrase) or derive_key(passphrase, salt)
    with tempfile.TemporaryDirectory(dir=vault.path.parent, prefix=".casebinder-receive-") as work:
        copy = Path(work) / "share.casebinder"  # SQLite would write beside the original: read a copy
        shutil.copyfile(share_file, copy)
        copy.chmod(FILE_MODE)
        try:
            source = connect(copy, key)
        except Exception:
            raise WrongPassphrase(
                "wrong passphrase for the share file {share_file}", share_file=share_file.name
            ) from None
        try:
            with vault.connection() as conn:
                raw = conn.connection.driver_connection
                counts = merge(source, raw)
        finally:
            source.close()
    with vault.transaction() as session:  # the received cases' deadline lines, from their milestones
        for case_id in counts.cases:
            refresh_deadline_events(session, get_case(session, case_id), dt.datetime.now())
    return Received(counts.added, counts.matched)

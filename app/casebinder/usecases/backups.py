"""Backups on a schedule: when one is due, which to keep, and how old the newest is.

The copies themselves are made by :mod:`casebinder.vault.backup` (verified, encrypted, the same passphrase);
this is the policy around them: a folder the user picked (a USB stick or a cloud-synced folder is fine: the
copies are ciphertext), one backup when the newest is older than the interval, the last N kept, and the age
of the newest shown so a missing backup is noticed before it is needed.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from casebinder.phrases import Phrase, said
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault
from casebinder.vault.backup import BACKUP_INFIX, SUFFIX, BackupResult, backups_in

DEFAULT_KEEP = 10
DEFAULT_EVERY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken_at: dt.datetime
    size: int


@dataclass(frozen=True)
class BackupStatus:
    folder: Path | None
    copies: tuple[BackupCopy, ...]  # newest first
    folder_missing: bool = False

    @property
    def newest(self) -> BackupCopy | None:
        return self.copies[0] if self.copies else None

    def age(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        return (now or dt.datetime.now()) - self.newest.taken_at if self.newest else None

    def describe(self, now: dt.datetime | None = None) -> str:
        """ "Backed up 3 hours ago" / why there is none: one line for the status bar."""
        return str(self.said(now))

    def said(self, now: dt.datetime | None = None) -> Phrase:
        if self.folder is None:
            return said("No backups yet: choose a folder for them (Vault ▸ Backups…)")
        if self.folder_missing:
            return said(
                "The backup folder {folder} is not there (a drive unplugged?): no backup was made",
                folder=self.folder,
            )
        age = self.age(now)
        if age is None:
            return said("No backup yet")
        minutes = int(age.total_seconds() // 60)
        if minutes < 2:
            return said("Backed up just now")
        if minutes < 120:
            return said("Backed up %n minute(s) ago", n=minutes)
        hours = minutes // 60
        if hours < 48:
            return said("Backed up %n hour(s) ago", n=hours)
        return said("Backed up %n day(s) ago", n=hours // 24)


def _taken_at(path: Path) -> dt.datetime:
    stamp = path.name.rsplit(BACKUP_INFIX, 1)[1].removesuffix(SUFFIX)[:15]
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


@query("vault.backups")
def backup_status(vault_path: Path, folder: Path | None) -> BackupStatus:
    """The backups of the vault at ``vault_path`` in ``folder``, newest first."""
    if folder is None:
        return BackupStatus(None, ())
    if not folder.is_dir():
        return BackupStatus(folder, (), folder_missing=True)
    copies = tuple(BackupCopy(p, _taken_at(p), p.stat().st_size) for p in backups_in(folder, vault_path))
    return BackupStatus(folder, copies)


def prune(folder: Path, vault_path: Path, keep: int) -> list[Path]:
    """Remove this vault's oldest backups in ``folder`` beyond the newest ``keep``; returns what went."""
    gone = backups_in(folder, vault_path)[max(1, keep) :]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


@command(
    "vault.backup-if-due",
    doors=("app",),
    reason="the app's own schedule; from a terminal, vault backup --keep runs from the user's scheduler",
)
def backup_if_due(
    vault: Vault,
    folder: Path,
    every: dt.timedelta = DEFAULT_EVERY,
    keep: int = DEFAULT_KEEP,
    now: dt.datetime | None = None,
) -> BackupResult | None:
    """A backup into ``folder`` when the newest there is older than ``every`` (or there is none), then the
    last ``keep`` are kept. None when none was due; a missing folder is not made (an unplugged drive)."""
    status = backup_status(vault.path, folder)
    if status.folder_missing:
        return None
    age = status.age(now)
    if age is not None and age < every:
        return None
    done = vault.backup(folder, now)
    prune(folder, vault.path, keep)
    return done

"""Backups and restore: copies of a vault that are vaults themselves (same salt, same key, same passphrase).

A live SQLite file must never be copied byte for byte (a write between two reads gives a torn copy), so a
backup goes through SQLite's online backup API, which copies one consistent snapshot while the vault stays
open and in use. The copy is written under a hidden temporary name beside its destination, made a single
file (no write-ahead log), synced, *verified completely* (page authentication, integrity, foreign keys, every
stored file's SHA-256), and only then renamed into place: a backup that exists is a backup that works.

Restore checks the backup just as completely before it touches anything, then keeps the vault it replaces
beside it under a ``.replaced-<time>`` name (with its write-ahead log, if a crash left one).

Because a backup keeps the vault's salt, it is also a copy of the vault's identity: a rescue of a vault whose
first page is damaged can find the salt again in any backup (see :mod:`casebinder.vault.rescue`).
"""

import datetime as dt
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from casebinder.vault import header
from casebinder.vault.connection import connect
from casebinder.vault.durable import fsync_file, fsync_folder, process_running
from casebinder.vault.errors import DiskFull, VaultDamaged, VaultExists, VaultNotFound, WrongPassphrase
from casebinder.vault.lock import FILE_MODE, InstanceLock, real_path
from casebinder.vault.storage_errors import classify
from casebinder.vault.verify import VerifyReport, verify_file

log = logging.getLogger("casebinder.vault")

SUFFIX = ".casebinder"
BACKUP_INFIX = ".backup-"
REPLACED_INFIX = ".replaced-"
_PARTIAL = ".partial-"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    documents: int
    stored_files: int
    seconds: float


@dataclass(frozen=True)
class RestoreResult:
    vault: Path
    replaced_kept_at: Path | None  # where the vault that was there before now is
    documents: int
    report: VerifyReport


def timestamp(now: dt.datetime | None = None) -> str:
    return f"{now or dt.datetime.now():%Y%m%d-%H%M%S}"


def backup_name(vault_path: Path, now: dt.datetime | None = None) -> str:
    """``Harold.backup-20261201-143000.casebinder``: sorts by time, and says whose it is."""
    stem = vault_path.name.removesuffix(SUFFIX)
    return f"{stem}{BACKUP_INFIX}{timestamp(now)}{SUFFIX}"


def backups_in(folder: Path, vault_path: Path) -> list[Path]:
    """The finished backups of ``vault_path`` in ``folder``, newest first (temporary files are not)."""
    if not folder.is_dir():
        return []
    prefix = vault_path.name.removesuffix(SUFFIX) + BACKUP_INFIX
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup(
    vault_path: Path, key: bytes, salt: bytes, out: Path, now: dt.datetime | None = None
) -> BackupResult:
    """Write a verified, encrypted copy of the vault at ``vault_path`` (open or not) to ``out``: a file name
    ending in ``.casebinder``, or else a folder (made if missing) to put a dated name in. Never replaces an
    existing file."""
    started = time.monotonic()
    is_file = out.name.endswith(SUFFIX) and not out.is_dir()
    target = out if is_file else out / backup_name(vault_path, now)  # a folder is made when missing
    if target.exists():
        raise VaultExists("{target} already exists: choose another name, or a folder", target=target)
    if real_path(target) == real_path(vault_path):
        raise VaultExists("a backup cannot replace the vault it is a copy of")
    target.parent.mkdir(parents=True, exist_ok=True)
    with _temporary_beside(target) as partial:
        with _disk_errors(target):
            source = connect(vault_path, key)
            try:
                copy = connect(partial, key, create=True, salt=salt)
                try:
                    source.backup(copy)  # one step: a consistent snapshot, even while the vault is written
                    copy.execute("PRAGMA journal_mode = DELETE").fetchone()  # one file, nothing beside it
                finally:
                    copy.close()
            finally:
                source.close()
            fsync_file(partial)
        report = verify_file(partial, key)
        if not report.ok:
            raise VaultDamaged(
                "the backup did not verify, so it was not kept: {problems}",
                problems="; ".join(report.problems),
            )
        _link_into_place(partial, target)
    size = target.stat().st_size
    log.info("backup written (%d bytes)", size)
    return BackupResult(target, size, len(report.documents), report.blobs_checked, time.monotonic() - started)


def restore(
    backup_path: Path, target: Path, keys: list[bytes], now: dt.datetime | None = None
) -> RestoreResult:
    """Put ``backup_path`` in place of ``target`` once the backup has verified completely; the vault it
    replaces is kept beside it. ``target`` must not be open anywhere (its lock is taken)."""
    backup_path = real_path(backup_path)
    if not backup_path.is_file():
        raise VaultNotFound("no backup at {backup_path}", backup_path=backup_path)
    header.read_salt(backup_path)
    target = real_path(target)
    if target == backup_path:
        raise VaultExists("the backup and the vault to restore are the same file")
    source_lock, target_lock = InstanceLock(backup_path), InstanceLock(target)
    source_lock.acquire()
    try:
        report = _verified(backup_path, keys)
        target.parent.mkdir(parents=True, exist_ok=True)
        target_lock.acquire()
        try:
            with _temporary_beside(target) as partial:
                with _disk_errors(target, "nothing was replaced, and the vault is as it was"):
                    shutil.copyfile(backup_path, partial)  # not live: locked by us, and verified
                    fsync_file(partial)
                    aside = _keep_aside(target, now)
                # From here the name always holds a whole vault, the old one or the backup: the old one
                # is already copied aside, whole, before its stale log goes and the backup takes its name.
                for end in ("-wal", "-shm"):
                    target.with_name(target.name + end).unlink(missing_ok=True)
                partial.replace(target)
                fsync_folder(target.parent)
        finally:
            target_lock.release()
    finally:
        source_lock.release()
    log.info("vault restored from a backup")
    return RestoreResult(target, aside, len(report.documents), report)


def _verified(path: Path, keys: list[bytes]) -> VerifyReport:
    report: VerifyReport | None = None
    for key in keys:
        with suppress(WrongPassphrase):
            report = verify_file(path, key)
            break
    if report is None:
        raise WrongPassphrase("wrong passphrase or recovery key for the backup")
    if not report.ok:
        raise VaultDamaged(
            "the backup {path} is damaged, so nothing was replaced: {problems}",
            path=path.name,
            problems="; ".join(report.problems),
        )
    return report


def _keep_aside(target: Path, now: dt.datetime | None) -> Path | None:
    """A whole copy of the vault being replaced, under a dated name, with its write-ahead log if a crash left
    one (it may hold the last changes): made before anything is replaced, so a kill at any moment loses
    nothing (the vault is not open: its lock is held here)."""
    if not target.exists():
        return None
    stem = target.name.removesuffix(SUFFIX)
    aside = target.with_name(f"{stem}{REPLACED_INFIX}{timestamp(now)}{SUFFIX}")
    if aside.exists():
        aside = aside.with_name(f"{stem}{REPLACED_INFIX}{timestamp(now)}-{secrets.token_hex(2)}{SUFFIX}")
    with _temporary_beside(aside) as copying:
        shutil.copyfile(target, copying)
        log_file = target.with_name(target.name + "-wal")
        if log_file.exists():
            shutil.copyfile(log_file, aside.with_name(aside.name + "-wal"))
        fsync_file(copying)
        copying.replace(aside)
    return aside


@contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    """A hidden, private, empty file in the destination's folder (a rename within one disk is atomic);
    removed with its journal files unless it was renamed into place. Its name carries the process id, so
    what a killed Casebinder left is removed by the next one that writes there."""
    _remove_abandoned(target.parent)
    partial = target.with_name(f".{target.name}{_PARTIAL}{os.getpid()}-{secrets.token_hex(4)}")
    with _disk_errors(target, "nothing was written"):
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    try:
        yield partial
    finally:
        for leftover in (
            partial,
            *(partial.with_name(partial.name + end) for end in ("-wal", "-shm", "-journal")),
        ):
            leftover.unlink(missing_ok=True)


def _remove_abandoned(folder: Path) -> None:
    with suppress(OSError):
        for leftover in folder.glob(f".*{_PARTIAL}*"):
            pid = leftover.name.split(_PARTIAL, 1)[1].split("-", 1)[0]
            if pid.isdigit() and not process_running(int(pid)):
                leftover.unlink(missing_ok=True)


def _link_into_place(partial: Path, target: Path) -> None:
    """The finished copy takes its name, without ever replacing a file that appeared meanwhile."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise VaultExists(
            "{target} appeared while the backup was written; nothing was replaced", target=target
        ) from None
    except OSError:  # no hard links on this disk (FAT on a USB stick): a rename, checked just before
        if target.exists():
            raise VaultExists("{target} already exists; nothing was replaced", target=target) from None
        partial.replace(target)
    fsync_folder(target.parent)


@contextmanager
def _disk_errors(
    path: Path, outcome: str = "no backup was written, and the vault is unchanged"
) -> Iterator[None]:
    """Storage failures as sentences (a full disk says what was and was not done); bugs pass through."""
    try:
        yield
    except Exception as error:
        translated = classify(error, path)
        if isinstance(translated, DiskFull):
            raise DiskFull("{translated}: {outcome}", translated=translated, outcome=outcome) from None
        if translated is not None and translated is not error:
            raise translated from None
        raise

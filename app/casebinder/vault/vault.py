"""The vault: one SQLCipher 4 file holding a person's or a family's cases and every document's bytes.

Open and create go through here so that every way in (passphrase, recovery key, keychain) ends in the same
checks: the file is ours, the key is right (or the file is damaged, told apart), nobody else has it open,
and its schema is one this copy can read.
"""

import datetime as dt
import logging
import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import sqlcipher3
from sqlalchemy import Connection, Engine
from sqlmodel import Session

from casebinder import __version__
from casebinder.errors import InvalidInput
from casebinder.logs import safe
from casebinder.vault import header, schema
from casebinder.vault.connection import connect, make_engine
from casebinder.vault.durable import fsync_file, fsync_folder, process_running
from casebinder.vault.errors import (
    DiskFull,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from casebinder.vault.keys import (
    MIN_PASSPHRASE,
    derive_key,
    format_recovery_key,
    new_salt,
    parse_recovery_key,
)
from casebinder.vault.lock import FILE_MODE, InstanceLock, real_path
from casebinder.vault.storage_errors import translated
from casebinder.vault.verify import VerifyReport, verify_file

if TYPE_CHECKING:
    from casebinder.vault.backup import BackupResult
    from casebinder.vault.wal import WalState

log = logging.getLogger("casebinder.vault")

SUFFIX = ".casebinder"


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("a passphrase needs at least {minimum} characters", minimum=MIN_PASSPHRASE)


vault_uuid = header.vault_uuid


class Vault:
    def __init__(self, path: Path, key: bytes, salt: bytes, lock: InstanceLock) -> None:
        self.path = path
        self.salt = salt
        self.uuid = uuid.UUID(bytes=salt)
        self._key: bytes | None = key
        self._lock = lock
        self.migrated_from_backup: Path | None = None
        self.recovery_notes: list[
            str
        ] = []  # what opening after a crash found (a damaged log), to tell the user
        self.engine: Engine = make_engine(self._new_connection)
        self.write_engine: Engine = make_engine(self._new_connection, immediate=True)  # transaction()

    # --- creation and opening ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> tuple[Self, str]:
        """Create a vault; returns it, open, with the recovery key to show the user once. (The app and the
        CLI show the key *before* the vault takes its name: :meth:`prepare`, then :meth:`NewVault.commit`.)"""
        new = cls.prepare(path, passphrase)
        return cls.open(new.commit(), key=new.key), new.recovery_key

    @classmethod
    def prepare(cls, path: Path, passphrase: str) -> "NewVault":
        """Build a complete vault under a hidden temporary name beside ``path``; it takes its name only on
        :meth:`NewVault.commit`, after its recovery key was shown. A crash before that leaves no vault (a
        hidden leftover, ciphertext, removed by the next creation here), never a half-made one under the
        name, and never a vault whose recovery key nobody saw."""
        check_new_passphrase(passphrase)
        path = real_path(path)
        if path.exists() or path.is_symlink():
            raise VaultExists("{path} already exists; choose another name or open it", path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_creations(path)
        salt = new_salt()
        key = derive_key(passphrase, salt)
        building = path.with_name(f".{path.name}{_CREATING}{os.getpid()}-{uuid.uuid4().hex[:8]}")
        # made empty and private first: SQLite gives its -wal and -shm the database file's mode
        os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        try:
            con = connect(building, key, create=True, salt=salt)
            try:
                schema.create(con)
                now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                con.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("uuid", str(uuid.UUID(bytes=salt))), ("created_at", now), ("created_by", __version__)],
                )
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
            fsync_file(building)
        except BaseException:
            _remove_with_companions(building)
            raise
        return NewVault(path, building, key, salt, format_recovery_key(key))

    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None, key: bytes | None = None) -> Self:
        """Open with a passphrase or a raw key (recovery key, keychain). Never writes on failure."""
        if (passphrase is None) == (key is None):
            raise TypeError("give exactly one of passphrase or key")
        path = real_path(path)  # every name of the file locks and logs the same thing
        if not path.is_file():
            raise VaultNotFound("no vault at {path}", path=path)
        salt = header.read_salt(path)
        if path.stat().st_size % header.PAGE_SIZE:
            raise header.truncated(path)
        lock = InstanceLock(path)
        lock.acquire()
        notes: list[str] = []
        try:
            make_private(path)
            raw_key = key if key is not None else derive_key(passphrase or "", salt)
            crash_log = _keep_crash_log(path)  # we hold the lock: only a crash leaves a log behind
            try:
                con = connect(path, raw_key)
            except sqlcipher3.DatabaseError as error:
                raise _classify(path, raw_key, salt, error) from None
            try:
                backup = schema.migrate(con, path)
                if crash_log is not None:
                    notes += _after_crash(con, *crash_log)
            except sqlcipher3.DatabaseError as error:
                raise _classify(path, raw_key, salt, error) from None
            finally:
                con.close()
        except BaseException:
            lock.release()
            raise
        vault = cls(path, raw_key, salt, lock)
        vault.migrated_from_backup = backup
        vault.recovery_notes = notes
        log.info("vault opened (%s)", safe("upgraded" if backup else "current schema"))
        return vault

    @classmethod
    def unlock(cls, path: Path, secret: str) -> Self:
        """Open with whatever the user typed: a recovery key if it is one, else a passphrase."""
        recovery = parse_recovery_key(secret)
        if recovery is not None:
            with suppress(WrongPassphrase):
                return cls.open(path, key=recovery)
        return cls.open(path, passphrase=secret)

    # --- use ------------------------------------------------------------------------------------------
    def _new_connection(self) -> Any:
        if self._key is None:
            raise VaultLocked("the vault is locked")
        return connect(self.path, self._key)

    @property
    def raw_key(self) -> bytes:
        """For "remember on this computer" only."""
        if self._key is None:
            raise VaultLocked("the vault is locked")
        return self._key

    @property
    def is_open(self) -> bool:
        return self._key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reads; storage failures inside it come out as sentences (disk full, damaged)."""
        with translated(self.path), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any exception."""
        with (
            translated(self.path),
            Session(self.write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection (search, the timeline's lazy rows), with the same error translation."""
        with translated(self.path), self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        if self._key is None:
            return
        with suppress(Exception):  # best effort: the last connection to close checkpoints as well
            self.checkpoint()
        self.write_engine.dispose()
        self.engine.dispose()  # the last connection to close checkpoints and removes the WAL
        self._key = None
        self._lock.release()
        log.info("vault closed")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- maintenance ------------------------------------------------------------------------------------
    def new_recovery_key(self, new_passphrase: str) -> str:
        """The recovery key ``new_passphrase`` would give (it is the key itself, derived with this vault's
        salt): shown, and confirmed by the user, before :meth:`change_passphrase` commits."""
        check_new_passphrase(new_passphrase)
        return format_recovery_key(derive_key(new_passphrase, self.salt))

    def change_passphrase(self, new_passphrase: str, confirmed_recovery_key: str | None = None) -> str:
        """Re-encrypt under a key derived from ``new_passphrase``; returns the new recovery key.

        The recovery key *is* the raw key, so it changes too: the old one stops working. So the front doors
        show the new one first (:meth:`new_recovery_key`) and pass back the key the user confirmed: the
        re-key commits only if it is the key that will open the vault, so nobody is left holding a recovery
        key that does not work. The re-key is one transaction that rewrites every page through the
        write-ahead log, so it needs about the vault's size free on its disk; that is checked first. If it
        fails anyway, the vault is exactly as it was and opens with the old passphrase (checked here).
        """
        check_new_passphrase(new_passphrase)
        new_key = derive_key(new_passphrase, self.salt)
        if confirmed_recovery_key is not None and parse_recovery_key(confirmed_recovery_key) != new_key:
            raise InvalidInput("the confirmed recovery key is not the new passphrase's: nothing was changed")
        old_key = self.raw_key
        self.write_engine.dispose()
        self.engine.dispose()
        try:
            with translated(self.path):
                con = connect(self.path, old_key)
                try:
                    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    _ensure_room_for_rekey(self.path)
                    con.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    con.close()
        except BaseException as error:
            if not _opens_with(self.path, old_key) and _opens_with(self.path, new_key):
                pass  # it committed after all (the error came later): the new key is the key
            else:
                self.engine = make_engine(self._new_connection)
                self.write_engine = make_engine(self._new_connection, immediate=True)
                if isinstance(error, DiskFull):
                    raise DiskFull(
                        "{error}: the passphrase was not changed, and the vault still opens with your "
                        "current passphrase and recovery key",
                        error=error,
                    ) from None
                raise
        self._key = new_key
        self.engine = make_engine(self._new_connection)
        self.write_engine = make_engine(self._new_connection, immediate=True)
        return format_recovery_key(new_key)

    def purge_unused_bytes(self) -> int:
        """Free the stored files no document refers to any more (the app keeps a deleted document's bytes
        until it locks, so Undo can put the document back); returns how many went."""
        from casebinder.vault import blobs

        with self.transaction() as session:
            return blobs.delete_orphans(session)

    def backup(self, out: Path, now: dt.datetime | None = None) -> "BackupResult":
        """A verified, encrypted copy of this vault at ``out`` (a file, or a folder for a dated name), taken
        while it stays open (see :mod:`casebinder.vault.backup`)."""
        from casebinder.vault.backup import backup

        self.checkpoint()
        return backup(self.path, self.raw_key, self.salt, out, now)

    def checkpoint(self) -> bool:
        """Move committed changes out of the write-ahead log into the vault file now (after an import, on
        close): SQLite drops every WAL frame after a damaged one, so committed data must not wait there.
        A truncating checkpoint waits at most a moment for readers (it holds the writer's lock meanwhile, and
        the window's next save must not stall); if they are busy, a passive one copies what it can without
        waiting. Returns True when every committed frame is in the vault file."""
        from casebinder.vault.connection import BUSY_TIMEOUT_MS

        with self.connection() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 100")
            try:
                row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if row is None or row[0] != 0:
                    row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return row is not None and row[1] == row[2]

    def verify(self) -> VerifyReport:
        """Page authentication, SQLite integrity, foreign keys, every stored file's SHA-256; each check on
        its own, so a damaged page is reported with what is still readable (see :mod:`vault.verify`)."""
        with suppress(Exception):  # a live log is moved into the file first: what is left is a crash's
            self.checkpoint()
        return verify_file(self.path, self.raw_key)


_CREATING = ".creating-"


@dataclass
class NewVault:
    """A vault built under a temporary name, waiting for its recovery key to be shown."""

    path: Path
    building: Path
    key: bytes
    salt: bytes
    recovery_key: str

    @property
    def id(self) -> uuid.UUID:
        return uuid.UUID(bytes=self.salt)

    def commit(self) -> Path:
        """Give the finished vault its name (never over a file that appeared meanwhile); returns the path."""
        try:
            os.link(self.building, self.path)
        except FileExistsError:
            self.discard()
            raise VaultExists(
                "{path} appeared meanwhile; choose another name or open it", path=self.path
            ) from None
        except OSError:  # a disk without hard links (FAT): a rename, checked just before
            if self.path.exists():
                self.discard()
                raise VaultExists(
                    "{path} already exists; choose another name or open it", path=self.path
                ) from None
            self.building.replace(self.path)
        self.building.unlink(missing_ok=True)
        fsync_folder(self.path.parent)
        return self.path

    def discard(self) -> None:
        _remove_with_companions(self.building)


def _remove_with_companions(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _remove_abandoned_creations(path: Path) -> None:
    """Hidden vaults another creation left when it was killed (its process is gone): ciphertext, no key."""
    for leftover in path.parent.glob(f".{path.name}{_CREATING}*"):
        pid = leftover.name.split(_CREATING, 1)[1].split("-", 1)[0]
        if pid.isdigit() and not process_running(int(pid)):
            leftover.unlink(missing_ok=True)


def _keep_crash_log(path: Path) -> "tuple[Path | None, WalState] | None":
    """A write-ahead log left by a crash, copied aside before SQLite replays it (it is ciphertext, and
    SQLite drops frames after a damaged one): kept until the vault checks out after recovery."""
    import shutil

    from casebinder.vault.wal import read_wal

    log_path = path.with_name(path.name + "-wal")
    state = read_wal(log_path)
    if state is None:
        return None
    kept: Path | None = path.with_name(f"{path.name}-wal.crash-{dt.datetime.now():%Y%m%d-%H%M%S}")
    assert kept is not None
    try:
        os.close(os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE))
        shutil.copyfile(log_path, kept)
    except OSError:  # a full disk, a read-only folder: recovery goes on, without the spare copy
        kept.unlink(missing_ok=True)
        kept = None
    log.warning(
        "a crash left a write-ahead log (%s); a copy is kept until the vault checks out",
        safe(state.describe()),
    )
    return kept, state


def _after_crash(con: Any, kept: Path | None, state: "WalState") -> list[str]:
    """After SQLite's recovery: the kept log goes only when nothing was lost and the vault checks out."""
    quick = con.execute("PRAGMA quick_check").fetchone()
    cipher = con.execute("PRAGMA cipher_integrity_check").fetchall()
    if state.damaged or not quick or quick[0] != "ok" or cipher:
        where = f"A copy of the log is kept at {kept.name}" if kept else "No copy of the log could be kept"
        return [
            f"Casebinder was interrupted, and on reopening {state.describe()}. {where}; check your latest "
            "changes, and restore a backup if something is missing."
        ]
    if kept is not None:
        kept.unlink(missing_ok=True)
    return []


def _ensure_room_for_rekey(path: Path) -> None:
    """A re-key writes every page to the write-ahead log before the vault takes it: about its size."""
    import shutil

    needed = int(path.stat().st_size * 1.1) + 4 * 1024 * 1024
    free = shutil.disk_usage(path.parent).free
    if free < needed:
        raise DiskFull(
            "the disk holding {path} is too full to change the passphrase: it needs about {needed} MB free "
            "and has {free} MB",
            path=path.name,
            needed=round(needed / 1e6),
            free=round(free / 1e6),
        )


def _opens_with(path: Path, key: bytes) -> bool:
    try:
        connect(path, key).close()
    except Exception:
        return False
    return True


def make_private(path: Path) -> None:
    """The vault, its -wal and -shm readable by their owner only (vaults made before 0.2 were 0644)."""
    if os.name != "posix":
        return
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with suppress(FileNotFoundError, PermissionError):
            if stat.S_IMODE(name.stat().st_mode) & 0o077:
                name.chmod(FILE_MODE)


def keys_for_secret(path: Path, secret: str) -> list[bytes]:
    """The raw keys what the user typed may stand for: a recovery key if it is one, and the passphrase's."""
    salt = header.read_salt(path)
    recovery = parse_recovery_key(secret)
    return [key for key in (recovery, None) if key is not None] + [derive_key(secret, salt)]


def verify_path(path: Path, keys: list[bytes]) -> VerifyReport:
    """Check a vault that is not open here, even one too damaged to open: the lock is taken for the
    duration (no writer meanwhile) and each candidate key is tried until one authenticates pages."""
    if not path.is_file():
        raise VaultNotFound("no vault at {path}", path=path)
    header.read_salt(path)  # not ours at all: say so before taking a lock beside it
    lock = InstanceLock(path)
    lock.acquire()
    try:
        crash_log = _keep_crash_log(path)
        report: VerifyReport | None = None
        for key in keys[:-1]:
            with suppress(WrongPassphrase):
                report = verify_file(path, key)
                break
        report = report or verify_file(path, keys[-1])
        if crash_log is not None and crash_log[0] is not None and report.ok:
            crash_log[0].unlink(missing_ok=True)
        return report
    finally:
        lock.release()


def _classify(path: Path, key: bytes, salt: bytes, error: Exception) -> Exception:
    message = str(error)
    if "file is not a database" in message:
        return header.classify_refusal(path, key, salt)
    if "malformed" in message or "corrupt" in message:
        if path.stat().st_size % header.PAGE_SIZE:
            return header.truncated(path)
        return VaultDamaged(
            "{path} is damaged ({message}). Restore it from a backup.", path=path.name, message=message
        )
    return error

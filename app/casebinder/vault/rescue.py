"""Rescue: copy everything still readable from a damaged vault into a new one, and say what was lost.

The damaged file is never changed: not even opened by SQLite, which would replay and remove its write-ahead
log. A private working copy (ciphertext) is made beside the new vault; if page 1's salt was damaged, the
salt is put back in the copy from the vault's identity kept elsewhere (the recovery-key sheet's vault ID,
any backup, the copy of it this computer remembers). Rows are then copied table by table, in rowid ranges
that shrink to single rows around a damaged page; rows whose parent was lost, and documents whose bytes no
longer match their SHA-256, are left out and listed. The new vault has the same salt and key, so the same
passphrase and recovery key open it; it is verified before it takes its name.
"""

import hashlib
import logging
import shutil
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlmodel import SQLModel

from casebinder.vault import header, schema, search_index
from casebinder.vault.backup import _disk_errors, _link_into_place, _temporary_beside
from casebinder.vault.connection import connect
from casebinder.vault.durable import fsync_file
from casebinder.vault.errors import VaultDamaged, VaultExists, WrongPassphrase
from casebinder.vault.keys import SALT_SIZE
from casebinder.vault.lock import InstanceLock, real_path
from casebinder.vault.verify import _Connection, verify_file

log = logging.getLogger("casebinder.vault")

_CHUNK = 256
_SKIP = {"search_index"}  # rebuilt from the rows, never copied


@dataclass
class TableRescue:
    name: str
    copied: int = 0
    unreadable_ranges: list[tuple[int, int]] = field(default_factory=list)
    left_out: int = 0  # rows whose parent was lost

    @property
    def complete(self) -> bool:
        return not self.unreadable_ranges and not self.left_out


@dataclass
class RescueReport:
    path: Path
    tables: list[TableRescue]
    lost_documents: list[tuple[int, str, str]]  # id, title, why
    salt_repaired: bool

    @property
    def complete(self) -> bool:
        return all(t.complete for t in self.tables) and not self.lost_documents

    def lines(self) -> list[str]:
        found = []
        for table in self.tables:
            if table.unreadable_ranges:
                ranges = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in table.unreadable_ranges[:8])
                found.append(f"{table.name}: rows {ranges} could not be read")
            if table.left_out:
                found.append(f"{table.name}: {table.left_out} row(s) left out, their case or file was lost")
        found += [f"document {i} “{title}”: {why}" for i, title, why in self.lost_documents]
        return found


def candidate_salts(path: Path, known: Iterable[bytes]) -> list[bytes]:
    """The file's own salt first, then every other known identity of the vault."""
    own = path.read_bytes()[:SALT_SIZE] if path.is_file() else b""
    found = [own] if len(own) == SALT_SIZE else []
    return found + [s for s in dict.fromkeys(known) if len(s) == SALT_SIZE and s not in found]


def find_key(path: Path, candidates: Iterable[tuple[bytes, bytes]]) -> tuple[bytes, bytes] | None:
    """The (key, salt) under which the file's pages authenticate, if any: page 1 may be the damaged one."""
    for key, salt in candidates:
        if any(header.authenticated_pages(path, key, salt, limit=64)):
            return key, salt
    return None


def identity_damaged(path: Path, candidates: Iterable[tuple[bytes, bytes]]) -> bool:
    """True when the pages authenticate under another known identity of the vault but not its own salt:
    page 1's salt is damaged and the key is right (so "wrong passphrase" would be a lie)."""
    own = path.read_bytes()[:SALT_SIZE]
    found = find_key(path, candidates)
    return found is not None and found[1] != own


def rescue(damaged: Path, out: Path, candidates: Iterable[tuple[bytes, bytes]]) -> RescueReport:
    """Everything readable in ``damaged`` into a new vault at ``out``; ``candidates``: (raw key, salt) pairs
    to try (a recovery key with each known vault ID; a passphrase derived with each)."""
    damaged = real_path(damaged)
    if out.exists():
        raise VaultExists("{out} already exists: choose another name for the rescued vault", out=out)
    lock = InstanceLock(damaged)
    lock.acquire()  # nobody writes the damaged file while it is read
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with (
            _disk_errors(out, "nothing was rescued, and the damaged vault is unchanged"),
            _temporary_beside(out) as work,
            _temporary_beside(out) as partial,
        ):
            shutil.copyfile(damaged, work)
            wal = damaged.with_name(damaged.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, work.with_name(work.name + "-wal"))
            found = find_key(work, candidates)
            if found is None:
                raise WrongPassphrase(
                    "no page of this vault opens with that passphrase or recovery key. If they are right, "
                    "page 1's vault ID may be damaged: give the vault ID from your recovery-key sheet"
                )
            key, salt = found
            repaired = work.read_bytes()[:SALT_SIZE] != salt
            if repaired:
                with work.open("r+b") as handle:
                    handle.write(salt)
            try:
                source = _Connection(work, key)
            except sqlcipher3.DatabaseError:
                raise VaultDamaged(
                    "page 1 of {damaged}, which holds the vault's table of contents, is damaged: nothing "
                    "can be read through it. Restore the newest backup.",
                    damaged=damaged.name,
                ) from None
            try:
                target = connect(partial, key, create=True, salt=salt)
                try:
                    schema.create(target)
                    tables = _copy_tables(source, target)
                finally:
                    target.close()
            finally:
                source.close()
            lost = _drop_unreadable_documents(partial, key)
            fsync_file(partial)
            report = verify_file(partial, key)
            if not report.ok:  # a bug in the rescue itself: never hand over a vault that fails its checks
                raise VaultDamaged(
                    "the rescued copy did not verify: {problems}", problems="; ".join(report.problems)
                )
            _link_into_place(partial, out)
    finally:
        lock.release()
    result = RescueReport(out, tables, lost, repaired)
    log.info("rescue finished (%s)", "complete" if result.complete else "with losses")
    return result


def _columns(con: Any, table: str) -> list[str]:
    return [str(row[1]) for row in con.execute(f'PRAGMA table_info("{table}")')]


def _copy_tables(source: Any, target: Any) -> list[TableRescue]:
    target.execute("PRAGMA foreign_keys = OFF")  # parents may come after children, or not at all
    target.execute("BEGIN")
    results = []
    try:
        for table in SQLModel.metadata.sorted_tables:
            if table.name in _SKIP:
                continue
            try:
                columns = [c for c in _columns(target, table.name) if c in set(_columns(source, table.name))]
            except sqlcipher3.DatabaseError:
                source.reset()
                columns = []
            results.append(_copy_rows(source, target, table.name, columns))
        results += _left_out(target)
        for statement in search_index.rebuild():
            target.execute(statement)
        target.execute("COMMIT")
    except BaseException:
        with suppress(Exception):  # SQLite may have rolled back already (a full disk does)
            target.execute("ROLLBACK")
        raise
    target.execute("PRAGMA foreign_keys = ON")
    return [r for r in results if r.name]


def _copy_rows(source: Any, target: Any, table: str, columns: list[str]) -> TableRescue:
    result = TableRescue(table)
    if not columns:
        result.unreadable_ranges.append((1, 0))
        return result
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    highest = _highest_rowid(source, table)
    start = 1
    while highest is None or start <= highest:
        end = start + _CHUNK - 1
        rows = _read(source, f'SELECT {names} FROM "{table}" WHERE rowid BETWEEN ? AND ?', (start, end))
        if rows is None:  # a damaged page in this range: row by row
            rows = []
            for rowid in range(start, end + 1):
                one = _read(source, f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,))
                if one is None:
                    _add_range(result, rowid)
                else:
                    rows += one
        for row in rows:
            target.execute(insert, tuple(row))
        result.copied += len(rows)
        if highest is None and not rows:
            break
        start = end + 1
    return result


def _highest_rowid(con: Any, table: str) -> int | None:
    row = _read(con, f'SELECT max(rowid) FROM "{table}"')
    if row is not None:
        return int(row[0][0] or 0)
    seq = _read(con, "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,))
    return int(seq[0][0]) if seq else None


def _read(con: Any, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any] | None:
    try:
        return list(con.execute(sql, parameters))
    except sqlcipher3.DatabaseError:
        con.reset()  # after a failed page check SQLCipher's pager stays in error: start afresh
        return None


def _add_range(result: TableRescue, rowid: int) -> None:
    if result.unreadable_ranges and result.unreadable_ranges[-1][1] == rowid - 1:
        result.unreadable_ranges[-1] = (result.unreadable_ranges[-1][0], rowid)
    else:
        result.unreadable_ranges.append((rowid, rowid))


def _left_out(target: Any) -> list[TableRescue]:
    """Rows whose parent row was lost go too (a call of a case that is gone), counted per table."""
    counts: dict[str, int] = {}
    while True:
        orphans = list(target.execute("PRAGMA foreign_key_check"))
        if not orphans:
            break
        for table, rowid, _parent, _fk in orphans:
            target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            counts[table] = counts.get(table, 0) + 1
    return [TableRescue(name, left_out=count) for name, count in counts.items()]


def _drop_unreadable_documents(path: Path, key: bytes) -> list[tuple[int, str, str]]:
    """Documents whose bytes were on a damaged page (or do not hash right) are listed and removed, with
    their stored file: a rescued vault holds only what it can give back whole."""
    con = connect(path, key)
    lost: list[tuple[int, str, str]] = []
    try:
        con.execute("BEGIN")
        for blob_id, sha256, size in list(con.execute("SELECT id, sha256, size FROM blob")):
            digest, stored = hashlib.sha256(), 0
            for (piece,) in con.execute(
                "SELECT data FROM blob_chunk WHERE blob_id = ? ORDER BY seq", (blob_id,)
            ):
                digest.update(piece)
                stored += len(piece)
            if stored == size and digest.hexdigest() == sha256:
                continue
            why = "its file was on a damaged page" if stored != size else "its file's bytes were damaged"
            for document_id, title in list(
                con.execute("SELECT id, title FROM document WHERE blob_id = ?", (blob_id,))
            ):
                lost.append((int(document_id), str(title), why))
                con.execute("DELETE FROM document WHERE id = ?", (document_id,))
            con.execute("DELETE FROM blob_chunk WHERE blob_id = ?", (blob_id,))
            con.execute("DELETE FROM blob WHERE id = ?", (blob_id,))
        for document_id, title in list(
            con.execute("SELECT id, title FROM document WHERE blob_id NOT IN (SELECT id FROM blob)")
        ):
            lost.append((int(document_id), str(title), "its file's record was on a damaged page"))
            con.execute("DELETE FROM document WHERE id = ?", (document_id,))
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        con.close()
    return sorted(lost)

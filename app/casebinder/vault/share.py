"""Sharing cases with a caregiver, without a server: a share file is a small vault of its own.

``export_cases`` copies chosen cases (with their person, every record and every document's bytes) into a new
vault made under its own passphrase, so the file can travel by USB stick or e-mail and open nowhere else.
``merge`` brings such a file into another vault, matching what is already there: stored files by SHA-256,
people by name, every other record by its content (its fields, with the records it points to matched first).
Receiving the same file twice therefore changes nothing, and two caregivers who both hold a case end up with
one copy of each record, not two.
"""

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table
from sqlmodel import SQLModel

from casebinder.vault import search_index

_SKIP = {"meta", "search_index"}
_BY_BLOB = {"blob_chunk", "blob_text", "blob_thumbnail"}


@dataclass
class MergeCounts:
    added: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    cases: set[int] = field(default_factory=set)  # the receiver's ids of the cases in the file

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def _tables() -> list[Table]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in _SKIP]


def _columns(con: Any, table: str) -> list[str]:
    return [str(row[1]) for row in con.execute(f'PRAGMA table_info("{table}")')]


def _ids(con: Any, sql: str, parameters: Iterable[Any] = ()) -> set[int]:
    return {int(row[0]) for row in con.execute(sql, tuple(parameters)) if row[0] is not None}


def _in(values: set[int]) -> str:
    return ",".join(str(int(v)) for v in sorted(values)) or "NULL"


def export_cases(source: Any, target: Any, case_ids: set[int]) -> dict[str, int]:
    """Copy the cases ``case_ids`` and everything that belongs to them from ``source`` into the empty vault
    ``target`` (ids kept: the file is new). Returns rows copied per table."""
    cases = _in(case_ids)
    people = _ids(source, f"SELECT person_id FROM insurance_case WHERE id IN ({cases})")
    documents = _ids(source, f"SELECT id FROM document WHERE case_id IN ({cases})")
    blobs = _ids(source, f"SELECT blob_id FROM document WHERE id IN ({_in(documents)})")
    letters = _ids(source, f"SELECT id FROM correspondence WHERE case_id IN ({cases})")
    where = {
        "person": f"id IN ({_in(people)})",
        "insurance_case": f"id IN ({cases})",
        "blob": f"id IN ({_in(blobs)})",
        "correspondence_document": f"correspondence_id IN ({_in(letters)})",
        **{name: f"blob_id IN ({_in(blobs)})" for name in _BY_BLOB},
    }
    copied: dict[str, int] = {}
    target.execute("BEGIN")
    try:
        for table in _tables():
            condition = where.get(table.name) or (f"case_id IN ({cases})" if "case_id" in table.c else None)
            if condition is None:
                continue
            columns = [c for c in _columns(target, table.name) if c in set(_columns(source, table.name))]
            names = ", ".join(f'"{c}"' for c in columns)
            insert = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
            rows = source.execute(f'SELECT {names} FROM "{table.name}" WHERE {condition}')
            count = 0
            for row in rows:
                target.execute(insert, tuple(row))
                count += 1
            copied[table.name] = count
        target.execute("COMMIT")
    except BaseException:
        with suppress(Exception):  # SQLite may have rolled back already (a full disk does)
            target.execute("ROLLBACK")
        raise
    return copied


def merge(source: Any, target: Any) -> MergeCounts:
    """Bring every record of the share vault ``source`` into ``target``, matching what is already there;
    one transaction: it lands whole or not at all."""
    counts = MergeCounts()
    maps: dict[str, dict[int, int]] = {}
    new_blobs: set[int] = set()
    target.execute("BEGIN IMMEDIATE")
    try:
        for table in _tables():
            columns = [c for c in _columns(source, table.name) if c in set(_columns(target, table.name))]
            foreign = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            single_id = [c.name for c in table.primary_key.columns] == ["id"]
            names = ", ".join(f'"{c}"' for c in columns)
            for row in source.execute(f'SELECT {names} FROM "{table.name}"'):
                values = dict(zip(columns, row, strict=True))
                for column, parent in foreign.items():
                    if values.get(column) is not None:
                        values[column] = maps.get(parent, {}).get(int(values[column]), values[column])
                if table.name in _BY_BLOB:
                    if values["blob_id"] not in new_blobs:
                        continue  # the receiver already had these bytes, with their text and picture
                    _insert(target, table.name, values)
                    counts.added[table.name] = counts.added.get(table.name, 0) + 1
                    continue
                old_id = values.pop("id") if single_id else None
                existing = _match(target, table, values)
                if existing is not None:
                    counts.matched[table.name] = counts.matched.get(table.name, 0) + 1
                    if old_id is not None:
                        maps.setdefault(table.name, {})[int(old_id)] = existing
                    continue
                new_id = _insert(target, table.name, values, ignore=not single_id)
                counts.added[table.name] = counts.added.get(table.name, 0) + 1
                if old_id is not None:
                    maps.setdefault(table.name, {})[int(old_id)] = new_id
                    if table.name == "blob":
                        new_blobs.add(new_id)
        counts.cases = set(maps.get("insurance_case", {}).values())
        for statement in search_index.rebuild():
            target.execute(statement)
        problems = list(target.execute("PRAGMA foreign_key_check"))
        if problems:
            raise ValueError(f"the shared file's records do not fit together ({len(problems)} broken links)")
        target.execute("COMMIT")
    except BaseException:
        with suppress(Exception):  # SQLite may have rolled back already (a full disk does)
            target.execute("ROLLBACK")
        raise
    return counts


_COMPOSITE = ("case_option", "checklist_entry", "checklist_link", "correspondence_document")


def _match(con: Any, table: Table, values: dict[str, Any]) -> int | None:
    """The receiver's row that is this one: stored files by SHA-256, people by name, a case by its person,
    title and the moment it was opened (so the receiver's edits to it do not make a second case), every other
    record by its whole content (never by a guess that could merge two different calls into one)."""
    if table.name == "blob":
        keys = {"sha256": values["sha256"]}
    elif table.name == "person":
        keys = {"name": values["name"]}
    elif table.name == "insurance_case":
        keys = {k: values[k] for k in ("person_id", "title", "created_at")}
    else:
        keys = values
    condition = " AND ".join(f'"{c}" IS ?' for c in keys)
    key_column = "rowid" if table.name in _COMPOSITE else "id"
    sql = f'SELECT {key_column} FROM "{table.name}" WHERE {condition} LIMIT 1'
    row = con.execute(sql, tuple(keys.values())).fetchone()
    return int(row[0]) if row else None


def _insert(con: Any, table: str, values: dict[str, Any], *, ignore: bool = False) -> int:
    names = ", ".join(f'"{c}"' for c in values)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    cursor = con.execute(
        f'{verb} INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in values)})', tuple(values.values())
    )
    return int(cursor.lastrowid or 0)

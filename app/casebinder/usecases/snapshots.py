"""Deleting a record with everything that hangs from it, and putting it all back (the app's Undo).

Before a delete, the record's row and every row the database would remove with it (the foreign keys that
cascade: a case's documents, calls, timeline lines, checklist marks...) are read into a snapshot, as are the
references it would clear (a cost's receipt). The delete itself is the database's: one statement, cascades
and search-index triggers included, so nothing is left pointing at nothing. Restoring inserts the rows back
with their own ids, parents before children, then sets the cleared references again. The stored bytes of a
deleted document stay in the vault (they may be shared); the app purges bytes no document uses when it
locks, and the CLI when it deletes.
"""

from collections import Counter
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from casebinder.domain import models  # noqa: F401  (every table on the metadata)
from casebinder.phrases import Phrase, listed, marked, said

Row = tuple[tuple[str, Any], ...]

_WORDS = {  # what each table's rows are called, counted ("%n" and Qt's plural forms)
    "document": marked("%n document(s)"),
    "call": marked("%n call(s)"),
    "correspondence": marked("%n letter(s)"),
    "event": marked("%n timeline line(s)"),
    "case_milestone": marked("%n milestone(s)"),
    "medical_history": marked("%n medical history record(s)"),
    "treatment": marked("%n treatment(s)"),
    "cost": marked("%n cost(s)"),
    "checklist_link": marked("%n checklist link(s)"),
    "checklist_entry": marked("%n checklist mark(s)"),
    "correspondence_document": marked("%n enclosure(s)"),
}


@dataclass(frozen=True)
class Snapshot:
    """What one deletion removed: enough to put it back exactly."""

    what: Phrase  # "the case “Eyelids”"
    case_id: int | None
    rows: tuple[tuple[str, Row], ...]  # (table, row), the deleted record first
    cleared: tuple[tuple[str, Row, str, Any], ...]  # (table, primary key, column, value before)

    def describe(self) -> str:
        """ "the case “Eyelids”, with 4 documents, 3 calls and 12 timeline lines"."""
        return str(self.said())

    def said(self) -> Phrase:
        counts = Counter(table for table, _row in self.rows[1:])
        parts = [said(_WORDS[table], n=n) for table, n in counts.most_common() if table in _WORDS]
        if not parts:
            return self.what
        return said("{what}, with {listed}", what=self.what, listed=listed(parts))


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _key(table: Table, row: dict[str, Any]) -> Row:
    return tuple((column.name, row[column.name]) for column in table.primary_key.columns)


def _where(table: Table, key: Row) -> Any:
    return and_(*(table.c[name] == value for name, value in key))


def capture(session: Session, table_name: str, key: Row, what: Phrase, case_id: int | None) -> Snapshot:
    """Read the row ``key`` of ``table_name`` and everything a delete of it would cascade to."""
    rows: list[tuple[str, Row]] = []
    cleared: list[tuple[str, Row, str, Any]] = []
    seen: set[tuple[str, Row]] = set()
    pending: list[tuple[Table, Any]] = [(_table(table_name), _where(_table(table_name), key))]
    while pending:
        table, condition = pending.pop(0)
        for found in session.execute(select(table).where(condition)).mappings():
            row = dict(found)
            identity = (table.name, _key(table, row))
            if identity in seen:
                continue
            seen.add(identity)
            rows.append((table.name, tuple(row.items())))
            for child in SQLModel.metadata.sorted_tables:
                for fk in child.foreign_keys:
                    if fk.column.table is not table:
                        continue
                    value = row[fk.column.name]
                    if fk.ondelete == "CASCADE":
                        pending.append((child, fk.parent == value))
                    elif fk.ondelete == "SET NULL":
                        for referring in session.execute(select(child).where(fk.parent == value)).mappings():
                            cleared.append((child.name, _key(child, dict(referring)), fk.parent.name, value))
    return Snapshot(what, case_id, tuple(rows), tuple(cleared))


def delete_whole(
    session: Session, table_name: str, record_id: int, what: Phrase, case_id: int | None, *, dry_run: bool
) -> Snapshot:
    """Delete the record ``record_id`` with all that hangs from it, and return what went. ``dry_run``: delete
    nothing, only say what would go (the CLI asks for ``--yes`` with it)."""
    snapshot = capture(session, table_name, (("id", record_id),), what, case_id)
    if not dry_run:
        delete_captured(session, snapshot)
    return snapshot


def delete_captured(session: Session, snapshot: Snapshot) -> None:
    """Delete the snapshot's first row; the database cascades the rest, exactly as captured."""
    table_name, row = snapshot.rows[0]
    table = _table(table_name)
    session.execute(delete(table).where(_where(table, _key(table, dict(row)))))


def restore_rows(session: Session, snapshot: Snapshot) -> None:
    """Insert back what one deletion removed and set cleared references again.

    Rows keep their ids where those are still free. One taken since (a call logged after the deletion can
    get the id a deleted note had: SQLite reuses the highest) is given a new id, and the restored rows that
    referred to it are pointed at the new one, so Undo still works after other changes."""
    order = {table.name: index for index, table in enumerate(SQLModel.metadata.sorted_tables)}
    moved: dict[tuple[str, Any], Any] = {}  # (table, old id) -> new id
    for table_name, row in sorted(snapshot.rows, key=lambda item: order[item[0]]):
        table = _table(table_name)
        values = dict(row)
        for fk in table.foreign_keys:
            target = (fk.column.table.name, values.get(fk.parent.name))
            if target in moved:
                values[fk.parent.name] = moved[target]
        single_id = [column.name for column in table.primary_key.columns] == ["id"]
        if single_id and session.execute(select(table.c.id).where(table.c.id == values["id"])).first():
            old_id = values.pop("id")
            result = cast("CursorResult[Any]", session.execute(insert(table).values(values)))
            (new_id,) = result.inserted_primary_key or (None,)
            moved[(table_name, old_id)] = new_id
        else:
            session.execute(insert(table).values(values))
    for table_name, key, column, value in snapshot.cleared:
        table = _table(table_name)
        fk_target = next(fk.column.table.name for fk in table.c[column].foreign_keys)
        value = moved.get((fk_target, value), value)
        session.execute(update(table).where(_where(table, key)).values({column: value}))


def purge_unused_bytes(session: Session) -> int:
    """Stored files no document refers to any more (after deletions); returns how many went."""
    from casebinder.vault import blobs

    return blobs.delete_orphans(session)

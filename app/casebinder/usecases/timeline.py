"""A case's dated things in one chronological list: whole (the CLI, the packet), or by pages (the app).

The app's timeline holds only the ids and times of the events matching its filters (kinds, words), found in
SQL, and fetches full rows a block at a time as they are painted: 10,000 events never travel whole.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select as core_select
from sqlmodel import col, select

from casebinder.domain.enums import EventKind
from casebinder.domain.models import Document, Event
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import query
from casebinder.vault import Vault


@query("timeline.show", doors=("cli",), reason="the app pages through it (timeline.index, timeline.rows)")
def timeline(vault: Vault, case_id: int) -> list[Event]:
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(Event).where(col(Event.case_id) == case_id)
        return list(session.exec(query_.order_by(col(Event.at), col(Event.id))))


@dataclass(frozen=True)
class EventRow:
    """One line of the timeline as the app shows it (plain values: safe to keep after the vault locks)."""

    id: int
    at: dt.datetime
    all_day: bool
    kind: EventKind
    title: str
    detail: str
    call_id: int | None
    document_id: int | None
    correspondence_id: int | None
    milestone_id: int | None = None
    undated: bool = False  # a document that bears no date: placed by the day it was added, shown "undated"

    @property
    def when(self) -> str:
        if self.undated:
            return "undated"
        return f"{self.at:%Y-%m-%d}" if self.all_day else f"{self.at:%Y-%m-%d %H:%M}"


@query("timeline.undated", doors=("cli",), reason="the app reads it with each block of rows (timeline.rows)")
def undated_documents(vault: Vault, case_id: int) -> set[int]:
    """The case's documents that bear no date: their lines read "undated", not the day they were added."""
    with vault.connection() as conn:
        rows = conn.execute(
            core_select(col(Document.id)).where(
                col(Document.case_id) == case_id, col(Document.date).is_(None)
            )
        )
        return {row[0] for row in rows if row[0] is not None}


@query("timeline.index", doors=("app",), reason="lazy paging for the app's view; the CLI prints it whole")
def timeline_index(
    vault: Vault, case_id: int, kinds: set[EventKind] | None = None, text: str = ""
) -> tuple[list[int], list[dt.datetime]]:
    """The ids and times, in order, of the events of ``case_id`` matching ``kinds`` (None: all) and
    ``text`` (in the title or the detail): the filter is SQL's."""
    query_ = core_select(col(Event.id), col(Event.at)).where(col(Event.case_id) == case_id)
    if kinds is not None:
        query_ = query_.where(col(Event.kind).in_(sorted(kinds)))
    needle = text.strip()
    if needle:
        pattern = f"%{needle.replace('%', '').replace('_', '')}%"
        query_ = query_.where(col(Event.title).ilike(pattern) | col(Event.detail).ilike(pattern))
    with vault.connection() as conn:
        rows = conn.execute(query_.order_by(col(Event.at), col(Event.id))).all()
    ids = [row[0] for row in rows if row[0] is not None]  # a primary key: never NULL in a stored row
    return ids, [row[1] for row in rows]


@query("timeline.rows", doors=("app",), reason="lazy paging for the app's view; the CLI prints it whole")
def timeline_rows(vault: Vault, ids: Sequence[int]) -> list[EventRow]:
    """Full rows for the events ``ids`` (a block the view is about to paint)."""
    table = Event.__table__  # type: ignore[attr-defined]
    documents = Document.__table__  # type: ignore[attr-defined]
    undated = (
        table.c.document_id.is_not(None) & documents.c.id.is_not(None) & documents.c.date.is_(None)
    ).label("undated")
    joined = table.outerjoin(documents, documents.c.id == table.c.document_id)
    with vault.connection() as conn:
        return [
            EventRow(
                e.id,
                e.at,
                e.all_day,
                EventKind(e.kind),
                e.title,
                e.detail,
                e.call_id,
                e.document_id,
                e.correspondence_id,
                e.milestone_id,
                bool(e.undated),
            )
            for e in conn.execute(
                core_select(*table.c, undated).select_from(joined).where(table.c.id.in_(list(ids)))
            )
        ]

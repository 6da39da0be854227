"""Notes: free text on the timeline ("asked HR for the plan document"), searchable like everything else."""

import datetime as dt

from sqlmodel import col, select

from casebinder.domain.enums import EventKind
from casebinder.domain.models import Event
from casebinder.errors import NotFound
from casebinder.phrases import said
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import require_text
from casebinder.usecases.records import detached, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@command("note.add")
def add_note(vault: Vault, case_id: int, at: dt.datetime, title: str, detail: str = "") -> Changes:
    with vault.transaction() as session:
        get_case(session, case_id)
        note = Event(
            case_id=case_id,
            at=at,
            all_day=False,
            kind=EventKind.NOTE,
            title=require_text(title, "a note"),
            detail=detail.strip(),
        )
        session.add(note)
        return Changes(case_id=case_id, timeline=True, record=detached(session, note))


@query("note.list", doors=("cli",), reason="the app shows notes on the timeline, among the rest")
def list_notes(vault: Vault, case_id: int) -> list[Event]:
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(Event).where(col(Event.case_id) == case_id, col(Event.kind) == EventKind.NOTE)
        return list(session.exec(query_.order_by(col(Event.at), col(Event.id))))


@command("note.delete")
def delete_note(vault: Vault, note_id: int, *, dry_run: bool = False) -> Changes:
    with vault.transaction() as session:
        note = session.get(Event, note_id)
        if note is None or note.kind is not EventKind.NOTE:
            raise NotFound("no note with id {note_id}", note_id=note_id)
        what = said("the note “{title}”", title=note.title)
        snapshot = delete_whole(session, "event", note_id, what, note.case_id, dry_run=dry_run)
    return Changes(case_id=note.case_id, timeline=not dry_run, undo=snapshot)

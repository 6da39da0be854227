"""A case's dated things in one chronological list."""

import datetime as dt

from sqlmodel import select

from casebinder.domain.enums import EventKind
from casebinder.domain.models import Event
from casebinder.usecases.cases import get_case
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import require_text
from casebinder.vault import Vault


def timeline(vault: Vault, case_id: int) -> list[Event]:
    with vault.session() as session:
        get_case(session, case_id)
        query = select(Event).where(Event.case_id == case_id).order_by(Event.at, Event.id)  # type: ignore[arg-type]
        return list(session.exec(query))


def add_note(vault: Vault, case_id: int, at: dt.datetime, title: str, detail: str = "") -> Changes:
    with vault.transaction() as session:
        get_case(session, case_id)
        session.add(
            Event(
                case_id=case_id,
                at=at,
                all_day=False,
                kind=EventKind.NOTE,
                title=require_text(title, "a note"),
                detail=detail,
            )
        )
    return Changes(case_id=case_id, timeline=True)

"""Phone calls: the record of every promise ("never rely on verbal assurances").

A call has its line on the timeline and, when it has a follow-up date, a second line for that; editing the
call rewrites both, deleting it removes both.
"""

import datetime as dt
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from casebinder.domain.enums import Direction, EventKind
from casebinder.domain.models import Call, Event
from casebinder.errors import InvalidInput
from casebinder.phrases import Phrase, joined, marked, said, stored
from casebinder.usecases.changes import Changes
from casebinder.usecases.contacts import check_contact, contact_line
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@dataclass(frozen=True)
class CallFields:
    at: dt.datetime
    rep_name: str = ""
    direction: Direction = Direction.OUTBOUND
    with_whom: str = ""
    rep_id: str = ""
    reference_number: str = ""
    duration_minutes: int | None = None
    summary: str = ""
    promised: str = ""
    follow_up: dt.date | None = None
    contact_id: int | None = None  # who it was with (casebinder.usecases.contacts)

    def checked(self) -> "CallFields":
        if self.duration_minutes is not None and self.duration_minutes < 0:
            raise InvalidInput("a call cannot last a negative number of minutes")
        text = {name: getattr(self, name).strip() for name in _TEXT}
        return replace(self, direction=Direction(self.direction), **text)


_TEXT = ("rep_name", "with_whom", "rep_id", "reference_number", "summary", "promised")


def call_title(call: Call) -> str:
    return str(call_phrase(call))


def call_phrase(call: Call) -> Phrase:
    """ "Call with Dana (ref CS-1)", "Call from the plan" """
    who = call.rep_name or call.with_whom or said("unknown")
    outbound = call.direction is Direction.OUTBOUND
    if call.reference_number:
        template = (
            marked("Call with {who} (ref {ref})") if outbound else marked("Call from {who} (ref {ref})")
        )
        return said(template, who=who, ref=call.reference_number)
    return said(marked("Call with {who}") if outbound else marked("Call from {who}"), who=who)


def _write_lines(session: Session, call: Call) -> None:
    """The call's timeline lines, (re)made from the call itself."""
    for old in session.exec(select(Event).where(col(Event.call_id) == call.id)):
        session.delete(old)
    session.flush()
    promised = said("Promised: {promised}", promised=call.promised) if call.promised else None
    detail = joined([call.summary, promised], "\n") if promised else None
    title = call_phrase(call)
    session.add(
        Event(
            case_id=call.case_id,
            at=call.at,
            all_day=False,
            kind=EventKind.CALL,
            title=str(title),
            said=stored(title=title, detail=detail),
            detail=str(detail) if detail else call.summary,
            call_id=call.id,
        )
    )
    if call.follow_up is not None:
        follow_up = said(
            "Follow up on call with {who}", who=call.rep_name or call.with_whom or said("insurer")
        )
        session.add(
            Event(
                case_id=call.case_id,
                at=dt.datetime.combine(call.follow_up, dt.time()),
                kind=EventKind.FOLLOW_UP,
                title=str(follow_up),
                said=stored(title=follow_up),
                detail=call.promised or call.summary,
                call_id=call.id,
            )
        )


@command("call.add")
def add_call(vault: Vault, case_id: int, fields: CallFields) -> Changes:
    fields = fields.checked()
    with vault.transaction() as session:
        get_case(session, case_id)
        contact = check_contact(session, case_id, fields.contact_id)
        if contact is not None and not fields.with_whom:
            fields = replace(fields, with_whom=contact_line(contact))
        call = Call(case_id=case_id, **vars(fields))
        session.add(call)
        session.flush()
        _write_lines(session, call)
        return Changes(case_id=case_id, call=True, timeline=True, record=detached(session, call))


@command("call.edit")
def edit_call(vault: Vault, call_id: int, fields: CallFields) -> Changes:
    """Replace what was recorded of a call (a reference number read back wrong, a follow-up moved)."""
    fields = fields.checked()
    with vault.transaction() as session:
        call = get(session, Call, call_id)
        check_contact(session, call.case_id, fields.contact_id)
        for name, value in vars(fields).items():
            setattr(call, name, value)
        session.flush()
        _write_lines(session, call)
        return Changes(case_id=call.case_id, call=True, timeline=True, record=detached(session, call))


@command("call.follow-up-done")
def mark_follow_up_done(vault: Vault, call_id: int, done: bool = True) -> Changes:
    """Tick a call's follow-up off (or back on): until it is done, a missed one stays listed, overdue."""
    with vault.transaction() as session:
        call = get(session, Call, call_id)
        if call.follow_up is None:
            raise InvalidInput("that call has no follow-up date")
        call.follow_up_done = done
        return Changes(case_id=call.case_id, call=True, record=detached(session, call))


@command("call.delete")
def delete_call(vault: Vault, call_id: int, *, dry_run: bool = False) -> Changes:
    with vault.transaction() as session:
        call = get(session, Call, call_id)
        who = call.rep_name or call.with_whom or said("unknown")
        what = said("the call of {at} with {who}", at=call.at, who=who)
        snapshot = delete_whole(session, "call", call_id, what, call.case_id, dry_run=dry_run)
    return Changes(case_id=call.case_id, call=not dry_run, timeline=not dry_run, undo=snapshot)


@query("call.list")
def list_calls(vault: Vault, case_id: int) -> list[Call]:
    with vault.session() as session:
        get_case(session, case_id)
        return list(session.exec(select(Call).where(col(Call.case_id) == case_id).order_by(col(Call.at))))

"""Calls and correspondence: the record of every promise ("never rely on verbal assurances")."""

import datetime as dt
from dataclasses import dataclass

from sqlmodel import select

from casebinder.domain.enums import CorrespondenceMethod, Direction, EventKind
from casebinder.domain.models import Call, Correspondence, CorrespondenceDocument, Document, Event
from casebinder.errors import InvalidInput
from casebinder.usecases.cases import get_case
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


def _call_title(call: Call) -> str:
    who = call.rep_name or call.with_whom or "unknown"
    verb = "Call with" if call.direction is Direction.OUTBOUND else "Call from"
    ref = f" (ref {call.reference_number})" if call.reference_number else ""
    return f"{verb} {who}{ref}"


def add_call(vault: Vault, case_id: int, fields: CallFields) -> Call:
    if fields.duration_minutes is not None and fields.duration_minutes < 0:
        raise InvalidInput("a call cannot last a negative number of minutes")
    with vault.transaction() as session:
        get_case(session, case_id)
        call = Call(case_id=case_id, **vars(fields))
        session.add(call)
        session.flush()
        detail = "\n".join(
            part for part in (call.summary, f"Promised: {call.promised}" if call.promised else "") if part
        )
        session.add(
            Event(
                case_id=case_id,
                at=call.at,
                all_day=False,
                kind=EventKind.CALL,
                title=_call_title(call),
                detail=detail,
                call_id=call.id,
            )
        )
        if call.follow_up is not None:
            session.add(
                Event(
                    case_id=case_id,
                    at=dt.datetime.combine(call.follow_up, dt.time()),
                    kind=EventKind.FOLLOW_UP,
                    title=f"Follow up on call with {call.rep_name or call.with_whom or 'insurer'}",
                    detail=call.promised or call.summary,
                    call_id=call.id,
                )
            )
    return call


def list_calls(vault: Vault, case_id: int) -> list[Call]:
    with vault.session() as session:
        return list(session.exec(select(Call).where(Call.case_id == case_id).order_by(Call.at)))  # type: ignore[arg-type]


@dataclass(frozen=True)
class CorrespondenceFields:
    date: dt.date
    direction: Direction = Direction.OUTBOUND
    method: CorrespondenceMethod = CorrespondenceMethod.LETTER
    counterparty: str = ""
    subject: str = ""
    proof: str = ""
    notes: str = ""


def add_correspondence(
    vault: Vault, case_id: int, fields: CorrespondenceFields, document_ids: tuple[int, ...] = ()
) -> Correspondence:
    with vault.transaction() as session:
        get_case(session, case_id)
        item = Correspondence(case_id=case_id, **vars(fields))
        session.add(item)
        session.flush()
        for document_id in document_ids:
            document = session.get(Document, document_id)
            if document is None or document.case_id != case_id:
                raise InvalidInput(f"document {document_id} is not part of case {case_id}")
            assert item.id is not None
            session.add(CorrespondenceDocument(correspondence_id=item.id, document_id=document_id))
        sent = item.direction is Direction.OUTBOUND
        what = item.subject or item.method.label.lower()
        title = f"{'Sent' if sent else 'Received'} {item.method.label.lower()}: {what}"
        if item.counterparty:
            title += f" {'to' if sent else 'from'} {item.counterparty}"
        session.add(
            Event(
                case_id=case_id,
                at=dt.datetime.combine(item.date, dt.time()),
                kind=EventKind.LETTER_SENT if sent else EventKind.LETTER_RECEIVED,
                title=title,
                detail="\n".join(p for p in (f"Proof: {item.proof}" if item.proof else "", item.notes) if p),
                correspondence_id=item.id,
            )
        )
    return item


def list_correspondence(vault: Vault, case_id: int) -> list[Correspondence]:
    with vault.session() as session:
        return list(
            session.exec(
                select(Correspondence).where(Correspondence.case_id == case_id).order_by(Correspondence.date)  # type: ignore[arg-type]
            )
        )

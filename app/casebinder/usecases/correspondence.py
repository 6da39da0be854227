"""Letters, faxes, portal messages and e-mails, sent or received, with their proof and enclosures."""

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete
from sqlmodel import Session, col, select

from casebinder.domain.enums import CorrespondenceMethod, Direction, EventKind
from casebinder.domain.models import Correspondence, CorrespondenceDocument, Document, Event
from casebinder.errors import InvalidInput
from casebinder.phrases import Phrase, joined, marked, said, stored
from casebinder.usecases.changes import Changes
from casebinder.usecases.contacts import check_contact, contact_line
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@dataclass(frozen=True)
class CorrespondenceFields:
    date: dt.date
    direction: Direction = Direction.OUTBOUND
    method: CorrespondenceMethod = CorrespondenceMethod.LETTER
    counterparty: str = ""
    subject: str = ""
    proof: str = ""  # tracking or certified-mail number, fax confirmation, portal receipt
    notes: str = ""
    sent_to: str = ""  # the fax number, address or portal it went to
    sent_time: dt.time | None = None
    contact_id: int | None = None  # who it was with (casebinder.usecases.contacts)

    def checked(self) -> "CorrespondenceFields":
        names = ("counterparty", "subject", "proof", "notes", "sent_to")
        text = {name: getattr(self, name).strip() for name in names}
        return replace(
            self, direction=Direction(self.direction), method=CorrespondenceMethod(self.method), **text
        )


def _title(item: Correspondence) -> Phrase:
    """ "Sent fax: Appeal to Acme Health", "Received letter from Acme Health" """
    sent = item.direction is Direction.OUTBOUND
    subject = ": {subject}" if item.subject else ""
    whom = (" to {whom}" if sent else " from {whom}") if item.counterparty else ""
    how = item.method.label.lower()
    return said(_TITLES[sent, subject + whom], how=how, subject=item.subject, whom=item.counterparty)


_TITLES = {  # each whole, so a translator sees the sentence (sent?, what follows "Sent fax")
    (True, ""): marked("Sent {how}"),
    (True, ": {subject}"): marked("Sent {how}: {subject}"),
    (True, " to {whom}"): marked("Sent {how} to {whom}"),
    (True, ": {subject} to {whom}"): marked("Sent {how}: {subject} to {whom}"),
    (False, ""): marked("Received {how}"),
    (False, ": {subject}"): marked("Received {how}: {subject}"),
    (False, " from {whom}"): marked("Received {how} from {whom}"),
    (False, ": {subject} from {whom}"): marked("Received {how}: {subject} from {whom}"),
}


def _how_sent(item: Correspondence) -> Phrase:
    """ "To 555-0100 at 14:32; proof: fax confirmation OK" (what of it was recorded), each piece a phrase:
    the first begins with a capital."""
    pieces: list[Phrase] = []
    if item.sent_to:
        pieces.append(said(marked("to {where}") if pieces else marked("To {where}"), where=item.sent_to))
    if item.sent_time:
        pieces.append(said(marked("at {time}") if pieces else marked("At {time}"), time=item.sent_time))
    where = joined(pieces)
    proof = None
    if item.proof:
        proof = said(marked("proof: {proof}") if where else marked("Proof: {proof}"), proof=item.proof)
    return joined([where, proof], "; ")


def _write(session: Session, item: Correspondence, document_ids: tuple[int, ...]) -> None:
    """Its enclosures and its timeline line, (re)made from the record."""
    assert item.id is not None
    session.execute(
        delete(CorrespondenceDocument).where(col(CorrespondenceDocument.correspondence_id) == item.id)
    )
    for document_id in dict.fromkeys(document_ids):
        document = session.get(Document, document_id)
        if document is None or document.case_id != item.case_id:
            raise InvalidInput(
                "document {document_id} is not part of case {case_id}",
                document_id=document_id,
                case_id=item.case_id,
            )
        session.add(CorrespondenceDocument(correspondence_id=item.id, document_id=document_id))
    for old in session.exec(select(Event).where(col(Event.correspondence_id) == item.id)):
        session.delete(old)
    session.flush()
    sent = item.direction is Direction.OUTBOUND
    session.add(
        Event(
            case_id=item.case_id,
            at=dt.datetime.combine(item.date, dt.time()),
            kind=EventKind.LETTER_SENT if sent else EventKind.LETTER_RECEIVED,
            title=str(line := _title(item)),
            said=stored(title=line, detail=(detail := joined([_how_sent(item), item.notes], "\n"))),
            detail=str(detail),
            correspondence_id=item.id,
        )
    )


@command("correspondence.add")
def add_correspondence(
    vault: Vault, case_id: int, fields: CorrespondenceFields, document_ids: tuple[int, ...] = ()
) -> Changes:
    fields = fields.checked()
    with vault.transaction() as session:
        get_case(session, case_id)
        contact = check_contact(session, case_id, fields.contact_id)
        if contact is not None and not fields.counterparty:
            fields = replace(fields, counterparty=contact_line(contact))
        if contact is not None and not fields.sent_to and fields.direction is Direction.OUTBOUND:
            where = contact.fax if fields.method is CorrespondenceMethod.FAX else contact.address
            fields = replace(fields, sent_to=where)
        item = Correspondence(case_id=case_id, **vars(fields))
        session.add(item)
        session.flush()
        _write(session, item, document_ids)
        return Changes(case_id=case_id, correspondence=True, timeline=True, record=detached(session, item))


@command("correspondence.edit")
def edit_correspondence(
    vault: Vault,
    correspondence_id: int,
    fields: CorrespondenceFields,
    document_ids: tuple[int, ...] | None = None,
) -> Changes:
    """Replace what was recorded; ``document_ids`` None keeps the enclosures as they are."""
    fields = fields.checked()
    with vault.transaction() as session:
        item = get(session, Correspondence, correspondence_id)
        check_contact(session, item.case_id, fields.contact_id)
        for name, value in vars(fields).items():
            setattr(item, name, value)
        if document_ids is None:
            document_ids = enclosures_in(session, correspondence_id)
        session.flush()
        _write(session, item, document_ids)
        return Changes(
            case_id=item.case_id, correspondence=True, timeline=True, record=detached(session, item)
        )


@command("correspondence.delete")
def delete_correspondence(vault: Vault, correspondence_id: int, *, dry_run: bool = False) -> Changes:
    """Delete the record of a letter (its documents stay, unlinked)."""
    with vault.transaction() as session:
        item = get(session, Correspondence, correspondence_id)
        what = said("the letter “{subject}” of {day}", subject=item.subject or item.method, day=item.date)
        snapshot = delete_whole(
            session, "correspondence", correspondence_id, what, item.case_id, dry_run=dry_run
        )
    return Changes(case_id=item.case_id, correspondence=not dry_run, timeline=not dry_run, undo=snapshot)


@query("correspondence.list")
def list_correspondence(vault: Vault, case_id: int) -> list[Correspondence]:
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(Correspondence).where(col(Correspondence.case_id) == case_id)
        return list(session.exec(query_.order_by(col(Correspondence.date), col(Correspondence.id))))


def enclosures_in(session: Session, correspondence_id: int) -> tuple[int, ...]:
    rows = session.exec(
        select(CorrespondenceDocument.document_id).where(
            col(CorrespondenceDocument.correspondence_id) == correspondence_id
        )
    )
    return tuple(rows)


@query(
    "correspondence.enclosures",
    doors=("app",),
    reason="the app's letter dialog ticks them; the CLI lists them in correspondence list --json",
)
def enclosures(vault: Vault, correspondence_id: int) -> tuple[int, ...]:
    with vault.session() as session:
        get(session, Correspondence, correspondence_id)
        return enclosures_in(session, correspondence_id)

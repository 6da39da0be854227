"""Documents in the vault: listing, editing, deleting, previews, and getting the original bytes back.

Importing them is :mod:`casebinder.usecases.importing`. A dated denial letter is also the "denial received"
milestone that starts the appeal clock: editing the letter's date moves that milestone, and one letter makes
one milestone however often it is edited.
"""

import datetime as dt
from pathlib import Path

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from casebinder.domain.enums import DateSource, DocumentKind, EventKind, MilestoneKind
from casebinder.domain.models import (
    BlobText,
    BlobThumbnail,
    CaseMilestone,
    ChecklistLink,
    Cost,
    Document,
    Event,
)
from casebinder.errors import InvalidInput
from casebinder.infra.files import atomic_file
from casebinder.phrases import Phrase, said, stored
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import parse_enum, require_text
from casebinder.usecases.records import detached, get_case, get_document
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole, purge_unused_bytes
from casebinder.vault import Vault, blobs

__all__ = [
    "delete_document",
    "document_event",
    "extracted_text",
    "get_document",
    "line_title",
    "list_documents",
    "read_bytes",
    "save_copy",
    "thumbnail",
    "update_document",
]


def line_title(document: Document) -> str:
    """ "Test result: Visual field test", but "Receipt: pre-operative copay", not "Receipt or invoice:
    Receipt: …": the kind goes first only when the title does not already begin with it."""
    first = document.kind.label.split()[0].lower().rstrip(",:")
    if document.title.lower().startswith(first):
        return document.title
    return f"{document.kind.label}: {document.title}"


def line_phrase(document: Document) -> Phrase | None:
    """:func:`line_title` as a phrase to translate, or None when the title alone is the line (the user's
    own words)."""
    title = line_title(document)
    return (
        None if title == document.title else said("{kind}: {title}", kind=document.kind, title=document.title)
    )


def document_event(document: Document) -> Event:
    decision = document.kind in (DocumentKind.DENIAL, DocumentKind.APPROVAL)
    when = document.date or document.created_at.date()
    return Event(
        case_id=document.case_id,
        at=dt.datetime.combine(when, dt.time()),
        kind=EventKind.DECISION if decision else EventKind.DOCUMENT,
        title=line_title(document),
        said=stored(title=line_phrase(document)),
        detail=document.filename,
        document_id=document.id,
    )


@query("doc.list")
def list_documents(vault: Vault, case_id: int) -> list[Document]:
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(Document).where(col(Document.case_id) == case_id)
        return list(session.exec(query_.order_by(col(Document.date), col(Document.id))))


@command("doc.edit")
def update_document(
    vault: Vault,
    document_id: int,
    *,
    title: str | None = None,
    kind: DocumentKind | str | None = None,
    date: dt.date | None = None,
    case_id: int | None = None,
    undated: bool = False,
    confirm_date: bool = False,
) -> Changes:
    """Change a document's title, kind, date (``undated`` clears it; ``confirm_date`` accepts the date
    proposed from the file) or case; its timeline line follows.
    A date the user gives or confirms is theirs."""
    with vault.transaction() as session:
        document = get_document(session, document_id)
        old_case = document.case_id
        if title is not None:
            document.title = require_text(title, "a document title")
        if kind is not None:
            document.kind = parse_enum(DocumentKind, str(kind))
        if date is not None:
            document.date = date
        elif undated:
            document.date = None
        if date is not None or undated or confirm_date:
            document.date_source = DateSource.USER
        if case_id is not None and case_id != old_case:
            get_case(session, case_id)
            document.case_id = case_id
            _unlink_from_case(session, old_case, document_id)
        redraw_line(session, document)
        return Changes(
            case_id=case_id or old_case,
            case=case_id is not None and case_id != old_case,
            document=True,
            timeline=True,
            medical=True,
            record=detached(session, document),
        )


def redraw_line(session: Session, document: Document) -> None:
    """The document's timeline line made again from what it now says (title, kind, date), and a dated
    denial's milestone moved with it: after an edit, or once the words of a scan are read."""
    for event in session.exec(select(Event).where(col(Event.document_id) == document.id)):
        session.delete(event)
    session.flush()
    session.add(document_event(document))
    sync_denial_milestone(session, document)


def sync_denial_milestone(session: Session, document: Document) -> None:
    """A dated denial letter is its case's "denial received" milestone: made once, moved with the date.
    The letter's own date is the date on the notice (rules that count from receipt then use it: the
    earlier, safe date, and say so)."""
    from casebinder.usecases.appeals import MilestoneFields, add_milestone_in, refresh_deadline_events

    if document.kind is not DocumentKind.DENIAL or document.date is None:
        return
    at = dt.datetime.combine(document.date, dt.time())
    case = get_case(session, document.case_id)
    linked = session.exec(select(CaseMilestone).where(col(CaseMilestone.document_id) == document.id)).first()
    if linked is None:  # the letter's date is the date on the notice; the day it arrived is not known
        same_notice = session.exec(
            select(CaseMilestone).where(
                col(CaseMilestone.case_id) == document.case_id,
                col(CaseMilestone.kind) == MilestoneKind.DENIAL_RECEIVED,
                col(CaseMilestone.dated) == document.date,
            )
        ).first()
        if same_notice is not None:  # another copy of the same denial (a scan, the e-mailed PDF): one clock
            return
        fields = MilestoneFields(kind=MilestoneKind.DENIAL_RECEIVED, dated=document.date)
        add_milestone_in(session, case, fields, dt.datetime.now(), document_id=document.id)
        return
    if linked.dated != document.date or linked.case_id != document.case_id:
        linked.dated, linked.case_id = document.date, document.case_id
        if not linked.at_known:
            linked.at = at
        for line in session.exec(select(Event).where(col(Event.milestone_id) == linked.id)):
            line.at, line.case_id = linked.at, document.case_id
        session.flush()
        refresh_deadline_events(session, case, dt.datetime.now())


@command("doc.delete")
def delete_document(vault: Vault, document_id: int, *, purge: bool = False, dry_run: bool = False) -> Changes:
    """Delete a document: its timeline line, checklist links and enclosures go; costs keep their line but
    lose the receipt. ``purge`` frees its stored bytes when no other document shares them."""
    with vault.transaction() as session:
        document = get_document(session, document_id)
        what = said("the document “{title}”", title=document.title)
        snapshot = delete_whole(session, "document", document_id, what, document.case_id, dry_run=dry_run)
        if purge and not dry_run:
            session.flush()
            purge_unused_bytes(session)
    if dry_run:
        return Changes(case_id=document.case_id, undo=snapshot)
    return Changes(
        case_id=document.case_id, case=True, document=True, timeline=True, medical=True, undo=snapshot
    )


def _unlink_from_case(session: Session, case_id: int, document_id: int) -> None:
    """A document moved to another case is no longer evidence in its old one: not for a checklist item,
    not as the receipt of a cost (the cost itself stays)."""
    session.execute(
        delete(ChecklistLink).where(
            col(ChecklistLink.case_id) == case_id, col(ChecklistLink.document_id) == document_id
        )
    )
    session.execute(
        update(Cost)
        .where(col(Cost.case_id) == case_id, col(Cost.document_id) == document_id)
        .values(document_id=None)
    )


@command("doc.get")
def save_copy(vault: Vault, document_id: int, destination: Path) -> Path:
    """Write the original bytes to ``destination`` atomically (the vault is unchanged: nothing to refresh)."""
    if destination.is_dir():
        raise InvalidInput("{destination} is a folder; give a file name", destination=destination)
    with vault.session() as session, atomic_file(destination) as out:
        document = get_document(session, document_id)
        for piece in blobs.read_chunks(session, document.blob_id):
            out.write(piece)
    return destination


@query("doc.read", doors=("app",), reason="the bytes for the app's preview; the CLI writes them (doc get)")
def read_bytes(vault: Vault, document_id: int) -> bytes:
    """A whole document in memory, for previews of files that fit (callers check ``size`` first)."""
    with vault.session() as session:
        document = get_document(session, document_id)
        return b"".join(blobs.read_chunks(session, document.blob_id))


@query("doc.thumbnail", doors=("app",), reason="a picture for the app's document details")
def thumbnail(vault: Vault, document_id: int) -> bytes | None:
    """The first page as a small JPEG (made by a parser worker at import), when one could be made."""
    with vault.session() as session:
        document = get_document(session, document_id)
        row = session.get(BlobThumbnail, document.blob_id)
        return row.data if row is not None else None


@query("doc.text")
def extracted_text(vault: Vault, document_id: int) -> tuple[str, str]:
    """The text read from a document at import, and how (pdf, ocr, plain, email, none)."""
    with vault.session() as session:
        document = get_document(session, document_id)
        row = session.get(BlobText, document.blob_id)
        return (row.text, row.method) if row is not None else ("", "none")

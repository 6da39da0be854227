"""Documents in the vault: listing, editing, previews, and getting the original bytes back.

Importing them is :mod:`casebinder.usecases.importing`.
"""

import datetime as dt
from pathlib import Path

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from casebinder.domain.enums import DocumentKind, EventKind
from casebinder.domain.models import BlobText, BlobThumbnail, ChecklistLink, Cost, Document, Event
from casebinder.errors import InvalidInput, NotFound
from casebinder.infra.files import atomic_file
from casebinder.usecases.cases import get_case
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import require_text
from casebinder.vault import Vault, blobs


def document_event(document: Document) -> Event:
    decision = document.kind in (DocumentKind.DENIAL, DocumentKind.APPROVAL)
    when = document.date or document.created_at.date()
    return Event(
        case_id=document.case_id,
        at=dt.datetime.combine(when, dt.time()),
        kind=EventKind.DECISION if decision else EventKind.DOCUMENT,
        title=f"{document.kind.label}: {document.title}",
        detail=document.filename,
        document_id=document.id,
    )


def list_documents(vault: Vault, case_id: int) -> list[Document]:
    with vault.session() as session:
        get_case(session, case_id)
        query = select(Document).where(Document.case_id == case_id).order_by(Document.date, Document.id)  # type: ignore[arg-type]
        return list(session.exec(query))


def get_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"no document with id {document_id}")
    return document


def update_document(
    vault: Vault,
    document_id: int,
    *,
    title: str | None = None,
    kind: DocumentKind | None = None,
    date: dt.date | None = None,
    case_id: int | None = None,
) -> Changes:
    with vault.transaction() as session:
        document = get_document(session, document_id)
        old_case = document.case_id
        if title is not None:
            document.title = require_text(title, "a document title")
        if kind is not None:
            document.kind = kind
        if date is not None:
            document.date = date
        if case_id is not None and case_id != old_case:
            get_case(session, case_id)
            document.case_id = case_id
            _unlink_from_case(session, old_case, document_id)
        for event in session.exec(select(Event).where(Event.document_id == document_id)):
            session.delete(event)
        session.flush()
        session.add(document_event(document))
    return Changes(case_id=case_id or old_case, document=True, timeline=True, medical=True)


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


def save_copy(vault: Vault, document_id: int, destination: Path) -> Path:
    """Write the original bytes to ``destination`` atomically (temp name in the same folder, then rename)."""
    if destination.is_dir():
        raise InvalidInput(f"{destination} is a folder; give a file name")
    with vault.session() as session, atomic_file(destination) as out:
        document = get_document(session, document_id)
        for piece in blobs.read_chunks(session, document.blob_id):
            out.write(piece)
    return destination


def read_bytes(vault: Vault, document_id: int) -> bytes:
    """A whole document in memory, for previews of files that fit (callers check ``size`` first)."""
    with vault.session() as session:
        document = get_document(session, document_id)
        return b"".join(blobs.read_chunks(session, document.blob_id))


def thumbnail(vault: Vault, document_id: int) -> bytes | None:
    """The first page as a small JPEG, when one could be made at import."""
    with vault.session() as session:
        document = get_document(session, document_id)
        row = session.get(BlobThumbnail, document.blob_id)
        return row.data if row is not None else None


def extracted_text(vault: Vault, document_id: int) -> tuple[str, str]:
    """The text read from a document at import, and how (pdf, ocr, plain, email, none)."""
    with vault.session() as session:
        document = get_document(session, document_id)
        row = session.get(BlobText, document.blob_id)
        return (row.text, row.method) if row is not None else ("", "none")

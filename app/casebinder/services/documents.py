"""Documents: importing files into the vault, listing them, and getting the original bytes back.

Import is a generator of :class:`ImportStep` values, one per file, so the CLI can draw a progress bar and the
GUI a progress dialog with Cancel from the same code. Each file lands in its own transaction: it is reported
imported only after its commit, and a refusal leaves the vault exactly as it was.
"""

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlmodel import Session, select

from casebinder.domain.enums import DocumentKind, EventKind
from casebinder.domain.guess import guess_kind, title_from_filename
from casebinder.domain.models import Document, Event
from casebinder.errors import CasebinderError, InvalidInput, NotFound
from casebinder.services.cases import get_case
from casebinder.services.changes import Changes
from casebinder.services.fileinfo import FileFacts, Refused, Source, inspect_file
from casebinder.services.parse import require_text
from casebinder.vault import Vault, blobs

Status = Literal["imported", "duplicate", "refused"]


@dataclass(frozen=True)
class ImportOutcome:
    name: str
    status: Status
    document_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class ImportStep:
    """Progress after one file: ``done`` of ``total`` files, and what became of it."""

    done: int
    total: int
    label: str
    outcome: ImportOutcome


@dataclass(frozen=True)
class ImportOptions:
    kind: DocumentKind | None = None
    title: str | None = None
    date: dt.date | None = None
    source: str = ""


def expand(items: Iterable[Path | Source]) -> list[Source]:
    """Files named directly, plus every file under each folder (sorted, hidden files skipped)."""
    files: list[Source] = []
    for item in items:
        if isinstance(item, Path) and item.is_dir():
            for root, dirs, names in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files += [Source.of(Path(root) / n) for n in sorted(names) if not n.startswith(".")]
        else:
            files.append(Source.of(item))
    return files


def import_files(
    vault: Vault, case_id: int, items: Iterable[Path | Source], options: ImportOptions | None = None
) -> Iterator[ImportStep]:
    """Import files (folders are walked) into a case; stop iterating to cancel after the current file."""
    options = options or ImportOptions()
    with vault.session() as session:
        get_case(session, case_id)
    files = expand(items)
    for index, source in enumerate(files, start=1):
        try:
            outcome = _import_one(vault, case_id, source, options)
        except CasebinderError as error:
            outcome = ImportOutcome(source.name, "refused", reason=str(error))
        except OSError as error:
            reason = f"cannot read the file ({error.strerror or error})"
            outcome = ImportOutcome(source.name, "refused", reason=reason)
        yield ImportStep(index, len(files), source.name, outcome)


def _import_one(vault: Vault, case_id: int, source: Source, options: ImportOptions) -> ImportOutcome:
    facts = inspect_file(source)
    if isinstance(facts, Refused):
        return ImportOutcome(source.name, "refused", reason=facts.reason)
    with vault.transaction() as session, source.open() as stream:
        existing = blobs.find(session, facts.sha256)
        if existing is not None:
            same_case = session.exec(
                select(Document).where(Document.case_id == case_id, Document.blob_id == existing.id)
            ).first()
            if same_case is not None:
                return ImportOutcome(source.name, "duplicate", same_case.id, "already in this case")
        stored = blobs.put(session, stream, facts.sha256, facts.size)
        document = _new_document(session, case_id, stored.id, source.name, facts, options)
    reason = "same bytes as a document of another case; linked here, stored once" if stored.existed else ""
    return ImportOutcome(source.name, "duplicate" if stored.existed else "imported", document.id, reason)


def _new_document(
    session: Session, case_id: int, blob_id: int, name: str, facts: FileFacts, options: ImportOptions
) -> Document:
    kind = options.kind or guess_kind(name, facts.media_type)
    document = Document(
        case_id=case_id,
        blob_id=blob_id,
        title=options.title or title_from_filename(name),
        kind=kind,
        date=options.date,
        source=options.source,
        filename=name,
        media_type=facts.media_type,
        page_count=facts.page_count,
        size=facts.size,
        sha256=facts.sha256,
        notes=facts.note,
    )
    session.add(document)
    session.flush()
    session.add(document_event(document))
    return document


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
        for event in session.exec(select(Event).where(Event.document_id == document_id)):
            session.delete(event)
        session.flush()
        session.add(document_event(document))
    return Changes(case_id=case_id or old_case, document=True, timeline=True)


def save_copy(vault: Vault, document_id: int, destination: Path) -> Path:
    """Write the original bytes to ``destination`` atomically (temp name in the same folder, then rename)."""
    if destination.is_dir():
        raise InvalidInput(f"{destination} is a folder; give a file name")
    with vault.session() as session:
        document = get_document(session, document_id)
        fd, temp_name = tempfile.mkstemp(prefix=".casebinder-", dir=destination.parent or Path())
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for piece in blobs.read_chunks(session, document.blob_id):
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())
            temp.replace(destination)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return destination


def read_bytes(vault: Vault, document_id: int) -> bytes:
    """A whole document in memory, for previews of files that fit (callers check ``size`` first)."""
    with vault.session() as session:
        document = get_document(session, document_id)
        return b"".join(blobs.read_chunks(session, document.blob_id))

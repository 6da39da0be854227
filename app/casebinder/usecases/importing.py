"""Importing files into a case: parse in worker processes, then store them, each file whole or not at all.

``import_files`` is a generator of :class:`ImportStep`, one per file named (folders are walked), so the CLI
draws a progress bar and the GUI a progress dialog with Cancel from the same code; stopping the iteration
at a settled step cancels and keeps what committed, every file of it reported. Files land a batch to a
commit (:class:`_Batch`); a file is reported imported only after the commit that holds it, and a refused
file leaves the vault exactly as it was. An e-mail lands whole: the message, its correspondence record and
every attachment together.
"""

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from sqlalchemy import insert
from sqlmodel import Session, col, select

from casebinder.domain import guess
from casebinder.domain.enums import CorrespondenceMethod, DateSource, Direction, DocumentKind, EventKind
from casebinder.domain.models import (
    BlobFoot,
    BlobText,
    BlobThumbnail,
    Correspondence,
    CorrespondenceDocument,
    Document,
    Event,
)
from casebinder.errors import CasebinderError
from casebinder.infra.parsing.requests import Limits, Parsed, ParseRequest, Refusal
from casebinder.infra.parsing.workers import ParseResult, ParserPool, shared_pool
from casebinder.infra.sources import Source, expand
from casebinder.phrases import Phrase, joined, said, stored
from casebinder.usecases.documents import document_event, sync_denial_milestone
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import command
from casebinder.vault import DiskFull, Vault, blobs

Status = Literal["imported", "duplicate", "refused"]
PasswordPrompt = Callable[[str, str], str | None]  # (file name, why asking) -> password, or None to skip


@dataclass(frozen=True)
class ImportOutcome:
    name: str
    status: Status
    document_id: int | None = None
    # why it was refused, or what to know of it, as a phrase for the app to translate
    said_reason: Phrase = field(default_factory=lambda: Phrase(""))
    attachments: tuple[int, ...] = ()
    disk_full: bool = False  # refused because the vault's disk is full (not the file's fault)

    @property
    def reason(self) -> str:
        """The English the CLI prints."""
        return str(self.said_reason)


@dataclass(frozen=True)
class ImportStep:
    """Progress after one file: ``done`` of ``total`` files, and what became of it."""

    done: int
    total: int
    label: str
    outcome: ImportOutcome
    # False while more files of the same commit are still to be reported: a cancel waits for the step
    # that is settled, so every file the vault holds is reported (files land in batches; see _Batch)
    settled: bool = True


@dataclass(frozen=True)
class ImportOptions:
    kind: DocumentKind | None = None
    title: str | None = None
    date: dt.date | None = None
    source: str = ""
    pdf_password: str | None = None  # used to read an encrypted PDF, never stored
    ask_password: PasswordPrompt | None = None
    limits: Limits = field(default_factory=Limits)
    text_later: bool = False  # scans and photos land now, their words read after (usecases.text_later)


def _request(source: Source, options: ImportOptions, password: str | None = None) -> ParseRequest:
    return ParseRequest(
        name=source.name,
        path=str(source.path.absolute()) if source.path is not None else None,  # workers have their own cwd
        data=source.data,
        pdf_password=password if password is not None else options.pdf_password,
        limits=options.limits,
        text_later=options.text_later,
    )


@command("doc.add")
def import_files(
    vault: Vault,
    case_id: int,
    items: Iterable[Path | Source],
    options: ImportOptions | None = None,
    pool: ParserPool | None = None,
) -> Iterator[ImportStep]:
    options = options or ImportOptions()
    with vault.session() as session:
        get_case(session, case_id)
    files = expand(items)
    parser = pool or shared_pool()
    readable = [source for source in files if not source.refused]
    batch = _Batch(vault, case_id, options, parser, len(files))
    try:
        results = parser.map(_request(source, options) for source in readable)
        parsed = iter(zip(readable, results, strict=True))
        for index, source in enumerate(files, start=1):
            if source.refused:  # decided by looking, never read: a link in a folder, a pipe
                batch.decided(index, source, _refused(source.name, source.refused))
            else:
                _same, result = next(parsed)
                if isinstance(result, Refusal) and result.needs_password and options.ask_password:
                    yield from batch.land()  # what is parsed lands before the person is asked
                    result = _retry_with_password(parser, source, options, result)
                batch.add(index, source, result)
            if batch.due():
                yield from batch.land()
        yield from batch.land()
    finally:
        results.close()  # cancelled: stop parsing what will not be stored
        # A batch's commits leave the write-ahead log at once: SQLite drops every WAL frame after a damaged
        # one, so data left there is only as safe as the log's last frame.
        with contextlib.suppress(Exception):
            vault.checkpoint()


class _Batch:
    """Files parsed and waiting to land, committed together: one commit (one fsync of the log) for many
    small files instead of one each, which was most of a 50 kB letter's import (2 ms of its 10).

    A batch lands when it holds ``BATCH_FILES`` files or its first waited ``BATCH_SECONDS``, and before the
    person is asked anything. Each file is still whole or absent: if anything goes wrong in a batch (a full
    disk, a file that changed), the batch rolls back and its files land again one transaction each, so a
    file's refusal is exactly what it was when every file had its own. A file is reported imported only
    after the commit that holds it."""

    BATCH_FILES = 64
    BATCH_SECONDS = 0.25

    def __init__(
        self, vault: Vault, case_id: int, options: ImportOptions, parser: ParserPool, total: int
    ) -> None:
        self._vault, self._case_id, self._options, self._parser = vault, case_id, options, parser
        self._total = total
        self._items: list[tuple[int, Source, ParseResult | ImportOutcome]] = []
        self._since = 0.0

    def decided(self, index: int, source: Source, outcome: ImportOutcome) -> None:
        """A file whose outcome is known without storing it: reported in its place, in order."""
        self._remember(index, source, outcome)

    def add(self, index: int, source: Source, result: ParseResult) -> None:
        self._remember(index, source, result)

    def _remember(self, index: int, source: Source, item: "ParseResult | ImportOutcome") -> None:
        if not self._items:
            self._since = time.monotonic()
        self._items.append((index, source, item))

    def due(self) -> bool:
        return len(self._items) >= self.BATCH_FILES or (
            bool(self._items) and time.monotonic() - self._since >= self.BATCH_SECONDS
        )

    def land(self) -> Iterator[ImportStep]:
        items, self._items = self._items, []
        if not items:
            return
        outcomes = self._together(items) if len(items) > 1 else None
        if outcomes is None:  # one file, or the batch rolled back: each file on its own, as ever
            outcomes = [self._alone(source, item) for _index, source, item in items]
        last = len(items) - 1
        for place, ((index, source, _item), outcome) in enumerate(zip(items, outcomes, strict=True)):
            if source.note:
                outcome = replace(outcome, said_reason=joined([source.note, outcome.said_reason], "; "))
            yield ImportStep(index, self._total, source.name, outcome, settled=place == last)

    def _together(
        self, items: list[tuple[int, Source, "ParseResult | ImportOutcome"]]
    ) -> list[ImportOutcome] | None:
        try:
            with self._vault.transaction() as session:
                return [
                    item
                    if isinstance(item, ImportOutcome)
                    else _store_in(session, self._case_id, source, item, self._options, self._parser)
                    for _index, source, item in items
                ]
        except (CasebinderError, OSError):
            return None

    def _alone(self, source: Source, item: "ParseResult | ImportOutcome") -> ImportOutcome:
        if isinstance(item, ImportOutcome):
            return item
        try:
            with self._vault.transaction() as session:
                return _store_in(session, self._case_id, source, item, self._options, self._parser)
        except DiskFull as error:  # this file rolled back whole; a smaller one after it may still fit
            return replace(_refused(source.name, error.phrase), disk_full=True)
        except CasebinderError as error:
            return _refused(source.name, error.phrase)
        except OSError as error:
            return _refused(source.name, said("cannot read the file ({problem})", problem=error.strerror))


def disk_full_summary(steps: list[ImportStep]) -> str:
    """What a full disk did to an import: what is in the vault, what is not, and what to do; "" if nothing."""
    full = [s for s in steps if s.outcome.disk_full]
    if not full:
        return ""
    kept = sum(s.outcome.status in ("imported", "duplicate") for s in steps)
    return (
        f"the disk holding the vault is full: {kept} of {len(steps)} files are in the vault, "
        f"{len(full)} were not imported. Free some space and import the same files again: the ones "
        "already in the vault are recognised as duplicates and skipped."
    )


def _retry_with_password(
    parser: ParserPool, source: Source, options: ImportOptions, first: Refusal
) -> ParseResult:
    assert options.ask_password is not None
    result: ParseResult = first
    for _attempt in range(3):
        assert isinstance(result, Refusal)
        password = options.ask_password(source.name, result.reason)
        if not password:
            return result
        result = parser.parse_one(_request(source, options, password))
        if not (isinstance(result, Refusal) and result.needs_password):
            return result
    return result


# Kinds that are letters and papers: given to a whole folder, they do not turn its photos into denials.
_PAPER_KINDS = {
    DocumentKind.DENIAL,
    DocumentKind.INSURER_LETTER,
    DocumentKind.MEDICAL_NECESSITY,
    DocumentKind.POLICY,
    DocumentKind.PRIOR_AUTH_REQUEST,
    DocumentKind.ESTIMATE,
}


def _kind_for(kind: DocumentKind | None, source: Source, media_type: str) -> DocumentKind | None:
    """The kind the user gave, where it fits: a file named itself always takes it; a file found in a folder
    takes a letter's kind only if it is a document (PDF, text, e-mail), not a photo (that is guessed)."""
    if kind is None or not source.in_folder or kind not in _PAPER_KINDS:
        return kind
    return None if media_type.startswith(("image/", "video/", "audio/")) else kind


def _refused(name: str, why: Phrase | None) -> ImportOutcome:
    return ImportOutcome(name, "refused", said_reason=why or Phrase(""))


def _store_in(
    session: Session,
    case_id: int,
    source: Source,
    result: ParseResult,
    options: ImportOptions,
    parser: ParserPool,
) -> ImportOutcome:
    """Store one parsed file (an e-mail with its attachments) in ``session``'s transaction."""
    if isinstance(result, Refusal):
        return _refused(source.name, result.said)
    attachments: list[tuple[Source, ParseResult]] = []
    if result.attachments:
        sources = [Source(name=name, data=data) for name, data in result.attachments]
        attachments = list(zip(sources, parser.map(_request(s, options) for s in sources), strict=True))
    kind = _kind_for(options.kind, source, result.media_type)
    date, date_source = _proposed_date(source.name, result, options.date)
    title = options.title or proposed_title(source.name, result, kind, date)
    document, existed = _store_document(
        session,
        case_id,
        source,
        result,
        kind,
        title,
        (date, date_source),
        options.source or (result.email.sender if result.email else ""),
    )
    if existed == "in-case":
        here = (
            said("already in this case; to change its date or title: doc edit {id}", id=document.id)
            if options.date or options.title
            else said("already in this case")
        )
        return ImportOutcome(source.name, "duplicate", document.id, here)
    attachment_ids = []
    for attachment, parsed in attachments:
        facts = parsed if isinstance(parsed, Parsed) else _unreadable(attachment, parsed)
        attached, _ = _store_document(
            session,
            case_id,
            attachment,
            facts,
            None,
            None,
            (date, date_source),
            result.email.sender if result.email else "",
        )
        assert attached.id is not None
        attachment_ids.append(attached.id)
    if result.email is not None:
        _store_correspondence(session, case_id, result, date, [document.id or 0, *attachment_ids])
    if existed == "elsewhere":
        linked = said("same bytes as a document of another case: linked here, stored once")
        return ImportOutcome(source.name, "duplicate", document.id, linked, tuple(attachment_ids))
    notes = joined(result.notes, "; ")  # the readers' notes, English
    return ImportOutcome(source.name, "imported", document.id, notes, tuple(attachment_ids))


def _proposed_date(name: str, result: Parsed, given: dt.date | None) -> tuple[dt.date | None, DateSource]:
    """The date the document bears, and where it was found: the user's, else the e-mail's Date, a
    letter's date line, a date in a name the user gave, the photo's EXIF, a date in a camera's file name.
    Never the day of the import: no date found stays undated."""
    if given is not None:
        return given, DateSource.USER
    if result.email and result.email.date:
        return dt.date.fromisoformat(result.email.date), DateSource.EMAIL
    from_text = guess.date_in_letter(result.text) if result.text else None
    if from_text is not None:
        return from_text, DateSource.LETTER
    from_name = guess.date_in_filename(name)
    if from_name is not None and not guess.is_camera_name(name):
        return from_name, DateSource.FILENAME
    if result.taken:
        return dt.date.fromisoformat(result.taken), DateSource.PHOTO
    if from_name is not None:
        return from_name, DateSource.FILENAME
    return None, DateSource.USER


def proposed_title(name: str, result: Parsed, kind: DocumentKind | None, date: dt.date | None) -> str:
    """The e-mail's subject, else the document's own heading or "Re:" line, else its file name (a
    camera's name, "IMG 4471", says little: the kind and date go first)."""
    if result.email and result.email.subject:
        return result.email.subject
    heading = guess.title_from_text(result.text) if result.text else None
    if heading:
        return heading
    named = guess.title_from_filename(name)
    if guess.is_camera_name(name) and date is not None:  # the device's number stays: photos stay apart
        label = (kind or guess.guess_kind(name, result.media_type)).label
        return f"{label} {date.isoformat()} ({named})"
    return named


def _unreadable(source: Source, refusal: Refusal) -> Parsed:
    """An unreadable attachment is still kept (the message came with it), as-is, with the reason."""
    import hashlib

    from casebinder.infra.parsing.media import sniff

    data = source.data or b""
    return Parsed(
        sniff(data[:4096], source.name),
        len(data),
        hashlib.sha256(data).hexdigest(),
        notes=[f"stored as-is: {refusal.reason}"],
    )


def _store_document(
    session: Session,
    case_id: int,
    source: Source,
    facts: Parsed,
    kind: DocumentKind | None,
    title: str | None,
    dated: tuple[dt.date | None, DateSource],
    origin: str,
) -> tuple[Document, Literal["new", "elsewhere", "in-case"]]:
    existing = blobs.find(session, facts.sha256)
    if existing is not None:
        same_case = session.exec(
            select(Document).where(col(Document.case_id) == case_id, col(Document.blob_id) == existing.id)
        ).first()
        if same_case is not None:
            return same_case, "in-case"
    with source.open() as stream:
        stored = blobs.put(session, stream, facts.sha256, facts.size)
    if not stored.existed:  # before the document row, whose index trigger reads the text
        session.execute(insert(BlobText).values(blob_id=stored.id, text=facts.text, method=facts.text_method))
        if facts.foot_busy:
            session.execute(insert(BlobFoot).values(blob_id=stored.id, busy=facts.foot_busy))
        if facts.thumbnail:
            session.execute(
                insert(BlobThumbnail).values(blob_id=stored.id, media_type="image/jpeg", data=facts.thumbnail)
            )
    document = Document(
        case_id=case_id,
        blob_id=stored.id,
        title=title or guess.title_from_filename(source.name),
        kind=kind or guess.guess_kind(source.name, facts.media_type),
        date=dated[0],
        date_source=dated[1],
        source=origin,
        filename=source.name,
        media_type=facts.media_type,
        page_count=facts.page_count,
        size=facts.size,
        sha256=facts.sha256,
        notes="; ".join(facts.notes),
    )
    session.add(document)
    session.flush()
    session.add(document_event(document))
    sync_denial_milestone(session, document)  # a dated denial letter starts the appeal clock, once
    return document, "elsewhere" if stored.existed else "new"


def _store_correspondence(
    session: Session, case_id: int, result: Parsed, date: dt.date | None, document_ids: list[int]
) -> None:
    assert result.email is not None
    when = date or dt.date.today()
    item = Correspondence(
        case_id=case_id,
        direction=Direction.INBOUND,
        method=CorrespondenceMethod.EMAIL,
        date=when,
        counterparty=result.email.sender,
        subject=result.email.subject,
        notes=f"To: {result.email.recipients}" if result.email.recipients else "",
    )
    session.add(item)
    session.flush()
    assert item.id is not None
    for document_id in dict.fromkeys(document_ids):
        session.add(CorrespondenceDocument(correspondence_id=item.id, document_id=document_id))
    attached = len(document_ids) - 1
    subject = result.email.subject or said("(no subject)")
    attachments = said("%n attachment(s)", n=attached)
    line = said("Received e-mail: {subject} from {sender}", subject=subject, sender=result.email.sender)
    session.add(
        Event(
            case_id=case_id,
            at=dt.datetime.combine(when, dt.time()),
            kind=EventKind.LETTER_RECEIVED,
            title=str(line),
            said=stored(title=line, detail=attachments),
            detail=str(attachments),
            correspondence_id=item.id,
        )
    )

"""Reading the words of scans and photos after they have landed.

OCR is most of an import's time: a phone photo of a letter takes Tesseract about a second, and 60 of them
took 28 s to import where storing them took 4. The app imports with ``ImportOptions(text_later=True)``:
each scan or photo lands at once with its thumbnail, its text marked ``later``, and is read afterwards, one
at a time in a parser worker, while the person works. Reading a file is a query (its bytes go to the
worker; the vault is not held meanwhile), storing what was read a short command. What was left for later
stays marked in the vault, so a lock, a quit or a crash loses nothing: the next unlock goes on.

When the words arrive they do what they would have done at import: they are searchable, and a date or a
heading found in them replaces the file name's guess, unless the person has set their own (a dated denial
letter then starts its appeal clock).
"""

import atexit
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import col, select

from casebinder.domain import guess
from casebinder.domain.enums import DateSource
from casebinder.domain.models import BlobText, Document
from casebinder.infra.parsing.requests import TEXT_LATER, Parsed, ReadTextRequest, Refusal, TextRead
from casebinder.infra.parsing.workers import ParserPool
from casebinder.usecases.changes import Changes
from casebinder.usecases.documents import redraw_line
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault, blobs

_ONE_BY_ONE = "the app reads and stores one file at a time; the CLI reads them all with doc.read-pending"
_GUESSED = (DateSource.FILENAME, DateSource.PHOTO)  # dates the words of the letter take precedence over


@query("doc.text-pending")
def pending_text(vault: Vault) -> list[int]:
    """The stored files (blob ids, oldest first) whose words are still to be read."""
    with vault.session() as session:
        found = session.exec(
            select(BlobText.blob_id).where(col(BlobText.method) == TEXT_LATER).order_by(col(BlobText.blob_id))
        )
        return list(found)


@query("doc.read-text", doors=("app",), reason=_ONE_BY_ONE)
def text_to_read(vault: Vault, blob_id: int) -> ReadTextRequest | None:
    """What to send a parser worker to read the words of stored file ``blob_id`` (:func:`read_words`),
    or None when nothing is left to read (deleted, or read already). Holds the vault only to read."""
    with vault.session() as session:
        row = session.get(BlobText, blob_id)
        document = session.exec(select(Document).where(col(Document.blob_id) == blob_id)).first()
        if row is None or row.method != TEXT_LATER or document is None:
            return None
        data = b"".join(blobs.read_chunks(session, blob_id))
    return ReadTextRequest(document.filename, data, document.media_type)


def read_words(request: ReadTextRequest | None, pool: ParserPool | None = None) -> TextRead | Refusal | None:
    """OCR in a parser worker: by default one of its own, so reading goes on beside an import without
    taking every core. Touches no vault: the app runs it while the person works, even while it locks."""
    if request is None:
        return None
    answer = (pool or _reading_pool()).parse_one(request)
    return answer if isinstance(answer, TextRead | Refusal) else Refusal("the reader gave no text")


_pool: ParserPool | None = None


def _reading_pool() -> ParserPool:
    global _pool
    if _pool is None:
        _pool = ParserPool(1)
        atexit.register(_pool.close)
    return _pool


@command("doc.store-text", doors=("app",), reason=_ONE_BY_ONE)
def store_text(vault: Vault, blob_id: int, read: TextRead | Refusal | None) -> Changes:
    """Keep the words :func:`read_words` found, for search and for every document holding that file; where
    its date or title was only guessed from the file's name, the words' own take its place."""
    if read is None:
        return Changes()
    with vault.transaction() as session:
        row = session.get(BlobText, blob_id)
        if row is None or row.method != TEXT_LATER:
            return Changes()  # deleted, or read already by another run
        text = read.text if isinstance(read, TextRead) else ""
        row.text, row.method = text, read.method if isinstance(read, TextRead) else "none"
        session.add(row)
        documents = list(session.exec(select(Document).where(col(Document.blob_id) == blob_id)))
        if not documents:  # deleted meanwhile, its bytes kept for undo: the words wait with them
            return Changes()
        cases = {document.case_id for document in documents}
        for document in documents:
            _follow_the_words(document, text)
            if isinstance(read, Refusal):
                document.notes = "; ".join(p for p in (document.notes, f"text not read: {read.reason}") if p)
            session.add(document)
            redraw_line(session, document)
        ids = [document.id for document in documents]
        # the search index reads a document's text when its row changes: touch each row once more
        session.execute(update(Document).where(col(Document.id).in_(ids)).values(size=col(Document.size)))
    only = next(iter(cases)) if len(cases) == 1 else None
    return Changes(case_id=only, document=True, timeline=True)


def _follow_the_words(document: Document, text: str) -> None:
    """A date and a heading read in ``text`` replace what was guessed from the file's name. What the person
    set is theirs and stays."""
    if not text.strip():
        return
    from casebinder.usecases.importing import proposed_title

    before = Parsed(document.media_type, document.size, document.sha256)
    guessed_title = proposed_title(document.filename, before, document.kind, document.date)
    from_text = guess.date_in_letter(text)
    undated = document.date is None and document.date_source is DateSource.USER
    if from_text is not None and (undated or document.date_source in _GUESSED):
        document.date, document.date_source = from_text, DateSource.LETTER
    if document.title == guessed_title:
        heading = guess.title_from_text(text)
        if heading:
            document.title = heading


@dataclass(frozen=True)
class TextStep:
    """Progress through what was left to read: ``done`` of ``total``, and whether words were found."""

    done: int
    total: int
    blob_id: int
    found: bool


@command(
    "doc.read-pending",
    doors=("cli",),
    reason="the app reads them one at a time (doc.read-text), off its writer",
)
def read_all_pending(vault: Vault, pool: ParserPool | None = None) -> Iterator[TextStep]:
    """Read and store, one file after the other, every text left for later (the CLI's ``doc read-text``)."""
    waiting = pending_text(vault)
    for done, blob_id in enumerate(waiting, start=1):
        read = read_words(text_to_read(vault, blob_id), pool)
        store_text(vault, blob_id, read)
        yield TextStep(done, len(waiting), blob_id, isinstance(read, TextRead) and read.method == "ocr")

"""The bundled PDF packet: cover, index, summaries, then every exhibit, bookmarked and stamped.

``export_packet`` is a generator of progress steps (the GUI adds Cancel, the CLI a bar). It decides what goes
in and in what order; pages Casebinder makes (cover, index, dividers, summary tables) are drawn by Qt
(:mod:`casebinder.infra.qt.pages`), what they say comes from :mod:`.packet_summaries`; exhibits that are PDFs
are copied as they are, photos and scans drawn as pages, and redacted pages redrawn as pictures, by parser
workers. The layout is measured until stable (the index and the chronology cite pages), then
:mod:`casebinder.infra.pdf_assembly` merges, strips active content, fits every page to the paper and stamps
it clear of content. Metadata is neutral, and the file is written to a temporary name and renamed.
"""

import datetime as dt
import gc
import io
import secrets
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from sqlmodel import Session

from casebinder.domain.enums import DocumentKind, PacketSection
from casebinder.domain.models import (
    BlobFoot,
    BlobText,
    Document,
    Person,
)
from casebinder.errors import CasebinderError, InvalidInput
from casebinder.infra import pdf_assembly as assembly
from casebinder.infra.files import atomic_file
from casebinder.infra.parsing.requests import Box
from casebinder.infra.qt.application import page_size_points
from casebinder.infra.qt.pages import Table
from casebinder.usecases import calls as call_service
from casebinder.usecases import criteria, diary, medical
from casebinder.usecases import documents as document_service
from casebinder.usecases import packet_summaries as summary_tables
from casebinder.usecases.checklists import checklists
from casebinder.usecases.records import get_case
from casebinder.usecases.redactions import Redactor, list_marks
from casebinder.usecases.registry import query
from casebinder.usecases.timeline import timeline
from casebinder.vault import Vault, blobs

Paper = Literal["a4", "letter"]
SECTIONS = tuple(section.value for section in PacketSection)


# Summary sections print only when the case has their data: a packet never carries an empty table.
class ExhibitLocked(CasebinderError):
    """An exhibit is password-protected and no password was given: the export stops, naming it."""


@dataclass(frozen=True)
class PacketOptions:
    sections: tuple[str, ...] = SECTIONS
    paper: Paper = "letter"
    password: str | None = None  # AES-256 (revision 6) when given
    bates_prefix: str = ""  # "ACME-" stamps ACME-000001, ACME-000002...
    keep_uri_links: bool = True
    shrink: bool = False  # scale each page's content into a margin so the stamp never covers it
    sender: str = ""
    request: str = ""
    pdf_passwords: dict[int, str] = field(default_factory=dict)  # document id -> password, used and dropped
    skip_locked: bool = (
        False  # a protected exhibit without its password is left out (listed) instead of stopping
    )
    title: str = "Exhibits"  # the PDF's Title: neutral unless the user chooses one
    chronology_internal: bool = False  # the user's own deadlines, follow-ups and notes in the chronology too
    redact: tuple[str, ...] = ()  # words, or "re:" patterns, blacked out everywhere in the packet
    redact_marks: bool = False  # burn in the boxes the user drew on exhibit pages


@dataclass(frozen=True)
class ExportStep:
    done: int
    total: int
    label: str
    notes: tuple[str, ...] = ()  # the last step: what the export did to pages (scaled, shrunk, redacted)


@dataclass
class _Part:
    kind: str  # section or exhibit
    title: str
    pdf: bytes
    exhibit: int | None = None
    pages: int = 0
    first: int = 0  # an exhibit's first page among the exhibits' pages, as they are added
    busy_pages: list[bool] = field(default_factory=list)  # per page added: the stamp's band has content
    reader: Any = None  # a PdfReader already open on ``pdf``: each exhibit is parsed once
    busy_feet: tuple[bool, ...] | None = None  # an exhibit PDF's pages with content where the stamp goes
    replaced: dict[int, Any] = field(default_factory=dict)  # page index -> its redacted picture page


def _add_exhibit(writer: Any, part: _Part) -> None:
    """Add an exhibit's pages to the packet and forget its file: only what the packet needs stays (where it
    starts, how many pages, which have content where the stamp goes)."""
    from pypdf import PdfReader

    part.first = len(writer.pages)
    if part.pdf:
        assembly.append_pages(
            writer, part.reader or PdfReader(io.BytesIO(part.pdf), strict=False), part.replaced
        )
    part.pages = len(writer.pages) - part.first
    # pypdf keeps every source file alive until the end (its clone map holds the reader "to prevent GC",
    # its link map the source pages): resolve this exhibit's own links now, then let the file go.
    assembly.forget_sources(writer)
    measured = part.busy_feet is not None and len(part.busy_feet) == part.pages
    # Not measured (PDFium could not read it, or a photo): shrink every page, to be safe.
    part.busy_pages = list(part.busy_feet) if measured and part.busy_feet else [True] * part.pages
    part.pdf, part.reader, part.replaced = b"", None, {}


@query("export.documents")
def select_documents(
    vault: Vault, case_id: int, stage: str | None = None, document_ids: Sequence[int] | None = None
) -> list[Document]:
    """The exhibits: hand-picked (in that order), a stage's linked documents (checklist order), or all."""
    documents = {d.id: d for d in document_service.list_documents(vault, case_id)}
    if document_ids is not None:
        missing = [i for i in document_ids if i not in documents]
        if missing:
            raise InvalidInput(
                "document(s) {missing} are not part of case {case_id}",
                missing=", ".join(map(str, missing)),
                case_id=case_id,
            )
        return [documents[i] for i in document_ids]
    if stage is not None:
        [checklist] = checklists(vault, case_id, stage)
        ordered: list[int] = []
        for item in checklist.items:
            ordered += [d for d in item.linked if d not in ordered]
        if not ordered:
            raise InvalidInput("no documents are linked to the {stage} checklist yet", stage=stage)
        return [documents[i] for i in ordered]
    return packet_order(list(documents.values()))


def packet_order(documents: Sequence[Document]) -> list[Document]:
    """A whole case's exhibits: the newest appeal letter first (it is what the reviewer reads first; the
    letters it drafts cite the numbers this order gives), then every other document by date."""
    by_date = sorted(documents, key=lambda d: (d.date or dt.date.min, d.id or 0))
    letters = [d for d in by_date if d.kind is DocumentKind.APPEAL_LETTER]
    if not letters:
        return by_date
    first = letters[-1]
    return [first, *(d for d in by_date if d is not first)]


def _exhibit_pdf(
    session: Session,
    document: Document,
    data: bytes,
    answer: Any,
    number: int,
    options: PacketOptions,
    redactor: Redactor,
) -> tuple[bytes, Any, str]:
    """The exhibit's pages (bytes, and a reader when one is already open), or a note why it is left out.
    ``answer`` is the parser worker's: an image's pages drawn for the packet, or a PDF's foot bands."""
    from pypdf import PdfReader

    from casebinder.infra.parsing.requests import ExhibitPages, Refusal
    from casebinder.infra.qt import pages as qtpages

    assert document.id is not None
    caption = redactor.scrub(f"Exhibit {number} - {document.title}")
    if document.media_type == "application/pdf":
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(options.pdf_passwords.get(document.id, "")):
                return b"", None, "password-protected: give its password to include it"
            len(reader.pages)  # parse the page tree now, where a damaged file is caught
            return data, reader, ""  # an encrypted one stays decrypted in memory only
        except Exception as error:  # damaged beyond what pypdf reads: listed, not included
            return b"", None, f"cannot be rendered ({type(error).__name__})"
    if document.media_type.startswith("image/"):
        if isinstance(answer, ExhibitPages):
            return answer.pdf, None, ""
        reason = answer.reason if isinstance(answer, Refusal) else "the image could not be read"
        return b"", None, f"{reason} (the original is kept in the vault)"
    if document.media_type in ("text/plain", "message/rfc822"):
        extracted = session.get(BlobText, document.blob_id)
        text = extracted.text if extracted is not None else ""
        body = "\n".join(
            "    " + redactor.scrub(line) for line in (text or data.decode("utf-8", "replace")).splitlines()
        )
        page = qtpages.markdown_to_pdf(f"## {caption}\n\n{body}\n", title=caption, paper=options.paper)
        return page, None, ""
    return b"", None, "no printable form (the original file is kept in the vault)"


def _stored_feet(session: Session, document: Document) -> tuple[bool, ...] | None:
    """A PDF's pages with content where the stamp goes, as measured at import (None: not measured)."""
    if document.media_type != "application/pdf":
        return None
    stored = session.get(BlobFoot, document.blob_id)
    return tuple(flag == "1" for flag in stored.busy) if stored is not None and stored.busy else None


Job = Literal["redact", "feet", "pages"]


def _worker_jobs(
    document: Document, feet: tuple[bool, ...] | None, redact: bool, marks: list[tuple[int, Box]]
) -> tuple[Job, ...]:
    """What parser workers do for this exhibit, decided before its bytes are read (an answer each, in this
    order): a PDF is redacted when a word matches or a box is drawn, and measured where the stamp goes when
    import did not measure it; a photo or scan is drawn as packet pages."""
    if document.media_type == "application/pdf":
        wanted: list[Job] = []
        if redact or marks:
            wanted.append("redact")
        if feet is None:
            wanted.append("feet")
        return tuple(wanted)
    return ("pages",) if document.media_type.startswith("image/") else ()


def _has_match(session: Session, document: Document, redactor: Redactor) -> bool:
    """Whether a PDF's text (read at import, by the same PDFium) has any of the words to redact: only those
    are sent to a worker to be searched page by page and redrawn."""
    if not redactor or document.media_type != "application/pdf":
        return False
    stored = session.get(BlobText, document.blob_id)
    return stored is None or stored.method not in ("pdf", "none") or redactor.finds(stored.text)


def _worker_requests(
    document: Document,
    data: bytes,
    number: int,
    options: PacketOptions,
    jobs: tuple[Job, ...],
    redactor: Redactor,
    marks: list[tuple[int, Box]],
) -> list[Any]:
    """The requests for :func:`_worker_jobs`' jobs. Image decoders crash on odd files (a fax TIFF took the
    whole app down) and PDFium reads untrusted PDFs: there a crash costs one exhibit, not the export."""
    from casebinder.infra.parsing.requests import ExhibitPagesRequest, FootBandsRequest, RedactPagesRequest
    from casebinder.infra.qt.application import page_size_points

    name = document.filename or document.title
    password = options.pdf_passwords.get(document.id or 0)
    requests: list[Any] = []
    for job in jobs:
        if job == "redact":
            requests.append(RedactPagesRequest(name, data, password, tuple(redactor.patterns), tuple(marks)))
        elif job == "feet":
            requests.append(FootBandsRequest(name, data, password))
        else:
            caption = redactor.scrub(f"Exhibit {number} - {document.title}")
            paper = page_size_points(options.paper)
            requests.append(ExhibitPagesRequest(name, data, caption, paper, marks=tuple(marks)))
    return requests


def _boxes_of(vault: Vault, case_id: int, documents: Sequence[Document]) -> dict[int, list[tuple[int, Box]]]:
    """The user's redaction boxes on this packet's documents: document id -> (0-based page, box)."""
    wanted = {d.id for d in documents}
    boxes: dict[int, list[tuple[int, Box]]] = {}
    for mark in list_marks(vault, case_id):
        if mark.document_id in wanted:
            box = (mark.left, mark.top, mark.right, mark.bottom)
            boxes.setdefault(mark.document_id, []).append((mark.page - 1, box))
    return boxes


def _take_redactions(
    part: _Part,
    answers: list[Any],
    number: int,
    marks: list[tuple[int, Box]],
    redactor: Redactor,
    marked: list[str],
) -> None:
    """Keep a PDF exhibit's redacted pages (as page objects that replace the originals) and note where
    each term and box went; a photo's boxes are already burnt into its pages."""
    from pypdf import PdfReader

    from casebinder.infra.parsing.requests import RedactedPages, Refusal

    for answer in answers:
        if isinstance(answer, RedactedPages):
            for index, pdf in answer.pages:
                part.replaced[index] = PdfReader(io.BytesIO(pdf)).pages[0]
            for index, pattern, _count in answer.found:
                redactor.pages[redactor.term_of(pattern)].append(f"Ex. {number}, p. {index + 1}")
        elif isinstance(answer, Refusal) and (redactor or marks) and part.reader is not None:
            raise CasebinderError(
                "exhibit {number} could not be redacted ({reason}); nothing was written. Leave it out of "
                "the packet or redact it by hand.",
                number=number,
                reason=answer.reason,
            )
    marked += [f"Ex. {number}, p. {page}" for page in sorted({index + 1 for index, _box in marks})]


# With the cycle collector paused, an exhibit let go is freed only by an explicit collection (its parsed
# objects point at their reader and back): one after every 32 MB of exhibits bounds what waits for it.
COLLECT_AFTER_BYTES = 32 * 1024 * 1024


def _free_exhibits_let_go() -> None:
    """Collect, then freeze what survives (the packet so far, and the app): the next collection looks only
    at what came after. Six collections of everything took 0.73 s of a 5.5 s export."""
    gc.collect()
    gc.freeze()


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """pypdf builds a few hundred thousand small objects for a 3,000-page packet, alive until the file is
    written; Python's cycle collector walked them again and again, a third of the export's time (1.9 s
    -> 1.3 s at 3,030 pages). So it collects only when told (:func:`_free_exhibits_let_go`). Afterwards
    the packet's objects are unfrozen, to be freed; the app's start-up objects, frozen once the window
    opened, are collected and frozen again (the packet is gone by then: only the app remains)."""
    was_enabled = gc.isenabled()
    was_frozen = gc.get_freeze_count() > 0
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if was_frozen:
            gc.collect()
            gc.freeze()
        if was_enabled:
            gc.enable()


@query("export.packet")
def export_packet(
    vault: Vault, case_id: int, out: Path, documents: Sequence[Document], options: PacketOptions | None = None
) -> Iterator[ExportStep]:
    """The packet, written to ``out`` (a progress step per exhibit). It changes nothing in the vault."""
    with _cycle_collector_paused():
        yield from _export_packet(vault, case_id, out, documents, options)


def _export_packet(
    vault: Vault, case_id: int, out: Path, documents: Sequence[Document], options: PacketOptions | None = None
) -> Iterator[ExportStep]:
    from pypdf import PdfReader, PdfWriter

    from casebinder.infra.qt import pages as qtpages

    options = options or PacketOptions()
    unknown = set(options.sections) - set(SECTIONS)
    if unknown:
        raise InvalidInput(
            "unknown section(s) {unknown} (choose from {choices})",
            unknown=", ".join(sorted(unknown)),
            choices=", ".join(SECTIONS),
        )
    if out.is_dir():
        raise InvalidInput("{out} is a folder; give a file name", out=out)
    redactor = Redactor(options.redact)
    if any(d.media_type.startswith("image/") for d in documents):
        from casebinder.infra.parsing.workers import shared_pool

        shared_pool().start()  # photos are drawn by workers: they start up while the summaries are made
    with vault.session() as session:
        case = get_case(session, case_id)
        person = session.get(Person, case.person_id)
        assert person is not None
        representative = summary_tables.representative(session, person)
    total = len(documents) + 3
    yield ExportStep(0, total, "summaries")

    parts: list[_Part] = []
    if "cover" in options.sections:
        cover = redactor.scrub(
            summary_tables.cover(
                case, person, options.request, options.sender, len(documents), representative
            )
        )
        parts.append(
            _Part("section", "Cover", qtpages.markdown_to_pdf(cover, title="Cover", paper=options.paper))
        )
    # The summaries, in order; the chronology and the record of submissions cite exhibit pages, so they
    # are made again once the pages are known (``summaries_at``).
    calls = call_service.list_calls(vault, case_id) if "calls" in options.sections else []
    history = medical.list_history(vault, case_id) if "history" in options.sections else []
    treatments = medical.list_treatments(vault, case_id) if "treatments" in options.sections else []
    costs = medical.list_costs(vault, case_id) if "costs" in options.sections else []
    diaries = diary.symptom_summary(vault, case_id, 6) if "diary" in options.sections else []
    met = criteria.list_criteria(vault, case_id) if "criteria" in options.sections else []
    with vault.session() as session:
        policy = criteria.policy_document(session, case_id) if met else None
    numbers = {d.id: n for n, d in enumerate(documents, start=1) if d.id is not None}
    after: list[Table] = [
        *([summary_tables.history(history)] if history else []),
        *([summary_tables.treatments(treatments)] if treatments else []),
        *([summary_tables.costs(costs, numbers)] if costs else []),
        *(summary_tables.diary(summary) for summary in diaries),
    ]
    with_chronology = "chronology" in options.sections
    with_submissions = "submissions" in options.sections
    events = timeline(vault, case_id, every_line=True) if with_chronology else []
    # only lines the chronology can show: a document's own line is there only when it is in this packet
    # (the chronology is laid out several times; a family's case has 10,000 documents' lines)
    events = [e for e in events if e.document_id is None or e.document_id in numbers]
    with vault.session() as session:
        letters = (
            summary_tables.letters_carrying(session, case_id) if with_chronology or with_submissions else {}
        )
        sent = summary_tables.submissions_of(session, case_id) if with_submissions else []
        kinds = {d.id: d.kind for d in documents}

    heights: dict[Any, float] = {}  # rows' heights, kept from one layout of the summaries to the next

    def summaries_at(first_pages: dict[int, int] | None, draw: bool = False) -> qtpages.LaidOutTables | None:
        """The summaries citing ``first_pages``: laid out only (pages and starts), or ``draw``n."""
        laid_out: list[Table] = []
        if met:  # first: it is what a reviewer decides on, each criterion with the pages that meet it
            laid_out.append(summary_tables.criteria_met(met, numbers, first_pages, policy))
        if with_chronology:
            laid_out.append(
                summary_tables.chronology(
                    events, documents, letters, first_pages, options.chronology_internal
                )
            )
        if calls:
            laid_out.append(summary_tables.call_log(calls))
        if sent:
            laid_out.append(summary_tables.submissions(sent, numbers, kinds, letters, first_pages))
        laid_out += after
        if redactor:
            laid_out = [
                replace(t, rows=[tuple(map(redactor.scrub, row)) for row in t.rows]) for t in laid_out
            ]
        return qtpages.tables_pdf(laid_out, options.paper, draw=draw, heights=heights) if laid_out else None

    exhibits: list[tuple[_Part, _Part]] = []
    headings: list[tuple[str, str]] = []
    boxes = _boxes_of(vault, case_id, documents) if options.redact_marks else {}
    marked: list[str] = []  # "Ex. 4, p. 1" where the user's boxes were burnt in
    unsearched = 0  # photo and scan exhibits: their words have no positions to black out
    writer = PdfWriter()
    if options.password:  # set first: the exhibits' images are written (so encrypted) as they come
        writer.encrypt(
            user_password=options.password, owner_password=secrets.token_hex(16), algorithm="AES-256"
        )
    # One session for every exhibit's bytes; the packet's file inside it, so a full disk is the packet's.
    with vault.session() as session, atomic_file(out) as handle, ExitStack() as stack:
        streaming = assembly.StreamingFile(writer, handle)
        held: dict[int, bytes] = {}
        feet = [_stored_feet(session, document) for document in documents]
        jobs = [
            _worker_jobs(d, foot, _has_match(session, d, redactor), boxes.get(d.id or 0, []))
            for d, foot in zip(documents, feet, strict=True)
        ]

        def worker_requests() -> Iterator[Any]:
            """Read ahead of the loop below, on a thread with a session of its own: the workers measure
            and draw while this process merges."""
            with vault.session() as ahead:
                for number, document in enumerate(documents, start=1):
                    if jobs[number - 1]:
                        data = b"".join(blobs.read_chunks(ahead, document.blob_id))
                        held[number] = data
                        marks = boxes.get(document.id or 0, [])
                        yield from _worker_requests(
                            document, data, number, options, jobs[number - 1], redactor, marks
                        )

        from casebinder.infra.parsing.requests import FootBands, RedactedPages
        from casebinder.infra.parsing.workers import shared_pool

        answers = stack.enter_context(shared_pool().map_ahead(worker_requests()))
        uncollected = 0  # exhibits' bytes read since the cycle collector last ran
        for number, document in enumerate(documents, start=1):
            yield ExportStep(number, total, document.title)
            got = [next(answers) for _ in jobs[number - 1]]
            data = held.pop(number) if got else b"".join(blobs.read_chunks(session, document.blob_id))
            answer = next((a for a in got if not isinstance(a, (FootBands, RedactedPages))), None)
            pdf, reader, problem = _exhibit_pdf(session, document, data, answer, number, options, redactor)
            uncollected += len(data)
            del data
            if problem.startswith("password-protected") and not options.skip_locked:
                raise ExhibitLocked(
                    "exhibit {number}, “{title}”, is password-protected: give its password, or leave it out "
                    "(--skip-locked; in the app, “Leave out exhibits without their password”). Nothing was "
                    "written.",
                    number=number,
                    title=document.title,
                )
            date = document.date.isoformat() if document.date else "undated"
            heading = redactor.scrub(f"Exhibit {number} - {document.title} - {date}")
            pages = document.page_count or "?"
            detail = redactor.scrub(
                f"{document.kind.label}. {pages} page(s). Original file: {document.filename}."
            )
            if problem:
                detail += f"\n\nNot included: {problem}."
            headings.append((heading, detail))
            band = next((a.busy for a in got if isinstance(a, FootBands)), None)
            measured = band if band is not None else feet[number - 1]
            exhibit_part = _Part("exhibit", heading, pdf, exhibit=number, reader=reader, busy_feet=measured)
            _take_redactions(exhibit_part, got, number, boxes.get(document.id or 0, []), redactor, marked)
            if document.media_type.startswith("image/"):
                unsearched += 1
            _add_exhibit(writer, exhibit_part)
            streaming.flush_images()  # its images go to the file now; nothing of it is held after this
            if uncollected > COLLECT_AFTER_BYTES:  # a parsed exhibit is a web of cycles: free the ones let go
                _free_exhibits_let_go()
                uncollected = 0
            exhibits.append((_Part("divider", heading, b"", exhibit=number), exhibit_part))
        exhibit_pages = len(writer.pages)
        if headings:  # every divider in one render, appended now and put before its exhibit below
            for divider_page in PdfReader(io.BytesIO(qtpages.dividers_pdf(headings, options.paper))).pages:
                writer.add_page(divider_page)
            for divider, _exhibit in exhibits:
                divider.pages = 1
        for part in parts:
            part.reader = part.reader or PdfReader(io.BytesIO(part.pdf), strict=False)
            part.pages = len(part.reader.pages)

        # The index lists sections and exhibits with their first page, the chronology cites the exhibits'
        # pages, and either may change how many pages come before them: measure, then lay out until stable.
        yield ExportStep(total - 2, total, "index")
        summaries = summaries_at(None)
        index_pdf: bytes = b""
        positions: list[tuple[int, tuple[float, float, float, float]]] = []
        index_pages = 0
        entries: list[tuple[str, int]] = []
        first_pages: dict[int, int] = {}
        for _pass in range(5):
            page = 1 + sum(p.pages for p in parts) + index_pages
            entries = []
            if summaries is not None:
                entries += [
                    (t, page + start) for t, start in zip(summaries.titles, summaries.starts, strict=True)
                ]
                page += summaries.pages
            first_pages = {}
            for divider, exhibit in exhibits:
                entries.append((divider.title, page))
                assert divider.exhibit is not None
                first_pages[divider.exhibit] = page + divider.pages if exhibit.pages else page
                page += divider.pages + exhibit.pages
            pages_now = index_pages
            if "index" in options.sections:
                index_pdf, positions = qtpages.index_pdf(
                    "Index", [(t, str(p)) for t, p in entries], options.paper
                )
                pages_now = len(PdfReader(io.BytesIO(index_pdf)).pages)
            cited = summaries_at(first_pages) if with_chronology or with_submissions or met else summaries
            stable = pages_now == index_pages and (
                cited is None or summaries is None or cited.pages == summaries.pages
            )
            summaries, index_pages = cited, pages_now
            if stable:
                break
        if summaries is not None:  # laid out until stable; now drawn, once, as laid out
            summaries = summaries_at(
                first_pages if with_chronology or with_submissions or met else None, True
            )

        yield ExportStep(total - 1, total, "assembling")
        front: list[tuple[_Part, str | None]] = [(p, p.title) for p in parts]
        if index_pdf:
            front.append((_Part("section", "Index", index_pdf, pages=index_pages), "Index"))
        summary_part = None
        if summaries is not None:
            summary_part = _Part("section", "Summaries", summaries.pdf, pages=summaries.pages)
            front.append((summary_part, None))
        front_at = len(writer.pages)
        for part, _bookmark in front:  # appended, then put before the exhibits, in order
            for front_page in (part.reader or PdfReader(io.BytesIO(part.pdf), strict=False)).pages:
                writer.add_page(front_page)
        order = list(range(front_at, len(writer.pages)))
        for number, (_divider, exhibit) in enumerate(exhibits):
            order.append(exhibit_pages + number)
            order += range(exhibit.first, exhibit.first + exhibit.pages)
        assembly.reorder_pages(writer, order)
        sequence = [*front, *((p, t) for d, e in exhibits for p, t in ((d, d.title), (e, None)))]
        starts: dict[str, int] = {}
        labels: list[str] = []  # per page: "Exhibit N" or the section name
        exhibit_starts: dict[int, int] = {}  # exhibit number -> its first page (its divider when it has none)
        busy: list[bool] = []  # per page: content where the stamp goes (our own pages keep that band clear)
        first = 0
        for part, bookmark in sequence:
            added = part.pages
            if bookmark is not None and (added or part.kind != "exhibit"):
                starts[bookmark] = first
                writer.add_outline_item(title=bookmark, page_number=first)
            if part is summary_part and summaries is not None:  # a bookmark per table, a label per page
                starts["Summaries"] = first
                for title, start in zip(summaries.titles, summaries.starts, strict=True):
                    starts[title] = first + start
                    writer.add_outline_item(title=title, page_number=first + start)
                labels += [summaries.title_of(page) for page in range(added)]
            else:
                labels += [f"Exhibit {part.exhibit}" if part.exhibit else part.title] * added
            if part.kind == "exhibit" and part.exhibit is not None:
                exhibit_starts[part.exhibit] = first if added else starts.get(part.title, first)
                busy += part.busy_pages
            else:
                busy += [False] * added  # drawn by us, on the chosen paper, the foot left clear
            first += added
        assert first == len(writer.pages), (first, len(writer.pages))
        from pypdf.annotations import Link

        if summary_part is not None and summaries is not None and "Summaries" in starts:
            for page_in, rect, number in summaries.links:  # the chronology's "Ex. 3, p. 12" go there
                target = exhibit_starts.get(number)
                if target is not None:
                    writer.add_annotation(
                        starts["Summaries"] + page_in, Link(rect=rect, target_page_index=target)
                    )
        if index_pdf and "Index" in starts:
            for (title, _page), (index_page, rect) in zip(entries, positions, strict=True):
                target = starts.get(title)
                if target is not None:
                    writer.add_annotation(
                        starts["Index"] + index_page, Link(rect=rect, target_page_index=target)
                    )
        assembly.strip_active_content(writer, options.keep_uri_links)
        placed = assembly.place_and_stamp(
            writer,
            labels,
            busy,
            short=(case.claim_number or case.member_id or case.title)[:40],
            paper=page_size_points(options.paper),
            bates_prefix=options.bates_prefix,
            shrink_all=options.shrink,
            scrub=redactor.scrub,
        )
        # Neutral: the title the user chose (else "Exhibits"), no software name, no date but the creation day.
        writer.add_metadata(
            {
                "/Title": redactor.scrub(options.title or "Exhibits"),
                "/Producer": "",
                "/CreationDate": f"D:{dt.date.today():%Y%m%d}",
            }
        )
        streaming.finish()
    notes = placed.notes(options.paper) + redactor.notes(marked, unsearched)
    yield ExportStep(total, total, f"{len(writer.pages)} pages", notes)

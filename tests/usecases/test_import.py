"""Importing what a case produces, hostile files included: each input has its expected outcome.

Everything runs through the real worker processes into a real vault, and the vault verifies afterwards.
"""

import datetime as dt
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from casebinder.domain.enums import Direction, DocumentKind, EventKind
from casebinder.domain.models import CorrespondenceDocument
from casebinder.infra.parsing.requests import Limits
from casebinder.infra.parsing.workers import ParserPool
from casebinder.infra.sources import Source
from casebinder.usecases.correspondence import list_correspondence
from casebinder.usecases.documents import extracted_text, list_documents, save_copy, thumbnail
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.timeline import timeline
from casebinder.vault import Vault
from tests import inputs
from tests.helpers import new_case

CASES: list[tuple[str, Callable[[], bytes], str, str]] = [
    # name, builder, expected status, expected reason (substring; "" = none) or note
    ("truncated.pdf", inputs.truncated_pdf, "refused", "damaged PDF"),
    ("circular xref.pdf", inputs.circular_xref_pdf, "imported", ""),
    ("flate bomb.pdf", lambda: inputs.flate_bomb_pdf(256), "refused", "decompression bomb"),
    ("scripts.pdf", inputs.active_content_pdf, "imported", "JavaScript"),
    ("locked.pdf", lambda: inputs.encrypted_pdf("s3cret"), "refused", "password-protected PDF"),
    ("zero pages.pdf", inputs.zero_page_pdf, "refused", "the PDF has no pages"),
    ("huge.png", inputs.huge_png_header, "refused", "image larger than 120 megapixels"),
    ("truncated.jpg", inputs.truncated_jpeg, "refused", "damaged image"),
    ("empty.txt", lambda: b"", "refused", "the file is empty"),
    ("fax.tif", inputs.multipage_tiff, "imported", ""),
    ("IMG_0042.heic", inputs.heic_photo, "imported", ""),
    ("Lettre de refus – assurée.pdf", inputs.text_pdf, "imported", ""),
    ("spreadsheet.xlsx", lambda: b"PK\x03\x04" + bytes(range(256)) * 8, "imported", "stored as-is"),
]


@pytest.mark.parametrize(("name", "build", "status", "reason"), CASES, ids=[c[0] for c in CASES])
def test_each_input_has_its_outcome(
    vault: Vault, tmp_path: Path, name: str, build: Callable[[], bytes], status: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(build())
    case_id = new_case(vault)
    [step] = import_files(vault, case_id, [path])
    assert step.outcome.status == status, step.outcome
    assert reason in step.outcome.reason
    assert "\n" not in step.outcome.reason, "reasons are one line"
    documents = list_documents(vault, case_id)
    if status == "refused":
        assert documents == [], "a refused file leaves nothing behind"
    else:
        [document] = documents
        assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        copy = save_copy(vault, document.id or 0, tmp_path / "copy")
        assert copy.read_bytes() == path.read_bytes(), "the original bytes are kept untouched"
    assert vault.verify().ok


def test_whole_batch_of_hostile_files_in_one_go(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "everything"
    folder.mkdir()
    for name, build, _status, _reason in CASES:
        (folder / name).write_bytes(build())
    case_id = new_case(vault)
    steps = list(import_files(vault, case_id, [folder]))
    outcomes = {s.outcome.name: s.outcome.status for s in steps}
    assert outcomes == {name: status for name, _b, status, _r in CASES}
    assert [s.done for s in steps] == list(range(1, len(CASES) + 1))
    assert vault.verify().ok


def test_text_and_thumbnail_are_kept(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "denial.pdf"
    path.write_bytes(inputs.text_pdf("Coverage denied: not medically necessary.", pages=2))
    [step] = import_files(vault, new_case(vault), [path])
    document_id = step.outcome.document_id
    assert document_id is not None
    text, method = extracted_text(vault, document_id)
    assert method == "pdf"
    assert "not medically necessary" in text
    assert "Page 2" in text
    jpeg = thumbnail(vault, document_id)
    assert jpeg is not None
    assert jpeg.startswith(b"\xff\xd8\xff")


def test_photo_thumbnail_follows_exif_orientation(vault: Vault, tmp_path: Path) -> None:
    import io

    from PIL import Image

    path = tmp_path / "letter photo.jpg"
    path.write_bytes(inputs.jpeg(400, 200, orientation=6))  # stored landscape, meant to be seen portrait
    case_id = new_case(vault)
    [step] = import_files(vault, case_id, [path])
    png = thumbnail(vault, step.outcome.document_id or 0)
    assert png is not None
    with Image.open(io.BytesIO(png)) as image:
        assert image.height > image.width
    [document] = list_documents(vault, case_id)
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest(), "the original is not rotated"
    assert document.kind is DocumentKind.PHOTO


def test_encrypted_pdf_with_right_and_wrong_password(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "claim file.pdf"
    path.write_bytes(inputs.encrypted_pdf("s3cret", "Confidential claim file"))
    case_id = new_case(vault)
    [wrong] = import_files(vault, case_id, [path], ImportOptions(pdf_password="guess"))
    assert (wrong.outcome.status, wrong.outcome.reason) == ("refused", "wrong password for this PDF")
    [right] = import_files(vault, case_id, [path], ImportOptions(pdf_password="s3cret"))
    assert right.outcome.status == "imported"
    [document] = list_documents(vault, case_id)
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest(), "stored encrypted, as received"
    assert document.page_count == 2
    assert "password-protected" in document.notes
    text, _ = extracted_text(vault, document.id or 0)
    assert "Confidential claim file" in text
    with vault.engine.connect() as conn:
        dump = conn.exec_driver_sql("SELECT group_concat(notes) FROM document").scalar() or ""
    assert "s3cret" not in dump


def test_password_is_asked_for_when_a_prompt_is_given(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(inputs.encrypted_pdf("open sesame"))
    asked: list[tuple[str, str]] = []
    answers = iter(["wrong", "open sesame"])

    def ask(name: str, why: str) -> str | None:
        asked.append((name, why))
        return next(answers)

    [step] = import_files(vault, new_case(vault), [path], ImportOptions(ask_password=ask))
    assert step.outcome.status == "imported"
    assert asked == [
        ("locked.pdf", "password-protected PDF: give its password to import it"),
        ("locked.pdf", "wrong password for this PDF"),
    ]


def test_email_becomes_correspondence_with_linked_attachments(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "appeal received.eml"
    path.write_bytes(inputs.email_with_two_attachments())
    case_id = new_case(vault)
    [step] = import_files(vault, case_id, [path])
    assert step.outcome.status == "imported"
    assert len(step.outcome.attachments) == 2
    documents = {d.filename: d for d in list_documents(vault, case_id)}
    assert set(documents) == {"appeal received.eml", "acknowledgement.pdf", "claim file index.txt"}
    message = documents["appeal received.eml"]
    assert message.title == "Your appeal AP-10449871: documents received"
    assert message.date == dt.date(2026, 11, 3)
    assert documents["acknowledgement.pdf"].page_count == 1
    [item] = list_correspondence(vault, case_id)
    assert (item.direction, item.subject) == (
        Direction.INBOUND,
        "Your appeal AP-10449871: documents received",
    )
    with vault.session() as session:
        from sqlmodel import select

        linked = {link.document_id for link in session.exec(select(CorrespondenceDocument))}
    assert linked == {d.id for d in documents.values()}
    kinds = [e.kind for e in timeline(vault, case_id)]
    assert kinds.count(EventKind.LETTER_RECEIVED) == 1
    body, method = extracted_text(vault, message.id or 0)
    assert method == "email"
    assert "We received your reconsideration request" in body


def test_import_into_second_case_links_without_copying(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "booklet.pdf"
    path.write_bytes(inputs.text_pdf("Summary of Benefits and Coverage"))
    first, second = new_case(vault), new_case(vault, title="second")
    [a] = import_files(vault, first, [path])
    [b] = import_files(vault, second, [path], ImportOptions(kind=DocumentKind.POLICY))
    assert (a.outcome.status, b.outcome.status) == ("imported", "duplicate")
    assert "linked here" in b.outcome.reason
    text, _ = extracted_text(vault, b.outcome.document_id or 0)
    assert "Summary of Benefits" in text, "the second case's copy shares the text already read"


def test_bytes_source_import(vault: Vault) -> None:
    [step] = import_files(vault, new_case(vault), [Source(name="pasted.pdf", data=inputs.text_pdf("pasted"))])
    assert step.outcome.status == "imported"


@pytest.mark.slow
def test_a_file_that_hangs_is_refused_after_the_time_limit(vault: Vault, tmp_path: Path) -> None:
    for name in ("hang.pdf", "fine.pdf"):
        (tmp_path / name).write_bytes(inputs.text_pdf(name))
    options = ImportOptions(limits=Limits(seconds=3))
    with ParserPool(2, target="tests.parser_targets:slow") as pool:
        steps = list(
            import_files(
                vault, new_case(vault), [tmp_path / "fine.pdf", tmp_path / "hang.pdf"], options, pool=pool
            )
        )
    assert [(s.outcome.name, s.outcome.status) for s in steps] == [
        ("fine.pdf", "imported"),
        ("hang.pdf", "refused"),
    ]
    assert steps[1].outcome.reason == "took longer than 3 s to read"


@pytest.mark.slow
def test_files_queued_behind_a_hang_are_read_by_a_fresh_worker(vault: Vault, tmp_path: Path) -> None:
    names = ["hang.pdf", "after 1.pdf", "after 2.pdf", "after 3.pdf"]
    for name in names:
        (tmp_path / name).write_bytes(inputs.text_pdf(name))
    options = ImportOptions(limits=Limits(seconds=2))
    with ParserPool(1, target="tests.parser_targets:slow") as pool:  # one worker: the rest queue behind
        assert pool.QUEUE_DEPTH > 1
        steps = list(import_files(vault, new_case(vault), [tmp_path / n for n in names], options, pool=pool))
    assert [(s.outcome.name, s.outcome.status) for s in steps] == [
        ("hang.pdf", "refused"),
        ("after 1.pdf", "imported"),
        ("after 2.pdf", "imported"),
        ("after 3.pdf", "imported"),
    ]
    assert steps[0].outcome.reason == "took longer than 2 s to read"


def test_results_come_back_in_order_when_workers_finish_out_of_order(tmp_path: Path) -> None:
    from casebinder.infra.parsing.requests import ParseRequest

    sizes = [400, 1, 1, 300, 1, 1, 1, 200, 1]  # pages: big files take longer than the small ones behind them
    requests = [
        ParseRequest(name=f"{i}.pdf", data=inputs.text_pdf(f"file {i}", pages=n)) for i, n in enumerate(sizes)
    ]
    with ParserPool(2) as pool:
        results = list(pool.map(requests))
    assert [getattr(r, "page_count", None) for r in results] == sizes


@pytest.mark.skipif(sys.platform == "win32", reason="memory caps use setrlimit (Linux, macOS)")
def test_a_file_that_exhausts_memory_is_refused(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "greedy.pdf").write_bytes(inputs.text_pdf())
    with ParserPool(1, memory_mb=512, target="tests.parser_targets:greedy") as pool:
        [step] = import_files(vault, new_case(vault), [tmp_path / "greedy.pdf"], pool=pool)
    assert step.outcome.status == "refused"
    assert "needs more than 512 MB of memory" in step.outcome.reason


def test_a_reader_crash_is_a_refusal_and_the_next_file_still_imports(vault: Vault, tmp_path: Path) -> None:
    for name in ("crash.pdf", "after.pdf"):
        (tmp_path / name).write_bytes(inputs.text_pdf(name))
    with ParserPool(1, target="tests.parser_targets:crashing") as pool:
        steps = list(
            import_files(vault, new_case(vault), [tmp_path / "crash.pdf", tmp_path / "after.pdf"], pool=pool)
        )
    assert steps[0].outcome.status == "refused"
    assert "crashed the reader" in steps[0].outcome.reason
    assert steps[1].outcome.status == "imported"


def test_cancel_mid_batch_keeps_what_committed(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebinder.usecases.importing import _Batch

    monkeypatch.setattr(_Batch, "BATCH_FILES", 2)  # eight files would land in one commit
    files = []
    for i in range(8):
        files.append(tmp_path / f"page {i}.pdf")
        files[-1].write_bytes(inputs.text_pdf(f"document {i}"))
    case_id = new_case(vault)
    stream = import_files(vault, case_id, files)
    reported = []
    for step in stream:
        reported.append(step.label)
        if step.done >= 3 and step.settled:  # files land in batches: a cancel waits for the batch's end
            stream.close()
            break
    assert [d.filename for d in list_documents(vault, case_id)] == reported, "every file kept was reported"
    assert len(reported) < len(files), "the import stopped part-way"
    [again] = import_files(vault, case_id, [files[5]])
    assert again.outcome.status == "imported", "the shared pool still works after a cancel"


def test_a_relative_name_is_found_though_the_workers_started_in_another_folder(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shared workers outlive the folder the first import ran in (a CLI run in a script's loop, the
    app after a file dialog): names are made absolute before they cross to them."""
    case_id = new_case(vault)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("started the workers here")
    (second / "b.txt").write_text("then moved here")
    monkeypatch.chdir(first)
    [one] = import_files(vault, case_id, [Path("a.txt")])
    monkeypatch.chdir(second)
    [two] = import_files(vault, case_id, [Path("b.txt")])
    assert (one.outcome.status, two.outcome.status) == ("imported", "imported"), two.outcome.reason


def test_a_kind_and_date_given_to_a_folder_fit_what_they_fit_and_make_one_denial(
    vault: Vault, tmp_path: Path
) -> None:
    """`doc add FOLDER --kind denial --date D`: the letters become denials, the phone photo stays a photo,
    and the three copies of the one denial start one appeal clock, not three."""
    import datetime as dt

    from casebinder.domain.enums import DocumentKind
    from casebinder.usecases.appeals import case_deadlines, list_milestones
    from casebinder.usecases.documents import list_documents

    case_id = new_case(vault)
    folder = tmp_path / "denial"
    folder.mkdir()
    for name in ("scan.pdf", "emailed copy.pdf", "fax.pdf"):
        (folder / name).write_bytes(inputs.text_pdf(f"Denied: {name}"))
    (folder / "IMG 4471.jpg").write_bytes(inputs.jpeg())
    options = ImportOptions(kind=DocumentKind.DENIAL, date=dt.date(2026, 11, 20))
    assert all(s.outcome.status == "imported" for s in import_files(vault, case_id, [folder], options))
    kinds = {d.filename: d.kind for d in list_documents(vault, case_id)}
    assert kinds["IMG 4471.jpg"] is not DocumentKind.DENIAL, "a photo in the folder is not made a denial"
    assert [kinds[n] for n in ("scan.pdf", "emailed copy.pdf", "fax.pdf")] == [DocumentKind.DENIAL] * 3
    assert len(list_milestones(vault, case_id)) == 1, "one denial, one milestone"
    appeal = [
        d for d in case_deadlines(vault, case_id) if d.deadline.rule.id == "commercial.internal-appeal.file"
    ]
    assert len(appeal) == 1, "the appeal deadline once, not once per copy"
    named = tmp_path / "photo of the denial.jpg"
    named.write_bytes(inputs.jpeg(width=300))
    list(import_files(vault, case_id, [named], options))
    assert {d.filename: d.kind for d in list_documents(vault, case_id)}[named.name] is DocumentKind.DENIAL, (
        "a file named itself takes the kind given"
    )


def test_a_file_refused_in_a_batch_leaves_the_others_imported(vault: Vault) -> None:
    """Files land several to a commit; one that fails there (it changed after it was read) rolls the batch
    back, and its files land again one by one: the others are imported, that one refused, as ever."""
    import io
    from dataclasses import dataclass
    from typing import BinaryIO

    from casebinder.infra.sources import Source

    @dataclass(frozen=True)
    class RewrittenSource(Source):
        def open(self) -> BinaryIO:  # a sync client rewrote it between the reading and the storing
            return io.BytesIO(inputs.text_pdf("rewritten since"))

    case_id = new_case(vault)
    sources = [Source(name=f"letter {i}.pdf", data=inputs.text_pdf(f"letter {i}")) for i in range(6)]
    sources.insert(3, RewrittenSource(name="changing.pdf", data=inputs.text_pdf("as first read")))
    steps = list(import_files(vault, case_id, sources))
    assert [s.outcome.status for s in steps] == ["imported"] * 3 + ["refused"] + ["imported"] * 3
    assert "changed while it was being imported" in steps[3].outcome.reason
    assert all(s.settled for s in steps[-1:])
    names = sorted(d.filename for d in list_documents(vault, case_id))
    assert names == sorted(f"letter {i}.pdf" for i in range(6))
    assert vault.verify().ok

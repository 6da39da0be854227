"""Importing files: folders, duplicates, refusals, odd names, and getting the bytes back."""

import datetime as dt
from pathlib import Path

import pytest

from casebinder.domain.enums import DocumentKind
from casebinder.infra.parsing.media import sniff
from casebinder.infra.sources import Source
from casebinder.usecases.documents import list_documents, read_bytes, save_copy
from casebinder.usecases.importing import ImportOptions, _Batch, import_files
from casebinder.vault import Vault
from tests.helpers import make_pdf, new_case, write_pdf


def test_folder_import_reports_each_file_and_never_stops_for_one(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    folder = tmp_path / "from the insurer"
    (folder / "sub").mkdir(parents=True)
    write_pdf(folder / "EOB march.pdf", pages=3)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <<>>"
    )
    (folder / "sub" / "call notes.txt").write_text("Rep said approved. Ref 12345.")
    (folder / ".DS_Store").write_bytes(b"junk")
    steps = list(import_files(vault, case_id, [folder]))
    assert [(s.done, s.total) for s in steps] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    outcome = {s.outcome.name: s.outcome for s in steps}
    assert outcome["EOB march.pdf"].status == "imported"
    assert outcome["empty.pdf"].status == "refused"
    assert outcome["empty.pdf"].reason == "the file is empty"
    assert outcome["broken.pdf"].status == "refused"
    assert "PDF" in outcome["broken.pdf"].reason
    assert outcome["call notes.txt"].status == "imported"
    documents = {d.filename: d for d in list_documents(vault, case_id)}
    assert set(documents) == {"EOB march.pdf", "call notes.txt"}
    eob = documents["EOB march.pdf"]
    assert (eob.kind, eob.page_count, eob.media_type) == (DocumentKind.DENIAL, 3, "application/pdf")
    assert documents["call notes.txt"].media_type == "text/plain"


def test_options_and_non_ascii_names(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    path = write_pdf(tmp_path / "Résumé – carta de negación 保险.pdf")
    options = ImportOptions(
        kind=DocumentKind.INSURER_LETTER, title="Letter", date=dt.date(2026, 5, 1), source="insurer"
    )
    [step] = import_files(vault, case_id, [path], options)
    assert step.outcome.status == "imported"
    [document] = list_documents(vault, case_id)
    assert document.filename == path.name
    assert (document.title, document.kind, document.date, document.source) == (
        "Letter",
        DocumentKind.INSURER_LETTER,
        dt.date(2026, 5, 1),
        "insurer",
    )
    assert document.id is not None
    (tmp_path / "out").mkdir()
    out = save_copy(vault, document.id, tmp_path / "out" / "copy ü.pdf")
    assert out.read_bytes() == path.read_bytes()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["copy ü.pdf"], "no temporary file left behind"


def test_bytes_sources_and_unknown_formats(vault: Vault) -> None:
    case_id = new_case(vault)
    pasted = make_pdf(2)
    steps = list(
        import_files(
            vault,
            case_id,
            [
                Source(name="pasted.pdf", data=pasted),
                Source(name="spreadsheet.xlsx", data=b"PK\x03\x04" + bytes(range(256)) * 4),
            ],
        )
    )
    assert [s.outcome.status for s in steps] == ["imported", "imported"]
    docs = {d.filename: d for d in list_documents(vault, case_id)}
    assert docs["pasted.pdf"].page_count == 2
    assert "stored as-is" in docs["spreadsheet.xlsx"].notes
    assert read_bytes(vault, docs["pasted.pdf"].id or 0) == pasted


def test_missing_file_is_refused(vault: Vault, tmp_path: Path) -> None:
    [step] = import_files(vault, new_case(vault), [tmp_path / "gone.pdf"])
    assert (step.outcome.status, step.outcome.reason) == ("refused", "no such file")


def test_cancel_keeps_what_committed(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Leaving the loop (the GUI's Cancel) at a settled step keeps exactly the files reported so far. Files
    land in batches, so a step that is not settled may be followed by more of its batch: the cut is made
    only where the caller is told it may be (a slow machine once made a 3-file batch here)."""
    monkeypatch.setattr(_Batch, "BATCH_FILES", 2)  # five files would otherwise land in one commit
    case_id = new_case(vault)
    files = [write_pdf(tmp_path / f"p{i}.pdf", pages=i + 1) for i in range(5)]
    reported: list[str] = []
    for step in import_files(vault, case_id, files):
        reported.append(step.label)
        if step.done >= 2 and step.settled:
            break
    assert [d.filename for d in list_documents(vault, case_id)] == reported
    assert reported == [f.name for f in files[: len(reported)]]
    assert len(reported) < len(files), "the import stopped part-way"


def test_sniffing_trusts_bytes_over_names() -> None:
    assert sniff(b"%PDF-1.4 ...", "photo.jpg") == "application/pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....", "letter.pdf") == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0", "x") == "image/jpeg"
    assert sniff(b"II*\x00", "fax") == "image/tiff"
    assert sniff(b"\x00\x00\x00\x18ftypheic", "IMG_0001") == "image/heic"
    assert sniff(b"From: a@b\nTo: c@d\nSubject: hi\n\nbody", "message") == "message/rfc822"
    assert sniff("Café au lait".encode(), "notes") == "text/plain"
    assert sniff(b"\x00\x01\x02", "blob.bin") == "application/octet-stream"


def test_moving_a_document_to_another_case_unlinks_it_from_the_old_one(vault: Vault) -> None:
    from casebinder.usecases import medical
    from casebinder.usecases.checklists import checklists, link_document
    from casebinder.usecases.documents import update_document

    case_id, other = new_case(vault), new_case(vault, title="Another case")
    [step] = import_files(vault, case_id, [Source(name="receipt.pdf", data=make_pdf(text="Copay $45"))])
    document_id = step.outcome.document_id
    assert document_id is not None
    [checklist] = checklists(vault, case_id)[:1]
    item = checklist.items[0]
    link_document(vault, case_id, checklist.stage, item.item.id, document_id)
    assert document_id in checklists(vault, case_id)[0].items[0].linked
    medical.add(
        vault, case_id, medical.CostFields(dt.date(2026, 1, 3), "Copay", 4500, document_id=document_id)
    )

    update_document(vault, document_id, case_id=other)

    [cost] = medical.list_costs(vault, case_id)
    assert cost.description == "Copay", "the cost stays, its receipt went"
    assert cost.document_id is None, "the cost stays, its receipt went"
    [after] = [c for c in checklists(vault, case_id) if c.stage == checklist.stage]
    assert document_id not in next(i for i in after.items if i.item.id == item.item.id).linked
    assert [d.id for d in list_documents(vault, other)] == [document_id]

"""Scans and photos imported with their words left for later land at once, then are read by OCR: their
words become searchable, and a date or heading found in them replaces the guess from the file's name."""

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from casebinder.domain.enums import DateSource, DocumentKind
from casebinder.infra.parsing.requests import TEXT_LATER
from casebinder.usecases.documents import delete_document, extracted_text, list_documents, update_document
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.search import search
from casebinder.usecases.text_later import (
    pending_text,
    read_all_pending,
    read_words,
    store_text,
    text_to_read,
)
from casebinder.vault import Vault
from tests.helpers import new_case

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
LATER = ImportOptions(text_later=True)


def _letter(lines: tuple[str, ...], as_pdf: bool) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("RGB", (1700, 2200), (250, 250, 246))
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=64)
    for number, line in enumerate(lines):
        draw.text((150, 200 + 120 * number), line, fill=(20, 20, 20), font=font)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=200) if as_pdf else page.save(out, "JPEG", quality=90)
    return out.getvalue()


DENIAL = ("March 5, 2026", "NOTICE OF DENIAL", "Your request for Botox is denied")
PHOTO = ("Re: Eyelid surgery estimate", "Lakeside Eye Clinic thanks you")


def _documents_found(vault: Vault, word: str, case_id: int) -> set[int]:
    return {hit.id for hit in search(vault, word, case_id=case_id) if hit.kind == "document"}


def _import(vault: Vault, case_id: int, folder: Path, named: dict[str, bytes]) -> list[int]:
    paths = []
    for name, data in named.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    steps = list(import_files(vault, case_id, paths, LATER))
    assert [s.outcome.status for s in steps] == ["imported"] * len(paths), [s.outcome.reason for s in steps]
    return [s.outcome.document_id or 0 for s in steps]


def test_words_read_later_are_searchable_and_date_the_letter(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    files = {"denial.pdf": _letter(DENIAL, as_pdf=True), "IMG_2041.jpg": _letter(PHOTO, as_pdf=False)}
    denial_id, photo_id = _import(vault, case_id, tmp_path, files)
    assert extracted_text(vault, denial_id) == ("", TEXT_LATER), "landed without its words"
    assert not _documents_found(vault, "Botox", case_id)
    assert len(pending_text(vault)) == 2
    steps = list(read_all_pending(vault))
    assert [s.found for s in steps] == [True, True]
    assert not pending_text(vault), "nothing left to read"
    text, method = extracted_text(vault, denial_id)
    assert method == "ocr"
    assert "denied" in text
    assert _documents_found(vault, "Botox", case_id) == {denial_id}
    assert _documents_found(vault, "Lakeside", case_id) == {photo_id}
    documents = {d.id: d for d in list_documents(vault, case_id)}
    denial, photo = documents[denial_id], documents[photo_id]
    assert (denial.date, denial.date_source) == (dt.date(2026, 3, 5), DateSource.LETTER)
    assert denial.title == "Notice of denial"
    assert denial.kind is DocumentKind.DENIAL
    assert photo.title == "Eyelid surgery estimate"
    from casebinder.usecases.appeals import list_milestones

    dates = [m.at.date() for m in list_milestones(vault, case_id)]
    assert dt.date(2026, 3, 5) in dates, "the dated denial starts its appeal clock, as at import"


def test_what_the_person_set_stays_and_a_deleted_file_is_skipped(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    files = {"denial.pdf": _letter(DENIAL, as_pdf=True), "second.pdf": _letter(PHOTO, as_pdf=True)}
    kept_id, gone_id = _import(vault, case_id, tmp_path, files)
    update_document(vault, kept_id, title="Aetna's denial", date=dt.date(2026, 3, 9))
    [kept_blob, gone_blob] = pending_text(vault)
    read = read_words(text_to_read(vault, gone_blob))
    delete_document(vault, gone_id)
    assert store_text(vault, gone_blob, read).document is False, "deleted meanwhile: nothing shown changes"
    assert pending_text(vault) == [kept_blob], "its words are kept with its bytes, for undo"
    store_text(vault, kept_blob, read_words(text_to_read(vault, kept_blob)))
    [kept] = list_documents(vault, case_id)
    assert (kept.title, kept.date, kept.date_source) == (
        "Aetna's denial",
        dt.date(2026, 3, 9),
        DateSource.USER,
    )
    assert _documents_found(vault, "Botox", case_id) == {kept_id}, "searchable all the same"
    assert text_to_read(vault, kept_blob) is None, "read already"

"""Documents know their dates and names: proposed from the file, kept apart from the import, confirmed."""

import datetime as dt
from pathlib import Path

from casebinder.domain.enums import DateSource, DocumentKind
from casebinder.infra.sources import Source
from casebinder.usecases.documents import list_documents, update_document
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.timeline import timeline_index, timeline_rows
from casebinder.vault import Vault
from tests import inputs
from tests.helpers import new_case

LETTER = [
    "SUNRIDGE HEALTH PLAN",
    "PO Box 4400, Springfield",
    "Member date of birth: 03/14/1949",
    "November 20, 2026",
    "NOTICE OF ADVERSE BENEFIT DETERMINATION",
    "Dear Member, we reviewed the request for blepharoplasty. Date of service: 10/02/2026.",
]


def test_import_proposes_the_date_and_title_the_document_bears(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    files = [
        Source(name="Ack letter.pdf", data=inputs.letter_pdf(LETTER)),
        Source(name="IMG_4471.jpg", data=inputs.photo_taken_on("2026-10-30")),
        Source(name="Sunridge estimate 2026 09 14.pdf", data=inputs.letter_pdf(["Estimate of charges"])),
        Source(name="notes.pdf", data=inputs.letter_pdf(["no date in here at all"])),
    ]
    steps = import_files(vault, case_id, files)
    assert [s.outcome.status for s in steps] == ["imported"] * 4
    by_name = {d.filename: d for d in list_documents(vault, case_id)}

    letter = by_name["Ack letter.pdf"]
    assert letter.date == dt.date(2026, 11, 20), "the letter's date line, not the birth or service date"
    assert letter.date_source is DateSource.LETTER
    assert letter.title == "Notice of adverse benefit determination"
    photo = by_name["IMG_4471.jpg"]
    assert (photo.date, photo.date_source) == (dt.date(2026, 10, 30), DateSource.PHOTO)
    assert photo.title == "Photo 2026-10-30 (IMG 4471)", "a camera's name says little: kind and date first"
    named = by_name["Sunridge estimate 2026 09 14.pdf"]
    assert (named.date, named.date_source) == (dt.date(2026, 9, 14), DateSource.FILENAME)
    undated = by_name["notes.pdf"]
    assert undated.date is None, "never the day of the import"
    for document in by_name.values():
        assert document.created_at.date() == dt.date.today(), "the import time is kept apart"

    ids, _times = timeline_index(vault, case_id)
    whens = {row.document_id: row.when for row in timeline_rows(vault, ids)}
    assert whens[undated.id] == "undated"
    assert whens[letter.id] == "2026-11-20"


def test_the_user_confirms_or_edits_a_proposed_date(vault: Vault) -> None:
    case_id = new_case(vault)
    list(import_files(vault, case_id, [Source(name="letter.pdf", data=inputs.letter_pdf(LETTER))]))
    [document] = list_documents(vault, case_id)
    assert document.id is not None
    update_document(vault, document.id, confirm_date=True)
    [confirmed] = list_documents(vault, case_id)
    assert (confirmed.date, confirmed.date_source) == (dt.date(2026, 11, 20), DateSource.USER)
    update_document(vault, document.id, date=dt.date(2026, 11, 21))
    [edited] = list_documents(vault, case_id)
    assert (edited.date, edited.date_source) == (dt.date(2026, 11, 21), DateSource.USER)


def test_a_date_given_on_import_is_the_users(vault: Vault) -> None:
    case_id = new_case(vault)
    options = ImportOptions(kind=DocumentKind.DENIAL, date=dt.date(2026, 11, 2))
    list(import_files(vault, case_id, [Source(name="letter.pdf", data=inputs.letter_pdf(LETTER))], options))
    [document] = list_documents(vault, case_id)
    assert (document.date, document.date_source) == (dt.date(2026, 11, 2), DateSource.USER)

"""One timeline line per thing that happened: a denial kept three ways (scanned in, logged as a received
letter, recorded as a milestone) is one line, which names the letter and opens the notice; what is not the
same thing keeps its own line."""

import datetime as dt
from pathlib import Path

from casebinder.domain.enums import Direction, DocumentKind, EventKind
from casebinder.usecases.appeals import MilestoneFields, add_milestone
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.timeline import EventRow, timeline, timeline_index, timeline_rows
from casebinder.vault import Vault
from tests.helpers import new_case, write_pdf

NOTICE = dt.date(2026, 3, 2)
ARRIVED = dt.date(2026, 3, 9)


def _import(vault: Vault, case_id: int, path: Path, kind: DocumentKind, date: dt.date) -> int:
    [step] = import_files(vault, case_id, [path], ImportOptions(kind=kind, date=date, title=path.stem))
    assert step.outcome.document_id is not None
    return step.outcome.document_id


def told(line: EventRow) -> str:
    """What a line tells of the lines folded into it, in English, a line each."""
    return "\n".join(map(str, line.told))


def _lines(vault: Vault, case_id: int) -> list[EventRow]:
    """The app's lines, as it pages through them, deadlines left out."""
    ids, _times = timeline_index(vault, case_id)
    rows = {row.id: row for row in timeline_rows(vault, ids)}
    return [rows[i] for i in ids if rows[i].kind is not EventKind.DEADLINE]


def _received(vault: Vault, case_id: int, day: dt.date, subject: str, *documents: int) -> None:
    fields = CorrespondenceFields(date=day, direction=Direction.INBOUND, counterparty="Plan", subject=subject)
    add_correspondence(vault, case_id, fields, documents)


def test_a_denial_scanned_logged_and_recorded_is_one_line(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    notice = _import(
        vault, case_id, write_pdf(tmp_path / "Denial of eyelid surgery.pdf"), DocumentKind.DENIAL, NOTICE
    )
    [line] = _lines(vault, case_id)
    assert line.title.startswith("Denial received")
    assert "Notice: Denial of eyelid surgery (dated 2026-03-02)" in told(line)
    assert line.document_id == notice, "the line opens the notice"

    _received(vault, case_id, ARRIVED, "Denial", notice)
    [line] = _lines(vault, case_id)
    assert "Letter received 2026-03-09: Denial from Plan" in told(line)

    arrived = dt.datetime.combine(ARRIVED, dt.time())
    add_milestone(vault, case_id, MilestoneFields(kind="denial-received", on=arrived, dated=NOTICE))
    [line] = _lines(vault, case_id)
    assert line.at == arrived, "the denial learnt the day it arrived, rather than a second denial"
    assert "Letter received 2026-03-09" in told(line)
    assert line.document_id == notice
    deadlines = [e for e in timeline(vault, case_id) if e.kind is EventKind.DEADLINE]
    assert len(deadlines) == 1, "one denial, one appeal clock"
    assert deadlines[0].at.date() == ARRIVED + dt.timedelta(days=180), "180 days from receipt (ERISA)"
    assert len([e for e in timeline(vault, case_id) if e.kind is not EventKind.DEADLINE]) == 1, "the CLI too"
    letters, _times = timeline_index(vault, case_id, kinds={EventKind.LETTER_RECEIVED, EventKind.LETTER_SENT})
    assert len(letters) == 1, "filtered to letters, the letter shows"
    every = timeline(vault, case_id, every_line=True)
    assert {e.kind for e in every} >= {EventKind.DECISION, EventKind.LETTER_RECEIVED}, "the packet keeps all"
    assert len([e for e in every if e.kind is not EventKind.DEADLINE]) == 3


def test_what_is_not_the_same_thing_keeps_its_own_line(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    old_record = _import(
        vault,
        case_id,
        write_pdf(tmp_path / "Neurology note.pdf"),
        DocumentKind.CLINICAL_NOTE,
        dt.date(2025, 6, 1),
    )
    fresh_eob = _import(
        vault,
        case_id,
        write_pdf(tmp_path / "EOB.pdf", pages=2),
        DocumentKind.INSURER_LETTER,
        dt.date(2026, 4, 1),
    )
    _received(vault, case_id, dt.date(2026, 4, 10), "Claim file", old_record, fresh_eob)
    titles = [line.title for line in _lines(vault, case_id)]
    assert any("Neurology note" in title for title in titles), "a year-old record keeps its own date"
    assert not any(title.endswith("EOB") for title in titles), "the EOB that came with the letter is its line"
    [letter] = [line for line in _lines(vault, case_id) if line.kind is EventKind.LETTER_RECEIVED]
    assert "Enclosed: Neurology note (dated 2025-06-01)" in told(letter)
    assert "Enclosed: EOB (dated 2026-04-01)" in told(letter)

    sent_on = dt.date(2026, 5, 2)
    appeal = CorrespondenceFields(
        date=sent_on, direction=Direction.OUTBOUND, counterparty="Plan", subject="Appeal"
    )
    add_correspondence(vault, case_id, appeal, (old_record,))
    assert any(line.kind is EventKind.LETTER_SENT for line in _lines(vault, case_id))
    submitted = dt.datetime.combine(sent_on, dt.time())
    add_milestone(vault, case_id, MilestoneFields(kind="appeal-submitted", on=submitted))
    lines = _lines(vault, case_id)
    assert not any(line.kind is EventKind.LETTER_SENT for line in lines), "the appeal sent is the submission"
    [submission] = [line for line in lines if line.title.startswith("Appeal submitted")]
    assert "Letter sent 2026-05-02: Appeal from Plan" in told(submission)
    assert any("Neurology note" in line.title for line in lines), "what the appeal enclosed keeps its line"

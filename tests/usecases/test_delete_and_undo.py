"""Deleting keeps the vault consistent (checklist links, costs, timeline lines, the search index), and Undo
puts back exactly what was deleted: every table compared row by row, on a real vault."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from casebinder.domain.enums import DocumentKind, EventKind, MilestoneKind, Stage
from casebinder.infra.sources import Source
from casebinder.usecases import medical
from casebinder.usecases.appeals import MilestoneFields, add_milestone, delete_milestone, list_milestones
from casebinder.usecases.calls import CallFields, add_call, delete_call, list_calls
from casebinder.usecases.cases import delete_case, list_cases
from casebinder.usecases.checklists import checklists, link_document
from casebinder.usecases.correspondence import (
    CorrespondenceFields,
    add_correspondence,
    delete_correspondence,
    enclosures,
)
from casebinder.usecases.documents import delete_document, list_documents, update_document
from casebinder.usecases.importing import import_files
from casebinder.usecases.notes import add_note, delete_note, list_notes
from casebinder.usecases.search import search
from casebinder.usecases.timeline import timeline
from casebinder.usecases.undo import restore
from casebinder.vault import Vault
from tests.helpers import new_case

Dump = dict[str, list[tuple[Any, ...]]]


def dump(vault: Vault) -> Dump:
    """Every row of every table (the search index is checked by searching). Deadline lines are derived from
    the milestones and may be rewritten with new ids, so they are compared by what they say."""
    tables: Dump = {}
    with vault.connection() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows = [tuple(row) for row in conn.execute(table.select().order_by(*table.primary_key))]
            if table.name == "event":
                kind = list(table.c.keys()).index("kind")
                rows = sorted((row[1:] if row[kind] is EventKind.DEADLINE else row for row in rows), key=repr)
            tables[table.name] = rows
    return tables


@dataclass
class FullCase:
    case_id: int
    letter_id: int  # the denial letter: a decision milestone, a checklist link, a cost's receipt
    receipt_id: int
    call_id: int
    correspondence_id: int
    note_id: int


@pytest.fixture
def full(vault: Vault) -> FullCase:
    case_id = new_case(vault, title="Eyelid surgery")
    new_case(vault, person="Walter Mendes", title="Septoplasty")  # a second case that must stay whole
    steps = list(
        import_files(
            vault,
            case_id,
            [
                Source(name="denial.txt", data=b"Denied as cosmetic: blepharoplasty quokka"),
                Source(name="receipt.txt", data=b"Copay receipt wombat"),
            ],
        )
    )
    letter_id, receipt_id = (step.outcome.document_id for step in steps)
    assert letter_id is not None
    assert receipt_id is not None
    update_document(vault, letter_id, kind=DocumentKind.DENIAL, date=dt.date(2026, 2, 1))
    stage = checklists(vault, case_id)[0]
    link_document(vault, case_id, stage.stage, stage.items[0].item.id, letter_id)
    medical.add(
        vault, case_id, medical.CostFields(dt.date(2026, 2, 3), "Copay", 4500, document_id=receipt_id)
    )
    medical.add(vault, case_id, medical.TreatmentFields("Eyelid tape"))
    medical.add(vault, case_id, medical.HistoryFields("Dermatochalasis", code="H02.831"))
    at = dt.datetime(2026, 2, 5, 10, 30)
    call = add_call(
        vault, case_id, CallFields(at=at, rep_name="Dana", reference_number="REF-9", summary="numbat")
    )
    letter = add_correspondence(
        vault, case_id, CorrespondenceFields(dt.date(2026, 2, 6), subject="Appeal kookaburra"), (receipt_id,)
    )
    note = add_note(vault, case_id, at, "Called the surgeon", "platypus")
    add_milestone(vault, case_id, MilestoneFields(MilestoneKind.APPEAL_SUBMITTED, dt.datetime(2026, 2, 10)))
    return FullCase(case_id, letter_id, receipt_id, call.record.id, letter.record.id, note.record.id)


WORDS = ("quokka", "wombat", "numbat", "kookaburra", "platypus")


def test_deleting_a_case_leaves_nothing_of_it_and_undo_puts_all_of_it_back(
    vault: Vault, full: FullCase
) -> None:
    before = dump(vault)
    assert all(search(vault, word) for word in WORDS)
    changes = delete_case(vault, full.case_id)

    after = dump(vault)
    with vault.connection() as conn:  # nothing anywhere still points at the case
        for table in SQLModel.metadata.sorted_tables:
            if "case_id" in table.c:
                left = conn.execute(
                    text(f"SELECT count(*) FROM {table.name} WHERE case_id = :c"), {"c": full.case_id}
                )
                assert left.scalar() == 0, f"{table.name} still has rows of the deleted case"
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    assert not any(search(vault, word) for word in WORDS), "the search index forgot the case"
    assert [s.case.title for s in list_cases(vault)] == ["Septoplasty"], "the other case is untouched"
    assert after["blob"] == before["blob"], "the bytes stay until the app locks, so Undo can restore them"
    assert vault.verify().ok

    assert changes.undo is not None
    assert "2 documents" in changes.undo.describe()
    restore(vault, changes.undo)
    assert dump(vault) == before, "Undo restores every row, with its own id"
    assert all(search(vault, word) for word in WORDS)


def test_deleting_a_document_clears_what_pointed_at_it(vault: Vault, full: FullCase) -> None:
    before = dump(vault)
    milestone = next(m for m in list_milestones(vault, full.case_id) if m.document_id == full.letter_id)
    changes = delete_document(vault, full.letter_id)

    assert full.letter_id not in [d.id for d in list_documents(vault, full.case_id)]
    linked = {doc for stage in checklists(vault, full.case_id) for item in stage.items for doc in item.linked}
    assert full.letter_id not in linked, "the checklist link went with the document"
    assert not search(vault, "quokka"), "its text left the search index"
    assert all(e.document_id != full.letter_id for e in timeline(vault, full.case_id, every_line=True))
    remaining = {m.id: m for m in list_milestones(vault, full.case_id)}
    assert milestone.id not in remaining or remaining[milestone.id].document_id is None

    delete_document(vault, full.receipt_id)
    [cost] = medical.list_costs(vault, full.case_id)
    assert cost.document_id is None, "the cost stays; only its receipt went"
    assert enclosures(vault, full.correspondence_id) == (), "the letter stays; its enclosure went"

    assert changes.undo is not None
    restore(vault, changes.undo)
    restored = dump(vault)
    for table in ("document", "checklist_link", "case_milestone"):
        assert {row for row in restored[table] if full.letter_id in row} <= set(before[table])
    assert search(vault, "quokka"), "Undo put its text back in the index"
    assert any(e.document_id == full.letter_id for e in timeline(vault, full.case_id, every_line=True))


@pytest.mark.parametrize("what", ["call", "letter", "note", "milestone"])
def test_deleting_a_record_takes_its_timeline_line_and_undo_restores_it(
    vault: Vault, full: FullCase, what: str
) -> None:
    before = dump(vault)
    lines_before = len(timeline(vault, full.case_id))
    if what == "call":
        changes = delete_call(vault, full.call_id)
        assert list_calls(vault, full.case_id) == []
        assert not search(vault, "numbat")
    elif what == "letter":
        changes = delete_correspondence(vault, full.correspondence_id)
        assert not search(vault, "kookaburra")
        assert full.receipt_id in [d.id for d in list_documents(vault, full.case_id)], "enclosures stay"
    elif what == "note":
        changes = delete_note(vault, full.note_id)
        assert list_notes(vault, full.case_id) == []
        assert not search(vault, "platypus")
    else:
        filed = next(
            m for m in list_milestones(vault, full.case_id) if m.kind is MilestoneKind.APPEAL_SUBMITTED
        )
        deadlines_before = [e for e in timeline(vault, full.case_id) if e.kind is EventKind.DEADLINE]
        changes = delete_milestone(vault, filed.id)
        deadlines_after = [e for e in timeline(vault, full.case_id) if e.kind is EventKind.DEADLINE]
        assert {e.title for e in deadlines_after} != {e.title for e in deadlines_before}, "its deadlines went"
    assert len(timeline(vault, full.case_id)) < lines_before
    assert changes.undo is not None
    restore(vault, changes.undo)
    assert dump(vault) == before


def test_a_stage_and_its_checklist_survive_a_deleted_document(vault: Vault, full: FullCase) -> None:
    stage = checklists(vault, full.case_id)[0]
    assert stage.stage in set(Stage)
    delete_document(vault, full.letter_id, purge=True)
    with vault.connection() as conn:
        orphans = conn.execute(
            text("SELECT count(*) FROM blob WHERE id NOT IN (SELECT blob_id FROM document)")
        ).scalar()
    assert orphans == 0, "purge frees the bytes no document uses"
    assert checklists(vault, full.case_id)[0].stage == stage.stage


def test_undo_still_works_after_the_deleted_ids_were_taken(vault: Vault, full: FullCase) -> None:
    """SQLite gives a new row the highest id plus one: a note deleted last and a call logged after it share
    an id. Undo gives the note a new one instead of failing."""
    at = dt.datetime(2026, 2, 7, 9, 0)
    last = add_note(vault, full.case_id, at, "Faxed the appeal", "echidna").record
    changes = delete_note(vault, last.id)
    later = add_call(vault, full.case_id, CallFields(at=at, rep_name="Kim", summary="bilby"))
    [line] = [e for e in timeline(vault, full.case_id) if e.call_id == later.record.id]
    assert line.id == last.id, "the call's timeline line took the deleted note's id"
    assert changes.undo is not None
    restore(vault, changes.undo)
    notes = {note.detail for note in list_notes(vault, full.case_id)}
    assert notes == {"platypus", "echidna"}
    assert search(vault, "echidna"), "the restored note is searchable"
    assert search(vault, "bilby"), "the call logged since is still there"
    with vault.connection() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []

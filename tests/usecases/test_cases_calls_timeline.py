"""People, cases, calls, correspondence and the timeline they make, on a real vault."""

import datetime as dt
from pathlib import Path

import pytest

from casebinder.domain.enums import CorrespondenceMethod, Direction, DocumentKind, EventKind, PlanType
from casebinder.errors import InvalidInput, NotFound
from casebinder.usecases.appeals import set_stage
from casebinder.usecases.calls import CallFields, add_call, list_calls
from casebinder.usecases.cases import CaseEdit, CaseFields, add_case, edit_case, list_cases
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence, list_correspondence
from casebinder.usecases.documents import update_document
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.notes import add_note
from casebinder.usecases.people import add_person, list_people
from casebinder.usecases.timeline import timeline
from casebinder.vault import Vault
from tests.helpers import new_case, write_pdf


def test_a_caregiver_keeps_each_family_member_apart(vault: Vault) -> None:
    add_person(vault, "Walter Mendes", relationship="parent")
    dad = add_case(vault, "walter mendes", CaseFields(title="Eyelids", plan_type="medicare-advantage")).record
    kid = add_case(
        vault, "Lucy Mendes", CaseFields(title="Septoplasty", plan_type="employer-self-funded")
    ).record
    assert [p.name for p in list_people(vault)] == ["Lucy Mendes", "Walter Mendes"]
    by_person = {s.person.name: s.case for s in list_cases(vault)}
    assert by_person["Walter Mendes"].id == dad.id
    assert by_person["Lucy Mendes"].plan_type is PlanType.EMPLOYER_SELF_FUNDED
    assert kid.person_id != dad.person_id


def test_case_validation(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="plan type"):
        add_case(vault, "Maya", CaseFields(title="x", plan_type="gold-plated"))
    with pytest.raises(InvalidInput, match="title"):
        add_case(vault, "Maya", CaseFields(title="  "))
    add_person(vault, "Maya")
    with pytest.raises(InvalidInput, match="already"):
        add_person(vault, "MAYA")
    with pytest.raises(NotFound):
        add_case(vault, "Nobody", CaseFields(title="x"), create_person=False)


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("blepharoplasty", "blepharoplasty"),
        ("Upper eyelid surgery", "blepharoplasty"),
        ("Botox for chronic migraine", "botox-migraine"),
        ("botox - cervical dystonia", "botox-dystonia"),
        ("Botox for underarm sweating", "botox-hyperhidrosis"),
        ("Septoplasty", "septoplasty"),
        ("Reduction mammaplasty", "breast-reduction"),
        ("Reconstruction after mastectomy", "reconstruction-mastectomy"),
        ("Facial reconstruction after a car accident", "reconstruction-trauma"),
        ("Knee replacement", ""),
    ],
)
def test_procedure_text_maps_to_a_template(vault: Vault, text: str, template: str) -> None:
    case = add_case(vault, "Maya", CaseFields(title="t", procedure=text)).record
    assert case.procedure_template == template


def test_call_with_follow_up_lands_on_the_timeline(vault: Vault) -> None:
    case_id = new_case(vault)
    call = add_call(
        vault,
        case_id,
        CallFields(
            at=dt.datetime(2026, 3, 2, 10, 30),
            rep_name="Dana",
            rep_id="D-1",
            reference_number="CS-123",
            promised="a written decision within 14 days",
            follow_up=dt.date(2026, 3, 16),
        ),
    ).record
    [stored] = list_calls(vault, case_id)
    assert stored.reference_number == "CS-123"
    assert stored.id == call.id
    events = timeline(vault, case_id)
    assert [(e.kind, e.at) for e in events] == [
        (EventKind.CALL, dt.datetime(2026, 3, 2, 10, 30)),
        (EventKind.FOLLOW_UP, dt.datetime(2026, 3, 16)),
    ]
    assert "CS-123" in events[0].title
    assert "14 days" in events[0].detail


def test_correspondence_links_documents_of_its_case_only(vault: Vault, tmp_path: Path) -> None:
    case_id, other = new_case(vault), new_case(vault, title="other")
    [step] = import_files(vault, case_id, [write_pdf(tmp_path / "appeal.pdf")])
    [foreign] = import_files(vault, other, [write_pdf(tmp_path / "x.pdf", pages=2)])
    fields = CorrespondenceFields(
        date=dt.date(2026, 4, 1),
        direction=Direction.OUTBOUND,
        method=CorrespondenceMethod.FAX,
        counterparty="Appeals unit",
        proof="FAX-OK-9",
    )
    assert step.outcome.document_id
    assert foreign.outcome.document_id
    add_correspondence(vault, case_id, fields, (step.outcome.document_id,))
    with pytest.raises(InvalidInput, match="not part of case"):
        add_correspondence(vault, case_id, fields, (foreign.outcome.document_id,))
    assert len(list_correspondence(vault, case_id)) == 1, "the refused one left nothing behind"
    sent = [e for e in timeline(vault, case_id) if e.kind is EventKind.LETTER_SENT]
    assert len(sent) == 1
    assert "FAX-OK-9" in sent[0].detail
    assert sent[0].title == "Sent fax to Appeals unit"
    letter = CorrespondenceFields(dt.date(2026, 4, 2), Direction.INBOUND, CorrespondenceMethod.LETTER, "Plan")
    add_correspondence(vault, case_id, letter)
    [received] = [e for e in timeline(vault, case_id) if e.kind is EventKind.LETTER_RECEIVED]
    assert received.title == "Received letter from Plan", "not a 'US Letter' (the paper size)"


def test_denial_document_is_a_decision_and_edits_move_its_event(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    options = ImportOptions(kind=DocumentKind.DENIAL, date=dt.date(2026, 2, 1))
    [step] = import_files(vault, case_id, [write_pdf(tmp_path / "letter.pdf")], options)
    [event] = [e for e in timeline(vault, case_id, every_line=True) if e.document_id is not None]
    assert event.kind is EventKind.DECISION
    assert not [e for e in timeline(vault, case_id) if e.document_id is not None], (
        "its milestone's line tells it"
    )
    assert event.at == dt.datetime(2026, 2, 1)
    deadline = [e for e in timeline(vault, case_id) if e.kind is EventKind.DEADLINE]
    assert len(deadline) == 1, "a dated denial starts the appeal clock"
    assert "internal appeal" in deadline[0].title, "a dated denial starts the appeal clock"
    assert step.outcome.document_id is not None
    update_document(
        vault,
        step.outcome.document_id,
        kind=DocumentKind.CLINICAL_NOTE,
        date=dt.date(2026, 2, 5),
        title="Visit note",
    )
    [event] = [e for e in timeline(vault, case_id) if e.document_id is not None]
    assert (event.kind, event.at.date(), event.title) == (
        EventKind.DOCUMENT,
        dt.date(2026, 2, 5),
        "Clinical note: Visit note",
    )


def test_notes_and_case_updates(vault: Vault) -> None:
    case_id = new_case(vault)
    add_note(vault, case_id, dt.datetime(2026, 1, 1, 9), "Asked HR for the plan document")
    changes = edit_case(vault, case_id, CaseEdit(status="won", plan_type="medicaid"))
    assert changes.case
    assert changes.case_id == case_id
    set_stage(vault, case_id, "plan-appeal")  # a stage of the Medicaid ladder (the case's new plan type)
    [summary] = list_cases(vault)
    assert (summary.case.stage, summary.case.status.value, summary.case.plan_type) == (
        "plan-appeal",
        "won",
        PlanType.MEDICAID,
    )
    assert summary.events == 2, "the note, and the stage it was moved to"
    with pytest.raises(InvalidInput):
        edit_case(vault, case_id, CaseEdit(plan_type="gold-plated"))
    with pytest.raises(NotFound):
        timeline(vault, 999)

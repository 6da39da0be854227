"""Stages, milestones, deadlines, checklists and the denial-notice check on a real vault."""

import datetime as dt
from pathlib import Path

import pytest

from casebinder.domain.enums import DocumentKind, EventKind
from casebinder.errors import InvalidInput
from casebinder.infra.rulebook import validate_all
from casebinder.usecases.appeals import (
    MilestoneFields,
    add_milestone,
    case_deadlines,
    follow_ups,
    set_stage,
)
from casebinder.usecases.calendar import to_ics
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseEdit, CaseFields, add_case, edit_case, list_cases
from casebinder.usecases.checklists import checklists, link_document, mark_item
from casebinder.usecases.denial_notice import denial_notice, record_denial_notice
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.people import add_person
from casebinder.usecases.timeline import timeline
from casebinder.vault import Vault
from tests.helpers import write_pdf


def make_case(
    vault: Vault, plan: str = "aca-individual", procedure: str = "blepharoplasty", relationship: str = ""
) -> int:
    if relationship:
        add_person(vault, "Harold", relationship=relationship)
    case = add_case(vault, "Harold", CaseFields(title="Eyelids", plan_type=plan, procedure=procedure)).record
    assert case.id is not None
    return case.id


def test_data_files_validate() -> None:
    assert validate_all() == []


def test_cases_start_at_their_ladders_first_stage(vault: Vault) -> None:
    make_case(vault, "medicare")
    add_case(vault, "Lucy", CaseFields(title="Nose", plan_type="employer-self-funded"))
    assert {s.case.title: s.case.stage for s in list_cases(vault)} == {
        "Eyelids": "initial-determination",
        "Nose": "pre-authorization",
    }


def test_milestones_move_the_stage_and_put_deadlines_on_the_timeline(vault: Vault) -> None:
    case_id = make_case(vault)
    add_milestone(vault, case_id, MilestoneFields("denial-received", dt.datetime(2026, 3, 2)))
    add_milestone(
        vault, case_id, MilestoneFields("appeal-submitted", dt.datetime(2026, 3, 20), service="post")
    )
    [case] = [s.case for s in list_cases(vault)]
    assert case.stage == "internal-appeal-1", "an appeal moves the case to the stage it opened"
    deadlines = {d.deadline.rule.id: d for d in case_deadlines(vault, case_id, dt.datetime(2026, 4, 1))}
    assert deadlines["commercial.internal-appeal.file"].deadline.status == "met"
    assert deadlines["commercial.appeal.decide.post"].deadline.due == dt.datetime(2026, 5, 19)
    lines = [e for e in timeline(vault, case_id) if e.kind is EventKind.DEADLINE]
    assert [e.at.date() for e in lines] == [dt.date(2026, 5, 19), dt.date(2026, 8, 29)]
    add_milestone(
        vault, case_id, MilestoneFields("decision-received", dt.datetime(2026, 5, 1), outcome="upheld")
    )
    ids = [d.deadline.rule.id for d in case_deadlines(vault, case_id)]
    assert "commercial.external-review.file" in ids
    with pytest.raises(InvalidInput, match="unknown event kind"):
        add_milestone(vault, case_id, MilestoneFields("called-back", dt.datetime(2026, 5, 2)))


def test_insurer_overdue_alert_says_what_that_allows(vault: Vault) -> None:
    case_id = make_case(vault, "employer-self-funded")
    add_milestone(vault, case_id, MilestoneFields("appeal-submitted", dt.datetime(2026, 1, 5), service="pre"))
    [item] = case_deadlines(vault, case_id, dt.datetime(2026, 3, 1))
    assert item.deadline.status == "overdue"
    assert "deemed exhaustion" in item.alert
    assert "2560.503-1(l)" in item.alert


def test_levels_and_stage_validation(vault: Vault) -> None:
    individual = make_case(vault, "aca-individual")
    with pytest.raises(InvalidInput, match="at most 1"):
        edit_case(vault, individual, CaseEdit(internal_levels=2))
    group = add_case(vault, "Lucy", CaseFields(title="Nose", plan_type="employer-insured")).record.id or 0
    edit_case(vault, group, CaseEdit(internal_levels=2))
    with pytest.raises(InvalidInput, match="not a stage"):
        set_stage(vault, group, "redetermination")
    set_stage(vault, group, "external-review", dt.date(2026, 2, 2))
    assert any(e.kind is EventKind.STAGE for e in timeline(vault, group))


def test_a_dated_denial_letter_starts_the_clock(vault: Vault, tmp_path: Path) -> None:
    case_id = make_case(vault)
    options = ImportOptions(kind=DocumentKind.DENIAL, date=dt.date(2026, 2, 1))
    list(import_files(vault, case_id, [write_pdf(tmp_path / "denial.pdf")], options))
    [item] = case_deadlines(vault, case_id, dt.datetime(2026, 2, 2))
    assert (item.deadline.rule.id, item.deadline.due.date()) == (
        "commercial.internal-appeal.file",
        dt.date(2026, 7, 31),
    )


def test_checklist_base_plus_procedure_links_marks_and_completion(vault: Vault, tmp_path: Path) -> None:
    case_id = make_case(vault, relationship="parent")
    steps = list(
        import_files(
            vault,
            case_id,
            [write_pdf(tmp_path / "visual field.pdf")],
            ImportOptions(kind=DocumentKind.TEST_RESULT),
        )
    )
    document_id = steps[0].outcome.document_id or 0
    [appeal] = checklists(vault, case_id, "internal-appeal-1")
    ids = [i.item.id for i in appeal.items]
    assert ids[:8] == [
        "denial-letter",
        "appeal-letter",
        "letter-of-medical-necessity",
        "clinical-records",
        "failed-alternatives",
        "claim-file-request",
        "proof-of-submission",
        "authorized-representative",
    ], "a caregiver's case needs the representative form"
    assert "visual-field-taped-untaped" in ids
    assert "photographs" in ids
    item = {i.item.id: i for i in appeal.items}
    assert item["visual-field-taped-untaped"].suggested == (document_id,), "suggested by kind, not yet linked"
    assert appeal.completion == 0
    link_document(vault, case_id, "internal-appeal-1", "visual-field-taped-untaped", document_id)
    mark_item(vault, case_id, "internal-appeal-1", "photographs", "n/a")
    mark_item(vault, case_id, "internal-appeal-1", "denial-letter", "done")
    [appeal] = checklists(vault, case_id, "internal-appeal-1")
    item = {i.item.id: i for i in appeal.items}
    assert item["visual-field-taped-untaped"].status == "done"
    assert item["photographs"].status == "n/a"
    counted = len(appeal.items) - 1
    assert appeal.completion == pytest.approx(2 / counted)
    with pytest.raises(InvalidInput, match="no item"):
        mark_item(vault, case_id, "internal-appeal-1", "nonsense", "done")
    self_case = add_case(vault, "Maya", CaseFields(title="Botox", procedure="botox-migraine")).record.id or 0
    add_person  # noqa: B018 (Maya was created by add_case with no relationship: her own case)
    [own] = checklists(vault, self_case, "internal-appeal-1")
    assert "authorized-representative" not in [i.item.id for i in own.items]
    assert "headache-diary" in [i.item.id for i in own.items]


def test_ics_export_and_follow_ups(vault: Vault) -> None:
    case_id = make_case(vault)
    received = dt.datetime.combine(dt.date.today() - dt.timedelta(days=10), dt.time())
    add_milestone(vault, case_id, MilestoneFields("denial-received", received))
    add_call(
        vault,
        case_id,
        CallFields(
            at=dt.datetime(2026, 3, 3, 9), rep_name="Dana", follow_up=dt.date.today() + dt.timedelta(days=3)
        ),
    )
    items, follow = case_deadlines(vault, case_id), follow_ups(vault, case_id)
    assert len(follow) == 1
    ics = to_ics(items, follow, remind_days=5, stamp=dt.datetime(2026, 3, 4, tzinfo=dt.UTC))
    assert ics.startswith("BEGIN:VCALENDAR\r\n")
    assert ics.endswith("END:VCALENDAR\r\n")
    assert f"DTSTART;VALUE=DATE:{received + dt.timedelta(days=180):%Y%m%d}" in ics
    assert "TRIGGER:-P5D" in ics, "a 180-day clock reminds the days asked for"
    assert "TRIGGER:-P1D" in ics, "a follow-up reminds the day before"
    assert ics.count("BEGIN:VEVENT") == 2
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n")), "lines folded per RFC 5545"
    unfolded = ics.replace("\r\n ", "")
    assert "29 CFR 2560.503-1(h)(3)(i)" in unfolded
    assert "180 days from the day it was received" in unfolded
    assert "Not legal advice" in unfolded


def test_ics_keeps_an_hour_clocks_time_and_fits_its_reminder(vault: Vault) -> None:
    icalendar = pytest.importorskip("icalendar")
    case_id = make_case(vault, "employer-insured")
    sent = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10, 30))
    add_milestone(vault, case_id, MilestoneFields("denial-received", sent - dt.timedelta(days=2)))
    add_milestone(vault, case_id, MilestoneFields("appeal-submitted", sent, urgent=True))
    calendar = icalendar.Calendar.from_ical(to_ics(case_deadlines(vault, case_id), []))
    events = {str(e["SUMMARY"]).split(" — ")[0]: e for e in calendar.walk("VEVENT")}
    urgent = events["Plan decides the urgent appeal"]
    assert urgent.decoded("DTSTART") == sent + dt.timedelta(hours=72), (
        "the clock's hour, not an all-day event"
    )
    [alarm] = urgent.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(hours=24), "a third of a 72-hour clock, not 7 days"
    optional = events["You may ask for expedited external review now, alongside the urgent appeal"]
    assert optional.decoded("DTSTART") == sent + dt.timedelta(hours=72)
    assert "File the internal appeal" not in events, "a deadline already met is not put in the calendar"


def test_denial_notice_check(vault: Vault) -> None:
    erisa = make_case(vault, "employer-self-funded")
    record_denial_notice(vault, erisa, {"specific-reason", "plan-provision"})
    elements = denial_notice(vault, erisa)
    missing = {e.id for e in elements if not e.present}
    assert "right-to-sue" in missing
    assert "specific-reason" not in missing
    assert all(e.source for e in elements)
    again = denial_notice(vault, erisa)
    assert {e.id for e in again if e.present} == {"specific-reason", "plan-provision"}, "ticks are kept"
    individual = add_case(vault, "Lucy", CaseFields(title="Nose", plan_type="aca-individual")).record.id or 0
    assert "right-to-sue" not in {e.id for e in denial_notice(vault, individual)}
    with pytest.raises(InvalidInput, match="unknown notice element"):
        record_denial_notice(vault, erisa, {"made-up"})


@pytest.mark.parametrize(
    ("plan", "cites", "never", "next_step"),
    [
        ("medicare-advantage", "42 CFR 422.568", "2560.503-1", "65 days of the date on the notice"),
        ("medicaid", "42 CFR 438.404", "2560.503-1", "State fair hearing"),
        ("medicare", "42 CFR 405.921", "147.136", "120 days"),
        ("medicare-part-d", "42 CFR 423.568", "2560.503-1", "redetermination"),
        ("employer-insured", "2560.503-1", "422.568", "external review within four months"),
    ],
)
def test_the_denial_notice_is_checked_against_its_own_plans_rules(
    vault: Vault, plan: str, cites: str, never: str, next_step: str
) -> None:
    from casebinder.usecases.denial_notice import denial_notice_rules

    case_id = make_case(vault, plan)
    sources = " ".join(e.source for e in denial_notice(vault, case_id))
    assert cites in sources
    assert never not in sources, "another ladder's rules do not judge this plan's notice"
    assert next_step in denial_notice_rules(vault, case_id).next_step


def test_a_milestone_keeps_both_dates_and_its_deadlines_say_which_counts(vault: Vault) -> None:
    ma = make_case(vault, "medicare-advantage")
    both = MilestoneFields("denial-received", dt.datetime(2026, 3, 9), dated=dt.date(2026, 3, 2))
    add_milestone(vault, ma, both)
    [item] = case_deadlines(vault, ma, now=dt.datetime(2026, 3, 10))
    assert item.deadline.due == dt.datetime(2026, 5, 6), (
        "65 days from the date on the notice, not from receipt"
    )
    assert item.deadline.basis == "65 days from the date on the notice, 2026-03-02"
    lines = [e for e in timeline(vault, ma) if e.kind is EventKind.DEADLINE]
    assert "65 days from the date on the notice, 2026-03-02" in lines[0].detail
    with pytest.raises(InvalidInput, match=r"--on.*--dated"):
        add_milestone(vault, ma, MilestoneFields("denial-received"))
    with pytest.raises(InvalidInput, match="after the day it arrived"):
        add_milestone(
            vault, ma, MilestoneFields("denial-received", dt.datetime(2026, 3, 1), dated=DATED_LATER)
        )


DATED_LATER = dt.date(2026, 3, 5)


def test_a_case_state_sets_what_the_law_leaves_to_states(vault: Vault) -> None:
    case = add_case(vault, "Rosa", CaseFields(title="Wheelchair", plan_type="medicaid", state="nv")).record
    assert case.state == "NV"
    assert case.id is not None
    add_milestone(vault, case.id, MilestoneFields("denial-received", dt.datetime(2026, 1, 9)))
    add_milestone(vault, case.id, MilestoneFields("appeal-submitted", dt.datetime(2026, 1, 20)))
    add_milestone(
        vault,
        case.id,
        MilestoneFields(
            "decision-received", dt.datetime(2026, 3, 9), outcome="upheld", dated=dt.date(2026, 3, 2)
        ),
    )
    found = {
        d.deadline.rule.id: d.deadline for d in case_deadlines(vault, case.id, now=dt.datetime(2026, 3, 10))
    }
    hearing = found["medicaid.fair-hearing.file"]
    assert hearing.due == dt.datetime(2026, 5, 31), (
        "90 days from the notice: NV's own figure is not in the data"
    )
    assert "for NV, the most cautious figure" in hearing.explanation
    edit_case(vault, case.id, CaseEdit(state=""))
    assert list_cases(vault)[0].case.state is None
    with pytest.raises(InvalidInput, match="unknown State"):
        edit_case(vault, case.id, CaseEdit(state="Atlantis"))


def test_a_missed_follow_up_stays_listed_overdue_until_it_is_marked_done(vault: Vault) -> None:
    from casebinder.usecases.calls import mark_follow_up_done

    case_id = make_case(vault)
    today = dt.date(2026, 12, 1)
    missed = add_call(
        vault,
        case_id,
        CallFields(at=dt.datetime(2026, 11, 1, 9), rep_name="Dana", follow_up=dt.date(2026, 11, 15)),
    ).record
    add_call(
        vault,
        case_id,
        CallFields(at=dt.datetime(2026, 11, 20, 9), rep_name="Lee", follow_up=dt.date(2026, 12, 5)),
    )
    listed = follow_ups(vault, case_id, today=today)
    assert [(f.title, f.overdue) for f in listed] == [
        ("Follow up on call with Dana", True),
        ("Follow up on call with Lee", False),
    ], "a missed follow-up does not silently drop off the list"
    mark_follow_up_done(vault, missed.id or 0)
    assert [f.title for f in follow_ups(vault, case_id, today=today)] == ["Follow up on call with Lee"]
    mark_follow_up_done(vault, missed.id or 0, done=False)
    assert len(follow_ups(vault, case_id, today=today)) == 2
    no_date = add_call(vault, case_id, CallFields(at=dt.datetime(2026, 11, 21, 9), rep_name="Kim")).record
    with pytest.raises(InvalidInput, match="no follow-up date"):
        mark_follow_up_done(vault, no_date.id or 0)

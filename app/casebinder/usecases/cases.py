"""Coverage cases: opened for a person, listed, edited, deleted.

A case's insurer, plan type and internal appeal levels decide which deadlines apply, so editing them rewrites
the case's deadlines at once (and a stage the new plan's ladder does not have falls back to its first).
"""

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func
from sqlmodel import Session, col, select

from casebinder.domain.enums import CaseStatus, PlanType, UsState
from casebinder.domain.models import Call, Case, Document, Event, Person
from casebinder.domain.procedures import match_procedure
from casebinder.errors import NotFound
from casebinder.infra.rulebook import rulebook
from casebinder.phrases import said
from casebinder.usecases.appeals import fit_stage_to_plan, refresh_deadline_events, set_internal_levels_in
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import parse_enum, require_text
from casebinder.usecases.people import find_person
from casebinder.usecases.records import detached, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole, purge_unused_bytes
from casebinder.vault import Vault

__all__ = [
    "CaseEdit",
    "CaseFields",
    "CaseSummary",
    "add_case",
    "delete_case",
    "edit_case",
    "get_case",
    "list_cases",
]


@dataclass(frozen=True)
class CaseFields:
    title: str
    procedure: str = ""
    plan_type: PlanType | str = PlanType.OTHER
    insurer: str = ""
    member_id: str = ""
    group_number: str = ""
    claim_number: str = ""
    authorization_number: str = ""
    internal_levels: int | None = None  # employer plans may have two internal appeal levels
    state: UsState | str | None = None  # what the law leaves to States follows it


@dataclass(frozen=True)
class CaseEdit:
    """What to change; None leaves a field as it is."""

    title: str | None = None
    procedure: str | None = None
    plan_type: PlanType | str | None = None
    insurer: str | None = None
    member_id: str | None = None
    group_number: str | None = None
    claim_number: str | None = None
    authorization_number: str | None = None
    status: CaseStatus | str | None = None
    notes: str | None = None
    internal_levels: int | None = None
    state: UsState | str | None = None  # "" clears it


_PLAIN = ("insurer", "member_id", "group_number", "claim_number", "authorization_number", "notes")


@command("case.add")
def add_case(vault: Vault, person_name: str, case: CaseFields, *, create_person: bool = True) -> Changes:
    """Open a case for a person (created on first mention, as a caregiver adds family members), in one
    transaction with its appeal levels."""
    title = require_text(case.title, "a case title")
    plan_type = parse_enum(PlanType, str(case.plan_type))
    template = match_procedure(case.procedure) if case.procedure else None
    with vault.transaction() as session:
        person = find_person(session, person_name)
        if person is None:
            if not create_person:
                raise NotFound("no person named {person_name!r}; add them first", person_name=person_name)
            person = Person(name=require_text(person_name, "a person's name"))
            session.add(person)
            session.flush()
        assert person.id is not None
        row = Case(
            person_id=person.id,
            stage=rulebook().ladder_for(plan_type.value).first_stage,
            title=title,
            procedure=case.procedure.strip(),
            procedure_template=template.id if template else "",
            plan_type=plan_type,
            insurer=case.insurer.strip(),
            member_id=case.member_id.strip(),
            group_number=case.group_number.strip(),
            claim_number=case.claim_number.strip(),
            authorization_number=case.authorization_number.strip(),
            state=parse_state(case.state),
        )
        session.add(row)
        session.flush()
        if case.internal_levels is not None:
            set_internal_levels_in(session, row, case.internal_levels)
        return Changes(case_id=row.id, person=True, case=True, record=detached(session, row))


@command("case.edit")
def edit_case(vault: Vault, case_id: int, edit: CaseEdit) -> Changes:
    with vault.transaction() as session:
        case = get_case(session, case_id)
        if edit.title is not None:
            case.title = require_text(edit.title, "a case title")
        if edit.procedure is not None:
            template = match_procedure(edit.procedure) if edit.procedure.strip() else None
            case.procedure, case.procedure_template = edit.procedure.strip(), template.id if template else ""
        for name in _PLAIN:
            value = getattr(edit, name)
            if value is not None:
                setattr(case, name, str(value).strip())
        if edit.status is not None:
            case.status = parse_enum(CaseStatus, str(edit.status))
        rules_changed = False
        if edit.plan_type is not None:
            plan_type = parse_enum(PlanType, str(edit.plan_type))
            rules_changed = plan_type != case.plan_type
            case.plan_type = plan_type
            fit_stage_to_plan(case)
        if edit.internal_levels is not None:
            set_internal_levels_in(session, case, edit.internal_levels)
            rules_changed = True
        if edit.state is not None:
            state = parse_state(edit.state)
            rules_changed = rules_changed or state != case.state
            case.state = state
        case.updated_at = dt.datetime.now().replace(microsecond=0)
        session.flush()
        if rules_changed:
            refresh_deadline_events(session, case, dt.datetime.now())
        return Changes(case_id=case_id, case=True, timeline=rules_changed, record=detached(session, case))


@command("case.delete")
def delete_case(vault: Vault, case_id: int, *, purge: bool = False, dry_run: bool = False) -> Changes:
    """Delete a case with everything in it. ``purge``: also free the stored bytes no other case uses
    (the CLI does; the app keeps them until it locks, so Undo can put the case back whole)."""
    with vault.transaction() as session:
        case = get_case(session, case_id)
        what = said("the case “{title}”", title=case.title)
        snapshot = delete_whole(session, "insurance_case", case_id, what, None, dry_run=dry_run)
        if purge and not dry_run:
            session.flush()
            purge_unused_bytes(session)
    changes = Changes(case_id=case_id, undo=snapshot)
    return changes if dry_run else changes.everything


@dataclass(frozen=True)
class CaseSummary:
    case: Case
    person: Person
    documents: int
    calls: int
    events: int


@query("case.list")
def list_cases(vault: Vault) -> list[CaseSummary]:
    with vault.session() as session:
        rows = session.exec(select(Case, Person).join(Person).order_by(col(Person.name), col(Case.id))).all()
        counts = {model: _count_by_case(session, model) for model in (Document, Call, Event)}
        return [
            CaseSummary(
                case=case,
                person=person,
                documents=counts[Document].get(case.id or 0, 0),
                calls=counts[Call].get(case.id or 0, 0),
                events=counts[Event].get(case.id or 0, 0),
            )
            for case, person in rows
        ]


@query("case.show")
def case_details(vault: Vault, case_id: int) -> CaseSummary:
    """One case with its person and counts (the app's header, ``case show``)."""
    for summary in list_cases(vault):
        if summary.case.id == case_id:
            return summary
    raise NotFound("no case with id {case_id}", case_id=case_id)


def _count_by_case(session: Session, model: type[Document] | type[Call] | type[Event]) -> dict[int, int]:
    case_id = col(model.case_id)
    return {row[0]: row[1] for row in session.exec(select(case_id, func.count()).group_by(case_id))}


def parse_state(text: UsState | str | None) -> UsState | None:
    """A State by its two-letter code or name; empty means none recorded."""
    if text is None or not str(text).strip():
        return None
    return parse_enum(UsState, str(text))


def edit_fields() -> tuple[str, ...]:
    """The names ``case edit`` takes (the CLI builds its flags from these)."""
    return tuple(f.name for f in fields(CaseEdit))

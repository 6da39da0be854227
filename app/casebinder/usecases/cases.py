"""People and their cases."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from casebinder.domain.enums import CaseStatus, PlanType
from casebinder.domain.models import Call, Case, Document, Event, Person
from casebinder.domain.procedures import match_procedure
from casebinder.errors import InvalidInput, NotFound
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import parse_enum, require_text
from casebinder.vault import Vault


def add_person(
    vault: Vault, name: str, *, relationship: str = "", date_of_birth: dt.date | None = None
) -> Person:
    name = require_text(name, "a person's name")
    with vault.transaction() as session:
        if find_person(session, name) is not None:
            raise InvalidInput(f"{name!r} is already in this vault")
        person = Person(name=name, relationship=relationship, date_of_birth=date_of_birth)
        session.add(person)
        session.flush()
    return person


def find_person(session: Session, name: str) -> Person | None:
    return session.exec(select(Person).where(func.lower(Person.name) == name.strip().lower())).first()


def list_people(vault: Vault) -> list[Person]:
    with vault.session() as session:
        return list(session.exec(select(Person).order_by(Person.name)))


@dataclass(frozen=True)
class CaseFields:
    title: str
    procedure: str = ""
    plan_type: str = "other"
    insurer: str = ""
    member_id: str = ""
    group_number: str = ""
    claim_number: str = ""
    authorization_number: str = ""


def add_case(vault: Vault, person_name: str, fields: CaseFields, *, create_person: bool = True) -> Case:
    """Open a case for a person (created on first mention, as a caregiver adds family members)."""
    title = require_text(fields.title, "a case title")
    plan_type = parse_enum(PlanType, fields.plan_type)
    template = match_procedure(fields.procedure) if fields.procedure else None
    with vault.transaction() as session:
        person = find_person(session, person_name)
        if person is None:
            if not create_person:
                raise NotFound(f"no person named {person_name!r}; add them first")
            person = Person(name=require_text(person_name, "a person's name"))
            session.add(person)
            session.flush()
        assert person.id is not None
        from casebinder.infra.rulebook import rulebook

        case = Case(
            person_id=person.id,
            stage=rulebook().ladder_for(plan_type.value).first_stage,
            title=title,
            procedure=fields.procedure.strip(),
            procedure_template=template.id if template else "",
            insurer=fields.insurer.strip(),
            plan_type=plan_type,
            member_id=fields.member_id.strip(),
            group_number=fields.group_number.strip(),
            claim_number=fields.claim_number.strip(),
            authorization_number=fields.authorization_number.strip(),
        )
        session.add(case)
        session.flush()
    return case


def get_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case with id {case_id}")
    return case


def update_case(vault: Vault, case_id: int, **values: object) -> Changes:
    allowed = set(Case.model_fields) - {"id", "created_at", "updated_at", "person_id"}
    unknown = set(values) - allowed
    if unknown:
        raise InvalidInput(f"cannot set {', '.join(sorted(unknown))} on a case")
    with vault.transaction() as session:
        case = get_case(session, case_id)
        for name, value in values.items():
            if name == "plan_type" and isinstance(value, str):
                value = parse_enum(PlanType, value)
            if name == "status" and isinstance(value, str):
                value = parse_enum(CaseStatus, value)
            setattr(case, name, value)
        case.updated_at = dt.datetime.now().replace(microsecond=0)
    return Changes(case_id=case_id, case=True)


@dataclass(frozen=True)
class CaseSummary:
    case: Case
    person: Person
    documents: int
    calls: int
    events: int


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


def _count_by_case(session: Session, model: type[Document] | type[Call] | type[Event]) -> dict[int, int]:
    case_id = col(model.case_id)
    return {row[0]: row[1] for row in session.exec(select(case_id, func.count()).group_by(case_id))}

"""Finding a record by id, with a sentence when it is not there (the CLI and the app name records by id)."""

from typing import TypeVar

from sqlmodel import Session, SQLModel

from casebinder.domain.models import (
    Call,
    Case,
    CaseMilestone,
    Correspondence,
    Cost,
    Document,
    Event,
    MedicalHistory,
    Person,
    RedactionMark,
    Treatment,
)
from casebinder.errors import NotFound

M = TypeVar("M", bound=SQLModel)

NAMES: dict[type[SQLModel], str] = {
    Person: "person",
    Case: "case",
    Document: "document",
    Call: "call",
    Correspondence: "letter",
    Event: "timeline entry",
    CaseMilestone: "milestone",
    MedicalHistory: "medical history entry",
    Treatment: "treatment",
    Cost: "cost",
    RedactionMark: "redaction box",
}


def get(session: Session, model: type[M], record_id: int) -> M:
    found = session.get(model, record_id)
    if found is None:
        raise NotFound(
            "no {record} with id {record_id}",
            record=NAMES.get(model, model.__name__.lower()),
            record_id=record_id,
        )
    return found


def get_case(session: Session, case_id: int) -> Case:
    return get(session, Case, case_id)


def get_document(session: Session, document_id: int) -> Document:
    return get(session, Document, document_id)


def detached(session: Session, record: M) -> M:
    """The record as committed, usable after the session closes (returned to the front doors)."""
    session.flush()
    session.refresh(record)
    session.expunge(record)
    return record

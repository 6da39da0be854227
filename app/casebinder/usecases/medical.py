"""The medical facts a reviewer weighs: the conditions, the treatments already tried, and the costs.

Denials of "cosmetic" care are usually overturned on these: the diagnosis and how it limits daily life, the
cheaper treatments that failed first (plans often require them: "step therapy"), and what the person has
paid. They are kept as small records so the packet can print them as tables.
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from casebinder.domain.enums import CostKind, MedicalKind, TreatmentKind
from casebinder.domain.models import Cost, Document, MedicalHistory, Treatment
from casebinder.errors import InvalidInput
from casebinder.phrases import said
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault

Record = TypeVar("Record", MedicalHistory, Treatment, Cost)


@dataclass(frozen=True)
class HistoryFields:
    condition: str
    code: str = ""
    since: dt.date | None = None
    detail: str = ""


@dataclass(frozen=True)
class TreatmentFields:
    name: str
    kind: TreatmentKind = TreatmentKind.MEDICATION
    started: dt.date | None = None
    ended: dt.date | None = None
    outcome: str = ""
    prescriber: str = ""


@dataclass(frozen=True)
class CostFields:
    date: dt.date
    description: str
    amount_cents: int
    kind: CostKind = CostKind.PAID
    document_id: int | None = None


Fields = HistoryFields | TreatmentFields | CostFields
TABLES: dict[MedicalKind, type[MedicalHistory] | type[Treatment] | type[Cost]] = {
    MedicalKind.HISTORY: MedicalHistory,
    MedicalKind.TREATMENT: Treatment,
    MedicalKind.COST: Cost,
}
_TABLE: dict[type, type[SQLModel]] = {
    HistoryFields: MedicalHistory,
    TreatmentFields: Treatment,
    CostFields: Cost,
}


def _check(fields: Fields) -> None:
    if isinstance(fields, HistoryFields) and not fields.condition.strip():
        raise InvalidInput("a medical history entry needs the condition or diagnosis")
    if isinstance(fields, TreatmentFields):
        if not fields.name.strip():
            raise InvalidInput("a treatment needs a name")
        if fields.started and fields.ended and fields.ended < fields.started:
            raise InvalidInput("a treatment cannot end before it started")
    if isinstance(fields, CostFields):
        if not fields.description.strip():
            raise InvalidInput("a cost needs a description")
        if fields.amount_cents < 0:
            raise InvalidInput("an amount cannot be negative")


def _values(fields: Fields) -> dict[str, object]:
    values = dict(vars(fields))
    for key in ("condition", "name", "description"):
        if key in values:
            values[key] = str(values[key]).strip()
    return values


@command("medical.add")
def add(vault: Vault, case_id: int, fields: Fields) -> Changes:
    """Record a condition, a treatment or a cost (the type of ``fields`` says which)."""
    _check(fields)
    with vault.transaction() as session:
        get_case(session, case_id)
        if isinstance(fields, CostFields) and fields.document_id is not None:
            _check_document(session, case_id, fields.document_id)
        row = _TABLE[type(fields)](case_id=case_id, **_values(fields))
        session.add(row)
        return Changes(case_id=case_id, medical=True, record=detached(session, row))


@command("medical.edit")
def update(vault: Vault, record_id: int, fields: Fields) -> Changes:
    _check(fields)
    table = _TABLE[type(fields)]
    with vault.transaction() as session:
        row: Any = get(session, table, record_id)
        if isinstance(fields, CostFields) and fields.document_id is not None:
            _check_document(session, row.case_id, fields.document_id)
        for key, value in _values(fields).items():
            setattr(row, key, value)
        return Changes(case_id=row.case_id, medical=True, record=detached(session, row))


@command("medical.delete")
def delete(
    vault: Vault, kind: MedicalKind | type[SQLModel], record_id: int, *, dry_run: bool = False
) -> Changes:
    """Remove one record of ``kind`` (history, treatment or cost)."""
    table = TABLES[MedicalKind(kind)] if isinstance(kind, str) else kind
    with vault.transaction() as session:
        row: Any = get(session, table, record_id)
        name = (
            getattr(row, "condition", None) or getattr(row, "name", None) or getattr(row, "description", "")
        )
        name_of_table = str(table.__tablename__)
        what = said("“{name}”", name=name)
        snapshot = delete_whole(session, name_of_table, record_id, what, row.case_id, dry_run=dry_run)
    return Changes(case_id=row.case_id, medical=not dry_run, undo=snapshot)


def _check_document(session: Session, case_id: int, document_id: int) -> None:
    document = session.get(Document, document_id)
    if document is None or document.case_id != case_id:
        raise InvalidInput(
            "document {document_id} is not part of case {case_id}", document_id=document_id, case_id=case_id
        )


def _list(vault: Vault, case_id: int, table: type[Record], order: Sequence[object]) -> list[Record]:
    with vault.session() as session:
        get_case(session, case_id)
        query = select(table).where(col(table.case_id) == case_id).order_by(*order)  # type: ignore[arg-type]
        return list(session.exec(query))


@query("history.list")
def list_history(vault: Vault, case_id: int) -> list[MedicalHistory]:
    return _list(vault, case_id, MedicalHistory, [col(MedicalHistory.since), col(MedicalHistory.id)])


@query("treatment.list")
def list_treatments(vault: Vault, case_id: int) -> list[Treatment]:
    return _list(vault, case_id, Treatment, [col(Treatment.started), col(Treatment.id)])


@query("cost.list")
def list_costs(vault: Vault, case_id: int) -> list[Cost]:
    return _list(vault, case_id, Cost, [col(Cost.date), col(Cost.id)])


def totals(costs: Sequence[Cost]) -> dict[CostKind, int]:
    """Cents per kind (billed, paid, estimate), for the kinds present."""
    sums: dict[CostKind, int] = {}
    for cost in costs:
        sums[cost.kind] = sums.get(cost.kind, 0) + cost.amount_cents
    return sums


def money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def parse_amount(text: str) -> int:
    """ "1,234.50", "$80" or "80.5" as cents; a clear error for anything else."""
    cleaned = text.strip().replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d{1,2})?|\.\d{1,2}", cleaned):
        raise InvalidInput("not an amount: {text!r} (write it like 1234.50)", text=text)
    whole, _, fraction = cleaned.partition(".")
    return int(whole or "0") * 100 + int((fraction + "00")[:2])

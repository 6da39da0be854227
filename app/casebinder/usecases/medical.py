"""The medical facts a reviewer weighs: the conditions, the treatments already tried, and the costs.

Denials of "cosmetic" care are usually overturned on these: the diagnosis and how it limits daily life, the
cheaper treatments that failed first (plans often require them: "step therapy"), and what the person has
paid. They are kept as small records so the packet can print them as tables.
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from casebinder.domain.costs import (
    CostLine,
    Progress,
    YearTotals,
    deductible_progress,
    out_of_pocket_progress,
    patient_share,
    problems,
    totals_by_year,
)
from casebinder.domain.enums import CostKind, MedicalKind, TreatmentKind
from casebinder.domain.models import Cost, Document, MedicalHistory, Treatment
from casebinder.errors import InvalidInput
from casebinder.infra.files import write_atomically
from casebinder.phrases import said
from casebinder.usecases.appeals import option, set_option
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
    provider: str = ""  # who billed
    allowed_cents: int | None = None  # an EOB line's figures (``amount_cents`` is what was billed)
    plan_paid_cents: int | None = None
    deductible_cents: int | None = None
    copay_cents: int | None = None
    coinsurance_cents: int | None = None
    not_covered_cents: int | None = None
    paid_on: dt.date | None = None


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
        wrong = problems(cost_line(fields))
        if "negative" in wrong:
            raise InvalidInput("an amount cannot be negative")
        if "not-an-eob" in wrong:
            raise InvalidInput(
                "allowed, plan paid and the patient's share are figures of an EOB line (kind eob)"
            )
        if "allowed-over-billed" in wrong:
            raise InvalidInput("the plan allowed more than was billed: check the amounts on the EOB")
        if "more-than-billed" in wrong:
            raise InvalidInput(
                "the plan's payment and the patient's share add up to more than was billed: check the EOB"
            )


def _values(fields: Fields) -> dict[str, object]:
    values = dict(vars(fields))
    for key in ("condition", "name", "description", "provider"):
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


def cost_line(cost: "Cost | CostFields") -> CostLine:
    """What the totals read of a cost row (or of the fields about to become one)."""
    return CostLine(
        cost.date,
        cost.kind,
        cost.amount_cents,
        cost.allowed_cents,
        cost.plan_paid_cents,
        cost.deductible_cents,
        cost.copay_cents,
        cost.coinsurance_cents,
        cost.not_covered_cents,
    )


def money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def parse_amount(text: str) -> int:
    """ "1,234.50", "$80" or "80.5" as cents; a clear error for anything else."""
    cleaned = text.strip().replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d{1,2})?|\.\d{1,2}", cleaned):
        raise InvalidInput("not an amount: {text!r} (write it like 1234.50)", text=text)
    whole, _, fraction = cleaned.partition(".")
    return int(whole or "0") * 100 + int((fraction + "00")[:2])


# --- totals per year, and the plan's limits the person enters ----------------------------------------------
_LIMITS = {"deductible": "plan:deductible:{year}", "out_of_pocket": "plan:out-of-pocket:{year}"}


@dataclass(frozen=True)
class CostYear:
    """A calendar year of a case's costs, and how far it has gone toward the limits entered for it."""

    totals: YearTotals
    deductible: Progress | None
    out_of_pocket: Progress | None


def _check_year(year: int) -> None:
    if not 1990 <= year <= 2100:
        raise InvalidInput("{year} is not a plan year (write it like 2026)", year=year)


@command("cost.plan")
def set_plan_limits(
    vault: Vault,
    case_id: int,
    year: int,
    deductible_cents: int | None = None,
    out_of_pocket_cents: int | None = None,
    *,
    forget: bool = False,
) -> Changes:
    """The plan's deductible and out-of-pocket maximum for ``year``, from its summary of benefits (None
    leaves one as it is; ``forget`` removes both)."""
    _check_year(year)
    for cents in (deductible_cents, out_of_pocket_cents):
        if cents is not None and cents < 0:
            raise InvalidInput("an amount cannot be negative")
    with vault.transaction() as session:
        get_case(session, case_id)
        for name, cents in (("deductible", deductible_cents), ("out_of_pocket", out_of_pocket_cents)):
            key = _LIMITS[name].format(year=year)
            if forget:
                set_option(session, case_id, key, None)
            elif cents is not None:
                set_option(session, case_id, key, str(cents))
    return Changes(case_id=case_id, medical=True)


def _limit(session: Session, case_id: int, name: str, year: int) -> int | None:
    value = option(session, case_id, _LIMITS[name].format(year=year))
    return int(value) if value else None


@query("cost.totals")
def cost_years(vault: Vault, case_id: int, today: dt.date | None = None) -> list[CostYear]:
    """Per calendar year with costs (and this year, once a limit is entered for it), oldest first."""
    costs = list_costs(vault, case_id)
    years = {t.year: t for t in totals_by_year(cost_line(c) for c in costs)}
    this_year = (today or dt.date.today()).year
    with vault.session() as session:
        if this_year not in years and any(
            _limit(session, case_id, name, this_year) is not None for name in _LIMITS
        ):
            years[this_year] = YearTotals(this_year)
        return [
            CostYear(
                totals,
                deductible_progress(totals, _limit(session, case_id, "deductible", year)),
                out_of_pocket_progress(totals, _limit(session, case_id, "out_of_pocket", year)),
            )
            for year, totals in sorted(years.items())
        ]


CSV_COLUMNS = (
    "id", "date", "kind", "description", "provider", "amount", "allowed", "plan_paid", "deductible",
    "copay", "coinsurance", "not_covered", "patient_share", "paid_on", "document_id",
)  # fmt: skip


def costs_csv(costs: Sequence[Cost]) -> str:
    """The costs as CSV for a spreadsheet: amounts in dollars with two decimals, blank where not given."""
    import csv
    import io

    def dollars(cents: int | None) -> str:
        return "" if cents is None else f"{cents / 100:.2f}"

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cost in costs:
        line = cost_line(cost)
        writer.writerow(
            [
                cost.id,
                cost.date.isoformat(),
                cost.kind.value,
                cost.description,
                cost.provider,
                dollars(cost.amount_cents),
                dollars(cost.allowed_cents),
                dollars(cost.plan_paid_cents),
                dollars(cost.deductible_cents),
                dollars(cost.copay_cents),
                dollars(cost.coinsurance_cents),
                dollars(cost.not_covered_cents),
                dollars(patient_share(line)),
                cost.paid_on.isoformat() if cost.paid_on else "",
                "" if cost.document_id is None else cost.document_id,
            ]
        )
    return out.getvalue()


@command(
    "cost.csv", doors=("app",), reason="the CLI prints the same CSV (cost list --csv) for a shell to redirect"
)
def save_costs_csv(vault: Vault, case_id: int, destination: Path) -> Path:
    """The case's costs as a CSV file where the person chose, written whole and readable by them only."""
    data = costs_csv(list_costs(vault, case_id)).encode("utf-8")
    return write_atomically(destination, lambda handle: handle.write(data))

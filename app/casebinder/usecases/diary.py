"""The symptom diary: entries written in seconds, and the monthly figures that meet (or miss) criteria.

The rules (which symptoms a procedure tracks, how days are counted, what a missing day is) are in
:mod:`casebinder.domain.diary`; this module stores entries and reads them back for the summary, the app's
chart and the packet's table.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from casebinder.domain.diary import DiaryEntry, SymptomSummary, long_hours_for, summarize, symptoms_of
from casebinder.domain.models import SymptomEntry
from casebinder.errors import InvalidInput
from casebinder.phrases import said
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@dataclass(frozen=True)
class SymptomFields:
    day: dt.date
    symptom: str
    severity: int  # 0 (none that day) to 10
    at: dt.time | None = None
    hours: float | None = None
    stopped: str = ""
    medication: str = ""
    notes: str = ""


def _check(fields: SymptomFields, today: dt.date | None = None) -> None:
    if not fields.symptom.strip():
        raise InvalidInput("a diary entry needs the symptom (for example: headache)")
    if not 0 <= fields.severity <= 10:
        raise InvalidInput("severity goes from 0 (none that day) to 10 (the worst), not {severity}",
                           severity=fields.severity)  # fmt: skip
    if fields.hours is not None and not 0 <= fields.hours <= 24:
        raise InvalidInput("a day has 24 hours: {hours} is not a duration for one day", hours=fields.hours)
    if fields.day > (today or dt.date.today()):
        raise InvalidInput("a diary entry is for a day that has come: {day} is ahead", day=fields.day)


@command("symptom.add")
def add_symptom(vault: Vault, case_id: int, fields: SymptomFields) -> Changes:
    """Write one diary entry (several a day are fine: the summary makes them one day)."""
    _check(fields)
    with vault.transaction() as session:
        get_case(session, case_id)
        values = dict(vars(fields))
        for key in ("symptom", "stopped", "medication", "notes"):
            values[key] = str(values[key]).strip()
        values["symptom"] = values["symptom"].lower()
        row = SymptomEntry(case_id=case_id, **values)
        session.add(row)
        return Changes(case_id=case_id, diary=True, record=detached(session, row))


@command("symptom.delete")
def delete_symptom(vault: Vault, entry_id: int, *, dry_run: bool = False) -> Changes:
    with vault.transaction() as session:
        row = get(session, SymptomEntry, entry_id)
        what = said("the {symptom} entry of {day}", symptom=row.symptom, day=row.day.isoformat())
        snapshot = delete_whole(session, "symptom_entry", entry_id, what, row.case_id, dry_run=dry_run)
    return Changes(case_id=row.case_id, diary=not dry_run, undo=snapshot)


@query("symptom.list")
def list_symptoms(vault: Vault, case_id: int, symptom: str | None = None) -> list[SymptomEntry]:
    """The case's diary, newest day first (a day's entries by time)."""
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(SymptomEntry).where(col(SymptomEntry.case_id) == case_id)
        if symptom:
            query_ = query_.where(col(SymptomEntry.symptom) == symptom.strip().lower())
        order = (col(SymptomEntry.day).desc(), col(SymptomEntry.at), col(SymptomEntry.id))
        return list(session.exec(query_.order_by(*order)))


@query("symptom.summary")
def symptom_summary(
    vault: Vault,
    case_id: int,
    months: int = 6,
    symptom: str | None = None,
    today: dt.date | None = None,
) -> list[SymptomSummary]:
    """Per symptom in the diary (or only ``symptom``), the last ``months`` calendar months counted."""
    if not 1 <= months <= 60:
        raise InvalidInput("--months goes from 1 to 60, not {months}", months=months)
    today = today or dt.date.today()
    entries = [
        DiaryEntry(row.day, row.symptom, row.severity, row.hours)
        for row in list_symptoms(vault, case_id, symptom)
    ]
    names = [symptom.strip().lower()] if symptom else symptoms_of(entries)
    return [summarize(entries, name, today, months, long_hours_for(name)) for name in names]


def summary_rows(summary: SymptomSummary) -> Sequence[tuple[str, ...]]:
    """The summary as table rows (month, days counted, recorded, missing, with the symptom, long days,
    worst): the app's table, the CLI's and the packet's say the same."""
    return [
        (
            month.month,
            str(month.days),
            str(month.recorded),
            str(month.missing),
            str(month.symptom_days),
            str(month.long_days) if summary.long_hours is not None else "",
            "" if month.worst is None else str(month.worst),
        )
        for month in summary.months
    ]

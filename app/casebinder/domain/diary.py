"""The symptom diary's rules: what to track for each procedure, and the monthly figures criteria ask for.

Insurers' medical-necessity criteria count days: Botox for chronic migraine needs at least 15 headache days
a month, at least 8 of them migraine, for 3 months, headaches of 4 hours or more; an appeal is upheld when
"no headache diary or objective tracking data is present to verify" them. So the summary counts days, per
calendar month, and says how many days have no entry at all: a day not written down is *missing*, never
symptom-free (a day with no symptom is an entry of severity 0). Pure functions: no Qt, no I/O.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LONG_HOURS = 4.0  # chronic-migraine criteria count headache days lasting 4 hours or more


@dataclass(frozen=True)
class SymptomTemplate:
    """A symptom worth tracking for a procedure: the name stored with each entry, what to note, and the
    duration from which a day counts as a long one (None: duration is not what criteria count)."""

    symptom: str
    hint: str
    long_hours: float | None = None


TEMPLATES: dict[str, tuple[SymptomTemplate, ...]] = {
    "botox-migraine": (
        SymptomTemplate(
            "headache", "how many hours it lasted, what it stopped you doing, medicine taken", LONG_HOURS
        ),
    ),
    "blepharoplasty": (
        SymptomTemplate("vision blocked by eyelids", "while reading or driving; lifting the lids to see"),
    ),
    "botox-hyperhidrosis": (
        SymptomTemplate("sweating episode", "where, how long, what it ruined or stopped"),
    ),
    "botox-dystonia": (SymptomTemplate("neck spasm", "how long, the pain, what it stopped you doing"),),
    "septoplasty": (
        SymptomTemplate("blocked nasal breathing", "at night, exercising; mouth breathing, waking up"),
    ),
    "breast-reduction": (
        SymptomTemplate("back and shoulder pain", "bra-strap grooves, rashes, what it stopped you doing"),
    ),
}
GENERAL = (SymptomTemplate("pain", "where, how long, what it stopped you doing"),)


def templates_for(procedure: str) -> tuple[SymptomTemplate, ...]:
    """The symptoms to offer first for a case's procedure template id ("" or unknown: general ones)."""
    return TEMPLATES.get(procedure, GENERAL)


def long_hours_for(symptom: str) -> float | None:
    for templates in TEMPLATES.values():
        for template in templates:
            if template.symptom == symptom:
                return template.long_hours
    return None


@dataclass(frozen=True)
class DiaryEntry:
    """What the summary needs of an entry (the use case reads these from the vault)."""

    day: dt.date
    symptom: str
    severity: int  # 0 (none that day) to 10
    hours: float | None = None


@dataclass(frozen=True)
class MonthSummary:
    month: str  # "2026-11"
    days: int  # days of the month counted: all of them, or up to today in the current month
    recorded: int  # days with an entry for this symptom (severity 0 included)
    missing: int  # days with no entry: not known to be free of it
    symptom_days: int  # days it was present (severity above 0)
    long_days: int  # of those, days it lasted ``long_hours`` or more in all (0 when not counted)
    worst: int | None  # the highest severity of the month
    mean_severity: float | None  # over the symptom days, each day at its worst

    @property
    def complete(self) -> bool:
        """Every day of the calendar month is counted (it is not the month under way)."""
        year, month = (int(part) for part in self.month.split("-"))
        return self.days == (_month_end(dt.date(year, month, 1)) - dt.date(year, month, 1)).days + 1


@dataclass(frozen=True)
class SymptomSummary:
    symptom: str
    long_hours: float | None
    months: tuple[MonthSummary, ...]  # oldest first, the current month last

    def last(self, count: int) -> tuple[MonthSummary, ...]:
        return self.months[-count:]

    def months_with_at_least(self, symptom_days: int, count: int) -> int:
        """How many of the last ``count`` complete-or-current months had ``symptom_days`` or more."""
        return sum(1 for month in self.last(count) if month.symptom_days >= symptom_days)


def month_starts(today: dt.date, months: int) -> list[dt.date]:
    """The first days of the ``months`` calendar months ending with today's, oldest first."""
    starts = []
    year, month = today.year, today.month
    for _ in range(months):
        starts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _month_end(start: dt.date) -> dt.date:
    following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def summarize(
    entries: Iterable[DiaryEntry],
    symptom: str,
    today: dt.date,
    months: int = 6,
    long_hours: float | None = None,
) -> SymptomSummary:
    """Per calendar month, for ``symptom``: days counted, recorded, missing, present, long, worst, mean.

    Several entries on one day make one day: present if any has a severity above 0, at its worst
    severity, long if their hours add up to ``long_hours``. Days after ``today`` are not counted."""
    if months < 1:
        raise ValueError("months must be at least 1")
    by_day: dict[dt.date, list[DiaryEntry]] = {}
    for entry in entries:
        if entry.symptom == symptom and entry.day <= today:
            by_day.setdefault(entry.day, []).append(entry)
    summaries = []
    for start in month_starts(today, months):
        end = min(_month_end(start), today)
        days = (end - start).days + 1
        recorded = [day for day in by_day if start <= day <= end]
        present = [day for day in recorded if max(e.severity for e in by_day[day]) > 0]
        worst_each = [max(e.severity for e in by_day[day]) for day in present]
        long_days = 0
        if long_hours is not None:
            long_days = sum(1 for day in present if sum(e.hours or 0.0 for e in by_day[day]) >= long_hours)
        summaries.append(
            MonthSummary(
                month=f"{start:%Y-%m}",
                days=days,
                recorded=len(recorded),
                missing=days - len(recorded),
                symptom_days=len(present),
                long_days=long_days,
                worst=max((max(e.severity for e in by_day[day]) for day in recorded), default=None),
                mean_severity=round(sum(worst_each) / len(worst_each), 1) if worst_each else None,
            )
        )
    return SymptomSummary(symptom, long_hours, tuple(summaries))


def symptoms_of(entries: Sequence[DiaryEntry]) -> list[str]:
    """The symptoms in a diary, most often recorded first."""
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.symptom] = counts.get(entry.symptom, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name))

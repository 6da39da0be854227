"""Money as a person tracks it: estimates, bills, EOB lines and what they paid, added up per year, and how
far the year has gone toward the plan's deductible and out-of-pocket maximum.

An EOB (explanation of benefits) line says what the provider billed, what the plan allowed and paid, and the
patient's share split four ways: deductible, copay, coinsurance and not covered. The deductible counts
toward the deductible; deductible, copay and coinsurance count toward the out-of-pocket maximum; "not
covered" counts toward neither (cost sharing "does not include ... spending for non-covered services",
45 CFR 155.20; the limit on it is 45 CFR 156.130). Plans count by plan year; the totals count by calendar
year, which is the plan year of most individual and many employer plans. Amounts in cents. Pure: no I/O.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from casebinder.domain.enums import CostKind

SHARE_PARTS = ("deductible_cents", "copay_cents", "coinsurance_cents", "not_covered_cents")


@dataclass(frozen=True)
class CostLine:
    """What the totals read of a cost (the table's row, or a test's)."""

    date: dt.date
    kind: CostKind
    amount_cents: int  # an EOB line: billed; a bill: what it asks; a payment: what was paid; an estimate
    allowed_cents: int | None = None
    plan_paid_cents: int | None = None
    deductible_cents: int | None = None
    copay_cents: int | None = None
    coinsurance_cents: int | None = None
    not_covered_cents: int | None = None


def patient_share(line: CostLine) -> int | None:
    """An EOB line's share for the patient (the four parts added), or None when none is given."""
    parts = [getattr(line, name) for name in SHARE_PARTS]
    return None if all(p is None for p in parts) else sum(p or 0 for p in parts)


def problems(line: CostLine) -> list[str]:
    """Why the line cannot be right, as codes (empty when it can): "negative", "not-an-eob" (EOB figures
    on another kind of cost), "allowed-over-billed", "more-than-billed"."""
    found = []
    amounts = [line.amount_cents, line.allowed_cents, line.plan_paid_cents]
    amounts += [getattr(line, name) for name in SHARE_PARTS]
    if any(a is not None and a < 0 for a in amounts):
        found.append("negative")
    if line.kind is not CostKind.EOB:
        extra = [line.allowed_cents, line.plan_paid_cents, *(getattr(line, n) for n in SHARE_PARTS)]
        if any(a is not None for a in extra):
            found.append("not-an-eob")
        return found
    if line.allowed_cents is not None and line.allowed_cents > line.amount_cents:
        found.append("allowed-over-billed")
    accounted = (line.plan_paid_cents or 0) + (patient_share(line) or 0)
    if accounted > line.amount_cents:
        found.append("more-than-billed")
    return found


@dataclass
class YearTotals:
    """One calendar year of a case's costs."""

    year: int
    billed: int = 0  # bills and EOB lines' billed amounts
    allowed: int = 0
    plan_paid: int = 0
    deductible: int = 0
    copay: int = 0
    coinsurance: int = 0
    not_covered: int = 0
    paid: int = 0  # what the person recorded paying (receipts)
    estimates: int = 0
    lines: int = 0

    @property
    def patient_share(self) -> int:
        return self.deductible + self.copay + self.coinsurance + self.not_covered

    @property
    def toward_out_of_pocket(self) -> int:
        """What counts toward the out-of-pocket maximum: deductible, copays and coinsurance."""
        return self.deductible + self.copay + self.coinsurance


def totals_by_year(lines: Iterable[CostLine]) -> list[YearTotals]:
    """Per calendar year (by each line's date), oldest first."""
    years: dict[int, YearTotals] = {}
    for line in lines:
        year = years.setdefault(line.date.year, YearTotals(line.date.year))
        year.lines += 1
        if line.kind is CostKind.ESTIMATE:
            year.estimates += line.amount_cents
        elif line.kind is CostKind.PAID:
            year.paid += line.amount_cents
        else:
            year.billed += line.amount_cents
        if line.kind is CostKind.EOB:
            year.allowed += line.allowed_cents or 0
            year.plan_paid += line.plan_paid_cents or 0
            year.deductible += line.deductible_cents or 0
            year.copay += line.copay_cents or 0
            year.coinsurance += line.coinsurance_cents or 0
            year.not_covered += line.not_covered_cents or 0
    return [years[year] for year in sorted(years)]


@dataclass(frozen=True)
class Progress:
    """How far a year has gone toward one of the plan's limits (the person enters the limit)."""

    limit: int
    reached: int

    @property
    def left(self) -> int:
        return max(0, self.limit - self.reached)

    @property
    def fraction(self) -> float:
        return 1.0 if self.limit <= 0 else min(1.0, self.reached / self.limit)

    @property
    def met(self) -> bool:
        return self.reached >= self.limit


def deductible_progress(year: YearTotals, limit: int | None) -> Progress | None:
    return None if limit is None else Progress(limit, year.deductible)


def out_of_pocket_progress(year: YearTotals, limit: int | None) -> Progress | None:
    return None if limit is None else Progress(limit, year.toward_out_of_pocket)

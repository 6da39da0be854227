"""Costs added up as a person reads their EOBs: per year, the patient's share by part, and progress toward
the deductible and the out-of-pocket maximum."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from casebinder.domain.costs import (
    CostLine,
    deductible_progress,
    out_of_pocket_progress,
    patient_share,
    problems,
    totals_by_year,
)
from casebinder.domain.enums import CostKind

D = dt.date


def eob(day: dt.date, billed: int, **parts: int) -> CostLine:
    return CostLine(day, CostKind.EOB, billed, **parts)  # type: ignore[arg-type]


def test_an_eob_lines_share_is_its_four_parts_and_not_covered_is_outside_the_limits() -> None:
    shares = {"deductible_cents": 20_000, "copay_cents": 5_000, "coinsurance_cents": 5_000}
    line = eob(
        D(2026, 3, 1),
        100_000,
        allowed_cents=60_000,
        plan_paid_cents=30_000,
        not_covered_cents=10_000,
        **shares,
    )
    assert patient_share(line) == 40_000
    assert problems(line) == []
    [year] = totals_by_year([line])
    assert (year.billed, year.allowed, year.plan_paid, year.patient_share) == (
        100_000,
        60_000,
        30_000,
        40_000,
    )
    assert year.toward_out_of_pocket == 30_000  # not covered is not cost sharing (45 CFR 155.20)
    assert patient_share(eob(D(2026, 3, 1), 5_000)) is None  # no share given is not a share of 0


def test_years_are_counted_apart_and_receipts_and_estimates_apart_from_bills() -> None:
    lines = [
        eob(D(2025, 12, 31), 50_000, deductible_cents=50_000),
        eob(D(2026, 1, 1), 20_000, deductible_cents=15_000, copay_cents=2_500),
        CostLine(D(2026, 2, 1), CostKind.PAID, 2_500),
        CostLine(D(2026, 2, 2), CostKind.ESTIMATE, 480_000),
        CostLine(D(2026, 2, 3), CostKind.BILLED, 12_000),
    ]
    old, new = totals_by_year(lines)
    assert (old.year, old.deductible) == (2025, 50_000)
    assert (new.year, new.deductible, new.copay, new.paid, new.estimates, new.billed) == (
        2026, 15_000, 2_500, 2_500, 480_000, 32_000,
    )  # fmt: skip
    progress = deductible_progress(new, 150_000)
    assert progress is not None
    assert progress.left == 135_000
    assert not progress.met
    assert abs(progress.fraction - 0.1) < 1e-9
    oop = out_of_pocket_progress(new, 10_000)
    assert oop is not None
    assert oop.met
    assert oop.fraction == 1.0
    assert oop.left == 0
    assert deductible_progress(new, None) is None  # no limit entered: no progress to show


def test_what_cannot_be_on_an_eob_is_found() -> None:
    over = eob(D(2026, 1, 1), 1_000, plan_paid_cents=800, copay_cents=300)
    assert problems(over) == ["more-than-billed"]
    assert problems(eob(D(2026, 1, 1), 1_000, allowed_cents=1_200)) == ["allowed-over-billed"]
    assert problems(eob(D(2026, 1, 1), 1_000, copay_cents=-1)) == ["negative"]
    receipt = CostLine(D(2026, 1, 1), CostKind.PAID, 1_000, copay_cents=1_000)
    assert problems(receipt) == ["not-an-eob"]


@given(
    st.lists(st.tuples(st.integers(2024, 2027), st.integers(0, 10**7), st.integers(0, 10**6)), max_size=40)
)
def test_the_years_add_up_to_the_lines(items: list[tuple[int, int, int]]) -> None:
    lines = [eob(D(year, 6, 1), billed + share, deductible_cents=share) for year, billed, share in items]
    years = totals_by_year(lines)
    assert sum(y.billed for y in years) == sum(line.amount_cents for line in lines)
    assert sum(y.deductible for y in years) == sum(share for _y, _b, share in items)
    assert [y.year for y in years] == sorted({year for year, _b, _s in items})

"""Federal holidays are computed, never listed per year; month arithmetic follows the external-review rule."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebinder.domain.dates import (
    add_months_first_of_next,
    federal_holidays,
    is_business_day,
    next_business_day,
)

D = dt.date


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (
            2026,
            {
                D(2026, 1, 1),
                D(2026, 1, 19),
                D(2026, 2, 16),
                D(2026, 5, 25),
                D(2026, 6, 19),
                D(2026, 7, 3),
                D(2026, 9, 7),
                D(2026, 10, 12),
                D(2026, 11, 11),
                D(2026, 11, 26),
                D(2026, 12, 25),
            },
        ),
        # 2027: Juneteenth and Independence Day fall on weekends, Christmas on a Saturday, and New Year's Day
        # 2028 (a Saturday) is observed on Friday Dec 31, 2027
        (
            2027,
            {
                D(2027, 1, 1),
                D(2027, 1, 18),
                D(2027, 2, 15),
                D(2027, 5, 31),
                D(2027, 6, 18),
                D(2027, 7, 5),
                D(2027, 9, 6),
                D(2027, 10, 11),
                D(2027, 11, 11),
                D(2027, 11, 25),
                D(2027, 12, 24),
                D(2027, 12, 31),
            },
        ),
        (
            2020,
            {
                D(2020, 1, 1),
                D(2020, 1, 20),
                D(2020, 2, 17),
                D(2020, 5, 25),
                D(2020, 7, 3),
                D(2020, 9, 7),
                D(2020, 10, 12),
                D(2020, 11, 11),
                D(2020, 11, 26),
                D(2020, 12, 25),
            },
        ),  # before Juneteenth
    ],
)
def test_federal_holidays(year: int, expected: set[dt.date]) -> None:
    assert set(federal_holidays(year)) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 1, 15), 4, D(2026, 5, 15)),
        (D(2026, 10, 31), 4, D(2027, 3, 1)),  # "Feb 31" does not exist: first day of the fifth month
        (D(2027, 10, 30), 4, D(2028, 3, 1)),  # "Feb 30" in a leap year
        (D(2027, 10, 29), 4, D(2028, 2, 29)),  # leap day exists
        (D(2026, 10, 29), 4, D(2027, 3, 1)),  # 2027 is not a leap year
        (D(2026, 5, 31), 4, D(2026, 10, 1)),  # "Sep 31"
        (D(2026, 11, 30), 4, D(2027, 3, 30)),
        (D(2026, 8, 31), 4, D(2026, 12, 31)),
    ],
)
def test_add_months_first_of_next(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months_first_of_next(start, months) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 7, 3), D(2026, 7, 6)),  # observed Independence Day (Friday) -> Monday
        (D(2026, 7, 4), D(2026, 7, 6)),  # Saturday
        (D(2026, 11, 26), D(2026, 11, 27)),  # Thanksgiving -> Friday
        (D(2027, 12, 24), D(2027, 12, 27)),  # observed Christmas (Friday) -> Monday
        (D(2027, 12, 31), D(2028, 1, 3)),  # observed New Year's Day 2028 -> Monday
        (D(2026, 3, 10), D(2026, 3, 10)),  # an ordinary Tuesday
    ],
)
def test_next_business_day(day: dt.date, expected: dt.date) -> None:
    assert next_business_day(day) == expected


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)), st.integers(min_value=1, max_value=24))
def test_month_arithmetic_properties(start: dt.date, months: int) -> None:
    result = add_months_first_of_next(start, months)
    target_month = (start.month - 1 + months) % 12 + 1
    if result.day == start.day:
        assert result.month == target_month
    else:  # the day did not exist: the first of the following month
        assert result.day == 1
        assert result.month == target_month % 12 + 1
        assert start.day > 28
    assert next_business_day(result) >= result
    assert is_business_day(next_business_day(result))

"""Calendar arithmetic the appeal rules need: months, business days, and U.S. federal holidays.

Holidays are computed from their statutory definitions (5 U.S.C. 6103), never listed per year, so every
year works. Observed dates follow the same statute's rule for most federal workers: a holiday on a Saturday is
observed the Friday before, on a Sunday the Monday after.
"""

import calendar
import datetime as dt
from functools import cache


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ``weekday`` (Monday=0) of a month; n = -1 for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: dt.date) -> dt.date:
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


@cache
def federal_holidays(year: int) -> dict[dt.date, str]:
    """Observed federal holidays of ``year`` (5 U.S.C. 6103(a)), by date."""
    monday, thursday = 0, 3
    holidays = {
        _observed(dt.date(year, 1, 1)): "New Year's Day",
        _nth_weekday(year, 1, monday, 3): "Birthday of Martin Luther King, Jr.",
        _nth_weekday(year, 2, monday, 3): "Washington's Birthday",
        _nth_weekday(year, 5, monday, -1): "Memorial Day",
        _observed(dt.date(year, 7, 4)): "Independence Day",
        _nth_weekday(year, 9, monday, 1): "Labor Day",
        _nth_weekday(year, 10, monday, 2): "Columbus Day",
        _observed(dt.date(year, 11, 11)): "Veterans Day",
        _nth_weekday(year, 11, thursday, 4): "Thanksgiving Day",
        _observed(dt.date(year, 12, 25)): "Christmas Day",
    }
    if year >= 2021:  # Juneteenth National Independence Day Act, 2021
        holidays[_observed(dt.date(year, 6, 19))] = "Juneteenth National Independence Day"
    # New Year's Day of the next year can be observed on Dec 31 of this one
    next_new_year = _observed(dt.date(year + 1, 1, 1))
    if next_new_year.year == year:
        holidays[next_new_year] = "New Year's Day (observed)"
    return holidays


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a business day, else the next one."""
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def add_months_first_of_next(day: dt.date, months: int) -> dt.date:
    """``months`` calendar months later; when that date does not exist (Oct 31 + 4 -> Feb 31), the first day
    of the month after (the federal external-review rule: "the first day of the fifth month")."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if day.day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, day.day)
    return dt.date(year + (month == 12), month % 12 + 1, 1)


def add_business_days(day: dt.date, count: int) -> dt.date:
    """The ``count``-th business day after ``day`` (the day itself is not counted)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day

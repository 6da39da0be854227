"""The diary's monthly figures: days counted per calendar month, several entries a day as one, missing days
as missing (never as free of the symptom), and the month ends (30, 31, February, a leap year, New Year)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebinder.domain.diary import DiaryEntry, month_starts, summarize, templates_for

D = dt.date


def test_months_end_where_the_calendar_says_and_the_current_one_at_today() -> None:
    summary = summarize([], "headache", today=D(2024, 3, 10), months=4)
    assert [(m.month, m.days) for m in summary.months] == [
        ("2023-12", 31),
        ("2024-01", 31),
        ("2024-02", 29),  # a leap year
        ("2024-03", 10),  # up to today
    ]
    assert all(m.missing == m.days and m.recorded == 0 and m.worst is None for m in summary.months)
    assert [m.month for m in summarize([], "x", D(2025, 3, 1), 2).months] == ["2025-02", "2025-03"]
    assert summarize([], "x", D(2025, 3, 1), 2).months[0].days == 28


def test_a_day_not_written_down_is_missing_and_a_day_of_severity_zero_is_free_of_it() -> None:
    entries = [
        DiaryEntry(D(2026, 11, 1), "headache", 0),  # written down: none that day
        DiaryEntry(D(2026, 11, 2), "headache", 6, 5.0),
        DiaryEntry(D(2026, 11, 3), "neck spasm", 4),  # another symptom: not a headache entry
    ]
    [november] = summarize(entries, "headache", D(2026, 11, 30), months=1, long_hours=4.0).months
    assert (november.days, november.recorded, november.missing) == (30, 2, 28)
    assert (november.symptom_days, november.long_days, november.worst) == (1, 1, 6)


def test_several_entries_a_day_make_one_day_at_its_worst_and_their_hours_add_up() -> None:
    entries = [
        DiaryEntry(D(2026, 1, 31), "headache", 3, 2.0),
        DiaryEntry(D(2026, 1, 31), "headache", 8, 2.5),  # 4.5 h in all: a long day
        DiaryEntry(D(2026, 2, 1), "headache", 5, 3.0),  # across the month's end: February's
        DiaryEntry(D(2026, 2, 1), "headache", 0),
    ]
    january, february = summarize(entries, "headache", D(2026, 2, 28), 2, long_hours=4.0).months
    assert (january.recorded, january.symptom_days, january.long_days) == (1, 1, 1)
    assert (january.worst, january.mean_severity) == (8, 8.0)
    assert (february.recorded, february.symptom_days, february.long_days) == (1, 1, 0)


def test_entries_after_today_and_before_the_window_are_not_counted() -> None:
    entries = [DiaryEntry(D(2026, 12, 5), "headache", 9), DiaryEntry(D(2026, 5, 31), "headache", 9)]
    summary = summarize(entries, "headache", D(2026, 12, 2), months=6)
    assert summary.months[0].month == "2026-07"
    assert sum(m.recorded for m in summary.months) == 0


def test_months_with_enough_days_answer_a_criterion() -> None:
    """Chronic migraine: at least 15 headache days a month for 3 months."""
    entries = [DiaryEntry(D(2026, m, d), "headache", 6, 4.0) for m in (9, 10, 11) for d in range(1, 16)]
    summary = summarize(entries, "headache", D(2026, 11, 30), 3, long_hours=4.0)
    assert summary.months_with_at_least(15, 3) == 3
    assert [m.long_days for m in summary.months] == [15, 15, 15]
    assert summarize(entries[:-1], "headache", D(2026, 11, 30), 3).months_with_at_least(15, 3) == 2


@given(
    today=st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)),
    months=st.integers(min_value=1, max_value=24),
    offsets=st.lists(st.integers(min_value=0, max_value=800), max_size=40),
)
def test_every_day_of_the_window_is_counted_once(today: dt.date, months: int, offsets: list[int]) -> None:
    entries = [DiaryEntry(today - dt.timedelta(days=n), "pain", n % 11) for n in offsets]
    summary = summarize(entries, "pain", today, months)
    first = month_starts(today, months)[0]
    assert sum(m.days for m in summary.months) == (today - first).days + 1
    inside = {e.day for e in entries if e.day >= first}
    assert sum(m.recorded for m in summary.months) == len(inside)
    assert all(m.recorded + m.missing == m.days for m in summary.months)


def test_a_procedure_offers_its_own_symptom_first() -> None:
    assert templates_for("botox-migraine")[0].symptom == "headache"
    assert templates_for("botox-migraine")[0].long_hours == 4.0
    assert templates_for("")[0].symptom == "pain"
    with pytest.raises(ValueError, match="at least 1"):
        summarize([], "pain", D(2026, 1, 1), 0)


def test_a_month_under_way_does_not_fail_a_criterion_it_cannot_have_met_yet() -> None:
    from casebinder.domain.criteria import DiaryRule

    # 15 headache days in each of August, September and October; on 2 November only 2 days have passed
    entries = [
        DiaryEntry(D(2026, month, day), "headache", 6, 4.0) for month in (8, 9, 10) for day in range(1, 16)
    ] + [DiaryEntry(D(2026, 11, 1), "headache", 5, 5.0)]
    rule = DiaryRule("headache", months=3, days=15)
    summary = summarize(entries, "headache", today=D(2026, 11, 2), months=6, long_hours=4)
    assert not summary.months[-1].complete
    assert summary.months[-2].complete
    met, said = rule.met_by(summary)
    assert met, said  # August to October, the three complete months
    # a month under way that already meets the rule counts: the last three are then September to November
    more = entries + [DiaryEntry(D(2026, 11, day), "headache", 6, 4.0) for day in range(2, 16)]
    met, said = rule.met_by(summarize(more, "headache", today=D(2026, 11, 20), months=6, long_hours=4))
    assert met, said
    # a complete month short of it fails the rule, whatever today is
    fewer = [e for e in entries if not (e.day.month == 9 and e.day.day > 10)]
    assert not rule.met_by(summarize(fewer, "headache", today=D(2026, 11, 2), months=6, long_hours=4))[0]

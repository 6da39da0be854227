"""Every appeal rule, table-driven, with both of a notice's dates: which milestone triggers it, which date it
counts from, its due date, and where it comes from; then the calendar edges (month-ends, leap days, weekends,
observed holidays) and the choices the law leaves open."""

import copy
import datetime as dt
import json

import pytest

from casebinder.domain.rules import (
    Deadline,
    Milestone,
    Rule,
    RulebookError,
    compute_deadlines,
    parse_rulebook,
)
from casebinder.resources import resource

DATA = json.loads(resource("rules", "appeals.json").read_text(encoding="utf-8"))
STATES = json.loads(resource("rules", "states.json").read_text(encoding="utf-8"))
BOOK = parse_rulebook(DATA, STATES)
NOW = dt.datetime(2024, 1, 1)  # before every trigger below: all deadlines open

# The standard trigger: a notice dated Monday 2026-03-02 that arrived (or was sent) a week later at 10:30.
DATED, RECEIVED = dt.date(2026, 3, 2), dt.datetime(2026, 3, 9, 10, 30)
# Rules replaced by newer figures are tested on a trigger from their own years.
EARLIER = {
    "ma.org-determination.decide": (dt.date(2025, 3, 3), dt.datetime(2025, 3, 10, 10, 30)),
    "ma.reconsideration.file.before-2025": (dt.date(2024, 3, 4), dt.datetime(2024, 3, 11, 10, 30)),
}

# rule id -> its due date for the trigger above, worked out by hand from the regulation (not by the code)
EXPECTED = {
    "commercial.prior-auth.decide.urgent": "2026-03-12T10:30",  # 72 h from the request
    "commercial.prior-auth.incomplete.urgent": "2026-03-10T10:30",
    "commercial.information.file.urgent": "2026-03-11T10:30",  # 48 h from receipt of the request
    "commercial.information.decide.urgent": "2026-03-11T10:30",
    "commercial.concurrent-care.decide.urgent": "2026-03-10T10:30",
    "commercial.concurrent-care.decide": "2026-03-24",
    "commercial.prior-auth.decide": "2026-03-24",
    "commercial.claim.decide": "2026-04-08",
    "commercial.internal-appeal.file": "2026-09-05",  # 180 days from receipt
    "commercial.internal-appeal-2.file": "2026-05-08",
    "commercial.appeal.decide.urgent": "2026-03-12T10:30",
    "commercial.external-review.expedited-with-appeal": "2026-03-12T10:30",
    "commercial.appeal.decide.pre": "2026-04-08",
    "commercial.appeal.decide.pre.two-levels": "2026-03-24",
    "commercial.appeal.decide.post": "2026-05-08",
    "commercial.appeal.decide.post.two-levels": "2026-04-08",
    "commercial.external-review.file": "2026-07-09",  # four months from receipt, a Thursday
    "commercial.external-review.preliminary": "2026-03-16",  # 5 business days
    "commercial.external-review.preliminary-notice": "2026-03-17",
    "commercial.external-review.decide": "2026-04-23",
    "commercial.external-review.decide.urgent": "2026-03-12T10:30",
    "medicare.redetermination.file": "2026-07-05",  # 120 days from presumed receipt 03-07 (a Sunday: kept)
    "medicare.redetermination.decide": "2026-05-08",
    "medicare.reconsideration.file": "2026-09-03",  # 180 days from presumed receipt
    "medicare.reconsideration.decide": "2026-05-08",
    "medicare.alj.file": "2026-05-06",
    "medicare.alj.decide": "2026-06-07",
    "medicare.council.file": "2026-05-06",
    "medicare.council.decide": "2026-06-07",
    "medicare.court.file": "2026-05-06",
    "ma.org-determination.decide": "2025-03-24",  # 14 days, before 2026
    "ma.org-determination.decide.2026": "2026-03-16",  # 7 days from 2026
    "ma.org-determination.decide.urgent": "2026-03-12T10:30",
    "ma.org-determination.decide.drug": "2026-03-12T10:30",
    "ma.org-determination.decide.drug.urgent": "2026-03-10T10:30",
    "ma.org-determination.payment": "2026-05-08",
    "ma.reconsideration.file.before-2025": "2024-05-10",  # 60 days from receipt
    "ma.reconsideration.file": "2026-05-06",  # 65 days from the date ON the notice
    "ma.reconsideration.decide.urgent": "2026-03-12T10:30",
    "ma.reconsideration.decide.pre": "2026-04-08",
    "ma.reconsideration.decide.post": "2026-05-08",
    "ma.reconsideration.decide.drug": "2026-03-16",
    "ma.alj.file": "2026-05-06",
    "part-d.coverage.decide": "2026-03-12T10:30",
    "part-d.coverage.decide.urgent": "2026-03-10T10:30",
    "part-d.payment.decide": "2026-03-23",
    "part-d.redetermination.file": "2026-05-01",  # 60 days from the date on the notice
    "part-d.redetermination.decide": "2026-03-16",
    "part-d.redetermination.decide.payment": "2026-03-23",
    "part-d.redetermination.decide.urgent": "2026-03-12T10:30",
    "part-d.ire.file": "2026-05-01",
    "part-d.ire.decide": "2026-03-16",
    "part-d.ire.decide.payment": "2026-03-23",
    "part-d.ire.decide.urgent": "2026-03-12T10:30",
    "part-d.alj.file": "2026-05-06",
    "part-d.alj.decide": "2026-06-07",
    "part-d.alj.decide.urgent": "2026-03-19",
    "part-d.council.file": "2026-05-06",
    "part-d.council.decide": "2026-06-07",
    "part-d.court.file": "2026-05-06",
    "medicaid.appeal.file": "2026-05-01",  # 60 days from the date on the notice
    "medicaid.continuation.file": "2026-03-12",  # 10 days from the notice (no later effective date)
    "medicaid.appeal.decide": "2026-04-08",
    "medicaid.appeal.decide.urgent": "2026-03-12T10:30",
    "medicaid.fair-hearing.file": "2026-05-31",  # 90 days (no State recorded) from the notice
}
WHICH = {"notice": "notice", "receipt": "receipt", "presumed-receipt": "presumed-receipt", "event": "event"}


def T(day: str, time: str = "00:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}")


def trigger_for(
    rule: Rule, dated: dt.date = DATED, received: dt.datetime = RECEIVED
) -> tuple[str, Milestone]:
    """A plan type and a milestone that meet exactly the rule's conditions."""
    ladder = BOOK.ladders[rule.ladder]
    levels = rule.levels or 1
    stage = rule.at[0] if rule.at else ladder.first_stage
    if rule.final_internal:
        stage = f"internal-appeal-{levels}"
    milestone = Milestone(
        rule.on,
        received,
        stage,
        urgent=bool(rule.urgent),
        service=rule.service,
        outcome=rule.outcome,
        id=1,
        dated=dated,
    )
    return ("employer-self-funded" if levels == 2 else ladder.plans[0]), milestone


def deadline(rule_id: str, milestones: list[Milestone], plan: str, levels: int = 1) -> Deadline:
    found = [d for d in compute_deadlines(BOOK, plan, milestones, NOW, levels) if d.rule.id == rule_id]
    assert len(found) == 1, [d.rule.id for d in compute_deadlines(BOOK, plan, milestones, NOW, levels)]
    return found[0]


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda r: r.id)
def test_rule_with_both_dates(rule: Rule) -> None:
    dated, received = EARLIER.get(rule.id, (DATED, RECEIVED))
    plan, milestone = trigger_for(rule, dated, received)
    d = deadline(rule.id, [milestone], plan, rule.levels or 1)
    expected = EXPECTED[rule.id]
    assert d.due == (T(expected) if "T" not in expected else dt.datetime.fromisoformat(expected))
    assert d.all_day == ("T" not in expected)
    assert d.counted_from.which == WHICH[rule.counts_from]
    assert d.basis.startswith(d.period.describe() + " from ")


def test_every_rule_has_a_row_and_no_row_is_stale() -> None:
    assert set(EXPECTED) == {r.id for r in BOOK.rules}


def test_every_rule_has_a_source_an_effective_date_and_a_plain_line() -> None:
    for rule in BOOK.rules:
        assert any(ch.isdigit() for ch in rule.source), rule.id
        assert rule.effective <= dt.date(2026, 12, 1), rule.id
        assert rule.plain.strip().endswith("."), rule.id
    for ladder in BOOK.ladders.values():
        assert ladder.overdue_source, ladder.id
        assert ladder.decided_late, ladder.id


# --- which date a rule counts from ---------------------------------------------------------------------
def test_a_rule_counting_from_receipt_uses_the_notice_date_when_receipt_is_unknown() -> None:
    only_dated = Milestone(
        "denial-received", T("2026-03-02"), "claim", dated=dt.date(2026, 3, 2), at_known=False
    )
    d = deadline("commercial.internal-appeal.file", [only_dated], "aca-individual")
    assert d.due == T("2026-08-29")
    assert d.counted_from.which == "notice"
    assert "earlier, safe date" in d.explanation


def test_a_rule_counting_from_the_notice_says_so_when_only_receipt_is_known() -> None:
    only_received = Milestone("denial-received", T("2026-03-09"), "organization-determination")
    d = deadline("ma.reconsideration.file", [only_received], "medicare-advantage")
    assert d.due == T("2026-05-13")
    assert d.counted_from.which == "receipt"
    assert "later than the law counts" in d.explanation


@pytest.mark.parametrize(
    ("dated", "received", "which", "due"),
    [
        ("2026-03-02", None, "presumed-receipt", "2026-07-05"),  # presumed 03-07
        ("2026-03-02", "2026-03-04", "receipt", "2026-07-02"),  # it arrived earlier: that day counts
        ("2026-03-02", "2026-03-20", "presumed-receipt", "2026-07-05"),  # later needs proof: presumption
        (None, "2026-03-20", "receipt", "2026-07-18"),
    ],
)
def test_medicare_presumes_receipt_five_days_after_the_notice(
    dated: str | None, received: str | None, which: str, due: str
) -> None:
    milestone = Milestone(
        "denial-received",
        T(received or dated or ""),
        "initial-determination",
        dated=dt.date.fromisoformat(dated) if dated else None,
        at_known=received is not None,
    )
    d = deadline("medicare.redetermination.file", [milestone], "medicare")
    assert (d.counted_from.which, d.due) == (which, T(due))


def test_an_hour_clock_without_a_time_starts_at_the_beginning_of_the_day() -> None:
    request = Milestone("prior-auth-requested", T("2026-03-02"), "pre-authorization", urgent=True)
    d = deadline("commercial.prior-auth.decide.urgent", [request], "employer-insured")
    assert d.due == T("2026-03-05")
    assert "beginning of that day" in d.explanation


# --- calendar edges ----------------------------------------------------------------------------------------
def final_denial(received: str) -> Milestone:
    return Milestone("decision-received", T(received), "internal-appeal-1", outcome="upheld")


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-10-31", "2027-03-01"),  # Feb 31 does not exist: the first day of the fifth month
        ("2027-10-31", "2028-03-01"),  # ... in a leap year too (Feb 29 exists, Feb 31 does not)
        ("2027-10-29", "2028-02-29"),  # the leap day itself exists, a Tuesday
        ("2026-02-28", "2026-06-29"),  # June 28 is a Sunday: the Monday after
        ("2026-03-03", "2026-07-06"),  # July 3 is Independence Day observed (the 4th is a Saturday)
        ("2026-07-11", "2026-11-12"),  # November 11, Veterans Day, a Wednesday: the next day
    ],
)
def test_external_review_four_months_month_ends_weekends_and_holidays(received: str, due: str) -> None:
    d = deadline("commercial.external-review.file", [final_denial(received)], "aca-individual")
    assert d.due == T(due)


def test_business_days_skip_weekends_and_observed_holidays() -> None:
    request = Milestone("external-review-requested", T("2026-05-22"), "external-review")  # Friday
    d = deadline("commercial.external-review.preliminary", [request], "aca-individual")
    assert d.due == T("2026-06-01")  # Memorial Day (05-25) is not counted


@pytest.mark.parametrize(("dated", "due"), [("2028-01-01", "2028-03-01"), ("2027-01-01", "2027-03-02")])
def test_day_counts_across_a_leap_day(dated: str, due: str) -> None:
    notice = Milestone(
        "denial-received", T(dated), "initial-determination", dated=dt.date.fromisoformat(dated)
    )
    assert deadline("medicaid.appeal.file", [notice], "medicaid").due == T(due)


def test_medicare_deadlines_on_a_weekend_are_not_moved_later() -> None:
    notice = Milestone(
        "denial-received", T("2026-03-02"), "initial-determination", dated=dt.date(2026, 3, 2), at_known=False
    )
    d = deadline("medicare.redetermination.file", [notice], "medicare")
    assert d.due == T("2026-07-05")
    assert d.due.weekday() == 6
    assert "not moved later" in d.rule.note


# --- what the law leaves open ------------------------------------------------------------------------------
def test_medicaid_fair_hearing_uses_the_states_figure_only_where_it_is_known() -> None:
    states = copy.deepcopy(STATES)
    states["values"]["medicaid_fair_hearing_days"]["states"] = {"CA": {"value": 120, "source": "test data"}}
    book = parse_rulebook(DATA, states)
    resolution = Milestone("decision-received", T("2026-03-09"), "plan-appeal", outcome="upheld", dated=DATED)
    known = compute_deadlines(book, "medicaid", [resolution], NOW, state="CA")[0]
    unknown = compute_deadlines(book, "medicaid", [resolution], NOW, state="NV")[0]
    none = compute_deadlines(book, "medicaid", [resolution], NOW)[0]
    assert known.due == T("2026-06-30")
    assert "CA sets 120 days (test data)" in known.explanation
    assert unknown.due == T("2026-05-31")
    assert "for NV, the most cautious" in unknown.explanation
    assert none.due == T("2026-05-31")
    assert "no State recorded" in none.explanation


def test_a_state_figure_outside_the_federal_range_is_refused() -> None:
    states = copy.deepcopy(STATES)
    states["values"]["medicaid_fair_hearing_days"]["states"] = {"TX": {"value": 150, "source": "x"}}
    with pytest.raises(RulebookError, match="outside what the law allows"):
        parse_rulebook(DATA, states)


def test_continuation_of_benefits_runs_to_the_effective_date_when_that_is_later() -> None:
    notice = Milestone(
        "denial-received",
        T("2026-03-09"),
        "initial-determination",
        dated=DATED,
        takes_effect=dt.date(2026, 3, 20),
    )
    d = deadline("medicaid.continuation.file", [notice], "medicaid")
    assert d.due == T("2026-03-20")


def test_a_timely_extension_notice_moves_the_plans_deadline_and_a_late_one_does_not() -> None:
    request = Milestone("prior-auth-requested", T("2026-03-02"), "pre-authorization")
    in_time = Milestone("extension-notice", T("2026-03-10"), "pre-authorization")
    late = Milestone("extension-notice", T("2026-03-20"), "pre-authorization")
    d = deadline("commercial.prior-auth.decide", [request, in_time], "employer-insured")
    assert d.due == T("2026-04-01")
    assert "Extended by 15 days" in d.explanation
    d = deadline("commercial.prior-auth.decide", [request, late], "employer-insured")
    assert d.due == T("2026-03-17")
    assert "does not extend it" in d.explanation


def test_the_2026_prior_authorization_clock_applies_from_2026() -> None:
    ids = {
        day: {d.rule.id for d in compute_deadlines(BOOK, "medicare-advantage", [m], NOW)}
        for day, m in (
            (day, Milestone("prior-auth-requested", T(day), "organization-determination"))
            for day in ("2025-12-31", "2026-01-01")
        )
    }
    assert ids == {
        "2025-12-31": {"ma.org-determination.decide"},
        "2026-01-01": {"ma.org-determination.decide.2026"},
    }


# --- statuses ----------------------------------------------------------------------------------------------
def test_statuses_met_missed_overdue_and_decided_late() -> None:
    denial = Milestone("denial-received", T("2026-03-02"), "claim")
    appeal = Milestone("appeal-submitted", T("2026-04-01"), "internal-appeal-1", service="pre")
    late = dt.datetime(2026, 6, 1)
    states = {d.rule.id: d.status for d in compute_deadlines(BOOK, "aca-individual", [denial, appeal], late)}
    assert states == {"commercial.appeal.decide.pre": "overdue", "commercial.internal-appeal.file": "met"}
    on_time = Milestone("decision-received", T("2026-05-01"), "internal-appeal-1", outcome="overturned")
    after = Milestone("decision-received", T("2026-05-02"), "internal-appeal-1", outcome="overturned")
    for decision, status in ((on_time, "met"), (after, "decided-late")):
        found = {
            d.rule.id: d for d in compute_deadlines(BOOK, "aca-individual", [denial, appeal, decision], late)
        }
        assert found["commercial.appeal.decide.pre"].status == status
        assert found["commercial.appeal.decide.pre"].closed_by == decision
    missed = compute_deadlines(BOOK, "aca-individual", [denial], dt.datetime(2026, 12, 1))
    assert [d.status for d in missed] == ["missed"]
    appeal_late = Milestone("appeal-submitted", T("2026-09-01"), "internal-appeal-1", service="pre")
    found = {
        d.rule.id: d.status for d in compute_deadlines(BOOK, "aca-individual", [denial, appeal_late], late)
    }
    assert found["commercial.internal-appeal.file"] == "filed-late"


def test_an_optional_step_passes_instead_of_being_missed() -> None:
    urgent = Milestone("appeal-submitted", T("2026-03-02", "10:00"), "internal-appeal-1", urgent=True)
    found = {d.rule.id: d for d in compute_deadlines(BOOK, "aca-individual", [urgent], T("2026-03-06"))}
    assert found["commercial.external-review.expedited-with-appeal"].status == "passed"
    requested = Milestone(
        "external-review-requested", T("2026-03-02", "11:00"), "external-review", urgent=True
    )
    found = {
        d.rule.id: d for d in compute_deadlines(BOOK, "aca-individual", [urgent, requested], T("2026-03-06"))
    }
    assert found["commercial.external-review.expedited-with-appeal"].status == "met"


def test_individual_market_has_one_internal_level_erisa_two() -> None:
    final_one = [Milestone("decision-received", T("2026-06-10"), "internal-appeal-1", outcome="upheld")]
    ids = {d.rule.id for d in compute_deadlines(BOOK, "aca-individual", final_one, NOW, 1)}
    assert ids == {"commercial.external-review.file"}, "one level: the first upheld decision is final"
    ids = {d.rule.id for d in compute_deadlines(BOOK, "employer-self-funded", final_one, NOW, 2)}
    assert ids == {"commercial.internal-appeal-2.file"}, "two levels: the first upheld decision is not final"
    assert BOOK.ladders["commercial"].max_internal_levels["aca-individual"] == 1


def test_part_d_is_its_own_ladder() -> None:
    ladder = BOOK.ladder_for("medicare-part-d")
    assert ladder.id == "part-d"
    assert [s.id for s in ladder.stages][:3] == [
        "coverage-determination",
        "redetermination",
        "independent-review",
    ]


# --- the data is checked -----------------------------------------------------------------------------------
def test_invalid_data_is_refused_with_every_problem() -> None:
    bad = copy.deepcopy(DATA)
    bad["rules"][0]["source"] = " "
    bad["rules"][1]["stage"] = "nowhere"
    bad["rules"][2]["on"] = "asked-nicely"
    bad["rules"][3]["counts_from"] = "whenever"
    bad["rules"][4]["plain"] = ""
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(bad, STATES)
    message = str(caught.value)
    assert "no source" in message
    assert "unknown stage 'nowhere'" in message
    assert "unknown milestone" in message
    assert "counts_from must be one of" in message
    assert "no plain-language line" in message


def test_a_state_default_must_be_the_cautious_end() -> None:
    states = copy.deepcopy(STATES)
    states["values"]["medicaid_fair_hearing_days"]["default"] = 120
    with pytest.raises(RulebookError, match="most cautious"):
        parse_rulebook(DATA, states)


def test_other_plan_types_fall_back_to_the_commercial_ladder() -> None:
    assert BOOK.ladder_for("other").id == "commercial"
    assert BOOK.ladder_for("medicaid").first_stage == "initial-determination"


def test_an_unknown_plan_type_never_gives_a_later_filing_date_than_any_plan() -> None:
    """ "I don't know": the private ladder, each filing deadline at most the shortest of any plan."""
    from casebinder.domain.rules import CAUTIOUS_FILING_NOTE

    book = BOOK
    denial = Milestone("denial-received", T("2026-03-02"), "claim")
    now = dt.datetime(2026, 3, 3)
    unknown = {d.rule.id: d for d in compute_deadlines(book, "unknown", [denial], now)}
    known = {d.rule.id: d for d in compute_deadlines(book, "aca-individual", [denial], now)}
    appeal = unknown["commercial.internal-appeal.file"]
    assert appeal.due.date() == dt.date(2026, 5, 1), "60 days, not the private plans' 180"
    assert known["commercial.internal-appeal.file"].due > appeal.due
    assert str(CAUTIOUS_FILING_NOTE) in appeal.explanation, "the deadline says why"
    assert str(CAUTIOUS_FILING_NOTE) not in known["commercial.internal-appeal.file"].explanation
    received_later = Milestone("denial-received", T("2026-03-09"), "claim", dated=dt.date(2026, 3, 2))
    [late] = [
        d
        for d in compute_deadlines(book, "unknown", [received_later], now)
        if d.rule.id == "commercial.internal-appeal.file"
    ]
    assert late.due.date() == dt.date(2026, 5, 1), "counted from the notice's date, the earlier start"

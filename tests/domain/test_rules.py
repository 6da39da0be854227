"""Every appeal rule, table-driven: which milestone triggers it, its due date, and where it comes from."""

import copy
import datetime as dt
import json

import pytest

from casebinder.domain.rules import Milestone, RulebookError, compute_deadlines, parse_rulebook
from casebinder.resources import resource

DATA = json.loads(resource("rules", "appeals.json").read_text(encoding="utf-8"))
BOOK = parse_rulebook(DATA)
NOW = dt.datetime(2026, 1, 1)  # before every trigger below: all deadlines open


def T(day: str, time: str = "00:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}")


def due_of(plan: str, milestones: list[Milestone], rule_id: str, levels: int = 1) -> dt.datetime:
    found = [d for d in compute_deadlines(BOOK, plan, milestones, NOW, levels) if d.rule.id == rule_id]
    assert len(found) == 1, [d.rule.id for d in compute_deadlines(BOOK, plan, milestones, NOW, levels)]
    return found[0].due


CASES = [
    # (plan, milestones, levels, rule id, expected due)
    (
        "aca-individual",
        [Milestone("denial-received", T("2026-03-02"), "claim")],
        1,
        "commercial.internal-appeal.file",
        T("2026-08-29"),
    ),
    (
        "employer-self-funded",
        [Milestone("denial-received", T("2026-03-02"), "pre-authorization")],
        2,
        "commercial.internal-appeal.file",
        T("2026-08-29"),
    ),
    (
        "employer-insured",
        [Milestone("prior-auth-requested", T("2026-03-02", "09:30"), "pre-authorization", urgent=True)],
        1,
        "commercial.prior-auth.decide.urgent",
        T("2026-03-05", "09:30"),
    ),
    (
        "employer-insured",
        [Milestone("prior-auth-requested", T("2026-03-02"), "pre-authorization")],
        1,
        "commercial.prior-auth.decide",
        T("2026-03-17"),
    ),
    (
        "employer-insured",
        [Milestone("claim-submitted", T("2026-03-02"), "claim")],
        1,
        "commercial.claim.decide",
        T("2026-04-01"),
    ),
    (
        "aca-individual",
        [Milestone("appeal-submitted", T("2026-04-01"), "internal-appeal-1", service="pre")],
        1,
        "commercial.appeal.decide.pre",
        T("2026-05-01"),
    ),
    (
        "aca-individual",
        [Milestone("appeal-submitted", T("2026-04-01"), "internal-appeal-1", service="post")],
        1,
        "commercial.appeal.decide.post",
        T("2026-05-31"),
    ),
    (
        "employer-self-funded",
        [Milestone("appeal-submitted", T("2026-04-01"), "internal-appeal-1", service="pre")],
        2,
        "commercial.appeal.decide.pre.two-levels",
        T("2026-04-16"),
    ),
    (
        "employer-self-funded",
        [Milestone("appeal-submitted", T("2026-04-01"), "internal-appeal-2", service="post")],
        2,
        "commercial.appeal.decide.post.two-levels",
        T("2026-05-01"),
    ),
    (
        "aca-individual",
        [Milestone("appeal-submitted", T("2026-04-01", "16:00"), "internal-appeal-1", urgent=True)],
        1,
        "commercial.appeal.decide.urgent",
        T("2026-04-04", "16:00"),
    ),
    # external review: four months; Feb 31 -> Mar 1; weekend/holiday -> next business day
    (
        "aca-individual",
        [Milestone("decision-received", T("2026-10-31"), "internal-appeal-1", outcome="upheld")],
        1,
        "commercial.external-review.file",
        T("2027-03-01"),
    ),
    (
        "aca-individual",
        [Milestone("decision-received", T("2026-03-04"), "internal-appeal-1", outcome="upheld")],
        1,
        "commercial.external-review.file",
        T("2026-07-06"),
    ),  # Jul 4 2026 is a Saturday -> Monday Jul 6
    (
        "aca-individual",
        [Milestone("decision-received", T("2027-07-24"), "internal-appeal-1", outcome="upheld")],
        1,
        "commercial.external-review.file",
        T("2027-11-24"),
    ),
    (
        "aca-individual",
        [Milestone("decision-received", T("2027-07-25"), "internal-appeal-1", outcome="upheld")],
        1,
        "commercial.external-review.file",
        T("2027-11-26"),
    ),  # Nov 25 2027 is Thanksgiving -> Friday
    (
        "employer-insured",
        [Milestone("decision-received", T("2026-06-10"), "internal-appeal-2", outcome="upheld")],
        2,
        "commercial.external-review.file",
        T("2026-10-13"),
    ),  # Oct 10 2026 Saturday, Oct 12 Columbus Day
    (
        "employer-insured",
        [Milestone("decision-received", T("2026-06-10"), "internal-appeal-1", outcome="upheld")],
        2,
        "commercial.internal-appeal-2.file",
        T("2026-08-09"),
    ),
    (
        "aca-individual",
        [Milestone("external-review-requested", T("2026-05-01"), "external-review")],
        1,
        "commercial.external-review.decide",
        T("2026-06-15"),
    ),
    (
        "aca-individual",
        [Milestone("external-review-requested", T("2026-05-01", "08:00"), "external-review", urgent=True)],
        1,
        "commercial.external-review.decide.urgent",
        T("2026-05-04", "08:00"),
    ),
    # Medicare A/B: 120 / 180 / 60 / 60 / 60 to file; 60 / 60 / 90 / 90 to decide
    (
        "medicare",
        [Milestone("denial-received", T("2026-01-05"), "initial-determination")],
        1,
        "medicare.redetermination.file",
        T("2026-05-05"),
    ),
    (
        "medicare",
        [Milestone("appeal-submitted", T("2026-02-01"), "redetermination")],
        1,
        "medicare.redetermination.decide",
        T("2026-04-02"),
    ),
    (
        "medicare",
        [Milestone("decision-received", T("2026-03-01"), "redetermination", outcome="upheld")],
        1,
        "medicare.reconsideration.file",
        T("2026-08-28"),
    ),
    (
        "medicare",
        [Milestone("appeal-submitted", T("2026-03-10"), "reconsideration")],
        1,
        "medicare.reconsideration.decide",
        T("2026-05-09"),
    ),
    (
        "medicare",
        [Milestone("decision-received", T("2026-05-01"), "reconsideration", outcome="upheld")],
        1,
        "medicare.alj.file",
        T("2026-06-30"),
    ),
    (
        "medicare",
        [Milestone("appeal-submitted", T("2026-06-01"), "alj-hearing")],
        1,
        "medicare.alj.decide",
        T("2026-08-30"),
    ),
    (
        "medicare",
        [Milestone("decision-received", T("2026-09-01"), "alj-hearing", outcome="upheld")],
        1,
        "medicare.council.file",
        T("2026-10-31"),
    ),
    (
        "medicare",
        [Milestone("appeal-submitted", T("2026-09-15"), "appeals-council")],
        1,
        "medicare.council.decide",
        T("2026-12-14"),
    ),
    (
        "medicare",
        [Milestone("decision-received", T("2026-12-01"), "appeals-council", outcome="upheld")],
        1,
        "medicare.court.file",
        T("2027-01-30"),
    ),
    # Medicare Advantage
    (
        "medicare-advantage",
        [Milestone("denial-received", T("2026-01-05"), "organization-determination")],
        1,
        "ma.reconsideration.file",
        T("2026-03-11"),
    ),
    (
        "medicare-advantage",
        [Milestone("appeal-submitted", T("2026-03-01"), "plan-reconsideration", service="pre")],
        1,
        "ma.reconsideration.decide.pre",
        T("2026-03-31"),
    ),
    (
        "medicare-advantage",
        [Milestone("appeal-submitted", T("2026-03-01"), "plan-reconsideration", service="post")],
        1,
        "ma.reconsideration.decide.post",
        T("2026-04-30"),
    ),
    (
        "medicare-advantage",
        [Milestone("appeal-submitted", T("2026-03-01", "10:00"), "plan-reconsideration", urgent=True)],
        1,
        "ma.reconsideration.decide.urgent",
        T("2026-03-04", "10:00"),
    ),
    (
        "medicare-advantage",
        [Milestone("external-review-decision", T("2026-06-01"), "independent-review", outcome="upheld")],
        1,
        "ma.alj.file",
        T("2026-07-31"),
    ),
    # Medicaid managed care
    (
        "medicaid",
        [Milestone("denial-received", T("2026-01-05"), "initial-determination")],
        1,
        "medicaid.appeal.file",
        T("2026-03-06"),
    ),
    (
        "medicaid",
        [Milestone("denial-received", T("2026-01-05"), "initial-determination")],
        1,
        "medicaid.continuation.file",
        T("2026-01-15"),
    ),
    (
        "medicaid",
        [Milestone("appeal-submitted", T("2026-02-01"), "plan-appeal")],
        1,
        "medicaid.appeal.decide",
        T("2026-03-03"),
    ),
    (
        "medicaid",
        [Milestone("appeal-submitted", T("2026-02-01", "12:00"), "plan-appeal", urgent=True)],
        1,
        "medicaid.appeal.decide.urgent",
        T("2026-02-04", "12:00"),
    ),
    (
        "medicaid",
        [Milestone("decision-received", T("2026-03-01"), "plan-appeal", outcome="upheld")],
        1,
        "medicaid.fair-hearing.file",
        T("2026-06-29"),
    ),
]


@pytest.mark.parametrize(
    ("plan", "milestones", "levels", "rule_id", "expected"), CASES, ids=[c[3] + "@" + c[0] for c in CASES]
)
def test_rule(
    plan: str, milestones: list[Milestone], levels: int, rule_id: str, expected: dt.datetime
) -> None:
    assert due_of(plan, milestones, rule_id, levels) == expected


def test_every_rule_is_exercised_by_a_case() -> None:
    tested = {c[3] for c in CASES}
    assert {r.id for r in BOOK.rules} <= tested, "every rule needs a row in CASES"


def test_every_rule_has_a_source_and_effective_date() -> None:
    for rule in BOOK.rules:
        assert rule.source.strip(), rule.id
        assert any(ch.isdigit() for ch in rule.source), rule.id
        assert rule.effective <= dt.date.today(), rule.id
    for ladder in BOOK.ladders.values():
        assert ladder.overdue_source, ladder.id


def test_individual_market_has_one_internal_level_erisa_two() -> None:
    final_one = [Milestone("decision-received", T("2026-06-10"), "internal-appeal-1", outcome="upheld")]
    ids = {d.rule.id for d in compute_deadlines(BOOK, "aca-individual", final_one, NOW, 1)}
    assert ids == {"commercial.external-review.file"}, "one level: the first upheld decision is final"
    ids = {d.rule.id for d in compute_deadlines(BOOK, "employer-self-funded", final_one, NOW, 2)}
    assert ids == {"commercial.internal-appeal-2.file"}, "two levels: the first upheld decision is not final"
    assert BOOK.ladders["commercial"].max_internal_levels["aca-individual"] == 1


def test_statuses_met_missed_and_insurer_overdue() -> None:
    denial = Milestone("denial-received", T("2026-03-02"), "claim")
    appeal = Milestone("appeal-submitted", T("2026-04-01"), "internal-appeal-1", service="pre")
    late = dt.datetime(2026, 6, 1)
    [decision, filing] = sorted(
        compute_deadlines(BOOK, "aca-individual", [denial, appeal], late), key=lambda d: d.rule.deadline
    )
    assert (decision.rule.deadline, decision.status) == ("decide", "overdue")
    assert (filing.rule.deadline, filing.status) == ("file", "met")
    decided = Milestone("decision-received", T("2026-04-20"), "internal-appeal-1", outcome="overturned")
    states = {
        d.rule.id: d.status
        for d in compute_deadlines(BOOK, "aca-individual", [denial, appeal, decided], late)
    }
    assert states["commercial.appeal.decide.pre"] == "met"
    missed = compute_deadlines(BOOK, "aca-individual", [denial], dt.datetime(2026, 12, 1))
    assert [d.status for d in missed] == ["missed"]
    assert missed[0].days_left(dt.date(2026, 12, 1)) < 0


def test_invalid_data_is_refused_with_every_problem() -> None:
    bad = copy.deepcopy(DATA)
    bad["rules"][0]["source"] = " "
    bad["rules"][1]["stage"] = "nowhere"
    bad["rules"][2]["on"] = "asked-nicely"
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(bad)
    message = str(caught.value)
    assert "no source" in message
    assert "unknown stage 'nowhere'" in message
    assert "unknown milestone" in message


def test_other_plan_types_fall_back_to_the_commercial_ladder() -> None:
    assert BOOK.ladder_for("other").id == "commercial"
    assert BOOK.ladder_for("medicaid").first_stage == "initial-determination"

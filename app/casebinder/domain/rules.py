"""Appeal ladders and the deadlines the law sets, computed from a case's own milestones.

Pure functions over a validated :class:`Rulebook` (parsed from ``resources/rules/appeals.json`` by the
services layer). Every deadline carries the rule that made it, with its source and effective date, so the app
can always say where a date comes from. Not legal advice: the data says so, and so does every screen.
"""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from casebinder.domain.dates import add_months_first_of_next, next_business_day

MILESTONES = (
    "prior-auth-requested",
    "prior-auth-decision",
    "claim-submitted",
    "denial-received",
    "appeal-submitted",
    "decision-received",
    "external-review-requested",
    "external-review-decision",
    "complaint-filed",
)
OUTCOMES = ("approved", "denied", "upheld", "overturned")
_FILINGS = {
    "appeal-submitted",
    "external-review-requested",
    "complaint-filed",
    "prior-auth-requested",
    "claim-submitted",
}
_DECISIONS = {"decision-received", "prior-auth-decision", "external-review-decision", "denial-received"}


class RulebookError(ValueError):
    """The rule data is inconsistent; the message lists every problem."""


@dataclass(frozen=True)
class Period:
    days: int = 0
    months: int = 0
    hours: int = 0
    no_such_day: str = ""  # "first-of-next-month"
    weekend_or_holiday: str = ""  # "next-business-day"

    def due(self, start: dt.datetime) -> tuple[dt.datetime, bool]:
        """The due moment and whether it is a whole day (False for hour-based deadlines)."""
        if self.hours:
            return start + dt.timedelta(hours=self.hours), False
        day = start.date()
        if self.months:
            day = add_months_first_of_next(day, self.months)
        day += dt.timedelta(days=self.days)
        if self.weekend_or_holiday == "next-business-day":
            day = next_business_day(day)
        return dt.datetime.combine(day, dt.time()), True

    def describe(self) -> str:
        if self.hours:
            return f"{self.hours} hours"
        if self.months:
            return f"{self.months} months"
        return f"{self.days} days"


@dataclass(frozen=True)
class Rule:
    id: str
    ladder: str
    on: str
    deadline: Literal["file", "decide"]
    period: Period
    label: str
    source: str
    effective: dt.date
    stage: str = ""
    at: tuple[str, ...] = ()
    urgent: bool | None = None
    service: str = ""
    outcome: str = ""
    levels: int | None = None
    final_internal: bool = False
    note: str = ""


@dataclass(frozen=True)
class Stage:
    id: str
    label: str
    internal: bool = False


@dataclass(frozen=True)
class Ladder:
    id: str
    label: str
    plans: tuple[str, ...]
    stages: tuple[Stage, ...]
    overdue: str
    overdue_source: str
    max_internal_levels: Mapping[str, int] = field(default_factory=dict)
    regulator: Mapping[str, str] = field(default_factory=dict)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    @property
    def first_stage(self) -> str:
        return self.stages[0].id


@dataclass(frozen=True)
class Rulebook:
    version: str
    effective: dt.date
    disclaimer: str
    ladders: Mapping[str, Ladder]
    rules: tuple[Rule, ...]

    def ladder_for(self, plan_type: str) -> Ladder:
        for ladder in self.ladders.values():
            if plan_type in ladder.plans:
                return ladder
        return self.ladders["commercial"]

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


def parse_rulebook(data: Mapping[str, Any]) -> Rulebook:
    """Validate the rule data strictly: every figure needs a source and an effective date."""
    problems: list[str] = []
    ladders: dict[str, Ladder] = {}
    for ladder_id, raw in data.get("ladders", {}).items():
        try:
            ladders[ladder_id] = Ladder(
                id=ladder_id,
                label=raw["label"],
                plans=tuple(raw["plans"]),
                stages=tuple(Stage(s["id"], s["label"], bool(s.get("internal"))) for s in raw["stages"]),
                overdue=raw["overdue"],
                overdue_source=raw["overdue_source"],
                max_internal_levels=raw.get("max_internal_levels", {}),
                regulator=raw.get("regulator", {}),
            )
        except (KeyError, TypeError) as error:
            problems.append(f"ladder {ladder_id}: missing {error}")
    rules: list[Rule] = []
    seen: set[str] = set()
    for raw in data.get("rules", []):
        rule_id = raw.get("id", "?")
        try:
            period = Period(**raw["period"])
            rule = Rule(
                id=rule_id,
                ladder=raw["ladder"],
                on=raw["on"],
                deadline=raw["deadline"],
                period=period,
                label=raw["label"],
                source=raw["source"],
                effective=dt.date.fromisoformat(raw["effective"]),
                stage=raw.get("stage", ""),
                at=tuple(raw.get("at", ())),
                urgent=raw.get("urgent"),
                service=raw.get("service", ""),
                outcome=raw.get("outcome", ""),
                levels=raw.get("levels"),
                final_internal=bool(raw.get("final_internal")),
                note=raw.get("note", ""),
            )
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"rule {rule_id}: {type(error).__name__} {error}")
            continue
        ladder = ladders.get(rule.ladder)
        if rule_id in seen:
            problems.append(f"rule {rule_id}: duplicate id")
        seen.add(rule_id)
        if ladder is None:
            problems.append(f"rule {rule_id}: unknown ladder {rule.ladder!r}")
        else:
            for stage_id in (rule.stage, *rule.at):
                if stage_id and ladder.stage(stage_id) is None:
                    problems.append(f"rule {rule_id}: unknown stage {stage_id!r} in ladder {ladder.id}")
        if rule.on not in MILESTONES:
            problems.append(f"rule {rule_id}: unknown milestone {rule.on!r}")
        if rule.outcome and rule.outcome not in OUTCOMES:
            problems.append(f"rule {rule_id}: unknown outcome {rule.outcome!r}")
        if rule.deadline not in ("file", "decide"):
            problems.append(f"rule {rule_id}: deadline must be file or decide")
        if not rule.source.strip():
            problems.append(f"rule {rule_id}: no source")
        if (period.days < 0 or period.months < 0 or period.hours < 0) or not (
            period.days or period.months or period.hours
        ):
            problems.append(f"rule {rule_id}: the period must be positive")
        rules.append(rule)
    if "commercial" not in ladders:
        problems.append("the commercial ladder is missing (it is the default)")
    if problems:
        raise RulebookError("; ".join(problems))
    return Rulebook(
        version=str(data.get("version", "")),
        effective=dt.date.fromisoformat(str(data.get("effective", "2000-01-01"))),
        disclaimer=str(data.get("disclaimer", "")),
        ladders=ladders,
        rules=tuple(rules),
    )


@dataclass(frozen=True)
class Milestone:
    """Something that happened in the appeal, at a stage: what the deadlines are computed from."""

    kind: str
    at: dt.datetime
    stage: str
    urgent: bool = False
    service: str = ""  # pre or post; appeals default to pre-service (the shorter clock)
    outcome: str = ""
    id: int | None = None


Status = Literal["open", "met", "missed", "overdue"]


@dataclass(frozen=True)
class Deadline:
    rule: Rule
    due: dt.datetime
    all_day: bool
    stage: str
    trigger: Milestone
    status: Status

    def days_left(self, today: dt.date) -> int:
        return (self.due.date() - today).days

    @property
    def is_insurer_deadline(self) -> bool:
        return self.rule.deadline == "decide"


def _applies(rule: Rule, milestone: Milestone, internal_levels: int) -> bool:
    if rule.on != milestone.kind:
        return False
    if rule.at and milestone.stage not in rule.at:
        return False
    if rule.urgent is not None and rule.urgent != milestone.urgent:
        return False
    if rule.service and rule.service != (milestone.service or "pre"):
        return False
    if rule.outcome and rule.outcome != milestone.outcome:
        return False
    if rule.levels is not None and rule.levels != internal_levels:
        return False
    return not (rule.final_internal and milestone.stage != f"internal-appeal-{internal_levels}")


def _status(
    rule: Rule, stage: str, trigger: Milestone, due: dt.datetime, later: Sequence[Milestone], now: dt.datetime
) -> Status:
    closing = _FILINGS if rule.deadline == "file" else _DECISIONS
    for milestone in later:
        if milestone.kind in closing and milestone.stage == stage and milestone.at >= trigger.at:
            return "met"
    if now > due:
        return "missed" if rule.deadline == "file" else "overdue"
    return "open"


def compute_deadlines(
    book: Rulebook,
    plan_type: str,
    milestones: Iterable[Milestone],
    now: dt.datetime,
    internal_levels: int = 1,
) -> list[Deadline]:
    """Every deadline the case's milestones create, oldest trigger first, each with its status at ``now``."""
    ladder = book.ladder_for(plan_type)
    ordered = sorted(milestones, key=lambda m: m.at)
    deadlines: list[Deadline] = []
    for index, milestone in enumerate(ordered):
        for rule in book.rules:
            if rule.ladder != ladder.id or not _applies(rule, milestone, internal_levels):
                continue
            due, all_day = rule.period.due(milestone.at)
            stage = rule.stage or milestone.stage
            status = _status(rule, stage, milestone, due, ordered[index + 1 :], now)
            deadlines.append(Deadline(rule, due, all_day, stage, milestone, status))
    return sorted(deadlines, key=lambda d: d.due)


def next_stage_for_filing(
    book: Rulebook, plan_type: str, kind: str, current: str, open_filing_stages: Sequence[str]
) -> str:
    """The stage a new milestone belongs to: filings move the case to the stage they open."""
    ladder = book.ladder_for(plan_type)
    if kind == "appeal-submitted":
        if open_filing_stages:
            return open_filing_stages[0]
        appeal_stages = {s for r in book.rules if r.ladder == ladder.id and r.on == kind for s in r.at}
        if current not in appeal_stages:  # appealing from a decision stage: the ladder's next appeal stage
            ids = [s.id for s in ladder.stages]
            later = ids[ids.index(current) + 1 :] if current in ids else ids
            return next((s for s in later if s in appeal_stages), current)
    if kind == "external-review-requested":
        return "independent-review" if ladder.stage("independent-review") else "external-review"
    if kind == "complaint-filed" and ladder.stage("regulator-complaint"):
        return "regulator-complaint"
    if kind == "prior-auth-requested" and ladder.stage("pre-authorization"):
        return "pre-authorization"
    if kind == "claim-submitted" and ladder.stage("claim"):
        return "claim"
    return current

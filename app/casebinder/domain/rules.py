"""Appeal ladders and the deadlines the law sets, computed from a case's own milestones.

Pure functions over a validated :class:`Rulebook` (parsed from ``casebinder/data/rules/appeals.json`` by
``infra/rulebook.py``). Every deadline carries the rule that made it, with its source and effective date, so
the app can always say where a date comes from. Not legal advice: the data says so, and so does every screen.
"""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, TypeVar

from casebinder.domain.dates import add_months_first_of_next, next_business_day
from casebinder.domain.enums import DeadlineStatus, MilestoneKind, Outcome, Service, Stage

E = TypeVar("E", bound=StrEnum)


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
    on: MilestoneKind
    deadline: Literal["file", "decide"]
    period: Period
    label: str
    source: str
    effective: dt.date
    stage: Stage | None = None  # the stage the deadline belongs to (else the milestone's)
    at: tuple[Stage, ...] = ()  # the stages at which the milestone triggers this rule (empty: any)
    urgent: bool | None = None
    service: Service | None = None
    outcome: Outcome | None = None
    levels: int | None = None
    final_internal: bool = False
    note: str = ""


@dataclass(frozen=True)
class LadderStage:
    id: Stage
    label: str
    internal: bool = False


@dataclass(frozen=True)
class Ladder:
    id: str
    label: str
    plans: tuple[str, ...]
    stages: tuple[LadderStage, ...]
    overdue: str
    overdue_source: str
    max_internal_levels: Mapping[str, int] = field(default_factory=dict)
    regulator: Mapping[str, str] = field(default_factory=dict)

    def stage(self, stage_id: str) -> LadderStage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    @property
    def first_stage(self) -> Stage:
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
                stages=tuple(
                    LadderStage(Stage(s["id"]), s["label"], bool(s.get("internal"))) for s in raw["stages"]
                ),
                overdue=raw["overdue"],
                overdue_source=raw["overdue_source"],
                max_internal_levels=raw.get("max_internal_levels", {}),
                regulator=raw.get("regulator", {}),
            )
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"ladder {ladder_id}: {type(error).__name__} {error}")
    rules: list[Rule] = []
    seen: set[str] = set()
    for raw in data.get("rules", []):
        rule_id = raw.get("id", "?")
        known = len(problems)

        def member(kind: type[E], value: str, what: str, rule_id: str = rule_id) -> E | None:
            if not value:
                return None
            try:
                return kind(value)
            except ValueError:
                problems.append(f"rule {rule_id}: unknown {what} {value!r}")
                return None

        try:
            period = Period(**raw["period"])
            on = member(MilestoneKind, raw["on"], "milestone")
            rule = Rule(
                id=rule_id,
                ladder=raw["ladder"],
                on=on or MilestoneKind.DENIAL_RECEIVED,
                deadline=raw["deadline"],
                period=period,
                label=raw["label"],
                source=raw["source"],
                effective=dt.date.fromisoformat(raw["effective"]),
                stage=member(Stage, raw.get("stage", ""), "stage"),
                at=tuple(s for s in (member(Stage, a, "stage") for a in raw.get("at", ())) if s),
                urgent=raw.get("urgent"),
                service=member(Service, raw.get("service", ""), "service"),
                outcome=member(Outcome, raw.get("outcome", ""), "outcome"),
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
                    problems.append(f"rule {rule_id}: unknown stage {stage_id.value!r} in ladder {ladder.id}")
        if rule.deadline not in ("file", "decide"):
            problems.append(f"rule {rule_id}: deadline must be file or decide")
        if not rule.source.strip():
            problems.append(f"rule {rule_id}: no source")
        if (period.days < 0 or period.months < 0 or period.hours < 0) or not (
            period.days or period.months or period.hours
        ):
            problems.append(f"rule {rule_id}: the period must be positive")
        if len(problems) == known:
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

    kind: MilestoneKind
    at: dt.datetime
    stage: Stage
    urgent: bool = False
    service: Service | None = None  # appeals without one count as pre-service (the shorter clock)
    outcome: Outcome | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        """Ids given as text ("denial-received", from the CLI or a test) become the vocabulary's members."""
        object.__setattr__(self, "kind", MilestoneKind(self.kind))
        object.__setattr__(self, "stage", Stage(self.stage))
        object.__setattr__(self, "service", Service(self.service) if self.service else None)
        object.__setattr__(self, "outcome", Outcome(self.outcome) if self.outcome else None)


@dataclass(frozen=True)
class Deadline:
    rule: Rule
    due: dt.datetime
    all_day: bool
    stage: Stage
    trigger: Milestone
    status: DeadlineStatus

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
    if rule.service and rule.service != (milestone.service or Service.PRE):
        return False
    if rule.outcome and rule.outcome != (milestone.outcome or ""):
        return False
    if rule.levels is not None and rule.levels != internal_levels:
        return False
    return not (rule.final_internal and milestone.stage != f"internal-appeal-{internal_levels}")


def _status(
    rule: Rule,
    stage: Stage,
    trigger: Milestone,
    due: dt.datetime,
    later: Sequence[Milestone],
    now: dt.datetime,
) -> DeadlineStatus:
    for milestone in later:
        closes = milestone.kind.is_filing if rule.deadline == "file" else milestone.kind.is_decision
        if closes and milestone.stage == stage and milestone.at >= trigger.at:
            return DeadlineStatus.MET
    if now > due:
        return DeadlineStatus.MISSED if rule.deadline == "file" else DeadlineStatus.OVERDUE
    return DeadlineStatus.OPEN


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
    book: Rulebook, plan_type: str, kind: MilestoneKind, current: Stage, open_filing_stages: Sequence[Stage]
) -> Stage:
    """The stage a new milestone belongs to: filings move the case to the stage they open."""
    ladder = book.ladder_for(plan_type)
    if kind is MilestoneKind.APPEAL_SUBMITTED:
        if open_filing_stages:
            return open_filing_stages[0]
        appeal_stages = {s for r in book.rules if r.ladder == ladder.id and r.on == kind for s in r.at}
        if current not in appeal_stages:  # appealing from a decision stage: the ladder's next appeal stage
            ids = [s.id for s in ladder.stages]
            later = ids[ids.index(current) + 1 :] if current in ids else ids
            return next((s for s in later if s in appeal_stages), current)
    if kind is MilestoneKind.EXTERNAL_REVIEW_REQUESTED:
        return Stage.INDEPENDENT_REVIEW if ladder.stage(Stage.INDEPENDENT_REVIEW) else Stage.EXTERNAL_REVIEW
    for trigger, stage in (
        (MilestoneKind.COMPLAINT_FILED, Stage.REGULATOR_COMPLAINT),
        (MilestoneKind.PRIOR_AUTH_REQUESTED, Stage.PRE_AUTHORIZATION),
        (MilestoneKind.CLAIM_SUBMITTED, Stage.CLAIM),
    ):
        if kind is trigger and ladder.stage(stage):
            return stage
    return current

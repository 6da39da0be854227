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

from casebinder.domain.dates import add_business_days, add_months_first_of_next, next_business_day
from casebinder.domain.enums import DeadlineStatus, MilestoneKind, Outcome, Service, Stage
from casebinder.phrases import Phrase, data_said, said

E = TypeVar("E", bound=StrEnum)


class RulebookError(ValueError):
    """The rule data is inconsistent; the message lists every problem."""


@dataclass(frozen=True)
class Period:
    days: int = 0
    months: int = 0
    hours: int = 0
    business_days: int = 0
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
        if self.business_days:
            day = add_business_days(day, self.business_days)
        if self.weekend_or_holiday == "next-business-day":
            day = next_business_day(day)
        return dt.datetime.combine(day, dt.time()), True

    def describe(self) -> str:
        """ "65 days", "72 hours", "2 business days" """
        return str(self.said())

    def said(self) -> Phrase:
        if self.hours:
            return said("%n hour(s)", n=self.hours)
        if self.months:
            return said("%n month(s)", n=self.months)
        if self.business_days:
            return said("%n business day(s)", n=self.business_days)
        return said("%n day(s)", n=self.days)

    @property
    def positive(self) -> bool:
        values = (self.days, self.months, self.hours, self.business_days)
        return all(v >= 0 for v in values) and any(values)


CountsFrom = Literal["notice", "receipt", "presumed-receipt", "event"]
COUNTS_FROM: tuple[str, ...] = ("notice", "receipt", "presumed-receipt", "event")


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
    counts_from: CountsFrom = "event"
    presumed_days: int = 0  # "presumed-receipt": receipt presumed this many days after the notice's date
    until: dt.date | None = None  # the last day a trigger can fall on for this rule (a replaced figure)
    stage: Stage | None = None  # the stage the deadline belongs to (else the milestone's)
    at: tuple[Stage, ...] = ()  # the stages at which the milestone triggers this rule (empty: any)
    urgent: bool | None = None
    service: Service | None = None
    outcome: Outcome | None = None
    levels: int | None = None
    final_internal: bool = False
    optional: bool = False  # a right the person may use, not a deadline they can miss
    later_of_effective_date: bool = False  # due no earlier than the date the change takes effect
    extension: Period | None = None  # how much longer the plan may take if it says so in time
    extension_source: str = ""
    state_value: str = ""  # a figure States set (states.json); the period is the cautious fallback
    plain: str = ""  # one line a person can act on
    note: str = ""

    def applies_on(self, day: dt.date) -> bool:
        return self.effective <= day and (self.until is None or day <= self.until)


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
    decided_late: str = ""
    max_internal_levels: Mapping[str, int] = field(default_factory=dict)
    regulator: Mapping[str, str] = field(default_factory=dict)

    def stage(self, stage_id: str) -> LadderStage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    @property
    def first_stage(self) -> Stage:
        return self.stages[0].id


@dataclass(frozen=True)
class StateValue:
    """A figure the law leaves to each State: the known ones with their source, and the cautious default."""

    id: str
    label: str
    unit: str
    default: int
    default_source: str
    default_note: str
    low: int
    high: int
    states: Mapping[str, tuple[int, str]] = field(default_factory=dict)  # code -> (value, source)


@dataclass(frozen=True)
class Rulebook:
    version: str
    effective: dt.date
    disclaimer: str
    ladders: Mapping[str, Ladder]
    rules: tuple[Rule, ...]
    state_values: Mapping[str, StateValue] = field(default_factory=dict)

    def ladder_for(self, plan_type: str) -> Ladder:
        for ladder in self.ladders.values():
            if plan_type in ladder.plans:
                return ladder
        return self.ladders["commercial"]

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


def _period(raw: Mapping[str, Any] | None) -> Period | None:
    return Period(**raw) if raw else None


def parse_rulebook(data: Mapping[str, Any], states: Mapping[str, Any] | None = None) -> Rulebook:
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
                decided_late=raw.get("decided_late", ""),
                max_internal_levels=raw.get("max_internal_levels", {}),
                regulator=raw.get("regulator", {}),
            )
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"ladder {ladder_id}: {type(error).__name__} {error}")
    state_values = _parse_state_values(states or {}, problems)
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
            until = raw.get("until")
            rule = Rule(
                id=rule_id,
                ladder=raw["ladder"],
                on=on or MilestoneKind.DENIAL_RECEIVED,
                deadline=raw["deadline"],
                period=period,
                label=raw["label"],
                source=raw["source"],
                effective=dt.date.fromisoformat(raw["effective"]),
                counts_from=raw.get("counts_from", ""),
                presumed_days=int(raw.get("presumed_days", 0)),
                until=dt.date.fromisoformat(until) if until else None,
                stage=member(Stage, raw.get("stage", ""), "stage"),
                at=tuple(s for s in (member(Stage, a, "stage") for a in raw.get("at", ())) if s),
                urgent=raw.get("urgent"),
                service=member(Service, raw.get("service", ""), "service"),
                outcome=member(Outcome, raw.get("outcome", ""), "outcome"),
                levels=raw.get("levels"),
                final_internal=bool(raw.get("final_internal")),
                optional=bool(raw.get("optional")),
                later_of_effective_date=bool(raw.get("later_of_effective_date")),
                extension=_period(raw.get("extension")),
                extension_source=raw.get("extension_source", ""),
                state_value=raw.get("state_value", ""),
                plain=raw.get("plain", ""),
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
        if rule.counts_from not in COUNTS_FROM:
            problems.append(f"rule {rule_id}: counts_from must be one of {', '.join(COUNTS_FROM)}")
        if rule.counts_from == "presumed-receipt" and rule.presumed_days <= 0:
            problems.append(f"rule {rule_id}: presumed-receipt needs presumed_days")
        if not rule.source.strip():
            problems.append(f"rule {rule_id}: no source")
        if not rule.plain.strip():
            problems.append(f"rule {rule_id}: no plain-language line")
        if not period.positive or (rule.extension and not rule.extension.positive):
            problems.append(f"rule {rule_id}: the period must be positive")
        if rule.extension and not rule.extension_source.strip():
            problems.append(f"rule {rule_id}: an extension needs its source")
        if rule.state_value and rule.state_value not in state_values:
            problems.append(f"rule {rule_id}: unknown State figure {rule.state_value!r}")
        if rule.until and rule.until < rule.effective:
            problems.append(f"rule {rule_id}: until is before effective")
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
        state_values=state_values,
    )


def _parse_state_values(data: Mapping[str, Any], problems: list[str]) -> dict[str, StateValue]:
    from casebinder.domain.enums import UsState

    found: dict[str, StateValue] = {}
    for value_id, raw in data.get("values", {}).items():
        try:
            states: dict[str, tuple[int, str]] = {}
            for code, entry in raw.get("states", {}).items():
                UsState(code)
                if not str(entry.get("source", "")).strip():
                    problems.append(f"State figure {value_id} for {code}: no source")
                if not raw["low"] <= int(entry["value"]) <= raw["high"]:
                    problems.append(f"State figure {value_id} for {code}: outside what the law allows")
                states[code] = (int(entry["value"]), str(entry["source"]))
            value = StateValue(
                id=value_id,
                label=raw["label"],
                unit=raw["unit"],
                default=int(raw["default"]),
                default_source=raw["default_source"],
                default_note=raw["default_note"],
                low=int(raw["low"]),
                high=int(raw["high"]),
                states=states,
            )
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"State figure {value_id}: {type(error).__name__} {error}")
            continue
        if value.default != value.low:
            problems.append(
                f"State figure {value_id}: the default must be the most cautious value, {value.low}"
            )
        found[value_id] = value
    return found


@dataclass(frozen=True)
class Milestone:
    """Something that happened in the appeal, at a stage: what the deadlines are computed from.

    ``at`` is the day it happened or arrived (a notice's receipt, an appeal's sending); ``dated`` is the
    date printed on a notice. Rules count from one or the other, so both are kept; ``at_known`` is False
    when only the notice's date was given (``at`` then repeats it, so the timeline can place it)."""

    kind: MilestoneKind
    at: dt.datetime
    stage: Stage
    urgent: bool = False
    service: Service | None = None  # appeals without one count as pre-service (the shorter clock)
    outcome: Outcome | None = None
    id: int | None = None
    dated: dt.date | None = None
    at_known: bool = True
    takes_effect: dt.date | None = None  # the day the plan's change (a reduction, an end) takes effect

    def __post_init__(self) -> None:
        """Ids given as text ("denial-received", from the CLI or a test) become the vocabulary's members."""
        object.__setattr__(self, "kind", MilestoneKind(self.kind))
        object.__setattr__(self, "stage", Stage(self.stage))
        object.__setattr__(self, "service", Service(self.service) if self.service else None)
        object.__setattr__(self, "outcome", Outcome(self.outcome) if self.outcome else None)


@dataclass(frozen=True)
class CountedFrom:
    """Which date a deadline was counted from, that date, and why that one (a presumption, a missing date)."""

    which: CountsFrom
    at: dt.datetime
    why: Phrase = field(default_factory=lambda: Phrase(""))  # none: the date the rule names was known

    def describe(self, period: Period) -> str:
        """ "65 days from the date on the notice, 2026-03-02" """
        return str(self.said(period))

    def said(self, period: Period) -> Phrase:
        day = self.at if period.hours and self.at.time() != dt.time() else self.at.date()
        return said("{period} from {which}, {day}", period=period.said(), which=_WHICH[self.which], day=day)


_WHICH: dict[str, Phrase] = {
    "notice": said("the date on the notice"),
    "receipt": said("the day it was received"),
    "presumed-receipt": said("the presumed day of receipt"),
    "event": said("the day it happened"),
}


def counted_from(rule: Rule, milestone: Milestone) -> CountedFrom:
    """The start of ``rule``'s clock for ``milestone``: never later than the law allows.

    Where the date the rule needs was not entered, the earlier of the known dates is used and the reason
    is given; when only a later date is known (a notice's date missing), the deadline says so plainly."""
    notice = dt.datetime.combine(milestone.dated, dt.time()) if milestone.dated else None
    received = milestone.at if milestone.at_known else None
    if rule.counts_from == "notice":
        if notice is not None:
            return CountedFrom("notice", notice)
        return CountedFrom(
            "receipt",
            milestone.at,
            said(
                "The date printed on the notice was not entered, so this counts from the day it arrived, "
                "which can be later than the law counts. Enter the notice's date to be sure."
            ),
        )
    if rule.counts_from == "receipt":
        if received is not None:
            return CountedFrom("receipt", received)
        return CountedFrom(
            "notice",
            notice or milestone.at,
            said(
                "The day it arrived was not entered, so this counts from the date on the notice: the "
                "earlier, safe date."
            ),
        )
    if rule.counts_from == "presumed-receipt":
        presumed = notice + dt.timedelta(days=rule.presumed_days) if notice is not None else None
        days = rule.presumed_days
        if presumed is not None and (received is None or presumed <= received):
            why = (
                said(
                    "Receipt is presumed %n day(s) after the notice's date unless shown otherwise (the day "
                    "it arrived, which is later, would need proof).",
                    n=days,
                )
                if received
                else said(
                    "Receipt is presumed %n day(s) after the notice's date unless shown otherwise.", n=days
                )
            )
            return CountedFrom("presumed-receipt", presumed, why)
        if received is not None:
            earlier = said(
                "Receipt is presumed %n day(s) after the notice's date unless shown otherwise: it arrived "
                "earlier, so that day counts.",
                n=days,
            )
            return CountedFrom("receipt", received, earlier if presumed else said(""))
        return CountedFrom("event", milestone.at)
    start = CountedFrom("event", milestone.at)
    if rule.period.hours and milestone.at.time() == dt.time():
        return CountedFrom(
            "event",
            milestone.at,
            said(
                "No time of day was entered, so the clock starts at the beginning of that day, the earliest "
                "it can have started."
            ),
        )
    return start


@dataclass(frozen=True)
class Deadline:
    rule: Rule
    due: dt.datetime
    all_day: bool
    stage: Stage
    trigger: Milestone
    status: DeadlineStatus
    counted_from: CountedFrom
    period: Period  # the rule's, or the State's figure
    notes: tuple[
        Phrase, ...
    ] = ()  # how this figure was chosen for this case (State, extension, effective date)
    closed_by: Milestone | None = None

    def days_left(self, today: dt.date) -> int:
        return (self.due.date() - today).days

    @property
    def is_insurer_deadline(self) -> bool:
        return self.rule.deadline == "decide"

    @property
    def basis(self) -> str:
        """How the date was counted, in one line: "65 days from the date on the notice, 2026-03-02"."""
        return self.counted_from.describe(self.period)

    @property
    def explained(self) -> tuple[Phrase, ...]:
        """Everything a person needs to trust the date, sentence by sentence: the count, why that start,
        State and extension (the UI translates each; :attr:`explanation` is the English)."""
        basis = said("{basis}.", basis=self.counted_from.said(self.period))
        parts = (basis, self.counted_from.why, *self.notes)
        return tuple(part for part in parts if part)

    @property
    def explanation(self) -> str:
        return " ".join(str(part).strip() for part in self.explained)


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
    if not rule.applies_on(milestone.dated or milestone.at.date()):
        return False
    return not (rule.final_internal and milestone.stage != f"internal-appeal-{internal_levels}")


def _late(due: dt.datetime, all_day: bool, when: dt.datetime) -> bool:
    return when.date() > due.date() if all_day else when > due


def _closing(rule: Rule, stage: Stage, trigger: Milestone, later: Sequence[Milestone]) -> Milestone | None:
    for milestone in later:
        closes = milestone.kind.is_filing if rule.deadline == "file" else milestone.kind.is_decision
        if closes and milestone.stage == stage and milestone.at >= trigger.at:
            return milestone
    return None


def _status(
    rule: Rule, due: dt.datetime, all_day: bool, closed: Milestone | None, now: dt.datetime
) -> DeadlineStatus:
    if closed is not None:
        if _late(due, all_day, closed.at):
            return DeadlineStatus.DECIDED_LATE if rule.deadline == "decide" else DeadlineStatus.FILED_LATE
        return DeadlineStatus.MET
    if _late(due, all_day, now):
        if rule.optional:
            return DeadlineStatus.PASSED
        return DeadlineStatus.MISSED if rule.deadline == "file" else DeadlineStatus.OVERDUE
    return DeadlineStatus.OPEN


def _state_period(book: Rulebook, rule: Rule, state: str) -> tuple[Period, Phrase]:
    """The State's own figure where the data knows it; else the cautious one, and a sentence saying so."""
    value = book.state_values[rule.state_value]
    known = value.states.get(state) if state else None
    unit = data_said(value.unit)
    if known is not None:
        figure, source = known
        return Period(days=figure), said(
            "{state} sets {figure} {unit} ({source}).", state=state, figure=figure, unit=unit, source=source
        )
    where = said("for {state}", state=state) if state else said("because the case has no State recorded")
    return (
        Period(days=value.default),
        said(
            "{label}: the State sets {low} to {high} {unit}; {default} is used {where}, the most cautious "
            "figure ({source}). {note}",
            label=data_said(value.label),
            low=value.low,
            high=value.high,
            unit=unit,
            default=value.default,
            where=where,
            source=value.default_source,
            note=data_said(value.default_note),
        ),
    )


def _extended(
    rule: Rule, stage: Stage, trigger: Milestone, due: dt.datetime, all_day: bool, later: Sequence[Milestone]
) -> tuple[dt.datetime, Phrase | None]:
    """A plan that tells you in time that it needs longer may take the rule's extension, once."""
    if rule.extension is None or rule.deadline != "decide":
        return due, None
    for milestone in later:
        if milestone.kind is not MilestoneKind.EXTENSION_NOTICE or milestone.stage != stage:
            continue
        if milestone.at < trigger.at:
            continue
        if _late(due, all_day, milestone.at):
            return due, said(
                "The plan's extension notice of {notice} came after this deadline, so it does not extend it "
                "({source}).",
                notice=milestone.at.date(),
                source=rule.extension_source,
            )
        new_due, _ = rule.extension.due(due)
        return new_due, said(
            "Extended by {period} from {due} by the plan's notice of {notice} ({source}).",
            period=rule.extension.said(),
            due=due.date(),
            notice=milestone.at.date(),
            source=rule.extension_source,
        )
    return due, None


UNKNOWN_PLAN = "unknown"
# The shortest window to file a first appeal of any plan type: what "I don't know" uses, never later.
CAUTIOUS_FILING = Period(days=60)
CAUTIOUS_FILING_NOTE = said(
    "The plan type is not known, so 60 days is used: the shortest time to file an appeal of any plan type "
    "(Medicaid managed care, 42 CFR 438.402(c)(2)(ii); Medicare Part D, 42 CFR 423.582(b)). It may be "
    "later for your plan: set the plan type to see its own date."
)


def compute_deadlines(
    book: Rulebook,
    plan_type: str,
    milestones: Iterable[Milestone],
    now: dt.datetime,
    internal_levels: int = 1,
    state: str = "",
) -> list[Deadline]:
    """Every deadline the case's milestones create, oldest trigger first, each with its status at ``now``."""
    ladder = book.ladder_for(plan_type)
    ordered = sorted(milestones, key=lambda m: m.at)
    deadlines: list[Deadline] = []
    for index, milestone in enumerate(ordered):
        later = ordered[index + 1 :]
        for rule in book.rules:
            if rule.ladder != ladder.id or not _applies(rule, milestone, internal_levels):
                continue
            start = counted_from(rule, milestone)
            period, notes = rule.period, list[Phrase]()
            if rule.state_value:
                period, note = _state_period(book, rule, state)
                notes.append(note)
            due, all_day = period.due(start.at)
            if plan_type == UNKNOWN_PLAN and rule.deadline == "file":
                earliest = start.at  # from the notice's own date when it is earlier, as Medicaid counts
                if milestone.dated is not None:
                    earliest = min(earliest, dt.datetime.combine(milestone.dated, dt.time()))
                cautious_due, cautious_all_day = CAUTIOUS_FILING.due(earliest)
                if cautious_due < due:
                    period, due, all_day = CAUTIOUS_FILING, cautious_due, cautious_all_day
                    notes.append(CAUTIOUS_FILING_NOTE)
            if rule.later_of_effective_date:
                if milestone.takes_effect is not None:
                    effective = dt.datetime.combine(milestone.takes_effect, dt.time())
                    if effective > due:
                        due = effective
                        notes.append(
                            said(
                                "The change takes effect on {day}, which is later.",
                                day=milestone.takes_effect,
                            )
                        )
                else:
                    notes.append(
                        said(
                            "The day the change takes effect was not entered: if it is later, that day is "
                            "yours."
                        )
                    )
            stage = rule.stage or milestone.stage
            due, extended = _extended(rule, stage, milestone, due, all_day, later)
            if extended:
                notes.append(extended)
            closed = _closing(rule, stage, milestone, later)
            status = _status(rule, due, all_day, closed, now)
            deadlines.append(
                Deadline(rule, due, all_day, stage, milestone, status, start, period, tuple(notes), closed)
            )
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

"""Where a case stands: its stage, the milestones of its appeal, and the deadlines they set.

Deadlines are never stored: they are computed from the milestones with the rule data each time, so a
correction to a date or to the rules shows everywhere at once. The timeline's deadline lines are derived from
them too, rewritten after every change to a milestone or to what the rules depend on (plan type, levels).
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col, select

from casebinder.domain.enums import (
    DeadlineStatus,
    EventKind,
    MilestoneKind,
    Outcome,
    PlanType,
    Service,
    Stage,
)
from casebinder.domain.models import Call, Case, CaseMilestone, CaseOption, Event
from casebinder.domain.procedures import PROCEDURES, Procedure
from casebinder.domain.rules import Deadline, LadderStage, Milestone, compute_deadlines, next_stage_for_filing
from casebinder.errors import InvalidInput
from casebinder.infra.rulebook import rulebook
from casebinder.phrases import Phrase, data_said, joined, said, stored
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import parse_enum
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault

LEVELS_KEY = "internal_levels"


# --- case options ------------------------------------------------------------------------------------
def option(session: Session, case_id: int, key: str) -> str | None:
    row = session.get(CaseOption, (case_id, key))
    return row.value if row is not None else None


def set_option(session: Session, case_id: int, key: str, value: str | None) -> None:
    row = session.get(CaseOption, (case_id, key))
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(CaseOption(case_id=case_id, key=key, value=value))
    else:
        row.value = value


def internal_levels(session: Session, case: Case) -> int:
    value = option(session, case.id or 0, LEVELS_KEY)
    return int(value) if value else 1


def set_internal_levels_in(session: Session, case: Case, levels: int) -> None:
    """Inside an open transaction (case add and edit): the plan's internal appeal levels, checked."""
    ladder = rulebook().ladder_for(case.plan_type.value)
    allowed = ladder.max_internal_levels.get(case.plan_type.value, 1) if ladder.max_internal_levels else 1
    if not 1 <= levels <= max(1, allowed):
        raise InvalidInput(
            "a {plan_type} plan has at most {allowed} internal appeal level(s)",
            plan_type=case.plan_type.label,
            allowed=allowed,
        )
    set_option(session, case.id or 0, LEVELS_KEY, str(levels))


# --- stages ------------------------------------------------------------------------------------------
def stage_label(plan_type: str, stage: str) -> str:
    found = rulebook().ladder_for(plan_type).stage(stage)
    return found.label if found else stage.replace("-", " ").capitalize()


@query("stage.list")
def stages(vault: Vault, case_id: int) -> list[LadderStage]:
    """The stages of the case's appeal ladder, in order."""
    with vault.session() as session:
        case = get_case(session, case_id)
    return list(rulebook().ladder_for(case.plan_type.value).stages)


def fit_stage_to_plan(case: Case) -> None:
    """A case whose plan type changed keeps its stage only if the new ladder has it."""
    ladder = rulebook().ladder_for(case.plan_type.value)
    if ladder.stage(case.stage) is None:
        case.stage = ladder.first_stage


@command("stage.set")
def set_stage(vault: Vault, case_id: int, stage: Stage | str, on: dt.date | None = None) -> Changes:
    with vault.transaction() as session:
        case = get_case(session, case_id)
        ladder = rulebook().ladder_for(case.plan_type.value)
        if ladder.stage(str(stage)) is None:
            choices = ", ".join(s.id for s in ladder.stages)
            raise InvalidInput(
                "{stage!r} is not a stage of a {plan_type} case (choose from {choices})",
                stage=stage,
                plan_type=case.plan_type.label,
                choices=choices,
            )
        case.stage = Stage(stage)
        when = dt.datetime.combine(on or dt.date.today(), dt.time())
        line = said("Stage: {stage}", stage=data_said(stage_label(case.plan_type.value, case.stage)))
        session.add(
            Event(
                case_id=case_id,
                at=when,
                kind=EventKind.STAGE,
                title=str(line),
                said=stored(title=line),
            )
        )
        return Changes(case_id=case_id, case=True, timeline=True, record=detached(session, case))


# --- milestones --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MilestoneFields:
    """What happened. ``on``: the day it happened or arrived (None: not known); ``dated``: the date printed
    on the notice. Rules count from one or the other, so give both when you have them."""

    kind: MilestoneKind | str
    on: dt.datetime | None = None
    urgent: bool = False
    service: Service | str | None = None
    outcome: Outcome | str | None = None
    dated: dt.date | None = None
    takes_effect: dt.date | None = None  # the day the plan's change (a cut, an end) takes effect

    def checked(self) -> "MilestoneFields":
        """The same with every id turned into its vocabulary member (a sentence for an unknown one)."""
        if self.on is None and self.dated is None:
            raise InvalidInput(
                "give the day it happened or arrived (--on), the date printed on the notice (--dated) or both"
            )
        if self.on is not None and self.dated is not None and self.dated > self.on.date():
            raise InvalidInput(
                "the notice is dated {dated}, after the day it arrived ({on}): check the two dates",
                dated=self.dated,
                on=self.on,
            )
        return MilestoneFields(
            kind=parse_enum(MilestoneKind, str(self.kind)),
            on=self.on,
            urgent=self.urgent,
            service=parse_enum(Service, str(self.service)) if self.service else None,
            outcome=parse_enum(Outcome, str(self.outcome)) if self.outcome else None,
            dated=self.dated,
            takes_effect=self.takes_effect,
        )

    @property
    def at(self) -> dt.datetime:
        """Where it sits on the timeline: the day it happened, else the notice's date."""
        if self.on is not None:
            return self.on
        assert self.dated is not None
        return dt.datetime.combine(self.dated, dt.time())


def milestone_of(row: CaseMilestone) -> Milestone:
    return Milestone(
        row.kind,
        row.at,
        row.stage,
        row.urgent,
        row.service,
        row.outcome,
        row.id,
        dated=row.dated,
        at_known=row.at_known,
        takes_effect=row.takes_effect,
    )


def milestones_of(session: Session, case_id: int) -> list[Milestone]:
    rows = session.exec(select(CaseMilestone).where(col(CaseMilestone.case_id) == case_id))
    return [milestone_of(r) for r in rows]


def _deadlines(session: Session, case: Case, now: dt.datetime) -> list[Deadline]:
    assert case.id is not None
    return compute_deadlines(
        rulebook(),
        case.plan_type.value,
        milestones_of(session, case.id),
        now,
        internal_levels(session, case),
        case.state.value if case.state else "",
    )


def add_milestone_in(
    session: Session, case: Case, fields: MilestoneFields, now: dt.datetime, document_id: int | None = None
) -> CaseMilestone:
    """Record a milestone inside an open transaction (the importer uses this for dated denial letters,
    giving the letter's ``document_id``)."""
    fields = fields.checked()
    kind = MilestoneKind(fields.kind)
    assert case.id is not None
    if document_id is None:
        from_the_letter = _made_from_the_same_notice(session, case.id, kind, fields)
        if from_the_letter is not None:
            return _learn_the_arrival(session, case, from_the_letter, fields, now)
    plan = case.plan_type.value
    open_filings = [
        d.stage
        for d in _deadlines(session, case, now)
        if d.rule.deadline == "file" and d.status in ("open", "missed")
    ]
    stage = next_stage_for_filing(rulebook(), plan, kind, case.stage, open_filings)
    row = CaseMilestone(
        case_id=case.id,
        kind=kind,
        at=fields.at,
        stage=stage,
        urgent=fields.urgent,
        service=Service(fields.service) if fields.service else None,
        outcome=Outcome(fields.outcome) if fields.outcome else None,
        document_id=document_id,
        dated=fields.dated,
        at_known=fields.on is not None,
        takes_effect=fields.takes_effect,
    )
    session.add(row)
    session.flush()
    case.stage = stage
    _add_line(session, case, row, fields)
    refresh_deadline_events(session, case, now)
    return row


def _made_from_the_same_notice(
    session: Session, case_id: int, kind: MilestoneKind, fields: MilestoneFields
) -> CaseMilestone | None:
    """The milestone a scanned-in notice made (dated, its arrival not known) that ``fields`` describe again:
    same kind, same date printed on the notice, now with the day it arrived."""
    if fields.on is None or fields.dated is None:
        return None
    return session.exec(
        select(CaseMilestone).where(
            col(CaseMilestone.case_id) == case_id,
            col(CaseMilestone.kind) == kind,
            col(CaseMilestone.document_id).is_not(None),
            col(CaseMilestone.at_known).is_(False),
            col(CaseMilestone.dated) == fields.dated,
        )
    ).first()


def _learn_the_arrival(
    session: Session, case: Case, row: CaseMilestone, fields: MilestoneFields, now: dt.datetime
) -> CaseMilestone:
    """The person says when the notice they scanned in arrived: the same milestone learns the day (its
    deadlines now count from receipt, as the rules say), rather than a second denial with a second clock."""
    row.at, row.at_known = fields.at, True
    row.urgent = row.urgent or fields.urgent
    row.service = Service(fields.service) if fields.service else row.service
    row.outcome = Outcome(fields.outcome) if fields.outcome else row.outcome
    row.takes_effect = fields.takes_effect or row.takes_effect
    for line in session.exec(select(Event).where(col(Event.milestone_id) == row.id)):
        session.delete(line)
    session.flush()
    _add_line(session, case, row, fields)
    refresh_deadline_events(session, case, now)
    return row


def _add_line(session: Session, case: Case, row: CaseMilestone, fields: MilestoneFields) -> None:
    """The milestone's own timeline line: what happened, at which stage, and what it said."""
    kind, stage, plan = row.kind, row.stage, case.plan_type.value
    parts = joined(
        [
            fields.outcome if isinstance(fields.outcome, Outcome) else "",
            said("urgent") if fields.urgent else "",
            Service(fields.service) if fields.service else "",
            said("notice dated {day}", day=fields.dated) if fields.dated else "",
            "" if fields.on is not None else said("day received not entered"),
            said("takes effect {day}", day=fields.takes_effect) if fields.takes_effect else "",
        ],
        ", ",
    )
    line = said("{kind} ({stage})", kind=kind, stage=data_said(stage_label(plan, stage)))
    session.add(
        Event(
            case_id=row.case_id,
            at=fields.at,
            all_day=fields.at.time() == dt.time(),
            kind=EventKind.DECISION if kind.is_decision else EventKind.STAGE,
            title=str(line),
            said=stored(title=line, detail=parts),
            detail=str(parts),
            milestone_id=row.id,
        )
    )
    session.flush()


_CLOSED_STATES = {
    DeadlineStatus.MET: said(" (done)"),
    DeadlineStatus.DECIDED_LATE: said(" (decided late)"),
    DeadlineStatus.FILED_LATE: said(" (filed late)"),
}


def clear_deadline_events(session: Session, case_id: int) -> None:
    session.execute(delete(Event).where(col(Event.case_id) == case_id, col(Event.kind) == EventKind.DEADLINE))


def refresh_deadline_events(session: Session, case: Case, now: dt.datetime) -> None:
    """The timeline's deadline lines are derived from the milestones: bring them in line after every change.

    Lines still right keep their rows (and ids: a selected line stays selected, Undo's rows stay valid);
    the rest are replaced."""
    assert case.id is not None
    query_ = select(Event).where(col(Event.case_id) == case.id, col(Event.kind) == EventKind.DEADLINE)
    existing: dict[tuple[object, ...], list[Event]] = {}
    for old in session.exec(query_.order_by(col(Event.id))):
        existing.setdefault((old.at, old.all_day, old.title, old.detail, old.said), []).append(old)
    wanted: list[Event] = []
    for d in _deadlines(session, case, now):
        who = said("You:") if d.rule.deadline == "file" else said("Insurer or reviewer:")
        state = _CLOSED_STATES.get(d.status, "")  # overdue/missed change with time: shown live
        line = said("Deadline — {who} {rule}{state}", who=who, rule=data_said(d.rule.label), state=state)
        explained = joined([*d.explained, said("{source}.", source=d.rule.source), data_said(d.rule.note)])
        title, detail, phrase = str(line), str(explained), stored(title=line, detail=explained)
        same = existing.get((d.due, d.all_day, title, detail, phrase))
        if same:
            same.pop(0)
            continue
        wanted.append(
            Event(
                case_id=case.id,
                at=d.due,
                all_day=d.all_day,
                kind=EventKind.DEADLINE,
                title=title,
                said=phrase,
                detail=detail,
            )
        )
    for stale in (row for rows in existing.values() for row in rows):
        session.delete(stale)
    session.flush()
    session.add_all(wanted)


@command("event.add")
def add_milestone(vault: Vault, case_id: int, fields: MilestoneFields) -> Changes:
    """Record what happened (a denial received, an appeal sent...); the deadlines it sets follow."""
    with vault.transaction() as session:
        case = get_case(session, case_id)
        row = add_milestone_in(session, case, fields, dt.datetime.now())
        return Changes(case_id=case_id, case=True, timeline=True, record=detached(session, row))


@query("event.list")
def list_milestones(vault: Vault, case_id: int) -> list[CaseMilestone]:
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(CaseMilestone).where(col(CaseMilestone.case_id) == case_id)
        return list(session.exec(query_.order_by(col(CaseMilestone.at), col(CaseMilestone.id))))


@command("event.delete")
def delete_milestone(vault: Vault, milestone_id: int, *, dry_run: bool = False) -> Changes:
    """Remove a milestone (entered by mistake); its timeline line and the deadlines it set go with it."""
    from casebinder.usecases.snapshots import delete_whole

    with vault.transaction() as session:
        row = get(session, CaseMilestone, milestone_id)
        case = get_case(session, row.case_id)
        what = said("the milestone “{kind}” of {day}", kind=row.kind, day=row.at.date())
        snapshot = delete_whole(session, "case_milestone", milestone_id, what, case.id, dry_run=dry_run)
        if not dry_run:
            session.flush()
            refresh_deadline_events(session, case, dt.datetime.now())
    return Changes(case_id=case.id, case=not dry_run, timeline=not dry_run, undo=snapshot)


# --- deadlines ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseDeadline:
    case_id: int
    case_title: str
    deadline: Deadline
    said_alert: Phrase  # for an insurer that is overdue: what that allows (empty otherwise)

    @property
    def alert(self) -> str:
        return str(self.said_alert)


@query("deadlines.list")
def case_deadlines(
    vault: Vault, case_id: int | None = None, now: dt.datetime | None = None, trigger_id: int | None = None
) -> list[CaseDeadline]:
    """Every deadline of one case (or all), soonest first; ``trigger_id``: only those one milestone set."""
    now = now or dt.datetime.now()
    book = rulebook()
    found: list[CaseDeadline] = []
    with vault.session() as session:
        query_ = select(Case)
        if case_id is not None:
            get_case(session, case_id)
            query_ = query_.where(col(Case.id) == case_id)
        for case in session.exec(query_):
            assert case.id is not None
            ladder = book.ladder_for(case.plan_type.value)
            for deadline in _deadlines(session, case, now):
                if trigger_id is not None and deadline.trigger.id != trigger_id:
                    continue
                alert = Phrase("")
                if deadline.status is DeadlineStatus.OVERDUE:
                    alert = said(
                        "{what} ({source})", what=data_said(ladder.overdue), source=ladder.overdue_source
                    )
                elif deadline.status is DeadlineStatus.DECIDED_LATE:
                    what = data_said(ladder.decided_late or ladder.overdue)
                    alert = said("{what} ({source})", what=what, source=ladder.overdue_source)
                found.append(CaseDeadline(case.id, case.title, deadline, alert))
    return sorted(found, key=lambda d: d.deadline.due)


@dataclass(frozen=True)
class FollowUp:
    case_id: int
    case_title: str
    day: dt.date
    said_title: Phrase  # "Follow up on call with Marcus"
    call_id: int | None = None
    overdue: bool = False  # its day has passed and it was not marked done

    @property
    def title(self) -> str:
        return str(self.said_title)


@query("followups.list")
def follow_ups(vault: Vault, case_id: int | None = None, today: dt.date | None = None) -> list[FollowUp]:
    """The follow-up dates of calls not yet done: from today on, and the missed ones (overdue) too, so a
    follow-up never silently drops off the list; done ones are not listed."""
    today = today or dt.date.today()
    with vault.session() as session:
        query_ = (
            select(Call, Case)
            .join(Case, col(Call.case_id) == col(Case.id))
            .where(col(Call.follow_up).is_not(None), col(Call.follow_up_done).is_(False))
        )
        if case_id is not None:
            query_ = query_.where(col(Call.case_id) == case_id)
        rows = session.exec(query_).all()
    return sorted(
        (
            FollowUp(
                case.id or 0,
                case.title,
                call.follow_up,
                said("Follow up on call with {who}", who=call.rep_name or call.with_whom),
                call.id,
                call.follow_up < today,
            )
            for call, case in rows
            if call.follow_up is not None
        ),
        key=lambda f: f.day,
    )


# --- the vocabulary of procedures ------------------------------------------------------------------------
@query("procedure.list")
def list_procedures() -> tuple[Procedure, ...]:
    """The procedure templates a case can name (``case add --procedure``; the New case dialog's list)."""
    return PROCEDURES


def plan_type(text: str) -> PlanType:
    return parse_enum(PlanType, text)

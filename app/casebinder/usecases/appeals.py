"""Where a case stands: its stage, the milestones of its appeal, and the deadlines they set.

Deadlines are never stored: they are computed from the milestones with the rule data each time, so a
correction to a date or to the rules shows everywhere at once.
"""

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from casebinder.domain.enums import EventKind
from casebinder.domain.models import Call, Case, CaseMilestone, CaseOption, Event
from casebinder.domain.rules import (
    MILESTONES,
    OUTCOMES,
    Deadline,
    Milestone,
    compute_deadlines,
    next_stage_for_filing,
)
from casebinder.errors import InvalidInput
from casebinder.infra.rulebook import denial_notice_elements, rulebook
from casebinder.usecases.cases import get_case
from casebinder.usecases.changes import Changes
from casebinder.vault import Vault

LEVELS_KEY = "internal_levels"
DENIAL_PREFIX = "denial-notice:"


def _option(session: Session, case_id: int, key: str) -> str | None:
    row = session.get(CaseOption, (case_id, key))
    return row.value if row is not None else None


def _set_option(session: Session, case_id: int, key: str, value: str | None) -> None:
    row = session.get(CaseOption, (case_id, key))
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(CaseOption(case_id=case_id, key=key, value=value))
    else:
        row.value = value


def internal_levels(session: Session, case: Case) -> int:
    value = _option(session, case.id or 0, LEVELS_KEY)
    return int(value) if value else 1


def set_internal_levels(vault: Vault, case_id: int, levels: int) -> Changes:
    with vault.transaction() as session:
        case = get_case(session, case_id)
        ladder = rulebook().ladder_for(case.plan_type.value)
        allowed = ladder.max_internal_levels.get(case.plan_type.value, 1) if ladder.max_internal_levels else 1
        if not 1 <= levels <= max(1, allowed):
            raise InvalidInput(
                f"a {case.plan_type.label} plan has at most {allowed} internal appeal level(s)"
            )
        _set_option(session, case_id, LEVELS_KEY, str(levels))
        session.flush()
        refresh_deadline_events(session, case, dt.datetime.now())
    return Changes(case_id=case_id, case=True, timeline=True)


def stage_label(plan_type: str, stage: str) -> str:
    found = rulebook().ladder_for(plan_type).stage(stage)
    return found.label if found else stage.replace("-", " ").capitalize()


def set_stage(vault: Vault, case_id: int, stage: str, on: dt.date | None = None) -> Changes:
    with vault.transaction() as session:
        case = get_case(session, case_id)
        ladder = rulebook().ladder_for(case.plan_type.value)
        if ladder.stage(stage) is None:
            choices = ", ".join(s.id for s in ladder.stages)
            raise InvalidInput(
                f"{stage!r} is not a stage of a {case.plan_type.label} case (choose from {choices})"
            )
        case.stage = stage
        when = dt.datetime.combine(on or dt.date.today(), dt.time())
        session.add(
            Event(
                case_id=case_id,
                at=when,
                kind=EventKind.STAGE,
                title=f"Stage: {stage_label(case.plan_type.value, stage)}",
            )
        )
    return Changes(case_id=case_id, case=True, timeline=True)


def _milestones(session: Session, case_id: int) -> list[Milestone]:
    rows = session.exec(select(CaseMilestone).where(col(CaseMilestone.case_id) == case_id))
    return [Milestone(r.kind, r.at, r.stage, r.urgent, r.service, r.outcome, r.id) for r in rows]


@dataclass(frozen=True)
class MilestoneFields:
    kind: str
    on: dt.datetime
    urgent: bool = False
    service: str = ""
    outcome: str = ""


_TITLES = {
    "prior-auth-requested": "Prior authorization requested",
    "prior-auth-decision": "Prior-authorization decision",
    "claim-submitted": "Claim submitted",
    "denial-received": "Denial received",
    "appeal-submitted": "Appeal submitted",
    "decision-received": "Decision received",
    "external-review-requested": "External review requested",
    "external-review-decision": "External review decision",
    "complaint-filed": "Complaint filed",
}


def add_milestone_in(
    session: Session, case: Case, fields: MilestoneFields, now: dt.datetime
) -> CaseMilestone:
    """Record a milestone inside an open transaction (the importer uses this for dated denial letters)."""
    if fields.kind not in MILESTONES:
        raise InvalidInput(f"unknown event kind {fields.kind!r} (choose from {', '.join(MILESTONES)})")
    if fields.outcome and fields.outcome not in OUTCOMES:
        raise InvalidInput(f"unknown outcome {fields.outcome!r} (choose from {', '.join(OUTCOMES)})")
    if fields.service not in ("", "pre", "post"):
        raise InvalidInput("--service is pre or post")
    assert case.id is not None
    book = rulebook()
    plan = case.plan_type.value
    open_filings = [
        d.stage
        for d in compute_deadlines(
            book, plan, _milestones(session, case.id), now, internal_levels(session, case)
        )
        if d.rule.deadline == "file" and d.status in ("open", "missed")
    ]
    stage = next_stage_for_filing(book, plan, fields.kind, case.stage, open_filings)
    row = CaseMilestone(
        case_id=case.id,
        kind=fields.kind,
        at=fields.on,
        stage=stage,
        urgent=fields.urgent,
        service=fields.service,
        outcome=fields.outcome,
    )
    session.add(row)
    case.stage = stage
    decision = fields.kind in (
        "denial-received",
        "decision-received",
        "prior-auth-decision",
        "external-review-decision",
    )
    detail = ", ".join(
        p
        for p in (
            fields.outcome,
            "urgent" if fields.urgent else "",
            f"{fields.service}-service" if fields.service else "",
        )
        if p
    )
    session.add(
        Event(
            case_id=case.id,
            at=fields.on,
            all_day=fields.on.time() == dt.time(),
            kind=EventKind.DECISION if decision else EventKind.STAGE,
            title=f"{_TITLES[fields.kind]} ({stage_label(plan, stage)})",
            detail=detail,
        )
    )
    session.flush()
    refresh_deadline_events(session, case, now)
    return row


def refresh_deadline_events(session: Session, case: Case, now: dt.datetime) -> None:
    """The timeline's deadline lines are derived from the milestones: rewrite them after every change."""
    assert case.id is not None
    query = select(Event).where(col(Event.case_id) == case.id, col(Event.kind) == EventKind.DEADLINE)
    for old in session.exec(query):
        session.delete(old)
    session.flush()
    book = rulebook()
    for d in compute_deadlines(
        book, case.plan_type.value, _milestones(session, case.id), now, internal_levels(session, case)
    ):
        who = "You:" if d.rule.deadline == "file" else "Insurer or reviewer:"
        state = (
            " (done)" if d.status == "met" else ""
        )  # overdue/missed change with time: shown live, not stored
        session.add(
            Event(
                case_id=case.id,
                at=d.due,
                all_day=d.all_day,
                kind=EventKind.DEADLINE,
                title=f"Deadline — {who} {d.rule.label}{state}",
                detail=f"{d.rule.period.describe()}, {d.rule.source}. {d.rule.note}".strip(),
            )
        )


def add_milestone(vault: Vault, case_id: int, fields: MilestoneFields) -> Changes:
    with vault.transaction() as session:
        add_milestone_in(session, get_case(session, case_id), fields, dt.datetime.now())
    return Changes(case_id=case_id, case=True, timeline=True)


@dataclass(frozen=True)
class CaseDeadline:
    case_id: int
    case_title: str
    deadline: Deadline
    alert: str  # for an insurer that is overdue: what that allows


def case_deadlines(
    vault: Vault, case_id: int | None = None, now: dt.datetime | None = None
) -> list[CaseDeadline]:
    now = now or dt.datetime.now()
    book = rulebook()
    found: list[CaseDeadline] = []
    with vault.session() as session:
        query = select(Case)
        if case_id is not None:
            get_case(session, case_id)
            query = query.where(col(Case.id) == case_id)
        for case in session.exec(query):
            assert case.id is not None
            ladder = book.ladder_for(case.plan_type.value)
            for deadline in compute_deadlines(
                book, case.plan_type.value, _milestones(session, case.id), now, internal_levels(session, case)
            ):
                alert = f"{ladder.overdue} ({ladder.overdue_source})" if deadline.status == "overdue" else ""
                found.append(CaseDeadline(case.id, case.title, deadline, alert))
    return sorted(found, key=lambda d: d.deadline.due)


@dataclass(frozen=True)
class FollowUp:
    case_id: int
    case_title: str
    day: dt.date
    title: str


def follow_ups(vault: Vault, case_id: int | None = None, today: dt.date | None = None) -> list[FollowUp]:
    today = today or dt.date.today()
    with vault.session() as session:
        query = (
            select(Call, Case)
            .join(Case, col(Call.case_id) == col(Case.id))
            .where(col(Call.follow_up) >= today)
        )
        if case_id is not None:
            query = query.where(col(Call.case_id) == case_id)
        rows = session.exec(query).all()
    return sorted(
        (
            FollowUp(
                case.id or 0,
                case.title,
                call.follow_up,
                f"Follow up on call with {call.rep_name or call.with_whom}",
            )
            for call, case in rows
            if call.follow_up is not None
        ),
        key=lambda f: f.day,
    )


def to_ics(
    items: list[CaseDeadline], follow: list[FollowUp], remind_days: int = 7, stamp: dt.datetime | None = None
) -> str:
    """An iCalendar file of the open deadlines and follow-ups, each with a reminder ``remind_days`` before."""
    stamp = stamp or dt.datetime.now(dt.UTC)

    def text(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Casebinder//Deadlines//EN", "CALSCALE:GREGORIAN"]

    def event(uid: str, day: dt.date, summary: str, description: str) -> None:
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@casebinder",
                f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{text(summary)}",
                f"DESCRIPTION:{text(description)}",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{text(summary)}",
                f"TRIGGER:-P{remind_days}D",
                "END:VALARM",
                "END:VEVENT",
            ]
        )

    disclaimer = rulebook().disclaimer
    for item in items:
        d = item.deadline
        if d.status in ("met",):
            continue
        description = f"{d.rule.label}. Rule {d.rule.id}: {d.rule.period.describe()}, {d.rule.source}."
        if d.rule.note:
            description += f" {d.rule.note}"
        event(
            f"{item.case_id}-{d.rule.id}-{d.trigger.id}",
            d.due.date(),
            f"{d.rule.label} — {item.case_title}",
            f"{description} {disclaimer}",
        )
    for index, f in enumerate(follow):
        event(
            f"{f.case_id}-follow-up-{f.day:%Y%m%d}-{index}",
            f.day,
            f"{f.title} — {f.case_title}",
            "From your call log.",
        )
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF and a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


@dataclass(frozen=True)
class NoticeElement:
    id: str
    label: str
    source: str
    present: bool
    if_missing: str


def denial_notice_check(vault: Vault, case_id: int, present: set[str] | None = None) -> list[NoticeElement]:
    """What a denial notice must state; ``present`` (when given) records what this case's letter contains."""
    data = denial_notice_elements()
    with vault.transaction() as session:
        case = get_case(session, case_id)
        elements = [e for e in data["elements"] if not e.get("plans") or case.plan_type.value in e["plans"]]
        known = {e["id"] for e in elements}
        if present is not None:
            unknown = present - known
            if unknown:
                raise InvalidInput(
                    f"unknown notice element(s): {', '.join(sorted(unknown))} "
                    f"(choose from {', '.join(sorted(known))})"
                )
            for element_id in known:
                _set_option(
                    session, case_id, DENIAL_PREFIX + element_id, "yes" if element_id in present else None
                )
            session.flush()
        ticked = {e["id"] for e in elements if _option(session, case_id, DENIAL_PREFIX + e["id"]) == "yes"}
    return [
        NoticeElement(e["id"], e["label"], e["source"], e["id"] in ticked, e["if_missing"]) for e in elements
    ]

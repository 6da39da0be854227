"""``casebinder procedures|stage|event|deadlines|checklist|denial-check``: where a case stands, what it
needs, and the deadlines the law sets."""

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    Noun,
    case_flag,
    choices,
    command,
    delete_command,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    record_id,
    records,
    vocabulary,
    yes_flag,
)
from casebinder.domain.enums import ChecklistStatus, MilestoneKind, Outcome, Service
from casebinder.errors import InvalidInput


def register(commands: "Commands") -> None:
    sub = command(
        commands,
        "procedures",
        cmd_procedures,
        "the procedure template ids for case add --procedure",
        ops=["procedure.list"],
    )
    json_flag(sub)

    stage = Noun(commands, "stage", "where a case stands")
    sub = stage.command(
        "set", cmd_stage_set, "move a case to a stage of its appeal ladder", ops=["stage.set", *OPENS_VAULT]
    )
    case_flag(sub)
    sub.add_argument("stage", metavar="STAGE")
    sub.add_argument("--on", metavar="DATE")
    sub = stage.command("list", cmd_stage_list, "the stages of the case's appeal ladder", ops=["stage.list"])
    case_flag(sub)
    json_flag(sub)

    event = Noun(commands, "event", "appeal milestones (they set the deadlines)")
    sub = event.command(
        "add",
        cmd_event_add,
        "record a milestone: denial received, appeal submitted...",
        ops=["event.add", "deadlines.list"],
    )
    case_flag(sub)
    sub.add_argument(
        "--kind",
        required=True,
        **vocabulary(MilestoneKind),
    )
    sub.add_argument("--on", metavar="DATE", help="the day it happened or arrived (a date, or date and time)")
    sub.add_argument(
        "--dated",
        metavar="DATE",
        help="the date printed on the notice (some rules count from it); give --on, --dated or both",
    )
    sub.add_argument(
        "--takes-effect",
        metavar="DATE",
        help="the day the plan's change takes effect (Medicaid: keeping a service during the appeal)",
    )
    sub.add_argument("--urgent", action="store_true", help="urgent care: the expedited clocks apply")
    sub.add_argument(
        "--service",
        choices=choices(Service),
        help="before (pre) or after (post) the care, or a Medicare Part B drug (part-b-drug)",
    )
    sub.add_argument("--outcome", choices=choices(Outcome))
    sub = event.command("list", cmd_event_list, "a case's milestones", ops=["event.list"])
    case_flag(sub)
    json_flag(sub)
    sub = event.command(
        "delete", cmd_event_delete, "delete a milestone (and the deadlines it set)", ops=["event.delete"]
    )
    id_argument(sub, "milestone")
    yes_flag(sub)

    sub = command(
        commands,
        "deadlines",
        cmd_deadlines,
        "deadlines and follow-ups, with their rules and sources",
        ops=["deadlines.list", "followups.list", "deadlines.calendar"],
    )
    sub.add_argument("--case", type=record_id, metavar="ID")
    sub.add_argument("--ics", metavar="OUT.ics", help="write them as a calendar file instead")
    sub.add_argument(
        "--remind-days", type=int, default=7, metavar="N", help="calendar reminder N days before"
    )
    json_flag(sub)

    sub = command(
        commands,
        "next-steps",
        cmd_next_steps,
        "what to do next and by when: your deadlines, follow-ups, missing documents",
        ops=["nextsteps.list"],
    )
    sub.add_argument("--case", type=record_id, metavar="ID", help="one case (default: all of them)")
    json_flag(sub)

    sub = command(
        commands,
        "checklist",
        cmd_checklist,
        "the documents each stage needs, and what is missing",
        ops=["checklist.show", "checklist.link", "checklist.unlink", "checklist.mark"],
    )
    case_flag(sub)
    sub.add_argument("--stage", metavar="S")
    sub.add_argument(
        "--link", action="append", metavar="ITEM:DOC", help="link a document to an item (repeat)"
    )
    sub.add_argument("--unlink", action="append", metavar="ITEM:DOC", help="take a link away (repeat)")
    sub.add_argument(
        "--mark",
        action="append",
        metavar="ITEM:STATUS",
        help=f"{', '.join(choices(ChecklistStatus))} (repeat)",
    )
    json_flag(sub)

    sub = command(
        commands,
        "denial-check",
        cmd_denial_check,
        "what a denial notice must state, and what is missing",
        ops=["denial.check", "denial.rules", "denial.record"],
    )
    case_flag(sub)
    sub.add_argument("--has", metavar="IDS", help="comma-separated elements your letter contains (saved)")
    json_flag(sub)


def cmd_procedures(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import list_procedures

    procedures = list_procedures()
    if args.json:
        emit_json([{"id": p.id, "label": p.label} for p in procedures])
        return 0
    for procedure in procedures:
        print(f"{procedure.id:<28} {procedure.label}")
    return 0


def cmd_stage_set(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import set_stage
    from casebinder.usecases.parse import parse_date

    with open_args_vault(args) as vault:
        set_stage(vault, args.case, args.stage, parse_date(args.on, "--on") if args.on else None)
    print(f"case {args.case} is now at stage {args.stage}")
    return 0


def cmd_stage_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import stages

    with open_args_vault(args) as vault:
        ladder = stages(vault, args.case)
    if args.json:
        emit_json([{"id": s.id.value, "label": s.label, "internal": s.internal} for s in ladder])
        return 0
    for s in ladder:
        print(f"{s.id.value:<28} {s.label}")
    return 0


def cmd_event_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import MilestoneFields, add_milestone, case_deadlines
    from casebinder.usecases.parse import parse_date, parse_datetime

    fields = MilestoneFields(
        kind=args.kind,
        on=parse_datetime(args.on, "--on") if args.on else None,
        urgent=args.urgent,
        service=args.service,
        outcome=args.outcome,
        dated=parse_date(args.dated, "--dated") if args.dated else None,
        takes_effect=parse_date(args.takes_effect, "--takes-effect") if args.takes_effect else None,
    )
    with open_args_vault(args) as vault:
        milestone = add_milestone(vault, args.case, fields).record
        created = case_deadlines(vault, args.case, trigger_id=milestone.id)
    print(f"{args.kind} recorded for case {args.case}")
    for item in created:
        d = item.deadline
        when = f"{d.due:%Y-%m-%d}" if d.all_day else f"{d.due:%Y-%m-%d %H:%M}"
        print(f"  deadline {when}: {d.rule.label} ({d.basis}; {d.rule.source})")
        for line in (d.counted_from.why, *d.notes):
            if line:
                print(f"    {line}")
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import list_milestones

    with open_args_vault(args) as vault:
        milestones = list_milestones(vault, args.case)
    if args.json:
        emit_json(records(milestones))
        return 0
    for m in milestones:
        extra = ", ".join(
            x for x in (m.outcome.label if m.outcome else "", "urgent" if m.urgent else "") if x
        )
        on = f"{m.at:%Y-%m-%d}" if m.at_known else "not known"
        dated = f"  notice dated {m.dated:%Y-%m-%d}" if m.dated else ""
        print(
            f"{m.id:>4}  {on:<10}  {m.kind.label:<40} {m.stage.value}{dated}"
            + (f"  ({extra})" if extra else "")
        )
    return 0


def cmd_event_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import delete_milestone

    return delete_command(args, "milestone", delete_milestone)


def _deadline_record(item: Any, today: dt.date) -> dict[str, Any]:
    d = item.deadline
    return {
        "id": f"{item.case_id}:{d.rule.id}:{d.trigger.id}",
        "kind": "deadline",
        "case_id": item.case_id,
        "case_title": item.case_title,
        "date": d.due.date().isoformat() if d.all_day else d.due.isoformat(timespec="minutes"),
        "days_left": d.days_left(today),
        "status": d.status.value,
        "who": "you" if d.rule.deadline == "file" else "insurer or reviewer",
        "label": d.rule.label,
        "stage": d.stage.value,
        "rule_id": d.rule.id,
        "source": d.rule.source,
        "effective": d.rule.effective.isoformat(),
        "plain": d.rule.plain,
        "note": d.rule.note,
        "counted_from": {
            "which": d.counted_from.which,
            "date": d.counted_from.at.date().isoformat()
            if d.all_day
            else d.counted_from.at.isoformat(timespec="minutes"),
            "text": d.basis,
            "why": str(d.counted_from.why),
        },
        "period": d.period.describe(),
        "explanation": d.explanation,
        "optional": d.rule.optional,
        "alert": item.alert,
    }


def cmd_next_steps(args: argparse.Namespace) -> int:
    from casebinder.usecases.next_steps import next_steps

    today = dt.date.today()
    with open_args_vault(args) as vault:
        steps = next_steps(vault, args.case, today)
    if args.json:
        emit_json(
            [
                {
                    "case_id": s.case_id,
                    "case_title": s.case_title,
                    "kind": s.kind,
                    "title": s.title,
                    "detail": s.detail,
                    "action": s.action,
                    "due": s.due.isoformat() if s.due else None,
                    "days_left": s.days_left(today),
                    "urgency": s.urgency,
                    "call_id": s.call_id,
                    "stage": s.stage or None,
                    "item_id": s.item_id or None,
                    "suggested": list(s.suggested),
                }
                for s in steps
            ]
        )
        return 0
    if not steps:
        print("nothing to do right now")
    for s in steps:
        when = f"{s.due:%Y-%m-%d}" if s.due else "          "
        mark = {"overdue": "OVERDUE", "soon": "soon"}.get(s.urgency, "")
        print(f"{when}  {mark:<8} {s.title} — {s.case_title}")
        print(f"{'':20}{s.detail}")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from casebinder.infra.rulebook import rulebook
    from casebinder.usecases.appeals import case_deadlines, follow_ups
    from casebinder.usecases.calendar import export_calendar

    today = dt.date.today()
    with open_args_vault(args) as vault:
        if args.ics:
            deadlines, follow = export_calendar(vault, Path(args.ics), args.case, args.remind_days)
            print(f"wrote {args.ics} ({deadlines} deadlines, {follow} follow-ups)")
            return 0
        items = case_deadlines(vault, args.case)
        follow_list = follow_ups(vault, args.case)
    if args.json:
        found = [_deadline_record(i, today) for i in items]
        found += [
            {
                "id": f"{f.case_id}:follow-up:{f.day}",
                "kind": "follow-up",
                "case_id": f.case_id,
                "case_title": f.case_title,
                "date": f.day.isoformat(),
                "days_left": (f.day - today).days,
                "status": "overdue" if f.overdue else "open",
                "label": f.title,
                "rule_id": None,
                "source": "your call log",
            }
            for f in follow_list
        ]
        emit_json(sorted(found, key=lambda r: str(r["date"])))
        return 0
    if not items and not follow_list:
        print("no deadlines yet: record a milestone with `event add` (for example --kind denial-received)")
    for item in items:
        d = item.deadline
        when = f"{d.due:%Y-%m-%d}" if d.all_day else f"{d.due:%Y-%m-%d %H:%M}"
        print(
            f"{when}  {d.status.value:<12} {d.days_left(today):>5} days  {d.rule.label} — {item.case_title}"
        )
        print(f"{'':16}{d.basis}; {d.rule.id}, {d.rule.source}")
        for line in (d.counted_from.why, *d.notes):
            if line:
                print(f"{'':16}{line}")
        if item.alert:
            print(f"{'':16}{d.status.label.upper()}: {item.alert}")
    for f in follow_list:
        state = "overdue " if f.overdue else "follow-up"
        print(f"{f.day:%Y-%m-%d}  {state:<12} {(f.day - today).days:>5} days  {f.title} — {f.case_title}")
    print(f"\n{rulebook().disclaimer}")
    return 0


def _pairs(specs: list[str] | None, flag: str, args: argparse.Namespace) -> list[tuple[str, str]]:
    found = []
    for spec in specs or ():
        item_id, _, value = spec.partition(":")
        if not args.stage or not value:
            raise InvalidInput(f"{flag} needs --stage and ITEM:VALUE")
        found.append((item_id, value))
    return found


def cmd_checklist(args: argparse.Namespace) -> int:
    from casebinder.usecases import checklists as service

    with open_args_vault(args) as vault:
        for item_id, document in _pairs(args.link, "--link", args):
            if not document.isdigit():
                raise InvalidInput("--link needs --stage and ITEM:DOCUMENT_ID")
            service.link_document(vault, args.case, args.stage, item_id, int(document))
        for item_id, document in _pairs(args.unlink, "--unlink", args):
            service.unlink_document(vault, args.case, args.stage, item_id, int(document))
        for item_id, status in _pairs(args.mark, "--mark", args):
            service.mark_item(vault, args.case, args.stage, item_id, status)
        stages = service.checklists(vault, args.case, args.stage)
    if args.json:
        emit_json(
            [
                {
                    "id": s.stage.value,
                    "stage": s.stage.value,
                    "completion": round(s.completion, 3),
                    "items": [
                        {
                            "id": i.item.id,
                            "label": i.item.label,
                            "status": i.status.value,
                            "documents": list(i.linked),
                            "suggested": list(i.suggested),
                            "kinds": list(i.item.kinds),
                            "source": i.item.source,
                            "procedure": i.item.from_procedure,
                        }
                        for i in s.items
                    ],
                }
                for s in stages
            ]
        )
        return 0
    marks = {
        ChecklistStatus.DONE: "[x]",
        ChecklistStatus.NOT_APPLICABLE: "[-]",
        ChecklistStatus.MISSING: "[ ]",
    }
    for s in stages:
        print(f"{s.stage.value}: {round(s.completion * 100)}% complete")
        for i in s.items:
            extra = f"  documents {list(i.linked)}" if i.linked else ""
            extra += f"  suggested: {list(i.suggested)}" if i.suggested else ""
            print(f"  {marks[i.status]} {i.item.id}: {i.item.label}{extra}")
    return 0


def cmd_denial_check(args: argparse.Namespace) -> int:
    from casebinder.usecases.denial_notice import denial_notice, denial_notice_rules, record_denial_notice

    with open_args_vault(args) as vault:
        if args.has is not None:
            record_denial_notice(vault, args.case, {p.strip() for p in args.has.split(",") if p.strip()})
        elements = denial_notice(vault, args.case)
        rules = denial_notice_rules(vault, args.case)
    if args.json:
        emit_json(
            [
                {
                    "id": e.id,
                    "label": e.label,
                    "present": e.present,
                    "source": e.source,
                    "if_missing": e.if_missing,
                }
                for e in elements
            ]
        )
        return 0
    print(f"Checked against {rules.rules}:")
    missing = [e for e in elements if not e.present]
    for e in elements:
        print(f"  [{'x' if e.present else ' '}] {e.id}: {e.label} ({e.source})")
    if missing:
        print("\nWhat the missing parts let you ask for:")
        for e in missing:
            print(f"  - {e.label}: {e.if_missing}")
    print(f"\nNext step: {rules.next_step}")
    return 0

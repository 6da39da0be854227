"""``casebinder symptom``: the symptom diary, and the monthly figures an insurer's criteria count."""

import argparse
import dataclasses
import datetime as dt

from casebinder.cli.common import (
    Commands,
    Noun,
    case_flag,
    delete_command,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    optional_date,
    records,
    yes_flag,
)
from casebinder.errors import InvalidInput


def register(commands: "Commands") -> None:
    noun = Noun(commands, "symptom", "the symptom diary: days, severity, duration, what it stopped")
    sub = noun.command("add", cmd_add, "write a diary entry (several a day are fine)", ops=["symptom.add"])
    case_flag(sub)
    sub.add_argument("--symptom", required=True, metavar="TEXT", help="e.g. headache, neck spasm")
    sub.add_argument(
        "--severity", required=True, type=int, metavar="0-10", help="0: none that day; 10: the worst"
    )
    sub.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    sub.add_argument("--time", metavar="HH:MM", help="when it started")
    sub.add_argument("--hours", type=float, metavar="H", help="how long it lasted, in hours")
    sub.add_argument("--stopped", metavar="TEXT", default="", help="what it stopped you doing")
    sub.add_argument("--medication", metavar="TEXT", default="", help="what you took for it")
    sub.add_argument("--notes", metavar="TEXT", default="")

    sub = noun.command("list", cmd_list, "list the diary, newest first", ops=["symptom.list"])
    case_flag(sub)
    sub.add_argument("--symptom", metavar="TEXT", help="only this symptom")
    json_flag(sub)

    sub = noun.command("delete", cmd_delete, "delete a diary entry", ops=["symptom.delete"])
    id_argument(sub, "diary entry")
    yes_flag(sub)

    sub = noun.command(
        "summary",
        cmd_summary,
        "per month: days recorded and missing, days with the symptom, days of 4 hours or more",
        ops=["symptom.summary"],
    )
    case_flag(sub)
    sub.add_argument("--months", type=int, default=6, metavar="N", help="calendar months, this one last")
    sub.add_argument("--symptom", metavar="TEXT", help="only this symptom")
    json_flag(sub)


def _time(text: str | None) -> dt.time | None:
    if not text:
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise InvalidInput("--time: not a time: {text!r} (write it like 14:30)", text=text) from None


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.diary import SymptomFields, add_symptom

    fields = SymptomFields(
        day=optional_date(args.date, "--date") or dt.date.today(),
        symptom=args.symptom,
        severity=args.severity,
        at=_time(args.time),
        hours=args.hours,
        stopped=args.stopped,
        medication=args.medication,
        notes=args.notes,
    )
    with open_args_vault(args) as vault:
        row = add_symptom(vault, args.case, fields).record
    print(f"diary entry {row.id} added")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.diary import list_symptoms

    with open_args_vault(args) as vault:
        rows = list_symptoms(vault, args.case, args.symptom)
    if args.json:
        emit_json(records(rows))
        return 0
    for row in rows:
        when = f"{row.day} {row.at:%H:%M}" if row.at else f"{row.day}      "
        hours = f"{row.hours:g} h" if row.hours is not None else ""
        stopped = f"  stopped: {row.stopped}" if row.stopped else ""
        took = f"  took: {row.medication}" if row.medication else ""
        print(f"{row.id:>5}  {when}  {row.symptom:<24} {row.severity:>2}/10 {hours:>6}{stopped}{took}")
    if not rows:
        print("(no diary entries yet)")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.diary import delete_symptom

    return delete_command(args, "diary entry", delete_symptom)


def cmd_summary(args: argparse.Namespace) -> int:
    from casebinder.usecases.diary import summary_rows, symptom_summary

    with open_args_vault(args) as vault:
        summaries = symptom_summary(vault, args.case, args.months, args.symptom)
    if args.json:
        emit_json(
            {
                "case_id": args.case,
                "months": args.months,
                "symptoms": [
                    {
                        "symptom": s.symptom,
                        "long_hours": s.long_hours,
                        "months": [dataclasses.asdict(month) for month in s.months],
                    }
                    for s in summaries
                ],
            }
        )
        return 0
    if not summaries:
        print("(no diary entries yet)")
    for summary in summaries:
        long_ = f"{summary.long_hours:g} h or more" if summary.long_hours is not None else ""
        print(f"{summary.symptom}: missing days have no entry (not counted as free of it)")
        print(f"  {'month':<8} {'days':>4} {'recorded':>8} {'missing':>7} {'with it':>7} {long_:>14} worst")
        for row in summary_rows(summary):
            print(f"  {row[0]:<8} {row[1]:>4} {row[2]:>8} {row[3]:>7} {row[4]:>7} {row[5]:>14} {row[6]:>5}")
    return 0

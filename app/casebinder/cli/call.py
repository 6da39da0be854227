"""``casebinder call``: log, list, edit and delete phone calls."""

import argparse
import dataclasses
from typing import Any

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    Noun,
    case_flag,
    choices,
    delete_command,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    optional_date,
    records,
    yes_flag,
)
from casebinder.domain.enums import Direction


def _call_flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    sub.add_argument("--at", required=not editing, metavar="ISO", help="when, e.g. 2026-03-14T10:30")
    sub.add_argument("--rep", required=not editing, metavar="NAME", help="the representative's name")
    sub.add_argument("--ref", metavar="REF", help="the reference number the rep gave")
    sub.add_argument("--rep-id")
    sub.add_argument("--with", dest="with_whom", metavar="WHOM", help="organisation or department")
    sub.add_argument("--direction", default=None if editing else "outbound", choices=choices(Direction))
    sub.add_argument("--duration", type=int, metavar="MINUTES")
    sub.add_argument("--summary", metavar="S", help="what was said")
    sub.add_argument("--promised", metavar="TEXT", help="what was promised, in the rep's words")
    sub.add_argument("--follow-up", metavar="DATE")
    sub.add_argument("--contact", type=int, metavar="ID", help="the contact called (casebinder contact list)")
    if editing:
        sub.add_argument("--no-follow-up", action="store_true", help="take the follow-up date away")


def register(commands: "Commands") -> None:
    call = Noun(commands, "call", "phone calls")
    sub = call.command("add", cmd_add, "log a call", ops=["call.add", *OPENS_VAULT])
    case_flag(sub)
    _call_flags(sub, editing=False)
    sub = call.command("list", cmd_list, "list a case's calls", ops=["call.list"])
    case_flag(sub)
    json_flag(sub)
    sub = call.command("edit", cmd_edit, "correct what was logged of a call", ops=["call.edit"])
    id_argument(sub, "call")
    _call_flags(sub, editing=True)
    sub = call.command("delete", cmd_delete, "delete a call (and its timeline lines)", ops=["call.delete"])
    id_argument(sub, "call")
    yes_flag(sub)
    sub = call.command(
        "done", cmd_done, "mark a call's follow-up done (a missed one is listed overdue until then)",
        ops=["call.follow-up-done"],
    )  # fmt: skip
    id_argument(sub, "call")
    sub.add_argument("--undo", action="store_true", help="not done after all: list it again")


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The fields named on the command line, as CallFields keys."""
    from casebinder.usecases.parse import parse_datetime

    given: dict[str, Any] = {
        "at": parse_datetime(args.at, "--at") if args.at else None,
        "rep_name": args.rep,
        "direction": Direction(args.direction) if args.direction else None,
        "with_whom": args.with_whom,
        "rep_id": args.rep_id,
        "reference_number": args.ref,
        "duration_minutes": args.duration,
        "summary": args.summary,
        "promised": args.promised,
        "follow_up": optional_date(args.follow_up, "--follow-up"),
        "contact_id": args.contact,
    }
    return {key: value for key, value in given.items() if value is not None}


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.calls import CallFields, add_call

    with open_args_vault(args) as vault:
        call = add_call(vault, args.case, CallFields(**_given(args))).record
    print(f"call {call.id} logged")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.calls import list_calls

    with open_args_vault(args) as vault:
        calls = list_calls(vault, args.case)
    if args.json:
        emit_json(records(calls))
        return 0
    for c in calls:
        ref = f"ref {c.reference_number}" if c.reference_number else "no reference number"
        print(f"{c.id:>4}  {c.at:%Y-%m-%d %H:%M}  {c.rep_name or c.with_whom:<20} {ref}  {c.summary}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.domain.models import Call
    from casebinder.usecases.calls import CallFields, edit_call
    from casebinder.usecases.records import get

    with open_args_vault(args) as vault:
        with vault.session() as session:
            call = get(session, Call, args.id)
        current = {f.name: getattr(call, f.name) for f in dataclasses.fields(CallFields)}
        current |= _given(args)
        if args.no_follow_up:
            current["follow_up"] = None
        edit_call(vault, args.id, CallFields(**current))
    print(f"call {args.id} updated")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.calls import delete_call

    return delete_command(args, "call", delete_call)


def cmd_done(args: argparse.Namespace) -> int:
    from casebinder.usecases.calls import mark_follow_up_done

    with open_args_vault(args) as vault:
        mark_follow_up_done(vault, args.id, done=not args.undo)
    print(f"call {args.id}: follow-up {'listed again' if args.undo else 'done'}")
    return 0

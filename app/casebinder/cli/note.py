"""``casebinder note``: free-text notes on a case's timeline."""

import argparse
import datetime as dt

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    Noun,
    case_flag,
    delete_command,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    records,
    yes_flag,
)


def register(commands: "Commands") -> None:
    note = Noun(commands, "note", "notes on a case's timeline")
    sub = note.command("add", cmd_add, "add a note", ops=["note.add", *OPENS_VAULT])
    case_flag(sub)
    sub.add_argument("text", metavar="TEXT", help="the note; its first line is its title")
    sub.add_argument("--at", metavar="ISO", help="when (default: now)")
    sub = note.command("list", cmd_list, "list a case's notes", ops=["note.list"])
    case_flag(sub)
    json_flag(sub)
    sub = note.command("delete", cmd_delete, "delete a note", ops=["note.delete"])
    id_argument(sub, "note")
    yes_flag(sub)


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.notes import add_note
    from casebinder.usecases.parse import parse_datetime

    at = parse_datetime(args.at, "--at") if args.at else dt.datetime.now().replace(second=0, microsecond=0)
    title, _, detail = args.text.strip().partition("\n")
    with open_args_vault(args) as vault:
        note = add_note(vault, args.case, at, title, detail).record
    print(f"note {note.id} added")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.notes import list_notes

    with open_args_vault(args) as vault:
        notes = list_notes(vault, args.case)
    if args.json:
        emit_json(records(notes))
        return 0
    for n in notes:
        print(f"{n.id:>4}  {n.at:%Y-%m-%d %H:%M}  {n.title}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.notes import delete_note

    return delete_command(args, "note", delete_note)

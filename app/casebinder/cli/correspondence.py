"""``casebinder correspondence``: letters, faxes, portal messages and e-mails, sent or received."""

import argparse
import dataclasses
import datetime as dt
from typing import Any

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
    record_id,
    records,
    vocabulary,
    yes_flag,
)
from casebinder.domain.enums import CorrespondenceMethod, Direction

DIRECTIONS = {"sent": Direction.OUTBOUND, "received": Direction.INBOUND}


def _flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    sub.add_argument("--date", required=not editing, metavar="YYYY-MM-DD")
    sub.add_argument("--direction", required=not editing, choices=list(DIRECTIONS))
    sub.add_argument("--method", default=None if editing else "letter", **vocabulary(CorrespondenceMethod))
    sub.add_argument("--counterparty", metavar="WHO")
    sub.add_argument("--subject")
    sub.add_argument(
        "--proof", help="its proof: certified-mail or tracking number, fax confirmation, portal receipt"
    )
    sub.add_argument("--sent-to", metavar="WHERE", help="the fax number, address or portal it went to")
    sub.add_argument("--contact", type=int, metavar="ID", help="the contact it went to or came from")
    sub.add_argument("--time", metavar="HH:MM", help="when it was sent or received that day")
    sub.add_argument("--notes")
    sub.add_argument(
        "--doc", type=record_id, action="append", metavar="ID", help="an enclosed document (repeat)"
    )


def register(commands: "Commands") -> None:
    mail = Noun(commands, "correspondence", "letters, faxes, portal messages, e-mails")
    sub = mail.command(
        "add",
        cmd_add,
        "log a letter, fax, portal message or e-mail",
        ops=["correspondence.add", *OPENS_VAULT],
    )
    case_flag(sub)
    _flags(sub, editing=False)
    sub = mail.command("list", cmd_list, "list a case's letters", ops=["correspondence.list"])
    case_flag(sub)
    json_flag(sub)
    sub = mail.command("edit", cmd_edit, "correct what was logged of a letter", ops=["correspondence.edit"])
    id_argument(sub, "letter")
    _flags(sub, editing=True)
    sub = mail.command("delete", cmd_delete, "delete the record of a letter", ops=["correspondence.delete"])
    id_argument(sub, "letter")
    yes_flag(sub)


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from casebinder.usecases.parse import parse_date, parse_enum

    given: dict[str, Any] = {
        "date": parse_date(args.date, "--date") if args.date else None,
        "direction": DIRECTIONS[args.direction] if args.direction else None,
        "method": parse_enum(CorrespondenceMethod, args.method) if args.method else None,
        "counterparty": args.counterparty,
        "subject": args.subject,
        "proof": args.proof,
        "notes": args.notes,
        "sent_to": args.sent_to,
        "sent_time": _time(args.time) if args.time else None,
        "contact_id": args.contact,
    }
    return {key: value for key, value in given.items() if value is not None}


def _time(text: str) -> "dt.time":
    from casebinder.errors import InvalidInput

    try:
        return dt.time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"--time {text!r} is not a time of day (HH:MM, e.g. 14:32)") from None


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence

    with open_args_vault(args) as vault:
        item = add_correspondence(
            vault, args.case, CorrespondenceFields(**_given(args)), tuple(args.doc or ())
        ).record
    print(f"correspondence {item.id} logged")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.correspondence import enclosures, list_correspondence

    with open_args_vault(args) as vault:
        items = list_correspondence(vault, args.case)
        if args.json:
            emit_json(records(items, documents=lambda m: list(enclosures(vault, m.id))))
            return 0
    for m in items:
        way = "sent" if m.direction is Direction.OUTBOUND else "received"
        print(f"{m.id:>4}  {m.date}  {way:<8} {m.method.label:<10} {m.counterparty:<20} {m.subject}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.domain.models import Correspondence
    from casebinder.usecases.correspondence import CorrespondenceFields, edit_correspondence
    from casebinder.usecases.records import get

    with open_args_vault(args) as vault:
        with vault.session() as session:
            item = get(session, Correspondence, args.id)
        current = {f.name: getattr(item, f.name) for f in dataclasses.fields(CorrespondenceFields)} | _given(
            args
        )
        documents = tuple(args.doc) if args.doc else None
        edit_correspondence(vault, args.id, CorrespondenceFields(**current), documents)
    print(f"correspondence {args.id} updated")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.correspondence import delete_correspondence

    return delete_command(args, "correspondence", delete_correspondence)

"""``casebinder contact``: the insurer's departments, providers and billing offices, navigators and
advocates; and the free public help of the case's State (``contact help``)."""

import argparse
import dataclasses
from typing import Any

from casebinder.cli.common import (
    Commands,
    Noun,
    case_flag,
    delete_command,
    edited_fields,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    records,
    vocabulary,
    yes_flag,
)
from casebinder.domain.enums import ContactRole

_TEXT = ("name", "organization", "phone", "fax", "email", "address", "website", "notes")


def register(commands: "Commands") -> None:
    noun = Noun(commands, "contact", "who a case deals with: the insurer's departments, providers, advocates")
    sub = noun.command(
        "add", cmd_add, "add a contact to a case (or, --every-case, to all)", ops=["contact.add"]
    )
    case_flag(sub)
    _flags(sub, editing=False)
    sub = noun.command("edit", cmd_edit, "change a contact", ops=["contact.edit"])
    id_argument(sub, "contact")
    _flags(sub, editing=True)
    sub = noun.command("list", cmd_list, "a case's contacts and those for every case", ops=["contact.list"])
    case_flag(sub, required=False)
    json_flag(sub)
    sub = noun.command(
        "delete", cmd_delete, "delete a contact (calls and letters keep their words)", ops=["contact.delete"]
    )
    id_argument(sub, "contact")
    yes_flag(sub)
    sub = noun.command(
        "help",
        cmd_help,
        "free help for the case's State and plan: insurance department, consumer assistance, SHIP, Medicaid",
        ops=["contact.public"],
    )
    case_flag(sub)
    json_flag(sub)


def _flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    sub.add_argument("--name", metavar="TEXT", help="a person's name (or leave it and give --organization)")
    sub.add_argument("--role", default=None if editing else "other", **vocabulary(ContactRole))
    sub.add_argument("--organization", metavar="TEXT", help="e.g. Evergreen Appeals and Grievances")
    sub.add_argument("--phone", metavar="NUMBER")
    sub.add_argument("--fax", metavar="NUMBER", help="where appeals are faxed")
    sub.add_argument("--email", metavar="ADDRESS")
    sub.add_argument("--address", metavar="TEXT", help="postal address; separate lines with ;")
    sub.add_argument("--website", metavar="URL")
    sub.add_argument("--notes", metavar="TEXT")
    sub.add_argument(
        "--every-case", action="store_true", help="for every case of the vault (the family's insurer)"
    )


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from casebinder.usecases.parse import parse_enum

    given: dict[str, Any] = {name: getattr(args, name) for name in _TEXT}
    given["role"] = parse_enum(ContactRole, args.role) if args.role else None
    return {key: value for key, value in given.items() if value is not None}


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.contacts import ContactFields, add_contact

    fields = ContactFields(**{"name": "", **_given(args)}, every_case=args.every_case)
    with open_args_vault(args) as vault:
        row = add_contact(vault, args.case, fields).record
    print(f"contact {row.id} added")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.domain.models import Contact
    from casebinder.usecases.contacts import ContactFields, edit_contact
    from casebinder.usecases.records import get

    with open_args_vault(args) as vault:
        with vault.session() as session:
            shared = get(session, Contact, args.id).case_id is None
        given = _given(args) | {"every_case": args.every_case or shared}
        edit_contact(vault, args.id, edited_fields(vault, Contact, args.id, ContactFields, given))
    print(f"contact {args.id} updated")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.contacts import list_contacts

    with open_args_vault(args) as vault:
        rows = list_contacts(vault, args.case)
    if args.json:
        emit_json(records(rows, every_case=lambda c: c.case_id is None))
        return 0
    for row in rows:
        who = ", ".join(part for part in (row.organization, row.name) if part)
        reach = "  ".join(
            f"{label} {value}" for label, value in (("tel", row.phone), ("fax", row.fax)) if value
        )
        shared = " (every case)" if row.case_id is None else ""
        print(f"{row.id:>4}  {row.role.label:<30} {who}{shared}  {reach}")
    if not rows:
        print("(no contacts yet: casebinder contact add --case ID --role insurer-appeals --organization ...)")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.contacts import delete_contact

    return delete_command(args, "contact", delete_contact)


def cmd_help(args: argparse.Namespace) -> int:
    from casebinder.usecases.contacts import state_help

    with open_args_vault(args) as vault:
        checked, found = state_help(vault, args.case)
    if args.json:
        emit_json({"checked": checked, "help": [dataclasses.asdict(h) for h in found]})
        return 0
    for item in found:
        print(f"{item.label}: {item.name}")
        for value in (item.phone, item.url):
            if value:
                print(f"    {value}")
    if not found:
        print("(no public help recorded for this case's State: set it with case edit ID --state XX)")
    else:
        print(f"(public data checked {checked}; each item's source is in --json)")
    return 0

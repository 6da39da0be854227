"""``casebinder person``: the people whose cases you run."""

import argparse

from casebinder.cli.common import OPENS_VAULT, Commands, Noun, emit_json, json_flag, open_args_vault, records


def register(commands: "Commands") -> None:
    person = Noun(commands, "person", "the people whose cases you run")
    sub = person.command("add", cmd_add, "add a person (a patient)", ops=["person.add", *OPENS_VAULT])
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--relationship", help="to you: self, parent, child, spouse...")
    sub = person.command("list", cmd_list, "list people", ops=["person.list"])
    json_flag(sub)


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.people import add_person

    with open_args_vault(args) as vault:
        person = add_person(vault, args.name, relationship=args.relationship or "").record
    print(f"person {person.id}: {person.name}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.people import list_people

    with open_args_vault(args) as vault:
        people = list_people(vault)
    if args.json:
        emit_json(records(people))
    else:
        for person in people:
            print(f"{person.id:>4}  {person.name}")
    return 0

"""``casebinder authorization``: papers that lapse (representative forms, HIPAA authorizations, CMS-1696,
powers of attorney) and the insurer's prior authorizations, each with its document and its last good day."""

import argparse
import dataclasses
from typing import Any

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
    record_id,
    vocabulary,
    yes_flag,
)
from casebinder.domain.enums import AuthorizationKind


def register(commands: "Commands") -> None:
    noun = Noun(commands, "authorization", "forms and approvals that lapse, with a warning before they do")
    sub = noun.command(
        "add", cmd_add, "record a form or an approval and when it lapses", ops=["authorization.add"]
    )
    case_flag(sub)
    _flags(sub, editing=False)
    sub = noun.command("edit", cmd_edit, "change one", ops=["authorization.edit"])
    id_argument(sub, "authorization")
    _flags(sub, editing=True)
    sub = noun.command(
        "list", cmd_list, "each, with the day it lapses, soonest first", ops=["authorization.list"]
    )
    case_flag(sub, required=False)
    json_flag(sub)
    sub = noun.command("delete", cmd_delete, "delete one", ops=["authorization.delete"])
    id_argument(sub, "authorization")
    yes_flag(sub)


def _flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    sub.add_argument("--kind", required=not editing, **vocabulary(AuthorizationKind))
    sub.add_argument(
        "--party", metavar="TEXT", help="who it is with or for: the provider, the insurer, the representative"
    )
    sub.add_argument("--number", metavar="REF", help="the approval's reference number")
    sub.add_argument("--starts", metavar="YYYY-MM-DD", help="signed on, or the approved window's first day")
    sub.add_argument(
        "--expires",
        metavar="YYYY-MM-DD",
        help="its last good day (CMS-1696: a year after signing, if left out)",
    )
    sub.add_argument("--units", metavar="TEXT", help="what is approved: e.g. 155 units")
    sub.add_argument(
        "--doc", type=record_id, metavar="ID", help="the signed form or the approval letter in the vault"
    )
    sub.add_argument("--notes", metavar="TEXT")


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from casebinder.usecases.parse import parse_enum

    given: dict[str, Any] = {
        "kind": parse_enum(AuthorizationKind, args.kind) if args.kind else None,
        "party": args.party,
        "number": args.number,
        "starts": optional_date(args.starts, "--starts"),
        "expires": optional_date(args.expires, "--expires"),
        "units": args.units,
        "document_id": args.doc,
        "notes": args.notes,
    }
    return {key: value for key, value in given.items() if value is not None}


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.authorizations import AuthorizationFields, add_authorization

    with open_args_vault(args) as vault:
        row = add_authorization(vault, args.case, AuthorizationFields(**_given(args))).record
    print(f"authorization {row.id} added")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.domain.models import CaseAuthorization
    from casebinder.usecases.authorizations import AuthorizationFields, edit_authorization
    from casebinder.usecases.records import get

    with open_args_vault(args) as vault:
        with vault.session() as session:
            row = get(session, CaseAuthorization, args.id)
        current = {f.name: getattr(row, f.name) for f in dataclasses.fields(AuthorizationFields)} | _given(
            args
        )
        edit_authorization(vault, args.id, AuthorizationFields(**current))
    print(f"authorization {args.id} updated")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    import datetime as dt

    from casebinder.usecases.authorizations import list_authorizations

    today = dt.date.today()
    with open_args_vault(args) as vault:
        found = list_authorizations(vault, args.case, today)
    if args.json:
        emit_json(
            [
                {
                    "id": s.record.id,
                    "case_id": s.record.case_id,
                    "kind": s.record.kind.value,
                    "party": s.record.party,
                    "number": s.record.number,
                    "starts": s.record.starts.isoformat() if s.record.starts else None,
                    "expires": s.lapse.expires.isoformat() if s.lapse else None,
                    "expiry_worked_out": bool(s.lapse and s.lapse.derived),
                    "warn_from": s.lapse.warn_from.isoformat() if s.lapse else None,
                    "status": s.status,
                    "units": s.record.units,
                    "document_id": s.record.document_id,
                }
                for s in found
            ]
        )
        return 0
    for s in found:
        row = s.record
        until = f"until {s.lapse.expires}" if s.lapse else "no end date"
        left = s.days_left(today)
        when = f" ({left} days left)" if left is not None and left >= 0 else ""
        party = f" — {row.party}" if row.party else ""
        print(f"{row.id:>4}  [{s.status:<8}] {row.kind.label}{party}  {until}{when}")
    if not found:
        print("(none recorded)")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.authorizations import delete_authorization

    return delete_command(args, "authorization", delete_authorization)

"""``casebinder case``: open, list, show, edit and delete coverage cases."""

import argparse
import functools
from typing import Any

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    Noun,
    choices,
    delete_command,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    vocabulary,
    yes_flag,
)
from casebinder.domain.enums import CaseStatus, PlanType


def _case_flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    sub.add_argument("--procedure", help="a template id (see `casebinder procedures`) or free text")
    sub.add_argument("--plan-type", **vocabulary(PlanType))
    sub.add_argument("--insurer")
    sub.add_argument("--member-id")
    sub.add_argument("--group", "--group-number", dest="group_number", metavar="GROUP")
    sub.add_argument("--claim", "--claim-number", dest="claim_number", metavar="CLAIM")
    sub.add_argument(
        "--authorization",
        "--auth-number",
        dest="authorization_number",
        metavar="NUMBER",
        help="prior-authorization number",
    )
    sub.add_argument("--appeal-levels", type=int, choices=[1, 2], help="internal appeal levels of the plan")
    sub.add_argument(
        "--state",
        metavar="XX",
        help="the State whose law applies (two-letter code: CA, NY, DC, PR...); it sets some deadlines"
        + ("; an empty value clears it" if editing else ""),
    )
    if editing:
        sub.add_argument("--title")
        sub.add_argument("--status", choices=choices(CaseStatus))
        sub.add_argument("--notes")


def register(commands: "Commands") -> None:
    case = Noun(commands, "case", "coverage cases")
    sub = case.command(
        "add", cmd_add, "open a case for a person (added if new)", ops=["case.add", *OPENS_VAULT]
    )
    sub.add_argument("--person", required=True, metavar="NAME")
    sub.add_argument("--title", required=True)
    _case_flags(sub, editing=False)
    sub = case.command("list", cmd_list, "list cases", ops=["case.list"])
    json_flag(sub)
    sub = case.command("show", cmd_show, "one case, with its person and counts", ops=["case.show"])
    id_argument(sub, "case")
    json_flag(sub)
    sub = case.command(
        "edit",
        cmd_edit,
        "change a case (plan type, levels and State change its deadlines)",
        ops=["case.edit"],
    )
    id_argument(sub, "case")
    _case_flags(sub, editing=True)
    sub = case.command("delete", cmd_delete, "delete a case and everything in it", ops=["case.delete"])
    id_argument(sub, "case")
    yes_flag(sub)


def _summary_record(summary: Any) -> dict[str, Any]:
    from casebinder.usecases.serialize import record

    return record(summary.case) | {
        "person": summary.person.name,
        "documents": summary.documents,
        "calls": summary.calls,
        "events": summary.events,
    }


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import CaseFields, add_case

    fields = CaseFields(
        title=args.title,
        procedure=args.procedure or "",
        plan_type=args.plan_type or "other",
        insurer=args.insurer or "",
        member_id=args.member_id or "",
        group_number=args.group_number or "",
        claim_number=args.claim_number or "",
        authorization_number=args.authorization_number or "",
        internal_levels=args.appeal_levels,
        state=args.state,
    )
    with open_args_vault(args) as vault:
        case = add_case(vault, args.person, fields).record
    template = f" (checklist template: {case.procedure_template})" if case.procedure_template else ""
    print(f"case {case.id}: {case.title}{template}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import list_cases

    with open_args_vault(args) as vault:
        summaries = list_cases(vault)
    if args.json:
        emit_json([_summary_record(s) for s in summaries])
        return 0
    for s in summaries:
        print(
            f"{s.case.id:>4}  {s.person.name:<20} {s.case.title}  [{s.case.plan_type.label}; "
            f"{s.documents} documents, {s.calls} calls]"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import stage_label
    from casebinder.usecases.cases import case_details

    with open_args_vault(args) as vault:
        summary = case_details(vault, args.id)
    if args.json:
        emit_json(_summary_record(summary))
        return 0
    case = summary.case
    for label, value in (
        ("Case", f"{case.id}: {case.title}"),
        ("Person", summary.person.name),
        ("Procedure", case.procedure),
        ("Insurer", case.insurer),
        ("Plan type", case.plan_type.label),
        ("Member ID", case.member_id),
        ("Group number", case.group_number),
        ("Claim number", case.claim_number),
        ("Authorization", case.authorization_number),
        ("Stage", stage_label(case.plan_type.value, case.stage)),
        ("Status", case.status.label),
        ("Holds", f"{summary.documents} documents, {summary.calls} calls, {summary.events} timeline lines"),
    ):
        print(f"{label + ':':<15}{value or '—'}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import CaseEdit, edit_case

    edit = CaseEdit(
        title=args.title,
        procedure=args.procedure,
        plan_type=args.plan_type,
        insurer=args.insurer,
        member_id=args.member_id,
        group_number=args.group_number,
        claim_number=args.claim_number,
        authorization_number=args.authorization_number,
        status=args.status,
        notes=args.notes,
        internal_levels=args.appeal_levels,
        state=args.state,
    )
    with open_args_vault(args) as vault:
        changes = edit_case(vault, args.id, edit)
    note = " (its deadlines were recomputed)" if changes.timeline else ""
    print(f"case {args.id} updated{note}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import delete_case

    return delete_command(args, "case", functools.partial(delete_case, purge=True))

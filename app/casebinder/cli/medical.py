"""``casebinder history|treatment|cost``: the medical facts behind the request, and the money at stake."""

import argparse
import dataclasses
from collections.abc import Callable
from typing import Any

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    Noun,
    case_flag,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    optional_date,
    record_id,
    records,
    vocabulary,
)
from casebinder.domain.enums import CostKind, MedicalKind, TreatmentKind


def register(commands: "Commands") -> None:
    history = Noun(commands, "history", "the medical history behind the request (conditions, diagnoses)")
    for action, handler, help_, editing in (
        ("add", cmd_add, "record a condition or diagnosis", False),
        ("edit", cmd_edit, "change a medical history entry", True),
    ):
        sub = history.command(action, handler, help_, ops=[f"medical.{action}", *OPENS_VAULT])
        _history_flags(sub, editing=editing)
    _list_and_delete(history, MedicalKind.HISTORY, "history.list", "a case's medical history")

    treatment = Noun(commands, "treatment", "treatments already tried (step therapy) and how they went")
    for action, handler, help_, editing in (
        ("add", cmd_add, "record a treatment tried", False),
        ("edit", cmd_edit, "change a treatment tried", True),
    ):
        sub = treatment.command(action, handler, help_, ops=[f"medical.{action}"])
        _treatment_flags(sub, editing=editing)
    _list_and_delete(treatment, MedicalKind.TREATMENT, "treatment.list", "the treatments tried")

    cost = Noun(commands, "cost", "bills, payments and estimates")
    for action, handler, help_, editing in (
        ("add", cmd_add, "record a bill, a payment or an estimate", False),
        ("edit", cmd_edit, "change a cost", True),
    ):
        sub = cost.command(action, handler, help_, ops=[f"medical.{action}"])
        _cost_flags(sub, editing=editing)
    _list_and_delete(cost, MedicalKind.COST, "cost.list", "a case's costs, with totals")


def _target(sub: argparse.ArgumentParser, kind: MedicalKind, editing: bool) -> None:
    sub.set_defaults(kind=kind)
    if editing:
        id_argument(sub, kind.label.lower())
    else:
        case_flag(sub)


def _history_flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    _target(sub, MedicalKind.HISTORY, editing)
    sub.add_argument("--condition", required=not editing, metavar="TEXT", help="e.g. chronic migraine")
    sub.add_argument("--code", metavar="ICD10", help="the diagnosis code on the records, e.g. G43.709")
    sub.add_argument("--since", metavar="YYYY-MM-DD")
    sub.add_argument("--detail", metavar="TEXT", help="how it limits daily life; findings")


def _treatment_flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    _target(sub, MedicalKind.TREATMENT, editing)
    sub.add_argument("--name", required=not editing, metavar="TEXT", help="e.g. topiramate 50 mg")
    sub.add_argument(
        "--kind",
        dest="treatment_kind",
        default=None if editing else "medication",
        **vocabulary(TreatmentKind),
    )
    sub.add_argument("--started", metavar="YYYY-MM-DD")
    sub.add_argument("--ended", metavar="YYYY-MM-DD")
    sub.add_argument("--outcome", metavar="TEXT", help="why it stopped: no relief, side effects...")
    sub.add_argument("--prescriber", metavar="NAME")


def _cost_flags(sub: argparse.ArgumentParser, *, editing: bool) -> None:
    _target(sub, MedicalKind.COST, editing)
    sub.add_argument("--date", required=not editing, metavar="YYYY-MM-DD")
    sub.add_argument("--amount", required=not editing, metavar="AMOUNT", help="e.g. 1234.50")
    sub.add_argument("--description", required=not editing, metavar="TEXT")
    sub.add_argument(
        "--kind",
        dest="cost_kind",
        default=None if editing else "paid",
        **vocabulary(CostKind),
    )
    sub.add_argument("--doc", type=record_id, metavar="ID", help="the receipt, bill or estimate in the vault")


def _list_and_delete(noun: Noun, kind: MedicalKind, list_op: str, what: str) -> None:
    sub = noun.command("list", cmd_list, f"list {what}", ops=[list_op])
    sub.set_defaults(kind=kind)
    case_flag(sub)
    json_flag(sub)
    sub = noun.command("delete", cmd_delete, f"delete a {kind.label.lower()} record", ops=["medical.delete"])
    sub.set_defaults(kind=kind)
    sub.add_argument("id", type=int, metavar="ID")


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from casebinder.usecases import medical
    from casebinder.usecases.parse import parse_date, parse_enum

    kind: MedicalKind = args.kind
    if kind is MedicalKind.HISTORY:
        given = {
            "condition": args.condition,
            "code": args.code,
            "detail": args.detail,
            "since": optional_date(args.since, "--since"),
        }
    elif kind is MedicalKind.TREATMENT:
        given = {
            "name": args.name,
            "kind": parse_enum(TreatmentKind, args.treatment_kind) if args.treatment_kind else None,
            "started": optional_date(args.started, "--started"),
            "ended": optional_date(args.ended, "--ended"),
            "outcome": args.outcome,
            "prescriber": args.prescriber,
        }
    else:
        given = {
            "date": parse_date(args.date, "--date") if args.date else None,
            "description": args.description,
            "amount_cents": medical.parse_amount(args.amount) if args.amount else None,
            "kind": parse_enum(CostKind, args.cost_kind) if args.cost_kind else None,
            "document_id": args.doc,
        }
    return {key: value for key, value in given.items() if value is not None}


def _fields_class(kind: MedicalKind) -> Any:
    from casebinder.usecases import medical

    return {
        MedicalKind.HISTORY: medical.HistoryFields,
        MedicalKind.TREATMENT: medical.TreatmentFields,
        MedicalKind.COST: medical.CostFields,
    }[kind]


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_args_vault(args) as vault:
        row = medical.add(vault, args.case, _fields_class(args.kind)(**_given(args))).record
    print(f"{_NAMES[args.kind]} {row.id} added")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical
    from casebinder.usecases.records import get

    fields_class = _fields_class(args.kind)
    with open_args_vault(args) as vault:
        with vault.session() as session:
            row = get(session, medical.TABLES[args.kind], args.id)
        current = {f.name: getattr(row, f.name) for f in dataclasses.fields(fields_class)} | _given(args)
        medical.update(vault, args.id, fields_class(**current))
    print(f"{_NAMES[args.kind]} {args.id} updated")
    return 0


_NAMES = {
    MedicalKind.HISTORY: "medical history entry",
    MedicalKind.TREATMENT: "treatment",
    MedicalKind.COST: "cost",
}


def _line(kind: MedicalKind) -> Callable[[Any], str]:
    from casebinder.usecases import medical

    if kind is MedicalKind.HISTORY:
        return lambda h: (
            f"{h.since or ''!s:<10}  {h.condition}" + (f" ({h.code})" if h.code else "") + f"  {h.detail}"
        )
    if kind is MedicalKind.TREATMENT:
        return lambda t: f"{t.started or '?'} to {t.ended or 'now'}  {t.name} ({t.kind.label})  {t.outcome}"
    return lambda c: f"{c.date}  {medical.money(c.amount_cents):>12}  {c.kind.label:<18} {c.description}"


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    listing: Callable[..., list[Any]] = {  # type: ignore[assignment]
        MedicalKind.HISTORY: medical.list_history,
        MedicalKind.TREATMENT: medical.list_treatments,
        MedicalKind.COST: medical.list_costs,
    }[args.kind]
    with open_args_vault(args) as vault:
        rows: list[Any] = listing(vault, args.case)
    if args.json:
        emit_json(records(rows))
        return 0
    line = _line(args.kind)
    for row in rows:
        print(f"{row.id:>4}  {line(row)}")
    if not rows:
        print("(none recorded)")
    elif args.kind is MedicalKind.COST:
        for kind, cents in medical.totals(rows).items():
            print(f"      total {kind.label.lower()}: {medical.money(cents)}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_args_vault(args) as vault:
        medical.delete(vault, args.kind, args.id)
    print(f"{args.kind.value} {args.id} deleted")
    return 0

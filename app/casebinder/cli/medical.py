"""``casebinder history|treatment|cost``: the medical facts behind the request, and the money at stake."""

import argparse
import dataclasses
import sys
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
from casebinder.domain.costs import patient_share
from casebinder.domain.enums import CostKind, MedicalKind, TreatmentKind
from casebinder.errors import InvalidInput


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
    sub = cost.command(
        "totals",
        cmd_totals,
        "per year: billed, the plan's payments, your share, and progress toward the plan's limits",
        ops=["cost.totals"],
    )
    case_flag(sub)
    json_flag(sub)
    sub = cost.command(
        "plan",
        cmd_plan,
        "the plan's deductible and out-of-pocket maximum for a year (from its summary of benefits)",
        ops=["cost.plan"],
    )
    case_flag(sub)
    sub.add_argument("--year", type=int, required=True, metavar="YYYY")
    sub.add_argument("--deductible", metavar="AMOUNT", help="e.g. 1500")
    sub.add_argument("--oop-max", metavar="AMOUNT", help="the out-of-pocket maximum, e.g. 6000")
    sub.add_argument("--forget", action="store_true", help="remove both for that year")


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
    sub.add_argument("--provider", metavar="TEXT", help="who billed")
    eob = sub.add_argument_group("an EOB line (--kind eob; --amount is what was billed)")
    for flag, help_ in (
        ("--allowed", "what the plan allowed"),
        ("--plan-paid", "what the plan paid"),
        ("--deductible", "your share: applied to the deductible"),
        ("--copay", "your share: copay"),
        ("--coinsurance", "your share: coinsurance"),
        ("--not-covered", "your share: not covered"),
    ):
        eob.add_argument(flag, metavar="AMOUNT", help=help_)
    sub.add_argument("--paid-on", metavar="YYYY-MM-DD", help="the day you paid it")


def _list_and_delete(noun: Noun, kind: MedicalKind, list_op: str, what: str) -> None:
    sub = noun.command("list", cmd_list, f"list {what}", ops=[list_op])
    sub.set_defaults(kind=kind)
    case_flag(sub)
    if kind is MedicalKind.COST:
        formats = sub.add_mutually_exclusive_group()
        formats.add_argument("--json", action="store_true", help="print JSON instead of text")
        formats.add_argument("--csv", action="store_true", help="print CSV, for a spreadsheet")
    else:
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
            "provider": args.provider,
            "paid_on": optional_date(args.paid_on, "--paid-on"),
        }
        for flag in ("allowed", "plan_paid", "deductible", "copay", "coinsurance", "not_covered"):
            text = getattr(args, flag)
            if text is not None:
                given[f"{flag}_cents"] = medical.parse_amount(text)
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

    def cost(c: Any) -> str:
        text = f"{c.date}  {medical.money(c.amount_cents):>12}  {c.kind.label:<18} {c.description}"
        share = patient_share(medical.cost_line(c))
        if c.kind is CostKind.EOB:
            paid = "" if c.plan_paid_cents is None else f"plan paid {medical.money(c.plan_paid_cents)}"
            yours = "" if share is None else f"your share {medical.money(share)}"
            text += "  (" + ", ".join(p for p in (paid, yours) if p) + ")" if paid or yours else ""
        return text

    return cost


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    listing: Callable[..., list[Any]] = {  # type: ignore[assignment]
        MedicalKind.HISTORY: medical.list_history,
        MedicalKind.TREATMENT: medical.list_treatments,
        MedicalKind.COST: medical.list_costs,
    }[args.kind]
    with open_args_vault(args) as vault:
        rows: list[Any] = listing(vault, args.case)
        costing = args.kind is MedicalKind.COST and bool(rows) and not args.json and not args.csv
        years = medical.cost_years(vault, args.case) if costing else []
    if args.json:
        emit_json(records(rows))
        return 0
    if getattr(args, "csv", False):
        sys.stdout.write(medical.costs_csv(rows))
        return 0
    line = _line(args.kind)
    for row in rows:
        print(f"{row.id:>4}  {line(row)}")
    if not rows:
        print("(none recorded)")
    _print_years(years, indent="      ")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_args_vault(args) as vault:
        medical.delete(vault, args.kind, args.id)
    print(f"{args.kind.value} {args.id} deleted")
    return 0


def cmd_totals(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_args_vault(args) as vault:
        years = medical.cost_years(vault, args.case)
    if args.json:
        emit_json([_year_json(year) for year in years])
        return 0
    if not years:
        print("(no costs recorded)")
    _print_years(years)
    return 0


def _print_years(years: list[Any], indent: str = "") -> None:
    from casebinder.usecases import medical

    money = medical.money
    for year in years:
        t = year.totals
        print(f"{indent}{t.year}: billed {money(t.billed)}, plan paid {money(t.plan_paid)}, your share "
              f"{money(t.patient_share)} (deductible {money(t.deductible)}, copays {money(t.copay)}, "
              f"coinsurance {money(t.coinsurance)}, not covered {money(t.not_covered)}); "
              f"you paid {money(t.paid)}; estimates {money(t.estimates)}")  # fmt: skip
        for name, progress in (
            ("deductible", year.deductible),
            ("out-of-pocket maximum", year.out_of_pocket),
        ):
            if progress is not None:
                print(
                    f"{indent}      {name}: {money(progress.reached)} of {money(progress.limit)} "
                    f"({progress.fraction:.0%}; {money(progress.left)} to go)"
                )


def _year_json(year: Any) -> dict[str, Any]:
    t = year.totals
    data: dict[str, Any] = {
        "year": t.year,
        "billed_cents": t.billed,
        "allowed_cents": t.allowed,
        "plan_paid_cents": t.plan_paid,
        "deductible_cents": t.deductible,
        "copay_cents": t.copay,
        "coinsurance_cents": t.coinsurance,
        "not_covered_cents": t.not_covered,
        "patient_share_cents": t.patient_share,
        "toward_out_of_pocket_cents": t.toward_out_of_pocket,
        "paid_cents": t.paid,
        "estimates_cents": t.estimates,
    }
    for name, progress in (("deductible", year.deductible), ("out_of_pocket", year.out_of_pocket)):
        data[name] = (
            None
            if progress is None
            else {"limit_cents": progress.limit, "reached_cents": progress.reached, "met": progress.met}
        )
    return data


def cmd_plan(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    deductible = medical.parse_amount(args.deductible) if args.deductible else None
    oop = medical.parse_amount(args.oop_max) if args.oop_max else None
    if deductible is None and oop is None and not args.forget:
        raise InvalidInput("give --deductible, --oop-max or both (or --forget)")
    with open_args_vault(args) as vault:
        medical.set_plan_limits(vault, args.case, args.year, deductible, oop, forget=args.forget)
    print(f"plan limits for {args.year} {'forgotten' if args.forget else 'saved'}")
    return 0

"""``casebinder``: with no arguments the desktop app, with a subcommand the same services from a terminal.

Exit codes: 0 success, 1 a problem the user can act on (one line on stderr, no traceback), 2 usage.
The passphrase comes from ``CASEBINDER_PASSPHRASE``, else the OS keychain, else a prompt.
"""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebinder import APP_NAME
from casebinder.errors import CasebinderError, InvalidInput

if TYPE_CHECKING:
    import datetime as dt

PASSPHRASE_ENV = "CASEBINDER_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
NEW_PASSPHRASE_ENV = "CASEBINDER_NEW_PASSPHRASE"  # noqa: S105


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (importlib.metadata costs ~30 ms of every start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        import casebinder

        print(f"{APP_NAME} {casebinder.__version__}")
        parser.exit()


# --- helpers -------------------------------------------------------------------------------------------
def _emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _warn(message: str) -> None:
    print(f"casebinder: {message}", file=sys.stderr)


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CasebinderError(f"no passphrase given: set {PASSPHRASE_ENV} or run in a terminal")
    return getpass.getpass(label)


def _new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = _prompt("New passphrase: ")
    if _prompt("Repeat it: ") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def open_vault(path: Path) -> Any:
    """Open ``path`` with the environment's passphrase, the keychain, or a prompt (in that order)."""
    from casebinder.vault import Vault, WrongPassphrase, keychain, vault_uuid

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is not None:
        return Vault.unlock(path, secret)
    lookup = keychain.load(vault_uuid(path))
    reason = lookup.reason
    if lookup.key is not None:
        try:
            return Vault.open(path, key=lookup.key)
        except WrongPassphrase:
            reason = "the key remembered on this computer no longer opens this vault"
    if sys.stdin.isatty():
        _warn(f"asking for the passphrase: {reason}")
    return Vault.unlock(path, _prompt(f"Passphrase or recovery key for {path.name}: "))


def _print_recovery_key(recovery_key: str) -> None:
    print("Recovery key (shown only this once; print it or write it down and keep it somewhere safe.")
    print("It opens this vault if you forget your passphrase):")
    print()
    print(f"    {recovery_key}")
    print()


def _vault_arg(args: argparse.Namespace) -> Path:
    if args.vault is None:
        raise InvalidInput("this command needs --vault PATH (before the command name)")
    return Path(args.vault)


def _parse_ids(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a record id") from None


class ProgressBar:
    """A one-line text progress bar on stderr, drawn only for a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def show(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = width * done // total
        name = label if len(label) <= 40 else label[:37] + "..."
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 90 + "\r")
            sys.stderr.flush()


# --- vault ---------------------------------------------------------------------------------------------
def cmd_vault_init(args: argparse.Namespace) -> int:
    from casebinder.vault import KeychainUnavailable, Vault, keychain

    path = Path(args.path)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        passphrase = _new_passphrase(PASSPHRASE_ENV)
    vault, recovery_key = Vault.create(path, passphrase)
    with vault:
        print(f"Created vault {path}")
        _print_recovery_key(recovery_key)
        if args.remember:
            try:
                name = keychain.store(vault.uuid, vault.raw_key)
                print(f"Remembered on this computer in {name}.")
            except KeychainUnavailable as error:
                _warn(f"{error}; you will be asked for the passphrase")
    return 0


def vault_keys(path: Path) -> list[bytes]:
    """The candidate raw keys for ``path`` without opening it (a damaged vault may not open)."""
    from casebinder.vault import keychain, vault_uuid
    from casebinder.vault.vault import keys_for_secret

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is None:
        lookup = keychain.load(vault_uuid(path))
        if lookup.key is not None:
            return [lookup.key]
        secret = _prompt(f"Passphrase or recovery key for {path.name}: ")
    return keys_for_secret(path, secret)


def cmd_vault_verify(args: argparse.Namespace) -> int:
    from casebinder.vault.vault import verify_path
    from casebinder.vault.verify import damaged_message

    path = Path(args.path)
    report = verify_path(path, vault_keys(path))
    if report.ok:
        print(
            f"ok: cipher and database integrity, foreign keys, {report.blobs_checked} stored files "
            f"({report.bytes_checked / 1e6:.1f} MB) match their SHA-256; "
            f"{len(report.documents)} documents, all readable"
        )
        return 0
    for check in report.checks:
        print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if report.documents_listed:
        print(f"readable: {len(report.readable)} of {len(report.documents)} documents")
        for document in report.unreadable:
            print(f"unreadable: document {document.id} “{document.title}”: {document.problem}")
    _warn(damaged_message(path, report))
    return 1


def cmd_vault_change_passphrase(args: argparse.Namespace) -> int:
    from casebinder.vault import keychain

    with open_vault(Path(args.path)) as vault:
        was_remembered = keychain.is_remembered(vault.uuid)
        recovery_key = vault.change_passphrase(_new_passphrase(NEW_PASSPHRASE_ENV))
        print("Passphrase changed. The recovery key changed too: the old one no longer opens this vault.")
        _print_recovery_key(recovery_key)
        if was_remembered:
            keychain.store(vault.uuid, vault.raw_key)
            print("The key remembered on this computer was updated.")
    return 0


def cmd_vault_forget(args: argparse.Namespace) -> int:
    from casebinder.vault import keychain, vault_uuid

    forgotten = keychain.forget(vault_uuid(Path(args.path)))
    print("Forgotten on this computer." if forgotten else "This vault was not remembered on this computer.")
    return 0


# --- people and cases ----------------------------------------------------------------------------------
def cmd_person_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import add_person

    with open_vault(_vault_arg(args)) as vault:
        person = add_person(vault, args.name, relationship=args.relationship or "")
    print(f"person {person.id}: {person.name}")
    return 0


def cmd_person_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import list_people
    from casebinder.usecases.serialize import record

    with open_vault(_vault_arg(args)) as vault:
        people = list_people(vault)
    if args.json:
        _emit_json([record(p) for p in people])
    else:
        for person in people:
            print(f"{person.id:>4}  {person.name}")
    return 0


def cmd_case_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import CaseFields, add_case

    fields = CaseFields(
        title=args.title,
        procedure=args.procedure or "",
        plan_type=args.plan_type or "other",
        insurer=args.insurer or "",
        member_id=args.member_id or "",
        group_number=args.group_number or "",
        claim_number=args.claim_number or "",
        authorization_number=args.auth_number or "",
    )
    with open_vault(_vault_arg(args)) as vault:
        case = add_case(vault, args.person, fields)
        if args.appeal_levels:
            from casebinder.usecases.appeals import set_internal_levels

            assert case.id is not None
            set_internal_levels(vault, case.id, args.appeal_levels)
    template = f" (checklist template: {case.procedure_template})" if case.procedure_template else ""
    print(f"case {case.id}: {case.title}{template}")
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.cases import list_cases
    from casebinder.usecases.serialize import record

    with open_vault(_vault_arg(args)) as vault:
        summaries = list_cases(vault)
    if args.json:
        _emit_json(
            [
                record(s.case)
                | {"person": s.person.name, "documents": s.documents, "calls": s.calls, "events": s.events}
                for s in summaries
            ]
        )
        return 0
    for s in summaries:
        print(
            f"{s.case.id:>4}  {s.person.name:<20} {s.case.title}  [{s.case.plan_type.label}; "
            f"{s.documents} documents, {s.calls} calls]"
        )
    return 0


# --- documents -----------------------------------------------------------------------------------------
def cmd_doc_add(args: argparse.Namespace) -> int:
    from casebinder.domain.enums import DocumentKind
    from casebinder.usecases.importing import ImportOptions, disk_full_summary, import_files
    from casebinder.usecases.parse import parse_date, parse_enum
    from casebinder.vault import DiskFull

    password = None
    if args.pdf_password_env:
        password = os.environ.get(args.pdf_password_env)
        if password is None:
            raise InvalidInput(f"--pdf-password-env: the variable {args.pdf_password_env} is not set")
    options = ImportOptions(
        kind=parse_enum(DocumentKind, args.kind) if args.kind else None,
        title=args.title,
        date=parse_date(args.date) if args.date else None,
        source=args.source or "",
        pdf_password=password,
        ask_password=_ask_pdf_password if password is None and sys.stdin.isatty() else None,
    )
    counts = {"imported": 0, "duplicate": 0, "refused": 0}
    steps = []
    bar = ProgressBar(enabled=True)
    with open_vault(_vault_arg(args)) as vault:
        for step in import_files(vault, args.case, [Path(p) for p in args.files], options):
            steps.append(step)
            outcome = step.outcome
            counts[outcome.status] += 1
            bar.close()
            if outcome.status == "refused":
                print(f"refused: {outcome.name}: {outcome.reason}", file=sys.stderr)
            else:
                note = f": {outcome.reason}" if outcome.reason else ""
                print(f"{outcome.status}: {outcome.name} (document {outcome.document_id}){note}")
            bar.show(step.done, step.total, step.label)
        bar.close()
    total = sum(counts.values())
    if total > 1:
        print(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['refused']} refused")
    if total == 0:
        raise InvalidInput("no files found to import")
    full = disk_full_summary(steps)
    if full:
        raise DiskFull(full)
    return 1 if counts["refused"] else 0


def _ask_pdf_password(name: str, why: str) -> str | None:
    return getpass.getpass(f"{name}: {why}. Password (Enter to skip): ") or None


def _document_record(document: Any) -> dict[str, Any]:
    from casebinder.usecases.serialize import record

    return record(document) | {"pages": document.page_count}


def cmd_doc_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import list_documents

    with open_vault(_vault_arg(args)) as vault:
        documents = list_documents(vault, args.case)
    if args.json:
        _emit_json([_document_record(d) for d in documents])
        return 0
    for d in documents:
        when = d.date.isoformat() if d.date else "no date   "
        pages = f"{d.page_count}p" if d.page_count else "  "
        print(f"{d.id:>4}  {when}  {d.kind.label:<28} {d.title}  ({pages} {d.size / 1024:.0f} KB)")
    return 0


def cmd_doc_get(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import save_copy

    with open_vault(_vault_arg(args)) as vault:
        written = save_copy(vault, args.id, Path(args.out))
    print(f"wrote {written}")
    return 0


# --- calls, correspondence, timeline -----------------------------------------------------------------
def cmd_call_add(args: argparse.Namespace) -> int:
    from casebinder.domain.enums import Direction
    from casebinder.usecases.calls import CallFields, add_call
    from casebinder.usecases.parse import parse_datetime, parse_enum

    fields = CallFields(
        at=parse_datetime(args.at, "--at"),
        rep_name=args.rep,
        direction=parse_enum(Direction, args.direction),
        with_whom=args.with_whom or "",
        rep_id=args.rep_id or "",
        reference_number=args.ref or "",
        duration_minutes=args.duration,
        summary=args.summary or "",
        promised=args.promised or "",
        follow_up=_optional_date(args.follow_up, "--follow-up"),
    )
    with open_vault(_vault_arg(args)) as vault:
        call = add_call(vault, args.case, fields)
    print(f"call {call.id} logged")
    return 0


def cmd_call_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.calls import list_calls
    from casebinder.usecases.serialize import record

    with open_vault(_vault_arg(args)) as vault:
        calls = list_calls(vault, args.case)
    if args.json:
        _emit_json([record(c) for c in calls])
        return 0
    for c in calls:
        ref = f"ref {c.reference_number}" if c.reference_number else "no reference number"
        print(f"{c.id:>4}  {c.at:%Y-%m-%d %H:%M}  {c.rep_name or c.with_whom:<20} {ref}  {c.summary}")
    return 0


def cmd_correspondence_add(args: argparse.Namespace) -> int:
    from casebinder.domain.enums import CorrespondenceMethod, Direction
    from casebinder.usecases.calls import CorrespondenceFields, add_correspondence
    from casebinder.usecases.parse import parse_date, parse_enum

    direction = Direction.OUTBOUND if args.direction == "sent" else Direction.INBOUND
    fields = CorrespondenceFields(
        date=parse_date(args.date, "--date"),
        direction=direction,
        method=parse_enum(CorrespondenceMethod, args.method),
        counterparty=args.counterparty or "",
        subject=args.subject or "",
        proof=args.proof or "",
    )
    with open_vault(_vault_arg(args)) as vault:
        item = add_correspondence(vault, args.case, fields, tuple(args.doc or ()))
    print(f"correspondence {item.id} logged")
    return 0


def _optional_date(text: str | None, flag: str) -> "dt.date | None":
    from casebinder.usecases.parse import parse_date

    return parse_date(text, flag) if text else None


def _medical_list(args: argparse.Namespace, rows: list[Any], line: Callable[[Any], str]) -> int:
    from casebinder.usecases.serialize import record

    if args.json:
        _emit_json([record(r) for r in rows])
        return 0
    for row in rows:
        print(f"{row.id:>4}  {line(row)}")
    if not rows:
        print("(none recorded)")
    return 0


def _medical_add(args: argparse.Namespace, fields: Any, what: str) -> int:
    from casebinder.usecases import medical

    with open_vault(_vault_arg(args)) as vault:
        row: Any = medical.add(vault, args.case, fields)
    print(f"{what} {row.id} added")
    return 0


def cmd_history_add(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    fields = medical.HistoryFields(
        condition=args.condition,
        code=args.code or "",
        since=_optional_date(args.since, "--since"),
        detail=args.detail or "",
    )
    return _medical_add(args, fields, "medical history entry")


def cmd_history_list(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_vault(_vault_arg(args)) as vault:
        rows = medical.list_history(vault, args.case)
    return _medical_list(
        args,
        rows,
        lambda h: (
            f"{h.since or ''!s:<10}  {h.condition}" + (f" ({h.code})" if h.code else "") + f"  {h.detail}"
        ),
    )


def cmd_treatment_add(args: argparse.Namespace) -> int:
    from casebinder.domain.enums import TreatmentKind
    from casebinder.usecases import medical
    from casebinder.usecases.parse import parse_enum

    fields = medical.TreatmentFields(
        name=args.name,
        kind=parse_enum(TreatmentKind, args.kind),
        started=_optional_date(args.started, "--started"),
        ended=_optional_date(args.ended, "--ended"),
        outcome=args.outcome or "",
        prescriber=args.prescriber or "",
    )
    return _medical_add(args, fields, "treatment")


def cmd_treatment_list(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_vault(_vault_arg(args)) as vault:
        rows = medical.list_treatments(vault, args.case)
    return _medical_list(
        args,
        rows,
        lambda t: f"{t.started or '?'} to {t.ended or 'now'}  {t.name} ({t.kind.label})  {t.outcome}",
    )


def cmd_cost_add(args: argparse.Namespace) -> int:
    from casebinder.domain.enums import CostKind
    from casebinder.usecases import medical
    from casebinder.usecases.parse import parse_date, parse_enum

    fields = medical.CostFields(
        date=parse_date(args.date, "--date"),
        description=args.description,
        amount_cents=medical.parse_amount(args.amount),
        kind=parse_enum(CostKind, args.kind),
        document_id=args.doc,
    )
    return _medical_add(args, fields, "cost")


def cmd_cost_list(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_vault(_vault_arg(args)) as vault:
        rows = medical.list_costs(vault, args.case)
    code = _medical_list(
        args,
        rows,
        lambda c: f"{c.date}  {medical.money(c.amount_cents):>12}  {c.kind.label:<18} {c.description}",
    )
    if not args.json and rows:
        for kind, cents in medical.totals(rows).items():
            print(f"      total {kind.label.lower()}: {medical.money(cents)}")
    return code


def cmd_medical_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases import medical

    with open_vault(_vault_arg(args)) as vault:
        medical.delete(vault, medical.KINDS[args.command], args.id)
    print(f"{args.command} {args.id} deleted")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from casebinder.usecases.timeline import timeline

    with open_vault(_vault_arg(args)) as vault:
        events = timeline(vault, args.case)
    print_timeline(events, as_json=args.json)
    return 0


def print_timeline(events: Sequence[Any], *, as_json: bool = False) -> None:
    from casebinder.usecases.serialize import record

    if as_json:
        _emit_json([record(e) for e in events])
        return
    for e in events:
        when = f"{e.at:%Y-%m-%d}      " if e.all_day else f"{e.at:%Y-%m-%d %H:%M}"
        print(f"{when}  {e.kind.label:<16} {e.title}")


def cmd_search(args: argparse.Namespace) -> int:
    from casebinder.usecases.search import plain_snippet, search

    with open_vault(_vault_arg(args)) as vault:
        hits = search(vault, " ".join(args.query), case_id=args.case, limit=args.limit)
    if args.json:
        _emit_json(
            [
                {
                    "id": h.id,
                    "kind": h.kind,
                    "case_id": h.case_id,
                    "case_title": h.case_title,
                    "title": h.title,
                    "snippet": plain_snippet(h.snippet),
                    "score": round(h.score, 4),
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("no matches")
    for h in hits:
        print(f"{h.kind:<14} {h.id:>5}  case {h.case_id}: {h.title}")
        print(f"{'':21}{plain_snippet(h.snippet)}")
    return 0


# --- stages, deadlines, checklists -------------------------------------------------------------------
def cmd_procedures(args: argparse.Namespace) -> int:
    from casebinder.domain.procedures import PROCEDURES

    if args.json:
        _emit_json([{"id": p.id, "label": p.label} for p in PROCEDURES])
        return 0
    for procedure in PROCEDURES:
        print(f"{procedure.id:<28} {procedure.label}")
    return 0


def cmd_stage_set(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import set_stage
    from casebinder.usecases.parse import parse_date

    with open_vault(_vault_arg(args)) as vault:
        set_stage(vault, args.case, args.stage, parse_date(args.on, "--on") if args.on else None)
    print(f"case {args.case} is now at stage {args.stage}")
    return 0


def cmd_event_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import MilestoneFields, add_milestone, case_deadlines
    from casebinder.usecases.parse import parse_datetime

    fields = MilestoneFields(
        kind=args.kind,
        on=parse_datetime(args.on, "--on"),
        urgent=args.urgent,
        service=args.service or "",
        outcome=args.outcome or "",
    )
    with open_vault(_vault_arg(args)) as vault:
        add_milestone(vault, args.case, fields)
        created = [
            d
            for d in case_deadlines(vault, args.case)
            if d.deadline.trigger.at == fields.on and d.deadline.trigger.kind == fields.kind
        ]
    print(f"{args.kind} recorded for case {args.case}")
    for item in created:
        d = item.deadline
        print(f"  deadline {d.due:%Y-%m-%d}: {d.rule.label} ({d.rule.period.describe()}, {d.rule.source})")
    return 0


def _deadline_record(item: Any, today: Any) -> dict[str, Any]:
    d = item.deadline
    return {
        "id": f"{item.case_id}:{d.rule.id}:{d.trigger.id}",
        "kind": "deadline",
        "case_id": item.case_id,
        "case_title": item.case_title,
        "date": d.due.date().isoformat() if d.all_day else d.due.isoformat(timespec="minutes"),
        "days_left": d.days_left(today),
        "status": d.status,
        "who": "you" if d.rule.deadline == "file" else "insurer or reviewer",
        "label": d.rule.label,
        "stage": d.stage,
        "rule_id": d.rule.id,
        "source": d.rule.source,
        "effective": d.rule.effective.isoformat(),
        "note": d.rule.note,
        "alert": item.alert,
    }


def cmd_deadlines(args: argparse.Namespace) -> int:
    import datetime as dt

    from casebinder.infra.rulebook import rulebook
    from casebinder.usecases.appeals import case_deadlines, follow_ups, to_ics

    today = dt.date.today()
    with open_vault(_vault_arg(args)) as vault:
        items = case_deadlines(vault, args.case)
        follow = follow_ups(vault, args.case)
    if args.ics:
        out = Path(args.ics)
        from casebinder.infra.files import write_atomically

        calendar = to_ics(items, follow, args.remind_days).encode("utf-8")
        write_atomically(out, lambda handle: handle.write(calendar))
        print(
            f"wrote {out} ({sum(i.deadline.status != 'met' for i in items)} deadlines, "
            f"{len(follow)} follow-ups)"
        )
        return 0
    if args.json:
        records = [_deadline_record(i, today) for i in items]
        records += [
            {
                "id": f"{f.case_id}:follow-up:{f.day}",
                "kind": "follow-up",
                "case_id": f.case_id,
                "case_title": f.case_title,
                "date": f.day.isoformat(),
                "days_left": (f.day - today).days,
                "status": "open",
                "label": f.title,
                "rule_id": None,
                "source": "your call log",
            }
            for f in follow
        ]
        _emit_json(sorted(records, key=lambda r: str(r["date"])))
        return 0
    if not items and not follow:
        print("no deadlines yet: record a milestone with `event add` (for example --kind denial-received)")
    for item in items:
        d = item.deadline
        when = f"{d.due:%Y-%m-%d}" if d.all_day else f"{d.due:%Y-%m-%d %H:%M}"
        left = d.days_left(today)
        print(f"{when}  {d.status:<8} {left:>5} days  {d.rule.label} — {item.case_title}")
        print(f"{'':16}{d.rule.id}: {d.rule.period.describe()}, {d.rule.source}")
        if item.alert:
            print(f"{'':16}OVERDUE: {item.alert}")
    for f in follow:
        print(f"{f.day:%Y-%m-%d}  follow-up {(f.day - today).days:>5} days  {f.title} — {f.case_title}")
    print(f"\n{rulebook().disclaimer}")
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    from casebinder.usecases import checklists as service

    with open_vault(_vault_arg(args)) as vault:
        for spec in args.link or ():
            item_id, _, document = spec.partition(":")
            if not args.stage or not document.isdigit():
                raise InvalidInput("--link needs --stage and ITEM:DOCUMENT_ID")
            service.link_document(vault, args.case, args.stage, item_id, int(document))
        for spec in args.mark or ():
            item_id, _, status = spec.partition(":")
            if not args.stage:
                raise InvalidInput("--mark needs --stage")
            service.mark_item(vault, args.case, args.stage, item_id, status)
        stages = service.checklists(vault, args.case, args.stage)
    if args.json:
        _emit_json(
            [
                {
                    "id": s.stage,
                    "stage": s.stage,
                    "completion": round(s.completion, 3),
                    "items": [
                        {
                            "id": i.item.id,
                            "label": i.item.label,
                            "status": i.status,
                            "documents": list(i.linked),
                            "suggested": list(i.suggested),
                            "kinds": list(i.item.kinds),
                            "source": i.item.source,
                            "procedure": i.item.from_procedure,
                        }
                        for i in s.items
                    ],
                }
                for s in stages
            ]
        )
        return 0
    for s in stages:
        print(f"{s.stage}: {round(s.completion * 100)}% complete")
        for i in s.items:
            mark = {"done": "[x]", "n/a": "[-]", "missing": "[ ]"}[i.status]
            extra = f"  documents {list(i.linked)}" if i.linked else ""
            extra += f"  suggested: {list(i.suggested)}" if i.suggested else ""
            print(f"  {mark} {i.item.id}: {i.item.label}{extra}")
    return 0


def cmd_denial_check(args: argparse.Namespace) -> int:
    from casebinder.usecases.appeals import denial_notice_check

    present = None if args.has is None else {p.strip() for p in args.has.split(",") if p.strip()}
    with open_vault(_vault_arg(args)) as vault:
        elements = denial_notice_check(vault, args.case, present)
    if args.json:
        _emit_json(
            [
                {
                    "id": e.id,
                    "label": e.label,
                    "present": e.present,
                    "source": e.source,
                    "if_missing": e.if_missing,
                }
                for e in elements
            ]
        )
        return 0
    missing = [e for e in elements if not e.present]
    for e in elements:
        print(f"  [{'x' if e.present else ' '}] {e.id}: {e.label} ({e.source})")
    if missing:
        print("\nWhat the missing parts let you ask for:")
        for e in missing:
            print(f"  - {e.label}: {e.if_missing}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from casebinder.usecases.packet import SECTIONS, PacketOptions, export_packet, select_documents

    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            raise InvalidInput(f"--password-env: the variable {args.password_env} is not set")
    sections = tuple(s.strip() for s in args.sections.split(",")) if args.sections else SECTIONS
    ids = [int(i) for i in args.docs.split(",") if i.strip()] if args.docs else None
    source_password = os.environ.get(args.pdf_password_env) if args.pdf_password_env else None
    if args.pdf_password_env and source_password is None:
        raise InvalidInput(f"--pdf-password-env: the variable {args.pdf_password_env} is not set")
    bar = ProgressBar(enabled=True)
    with open_vault(_vault_arg(args)) as vault:
        documents = select_documents(vault, args.case, args.stage, ids)
        options = PacketOptions(
            sections=sections,
            paper=args.paper,
            password=password,
            bates_prefix=args.bates or "",
            shrink=args.shrink,
            sender=args.sender or "",
            request=args.request or "",
            keep_uri_links=not args.no_links,
            pdf_passwords={d.id: source_password for d in documents if d.id is not None and source_password},
        )
        last = None
        for step in export_packet(vault, args.case, Path(args.out), documents, options):
            bar.show(step.done, step.total, step.label)
            last = step
        bar.close()
    print(f"wrote {args.out} ({last.label if last else ''}, {len(documents)} exhibits)")
    return 0


# --- demo and GUI --------------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from casebinder.infra.paths import default_demo_path
    from casebinder.infra.qt.application import has_display
    from casebinder.usecases.cases import list_cases
    from casebinder.usecases.demo import build_demo, demo_spec
    from casebinder.usecases.timeline import timeline
    from casebinder.vault import Vault

    path = Path(args.path) if args.path else default_demo_path()
    passphrase = demo_spec()["passphrase"]
    if path.exists():
        print(f"Opening the existing demo vault {path}")
        vault = Vault.open(path, passphrase=passphrase)
        case_ids = [summary.case.id for summary in list_cases(vault) if summary.case.id is not None]
    else:
        print(f"Building the demo vault {path} ...")
        demo = build_demo(path)
        vault, case_ids = demo.vault, list(demo.case_ids.values())
    print(f'Its passphrase is "{passphrase}".')
    if not has_display() or args.no_gui:
        with vault:
            if not args.no_gui:
                print(
                    "No display is available, so the app window cannot open here. The demo case's timeline:"
                )
            for case_id in case_ids:
                print()
                print_timeline(timeline(vault, case_id))
            from casebinder.usecases.packet import export_packet, select_documents

            packet = path.with_name(f"{path.stem} packet.pdf")
            list(export_packet(vault, case_ids[0], packet, select_documents(vault, case_ids[0])))
            print(f"\nThe first case's appeal packet: {packet}")
        return 0
    vault.close()
    from casebinder.ui.app import run_gui

    return run_gui(vault_path=path, passphrase=passphrase, qt_args=args.qt_args)


def cmd_gui(args: argparse.Namespace) -> int:
    from casebinder.ui.app import run_gui

    return run_gui(vault_path=Path(args.vault) if args.vault else None, qt_args=args.qt_args)


# --- parser --------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebinder",
        description=f"{APP_NAME}: a local, encrypted binder for fighting a health-insurance denial.",
        epilog=f"Without a command the desktop app opens. The passphrase is read from {PASSPHRASE_ENV}, "
        "else the OS keychain, else asked for. Not legal advice: check your plan documents.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--vault", metavar="PATH", help="the vault file to work on")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(group: Any, name: str, handler: Callable[[argparse.Namespace], int], help_: str) -> Any:
        sub = group.add_parser(name, help=help_, description=help_)
        sub.set_defaults(handler=handler)
        return sub

    def json_flag(sub: Any) -> None:
        sub.add_argument("--json", action="store_true", help="one JSON document on stdout")

    def case_flag(sub: Any) -> None:
        sub.add_argument("--case", type=_parse_ids, required=True, metavar="ID")

    vault = commands.add_parser("vault", help="create, check and re-key vault files").add_subparsers(
        dest="vault_command", metavar="ACTION", required=True
    )
    sub = command(vault, "init", cmd_vault_init, "create a new vault and print its recovery key once")
    sub.add_argument("path", metavar="PATH")
    sub.add_argument("--remember", action="store_true", help="keep the key in this computer's keychain")
    sub = command(vault, "verify", cmd_vault_verify, "check encryption, integrity and every stored file")
    sub.add_argument("path", metavar="PATH")
    sub = command(
        vault,
        "change-passphrase",
        cmd_vault_change_passphrase,
        f"re-encrypt under a new passphrase (read from {NEW_PASSPHRASE_ENV} or asked for)",
    )
    sub.add_argument("path", metavar="PATH")
    sub = command(vault, "forget", cmd_vault_forget, "remove the key remembered in this computer's keychain")
    sub.add_argument("path", metavar="PATH")

    person = commands.add_parser("person", help="the people whose cases you run").add_subparsers(
        dest="person_command", metavar="ACTION", required=True
    )
    sub = command(person, "add", cmd_person_add, "add a person (a patient)")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--relationship", help="to you: self, parent, child, spouse...")
    sub = command(person, "list", cmd_person_list, "list people")
    json_flag(sub)

    case = commands.add_parser("case", help="coverage cases").add_subparsers(
        dest="case_command", metavar="ACTION", required=True
    )
    sub = command(case, "add", cmd_case_add, "open a case for a person (added if new)")
    sub.add_argument("--person", required=True, metavar="NAME")
    sub.add_argument("--title", required=True)
    sub.add_argument("--procedure", help="a template id (see `casebinder procedures`) or free text")
    sub.add_argument(
        "--plan-type",
        metavar="TYPE",
        help="aca-individual, employer-insured, employer-self-funded, "
        "medicare, medicare-advantage, medicaid, other",
    )
    sub.add_argument("--insurer")
    sub.add_argument("--member-id")
    sub.add_argument("--group-number")
    sub.add_argument("--claim-number")
    sub.add_argument("--auth-number", help="prior-authorization number")
    sub.add_argument("--appeal-levels", type=int, choices=[1, 2], help="internal appeal levels of the plan")
    sub = command(case, "list", cmd_case_list, "list cases")
    json_flag(sub)

    doc = commands.add_parser("doc", help="documents").add_subparsers(
        dest="doc_command", metavar="ACTION", required=True
    )
    sub = command(doc, "add", cmd_doc_add, "import files or folders into a case")
    case_flag(sub)
    sub.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    sub.add_argument(
        "--kind",
        help="denial, approval, insurer-letter, medical-necessity, clinical-note, "
        "test-result, imaging, photo, receipt, estimate, policy, appeal-letter, prior-auth-request, "
        "proof-of-submission, other",
    )
    sub.add_argument("--title")
    sub.add_argument("--date", metavar="YYYY-MM-DD")
    sub.add_argument("--source", help="who it came from")
    sub.add_argument(
        "--pdf-password-env",
        metavar="VAR",
        help="read password-protected PDFs with the password in this environment variable "
        "(used to read them, never stored)",
    )
    sub = command(doc, "list", cmd_doc_list, "list a case's documents")
    case_flag(sub)
    json_flag(sub)
    sub = command(doc, "get", cmd_doc_get, "write a document's original bytes to a file")
    sub.add_argument("id", type=_parse_ids, metavar="ID")
    sub.add_argument("--out", required=True, metavar="FILE")

    call = commands.add_parser("call", help="phone calls").add_subparsers(
        dest="call_command", metavar="ACTION", required=True
    )
    sub = command(call, "add", cmd_call_add, "log a call")
    case_flag(sub)
    sub.add_argument("--at", required=True, metavar="ISO", help="when, e.g. 2026-03-14T10:30")
    sub.add_argument("--rep", required=True, metavar="NAME", help="the representative's name")
    sub.add_argument("--ref", metavar="REF", help="the reference number the rep gave")
    sub.add_argument("--rep-id")
    sub.add_argument("--with", dest="with_whom", metavar="WHOM", help="organisation or department")
    sub.add_argument("--direction", default="outbound", choices=["outbound", "inbound"])
    sub.add_argument("--duration", type=int, metavar="MINUTES")
    sub.add_argument("--summary", metavar="S")
    sub.add_argument("--promised", metavar="TEXT", help="what was promised, in the rep's words")
    sub.add_argument("--follow-up", metavar="DATE")
    sub = command(call, "list", cmd_call_list, "list a case's calls")
    case_flag(sub)
    json_flag(sub)

    mail = commands.add_parser(
        "correspondence", help="letters, faxes, portal messages, e-mails"
    ).add_subparsers(dest="correspondence_command", metavar="ACTION", required=True)
    sub = command(mail, "add", cmd_correspondence_add, "log a letter, fax, portal message or e-mail")
    case_flag(sub)
    sub.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    sub.add_argument("--direction", required=True, choices=["sent", "received"])
    sub.add_argument("--method", default="letter", help="letter, fax, portal, email, in-person")
    sub.add_argument("--counterparty", metavar="WHO")
    sub.add_argument("--subject")
    sub.add_argument("--proof", help="tracking number or fax confirmation")
    sub.add_argument(
        "--doc", type=_parse_ids, action="append", metavar="ID", help="a linked document (repeat)"
    )

    history = commands.add_parser(
        "history", help="the medical history behind the request (conditions, diagnoses)"
    ).add_subparsers(dest="history_command", metavar="ACTION", required=True)
    sub = command(history, "add", cmd_history_add, "record a condition or diagnosis")
    case_flag(sub)
    sub.add_argument("--condition", required=True, metavar="TEXT", help="e.g. chronic migraine")
    sub.add_argument("--code", metavar="ICD10", help="the diagnosis code on the records, e.g. G43.709")
    sub.add_argument("--since", metavar="YYYY-MM-DD")
    sub.add_argument("--detail", metavar="TEXT", help="how it limits daily life; findings")
    sub = command(history, "list", cmd_history_list, "list a case's medical history")
    case_flag(sub)
    json_flag(sub)
    sub = command(history, "delete", cmd_medical_delete, "delete a medical history entry")
    sub.add_argument("id", type=int, metavar="ID")

    treatment = commands.add_parser(
        "treatment", help="treatments already tried (step therapy) and how they went"
    ).add_subparsers(dest="treatment_command", metavar="ACTION", required=True)
    sub = command(treatment, "add", cmd_treatment_add, "record a treatment tried")
    case_flag(sub)
    sub.add_argument("--name", required=True, metavar="TEXT", help="e.g. topiramate 50 mg")
    sub.add_argument(
        "--kind", default="medication", help="medication, injection, therapy, procedure, device, other"
    )
    sub.add_argument("--started", metavar="YYYY-MM-DD")
    sub.add_argument("--ended", metavar="YYYY-MM-DD")
    sub.add_argument("--outcome", metavar="TEXT", help="why it stopped: no relief, side effects...")
    sub.add_argument("--prescriber", metavar="NAME")
    sub = command(treatment, "list", cmd_treatment_list, "list the treatments tried")
    case_flag(sub)
    json_flag(sub)
    sub = command(treatment, "delete", cmd_medical_delete, "delete a treatment")
    sub.add_argument("id", type=int, metavar="ID")

    cost = commands.add_parser("cost", help="bills, payments and estimates").add_subparsers(
        dest="cost_command", metavar="ACTION", required=True
    )
    sub = command(cost, "add", cmd_cost_add, "record a bill, a payment or an estimate")
    case_flag(sub)
    sub.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    sub.add_argument("--amount", required=True, metavar="AMOUNT", help="e.g. 1234.50")
    sub.add_argument("--description", required=True, metavar="TEXT")
    sub.add_argument("--kind", default="paid", help="billed, paid (out of pocket), estimate")
    sub.add_argument("--doc", type=int, metavar="ID", help="the receipt, bill or estimate in the vault")
    sub = command(cost, "list", cmd_cost_list, "list a case's costs, with totals")
    case_flag(sub)
    json_flag(sub)
    sub = command(cost, "delete", cmd_medical_delete, "delete a cost")
    sub.add_argument("id", type=int, metavar="ID")

    sub = command(commands, "timeline", cmd_timeline, "a case's events in date order")
    case_flag(sub)
    json_flag(sub)

    sub = command(
        commands, "procedures", cmd_procedures, "the procedure template ids for case add --procedure"
    )
    json_flag(sub)
    stage = commands.add_parser("stage", help="where a case stands").add_subparsers(
        dest="stage_command", metavar="ACTION", required=True
    )
    sub = command(stage, "set", cmd_stage_set, "move a case to a stage of its appeal ladder")
    case_flag(sub)
    sub.add_argument("stage", metavar="STAGE")
    sub.add_argument("--on", metavar="DATE")
    event = commands.add_parser("event", help="appeal milestones (they set the deadlines)").add_subparsers(
        dest="event_command", metavar="ACTION", required=True
    )
    sub = command(event, "add", cmd_event_add, "record a milestone: denial received, appeal submitted...")
    case_flag(sub)
    sub.add_argument(
        "--kind",
        required=True,
        metavar="KIND",
        help="prior-auth-requested, prior-auth-decision, claim-submitted, denial-received, "
        "appeal-submitted, decision-received, external-review-requested, external-review-decision, "
        "complaint-filed",
    )
    sub.add_argument("--on", required=True, metavar="DATE", help="when (a date, or date and time)")
    sub.add_argument("--urgent", action="store_true", help="urgent care: the expedited clocks apply")
    sub.add_argument("--service", choices=["pre", "post"], help="before (pre) or after (post) the care")
    sub.add_argument("--outcome", choices=["approved", "denied", "upheld", "overturned"])
    sub = command(commands, "checklist", cmd_checklist, "the documents each stage needs, and what is missing")
    case_flag(sub)
    sub.add_argument("--stage", metavar="S")
    sub.add_argument(
        "--link", action="append", metavar="ITEM:DOC", help="link a document to an item (repeat)"
    )
    sub.add_argument("--mark", action="append", metavar="ITEM:STATUS", help="done, n/a or missing (repeat)")
    json_flag(sub)
    sub = command(
        commands, "deadlines", cmd_deadlines, "deadlines and follow-ups, with their rules and sources"
    )
    sub.add_argument("--case", type=_parse_ids, metavar="ID")
    sub.add_argument("--ics", metavar="OUT.ics", help="write them as a calendar file instead")
    sub.add_argument(
        "--remind-days", type=int, default=7, metavar="N", help="calendar reminder N days before"
    )
    json_flag(sub)
    sub = command(
        commands, "denial-check", cmd_denial_check, "what a denial notice must state, and what is missing"
    )
    case_flag(sub)
    sub.add_argument("--has", metavar="IDS", help="comma-separated elements your letter contains (saved)")
    json_flag(sub)

    sub = command(commands, "export", cmd_export, "one PDF packet: cover, index, summaries, every exhibit")
    case_flag(sub)
    sub.add_argument("--out", required=True, metavar="FILE.pdf")
    sub.add_argument("--stage", metavar="S", help="only the documents linked to this stage's checklist")
    sub.add_argument("--docs", metavar="ID,ID,...", help="these documents, in this order")
    sub.add_argument(
        "--sections",
        metavar="LIST",
        help="cover,index,chronology,calls,history,treatments,costs (default: all; "
        "summaries print only when the case has that data)",
    )
    sub.add_argument(
        "--password-env", metavar="VAR", help="encrypt with AES-256, password from this variable"
    )
    sub.add_argument("--paper", choices=["a4", "letter"], default="letter")
    sub.add_argument("--bates", metavar="PREFIX", help="number pages PREFIX000001, PREFIX000002...")
    sub.add_argument("--shrink", action="store_true", help="shrink page content so stamps never cover it")
    sub.add_argument("--no-links", action="store_true", help="drop web links inside exhibits too")
    sub.add_argument(
        "--pdf-password-env",
        metavar="VAR",
        help="password of encrypted exhibits, from this variable (used to read them, never stored)",
    )
    sub.add_argument("--sender", metavar="TEXT", help="who is sending it and how to reach them")
    sub.add_argument("--request", metavar="TEXT", help="what is requested, for the cover")

    sub = command(commands, "search", cmd_search, "full-text search of documents, calls, letters and notes")
    sub.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words (all must match), "a phrase", prefix*, or word OR word',
    )
    sub.add_argument("--case", type=_parse_ids, metavar="ID", help="only this case")
    sub.add_argument("--limit", type=int, default=50)
    json_flag(sub)

    sub = command(commands, "demo", cmd_demo, "build a demo vault and open it in the app")
    sub.add_argument("path", nargs="?", metavar="PATH")
    sub.add_argument(
        "--no-gui", action="store_true", help="print the demo timeline instead of opening the app"
    )

    sub = command(commands, "gui", cmd_gui, "open the desktop app (the same as no command)")
    return parser


# Qt's own command-line options (QGuiApplication, QApplication, xcb): Qt reads them from the arguments given
# to QApplication. Only their single-dash spelling is taken (``-style fusion``, ``-platform=xcb``), so they
# never collide with our own double-dash options (``--title``).
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger", "qwindowgeometry",
        "qwindowicon", "qwindowtitle", "session", "style", "stylesheet", "display", "geometry",
    }
)  # fmt: skip
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"})


def split_qt_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's arguments): ``-style fusion`` and ``-platform xcb`` go to Qt, not argparse."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        name, equals, _value = item[1:].partition("=")
        single_dash = item.startswith("-") and not item.startswith("--")
        if single_dash and name in QT_FLAGS and not equals:
            qt.append(item)
        elif single_dash and name in QT_OPTIONS_WITH_VALUE and (equals or index + 1 < len(items)):
            qt.append(item)
            if not equals:
                index += 1
                qt.append(items[index])
        else:
            ours.append(item)
        index += 1
    return ours, qt


def main(argv: Sequence[str] | None = None) -> int:
    from casebinder.hardening import harden_process

    harden_process()  # before any key or case data is in memory: no core dumps, private files
    parser = build_parser()
    ours, qt_args = split_qt_arguments(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(ours)
    args.qt_args = qt_args
    handler = getattr(args, "handler", None) or cmd_gui
    try:
        return handler(args)
    except CasebinderError as error:
        _warn(str(error))
        return 1
    except KeyboardInterrupt:
        _warn("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["build_parser", "main"]

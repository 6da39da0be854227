"""``casebinder doc``: import, list, edit, delete documents, and get their bytes or text back."""

import argparse
import functools
import getpass
import sys
from pathlib import Path
from typing import Any

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    Noun,
    ProgressBar,
    case_flag,
    delete_command,
    emit_json,
    id_argument,
    json_flag,
    open_args_vault,
    record_id,
    records,
    secret_from_env,
    vocabulary,
    yes_flag,
)
from casebinder.domain.enums import DateSource, DocumentKind
from casebinder.errors import InvalidInput


def register(commands: "Commands") -> None:
    doc = Noun(commands, "doc", "documents")
    sub = doc.command("add", cmd_add, "import files or folders into a case", ops=["doc.add", *OPENS_VAULT])
    case_flag(sub)
    sub.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    sub.add_argument("--kind", **vocabulary(DocumentKind))
    sub.add_argument("--title")
    sub.add_argument("--date", metavar="YYYY-MM-DD")
    sub.add_argument("--source", help="who it came from")
    sub.add_argument(
        "--pdf-password-env",
        metavar="VAR",
        help="read password-protected PDFs with the password in this environment variable "
        "(used to read them, never stored)",
    )
    sub.add_argument(
        "--text-later",
        action="store_true",
        help="land scans and photos now and read their words (OCR) afterwards, with doc read-text",
    )
    sub = doc.command(
        "read-text",
        cmd_read_text,
        "read the words of scans and photos imported with their text left for later (OCR)",
        ops=["doc.read-pending", "doc.text-pending", *OPENS_VAULT],
    )
    json_flag(sub)
    sub = doc.command("list", cmd_list, "list a case's documents", ops=["doc.list"])
    case_flag(sub)
    json_flag(sub)
    sub = doc.command("get", cmd_get, "write a document's original bytes to a file", ops=["doc.get"])
    id_argument(sub, "document")
    sub.add_argument("--out", required=True, metavar="FILE")
    sub = doc.command("text", cmd_text, "the text read from a document (for scans, by OCR)", ops=["doc.text"])
    id_argument(sub, "document")
    sub = doc.command("edit", cmd_edit, "change a document's title, kind, date or case", ops=["doc.edit"])
    id_argument(sub, "document")
    sub.add_argument("--title")
    sub.add_argument("--kind", **vocabulary(DocumentKind))
    dated = sub.add_mutually_exclusive_group()
    dated.add_argument("--date", metavar="YYYY-MM-DD", help="the date the document bears")
    dated.add_argument("--undated", action="store_true", help="it bears no date")
    dated.add_argument(
        "--confirm-date",
        action="store_true",
        help="the date proposed from the file (date line, e-mail Date, photo, name) is right",
    )
    sub.add_argument("--case", type=record_id, metavar="ID", help="move it to another case")
    sub = doc.command("delete", cmd_delete, "delete a document from the vault", ops=["doc.delete"])
    id_argument(sub, "document")
    yes_flag(sub)


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.importing import ImportOptions, disk_full_summary, import_files
    from casebinder.usecases.parse import parse_date, parse_enum
    from casebinder.vault import DiskFull

    password = secret_from_env(args.pdf_password_env, "--pdf-password-env")
    options = ImportOptions(
        kind=parse_enum(DocumentKind, args.kind) if args.kind else None,
        title=args.title,
        date=parse_date(args.date) if args.date else None,
        source=args.source or "",
        pdf_password=password,
        ask_password=_ask_pdf_password if password is None and sys.stdin.isatty() else None,
        text_later=args.text_later,
    )
    counts = {"imported": 0, "duplicate": 0, "refused": 0}
    steps = []
    bar = ProgressBar(enabled=True)
    with open_args_vault(args) as vault:
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


def cmd_read_text(args: argparse.Namespace) -> int:
    from casebinder.usecases.text_later import read_all_pending

    bar = ProgressBar(enabled=not args.json)
    with open_args_vault(args) as vault:
        steps = []
        for step in read_all_pending(vault):
            steps.append(step)
            bar.show(step.done, step.total, f"file {step.blob_id}")
        bar.close()
    found = sum(step.found for step in steps)
    if args.json:
        emit_json({"read": len(steps), "with_words": found})
    elif steps:
        print(f"read the text of {len(steps)} files: {found} with words, now searchable")
    else:
        print("nothing left to read")
    return 0


def _ask_pdf_password(name: str, why: str) -> str | None:
    return getpass.getpass(f"{name}: {why}. Password (Enter to skip): ") or None


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import list_documents

    with open_args_vault(args) as vault:
        documents = list_documents(vault, args.case)
    if args.json:
        emit_json(records(documents, pages=lambda d: d.page_count))
        return 0
    for d in documents:
        when = d.date.isoformat() if d.date else "undated   "
        proposed = "?" if d.date and d.date_source is not DateSource.USER else " "  # not yet confirmed
        pages = f"{d.page_count}p" if d.page_count else "  "
        print(f"{d.id:>4}  {when}{proposed} {d.kind.label:<28} {d.title}  ({pages} {d.size / 1024:.0f} KB)")
    if any(d.date and d.date_source is not DateSource.USER for d in documents):
        print("? a date proposed from the file: confirm it (doc edit ID --confirm-date) or give one (--date)")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import save_copy

    with open_args_vault(args) as vault:
        written = save_copy(vault, args.id, Path(args.out))
    print(f"wrote {written}")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import extracted_text

    with open_args_vault(args) as vault:
        text, method = extracted_text(vault, args.id)
    if not text.strip():
        print(f"(no text was read from document {args.id})", file=sys.stderr)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    del method
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import update_document
    from casebinder.usecases.parse import parse_date

    changes: dict[str, Any] = {
        "title": args.title,
        "kind": args.kind,
        "date": parse_date(args.date, "--date") if args.date else None,
        "case_id": args.case,
        "undated": args.undated,
        "confirm_date": args.confirm_date,
    }
    if not any(value for value in changes.values()):
        raise InvalidInput("say what to change: --title, --kind, --date, --undated, --confirm-date or --case")
    with open_args_vault(args) as vault:
        update_document(vault, args.id, **changes)
    print(f"document {args.id} updated")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.documents import delete_document

    return delete_command(args, "document", functools.partial(delete_document, purge=True))

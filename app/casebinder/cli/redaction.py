"""``casebinder redaction``: black boxes on exhibit pages, burnt into packets (``export --redact-marks``)."""

import argparse

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
    yes_flag,
)
from casebinder.errors import InvalidInput


def register(commands: "Commands") -> None:
    noun = Noun(commands, "redaction", "black boxes on exhibit pages, applied to packets only")
    sub = noun.command(
        "add", cmd_add, "black out a box on a page of a document", ops=["redaction.add", *OPENS_VAULT]
    )
    sub.add_argument("--doc", type=record_id, required=True, metavar="ID", help="the document")
    sub.add_argument("--page", type=int, required=True, metavar="N", help="the page, counted from 1")
    sub.add_argument(
        "--box",
        required=True,
        metavar="LEFT,TOP,RIGHT,BOTTOM",
        help="in fractions of the page from its top left, e.g. 0.1,0.2,0.6,0.25",
    )
    sub.add_argument("--reason", default="", help="why (for your own record; not printed)")
    sub = noun.command("list", cmd_list, "list a case's redaction boxes", ops=["redaction.list"])
    case_flag(sub)
    sub.add_argument("--doc", type=record_id, metavar="ID", help="only this document's")
    json_flag(sub)
    sub = noun.command("delete", cmd_delete, "remove a redaction box", ops=["redaction.delete"])
    id_argument(sub, "redaction box")
    yes_flag(sub)


def _box(text: str) -> tuple[float, float, float, float]:
    try:
        left, top, right, bottom = (float(part) for part in text.split(","))
    except ValueError:
        raise InvalidInput(
            f"--box {text!r}: give four fractions, LEFT,TOP,RIGHT,BOTTOM (0.1,0.2,0.6,0.25)"
        ) from None
    return left, top, right, bottom


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.redactions import MarkFields, add_mark

    fields = MarkFields(args.page, *_box(args.box), reason=args.reason)
    with open_args_vault(args) as vault:
        mark = add_mark(vault, args.doc, fields).record
    print(f"redaction box {mark.id} added on page {mark.page}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.redactions import list_marks

    with open_args_vault(args) as vault:
        marks = list_marks(vault, args.case, args.doc)
    if args.json:
        emit_json(records(marks))
        return 0
    for m in marks:
        box = f"{m.left:.3f},{m.top:.3f},{m.right:.3f},{m.bottom:.3f}"
        print(f"{m.id:>4}  document {m.document_id}  page {m.page}  {box}  {m.reason}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.redactions import delete_mark

    return delete_command(args, "redaction box", delete_mark)

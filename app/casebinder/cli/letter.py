"""``casebinder letter``: letters drafted from a case (an appeal, a claim-file request, one to the doctor)."""

import argparse
import sys
from pathlib import Path

from casebinder.cli.common import Commands, Noun, case_flag, emit_json, json_flag, open_args_vault, warn
from casebinder.errors import InvalidInput


def register(commands: "Commands") -> None:
    noun = Noun(commands, "letter", "letters drafted from the case, to review and send")
    sub = noun.command(
        "list", cmd_list, "the letter templates and the fields each needs", ops=["letter.list"]
    )
    json_flag(sub)

    sub = noun.command(
        "make",
        cmd_make,
        "draft a letter from the case: print it, write it as a PDF (--out) or keep it in the vault (--save)",
        ops=["letter.draft", "letter.fields", "letter.render", "letter.save"],
    )
    sub.add_argument("--template", required=True, metavar="T", help="a template id, as letter list shows")
    case_flag(sub)
    where = sub.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the letter as a PDF here")
    where.add_argument(
        "--save", action="store_true", help="keep it as a document of the case (it joins the packet)"
    )
    sub.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a field you write (e.g. denial_reason=...), kept with the case for the next letter",
    )
    sub.add_argument("--paper", choices=["letter", "a4"], default="letter")


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.infra.letter_templates import letter_fields
    from casebinder.usecases.letters import asked_fields, list_letters

    fields = letter_fields()
    templates = list_letters()
    if args.json:
        emit_json(
            [
                {
                    "id": t.id,
                    "title": t.title,
                    "to": t.to,
                    "kind": t.kind.value,
                    "description": t.description,
                    "required": [
                        {"name": n, "label": fields[n].label, "asked": fields[n].asked} for n in t.required
                    ],
                    "asked": [f.name for f in asked_fields(t)],
                }
                for t in templates
            ]
        )
        return 0
    for template in templates:
        print(f"{template.id:<32} {template.title} (to the {template.to})")
        print(f"{'':<32} needs: {', '.join(fields[n].label for n in template.required)}")
    return 0


def _settings(pairs: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise InvalidInput("--set takes NAME=VALUE, not {pair!r}", pair=pair)
        found[name.strip()] = value
    return found


def cmd_make(args: argparse.Namespace) -> int:
    from casebinder.usecases.letters import draft_letter, save_letter, set_letter_fields, write_letter

    with open_args_vault(args) as vault:
        settings = _settings(args.set)
        if settings:
            set_letter_fields(vault, args.case, settings)
        draft = draft_letter(vault, args.case, args.template)
        for note in draft.notes:
            warn(note)
        for missing in draft.missing:
            warn(f"missing: {missing.label} ({missing.fill})")
        if args.save:
            if draft.missing:
                raise _blank(draft.missing)
            document = save_letter(vault, args.case, args.template, draft.text, draft.title).record
            print(f"saved as document {document.id}: {document.title}")
            return 0
    if args.out is not None:
        if draft.missing:
            raise _blank(draft.missing)
        written = write_letter(draft.text, draft.title, args.out, args.paper)
        print(f"written to {written}")
        return 0
    sys.stdout.write(draft.text)
    return 0


def _blank(missing: tuple[object, ...]) -> InvalidInput:
    labels = ", ".join(getattr(m, "label", "") for m in missing)
    return InvalidInput(
        "the letter has blank required fields: {fields}; nothing was written (fill them, e.g. with --set for "
        "what you write, and make it again)",
        fields=labels,
    )

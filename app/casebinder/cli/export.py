"""``casebinder export``: one PDF packet of a case: cover, index, summaries, every exhibit."""

import argparse
from pathlib import Path

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    ProgressBar,
    case_flag,
    choices,
    command,
    open_args_vault,
    secret_from_env,
)
from casebinder.domain.enums import PacketSection, Paper


def register(commands: "Commands") -> None:
    sub = command(
        commands,
        "export",
        cmd_export,
        "one PDF packet: cover, index, summaries, every exhibit",
        ops=["export.packet", "export.documents", *OPENS_VAULT],
    )
    case_flag(sub)
    sub.add_argument("--out", required=True, metavar="FILE.pdf")
    sub.add_argument("--stage", metavar="S", help="only the documents linked to this stage's checklist")
    sub.add_argument("--docs", metavar="ID,ID,...", help="these documents, in this order")
    sub.add_argument(
        "--sections",
        metavar="LIST",
        help=f"{','.join(choices(PacketSection))} (default: all; "
        "summaries print only when the case has that data)",
    )
    sub.add_argument(
        "--password-env", metavar="VAR", help="encrypt with AES-256, password from this variable"
    )
    sub.add_argument("--paper", choices=choices(Paper), default=Paper.LETTER.value)
    sub.add_argument("--bates", metavar="PREFIX", help="number pages PREFIX000001, PREFIX000002...")
    sub.add_argument(
        "--shrink",
        action="store_true",
        help="shrink every page into the margin (by default only pages with content where the stamp goes)",
    )
    sub.add_argument("--no-links", action="store_true", help="drop web links inside exhibits too")
    sub.add_argument(
        "--pdf-password-env",
        metavar="VAR",
        help="password of encrypted exhibits, from this variable (used to read them, never stored)",
    )
    sub.add_argument(
        "--skip-locked",
        action="store_true",
        help="leave out password-protected exhibits whose password was not given (else the export stops)",
    )
    sub.add_argument("--title", metavar="TEXT", help='the PDF\'s title (default: "Exhibits")')
    sub.add_argument(
        "--chronology-all",
        action="store_true",
        help="put your own deadlines, follow-ups and notes in the chronology too (left out by default)",
    )
    sub.add_argument(
        "--redact",
        action="append",
        metavar="TEXT",
        help="black out every match of TEXT (repeatable; re:PATTERN for a regular expression, e.g. "
        "re:\\d{3}-\\d{2}-\\d{4}); PDF pages with a match become pictures with the boxes burnt in",
    )
    sub.add_argument(
        "--redact-marks",
        action="store_true",
        help="burn in the boxes drawn on exhibit pages (redaction add, or the app's page view)",
    )
    sub.add_argument("--sender", metavar="TEXT", help="who is sending it and how to reach them")
    sub.add_argument("--request", metavar="TEXT", help="what is requested, for the cover")


def cmd_export(args: argparse.Namespace) -> int:
    from casebinder.usecases.packet import SECTIONS, PacketOptions, export_packet, select_documents

    password = secret_from_env(args.password_env, "--password-env")
    sections = tuple(s.strip() for s in args.sections.split(",")) if args.sections else SECTIONS
    ids = [int(i) for i in args.docs.split(",") if i.strip()] if args.docs else None
    source_password = secret_from_env(args.pdf_password_env, "--pdf-password-env")
    bar = ProgressBar(enabled=True)
    with open_args_vault(args) as vault:
        documents = select_documents(vault, args.case, args.stage, ids)
        options = PacketOptions(
            sections=sections,
            paper=args.paper,
            password=password or None,
            bates_prefix=args.bates or "",
            shrink=args.shrink,
            sender=args.sender or "",
            request=args.request or "",
            keep_uri_links=not args.no_links,
            skip_locked=args.skip_locked,
            chronology_internal=args.chronology_all,
            title=args.title or "Exhibits",
            redact=tuple(args.redact or ()),
            redact_marks=args.redact_marks,
            pdf_passwords={d.id: source_password for d in documents if d.id is not None and source_password},
        )
        last = None
        for step in export_packet(vault, args.case, Path(args.out), documents, options):
            bar.show(step.done, step.total, step.label)
            last = step
        bar.close()
    print(f"wrote {args.out} ({last.label if last else ''}, {len(documents)} exhibits)")
    for note in last.notes if last else ():
        print(f"  {note}")
    return 0

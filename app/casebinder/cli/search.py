"""``casebinder search``: full-text search of documents, calls, letters and notes."""

import argparse

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    command,
    emit_json,
    json_flag,
    open_args_vault,
    record_id,
)


def register(commands: "Commands") -> None:
    sub = command(
        commands,
        "search",
        cmd_search,
        "full-text search of documents, calls, letters and notes",
        ops=["search.run", *OPENS_VAULT],
    )
    sub.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words (all must match), "a phrase", prefix*, or word OR word',
    )
    sub.add_argument("--case", type=record_id, metavar="ID", help="only this case")
    sub.add_argument("--limit", type=int, default=50)
    json_flag(sub)


def cmd_search(args: argparse.Namespace) -> int:
    from casebinder.usecases.search import plain_snippet, search

    with open_args_vault(args) as vault:
        hits = search(vault, " ".join(args.query), case_id=args.case, limit=args.limit)
    if args.json:
        emit_json(
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

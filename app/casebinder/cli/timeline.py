"""``casebinder timeline``: a case's events in date order."""

import argparse
from collections.abc import Sequence
from typing import Any

from casebinder.cli.common import (
    OPENS_VAULT,
    Commands,
    case_flag,
    command,
    emit_json,
    json_flag,
    open_args_vault,
    records,
)


def register(commands: "Commands") -> None:
    sub = command(
        commands,
        "timeline",
        cmd_timeline,
        "a case's events in date order",
        ops=["timeline.show", "timeline.undated", "timeline.told", *OPENS_VAULT],
    )
    case_flag(sub)
    json_flag(sub)


def cmd_timeline(args: argparse.Namespace) -> int:
    from casebinder.usecases.timeline import timeline, told_lines, undated_documents

    with open_args_vault(args) as vault:
        events = timeline(vault, args.case)
        undated = undated_documents(vault, args.case)
        told = told_lines(vault, events)
    print_timeline(events, as_json=args.json, undated=undated, told=told)
    return 0


def print_timeline(
    events: Sequence[Any],
    *,
    as_json: bool = False,
    undated: set[int] | None = None,
    told: dict[int, list[str]] | None = None,
) -> None:
    """Lines of documents that bear no date say "undated" (JSON: ``"undated": true``), never the day
    they were added. Under a line, what it tells of the lines folded into it (JSON: ``"told"``): the
    notice a denial came in, the letter that carried it."""
    undated = undated or set()
    told = told or {}
    if as_json:
        rows = records(events)
        for row in rows:
            row["undated"] = row.get("document_id") in undated
            row["told"] = told.get(row["id"], [])
        emit_json(rows)
        return
    for e in events:
        if e.document_id in undated:
            when = "undated         "
        else:
            when = f"{e.at:%Y-%m-%d}      " if e.all_day else f"{e.at:%Y-%m-%d %H:%M}"
        print(f"{when}  {e.kind.label:<16} {e.title}")
        for line in told.get(e.id, []):
            print(f"{'':<36}{line}")

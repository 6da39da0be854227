"""Deadlines and follow-ups as an iCalendar file, for the calendar a person already looks at."""

import datetime as dt
from pathlib import Path

from casebinder.infra.files import write_atomically
from casebinder.infra.rulebook import rulebook
from casebinder.usecases.appeals import CaseDeadline, FollowUp, case_deadlines, follow_ups
from casebinder.usecases.registry import query
from casebinder.vault import Vault


@query("deadlines.calendar")
def export_calendar(
    vault: Vault, out: Path, case_id: int | None = None, remind_days: int = 7
) -> tuple[int, int]:
    """Write the open deadlines and follow-ups (of one case, or all) to ``out``; returns how many of each.
    It changes nothing in the vault: the file is the user's export."""
    items = case_deadlines(vault, case_id)
    follow = follow_ups(vault, case_id)
    calendar = to_ics(items, follow, remind_days).encode("utf-8")
    write_atomically(out, lambda handle: handle.write(calendar))
    return sum(i.deadline.status != "met" for i in items), len(follow)


def to_ics(
    items: list[CaseDeadline], follow: list[FollowUp], remind_days: int = 7, stamp: dt.datetime | None = None
) -> str:
    """An iCalendar file of the open deadlines and follow-ups, each with a reminder ``remind_days`` before."""
    stamp = stamp or dt.datetime.now(dt.UTC)

    def text(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Casebinder//Deadlines//EN", "CALSCALE:GREGORIAN"]

    def event(uid: str, day: dt.date, summary: str, description: str) -> None:
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@casebinder",
                f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{text(summary)}",
                f"DESCRIPTION:{text(description)}",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{text(summary)}",
                f"TRIGGER:-P{remind_days}D",
                "END:VALARM",
                "END:VEVENT",
            ]
        )

    disclaimer = rulebook().disclaimer
    for item in items:
        d = item.deadline
        if d.status in ("met",):
            continue
        description = f"{d.rule.label}. Rule {d.rule.id}: {d.rule.period.describe()}, {d.rule.source}."
        if d.rule.note:
            description += f" {d.rule.note}"
        event(
            f"{item.case_id}-{d.rule.id}-{d.trigger.id}",
            d.due.date(),
            f"{d.rule.label} — {item.case_title}",
            f"{description} {disclaimer}",
        )
    for index, f in enumerate(follow):
        event(
            f"{f.case_id}-follow-up-{f.day:%Y%m%d}-{index}",
            f.day,
            f"{f.title} — {f.case_title}",
            "From your call log.",
        )
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF and a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)

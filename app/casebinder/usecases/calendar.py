"""Deadlines and follow-ups as an iCalendar file, for the calendar a person already looks at."""

import datetime as dt
from pathlib import Path

from casebinder.domain.enums import DeadlineStatus
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
    return sum(i.deadline.status in (DeadlineStatus.OPEN, DeadlineStatus.OVERDUE) for i in items), len(follow)


def reminder_before(length: dt.timedelta, remind_days: int) -> dt.timedelta:
    """How long before the end a reminder fits a clock of ``length``: ``remind_days`` for long clocks, at
    most a third of the clock for short ones (a 72-hour clock reminds 24 hours before, never before it
    started)."""
    return min(dt.timedelta(days=remind_days), max(length / 3, dt.timedelta(minutes=15)))


def _duration(value: dt.timedelta) -> str:
    """RFC 5545 3.3.6, negative: -P7D, -PT24H, -PT40M."""
    minutes = int(value.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"-P{minutes // (24 * 60)}D"
    if minutes % 60 == 0:
        return f"-PT{minutes // 60}H"
    return f"-PT{minutes}M"


def to_ics(
    items: list[CaseDeadline], follow: list[FollowUp], remind_days: int = 7, stamp: dt.datetime | None = None
) -> str:
    """An iCalendar file of the open deadlines and follow-ups, each with a reminder that fits its clock.

    Day deadlines are all-day events; hour clocks (a 72-hour urgent appeal) keep their time, written as
    local time (no zone: the calendar shows it at that hour wherever the person is, as the app does)."""
    stamp = stamp or dt.datetime.now(dt.UTC)

    def text(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Casebinder//Deadlines//EN", "CALSCALE:GREGORIAN"]

    def event(
        uid: str, when: dt.datetime, all_day: bool, summary: str, description: str, before: dt.timedelta
    ) -> None:
        if all_day:
            span = [
                f"DTSTART;VALUE=DATE:{when:%Y%m%d}",
                f"DTEND;VALUE=DATE:{when + dt.timedelta(days=1):%Y%m%d}",
            ]
        else:
            span = [f"DTSTART:{when:%Y%m%dT%H%M%S}", f"DTEND:{when + dt.timedelta(minutes=15):%Y%m%dT%H%M%S}"]
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@casebinder",
                f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                *span,
                f"SUMMARY:{text(summary)}",
                f"DESCRIPTION:{text(description)}",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{text(summary)}",
                f"TRIGGER:{_duration(before)}",
                "END:VALARM",
                "END:VEVENT",
            ]
        )

    disclaimer = rulebook().disclaimer
    for item in items:
        d = item.deadline
        if d.status is not DeadlineStatus.OPEN and d.status is not DeadlineStatus.OVERDUE:
            continue  # met, late, missed or passed: nothing left to remind anyone of
        description = f"{d.rule.label}. {d.explanation} Rule {d.rule.id}: {d.rule.source}."
        if d.rule.note:
            description += f" {d.rule.note}"
        before = reminder_before(d.due - d.counted_from.at, remind_days)
        event(
            f"{item.case_id}-{d.rule.id}-{d.trigger.id}",
            d.due,
            d.all_day,
            f"{d.rule.label} — {item.case_title}",
            f"{description} {disclaimer}",
            before,
        )
    for index, f in enumerate(follow):
        event(
            f"{f.case_id}-follow-up-{f.day:%Y%m%d}-{index}",
            dt.datetime.combine(f.day, dt.time()),
            True,
            f"{f.title} — {f.case_title}",
            "From your call log.",
            dt.timedelta(days=1),
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

"""A case's dated things in one chronological list: whole (the CLI, the packet), or by pages (the app).

The app's timeline holds only the ids and times of the events matching its filters (kinds, words), found in
SQL, and fetches full rows a block at a time as they are painted: 10,000 events never travel whole.

One line per thing that happened: a denial the person logs three ways (the letter scanned in, the letter
logged as received, the denial recorded as a milestone) is one line, the milestone's, naming the letter and
what it enclosed (:func:`folded`). The packet's chronology keeps every line: each cites its own exhibit.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_
from sqlalchemy import select as core_select
from sqlmodel import col, select

from casebinder.domain.enums import Direction, DocumentKind, EventKind, MilestoneKind
from casebinder.domain.models import CaseMilestone, Correspondence, CorrespondenceDocument, Document, Event
from casebinder.phrases import Phrase, marked, restored, said
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import query
from casebinder.vault import Vault

# a document dated up to this long before the received letter that carried it is its notice
ENCLOSURE_DAYS = 30
_LETTERS = (EventKind.LETTER_RECEIVED, EventKind.LETTER_SENT)
_ARRIVALS = sorted(
    kind for kind in MilestoneKind if kind.is_decision or kind is MilestoneKind.EXTENSION_NOTICE
)
_SENDINGS = sorted(kind for kind in MilestoneKind if kind.is_filing)


def folded() -> ColumnElement[bool]:
    """True for a line another line already tells (SQL over ``event``, for any query of it):

    - a denial letter that made a milestone (dated): the milestone's line names and opens it;
    - a document enclosed in a letter received on its date or within 30 days after it (the letter's line
      names it: a notice and its arrival are one thing); an older enclosure (a claim file's records) keeps
      its own line on its own date;
    - a letter that carried a milestone's notice, or was received or sent on the day of a milestone it
      brought or made (a denial received, an appeal submitted): the milestone's line names it.
    """
    event = Event.__table__  # type: ignore[attr-defined]
    enclosure = CorrespondenceDocument.__table__  # type: ignore[attr-defined]
    letter = Correspondence.__table__  # type: ignore[attr-defined]
    document = Document.__table__  # type: ignore[attr-defined]
    milestone = CaseMilestone.__table__  # type: ignore[attr-defined]
    notice = Document.__table__.alias("notice")  # type: ignore[attr-defined]
    made_a_milestone = exists().where(  # and is still a denial: re-filed as a visit note, it is one again
        milestone.c.document_id == event.c.document_id,
        notice.c.id == event.c.document_id,
        notice.c.kind == DocumentKind.DENIAL,
    )
    days_before = func.julianday(letter.c.date) - func.julianday(document.c.date)
    enclosed = exists().where(
        enclosure.c.document_id == event.c.document_id,
        letter.c.id == enclosure.c.correspondence_id,
        letter.c.direction == Direction.INBOUND,
        document.c.id == event.c.document_id,
        or_(document.c.date.is_(None), days_before.between(0, ENCLOSURE_DAYS)),
    )
    own = Correspondence.__table__.alias("own_letter")  # type: ignore[attr-defined]
    its_notice = CorrespondenceDocument.__table__.alias("its_notice")  # type: ignore[attr-defined]
    tells_a_milestone = exists().where(
        own.c.id == event.c.correspondence_id, _letter_of_the_milestone(milestone, own, its_notice)
    )
    return or_(
        and_(event.c.document_id.is_not(None), or_(made_a_milestone, enclosed)),
        and_(event.c.kind.in_(_LETTERS), tells_a_milestone),
    )


def _letter_of_the_milestone(milestone: Any, letter: Any, enclosure: Any) -> ColumnElement[bool]:
    """The letter is the milestone's: it carried the milestone's notice, or it was received (a denial, a
    decision) or sent (an appeal, a request) on the milestone's day. Tables or aliases: :func:`folded`
    correlates them with each line, :func:`_what_it_tells` with one milestone; one rule for both."""
    same_day = and_(
        func.date(milestone.c.at) == letter.c.date,
        or_(
            and_(letter.c.direction == Direction.INBOUND, milestone.c.kind.in_(_ARRIVALS)),
            and_(letter.c.direction == Direction.OUTBOUND, milestone.c.kind.in_(_SENDINGS)),
        ),
    )
    carried_its_notice = exists().where(
        enclosure.c.correspondence_id == letter.c.id, enclosure.c.document_id == milestone.c.document_id
    )
    return and_(letter.c.case_id == milestone.c.case_id, or_(same_day, carried_its_notice))


@query("timeline.show", doors=("cli",), reason="the app pages through it (timeline.index, timeline.rows)")
def timeline(vault: Vault, case_id: int, *, every_line: bool = False) -> list[Event]:
    """The case's lines in order; ``every_line`` keeps those another line already tells (the packet's
    chronology cites each one's exhibit)."""
    with vault.session() as session:
        get_case(session, case_id)
        query_ = select(Event).where(col(Event.case_id) == case_id)
        if not every_line:
            query_ = query_.where(~folded())
        return list(session.exec(query_.order_by(col(Event.at), col(Event.id))))


@dataclass(frozen=True)
class EventRow:
    """One line of the timeline as the app shows it (plain values: safe to keep after the vault locks)."""

    id: int
    at: dt.datetime
    all_day: bool
    kind: EventKind
    title: str
    detail: str
    call_id: int | None
    document_id: int | None
    correspondence_id: int | None
    milestone_id: int | None = None
    undated: bool = False  # a document that bears no date: placed by the day it was added, shown "undated"
    said: Phrase | None = None  # the title as a phrase, to translate (None: a line stored before 1.8)
    said_detail: Phrase | None = None  # the detail, likewise (None: the record's own words, or older)
    told: tuple[Phrase, ...] = ()  # what it tells of the lines folded into it (its notice, letters…)

    @property
    def when(self) -> str:
        if self.undated:
            return "undated"
        return f"{self.at:%Y-%m-%d}" if self.all_day else f"{self.at:%Y-%m-%d %H:%M}"


@query("timeline.undated", doors=("cli",), reason="the app reads it with each block of rows (timeline.rows)")
def undated_documents(vault: Vault, case_id: int) -> set[int]:
    """The case's documents that bear no date: their lines read "undated", not the day they were added."""
    with vault.connection() as conn:
        rows = conn.execute(
            core_select(col(Document.id)).where(
                col(Document.case_id) == case_id, col(Document.date).is_(None)
            )
        )
        return {row[0] for row in rows if row[0] is not None}


@query("timeline.told", doors=("cli",), reason="the app's rows carry it (timeline.rows)")
def told_lines(vault: Vault, events: Sequence[Event]) -> dict[int, list[str]]:
    """For each line that tells others (:func:`folded`), what it names: its notice, the letters that carried
    or made it, what they enclosed. The CLI prints them under the line."""
    told: dict[int, list[str]] = {}
    with vault.connection() as conn:
        for event in events:
            if event.id is None:
                continue
            lines, _opens = _what_it_tells(conn, event.correspondence_id, event.milestone_id)
            if lines:
                told[event.id] = [str(line) for line in lines]
    return told


@query("timeline.index", doors=("app",), reason="lazy paging for the app's view; the CLI prints it whole")
def timeline_index(
    vault: Vault, case_id: int, kinds: set[EventKind] | None = None, text: str = ""
) -> tuple[list[int], list[dt.datetime]]:
    """The ids and times, in order, of the events of ``case_id`` matching ``kinds`` (None: all) and
    ``text`` (in the title or the detail): the filter is SQL's."""
    query_ = core_select(col(Event.id), col(Event.at)).where(col(Event.case_id) == case_id)
    if kinds is None or set(EventKind) <= kinds:
        query_ = query_.where(~folded())  # filtered to some kinds, each line of them shows (a letter too)
    if kinds is not None:
        query_ = query_.where(col(Event.kind).in_(sorted(kinds)))
    needle = text.strip()
    if needle:
        pattern = f"%{needle.replace('%', '').replace('_', '')}%"
        query_ = query_.where(col(Event.title).ilike(pattern) | col(Event.detail).ilike(pattern))
    with vault.connection() as conn:
        rows = conn.execute(query_.order_by(col(Event.at), col(Event.id))).all()
    ids = [row[0] for row in rows if row[0] is not None]  # a primary key: never NULL in a stored row
    return ids, [row[1] for row in rows]


@query("timeline.rows", doors=("app",), reason="lazy paging for the app's view; the CLI prints it whole")
def timeline_rows(vault: Vault, ids: Sequence[int]) -> list[EventRow]:
    """Full rows for the events ``ids`` (a block the view is about to paint)."""
    table = Event.__table__  # type: ignore[attr-defined]
    documents = Document.__table__  # type: ignore[attr-defined]
    undated = (
        table.c.document_id.is_not(None) & documents.c.id.is_not(None) & documents.c.date.is_(None)
    ).label("undated")
    joined = table.outerjoin(documents, documents.c.id == table.c.document_id)
    with vault.connection() as conn:
        rows = [
            EventRow(
                e.id,
                e.at,
                e.all_day,
                EventKind(e.kind),
                e.title,
                e.detail,
                e.call_id,
                e.document_id,
                e.correspondence_id,
                e.milestone_id,
                bool(e.undated),
                *_said(e.said),
            )
            for e in conn.execute(
                core_select(*table.c, undated).select_from(joined).where(table.c.id.in_(list(ids)))
            )
        ]
        return [_telling_what_it_folds(conn, row) for row in rows]


def _telling_what_it_folds(conn: Any, row: EventRow) -> EventRow:
    """The row with what it tells of the lines :func:`folded` keeps out; it opens the notice or the first
    enclosure when it has no document of its own."""
    told, opens = _what_it_tells(conn, row.correspondence_id, row.milestone_id)
    if not told:  # nothing folded into it: nothing to open either
        return row
    return replace(row, told=tuple(told), document_id=row.document_id or opens)


def _what_it_tells(
    conn: Any, correspondence_id: int | None, milestone_id: int | None
) -> tuple[list[Phrase], int | None]:
    """What a line tells of the lines folded into it, and the document it can open: a milestone's line
    names its notice and the letters that carried or made it, a letter's line the documents it enclosed."""
    letter = Correspondence.__table__  # type: ignore[attr-defined]
    enclosure = CorrespondenceDocument.__table__  # type: ignore[attr-defined]
    document = Document.__table__  # type: ignore[attr-defined]
    milestone = CaseMilestone.__table__  # type: ignore[attr-defined]
    told: list[Phrase] = []
    letter_ids: list[int] = [correspondence_id] if correspondence_id is not None else []
    notice_id: int | None = None
    if correspondence_id is None and milestone_id is not None:
        notice = conn.execute(
            core_select(document.c.id, document.c.title, document.c.date)
            .select_from(milestone.join(document, document.c.id == milestone.c.document_id))
            .where(milestone.c.id == milestone_id)
        ).first()
        if notice is not None:
            notice_id = notice.id
            told.append(_named(marked("Notice: {title}"), marked("Notice: {title} (dated {date})"), notice))
        for found in conn.execute(
            core_select(
                letter.c.id, letter.c.date, letter.c.direction, letter.c.subject, letter.c.counterparty
            )
            .where(milestone.c.id == milestone_id, _letter_of_the_milestone(milestone, letter, enclosure))
            .order_by(letter.c.date, letter.c.id)
        ):
            letter_ids.append(found.id)
            what = " from ".join(part for part in (found.subject, found.counterparty) if part)
            received = found.direction == Direction.INBOUND
            template = (
                marked("Letter received {date}: {what}") if received else marked("Letter sent {date}: {what}")
            )
            told.append(said(template, date=found.date, what=what or said("untitled")))
    opens = notice_id
    if letter_ids:
        carried = conn.execute(
            core_select(document.c.id, document.c.title, document.c.date)
            .select_from(enclosure.join(document, document.c.id == enclosure.c.document_id))
            .where(enclosure.c.correspondence_id.in_(letter_ids), document.c.id != (notice_id or -1))
            .order_by(document.c.date, document.c.id)
            .distinct()
        ).all()
        enclosed = marked("Enclosed: {title}"), marked("Enclosed: {title} (dated {date})")
        told += [_named(*enclosed, d) for d in carried]
        if opens is None and carried:
            opens = carried[0].id
    return told, opens


def _said(text: str) -> tuple[Phrase | None, Phrase | None]:
    kept = restored(text)
    return kept.get("title"), kept.get("detail")


def _named(undated: str, dated: str, document: Any) -> Phrase:
    """ "Notice: Denial of eyelid surgery (dated 2026-03-02)", the date left out when it bears none."""
    if document.date:
        return said(dated, title=document.title, date=document.date)
    return said(undated, title=document.title)

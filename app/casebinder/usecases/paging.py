"""The app's long tables read as pages: SQL filters and sorts a case's records and returns their ids, and the
view reads the full rows of the block it is about to paint.

A caregiver's case can hold 10,000 documents and as many calls. Reading them all as objects and sorting them
in Python took seconds; the ids of the matching records, in order, take milliseconds. One :class:`Listing`
per table says what its columns sort by and what the filter box matches, so the documents, the calls and the
letters filter alike: case-insensitively, on the text the person reads (an enum by its translated label,
a date as 2024-03-05 so "2024" finds a year).
"""

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import String, cast, func, or_
from sqlalchemy import case as sql_case
from sqlalchemy import select as core_select
from sqlalchemy.engine import Connection
from sqlmodel import Session, SQLModel, col, select

M = TypeVar("M", bound=SQLModel)
Labels = Mapping[Any, str]  # an enum member -> the label the person reads


@dataclass(frozen=True)
class Listing:
    """How one table's records are filtered and sorted in SQL.

    ``keys``: order name -> the SQL expression it sorts by (an enum column named in ``labelled`` sorts by
    its labels instead). ``text``: the columns the filter matches as text. ``dates``: the date or time
    columns it matches as ISO text. ``labelled``: enum columns it matches by label. ``undated_last``: the
    order whose missing values go last (an undated document)."""

    table: type[SQLModel]
    keys: Mapping[str, Any]
    text: Sequence[Any]
    dates: Sequence[Any] = ()
    labelled: Mapping[str, tuple[Any, type[enum.Enum]]] = field(default_factory=dict)
    undated_last: str = ""


def ordered_ids(
    conn: Connection,
    listing: Listing,
    case_id: int,
    order: str,
    descending: bool = False,
    text: str = "",
    labels: Mapping[str, Labels] | None = None,
) -> list[int]:
    """The ids (read on ``conn``) of ``case_id``'s records matching ``text``, sorted by ``order`` (a key
    of ``listing.keys``; an unknown one sorts by the first). ``labels``: per labelled column, the labels the
    person reads (the app's translation; the enum's values otherwise). Equal keys keep a stable order."""
    table = listing.table
    record_id, case_column = getattr(table, "id"), getattr(table, "case_id")  # noqa: B009
    shown = {
        name: {member: member.value for member in kind} | dict((labels or {}).get(name, {}))
        for name, (_column, kind) in listing.labelled.items()
    }
    keys = dict(listing.keys)
    for name, (column, _kind) in listing.labelled.items():
        keys[name] = sql_case({m.name: label.lower() for m, label in shown[name].items()}, value=column)
    key = keys.get(order, next(iter(keys.values())))
    wanted = core_select(record_id).where(case_column == case_id)
    needle = text.strip().lower()
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        matches = [column.ilike(pattern, escape="\\") for column in listing.text]
        matches += [
            func.coalesce(cast(column, String), "").like(pattern, escape="\\") for column in listing.dates
        ]
        for name, (column, _kind) in listing.labelled.items():
            members = [m.name for m, label in shown[name].items() if needle in label.lower()]
            if members:
                matches.append(column.in_(members))
        wanted = wanted.where(or_(*matches))
    ordered = key.desc() if descending else key.asc()
    missing_last = [listing.keys[order].is_(None)] if order == listing.undated_last else []
    tie = record_id.desc() if descending else record_id.asc()
    found = conn.execute(wanted.order_by(*missing_last, ordered, tie)).scalars().all()
    return [found_id for found_id in found if found_id is not None]


def rows_by_id(session: Session, table: type[M], ids: Sequence[int]) -> list[M]:
    """The records ``ids`` (a block the view is about to paint), in no particular order."""
    if not ids:
        return []
    return list(session.exec(select(table).where(col(getattr(table, "id")).in_(list(ids)))))  # noqa: B009

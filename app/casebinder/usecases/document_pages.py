"""A case's documents as the app's table shows them: ids in order, then the rows of the page painted.

A caregiver's case can hold 10,000 documents. Reading them all as objects took 280 ms and sorting them in
Python 2.9 s; here SQL filters and sorts and returns only ids (a few milliseconds), and the view asks for
the full rows of the 200 it is about to paint (:func:`documents_by_id`). The checklist's shelf and the
costs' receipts need only a name per document: :func:`document_labels` reads four columns, not objects.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, func, or_, type_coerce
from sqlalchemy import case as sql_case
from sqlalchemy import select as core_select
from sqlmodel import col, select

from casebinder.domain.enums import DocumentKind
from casebinder.domain.models import Document
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import query
from casebinder.vault import Vault

ORDERS = ("title", "kind", "date", "pages", "size")  # what the table can be sorted by, one per column
_APP_ONLY = "lazy paging for the app's table; the CLI lists a case's documents whole (doc.list)"


@dataclass(frozen=True)
class DocumentLabel:
    """What names a document in a list: the checklist's shelf, a cost's receipt."""

    id: int
    title: str
    kind: DocumentKind
    date: dt.date | None


@query("doc.labels", doors=("app",), reason="the app's shelf and receipt lists; the CLI has doc.list")
def document_labels(vault: Vault, case_id: int) -> list[DocumentLabel]:
    """Every document of ``case_id`` by date (undated last), then title: four columns, no objects."""
    with vault.session() as session:
        get_case(session, case_id)
    raw = [type_coerce(col(Document.kind), String), type_coerce(col(Document.date), String)]  # 5x faster
    with vault.connection() as conn:  # than the typed columns' converters, run 10,000 times each
        rows = conn.execute(
            core_select(col(Document.id), col(Document.title), *raw)
            .where(col(Document.case_id) == case_id)
            .order_by(col(Document.date).is_(None), col(Document.date), col(Document.id))
        ).all()
    dated = dt.date.fromisoformat
    return [DocumentLabel(r[0] or 0, r[1], DocumentKind[r[2]], dated(r[3]) if r[3] else None) for r in rows]


@query("doc.index", doors=("app",), reason=_APP_ONLY)
def document_index(
    vault: Vault,
    case_id: int,
    order: str = "date",
    descending: bool = False,
    text: str = "",
    kind_labels: Mapping[DocumentKind, str] | None = None,
) -> list[int]:
    """The ids of ``case_id``'s documents matching ``text``, sorted by ``order`` (one of :data:`ORDERS`).

    ``text`` matches, case-insensitively, the title, the file's name, the kind (its label as the person
    reads it: ``kind_labels``, the app's translation) or the date (as 2024-03-05, so "2024" finds a year).
    Sorting by kind sorts by those labels too. Undated documents and equal keys keep a stable order.
    """
    labels = {kind: kind.value for kind in DocumentKind} | dict(kind_labels or {})
    kind_label = sql_case(
        {kind.name: label.lower() for kind, label in labels.items()}, value=col(Document.kind)
    )
    keys: dict[str, Any] = {
        "title": func.lower(col(Document.title)),
        "kind": kind_label,
        "date": col(Document.date),
        "pages": func.coalesce(col(Document.page_count), 0),
        "size": col(Document.size),
    }
    key = keys.get(order, keys["date"])
    wanted = core_select(col(Document.id)).where(col(Document.case_id) == case_id)
    needle = text.strip().lower()
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        kinds = [kind.name for kind, label in labels.items() if needle in label.lower()]
        wanted = wanted.where(
            or_(
                col(Document.title).ilike(pattern, escape="\\"),
                col(Document.filename).ilike(pattern, escape="\\"),
                func.coalesce(cast(col(Document.date), String), "").like(pattern, escape="\\"),
                col(Document.kind).in_(kinds),
            )
        )
    ordered = key.desc() if descending else key.asc()
    undated_last = [col(Document.date).is_(None)] if order == "date" else []
    tie = col(Document.id).desc() if descending else col(Document.id).asc()
    with vault.connection() as conn:
        found = conn.execute(wanted.order_by(*undated_last, ordered, tie)).scalars().all()
    return [document_id for document_id in found if document_id is not None]


@query("doc.rows", doors=("app",), reason=_APP_ONLY)
def documents_by_id(vault: Vault, ids: Sequence[int]) -> list[Document]:
    """The documents ``ids`` (a block the view is about to paint), detached, in no particular order."""
    if not ids:
        return []
    with vault.session() as session:
        return list(session.exec(select(Document).where(col(Document.id).in_(list(ids)))))

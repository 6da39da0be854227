"""A case's documents as the app's table shows them: ids in order, then the rows of the page painted.

A caregiver's case can hold 10,000 documents. Reading them all as objects took 280 ms and sorting them in
Python 2.9 s; here SQL filters and sorts and returns only ids (a few milliseconds), and the view asks for
the full rows of the 200 it is about to paint (:func:`documents_by_id`). The checklist's shelf and the
costs' receipts need only a name per document: :func:`document_labels` reads four columns, not objects.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import String, func, type_coerce
from sqlalchemy import select as core_select
from sqlmodel import col

from casebinder.domain.enums import DocumentKind
from casebinder.domain.models import Document
from casebinder.usecases.paging import Listing, ordered_ids, rows_by_id
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


DOCUMENTS = Listing(
    Document,
    keys={
        "title": func.lower(col(Document.title)),
        "kind": col(Document.kind),  # by its label: see labelled
        "date": col(Document.date),
        "pages": func.coalesce(col(Document.page_count), 0),
        "size": col(Document.size),
    },
    text=(col(Document.title), col(Document.filename)),
    dates=(col(Document.date),),
    labelled={"kind": (col(Document.kind), DocumentKind)},
    undated_last="date",
)


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
    labels = {"kind": kind_labels or {}}
    with vault.connection() as conn:
        return ordered_ids(
            conn, DOCUMENTS, case_id, order if order in ORDERS else "date", descending, text, labels
        )


@query("doc.rows", doors=("app",), reason=_APP_ONLY)
def documents_by_id(vault: Vault, ids: Sequence[int]) -> list[Document]:
    """The documents ``ids`` (a block the view is about to paint), detached, in no particular order."""
    with vault.session() as session:
        return rows_by_id(session, Document, ids)

"""Table models for a case's documents, calls and letters: one class, a column spec per record type.

Each column says how to show a record and how to sort it (native values, also in ``SORT_ROLE``: dates sort
as dates, sizes as numbers; the model sorts itself by them, the proxy only filters); ``RECORD_ROLE`` hands
the record itself to views and dialogs.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from casebinder.domain.costs import patient_share
from casebinder.domain.enums import DateSource
from casebinder.domain.models import (
    Call,
    Contact,
    Correspondence,
    Cost,
    Document,
    MedicalHistory,
    SymptomEntry,
    Treatment,
)
from casebinder.ui.i18n import QT_TR_NOOP, label_of, shown_date, shown_moment, shown_money, shown_time, tr
from casebinder.usecases.authorizations import AuthorizationStatus
from casebinder.usecases.medical import cost_line

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    align_right: bool = False
    order: str = (
        ""  # what SQL sorts by for a model that pages (a key of its casebinder.usecases.paging.Listing)
    )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{value:.1f} MB").format(value=size / 1024 / 1024)
    return tr("{max} KB").format(max=max(1, round(size / 1024)))


def _document_date(document: Document) -> str:
    """ "undated" when it bears none; a date proposed from the file (not yet confirmed) is marked "?"."""
    if document.date is None:
        return tr("undated")
    proposed = document.date_source is not DateSource.USER
    return f"{shown_date(document.date)} ?" if proposed else shown_date(document.date)


DOCUMENT_COLUMNS: tuple[Column[Document], ...] = (
    Column(QT_TR_NOOP("Title"), lambda d: d.title, lambda d: d.title.lower(), order="title"),
    Column(QT_TR_NOOP("Kind"), lambda d: label_of(d.kind), lambda d: label_of(d.kind), order="kind"),
    Column(QT_TR_NOOP("Date"), _document_date, lambda d: d.date or dt.date.min, order="date"),
    Column(
        QT_TR_NOOP("Pages"),
        lambda d: str(d.page_count or ""),
        lambda d: d.page_count or 0,
        align_right=True,
        order="pages",
    ),
    Column(QT_TR_NOOP("Size"), lambda d: _size(d.size), lambda d: d.size, align_right=True, order="size"),
)

CALL_COLUMNS: tuple[Column[Call], ...] = (  # order: casebinder.usecases.log_pages.CALLS
    Column(QT_TR_NOOP("When"), lambda c: shown_moment(c.at), lambda c: c.at, order="at"),
    Column(QT_TR_NOOP("With"), lambda c: c.with_whom, lambda c: c.with_whom.lower(), order="with"),
    Column(
        QT_TR_NOOP("Rep"),
        lambda c: c.rep_name + (f" ({c.rep_id})" if c.rep_id else ""),
        lambda c: c.rep_name.lower(),
        order="rep",
    ),
    Column(
        QT_TR_NOOP("Reference"), lambda c: c.reference_number, lambda c: c.reference_number, order="reference"
    ),
    Column(QT_TR_NOOP("Promised"), lambda c: c.promised, lambda c: c.promised.lower(), order="promised"),
    Column(
        QT_TR_NOOP("Follow-up"),
        lambda c: shown_date(c.follow_up),
        lambda c: c.follow_up or dt.date.min,
        order="follow_up",
    ),
)


def _diary_day(entry: SymptomEntry) -> str:
    return shown_date(entry.day) + (f" {shown_time(entry.at)}" if entry.at else "")


DIARY_COLUMNS: tuple[Column[SymptomEntry], ...] = (
    Column(QT_TR_NOOP("Day"), _diary_day, lambda e: (e.day, e.at or dt.time.min)),
    Column(QT_TR_NOOP("Symptom"), lambda e: e.symptom, lambda e: e.symptom),
    Column(QT_TR_NOOP("Severity"), lambda e: f"{e.severity}/10", lambda e: e.severity, align_right=True),
    Column(
        QT_TR_NOOP("Hours"),
        lambda e: "" if e.hours is None else f"{e.hours:g}",
        lambda e: e.hours or 0.0,
        align_right=True,
    ),
    Column(QT_TR_NOOP("Stopped you doing"), lambda e: e.stopped, lambda e: e.stopped.lower()),
    Column(QT_TR_NOOP("Medicine taken"), lambda e: e.medication, lambda e: e.medication.lower()),
    Column(QT_TR_NOOP("Notes"), lambda e: e.notes, lambda e: e.notes.lower()),
)

CORRESPONDENCE_COLUMNS: tuple[Column[Correspondence], ...] = (  # order: log_pages.LETTERS
    Column(QT_TR_NOOP("Date"), lambda m: shown_date(m.date), lambda m: m.date, order="date"),
    Column(
        QT_TR_NOOP("Sent / received"),
        lambda m: tr("Sent") if m.direction.value == "outbound" else tr("Received"),
        lambda m: m.direction.value,
        order="direction",
    ),
    Column(QT_TR_NOOP("Method"), lambda m: label_of(m.method), lambda m: label_of(m.method), order="method"),
    Column(QT_TR_NOOP("With"), lambda m: m.counterparty, lambda m: m.counterparty.lower(), order="with"),
    Column(QT_TR_NOOP("Subject"), lambda m: m.subject, lambda m: m.subject.lower(), order="subject"),
    Column(QT_TR_NOOP("Proof"), lambda m: m.proof, lambda m: m.proof, order="proof"),
)

HISTORY_COLUMNS: tuple[Column[MedicalHistory], ...] = (
    Column(QT_TR_NOOP("Since"), lambda h: shown_date(h.since), lambda h: h.since or dt.date.min),
    Column(QT_TR_NOOP("Condition or diagnosis"), lambda h: h.condition, lambda h: h.condition.lower()),
    Column(QT_TR_NOOP("Code"), lambda h: h.code, lambda h: h.code),
    Column(QT_TR_NOOP("Effect and findings"), lambda h: h.detail, lambda h: h.detail.lower()),
)

TREATMENT_COLUMNS: tuple[Column[Treatment], ...] = (  # in the order they were tried
    Column(QT_TR_NOOP("Started"), lambda t: shown_date(t.started), lambda t: t.started or dt.date.min),
    Column(
        QT_TR_NOOP("Stopped"),
        lambda t: shown_date(t.ended) or tr("ongoing"),
        lambda t: t.ended or dt.date.max,
    ),
    Column(QT_TR_NOOP("Treatment"), lambda t: t.name, lambda t: t.name.lower()),
    Column(QT_TR_NOOP("Kind"), lambda t: label_of(t.kind), lambda t: label_of(t.kind)),
    Column(QT_TR_NOOP("Outcome"), lambda t: t.outcome, lambda t: t.outcome.lower()),
    Column(QT_TR_NOOP("Prescribed by"), lambda t: t.prescriber, lambda t: t.prescriber.lower()),
)


def cost_columns(document_titles: dict[int, str]) -> tuple[Column[Cost], ...]:
    """``document_titles`` (kept current by the page) names the receipt or estimate each cost points at."""

    def evidence(cost: Cost) -> str:
        return document_titles.get(cost.document_id, "") if cost.document_id is not None else ""

    return (
        Column(tr("Date"), lambda c: shown_date(c.date), lambda c: c.date),
        Column(tr("Description"), lambda c: c.description, lambda c: c.description.lower()),
        Column(tr("Kind"), lambda c: label_of(c.kind), lambda c: label_of(c.kind)),
        Column(
            tr("Amount"), lambda c: shown_money(c.amount_cents), lambda c: c.amount_cents, align_right=True
        ),
        Column(tr("Evidence"), evidence, lambda c: evidence(c).lower()),
        Column(
            tr("Plan paid"),
            lambda c: "" if c.plan_paid_cents is None else shown_money(c.plan_paid_cents),
            lambda c: c.plan_paid_cents or 0,
            align_right=True,
        ),
        Column(tr("Your share"), _share_text, lambda c: patient_share(cost_line(c)) or 0, align_right=True),
    )


def _share_text(cost: Cost) -> str:
    share = patient_share(cost_line(cost))
    return "" if share is None else shown_money(share)


def cell(column: Column[R], record: R, role: int) -> Any:
    """What a records table shows of ``record`` in ``column`` for ``role`` (both table models use it)."""
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        return column.text(record)
    if role == SORT_ROLE:
        return column.sort(record)
    if role == RECORD_ROLE:
        return record
    if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


def column_header(
    columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
        return tr(columns[section].title) if 0 <= section < len(columns) else None
    return None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        drag: tuple[str, Callable[[R], bytes]] | None = None,
    ) -> None:
        """``drag``: (MIME type, record -> payload) to let rows be dragged onto other views."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: list[R] = []
        self._drag = drag
        self._order: tuple[int, Qt.SortOrder] | None = None  # kept when the records are replaced

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self._drag and index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [self._drag[0]] if self._drag else []

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if self._drag and indexes:
            record = self.records[indexes[0].row()]
            mime.setData(self._drag[0], QByteArray(self._drag[1](record)))
        return mime

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self.records = list(records)
        if self._order is not None:
            self._sort_records(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by each record's key in one pass (Python's sort with a key), not by a proxy asking
        ``lessThan`` of two rows at a time: 10,000 documents took 147,000 calls and 2.9 s that way.
        Selections and other persistent indexes follow their records."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(index.column(), self.records[index.row()]) for index in old]
        self._sort_records(column, order)
        self._order = (column, order)
        rows = {id(record): row for row, record in enumerate(self.records)}
        self.changePersistentIndexList(old, [self.index(rows[id(r)], c) for c, r in kept])
        self.layoutChanged.emit()

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].sort
        self.records.sort(
            key=lambda record: _orderable(key(record)), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        return cell(column, record, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self.columns, section, orientation, role)


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters on every column's text, case-insensitively; sorting it asks the records model to sort."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The records model sorts itself (see :meth:`RecordTableModel.sort`); this proxy keeps its order
        and only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def _orderable(value: Any) -> tuple[bool, Any]:
    """A sort key where a missing value (an undated document) sorts last and never meets a date."""
    return (value is None, value if value is not None else 0)


CONTACT_COLUMNS: tuple[Column[Contact], ...] = (
    Column(QT_TR_NOOP("Role"), lambda c: label_of(c.role), lambda c: label_of(c.role)),
    Column(
        QT_TR_NOOP("Who"),
        lambda c: (
            ", ".join(part for part in (c.organization, c.name) if part)
            + (tr(" (every case)") if c.case_id is None else "")
        ),
        lambda c: (c.organization or c.name).lower(),
    ),
    Column(QT_TR_NOOP("Phone"), lambda c: c.phone, lambda c: c.phone),
    Column(QT_TR_NOOP("Fax"), lambda c: c.fax, lambda c: c.fax),
    Column(
        QT_TR_NOOP("Address, e-mail"),
        lambda c: " · ".join(part for part in (c.address, c.email, c.website) if part),
        lambda c: c.address.lower(),
    ),
)


def _lapse_text(paper: AuthorizationStatus) -> str:
    if paper.lapse is None:
        return tr("no end date")
    day = shown_date(paper.lapse.expires)
    return tr("{day} (a year from signing)").format(day=day) if paper.lapse.derived else day


_STATUS_TEXT = {
    "valid": QT_TR_NOOP("good"),
    "expiring": QT_TR_NOOP("renew soon"),
    "expired": QT_TR_NOOP("EXPIRED"),
    "open": QT_TR_NOOP("no end date"),
    "renewed": QT_TR_NOOP("renewed"),
}

AUTHORIZATION_COLUMNS: tuple[Column[AuthorizationStatus], ...] = (
    Column(QT_TR_NOOP("Kind"), lambda a: label_of(a.record.kind), lambda a: label_of(a.record.kind)),
    Column(QT_TR_NOOP("With or for"), lambda a: a.record.party, lambda a: a.record.party.lower()),
    Column(
        QT_TR_NOOP("From"), lambda a: shown_date(a.record.starts), lambda a: a.record.starts or dt.date.min
    ),
    Column(QT_TR_NOOP("Good until"), _lapse_text, lambda a: a.lapse.expires if a.lapse else dt.date.max),
    Column(QT_TR_NOOP("Status"), lambda a: tr(_STATUS_TEXT[a.status]), lambda a: a.status),
    Column(QT_TR_NOOP("Approved"), lambda a: a.record.units, lambda a: a.record.units),
)

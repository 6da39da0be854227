"""The timeline of a case: a model over event ids that loads rows lazily, in blocks, as they are shown.

Filtering (kinds, text) happens in SQL, so 10,000 events never travel through a proxy: the model holds the
ids and times of the matching events (two small lists) and fetches a block of full rows the first time any row
in it is painted. "Jump to today" is a bisect over the times.
"""

import bisect
import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from casebinder.domain.enums import EventKind
from casebinder.ui.i18n import QT_TR_NOOP, label_of, phrase_text, shown_when, tr
from casebinder.ui.icons import kind_icon
from casebinder.ui.operations import uses
from casebinder.ui.theme import kind_colour
from casebinder.usecases.timeline import EventRow, timeline_index, timeline_rows
from casebinder.vault import Vault

BLOCK = 200
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def line_title(event: EventRow) -> str:
    """The line's title in the person's language (a line stored before schema 1.8: its English title)."""
    return phrase_text(event.said) if event.said is not None else event.title


def line_detail(event: EventRow) -> str:
    """Its detail (the record's own words), then what it tells of the lines folded into it."""
    own = phrase_text(event.said_detail) if event.said_detail is not None else event.detail
    return "\n".join(part for part in (own, *map(phrase_text, event.told)) if part)


class TimelineModel(QAbstractTableModel):
    COLUMNS = (QT_TR_NOOP("When"), QT_TR_NOOP("Kind"), QT_TR_NOOP("What"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._ids: list[int] = []
        self._times: list[dt.datetime] = []
        self._rows: dict[int, EventRow] = {}
        self.blocks_loaded = 0

    # --- loading -------------------------------------------------------------------------------------
    @uses("timeline.index")
    def load(
        self, vault: Vault | None, case_id: int | None, kinds: set[EventKind] | None = None, text: str = ""
    ) -> None:
        """Show the events of ``case_id`` matching ``kinds`` (None: all) and ``text`` (title or detail)."""
        self.beginResetModel()
        self._vault = vault
        self._rows.clear()
        self._ids, self._times = [], []
        if vault is not None and case_id is not None and vault.is_open:
            self._ids, self._times = timeline_index(vault, case_id, kinds, text)
        self.endResetModel()

    def clear(self) -> None:
        self.load(None, None)

    @uses("timeline.rows")
    def _row(self, row: int) -> EventRow | None:
        if not 0 <= row < len(self._ids):
            return None
        event_id = self._ids[row]
        cached = self._rows.get(event_id)
        if cached is not None:
            return cached
        if self._vault is None or not self._vault.is_open:
            return None
        start = row - row % BLOCK
        for found in timeline_rows(self._vault, self._ids[start : start + BLOCK]):
            self._rows[found.id] = found
        self.blocks_loaded += 1
        return self._rows.get(event_id)

    def event_at(self, row: int) -> EventRow | None:
        return self._row(row)

    def row_for_date(self, day: dt.date) -> int:
        """The first row on or after ``day`` (the last row when everything is earlier)."""
        position = bisect.bisect_left(self._times, dt.datetime.combine(day, dt.time()))
        return min(position, max(0, len(self._ids) - 1))

    # --- Qt model interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._row(index.row())
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            when = shown_when(event.at, all_day=event.all_day, undated=event.undated)
            return (when, label_of(event.kind), line_title(event))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line_detail(event) or line_title(event)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            icon: QIcon = kind_icon(event.kind)
            return icon
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return kind_colour(event.kind.value)
        if role == EVENT_ROLE:
            return event
        if role == KIND_ROLE:
            return event.kind.value
        return None

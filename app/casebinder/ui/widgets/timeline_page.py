"""The Timeline tab: every dated thing of a case, with chips per kind, a text filter, Today, and details."""

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebinder.domain.enums import EventKind
from casebinder.ui.i18n import QT_TR_NOOP, label_of, shown_when, tr
from casebinder.ui.icons import kind_icon
from casebinder.ui.models.timeline import EVENT_ROLE, TimelineModel, line_detail, line_title
from casebinder.usecases.timeline import EventRow
from casebinder.vault import Vault

CHIPS = (
    (QT_TR_NOOP("Calls"), {EventKind.CALL, EventKind.FOLLOW_UP}),
    (QT_TR_NOOP("Letters"), {EventKind.LETTER_RECEIVED, EventKind.LETTER_SENT}),
    (QT_TR_NOOP("Documents"), {EventKind.DOCUMENT}),
    (QT_TR_NOOP("Decisions"), {EventKind.DECISION}),
    (QT_TR_NOOP("Deadlines"), {EventKind.DEADLINE, EventKind.STAGE}),
    (QT_TR_NOOP("Notes"), {EventKind.NOTE}),
)


class TimelinePage(QWidget):
    open_document = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self._vault: Vault | None = None
        self._case_id: int | None = None
        bar = QHBoxLayout()
        self.chips: list[tuple[QToolButton, set[EventKind]]] = []
        for label, kinds in CHIPS:
            chip = QToolButton()
            chip.setText(tr(label))
            chip.setIcon(kind_icon(next(iter(sorted(kinds)))))
            chip.setCheckable(True)
            chip.setChecked(True)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setAccessibleName(tr("Show {what}").format(what=tr(label).lower()))
            chip.setObjectName(f"chip_{label.lower()}")
            chip.toggled.connect(self._on_filters_changed)
            bar.addWidget(chip)
            self.chips.append((chip, kinds))
        bar.addStretch()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter the timeline"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter the timeline"))
        self.filter.setObjectName("timeline_filter")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        bar.addWidget(self.filter)
        self.today = QPushButton(tr("Today"))
        self.today.setAccessibleName(tr("Jump to today"))
        self.today.clicked.connect(self.jump_to_today)
        bar.addWidget(self.today)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Timeline"))
        self.table.setObjectName("timeline_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Fixed
        )  # uniform rows: fast scroll
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        header.resizeSection(1, 150)
        header.setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(tr("Event details"))
        self.detail.setObjectName("event_detail")
        self.detail.setPlaceholderText(tr("Select an event to see its details."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 140])
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        layout.addWidget(self.count)

    def selected_kinds(self) -> set[EventKind] | None:
        if all(chip.isChecked() for chip, _ in self.chips):
            return None
        kinds: set[EventKind] = set()
        for chip, chip_kinds in self.chips:
            if chip.isChecked():
                kinds |= chip_kinds
        return kinds

    def show_case(self, vault: Vault | None, case_id: int | None) -> None:
        self._vault, self._case_id = vault, case_id
        self.reload()

    def reload(self) -> None:
        self.model.load(self._vault, self._case_id, self.selected_kinds(), self.filter.text())
        self.detail.clear()
        self.count.setText(tr("{rowCount} events").format(rowCount=self.model.rowCount()))

    def clear(self) -> None:
        self._vault, self._case_id = None, None
        self.model.clear()
        self.detail.clear()
        self.count.clear()

    def current_event(self) -> EventRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(EVENT_ROLE) if indexes else None

    def jump_to_today(self) -> None:
        if self.model.rowCount() == 0:
            return
        row = self.model.row_for_date(dt.date.today())
        index = self.model.index(row, 0)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.selectRow(row)

    def _on_filters_changed(self, _checked: bool = False) -> None:
        self.reload()

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        event: EventRow | None = indexes[0].data(EVENT_ROLE) if indexes else None
        if event is None:
            self.detail.clear()
            return
        detail = line_detail(event).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
        title = line_title(event).replace("&", "&amp;").replace("<", "&lt;")
        link = tr(" — double-click to open the document") if event.document_id else ""
        self.detail.setHtml(
            tr("<b>{title}</b><br><small>{when} · {label}{link}</small><p>{detail}</p>").format(
                title=title,
                when=shown_when(event.at, all_day=event.all_day, undated=event.undated),
                label=label_of(event.kind),
                link=link,
                detail=detail,
            )
        )

    def _on_table_double_clicked(self, index: object) -> None:
        event: EventRow | None = index.data(EVENT_ROLE)  # type: ignore[attr-defined]
        if event is not None and event.document_id is not None:
            self.open_document.emit(event.document_id)

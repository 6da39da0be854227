"""The Documents, Calls and Letters tabs: sortable, filterable tables; documents with a preview beside."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebinder.domain.models import Document
from casebinder.ui.i18n import tr
from casebinder.ui.models.case_tables import CallTableModel, CorrespondenceTableModel, DocumentTableModel
from casebinder.ui.models.records import (
    CALL_COLUMNS,
    CORRESPONDENCE_COLUMNS,
    DOCUMENT_COLUMNS,
    RECORD_ROLE,
    Column,
    RecordFilterProxy,
    RecordTableModel,
)
from casebinder.ui.widgets.checklist_page import DOCUMENT_MIME
from casebinder.ui.widgets.preview import PreviewPane
from casebinder.vault import Vault

FIT_ROWS = 60  # columns fit the text of this many rows (a screenful and more), not all 10,000 (1 s)


class RecordPage(QWidget):
    """A filter box, action buttons and a sortable table of records."""

    activated = Signal(object)  # the record double-clicked
    selected = Signal(object)  # the record selected, or None

    def __init__(
        self,
        name: str,
        columns: Sequence[Column[Any]],
        actions: Sequence[tuple[str, str]],
        stretch: int,
        parent: QWidget | None = None,
        drag: tuple[str, Any] | None = None,
        model: QAbstractTableModel | None = None,
    ) -> None:
        """``stretch``: the column taking the room left (a title, a subject); the others fit their text.
        ``model``: one that sorts and filters itself (in SQL), instead of a list of records."""
        super().__init__(parent)
        self.model: Any = model if model is not None else RecordTableModel(columns, self, drag)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in actions:
            button = QPushButton(label)
            button.setObjectName(key)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter {lower}").format(lower=name.lower()))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter {lower}").format(lower=name.lower()))
        own_filter = getattr(self.model, "set_filter", None)
        self.filter.textChanged.connect(own_filter or self.proxy.setFilterFixedString)
        bar.addWidget(self.filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(name)
        self.table.setObjectName(f"{name.lower()}_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a record; the full text is in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(FIT_ROWS)
        self._widths: list[int] | None = None  # the user's own column widths, once they resize one
        self._fitting = False
        self.on_widths_changed: Callable[[list[int]], None] | None = None  # where they are kept
        header.sectionResized.connect(self._on_section_resized)
        self.table.doubleClicked.connect(lambda index: self.activated.emit(index.data(RECORD_ROLE)))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.body = QVBoxLayout(self)
        self.body.addLayout(bar)

    def show_case_records(self, vault: Vault | None, case_id: int | None) -> None:
        """For a paged model: ``case_id``'s records, read again (the filter and the sort order stay as the
        user set them)."""
        self.model.load(vault, case_id)
        self._fit_columns()

    def select_id(self, record_id: int) -> bool:
        """For a paged model: select and show the record ``record_id`` (False when it is not shown)."""
        return self.select_row(self.model.row_of(record_id))

    def set_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)
        self._fit_columns()

    def clear_records(self) -> None:
        self.set_records([])

    def _fit_columns(self) -> None:
        if self._widths is None:  # fitted to the text until the user sets widths of their own
            self._fitting = True
            self.table.resizeColumnsToContents()
            self._fitting = False
        else:
            self.restore_widths(self._widths)

    def restore_widths(self, widths: list[int]) -> None:
        """Column widths the user chose (remembered between sessions); the stretching column keeps
        taking the room left."""
        header = self.table.horizontalHeader()
        self._fitting = True
        for column, width in enumerate(widths[: header.count()]):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch and width > 0:
                header.resizeSection(column, width)
        self._fitting = False
        self._widths = list(widths)

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        if self._fitting or header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            return  # our own fitting, or the stretching column following the window: not the user's
        self._widths = [header.sectionSize(c) for c in range(header.count())]
        if self.on_widths_changed is not None:
            self.on_widths_changed(self._widths)

    def current(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(RECORD_ROLE) if indexes else None

    def select_where(self, predicate: Any) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if predicate(index.data(RECORD_ROLE)):
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def select_row(self, source_row: int | None) -> bool:
        """Select and show the record at ``source_row`` of the model (False when it is not shown)."""
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selected.emit(self.current())


def editable_page(
    kind: str,
    name: str,
    columns: Sequence[Column[Any]],
    add_label: str,
    stretch: int,
    parent: QWidget,
    on: "EditActions",
    more: Sequence[tuple[str, str]] = (),
) -> RecordPage:
    """A titled table of one kind of record with Add, Edit… and Delete (``add_<kind>`` and so on, then
    ``more``): Edit and Delete only while a row is selected; a double-click edits."""
    page = RecordPage(
        name,
        columns,
        [(f"add_{kind}", add_label), (f"edit_{kind}", tr("Edit…")), (f"delete_{kind}", tr("Delete")), *more],
        stretch,
        parent,
    )
    page.body.insertWidget(0, QLabel(f"<b>{name}</b>"))
    page.body.addWidget(page.table)

    def with_current(act: Callable[[Any], None]) -> None:
        record = page.current()
        if record is not None:
            act(record)

    def enable(selected: bool) -> None:
        page.buttons[f"edit_{kind}"].setEnabled(selected)
        page.buttons[f"delete_{kind}"].setEnabled(selected)

    page.buttons[f"add_{kind}"].clicked.connect(lambda: on.add())
    page.buttons[f"edit_{kind}"].clicked.connect(lambda: with_current(on.edit))
    page.buttons[f"delete_{kind}"].clicked.connect(lambda: with_current(on.delete))
    page.activated.connect(lambda record: None if record is None else on.edit(record))
    page.selected.connect(lambda record: enable(record is not None))
    enable(False)
    return page


@dataclass(frozen=True)
class EditActions:
    """What an editable page's buttons do: ``add()``, ``edit(record)``, ``delete(record)``."""

    add: Callable[[], None]
    edit: Callable[[Any], None]
    delete: Callable[[Any], None]


class DocumentsPage(RecordPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Documents"),
            DOCUMENT_COLUMNS,
            [
                ("import_documents", tr("Import…")),
                ("edit_document", tr("Details…")),
                ("document_text", tr("Text…")),
                ("save_copy", tr("Save a copy as…")),
                ("delete_document", tr("Delete…")),
            ],
            0,
            parent,
            model=DocumentTableModel(DOCUMENT_MIME),
        )
        self.model.setParent(self)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.preview = PreviewPane()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([600, 440])
        self.body.addWidget(splitter)

    def show_documents(self, vault: Vault | None, case_id: int | None) -> None:
        """``case_id``'s documents, read again (the filter and the sort order stay as the user set them)."""
        self.show_case_records(vault, case_id)

    def clear_records(self) -> None:
        self.show_documents(None, None)

    def select_document(self, document_id: int) -> bool:
        return self.select_id(document_id)

    def current_document(self) -> Document | None:
        record = self.current()
        return record if isinstance(record, Document) else None


class CallsPage(RecordPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Calls"),
            CALL_COLUMNS,
            [("log_call", tr("Log a call…")), ("edit_call", tr("Edit…")), ("delete_call", tr("Delete…"))],
            4,
            parent,
            model=CallTableModel(),
        )
        self.model.setParent(self)
        self.body.addWidget(self.table)

    def clear_records(self) -> None:
        self.show_case_records(None, None)


class CorrespondencePage(RecordPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Letters"),
            CORRESPONDENCE_COLUMNS,
            [
                ("log_correspondence", tr("Log a letter…")),
                ("edit_correspondence", tr("Edit…")),
                ("delete_correspondence", tr("Delete…")),
            ],
            4,
            parent,
            model=CorrespondenceTableModel(),
        )
        self.model.setParent(self)
        self.body.addWidget(self.table)

    def clear_records(self) -> None:
        self.show_case_records(None, None)

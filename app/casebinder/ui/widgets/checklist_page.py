"""The Checklist tab: each stage's documents as steps, with status, linked evidence and completion.

The case's documents sit beside the checklist, with a search-as-you-type box: select an item, then
double-click a document (or press Enter, or "Link to the item") to link it; "Accept suggested" links the
documents of a matching kind the checklist proposes, which only count once confirmed. Dragging a document
onto an item does the same, as a shortcut. Everything is reachable by keyboard.
"""

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder.domain.checklists import StageChecklist
from casebinder.domain.enums import ChecklistStatus
from casebinder.ui.i18n import data_text, label_of, tr
from casebinder.ui.theme import status_colour

DOCUMENT_MIME = "application/x-casebinder-document-id"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # (stage, item id) on item rows
LINKED_ROLE = Qt.ItemDataRole.UserRole + 2  # the ids of the documents linked to it
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 3  # the ids of the documents it suggests
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 4  # a shelf row's document id
_SYMBOLS = {ChecklistStatus.DONE: "✔", ChecklistStatus.NOT_APPLICABLE: "–", ChecklistStatus.MISSING: "○"}


class ChecklistTree(QTreeWidget):
    document_dropped = Signal(str, str, int)  # stage, item id, document id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([tr("Item"), tr("Status"), tr("Documents")])
        self.setAcceptDrops(True)
        self.setAccessibleName(tr("Checklist"))
        self.setObjectName("checklist_tree")

    def _target(self, position: object) -> tuple[str, str] | None:
        item = self.itemAt(position)  # type: ignore[call-overload]
        return item.data(0, ITEM_ROLE) if item is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(DOCUMENT_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(DOCUMENT_MIME) and self._target(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event.position().toPoint())
        if target is None or not event.mimeData().hasFormat(DOCUMENT_MIME):
            event.ignore()
            return
        document_id = int(bytes(event.mimeData().data(DOCUMENT_MIME).data()).decode())
        event.acceptProposedAction()
        self.document_dropped.emit(target[0], target[1], document_id)


class DocumentShelf(QListWidget):
    """The case's documents beside the checklist: filtered as the user types, dragged onto items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAccessibleName(tr("Documents of the case"))
        self.setObjectName("checklist_documents")
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the whole line is in its tooltip
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(DOCUMENT_MIME, QByteArray(str(items[0].data(DOCUMENT_ROLE)).encode()))
        return data

    def show_documents(self, documents: list[tuple[int, str]]) -> None:
        self.clear()
        for document_id, text in documents:
            row = QListWidgetItem(text)
            row.setData(DOCUMENT_ROLE, document_id)
            row.setToolTip(text)
            self.addItem(row)

    def filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for index in range(self.count()):
            row = self.item(index)
            hidden = not all(word in row.text().lower() for word in words)
            row.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None and (self.currentItem() is None or self.currentItem().isHidden()):
            self.setCurrentItem(first)


class ChecklistPage(QWidget):
    mark_requested = Signal(str, str, str)  # stage, item, status
    link_requested = Signal(str, str, int)
    unlink_requested = Signal(str, str, int)  # stage, item, document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = ChecklistTree()
        self.tree.document_dropped.connect(self.link_requested)
        bar = QHBoxLayout()
        for status, label in (
            (ChecklistStatus.DONE, tr("Mark done")),
            (ChecklistStatus.NOT_APPLICABLE, tr("Not applicable")),
            (ChecklistStatus.MISSING, tr("Mark missing")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"mark_{status.value.replace('/', '')}")
            button.clicked.connect(lambda _checked=False, s=status.value: self._mark_current(s))
            bar.addWidget(button)
        accept = QPushButton(tr("&Accept suggested"))
        accept.setObjectName("accept_suggested")
        accept.setToolTip(tr("Link the documents the checklist suggests for the selected item"))
        accept.clicked.connect(self._accept_suggested)
        bar.addWidget(accept)
        unlink = QPushButton(tr("&Unlink its documents"))
        unlink.setObjectName("unlink_documents")
        unlink.clicked.connect(self._unlink_current)
        bar.addWidget(unlink)
        bar.addStretch()
        self.shelf = DocumentShelf()
        self.shelf.itemActivated.connect(lambda _row: self._link_chosen())
        self.find_document = QLineEdit()
        self.find_document.setObjectName("checklist_find_document")
        self.find_document.setPlaceholderText(tr("Find a document to link…"))
        self.find_document.setAccessibleName(tr("Find a document to link"))
        self.find_document.setClearButtonEnabled(True)
        self.find_document.textChanged.connect(self.shelf.filter)
        self.find_document.returnPressed.connect(self._link_chosen)
        link = QPushButton(tr("&Link to the item"))
        link.setObjectName("link_document")
        link.setToolTip(
            tr("Link the document chosen on the right to the checklist item selected on the left")
        )
        link.clicked.connect(self._link_chosen)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("Documents (double-click or drag one onto an item):")))
        side_layout.addWidget(self.find_document)
        side_layout.addWidget(self.shelf)
        side_layout.addWidget(link)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 280])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # item text is never cut at 520 px
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.note = QLabel(tr("Not legal advice: insurers' criteria vary. Check your plan's medical policy."))
        layout.addWidget(self.note)

    def show_checklists(
        self,
        stages: list[StageChecklist],
        titles: dict[int, str],
        stage_labels: Mapping[str, str],
        current_stage: str,
        shelf: list[tuple[int, str]] | None = None,
    ) -> None:
        """The stages' checklists; ``shelf`` lists the case's documents beside them (id, what to show)."""
        selected = self.tree.currentItem()
        keep = tuple(selected.data(0, ITEM_ROLE) or ()) if selected is not None else None
        self.shelf.show_documents(shelf if shelf is not None else sorted(titles.items()))
        self.shelf.filter(self.find_document.text())
        self.tree.clear()
        for stage in stages:
            top = QTreeWidgetItem(
                [
                    f"{stage_labels.get(stage.stage, stage.stage)}",
                    tr("{round}% complete").format(round=round(stage.completion * 100)),
                    "",
                ]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for entry in stage.items:
                linked = ", ".join(titles.get(d, f"#{d}") for d in entry.linked)
                suggested = ", ".join(titles.get(d, f"#{d}") for d in entry.suggested)
                documents = linked or (
                    tr("suggested: {suggested}").format(suggested=suggested) if suggested else ""
                )
                row = QTreeWidgetItem(
                    [
                        data_text(entry.item.label),
                        f"{_SYMBOLS[entry.status]} {label_of(entry.status).lower()}",
                        documents,
                    ]
                )
                row.setData(0, ITEM_ROLE, (stage.stage.value, entry.item.id))
                row.setData(0, LINKED_ROLE, list(entry.linked))
                row.setData(0, SUGGESTED_ROLE, list(entry.suggested))
                row.setToolTip(2, documents)
                row.setToolTip(
                    0,
                    data_text(entry.item.label)
                    + (
                        tr("\nSource: {source}").format(source=entry.item.source) if entry.item.source else ""
                    ),
                )
                row.setForeground(1, QBrush(status_colour(entry.status.value)))
                top.addChild(row)
                if keep == (stage.stage.value, entry.item.id):
                    self.tree.setCurrentItem(row)  # a link or a mark keeps the user's place
            top.setExpanded(stage.stage == current_stage)
        self.tree.setColumnWidth(2, max(160, self.tree.width() // 4))

    def select_item(self, stage: str, item_id: str) -> bool:
        """Select (and show) an item: the next-steps tab sends the user here to link a document to it."""
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            if group is None:
                continue
            for index in range(group.childCount()):
                row = group.child(index)
                if row is not None and tuple(row.data(0, ITEM_ROLE) or ()) == (stage, item_id):
                    group.setExpanded(True)
                    self.tree.setCurrentItem(row)
                    self.tree.scrollToItem(row)
                    return True
        return False

    def _selected_item(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        target = item.data(0, ITEM_ROLE) if item is not None else None
        return (str(target[0]), str(target[1])) if target else None

    def _link_chosen(self) -> None:
        target, rows = self._selected_item(), [r for r in self.shelf.selectedItems() if not r.isHidden()]
        if target is not None and rows:
            self.link_requested.emit(target[0], target[1], int(rows[0].data(DOCUMENT_ROLE)))

    def _accept_suggested(self) -> None:
        item, target = self.tree.currentItem(), self._selected_item()
        if item is None or target is None:
            return
        for document_id in item.data(0, SUGGESTED_ROLE) or ():
            self.link_requested.emit(target[0], target[1], int(document_id))

    def _unlink_current(self) -> None:
        item = self.tree.currentItem()
        target = item.data(0, ITEM_ROLE) if item is not None else None
        if item is not None and target:
            for document_id in item.data(0, LINKED_ROLE) or ():
                self.unlink_requested.emit(target[0], target[1], int(document_id))

    def _mark_current(self, status: str) -> None:
        item = self.tree.currentItem()
        target = item.data(0, ITEM_ROLE) if item is not None else None
        if target:
            self.mark_requested.emit(target[0], target[1], status)

    def clear(self) -> None:
        self.tree.clear()
        self.shelf.clear()

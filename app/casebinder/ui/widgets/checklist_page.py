"""The Checklist tab: each stage's documents as steps, with status, linked evidence and completion.

The case's documents sit beside the checklist, with a search-as-you-type box: select an item, then
double-click a document (or press Enter, or "Link to the item") to link it; "Accept suggested" links the
documents of a matching kind the checklist proposes, which only count once confirmed. Dragging a document
onto an item does the same, as a shortcut. Everything is reachable by keyboard.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder.domain.checklists import StageChecklist
from casebinder.domain.enums import ChecklistStatus
from casebinder.ui.i18n import data_text, label_of, shown_date, tr
from casebinder.ui.theme import status_colour, warning_colour
from casebinder.usecases.document_pages import DocumentLabel

DOCUMENT_MIME = "application/x-casebinder-document-id"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # (stage, item id) on item rows
LINKED_ROLE = Qt.ItemDataRole.UserRole + 2  # the ids of the documents linked to it
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 3  # the ids of the documents it suggests
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 4  # a shelf row's document id
Index = QModelIndex | QPersistentModelIndex
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


class ShelfModel(QAbstractListModel):
    """The case's documents as the shelf lists them, each line made when first painted: a case of 10,000
    documents made 10,000 list items and lines at every refresh (60 ms of its opening); now it holds their
    labels and the rows the filter keeps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: Sequence[DocumentLabel] = ()
        self._shown: list[int] = []  # positions in _documents that the filter keeps
        self._lines: dict[int, str] = {}
        self._words: list[str] = []

    def show_documents(self, documents: Sequence[DocumentLabel]) -> None:
        self.beginResetModel()
        self._documents, self._lines = documents, {}
        self._shown = self._matching()
        self.endResetModel()

    def filter(self, text: str) -> None:
        self.beginResetModel()
        self._words = text.lower().split()
        self._shown = self._matching()
        self.endResetModel()

    def document_id(self, row: int) -> int | None:
        return self._documents[self._shown[row]].id if 0 <= row < len(self._shown) else None

    def shown_ids(self) -> list[int]:
        return [self._documents[position].id for position in self._shown]

    def _matching(self) -> list[int]:
        if not self._words:
            return list(range(len(self._documents)))
        return [
            position
            for position in range(len(self._documents))
            if all(word in self._line(position).lower() for word in self._words)
        ]

    def _line(self, position: int) -> str:
        line = self._lines.get(position)
        if line is None:
            document = self._documents[position]
            when = shown_date(document.date) if document.date else tr("undated")
            line = self._lines[position] = f"{document.title} — {label_of(document.kind)} — {when}"
        return line

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._line(self._shown[index.row()])
        if role == DOCUMENT_ROLE:
            return self.document_id(index.row())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        chosen = self.document_id(indexes[0].row()) if indexes else None
        if chosen is not None:
            data.setData(DOCUMENT_MIME, QByteArray(str(chosen).encode()))
        return data


class DocumentShelf(QListView):
    """The case's documents beside the checklist: filtered as the user types, dragged onto items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = ShelfModel(self)
        self.setModel(self.documents)
        self.setUniformItemSizes(True)  # 10,000 rows are laid out without measuring each
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(tr("Documents of the case"))
        self.setObjectName("checklist_documents")
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the whole line is in its tooltip
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def count(self) -> int:
        return self.documents.rowCount()

    def show_documents(self, documents: Sequence[DocumentLabel]) -> None:
        chosen = self.chosen()
        self.documents.show_documents(documents)
        self._choose(chosen)

    def filter(self, text: str) -> None:
        chosen = self.chosen()
        self.documents.filter(text)
        self._choose(chosen)

    def chosen(self) -> int | None:
        """The document selected (or current), if the filter still shows it."""
        return (
            self.documents.document_id(self.currentIndex().row()) if self.currentIndex().isValid() else None
        )

    def _choose(self, document_id: int | None) -> None:
        """Keep the choice through a refresh; else the first document the filter shows."""
        shown = self.documents.shown_ids()
        row = shown.index(document_id) if document_id in shown else 0 if shown else None
        if row is not None:
            self.setCurrentIndex(self.documents.index(row))

    def clear(self) -> None:
        self.show_documents(())


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
        self.shelf.activated.connect(lambda _index: self._link_chosen())
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
        documents: Sequence[DocumentLabel],
        stage_labels: Mapping[str, str],
        current_stage: str,
    ) -> None:
        """The stages' checklists, and the case's ``documents`` beside them."""
        selected = self.tree.currentItem()
        keep = tuple(selected.data(0, ITEM_ROLE) or ()) if selected is not None else None
        self.shelf.show_documents(documents)
        titles = {document.id: document.title for document in documents}
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
                linked = _named(titles, entry.linked)
                suggested = _named(titles, entry.suggested)
                evidence = linked or (
                    tr("suggested: {suggested}").format(suggested=suggested) if suggested else ""
                )
                if entry.lapse is not None:
                    status, day = entry.lapse
                    lapse_text = (
                        tr("EXPIRED on {day}: get a new one").format(day=shown_date(day))
                        if status == "expired"
                        else tr("expires on {day}: renew it").format(day=shown_date(day))
                    )
                    evidence = f"{evidence} — {lapse_text}" if evidence else lapse_text
                row = QTreeWidgetItem(
                    [
                        data_text(entry.item.label),
                        f"{_SYMBOLS[entry.status]} {label_of(entry.status).lower()}",
                        evidence,
                    ]
                )
                row.setData(0, ITEM_ROLE, (stage.stage.value, entry.item.id))
                row.setData(0, LINKED_ROLE, list(entry.linked))
                row.setData(0, SUGGESTED_ROLE, list(entry.suggested))
                row.setToolTip(2, evidence)
                row.setToolTip(
                    0,
                    data_text(entry.item.label)
                    + (
                        tr("\nSource: {source}").format(source=entry.item.source) if entry.item.source else ""
                    ),
                )
                row.setForeground(1, QBrush(status_colour(entry.status.value)))
                if entry.lapse is not None:
                    row.setForeground(2, QBrush(QColor(warning_colour())))
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
        target, chosen = self._selected_item(), self.shelf.chosen()
        if target is not None and chosen is not None:
            self.link_requested.emit(target[0], target[1], chosen)

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


def _named(titles: Mapping[int, str], document_ids: Sequence[int], most: int = 5) -> str:
    """The first few documents' titles and how many more: an item can suggest thousands of documents."""
    named = ", ".join(titles.get(d, f"#{d}") for d in document_ids[:most])
    more = len(document_ids) - most
    return named + tr(" and %n more", "", more) if more > 0 else named

"""The Checklist tab: each stage's documents as steps, with status, linked evidence and completion.

Drag a document from the Documents tab onto an item to link it; suggestions (documents of a matching kind)
are shown but only count once the user confirms them by linking.
"""

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder.domain.checklists import StageChecklist
from casebinder.domain.enums import ChecklistStatus

DOCUMENT_MIME = "application/x-casebinder-document-id"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # (stage, item id) on item rows
LINKED_ROLE = Qt.ItemDataRole.UserRole + 2  # the ids of the documents linked to it
_SYMBOLS = {ChecklistStatus.DONE: "✔", ChecklistStatus.NOT_APPLICABLE: "–", ChecklistStatus.MISSING: "○"}
_COLORS = {
    ChecklistStatus.DONE: "#2e7d32",
    ChecklistStatus.NOT_APPLICABLE: "#757575",
    ChecklistStatus.MISSING: "#c62828",
}


class ChecklistTree(QTreeWidget):
    document_dropped = Signal(str, str, int)  # stage, item id, document id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Item", "Status", "Documents"])
        self.setAcceptDrops(True)
        self.setAccessibleName("Checklist")
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
            (ChecklistStatus.DONE, "Mark done"),
            (ChecklistStatus.NOT_APPLICABLE, "Not applicable"),
            (ChecklistStatus.MISSING, "Mark missing"),
        ):
            button = QPushButton(label)
            button.setObjectName(f"mark_{status.value.replace('/', '')}")
            button.clicked.connect(lambda _checked=False, s=status.value: self._mark_current(s))
            bar.addWidget(button)
        unlink = QPushButton("Unlink its documents")
        unlink.setObjectName("unlink_documents")
        unlink.clicked.connect(self._unlink_current)
        bar.addWidget(unlink)
        bar.addStretch()
        hint = QLabel("Drag a document from the Documents tab onto an item to link it.")
        hint.setStyleSheet("color: palette(mid)")
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.note = QLabel("Not legal advice: insurers' criteria vary. Check your plan's medical policy.")
        layout.addWidget(self.note)

    def show_checklists(
        self,
        stages: list[StageChecklist],
        titles: dict[int, str],
        stage_labels: Mapping[str, str],
        current_stage: str,
    ) -> None:
        self.tree.clear()
        for stage in stages:
            top = QTreeWidgetItem(
                [
                    f"{stage_labels.get(stage.stage, stage.stage)}",
                    f"{round(stage.completion * 100)}% complete",
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
                documents = linked or (f"suggested: {suggested}" if suggested else "")
                row = QTreeWidgetItem(
                    [entry.item.label, f"{_SYMBOLS[entry.status]} {entry.status}", documents]
                )
                row.setData(0, ITEM_ROLE, (stage.stage.value, entry.item.id))
                row.setData(0, LINKED_ROLE, list(entry.linked))
                row.setToolTip(
                    0, entry.item.label + (f"\nSource: {entry.item.source}" if entry.item.source else "")
                )
                row.setForeground(1, QBrush(QColor(_COLORS[entry.status])))
                top.addChild(row)
            top.setExpanded(stage.stage == current_stage)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, 520)

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

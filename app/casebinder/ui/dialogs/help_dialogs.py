"""Help that ships with the app: the user guide (the README's, generated into the package by
``tools/guide_doc.py``) and the keyboard shortcuts of every menu action, read from the actions themselves so
the list is never out of date."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.resources import resource
from casebinder.ui.i18n import tr


class GuideDialog(QDialog):
    """The user guide, searchable (Ctrl+F: the find box; Enter: the next match)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — User guide").format(APP_NAME=APP_NAME))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(tr("Find in the guide…"))
        self.find_box.setAccessibleName(tr("Find in the guide"))
        self.find_box.returnPressed.connect(self._next)
        layout.addWidget(self.find_box)
        self.text = QTextBrowser()
        self.text.setObjectName("user_guide")
        self.text.setAccessibleName(tr("User guide"))
        self.text.setOpenExternalLinks(False)  # no network: links to the web stay text to copy
        self.text.setMarkdown(resource("guide.md").read_text(encoding="utf-8"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()

    def _next(self) -> None:
        if not self.text.find(self.find_box.text()):  # from the top again once the end is reached
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            self.text.find(self.find_box.text())


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, by menu."""

    def __init__(self, menus: list[tuple[str, list[QAction]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Keyboard shortcuts").format(APP_NAME=APP_NAME))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setAccessibleName(tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([tr("Action"), tr("Shortcut")])
        for menu, actions in menus:
            top = QTreeWidgetItem([menu.replace("&", ""), ""])
            for action in actions:
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    top.addChild(QTreeWidgetItem([action.text().replace("&", "").rstrip("…"), keys]))
            if top.childCount():
                self.tree.addTopLevelItem(top)
                top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

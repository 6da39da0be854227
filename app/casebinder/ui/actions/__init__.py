"""The app's actions, one module per area (cases, documents, calls and letters, medical, appeals, notes,
the vault, search): what happens when a menu item or a button is used.

An action reads its dialog on the GUI thread, hands the use case to the session's writer lane, and lets the
returned :class:`~casebinder.usecases.changes.Changes` refresh the views. Each declares the use cases it
calls with :func:`~casebinder.ui.operations.uses`, which is how the parity test knows the app offers every
operation of :mod:`casebinder.usecases.registry`. The main window only lays out widgets and wires them.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from casebinder import APP_NAME
from casebinder.ui.operations import UI_OPERATIONS, uses

if TYPE_CHECKING:
    from casebinder.ui.main_window import MainWindow
    from casebinder.ui.session import VaultSession
    from casebinder.usecases.changes import Changes


class Area(QObject):
    """The actions of one area of the window; they share its session and its dialogs."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.dialog: object = None  # the dialog last opened (kept alive while it is shown; tests reach it)

    @property
    def session(self) -> "VaultSession":
        return self.window.session

    @property
    def case_id(self) -> int | None:
        return self.window.case_id

    def confirm(self, question: str, detail: str = "") -> bool:
        """Ask before deleting; No is the default, so Enter never deletes."""
        answer = QMessageBox.question(
            self.window,
            f"{APP_NAME} — Delete?",
            f"{question}\n\n{detail}".strip(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def deleted(self, changes: "Changes") -> "Changes":
        """After a deletion: offer Undo for it."""
        if changes.undo is not None:
            self.window.offer_undo(changes.undo)
        return changes


__all__ = ["UI_OPERATIONS", "Area", "uses"]


__all__ = ["UI_OPERATIONS", "Area", "uses"]

"""The app's actions, one module per area (cases, documents, calls and letters, medical, appeals, notes,
the vault, search): what happens when a menu item or a button is used.

An action reads its dialog on the GUI thread, hands the use case to the session's writer lane, and lets the
returned :class:`~casebinder.usecases.changes.Changes` refresh the views. Each declares the use cases it
calls with :func:`~casebinder.ui.operations.uses`, which is how the parity test knows the app offers every
operation of :mod:`casebinder.usecases.registry`. The main window only lays out widgets and wires them.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QDialog, QFormLayout, QLabel, QMessageBox

from casebinder import APP_NAME
from casebinder.errors import CasebinderError
from casebinder.ui.i18n import error_text, tr
from casebinder.ui.operations import UI_OPERATIONS, uses
from casebinder.ui.theme import warning_colour

if TYPE_CHECKING:
    from casebinder.ui.main_window import MainWindow
    from casebinder.ui.session import VaultSession
    from casebinder.usecases.changes import Changes
    from casebinder.vault import Vault


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
            tr("{APP_NAME} — Delete?").format(APP_NAME=APP_NAME),
            f"{question}\n\n{detail}".strip(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_form(self, dialog: QDialog, save: "Callable[[], None]") -> None:
        """Show a form; ``save`` runs when it is accepted and reads the fields on the GUI thread. The dialog
        is kept as :attr:`dialog` while it is shown (tests reach it there)."""
        dialog.accepted.connect(save)
        dialog.open()
        self.dialog = dialog

    def save_from(
        self,
        dialog: QDialog,
        work: "Callable[[Vault], Any]",
        changes: "Callable[[Any], Changes] | Changes | None" = None,
        on_done: "Callable[[Any], None] | None" = None,
    ) -> None:
        """Save what a form holds; if the use case refuses it (a date in the wrong order, a duplicate), the
        form opens again with everything typed still in it and the reason, as a sentence, at its top.
        Nothing typed is lost. Anything that is not a refusal is a bug and goes to the crash dialog."""

        def refused(error: BaseException) -> None:
            if self.show_refusal(dialog, error):
                dialog.open()

        self.session.write(work, changes, on_done, refused)

    def show_refusal(self, dialog: QDialog, error: BaseException) -> bool:
        """A refusal, as a sentence at the top of ``dialog`` (True); anything else is a bug, for the crash
        dialog (False)."""
        if not isinstance(error, CasebinderError):
            self.session.failed.emit(error)
            return False
        show_problem(dialog, sentence(error_text(error)))
        return True

    def deleted(self, changes: "Changes") -> "Changes":
        """After a deletion: offer Undo for it."""
        if changes.undo is not None:
            self.window.offer_undo(changes.undo)
        return changes


def sentence(text: str) -> str:
    """ "the notice is dated after…" -> "The notice is dated after….": messages from the use cases read as
    sentences in a dialog."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def show_problem(dialog: QDialog, text: str) -> None:
    """The reason a save was refused, in red at the top of the form (one label, made on first use)."""
    label = dialog.findChild(QLabel, "form_problem")
    if label is None:
        label = QLabel(dialog)
        label.setObjectName("form_problem")
        label.setWordWrap(True)
        label.setAccessibleName(tr("Why it was not saved"))
        layout = dialog.layout()
        if isinstance(layout, QFormLayout):
            layout.insertRow(0, label)
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(0, label)
    label.setText(text)
    label.setStyleSheet(f"color: {warning_colour()}; font-weight: bold;")
    label.show()


__all__ = ["UI_OPERATIONS", "Area", "sentence", "show_problem", "uses"]

"""Crashes are shown, not swallowed: a dialog with a copyable report that carries no case data.

The report (:func:`casebinder.logs.crash_report`) names the exception type and where it happened (files,
lines, functions) but not its message or local values, which could hold a name, a member ID or a file name;
the recent log lines it ends with are redacted the same way. It is what a bug report needs.
"""

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME, logs
from casebinder.ui.i18n import tr


def crash_report(error: BaseException) -> str:
    return logs.crash_report(error, (f"Qt {qVersion()}", f"PySide6 {pyside_version}"))


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Something went wrong").format(APP_NAME=APP_NAME))
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "Casebinder hit a bug. Your vault is safe: every change is saved as it is made. The report "
                "below "
                "contains no case data; copy it into a bug report if you can."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Crash report"))
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

"""Crashes are shown, not swallowed: a dialog with a copyable report that carries no case data.

The report names the exception type and where it happened (files, lines, functions) but not its message or
local values, which could hold a name, a member ID or a file name. It is what a bug report needs.
"""

import platform
import traceback
from types import TracebackType

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

import casebinder
from casebinder import APP_NAME


def crash_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    frames = [
        f"  {frame.filename.split('site-packages/')[-1].split('app/')[-1]}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]
    return "\n".join(
        [
            f"{APP_NAME} {casebinder.__version__} crash report",
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
            f"System {platform.platform()}",
            f"Exception: {kind.__module__}.{kind.__qualname__}",
            "Where:",
            *frames,
        ]
    )


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Something went wrong")
        layout = QVBoxLayout(self)
        text = QLabel(
            "Casebinder hit a bug. Your vault is safe: every change is saved as it is made. The report below "
            "contains no case data; copy it into a bug report if you can."
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName("Crash report")
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy report", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

"""Installs the crash dialog as ``sys.excepthook`` without loading it: it is only needed after a crash."""

import sys
from types import TracebackType


def install() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        previous(kind, value, tb)  # still printed for developers running from a terminal
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            from casebinder.ui.dialogs.crash import CrashDialog, crash_report

            CrashDialog(crash_report(kind, tb)).exec()

    sys.excepthook = hook

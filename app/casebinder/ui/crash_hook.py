"""Installs the crash dialog as ``sys.excepthook`` without loading it: it is only needed after a crash."""

import logging
import sys
from types import TracebackType

from casebinder.logs import full_tracebacks


def install() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if full_tracebacks():  # developers; a user's stderr may end up in the system journal, on disk
            previous(kind, value, tb)
        logging.getLogger("casebinder").error("unhandled exception", exc_info=value)
        from PySide6.QtWidgets import QApplication

        from casebinder.ui.dialogs.crash import CrashDialog, crash_report

        if QApplication.instance() is not None:
            CrashDialog(crash_report(value)).exec()
        else:
            print(crash_report(value), file=sys.stderr)

    sys.excepthook = hook

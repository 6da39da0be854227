"""Automatic backups while the app is open: one when due, on a timer, and their age in the status bar.

The copy runs on the session's reader lane (SQLite's backup API reads one consistent snapshot while the
writer goes on), so the window never waits for it. A missing backup folder (an unplugged drive) is said, not
an error; so is a vault that has never been backed up.
"""

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from casebinder.errors import CasebinderError
from casebinder.ui.i18n import error_text, phrase_text, tr
from casebinder.ui.operations import uses
from casebinder.ui.theme import warning_colour
from casebinder.usecases import backups

if TYPE_CHECKING:
    from casebinder.ui.main_window import MainWindow

CHECK_EVERY_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("backup_status")
        self.label.setAccessibleName(tr("Backup status"))
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()
        self.last_error = ""
        self.show_status()

    def show_status(self) -> None:
        settings = self.window.settings
        status = backups.backup_status(self.window.session.vault.path, settings.backup_folder)
        age = status.age()
        late = age is None or age > dt.timedelta(hours=settings.backup_every_hours * 2)
        text = self.last_error or phrase_text(status.said())
        self.label.setText(text)
        self.label.setToolTip(
            tr("Vault ▸ Backups… to choose the folder and see the copies")
            if late
            else str(status.folder or "")
        )
        self.label.setStyleSheet(f"color: {warning_colour()};" if late or self.last_error else "")

    @uses("vault.backup-if-due")
    def run_if_due(self) -> None:
        settings = self.window.settings
        folder = settings.backup_folder
        if folder is None or not self.window.session.vault.is_open:
            self.show_status()
            return
        every = dt.timedelta(hours=settings.backup_every_hours)
        keep = settings.backup_keep

        def done(_result: object) -> None:
            self.last_error = ""
            self.show_status()

        def failed(error: BaseException) -> None:
            if not isinstance(error, CasebinderError):
                raise error
            self.last_error = tr("The backup failed: {error}").format(error=error_text(error))
            self.show_status()

        self.window.session.read(
            lambda vault: backups.backup_if_due(vault, folder, every, keep), done, failed, key="backup"
        )

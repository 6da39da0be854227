"""Importing from the GUI: files, folders, drops and pastes, in the background with progress and Cancel.

The import generator runs on the writer thread; each step comes back by signal to update the progress dialog.
A password-protected PDF asks its question on the GUI thread while the worker waits (a blocking queued call),
so the password goes straight to the parser and is never kept. Refused files are listed with their reasons.
"""

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from casebinder import APP_NAME
from casebinder.infra.sources import Source
from casebinder.ui.session import VaultSession
from casebinder.ui.tasks import ProgressJob
from casebinder.usecases.changes import Changes
from casebinder.usecases.importing import ImportOptions, ImportStep, disk_full_summary, import_files


class _PasswordAsker(QObject):
    """Lives on the GUI thread; the worker thread calls ``ask`` and waits for the answer."""

    asked = Signal(str, str)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__()
        self._parent = parent_widget
        self._answer: str | None = None
        self.asked.connect(self._on_asked, Qt.ConnectionType.BlockingQueuedConnection)

    def ask(self, name: str, why: str) -> str | None:
        if threading.current_thread() is threading.main_thread():
            self._on_asked(name, why)
        else:
            self.asked.emit(name, why)
        answer, self._answer = self._answer, None
        return answer

    @Slot(str, str)
    def _on_asked(self, name: str, why: str) -> None:
        text, ok = QInputDialog.getText(
            self._parent,
            f"{APP_NAME} — PDF password",
            f"{name}\n{why[:1].upper() + why[1:]}.\n\nPassword (used to read it, never stored):",
            QLineEdit.EchoMode.Password,
        )
        self._answer = text if ok and text else None


class ImportController(QObject):
    finished = Signal(list)  # the ImportSteps, in order

    def __init__(self, session: VaultSession, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._session = session
        self._parent = parent_widget
        self._asker = _PasswordAsker(parent_widget)
        self.dialog: QProgressDialog | None = None
        self.job: ProgressJob | None = None
        self.steps: list[ImportStep] = []
        self.show_summary = True

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, case_id: int, items: Sequence[Path | Source]) -> None:
        if self.busy or not items:
            return
        vault = self._session.vault
        options = ImportOptions(ask_password=self._asker.ask)
        self.steps = []
        self.dialog = QProgressDialog("Importing…", "Cancel", 0, 0, self._parent)
        self.dialog.setWindowTitle(f"{APP_NAME} — Importing")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.job = ProgressJob(lambda: import_files(vault, case_id, list(items), options), self)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(lambda cancelled: self._on_job_finished(case_id, cancelled))
        self.dialog.canceled.connect(self.job.cancel)
        self._session.start_job(self.job, self._on_job_failed)

    def _on_job_progressed(self, step: ImportStep) -> None:
        self.steps.append(step)
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setMaximum(step.total)
        dialog.setLabelText(f"{step.done} of {step.total}: {step.label}")
        # Last: a modal QProgressDialog's setValue() processes events, so "finished" may run inside it.
        dialog.setValue(step.done)

    def _on_job_finished(self, case_id: int, cancelled: bool) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.job = None
        self._session.changed.emit(
            Changes(case_id=case_id, document=True, timeline=True, correspondence=True)
        )
        self.finished.emit(list(self.steps))
        refused = [s.outcome for s in self.steps if s.outcome.status == "refused"]
        imported = sum(s.outcome.status == "imported" for s in self.steps)
        duplicates = sum(s.outcome.status == "duplicate" for s in self.steps)
        if not self.show_summary or (not refused and not cancelled):
            return
        lines = [
            f"{imported} imported, {duplicates} already here, {len(refused)} refused"
            + (" (cancelled: the rest was not imported)" if cancelled else "")
            + "."
        ]
        full = disk_full_summary(self.steps)
        if full:
            lines.insert(0, full[:1].upper() + full[1:])
        lines += [f"• {o.name}: {o.reason}" for o in refused[:30]]
        if len(refused) > 30:
            lines.append(f"… and {len(refused) - 30} more")
        box = QMessageBox(
            QMessageBox.Icon.Information if not refused else QMessageBox.Icon.Warning,
            f"{APP_NAME} — Import",
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setObjectName("import_summary")
        box.open()

    def _on_job_failed(self, error: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog = None
        self.job = None
        self._session.failed.emit(error)

"""Importing from the GUI: files, folders, drops and pastes, in the background with progress and Cancel.

The import generator runs on the writer thread; each step comes back by signal to update the progress dialog.
A password-protected PDF asks its question on the GUI thread while the worker waits (a blocking queued call),
so the password goes straight to the parser and is never kept. Refused files are listed with their reasons.
"""

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.infra.sources import Source
from casebinder.ui.i18n import phrase_text, tr
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
            tr("{APP_NAME} — PDF password").format(APP_NAME=APP_NAME),
            tr("{name}\n{value}.\n\nPassword (used to read it, never stored):").format(
                name=name, value=why[:1].upper() + why[1:]
            ),
            QLineEdit.EchoMode.Password,
        )
        self._answer = text if ok and text else None


class ImportStrip(QWidget):
    """The import, beside the work: a line under the case with a count from the first moment, a bar, Cancel,
    and the files as they are stored (imported, already here, refused and why). Nothing modal: the user
    keeps working; the strip stays after the import with what happened until closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_strip")
        self.label = QLabel()
        self.label.setObjectName("import_status")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Import progress"))
        self.bar.setMaximumWidth(260)
        self.details = QPushButton(tr("Show the &files"))
        self.details.setCheckable(True)
        self.cancel = QPushButton(tr("&Cancel the import"))
        self.cancel.setObjectName("import_cancel")
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setObjectName("import_close")
        self.close_button.clicked.connect(self.hide)
        self.files = QListWidget()
        self.files.setObjectName("import_files")
        self.files.setAccessibleName(tr("Files of the import"))
        self.files.setMaximumHeight(160)
        self.files.setVisible(False)
        self.details.toggled.connect(self.files.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.details)
        row.addWidget(self.cancel)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.files)
        self.hide()

    def begin(self, count: int) -> None:
        self.files.clear()
        self.details.setChecked(False)
        self.label.setText(tr("Importing %n item(s)…", "", count) if count else tr("Importing…"))
        self.bar.setRange(0, 0)  # busy until the first file is stored, when the total is known
        self.cancel.setVisible(True)
        self.cancel.setEnabled(True)
        self.close_button.setVisible(False)
        self.show()

    def step(self, step: ImportStep) -> None:
        self.bar.setRange(0, step.total)
        self.bar.setValue(step.done)
        self.label.setText(
            tr("Importing: {done} of {total} stored — {label}").format(
                done=step.done, total=step.total, label=step.label
            )
        )
        outcome = step.outcome
        status = {"imported": tr("imported"), "duplicate": tr("already here"), "refused": tr("refused")}
        reason = phrase_text(outcome.said_reason)
        text = f"{outcome.name}: {status[outcome.status]}" + (f" — {reason}" if reason else "")
        row = QListWidgetItem(text)
        row.setToolTip(text)
        self.files.addItem(row)
        if outcome.status == "refused":
            self.details.setChecked(True)  # what went wrong is shown, not hidden behind a button

    def end(self, summary: str) -> None:
        self.label.setText(summary)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel.setVisible(False)
        self.close_button.setVisible(True)


class ImportController(QObject):
    finished = Signal(list)  # the ImportSteps, in order

    def __init__(self, session: VaultSession, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._session = session
        self._parent = parent_widget
        self._asker = _PasswordAsker(parent_widget)
        self.strip = ImportStrip()
        self.strip.cancel.clicked.connect(self.cancel)
        self.job: ProgressJob | None = None
        self.steps: list[ImportStep] = []
        self.show_summary = True
        self.summary = ""  # the last import's, as the strip shows it

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, case_id: int, items: Sequence[Path | Source]) -> None:
        if self.busy or not items:
            return
        vault = self._session.vault
        options = ImportOptions(ask_password=self._asker.ask, text_later=True)  # words read after: TextReader
        self.steps = []
        self.strip.begin(len(items))
        self.job = ProgressJob(lambda: import_files(vault, case_id, list(items), options), self)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(lambda cancelled: self._on_job_finished(case_id, cancelled))
        self._session.start_job(self.job, self._on_job_failed)

    def cancel(self) -> None:
        """What is stored stays; the rest is not imported (each file lands whole or not at all)."""
        if self.job is not None:
            self.strip.cancel.setEnabled(False)
            self.job.cancel()

    def _on_job_progressed(self, step: ImportStep) -> None:
        self.steps.append(step)
        self.strip.step(step)

    def _on_job_finished(self, case_id: int, cancelled: bool) -> None:
        self.job = None
        self._session.changed.emit(
            Changes(case_id=case_id, document=True, timeline=True, correspondence=True)
        )
        self.finished.emit(list(self.steps))
        self._session.text.start()  # the words of its scans and photos, read while the person works
        refused = [s.outcome for s in self.steps if s.outcome.status == "refused"]
        imported = sum(s.outcome.status == "imported" for s in self.steps)
        duplicates = sum(s.outcome.status == "duplicate" for s in self.steps)
        summary = (
            tr("{imported} imported, {duplicates} already here, {len} refused").format(
                imported=imported, duplicates=duplicates, len=len(refused)
            )
            + (tr(" (cancelled: the rest was not imported)") if cancelled else "")
            + "."
        )
        full = disk_full_summary(self.steps)
        if full:
            summary = full[:1].upper() + full[1:] + " " + summary
        self.summary = summary
        self.strip.end(summary)
        if not self.show_summary or (not refused and not cancelled and not full):
            self.strip.hide()  # all went in: the documents tab shows them, nothing to read here

    def _on_job_failed(self, error: BaseException) -> None:
        self.job = None
        self.strip.end(tr("The import stopped."))
        self._session.failed.emit(error)

"""Export a packet: choose and order the exhibits, the sections, the paper and an optional password.

The export runs on the writer thread as a progress job with Cancel; when it is done, "Show in folder" opens
the folder that holds the packet. Exporting is the user's explicit act: it is the one place Casebinder writes
case data outside the vault, and the dialog says where.
"""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
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
from casebinder.domain.enums import PacketSection
from casebinder.domain.models import Document
from casebinder.ui.i18n import error_text, label_of, shown_date, tr
from casebinder.ui.session import VaultSession
from casebinder.ui.tasks import ProgressJob
from casebinder.usecases.packet import SECTIONS, PacketOptions, export_packet


class ExportDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        case_id: int,
        documents: list[Document],
        default_name: str,
        paper: str = "letter",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Export a packet").format(APP_NAME=APP_NAME))
        self.resize(640, 620)
        self._session, self._case_id = session, case_id
        self.job: ProgressJob | None = None
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Exhibits, in order (drag to reorder; untick to leave one out):")))
        self.exhibits = QListWidget()
        self.exhibits.setObjectName("export_exhibits")
        self.exhibits.setAccessibleName(tr("Exhibits in the packet"))
        self.exhibits.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for document in documents:
            date = shown_date(document.date) if document.date else tr("undated")
            item = QListWidgetItem(f"{document.title} — {label_of(document.kind)} — {date}")
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.exhibits.addItem(item)
        layout.addWidget(self.exhibits)
        form = QFormLayout()
        sections = QHBoxLayout()
        self.sections: dict[str, QCheckBox] = {}
        for section in SECTIONS:
            box = QCheckBox(label_of(PacketSection(section)))
            box.setChecked(True)
            box.setObjectName(f"section_{section}")
            self.sections[section] = box
            sections.addWidget(box)
        form.addRow(tr("Sections"), sections)
        self.paper = QComboBox()
        self.paper.addItem(tr("US Letter"), "letter")
        self.paper.addItem(tr("A4"), "a4")
        self.paper.setCurrentIndex(1 if paper == "a4" else 0)
        self.paper.setAccessibleName(tr("Paper size"))
        form.addRow(tr("Paper"), self.paper)
        self.redact = QLineEdit()
        self.redact.setObjectName("redact_words")
        self.redact.setAccessibleName(tr("Words to black out"))
        self.redact.setPlaceholderText(tr("optional: names or numbers to black out, separated by ;"))
        self.redact.setToolTip(
            tr(
                "Every match is blacked out in the whole packet; PDF pages with one become pictures, so "
                "nothing lies under the box. Start with re: for a pattern "
                "(re:\\d{3}-\\d{2}-\\d{4} finds SSN-shaped numbers)."
            )
        )
        form.addRow(tr("Black out"), self.redact)
        self.redact_marks = QCheckBox(tr("Burn in the redaction boxes drawn on exhibit pages"))
        self.redact_marks.setObjectName("redact_marks")
        self.redact_marks.setChecked(True)
        form.addRow("", self.redact_marks)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("optional: protect the packet with a password (AES-256)"))
        self.password.setAccessibleName(tr("Packet password"))
        form.addRow(tr("Password"), self.password)
        self.source_password = QLineEdit()
        self.source_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.source_password.setAccessibleName(tr("Password of protected exhibits"))
        self.source_password.setPlaceholderText(tr("used to read them now, never stored"))
        protected = [d for d in documents if "password-protected" in d.notes]
        self.skip_locked = QCheckBox(tr("Leave out exhibits without their password"))
        self.skip_locked.setObjectName("skip_locked")
        if protected:
            form.addRow(tr("Password of %n protected exhibit(s)", "", len(protected)), self.source_password)
            form.addRow("", self.skip_locked)
        self.destination = QLineEdit(default_name)
        self.destination.setAccessibleName(tr("Save the packet as"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.destination)
        row.addWidget(browse)
        form.addRow(tr("Save as"), row)
        layout.addLayout(form)
        note = QLabel(
            tr("The packet is written outside the encrypted vault, where you choose: keep it safe.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.show_folder = QPushButton(tr("Show in folder"))
        self.show_folder.setEnabled(False)
        self.show_folder.clicked.connect(self._on_show_folder_clicked)
        self.cancel = QPushButton(tr("Close"))
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        buttons.addWidget(self.show_folder)
        buttons.addStretch()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self._documents = {d.id: d for d in documents}
        self._notes: tuple[str, ...] = ()

    def chosen(self) -> list[Document]:
        items = [self.exhibits.item(i) for i in range(self.exhibits.count())]
        return [
            self._documents[i.data(Qt.ItemDataRole.UserRole)]
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> PacketOptions:
        secret = self.source_password.text()
        return PacketOptions(
            sections=tuple(s for s, box in self.sections.items() if box.isChecked()),
            paper=self.paper.currentData(),
            password=self.password.text() or None,
            pdf_passwords={i: secret for i in self._documents if i is not None and secret},
            skip_locked=self.skip_locked.isChecked(),
            redact=tuple(t.strip() for t in self.redact.text().split(";") if t.strip()),
            redact_marks=self.redact_marks.isChecked(),
        )

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the packet as"), self.destination.text(), tr("PDF (*.pdf)")
        )
        if name:
            self.destination.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def start(self) -> None:
        vault, case_id, documents, options = self._session.vault, self._case_id, self.chosen(), self.options()
        out = Path(self.destination.text()).expanduser()
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(documents) + 3)
        self.cancel.setText(tr("Cancel"))
        self.job = ProgressJob(lambda: export_packet(vault, case_id, out, documents, options), self)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(lambda cancelled: self._on_job_finished(out, cancelled))
        self._session.start_job(self.job, self._on_job_failed)

    def _on_job_progressed(self, step: object) -> None:
        self.progress.setValue(step.done)  # type: ignore[attr-defined]
        self.status.setText(str(step.label))  # type: ignore[attr-defined]
        self._notes = tuple(step.notes)  # type: ignore[attr-defined]  # the last step's: pages scaled, shrunk

    def _on_job_finished(self, out: Path, cancelled: bool) -> None:
        self.job = None
        self.cancel.setText(tr("Close"))
        self.export_button.setEnabled(True)
        self.password.clear()
        self.source_password.clear()
        if cancelled:
            self.status.setText(tr("Cancelled: no packet was written."))
            return
        self.written = out
        self.show_folder.setEnabled(True)
        lines = [
            tr("Written: {out} ({text})").format(out=out, text=self.status.text()),
            *(f"• {note}" for note in self._notes),
        ]
        self.status.setText("\n".join(lines))

    def _on_job_failed(self, error: BaseException) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.cancel.setText(tr("Close"))
        self.status.setText(tr("Not exported: {error}").format(error=error_text(error)))

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
        else:
            self.reject()

    def _on_show_folder_clicked(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

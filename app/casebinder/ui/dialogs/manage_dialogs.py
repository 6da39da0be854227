"""Dialogs for looking after what is recorded: the milestones of a case, a document's text, the vault's
check and a new passphrase."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.domain.models import CaseMilestone
from casebinder.ui.dialogs.record_dialogs import named
from casebinder.ui.i18n import label_of, shown_date, tr
from casebinder.vault.keys import MIN_PASSPHRASE
from casebinder.vault.verify import VerifyReport


class MilestonesDialog(QDialog):
    """The case's milestones (what set its deadlines), with Delete for one recorded by mistake."""

    delete_requested = Signal(int)  # milestone id

    def __init__(self, milestones: list[CaseMilestone], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Milestones").format(APP_NAME=APP_NAME))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("What has happened in the appeal. Deleting one takes away the deadlines it set."))
        )
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Milestones"))
        self.list.setObjectName("milestones")
        layout.addWidget(self.list)
        self.show_milestones(milestones)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = buttons.addButton(tr("&Delete"), QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.setObjectName("delete_milestone")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_milestones(self, milestones: list[CaseMilestone]) -> None:
        self.list.clear()
        for milestone in milestones:
            extra = ", ".join(
                x
                for x in (
                    label_of(milestone.outcome) if milestone.outcome else "",
                    tr("urgent") if milestone.urgent else "",
                )
                if x
            )
            text = f"{shown_date(milestone.at)} — {label_of(milestone.kind)}" + (
                f" ({extra})" if extra else ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, milestone.id)
            self.list.addItem(item)
        if not milestones:
            self.list.addItem(QListWidgetItem(tr("No milestone recorded yet (Case ▸ Record a milestone).")))

    def _on_delete_clicked(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()  # None when nothing is selected
        milestone_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if milestone_id is not None:
            self.delete_requested.emit(int(milestone_id))


class TextDialog(QDialog):
    """The text read from a document (by OCR for scans), to check what search will find."""

    def __init__(self, title: str, text: str, method: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Text of {title}").format(APP_NAME=APP_NAME, title=title))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        how = {"pdf": "read from the PDF", "ocr": "read from the scan by OCR", "plain": "the file's text",
               "email": "the e-mail's text"}.get(method, "no text could be read")  # fmt: skip
        layout.addWidget(QLabel(tr("Text {how}. Search finds these words.").format(how=how)))
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Document text"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class VerifyDialog(QDialog):
    """What ``vault verify`` says, for the open vault."""

    def __init__(self, report: VerifyReport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Check of {name}").format(APP_NAME=APP_NAME, name=name))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        if report.ok:
            summary = tr(
                "<b>{name} is sound.</b> Every page authenticates, the database is intact, and all "
                "{blobs_checked} stored files ({value:.1f} MB) match their checksums."
            ).format(name=name, blobs_checked=report.blobs_checked, value=report.bytes_checked / 1e6)
        else:
            summary = tr(
                "<b>{name} is damaged.</b> {len} of {len2} documents can still be read. Restore it from a "
                "backup; the damaged file is left as it is."
            ).format(name=name, len=len(report.readable), len2=len(report.documents))
        label = QLabel(summary)
        label.setWordWrap(True)
        label.setObjectName("verify_summary")
        layout.addWidget(label)
        lines = [f"{'ok' if c.ok else 'FAILED'} — {c.name}: {c.detail}" for c in report.checks]
        lines += [
            tr("unreadable: {title} ({problem})").format(title=d.title, problem=d.problem)
            for d in report.unreadable
        ]
        details = QPlainTextEdit("\n".join(lines))
        details.setReadOnly(True)
        details.setAccessibleName(tr("Checks"))
        layout.addWidget(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ChangePassphraseDialog(QDialog):
    """A new passphrase, typed twice. Save is enabled only when both agree and it is long enough."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = tr("Change the passphrase"),
        note_text: str = (
            tr(
                "The recovery key changes with the passphrase: you will be shown the new one, and the old "
                "one "
                "stops working."
            )
        ),
        button_text: str = tr("&Change passphrase"),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {title}")
        form = QFormLayout(self)
        note = QLabel(note_text)
        note.setWordWrap(True)
        form.addRow(note)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("New passphrase"), named(self.passphrase, tr("New passphrase")))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Repeat it"), named(self.repeat, tr("Repeat new passphrase")))
        self.problem = QLabel()
        self.problem.setObjectName("passphrase_problem")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change = QPushButton(button_text)
        self.change.setDefault(True)
        self.buttons.addButton(self.change, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for box in (self.passphrase, self.repeat):
            box.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        problem = (
            tr("At least {count} characters.").format(count=MIN_PASSPHRASE)
            if len(first) < MIN_PASSPHRASE
            else tr("The two passphrases differ.") if first != second
            else ""
        )  # fmt: skip
        self.problem.setText(problem)
        self.change.setEnabled(not problem)

    def new_passphrase(self) -> str:
        return self.passphrase.text()

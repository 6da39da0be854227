"""Word a criterion as the insurer's policy does, and link the document (and page) that meets one."""

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.ui.dialogs.record_dialogs import named, save_gate
from casebinder.ui.i18n import tr
from casebinder.usecases.document_pages import DocumentLabel


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.setMinimumWidth(560)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.why, update = save_gate(self.buttons, self.missing)
        self.form.addRow(self.why)
        self.form.addRow(self.buttons)
        self.update_ready = update
        update()

    def missing(self) -> str:
        return ""


class CriterionDialog(_Form):
    """A criterion's wording and where it comes from (the policy's name, number and date)."""

    def __init__(self, label: str = "", source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(tr("Criterion") if label else tr("Add a criterion"), parent)
        self.label = QLineEdit(label)
        named(self.label, tr("Criterion"))
        self.label.setPlaceholderText(tr("As the insurer's policy words it"))
        self.source = QLineEdit(source)
        named(self.source, tr("Source"))
        self.source.setPlaceholderText(tr("The policy: its name, number and date"))
        self.form.addRow(tr("Criterion"), self.label)
        self.form.addRow(tr("Source"), self.source)
        self.finish()
        self.label.textChanged.connect(self.update_ready)

    def missing(self) -> str:
        return "" if self.label.text().strip() else tr("Write the criterion as the policy says it.")


class LinkEvidenceDialog(_Form):
    """Which document meets the criterion, on which page, and what on it."""

    def __init__(self, criterion: str, documents: Sequence[DocumentLabel], parent: QWidget | None = None):
        super().__init__(tr("Link the evidence"), parent)
        self.document = QComboBox()
        named(self.document, tr("Document"))
        for document in documents:
            day = document.date.isoformat() if document.date else tr("undated")
            self.document.addItem(f"{document.title} ({day})", document.id)
        self.page = QSpinBox()
        named(self.page, tr("Page"))
        self.page.setRange(0, 9999)
        self.page.setSpecialValueText(tr("the whole document"))
        self.note = QLineEdit()
        named(self.note, tr("What on it meets the criterion"))
        self.form.addRow(tr("Criterion"), QLineEdit(criterion, readOnly=True))
        self.form.addRow(tr("Document"), self.document)
        self.form.addRow(tr("Page"), self.page)
        self.form.addRow(tr("What it shows"), self.note)
        self.finish()

    def missing(self) -> str:
        return "" if self.document.count() else tr("Import the document first: there is none in this case.")

    def chosen(self) -> tuple[int, int | None, str]:
        page = self.page.value()
        return int(self.document.currentData()), page or None, self.note.text()

"""Write a letter from the case: pick a template, fill what only the person knows, read and edit the text
beside a live preview, then keep it in the vault (it joins the packet) or save it as a PDF.

The dialog draws nothing from the vault itself: ``draft`` (the action's) returns the letter for a template
and the fields typed so far. A required field still blank shows in the text as ``[missing: …]``; Save stays
off until none is left, and says which are.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.domain.letters import LetterTemplate, markers_in
from casebinder.ui.i18n import tr
from casebinder.ui.theme import warning_colour
from casebinder.usecases.letters import Draft

DraftFunction = Callable[[str, dict[str, str]], Draft]


class LetterDialog(QDialog):
    save_requested = Signal()  # keep it in the vault
    pdf_requested = Signal()  # write it as a PDF where the person chooses

    PREVIEW_DELAY_MS = 250  # the preview follows the typing, not every key

    def __init__(
        self,
        templates: Sequence[LetterTemplate],
        draft: DraftFunction,
        template_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Write a letter").format(APP_NAME=APP_NAME))
        self._draft_for = draft
        self._templates = list(templates)
        self._typed: dict[str, str] = {}  # what the person wrote, kept across templates
        self._inputs: dict[str, QLineEdit] = {}
        self._drafted_text = ""  # the text as last drafted: anything else is the person's edit
        self.draft: Draft | None = None
        self._fields_waiting = False  # a field typed after the text was edited: not in the text yet

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(tr("Letter"))
        for template in self._templates:
            self.template.addItem(template.title, template.id)
        chooser = QLabel(tr("&Letter:"))
        chooser.setBuddy(self.template)
        top.addWidget(chooser)
        top.addWidget(self.template, 1)
        layout.addLayout(top)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("What only you know (kept for this case's letters):")))
        self.fields_widget = QWidget()
        self.fields = QFormLayout(self.fields_widget)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each field the panel's width
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("What only you know"))
        scroll.setWidget(self.fields_widget)
        left_layout.addWidget(scroll, 1)
        self.status = QLabel()
        self.status.setObjectName("letter_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("What the letter still needs"))
        left_layout.addWidget(self.status)
        self.redraft = QPushButton(tr("&Redraft from the case"))
        self.redraft.setToolTip(
            tr("Fill the letter again from the case and the fields: your edits are replaced")
        )
        self.redraft.clicked.connect(self._redraft)
        left_layout.addWidget(self.redraft)
        splitter.addWidget(left)

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("The letter's text (Markdown)"))
        self.text.textChanged.connect(self._text_changed)
        splitter.addWidget(self.text)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Preview"))
        self.preview.setOpenLinks(False)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 360, 380])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save to the case"))
        self.save_button.setToolTip(tr("Keep it as a document of the case: it joins the packet"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.pdf_button = QPushButton(tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.pdf_requested.emit)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(self.PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._show_preview)
        self._field_timer = QTimer(self)
        self._field_timer.setSingleShot(True)
        self._field_timer.setInterval(self.PREVIEW_DELAY_MS)
        self._field_timer.timeout.connect(self._fields_changed)

        if template_id is not None:
            index = self.template.findData(template_id)
            self.template.setCurrentIndex(max(0, index))
        self.template.currentIndexChanged.connect(lambda _index: self._template_changed())
        self.resize(1000, 680)
        self._template_changed()

    # --- what the action reads -------------------------------------------------------------------------
    def template_id(self) -> str:
        return str(self.template.currentData())

    def asked_values(self) -> dict[str, str]:
        return {name: box.text() for name, box in self._inputs.items()}

    def letter_text(self) -> str:
        return self.text.toPlainText()

    def edited(self) -> bool:
        return self.letter_text() != self._drafted_text

    # --- drafting --------------------------------------------------------------------------------------
    def _template_changed(self) -> None:
        self._typed |= self.asked_values()
        template = next(t for t in self._templates if t.id == self.template_id())
        self.description.setText(template.description)
        draft = self._draft_for(template.id, self._typed)
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self._inputs = {}
        for field, value in draft.asked:
            box = QLineEdit(self._typed.get(field.name) or value)
            box.setPlaceholderText(field.fill)
            box.setToolTip(field.fill)
            box.setAccessibleName(field.label)
            box.textEdited.connect(lambda _text: self._field_timer.start())
            label = field.label[0].upper() + field.label[1:]
            if field.name in template.required:
                label += " *"
            self.fields.addRow(label, box)
            self._inputs[field.name] = box
        self._set_draft(draft)

    def _fields_changed(self) -> None:
        """A field typed: redraft, unless the person has edited the text (then Redraft is theirs to press)."""
        self._typed |= self.asked_values()
        if self.edited():
            self._fields_waiting = True
            self._update_status()
            return
        self._redraft()

    def _redraft(self) -> None:
        self._typed |= self.asked_values()
        self._set_draft(self._draft_for(self.template_id(), self._typed))

    def _set_draft(self, draft: Draft) -> None:
        self.draft = draft
        self._fields_waiting = False
        self._drafted_text = draft.text
        self.text.setPlainText(draft.text)
        self._show_preview()

    def _text_changed(self) -> None:
        self._update_status()
        self._preview_timer.start()

    def _show_preview(self) -> None:
        shown = self.letter_text()
        for label in markers_in(shown):
            marker = f"[missing: {label}]"
            shown = shown.replace(marker, f"**{marker}**")
        position = self.preview.verticalScrollBar().value()
        self.preview.setMarkdown(shown)
        self.preview.verticalScrollBar().setValue(position)
        self._update_status()

    def _update_status(self) -> None:
        left = markers_in(self.letter_text())
        lines: list[str] = []
        if left:
            lines.append(
                tr("Still blank: {fields}. Fill them in the fields, or in the text.").format(
                    fields=", ".join(left)
                )
            )
        if self.draft is not None:
            lines += list(self.draft.notes)
        if self._fields_waiting:
            lines.append(
                tr("You edited the text: press Redraft to put the fields in (your edits are replaced).")
            )
        self.status.setText("\n".join(lines) or tr("Ready: read it through, then save it."))
        colour = warning_colour() if left else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.save_button.setEnabled(not left and bool(self.letter_text().strip()))
        self.pdf_button.setEnabled(not left and bool(self.letter_text().strip()))

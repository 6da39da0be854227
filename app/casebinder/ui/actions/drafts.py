"""Writing a letter from the case: draft it as the fields are typed, keep what the person wrote, save the
letter into the vault (it joins the packet, an appeal letter first) or as a PDF where they choose."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.letter_dialog import LetterDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import letters
from casebinder.usecases.changes import Changes

if TYPE_CHECKING:
    from casebinder.vault import Vault


class DraftActions(Area):
    @uses("letter.list", "letter.draft")
    def write(self, template_id: str | None = None) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        vault = self.session.vault

        def draft(template: str, asked: dict[str, str]) -> letters.Draft:
            return letters.draft_letter(vault, case_id, template, asked)

        dialog = LetterDialog(letters.list_letters(), draft, template_id, self.window)
        dialog.save_requested.connect(lambda: self._save(dialog, case_id))
        dialog.pdf_requested.connect(lambda: self._save_pdf(dialog, case_id))
        dialog.open()
        self.dialog = dialog

    @uses("letter.fields", "letter.save")
    def _save(self, dialog: LetterDialog, case_id: int) -> None:
        template_id, text, asked = dialog.template_id(), dialog.letter_text(), dialog.asked_values()
        title = dialog.draft.title if dialog.draft is not None else None

        def work(vault: "Vault") -> Changes:
            letters.set_letter_fields(vault, case_id, asked)
            return letters.save_letter(vault, case_id, template_id, text, title)

        def saved(changes: Changes) -> None:
            dialog.accept()
            document = changes.record
            message = tr("Saved “{title}” as a document of the case.").format(title=document.title)
            if document.kind.value == "appeal-letter":
                message += " " + tr("It is the packet's first exhibit.")
            self.window.statusBar().showMessage(message, 8000)

        dialog.save_button.setEnabled(False)
        self.session.write(work, None, saved, lambda error: self._failed(dialog, error))

    def _failed(self, dialog: LetterDialog, error: BaseException) -> None:
        dialog.save_button.setEnabled(True)
        self.show_refusal(dialog, error)

    @uses("letter.fields", "letter.render")
    def _save_pdf(self, dialog: LetterDialog, case_id: int) -> None:
        title = dialog.draft.title if dialog.draft is not None else dialog.template_id()
        import datetime as dt

        suggested = str(Path.home() / f"{title} {dt.date.today().isoformat()}.pdf")
        name, _ = QFileDialog.getSaveFileName(
            dialog, tr("Save the letter as a PDF"), suggested, tr("PDF (*.pdf)")
        )
        if not name:
            return
        self.write_pdf(dialog, case_id, Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def write_pdf(self, dialog: LetterDialog, case_id: int, destination: Path) -> None:
        text, asked = dialog.letter_text(), dialog.asked_values()
        title = dialog.draft.title if dialog.draft is not None else dialog.template_id()

        def work(vault: "Vault") -> Path:
            letters.set_letter_fields(vault, case_id, asked)
            return letters.write_letter(text, title, destination)

        def written(path: Path) -> None:
            self.window.statusBar().showMessage(
                tr("The letter was written to {path}.").format(path=path), 8000
            )

        def refused(error: BaseException) -> None:
            self.show_refusal(dialog, error)

        self.session.write(work, Changes(case_id=case_id), written, refused)

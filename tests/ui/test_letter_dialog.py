"""Writing a letter in the app: the fields fill it as they are typed, blanks keep Save off, edits are the
person's own, and the saved letter is a document of the case."""

from pytestqt.qtbot import QtBot

from casebinder.domain.enums import DocumentKind
from casebinder.ui.dialogs.letter_dialog import LetterDialog
from casebinder.ui.main_window import MainWindow
from casebinder.usecases.cases import CaseEdit, edit_case
from casebinder.usecases.documents import list_documents
from casebinder.usecases.letters import draft_letter


def open_letter(window: MainWindow, template: str) -> LetterDialog:
    edit = CaseEdit(procedure="Upper-eyelid blepharoplasty", insurer="Evergreen", member_id="EVG-1")
    edit_case(window.session.vault, window.case_id or 0, edit)
    window.write_letter_action.trigger()
    dialog = window.draft_actions.dialog
    assert isinstance(dialog, LetterDialog)
    dialog.template.setCurrentIndex(dialog.template.findData(template))
    return dialog


def test_typing_a_field_fills_the_letter_and_opens_save(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_letter(window, "lmn-request")
    assert "[missing: doctor's name]" in dialog.letter_text()
    assert not dialog.save_button.isEnabled()
    assert "doctor's name" in dialog.status.text()
    box = dialog._inputs["doctor_name"]
    qtbot.keyClicks(box, "Dr. Priya Raman")
    qtbot.waitUntil(lambda: "Dear Dr. Priya Raman," in dialog.letter_text())
    qtbot.waitUntil(lambda: "Dr. Priya Raman" in dialog.preview.toPlainText())
    assert dialog.save_button.isEnabled()

    before = {d.id for d in list_documents(window.session.vault, window.case_id or 0)}
    dialog.save_button.click()
    after = list_documents(window.session.vault, window.case_id or 0)
    [saved] = [d for d in after if d.id not in before]
    assert saved.media_type == "application/pdf"
    assert saved.kind is DocumentKind.OTHER
    assert "letter of medical necessity" in saved.title.lower()
    assert not dialog.isVisible()
    # the doctor's name is kept for the case's next letter
    assert (
        "Dear Dr. Priya Raman," in draft_letter(window.session.vault, window.case_id or 0, "lmn-request").text
    )


def test_an_edited_text_is_not_redrafted_under_the_person(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_letter(window, "lmn-request")
    dialog.text.setPlainText(
        dialog.letter_text().replace("[missing: doctor's name]", "Dr. Who") + "\nP.S. mine"
    )
    assert dialog.save_button.isEnabled()  # the marker was typed over in the text
    qtbot.keyClicks(dialog._inputs["doctor_name"], "Dr. Raman")
    qtbot.waitUntil(lambda: "Redraft" in dialog.status.text())
    assert "P.S. mine" in dialog.letter_text()  # kept until the person asks for a redraft
    dialog.redraft.click()
    assert "P.S. mine" not in dialog.letter_text()
    assert "Dear Dr. Raman," in dialog.letter_text()
    dialog.reject()

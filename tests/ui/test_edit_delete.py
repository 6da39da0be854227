"""Correcting and deleting in the app: the same use cases as the CLI, a question before anything goes (No is
the default), and Edit ▸ Undo that puts the last deletion back."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from casebinder.ui.dialogs.record_dialogs import CaseDialog, LogCallDialog
from casebinder.ui.main_window import MainWindow
from casebinder.usecases.calls import list_calls
from casebinder.usecases.cases import list_cases
from casebinder.usecases.documents import list_documents


class Answers:
    """QMessageBox.question answered in turn; records what was asked and which button was the default."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.defaults: list[QMessageBox.StandardButton] = []
        self._answers = list(answers)

        def question(_parent: object, _title: str, text: str, _buttons: object, default: object) -> object:
            self.asked.append(text)
            self.defaults.append(default)  # type: ignore[arg-type]
            return self._answers.pop(0)

        monkeypatch.setattr(QMessageBox, "question", question)


def _menu(window: MainWindow, title: str) -> QMenu:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title]
    assert isinstance(menu, QMenu)
    return menu


def test_deleting_a_document_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, case_id = window.session.vault, window.case_id
    assert case_id is not None
    page = window.documents
    titles = {d.title for d in list_documents(vault, case_id)}
    page.table.selectRow(0)
    chosen = page.current_document()
    assert chosen is not None
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)

    page.buttons["delete_document"].click()
    assert {d.title for d in list_documents(vault, case_id)} == titles, "No keeps it"
    assert answers.defaults == [QMessageBox.StandardButton.No], "Enter never deletes"
    assert chosen.title in answers.asked[0]

    page.buttons["delete_document"].click()
    assert {d.title for d in list_documents(vault, case_id)} == titles - {chosen.title}
    assert page.model.rowCount() == len(titles) - 1, "the view followed"
    undo = window.undo_action
    assert undo.isEnabled()
    assert chosen.title in undo.text()

    undo.trigger()
    assert {d.title for d in list_documents(vault, case_id)} == titles
    assert page.model.rowCount() == len(titles)
    assert not undo.isEnabled(), "one deletion, one undo"


def test_editing_and_deleting_a_call(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, case_id = window.session.vault, window.case_id
    assert case_id is not None
    window.calls.table.selectRow(0)
    window.calls.buttons["edit_call"].click()
    dialog = window.call_actions.dialog
    assert isinstance(dialog, LogCallDialog)
    assert dialog.reference.text() == "CS-78022915", "opens filled in"
    dialog.rep_name.setText("Marcus T.")
    dialog.accept()
    [call] = list_calls(vault, case_id)
    assert call.rep_name == "Marcus T."
    assert call.reference_number == "CS-78022915"

    Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    window.calls.table.selectRow(0)
    window.calls.buttons["delete_call"].click()
    assert list_calls(vault, case_id) == []
    window.undo_action.trigger()
    assert [c.rep_name for c in list_calls(vault, case_id)] == ["Marcus T."]


def test_editing_a_case_and_deleting_it_with_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = window.session.vault
    [summary] = list_cases(vault)
    edit = next(a for a in _menu(window, "Case").actions() if a.text().startswith("&Edit the case"))
    edit.trigger()
    dialog = window.case_actions.dialog
    assert isinstance(dialog, CaseDialog)
    assert dialog.windowTitle().endswith("Edit the case")
    dialog.insurer.setText("Acme Health")
    dialog.member_id.setText("EVG-4471")
    dialog.accept()
    [edited] = list_cases(vault)
    assert (edited.case.insurer, edited.case.member_id) == ("Acme Health", "EVG-4471")
    assert "Acme Health" in window.header.text()

    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    delete = next(a for a in _menu(window, "Case").actions() if a.text().startswith("&Delete the case"))
    delete.trigger()
    assert "It holds 2 documents, 1 call and" in answers.asked[0]
    assert list_cases(vault) == []
    window.undo_action.trigger()
    [back] = list_cases(vault)
    assert back.case.insurer == "Acme Health"
    assert back.documents == summary.documents
    assert back.calls == summary.calls


def test_the_vault_menu_offers_check_change_passphrase_forget_and_other_vaults(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in _menu(window, "Vault").actions() if not a.isSeparator()]
    assert texts == [
        "Lock now",
        "Check the vault…",
        "Change the passphrase…",
        "Forget it on this computer",
        "Open another vault…",
        "Recent vaults",
        "Create a new vault…",
        "Back up now",
        "Backups…",
        "Rescue a damaged vault…",
        "Share this case with a caregiver…",
        "Receive a shared case…",
    ]


def test_changing_the_passphrase_waits_for_the_new_recovery_key(qtbot: QtBot, window: MainWindow) -> None:
    """Cancel at the new key changes nothing; confirming it re-keys, and that key opens the vault."""
    from casebinder.ui.dialogs.vault_dialogs import RecoveryKeyDialog
    from casebinder.vault.keys import parse_recovery_key
    from casebinder.vault.vault import _opens_with

    vault = window.session.vault
    old_key = vault.raw_key
    for confirm in (False, True):
        window.vault_actions.change_passphrase()
        dialog = window.vault_actions.dialog
        dialog.passphrase.setText("a new long passphrase")
        dialog.repeat.setText("a new long passphrase")
        dialog.accept()
        qtbot.waitUntil(lambda: isinstance(window.vault_actions.dialog, RecoveryKeyDialog), timeout=10_000)
        keys = window.vault_actions.dialog
        assert isinstance(keys, RecoveryKeyDialog)
        shown = keys.findChild(QLabel, "recovery_key").text().replace(" ", "")
        assert str(vault.uuid) in keys.findChild(QLabel, "vault_id").text()
        if not confirm:
            keys.reject()
            qtbot.waitUntil(lambda: "not changed" in window.statusBar().currentMessage(), timeout=5000)
            assert vault.raw_key == old_key
            continue
        keys.confirm.setChecked(True)
        keys.accept()
        qtbot.waitUntil(lambda: "Passphrase changed" in window.statusBar().currentMessage(), timeout=10_000)
        assert vault.raw_key == parse_recovery_key(shown)
        assert _opens_with(vault.path, vault.raw_key)
        assert not _opens_with(vault.path, old_key)


def test_the_recovery_key_sheet_keeps_each_group_whole_and_copy_clears_itself(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from casebinder.ui.dialogs.vault_dialogs import RecoveryKeyDialog

    key = "B9T3-Q313-YX4T-M7EQ-P6JE-N3WD-EGCJ-JC6T-FGPV-XSBK-A2YD-9MGZ-9YWS-GS33"
    dialog = RecoveryKeyDialog(key, "Family", vault_id="0b9e7c1e-0000-4000-8000-000000000001")
    qtbot.addWidget(dialog)
    assert dialog.key_lines() == ["B9T3-Q313-YX4T-M7EQ-P6JE-N3WD-EGCJ", "JC6T-FGPV-XSBK-A2YD-9MGZ-9YWS-GS33"]
    out = tmp_path / "key.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    dialog._on_save_clicked()
    assert str(out) in dialog.saved_to.text(), "saving says where"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        for line in dialog.key_lines():
            assert line in text, "each half of the key is on one line of the sheet"
    dialog.CLIPBOARD_SECONDS = 0
    dialog.findChild(QPushButton, "copy_recovery_key").click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == key
    qtbot.waitUntil(lambda: clipboard.text() != key, timeout=5000)


def test_import_and_log_a_call_wait_for_a_case(window: MainWindow) -> None:
    assert window.import_action.isEnabled()
    window.show_case(None)
    assert not window.import_action.isEnabled()
    assert not window.log_call_action.isEnabled()


def test_a_follow_up_is_marked_done_from_the_case_menu(qtbot: QtBot, window: MainWindow) -> None:
    def rows() -> list[str]:
        return [window.deadlines.topLevelItem(i).text(0) for i in range(window.deadlines.topLevelItemCount())]

    assert any("Follow up on call with Marcus" in r for r in rows())
    assert any("overdue" in r for r in rows() if "Marcus" in r), "the missed follow-up shows, overdue"
    window.tabs.setCurrentWidget(window.calls)
    assert window.calls.select_where(lambda c: getattr(c, "rep_name", "") == "Marcus")
    [action] = [
        a for a in _menu(window, "Case").actions() if a.text().replace("&", "").startswith("Follow-up done")
    ]
    action.trigger()
    qtbot.waitUntil(lambda: not any("Marcus" in r for r in rows()), timeout=5000)


def test_forms_say_what_they_need_as_the_user_types(qtbot: QtBot) -> None:
    """Save stays disabled with the reason beside it, and comes alive as the field is filled."""
    from PySide6.QtWidgets import QDialogButtonBox

    from casebinder.ui.dialogs.medical_dialogs import CostDialog

    case = CaseDialog(["Harold Mendes"])
    qtbot.addWidget(case)
    save = case.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    why = case.findChild(QLabel, "save_reason")
    assert not save.isEnabled()
    assert why.text() == "Give the case a title, such as what was denied."
    qtbot.keyClicks(case.title, "Eyelids")
    assert save.isEnabled()
    assert why.text() == ""

    cost = CostDialog(documents=[])
    qtbot.addWidget(cost)
    assert cost.why.text().startswith("Describe the cost")
    qtbot.keyClicks(cost.description, "Copay")
    assert cost.why.text().startswith("Write the amount")
    qtbot.keyClicks(cost.amount, "45.00")
    assert cost.why.text() == ""
    assert cost.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popups: no raise, no grab
def test_a_procedure_is_found_by_any_word_of_it(qtbot: QtBot) -> None:
    """A person types the word they know ("bleph", "migraine"); the template list offers the labels that
    hold it, and a label typed in full, in any case, links the case to its template (its criteria and
    checklist) rather than storing it as free words."""
    from PySide6.QtCore import Qt

    case = CaseDialog(["Harold Mendes"])
    qtbot.addWidget(case)
    finder = case.procedure.completer()
    qtbot.keyClicks(case.procedure.lineEdit(), "bleph")
    offered = [finder.completionModel().index(i, 0).data() for i in range(finder.completionCount())]
    assert offered == ["Upper-eyelid blepharoplasty / ptosis repair"]
    finder.popup().setCurrentIndex(finder.completionModel().index(0, 0))
    qtbot.keyClick(finder.popup(), Qt.Key.Key_Return)
    assert case.values()[1].procedure == "Upper-eyelid blepharoplasty / ptosis repair"

    case.procedure.setEditText("botox for chronic MIGRAINE")
    assert case.values()[1].procedure == "Botox for chronic migraine"
    case.procedure.setEditText("Botox, my own words")
    assert case.values()[1].procedure == "Botox, my own words"

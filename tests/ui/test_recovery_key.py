"""The recovery key dialog, by keyboard alone: Esc asks before skipping a key that is never shown again."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from casebinder.ui.dialogs.vault_dialogs import RecoveryKeyDialog

KEY = "B9T3-Q313-YX4T-M7EQ-P6JE-N3WD-EGCJ-JC6T-FGPV-XSBK-A2YD-9MGZ-9YWS-GS33"


def _answer_when_asked(answer: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Once the question box is up (the event loop turned into its exec), note its text and answer it."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(answer).click()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_esc_asks_before_skipping_the_key_and_no_keeps_it_on_screen(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY, "Family", vault_id="0b9e7c1e-0000-4000-8000-000000000001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked, "Esc asked first"
    assert "will not be shown again" in asked[0]
    assert dialog.isVisible(), "No keeps the key on screen"
    assert dialog.result() == 0

    _answer_when_asked(QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert not dialog.isVisible(), "Yes skips it, knowingly"


def test_once_the_key_is_kept_esc_closes_without_asking(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY, "Family")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

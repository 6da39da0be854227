"""Vault ▸ Open another vault, Recent vaults and Create a new vault: a caregiver moves between a parent's
vault and their own without quitting; this one locks as Lock now does, and Cancel comes back to it."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from casebinder.ui.app import AppController
from casebinder.ui.dialogs.unlock import UnlockDialog
from casebinder.ui.dialogs.vault_dialogs import CreateVaultDialog
from casebinder.ui.main_window import MainWindow
from casebinder.vault import Vault
from tests.conftest import PASSPHRASE

OTHER_PASSPHRASE = "a parent's own four words"


def _unlock(qtbot: QtBot, controller: AppController, path: Path, passphrase: str) -> MainWindow:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    assert path.stem in dialog.windowTitle()
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.unlock_button.click()
    assert controller.window is not None
    return controller.window


def test_open_another_then_come_back_through_recent_vaults(
    qtbot: QtBot, controller: AppController, window: MainWindow, tmp_path: Path
) -> None:
    first = window.session.vault.path
    other = tmp_path / "Dad's papers.casebinder"
    created, _key = Vault.create(other, OTHER_PASSPHRASE)
    created.close()

    window.switch_requested.emit(other)  # Vault ▸ Open another vault…, the file chosen
    assert not window.isVisible(), "this vault locked first"
    second = _unlock(qtbot, controller, other, OTHER_PASSPHRASE)
    assert "Dad's papers" in second.windowTitle()
    assert controller.settings.recent_vaults[:2] == [other, first]

    second._fill_recent_vaults()
    [back] = [a for a in second.recent_menu.actions() if a.isEnabled()]
    assert first.stem in back.text(), "the other vault is listed, not this one"
    back.trigger()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    assert first.stem in dialog.windowTitle()
    dialog.reject()  # Cancel: back to the vault that was open, the app goes on
    returned = controller.dialog
    assert isinstance(returned, UnlockDialog)
    assert other.stem in returned.windowTitle()
    _unlock(qtbot, controller, other, OTHER_PASSPHRASE)
    assert controller.window is not None

    controller.window.switch_requested.emit(first)
    again = _unlock(qtbot, controller, first, PASSPHRASE)
    assert again.case_id is not None, "the first vault's case is back"


def test_create_a_new_vault_from_the_menu_and_cancel_back(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    here = window.session.vault.path
    window.switch_requested.emit(None)  # Vault ▸ Create a new vault…
    create = controller.dialog
    assert isinstance(create, CreateVaultDialog)
    create.reject()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog), "cancelled: this vault's unlock dialog, not the end of the app"
    assert here.stem in dialog.windowTitle()


def test_a_single_remembered_vault_reads_back_as_a_list(controller: AppController, tmp_path: Path) -> None:
    settings = controller.settings
    settings.remember_recent(tmp_path / "a.casebinder")
    settings.sync()
    assert settings.recent_vaults == [tmp_path / "a.casebinder"]
    for name in "bcdefgh":
        settings.remember_recent(tmp_path / f"{name}.casebinder")
    assert len(settings.recent_vaults) == settings.RECENT
    assert settings.recent_vaults[0] == tmp_path / "h.casebinder"

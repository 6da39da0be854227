"""GUI fixtures: a real vault on disk, the real controller and windows, offscreen."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casebinder.ui.app import AppController
from casebinder.ui.i18n import install_translations
from casebinder.ui.main_window import MainWindow
from casebinder.ui.settings import Settings
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.vault import Vault
from tests import inputs
from tests.conftest import VaultTemplate
from tests.helpers import new_case


@pytest.fixture(autouse=True, scope="session")
def _catalogues(qapp: QApplication) -> None:
    """The catalogues the app loads at start (English plural forms: "1 day", "3 days"), as run_gui does;
    once: installing one sends every widget a LanguageChange event."""
    install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def _no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """Each test's windows and dialogs are deleted after it, not just hidden: thousands of leftover widgets
    made every later test slower (each event that visits all widgets, each translator installed)."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.hide()  # not close(): a dialog that asks before closing (the recovery key) would wait
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def filled_vault(vault_file: Path, vault_template: VaultTemplate, tmp_path: Path) -> Path:
    """A vault with one case: two documents and a call."""
    import datetime as dt

    with Vault.open(vault_file, key=vault_template.key) as vault:
        case_id = new_case(vault, person="Harold Mendes", title="Eyelid surgery denied")
        (tmp_path / "visual field test.pdf").write_bytes(inputs.text_pdf("Visual field test", pages=3))
        (tmp_path / "denial.txt").write_text("Denied as cosmetic.")
        list(
            import_files(
                vault, case_id, [tmp_path / "visual field test.pdf", tmp_path / "denial.txt"], ImportOptions()
            )
        )
        add_call(
            vault,
            case_id,
            CallFields(
                at=dt.datetime(2026, 10, 16, 14, 40),
                rep_name="Marcus",
                reference_number="CS-78022915",
                follow_up=dt.date(2026, 10, 30),
            ),
        )
    return vault_file


@pytest.fixture
def controller(qtbot: QtBot, settings: Settings) -> Iterator[AppController]:
    app_controller = AppController(settings, threaded=False)
    yield app_controller
    if app_controller.window is not None:
        app_controller.window.close()
    app_controller.shutdown()


@pytest.fixture
def window(
    qtbot: QtBot, controller: AppController, filled_vault: Path, vault_template: VaultTemplate
) -> MainWindow:
    controller.show_main(Vault.open(filled_vault, key=vault_template.key))
    assert controller.window is not None  # closed by the controller fixture (locking deletes windows)
    return controller.window

"""The interim window the demo opens: it unlocks a vault and shows each case's timeline."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from casebinder.services.calls import CallFields, add_call
from casebinder.ui.app import PlaceholderWindow
from casebinder.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers import new_case


def test_window_lists_cases_and_timeline(qtbot: QtBot, vault_file: Path, vault_template: object) -> None:
    import datetime as dt

    with Vault.unlock(vault_file, PASSPHRASE) as vault:
        case_id = new_case(vault, person="Harold Mendes", title="Eyelid surgery")
        add_call(
            vault,
            case_id,
            CallFields(at=dt.datetime(2026, 1, 5, 9, 0), rep_name="Dana", reference_number="CS-1"),
        )
    window = PlaceholderWindow(vault_file, PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Casebinder")
    assert window._cases.count() == 1
    assert "Harold Mendes" in window._cases.item(0).text()
    assert window._events.count() == 1
    assert "CS-1" in window._events.item(0).text()
    with Vault.unlock(vault_file, PASSPHRASE):
        pass  # the window released the vault after reading it

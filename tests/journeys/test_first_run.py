"""The first hour, through the app's real entry point (``run_gui``, and the console script under Xvfb).

Widget tests drive one dialog at a time; these start the program the way a person does and follow the flow
from dialog to dialog, which is where "the first run quits" hid: closing Welcome used to fire Qt's
lastWindowClosed before the next dialog showed, and the app quit with nothing on screen.
"""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from casebinder.ui.app import run_gui
from tests.conftest import PASSPHRASE, VaultTemplate
from tests.journeys.driver import Journey, Step, titled

NEW_PASSPHRASE = "four words make strength"


def _click(name: str):
    def act(widget: QWidget) -> None:
        from PySide6.QtWidgets import QAbstractButton

        button = widget.findChild(QAbstractButton, name)
        assert button is not None, f"no button {name} in {widget.windowTitle()}"
        button.click()

    return act


def _fill_create(location: Path):
    def act(dialog: QWidget) -> None:
        dialog.location.setText(str(location))  # type: ignore[attr-defined]
        dialog.passphrase.setText(NEW_PASSPHRASE)  # type: ignore[attr-defined]
        dialog.repeat.setText(NEW_PASSPHRASE)  # type: ignore[attr-defined]
        dialog.create_button.click()  # type: ignore[attr-defined]

    return act


def _confirm_recovery_key(dialog: QWidget) -> None:
    dialog.confirm.setChecked(True)  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]


def _quit(_window: QWidget) -> None:
    QApplication.quit()


def _main_window(widget: QWidget) -> bool:
    from casebinder.ui.main_window import MainWindow

    return isinstance(widget, MainWindow)


def _run(journey: Journey, **kwargs: object) -> int:
    journey.start()
    try:
        code = run_gui(**kwargs)  # type: ignore[arg-type]
    finally:
        journey.stop()
    assert not journey.failure, journey.failure
    assert not journey.steps, f"the app ended before {journey.steps[0].name}; windows seen: {journey.seen}"
    return code


def test_first_run_create_a_vault_reaches_the_main_window(qtbot: QtBot, tmp_path: Path) -> None:
    location = tmp_path / "My cases.casebinder"
    journey = Journey(
        [
            Step("welcome", titled("Casebinder — Welcome"), _click("welcome_create")),
            Step("create", titled("Casebinder — Create a vault"), _fill_create(location)),
            Step("recovery key", titled("Casebinder — Your recovery key"), _confirm_recovery_key),
            Step("main window", _main_window, _quit),
        ]
    )
    assert _run(journey) == 0
    assert location.is_file()


def test_first_run_explore_the_demo_reaches_the_main_window(qtbot: QtBot) -> None:
    journey = Journey(
        [
            Step("welcome", titled("Casebinder — Welcome"), _click("welcome_demo")),
            Step("main window", _main_window, _quit),
        ]
    )
    assert _run(journey) == 0


def test_first_run_open_an_existing_vault_reaches_the_main_window(
    qtbot: QtBot, vault_file: Path, vault_template: VaultTemplate
) -> None:
    def choose_file(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QLineEdit

        assert isinstance(dialog, QFileDialog)
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")  # what a person types the path into
        assert name_box is not None
        name_box.setText(str(vault_file))
        dialog.accept()

    def unlock(dialog: QWidget) -> None:
        dialog.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
        dialog.unlock_button.click()  # type: ignore[attr-defined]

    journey = Journey(
        [
            Step("welcome", titled("Casebinder — Welcome"), _click("welcome_open")),
            Step("choose the file", lambda w: isinstance(w, QFileDialog), choose_file),
            Step("unlock", lambda w: isinstance(w, QDialog) and "Unlock" in w.windowTitle(), unlock),
            Step("main window", _main_window, _quit),
        ]
    )
    assert _run(journey) == 0

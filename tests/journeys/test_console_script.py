"""The console script a user runs, in its own process on a private X server, driven by keyboard alone."""

from pathlib import Path

import pytest

from tests.journeys.xserver import Desktop, finish, running, xvfb

PASSPHRASE = "four words make strength"


@pytest.mark.slow
def test_first_run_creates_a_vault_by_keyboard_and_reaches_the_main_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with xvfb() as display:
        desktop = Desktop(display)
        with running(desktop, home) as app:
            welcome = desktop.wait_for_window("Casebinder — Welcome")
            desktop.keys(welcome, "Return")  # "Create a new vault" is the default button
            create = desktop.wait_for_window("Casebinder — Create a vault")
            desktop.type(create, PASSPHRASE)  # the passphrase field has the focus
            desktop.keys(create, "Tab")
            desktop.type(create, PASSPHRASE)
            desktop.keys(create, "Return")
            key = desktop.wait_for_window("Casebinder — Your recovery key")
            desktop.keys(key, "space", "Return")  # "I have printed or saved it" has the focus; Continue
            main = desktop.wait_for_window("Casebinder — My cases")
            desktop.keys(main, "ctrl+q")
            code, _out, err = finish(app)
    assert code == 0, err[-3000:]
    assert (home / "My cases.casebinder").is_file()


@pytest.mark.slow
def test_first_run_explore_the_demo_reaches_the_main_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with xvfb() as display:
        desktop = Desktop(display)
        with running(desktop, home) as app:
            welcome = desktop.wait_for_window("Casebinder — Welcome")
            desktop.keys(welcome, "alt+e")  # &Explore the demo
            main = desktop.wait_for_window("Casebinder — Demo")
            desktop.keys(main, "ctrl+q")
            code, _out, err = finish(app)
    assert code == 0, err[-3000:]
    assert (home / "Demo.casebinder").is_file()


@pytest.mark.slow
def test_first_run_opens_an_existing_vault_and_the_next_start_asks_to_unlock_it(
    tmp_path: Path, vault_file: Path
) -> None:
    from tests.conftest import PASSPHRASE as VAULT_PASSPHRASE

    home = tmp_path / "home"
    with xvfb() as display:
        desktop = Desktop(display)
        with running(desktop, home) as app:
            welcome = desktop.wait_for_window("Casebinder — Welcome")
            desktop.keys(welcome, "alt+o")  # &Open an existing vault
            chooser = desktop.wait_for_window("Casebinder — Open a vault")
            desktop.type(chooser, str(vault_file))  # the file name box has the focus
            desktop.keys(chooser, "Return")
            unlock = desktop.wait_for_window("Casebinder — Unlock")
            desktop.type(unlock, VAULT_PASSPHRASE)
            desktop.keys(unlock, "Return")
            main = desktop.wait_for_window(f"Casebinder — {vault_file.stem}")
            desktop.keys(main, "ctrl+q")
            code, _out, err = finish(app)
        assert code == 0, err[-3000:]
        with running(desktop, home) as app:  # the next start goes straight to that vault's unlock dialog
            unlock = desktop.wait_for_window(f"Casebinder — Unlock {vault_file.stem}")
            desktop.keys(unlock, "Escape")
            code, _out, err = finish(app)
    assert code == 0, err[-3000:]


@pytest.mark.slow
def test_qt_options_reach_qt(tmp_path: Path) -> None:
    """Qt's own options go to Qt, not to our argument parser: with no DISPLAY in the environment, the window
    still appears on the X server named by ``-platform xcb -display``."""
    home = tmp_path / "home"
    with xvfb() as display:
        desktop = Desktop(display)
        options = ("-platform", "xcb", "-display", display, "-style", "fusion")
        with running(desktop, home, *options, env={"DISPLAY": "", "QT_QPA_PLATFORM": ""}) as app:
            welcome = desktop.wait_for_window("Casebinder — Welcome")
            desktop.keys(welcome, "Escape")  # leaving Welcome ends the app
            code, _out, err = finish(app)
    assert code == 0, err[-3000:]


def test_qt_arguments_are_split_from_ours() -> None:
    from casebinder.cli import split_qt_arguments

    given = "-style fusion --vault v.casebinder -platform=xcb -reverse case add --title Eyelid --style x"
    ours, qt = split_qt_arguments(given.split())
    assert ours == ["--vault", "v.casebinder", "case", "add", "--title", "Eyelid", "--style", "x"]
    assert qt == ["-style", "fusion", "-platform=xcb", "-reverse"]

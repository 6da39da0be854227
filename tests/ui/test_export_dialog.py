"""The Export dialog: reorder or untick exhibits, choose sections, export in the background."""

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casebinder.ui.main_window import MainWindow


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (installed by .ci/run)")
def test_export_dialog_writes_the_packet_in_the_chosen_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.export_action.trigger()
    dialog = window.appeal_actions.dialog
    exhibits = dialog.exhibits
    assert exhibits.count() == 2
    titles = [exhibits.item(i).text() for i in range(exhibits.count())]
    moved = exhibits.takeItem(1)
    exhibits.insertItem(0, moved)  # what a drag does
    dialog.sections["chronology"].setChecked(False)
    out = tmp_path / "packet.pdf"
    dialog.destination.setText(str(out))
    dialog.password.setText("")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.written is not None, timeout=30_000)
    assert dialog.show_folder.isEnabled()
    assert str(out) in dialog.status.text()
    outline = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert "Chronology" not in outline
    exhibit_titles = [t for t in outline if t.startswith("Exhibit")]
    assert exhibit_titles[0].startswith("Exhibit 1 - " + titles[1].split(" — ")[0])
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Page 1 of" in text
    item = exhibits.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert len(dialog.chosen()) == 1


def test_cancel_stops_the_export_and_writes_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.export_action.trigger()
    dialog = window.appeal_actions.dialog
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "packet.pdf"
    dialog.destination.setText(str(out))
    seen: list[int] = []

    def press_cancel_on_first_exhibit(value: int) -> None:
        seen.append(value)
        if value == 1:  # the first exhibit is being read: the user presses Cancel
            dialog.cancel.click()

    dialog.progress.valueChanged.connect(press_cancel_on_first_exhibit)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert 1 in seen, "stopped before the end"
    assert max(seen) < dialog.progress.maximum(), "stopped before the end"
    assert dialog.status.text() == "Cancelled: no packet was written."
    assert list(folder.iterdir()) == [], "no packet and no temporary file left behind"
    assert dialog.written is None
    assert dialog.export_button.isEnabled()
    assert dialog.cancel.text() == "Close"

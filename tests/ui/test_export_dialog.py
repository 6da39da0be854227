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


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (installed by .ci/run)")
def test_a_box_dragged_on_the_page_view_is_burnt_into_the_packet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint

    from casebinder.usecases.redactions import list_marks

    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.documents)
    preview = window.documents.preview
    with qtbot.waitSignal(preview.shown, timeout=30_000):
        assert window.documents.select_where(lambda d: d.media_type == "application/pdf")
    preview.redact.click()  # drawing mode
    picture = preview.pages.picture
    page = picture.page_rect()
    assert not page.isNull()
    start = QPoint(page.left() + page.width() // 10, page.top() + page.height() // 12)
    end = QPoint(page.left() + page.width() * 9 // 10, page.top() + page.height() // 6)
    qtbot.mousePress(picture, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(picture, end)
    qtbot.mouseRelease(picture, Qt.MouseButton.LeftButton, pos=end)
    assert window.case_id is not None
    case_id = window.case_id
    qtbot.waitUntil(lambda: len(list_marks(window.session.vault, case_id)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: picture.boxes != [], timeout=10_000)  # shown on the page, see-through
    [mark] = list_marks(window.session.vault, case_id)
    assert mark.page == 1
    assert 0.08 < mark.left < 0.12
    assert 0.88 < mark.right < 0.92

    window.export_action.trigger()
    dialog = window.appeal_actions.dialog
    assert dialog.redact_marks.isChecked()
    out = tmp_path / "boxed.pdf"
    dialog.destination.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.written is not None, timeout=30_000)
    assert "redaction boxes burnt in on Ex." in dialog.status.text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Visual field test Page 1." not in text, "the boxed page is a picture: its text is gone"
    assert "Visual field test Page 2." in text, "the other pages keep their text"

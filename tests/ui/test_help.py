"""Help ships with the app: the user guide (the README's, kept current) and every shortcut, by menu."""

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from casebinder.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def test_the_shipped_guide_is_the_readmes() -> None:
    check = subprocess.run(
        [sys.executable, str(REPO / "tools" / "guide_doc.py"), "--check"], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr


def test_help_opens_the_guide_and_lists_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.show_guide()
    guide = window.help_dialog
    text = guide.text.toPlainText()
    assert "Casebinder user guide" in text
    assert "Next steps" in text
    assert "docs/screenshots" not in text, "no pictures of the app inside the app"
    guide.find_box.setText("redaction")
    guide.find_box.returnPressed.emit()
    assert guide.text.textCursor().selectedText().lower() == "redaction"
    window.show_shortcuts()
    tree = window.shortcuts_dialog.tree
    rows = {
        tree.topLevelItem(i).child(j).text(0): tree.topLevelItem(i).child(j).text(1)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    }
    assert rows["Export a packet (PDF)"] == "Ctrl+E"
    assert rows["User guide"] == "F1"

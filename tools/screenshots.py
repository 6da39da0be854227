"""Take the README's screenshots under a real X server (Xvfb), as a user would see the windows.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

Builds a fresh demo vault in a temporary home, walks through the main screens, and grabs each window from
the X server into docs/screenshots/.
"""

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["CASEBINDER_HOME"] = tempfile.mkdtemp(prefix="casebinder-shots-")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def grab(app: QApplication, widget: QWidget, name: str) -> None:
    widget.raise_()
    widget.activateWindow()
    for _ in range(20):
        app.processEvents()
    screen = widget.screen() or app.primaryScreen()
    picture = screen.grabWindow(widget.winId())
    OUT.mkdir(parents=True, exist_ok=True)
    picture.save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / f'{name}.png'} ({picture.width()}x{picture.height()})")


def dark_theme(app: QApplication) -> None:
    """A dark desktop's palette (what a user with a dark theme gets), applied in place: the app's own."""
    from casebinder.ui.theme import dark_palette

    app.setPalette(dark_palette())


def main() -> int:
    import faulthandler

    faulthandler.dump_traceback_later(60, exit=True)  # a hung window fails loudly instead of silently
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from PySide6.QtCore import QLocale

    from casebinder.ui.i18n import install_translations

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(us)  # the README's screens are a US user's, whatever this machine's locale
    install_translations(app, us)
    from casebinder.ui.app import AppController
    from casebinder.ui.dialogs.record_dialogs import LogCallDialog
    from casebinder.ui.dialogs.unlock import UnlockDialog
    from casebinder.ui.dialogs.vault_dialogs import WelcomeDialog
    from casebinder.ui.settings import Settings
    from casebinder.usecases.demo import build_demo

    demo = build_demo(Path(os.environ["CASEBINDER_HOME"]) / "Demo.casebinder")
    demo.vault.close()
    controller = AppController(Settings())
    steps: list[Callable[[], None]] = []

    def welcome() -> None:
        dialog = WelcomeDialog()
        dialog.show()
        grab(app, dialog, "welcome")
        dialog.close()

    def unlock() -> None:
        dialog = UnlockDialog(demo.vault.path)
        dialog.show()
        dialog.passphrase.setText("demo passphrase")
        dialog.show_keychain_state()
        grab(app, dialog, "unlock")
        dialog.close()

    def timeline() -> None:
        controller.start(demo.vault.path, demo.passphrase)
        window = controller.window
        assert window is not None
        window.resize(1280, 800)
        window.move(20, 20)
        grab(app, window, "main-next-steps")  # a case opens on what to do next
        window.resize(1024, 768)
        grab(app, window, "main-next-steps-1024")
        dark_theme(app)
        window.recolour()  # as Preferences ▸ Appearance does
        grab(app, window, "main-next-steps-dark")
        app.setPalette(app.style().standardPalette())
        window.recolour()
        window.resize(1280, 800)
        window.tabs.setCurrentWidget(window.timeline)
        window.timeline.table.selectRow(9)
        grab(app, window, "main-timeline")
        window.resize(1024, 768)  # the smallest screen the app is made for
        grab(app, window, "main-timeline-1024")
        dark_theme(app)
        window.recolour()
        grab(app, window, "main-timeline-dark")
        app.setPalette(app.style().standardPalette())
        window.recolour()
        window.resize(1280, 800)

    def documents() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.documents)
        window.documents.select_where(lambda d: d.title.startswith("Visual field"))
        QTimer.singleShot(600, lambda: (grab(app, window, "main-documents"), next_step()))

    def call_dialog() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.calls)
        grab(app, window, "main-calls")
        window.call_actions.log()
        dialog = window.call_actions.dialog
        assert isinstance(dialog, LogCallDialog)
        dialog.with_whom.setText("Evergreen appeals unit")
        dialog.rep_name.setText("Teresa")
        dialog.reference.setText("AP-10449871")
        dialog.summary.setPlainText("Asked for the status of the reconsideration.")
        dialog.promised.setPlainText("Decision by mail within 30 days of receipt.")
        grab(app, dialog, "log-a-call")
        dialog.reject()
        backups_dialog(window)

    def backups_dialog(window: Any) -> None:
        folder = Path(tempfile.mkdtemp(prefix="casebinder-shots-")) / "USB stick" / "Casebinder backups"
        folder.mkdir(parents=True)
        window.settings.backup_folder = folder
        window.session.vault.backup(folder)  # one copy, so the list and the status are not empty
        window.backups.show_status()
        window.vault_actions.manage_backups()
        grab(app, window.vault_actions.dialog, "backups")
        window.vault_actions.dialog.reject()
        window.settings.backup_folder = None

    def search() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.timeline)
        window.search_box.setText("visual field")
        window.search_actions.run("visual field")  # on the reader lane: shown when the hits arrive

        def when_found() -> None:
            if window.results.topLevelItemCount() == 0:
                QTimer.singleShot(50, when_found)
                return
            grab(app, window, "search")
            controller.shutdown()
            app.quit()

        when_found()

    def checklist() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.checklist)
        tree = window.checklist.tree
        for index in range(tree.topLevelItemCount()):
            tree.topLevelItem(index).setExpanded(tree.topLevelItem(index).text(0).startswith("Plan recon"))
        grab(app, window, "main-checklist")

    def medical_tab() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.medical_page)
        grab(app, window, "main-medical")

    def diary_tab() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.diary_page)
        grab(app, window, "main-diary")

    def criteria_tab() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.criteria_page)
        grab(app, window, "main-criteria")

    def contacts_tab() -> None:
        window = controller.window
        assert window is not None
        window.tabs.setCurrentWidget(window.contacts_page)
        grab(app, window, "main-contacts")

    def letter_dialog() -> None:
        window = controller.window
        assert window is not None
        window.draft_actions.write("internal-appeal")
        dialog = window.draft_actions.dialog
        dialog.resize(min(1200, window.width() - 40), min(760, window.height() - 40))
        grab(app, dialog, "write-a-letter")
        dialog.reject()

    steps += [welcome, unlock, timeline, documents, call_dialog, checklist, medical_tab, diary_tab]
    steps += [criteria_tab, contacts_tab, letter_dialog, search]

    def next_step() -> None:
        if steps:
            step = steps.pop(0)
            step()
            if step not in (documents, search):
                QTimer.singleShot(100, next_step)

    QTimer.singleShot(200, next_step)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())

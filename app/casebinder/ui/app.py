"""Starting the desktop app.

A placeholder window until the GUI issue lands: it unlocks a vault and lists its cases and timelines, so the
demo command has something to show.
"""

import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME, __version__
from casebinder.errors import CasebinderError


class PlaceholderWindow(QMainWindow):
    def __init__(self, vault_path: Path | None, passphrase: str | None) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} {__version__}" + (f" — {vault_path.name}" if vault_path else ""))
        self.resize(960, 600)
        self._cases = QListWidget()
        self._cases.setAccessibleName("Cases")
        self._events = QListWidget()
        self._events.setAccessibleName("Timeline")
        splitter = QSplitter()
        splitter.addWidget(self._cases)
        splitter.addWidget(self._events)
        splitter.setSizes([300, 660])
        central = QWidget()
        layout = QVBoxLayout(central)
        self._status = QLabel("No vault open.")
        layout.addWidget(self._status)
        layout.addWidget(splitter, stretch=1)
        self.setCentralWidget(central)
        self._timelines: dict[int, list[str]] = {}
        self._case_ids: list[int] = []
        self._cases.currentRowChanged.connect(self._on_cases_current_row_changed)
        if vault_path is not None:
            self._load(vault_path, passphrase)

    def _load(self, path: Path, passphrase: str | None) -> None:
        from casebinder.services.cases import list_cases
        from casebinder.services.timeline import timeline
        from casebinder.vault import Vault

        if passphrase is None:
            text, ok = QInputDialog.getText(
                self, f"{APP_NAME} — unlock", f"Passphrase for {path.name}:", QLineEdit.EchoMode.Password
            )
            if not ok:
                return
            passphrase = text
        try:
            with Vault.unlock(path, passphrase) as vault:
                for summary in list_cases(vault):
                    assert summary.case.id is not None
                    self._case_ids.append(summary.case.id)
                    self._cases.addItem(f"{summary.person.name}\n{summary.case.title}")
                    self._timelines[summary.case.id] = [
                        f"{e.at:%Y-%m-%d}   {e.kind.label}: {e.title}"
                        for e in timeline(vault, summary.case.id)
                    ]
        except CasebinderError as error:
            QMessageBox.warning(self, f"{APP_NAME} — cannot open the vault", str(error))
            return
        self._status.setText(
            f"<b>{path.stem}</b> — {len(self._case_ids)} cases. "
            "A read-only preview: the full window is coming."
        )
        if self._case_ids:
            self._cases.setCurrentRow(0)

    def _on_cases_current_row_changed(self, row: int) -> None:
        self._events.clear()
        if 0 <= row < len(self._case_ids):
            self._events.addItems(self._timelines[self._case_ids[row]])


def run_gui(vault_path: Path | None = None, passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = PlaceholderWindow(vault_path, passphrase)
    window.show()
    return int(app.exec())

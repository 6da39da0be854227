"""The unlock dialog: what most start-ups show first, so it loads as little as possible.

Only the widgets it uses are imported (PySide6 builds Python enums for every Qt class on first use), and the
slow parts (the keychain, the database stack, Argon2id) wait until it has painted or the user presses Unlock.
"""

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.errors import CasebinderError
from casebinder.ui.icons import app_icon

if TYPE_CHECKING:
    from casebinder.vault import Vault


_running: set["Work"] = set()  # a QThread destroyed while running aborts the process: keep each until done


class Work(QThread):
    """Runs one slow call (key derivation) off the GUI thread."""

    done = Signal(object, object)  # result, error

    def __init__(self, fn: object) -> None:
        super().__init__()
        self._fn = fn
        self.finished.connect(lambda: _running.discard(self))

    def start_work(self) -> None:
        _running.add(self)
        self.start()

    def run(self) -> None:
        try:
            result, error = self._fn(), None  # type: ignore[operator]
        except CasebinderError as problem:
            result, error = None, problem
        self.done.emit(result, error)


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # Vault
    first_painted = Signal()  # slow work (keychain, database stack) waits for this: the window shows first

    def __init__(self, path: Path, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(f"{APP_NAME} — Unlock {path.stem}")
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h3>{path.stem}</h3><small>{path}</small>"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Passphrase or recovery key")
        self.passphrase.setAccessibleName("Passphrase or recovery key")
        self.passphrase.setObjectName("passphrase")
        layout.addWidget(self.passphrase)
        self.remember = QCheckBox("Remember on this computer")
        self.remember.setAccessibleName("Remember on this computer")
        self.remember.setEnabled(False)  # until the keychain has answered (after the first paint)
        layout.addWidget(self.remember)
        self.message = QLabel(reason)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        # Plain buttons, not a QDialogButtonBox: its first use builds 97 Python enums (~30 ms of start-up).
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self._painted = False
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self._work: Work | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def show_keychain_state(self) -> None:
        from casebinder.vault import keychain

        state = keychain.status()
        self.remember.setEnabled(state.available)
        self.remember.setToolTip("" if state.available else state.reason)
        if state.available:
            self.remember.setText(f"Remember on this computer (in {state.name})")

    def _on_unlock_clicked(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText("Type your passphrase or recovery key.")
            return
        self.unlock_button.setEnabled(False)
        self.message.setText("Unlocking…")
        remember = self.remember.isChecked()
        from casebinder.vault import Vault

        self._work = Work(lambda: Vault.unlock(self.path, secret))
        self._work.done.connect(lambda vault, error: self._on_done(vault, error, remember))
        self._work.start_work()

    def _on_done(self, vault: "Vault | None", error: Exception | None, remember: bool) -> None:
        if self._work is not None:
            self._work.wait()  # it emitted just before returning: never let the dialog outlive-race it
        self.unlock_button.setEnabled(True)
        if error is not None or vault is None:
            self.message.setText(f'<span style="color:#c62828">{error}</span>')
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        if remember:
            from casebinder.vault import keychain

            with contextlib.suppress(CasebinderError):  # unlocked; remembering is a convenience
                keychain.store(vault.uuid, vault.raw_key)
        self.unlocked.emit(vault)
        self.accept()

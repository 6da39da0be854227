"""The unlock dialog: what most start-ups show first, so it loads as little as possible.

Only the widgets it uses are imported (PySide6 builds Python enums for every Qt class on first use), and the
slow parts (the keychain, the database stack, Argon2id) wait until it has painted or the user presses Unlock.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
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
from casebinder.ui.i18n import tr
from casebinder.ui.icons import app_icon
from casebinder.ui.operations import uses
from casebinder.ui.theme import warning_colour

if TYPE_CHECKING:
    from casebinder.vault import Vault


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # Vault
    first_painted = Signal()  # slow work (keychain, database stack) waits for this: the window shows first

    def __init__(self, path: Path, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(tr("{APP_NAME} — Unlock {stem}").format(APP_NAME=APP_NAME, stem=path.stem))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h3>{path.stem}</h3><small>{path}</small>"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Passphrase or recovery key"))
        self.passphrase.setAccessibleName(tr("Passphrase or recovery key"))
        self.passphrase.setObjectName("passphrase")
        layout.addWidget(self.passphrase)
        self.remember = QCheckBox(tr("Remember on this computer"))
        self.remember.setAccessibleName(tr("Remember on this computer"))
        self.remember.setEnabled(False)  # until the keychain has answered (after the first paint)
        layout.addWidget(self.remember)
        self.message = QLabel(reason)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        # Plain buttons, not a QDialogButtonBox: its first use builds 97 Python enums (~30 ms of start-up).
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self._painted = False
        self.backup_folder: Path | None = None  # set by the app: where restore looks first
        self.rescue_button = QPushButton(tr("Rescue what is readable…"))
        self.rescue_button.setObjectName("rescue")
        self.rescue_button.clicked.connect(self._on_rescue_clicked)
        self.restore_button = QPushButton(tr("Restore a backup…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self._on_restore_clicked)
        damaged_row = QHBoxLayout()
        damaged_row.addWidget(self.rescue_button)
        damaged_row.addWidget(self.restore_button)
        damaged_row.addStretch()
        layout.addLayout(damaged_row)
        self.rescue_button.hide()
        self.restore_button.hide()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def show_keychain_state(self) -> None:
        from casebinder.usecases.vaults import keychain_status

        state = keychain_status()
        self.remember.setEnabled(state.available)
        self.remember.setToolTip("" if state.available else state.reason)
        if state.available:
            self.remember.setText(tr("Remember on this computer (in {name})").format(name=state.name))

    @uses("vault.unlock", "vault.keychain")
    def _on_unlock_clicked(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(tr("Type your passphrase or recovery key."))
            return
        self.unlock_button.setEnabled(False)
        self.message.setText(tr("Unlocking…"))
        remember, path = self.remember.isChecked(), self.path
        from casebinder.ui.tasks import background
        from casebinder.usecases.vaults import unlock_vault

        background().run(
            lambda: unlock_vault(path, secret, remember=remember), self._on_unlocked, self._on_refused
        )

    def _on_refused(self, error: BaseException) -> None:
        """Any failure gives the dialog back (a bug also goes on to the crash dialog); a damaged vault is
        offered rescue and restore right here."""
        from casebinder.vault.errors import VaultDamaged

        self.unlock_button.setEnabled(True)
        damaged = isinstance(error, VaultDamaged)
        self.rescue_button.setVisible(damaged)
        self.restore_button.setVisible(damaged)
        shown = error if isinstance(error, CasebinderError) else tr("something went wrong; see the report")
        self.message.setText(f'<span style="color:{warning_colour()}">{shown}</span>')
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_rescue_clicked(self) -> None:
        from casebinder.ui.dialogs.rescue import start_rescue

        start_rescue(self, self.path, self.passphrase.text(), self._open_instead)

    def _on_restore_clicked(self) -> None:
        from casebinder.ui.dialogs.rescue import start_restore

        start_restore(self, self.path, self.passphrase.text(), self.backup_folder, self._open_instead)

    def _open_instead(self, path: Path, secret: str) -> None:
        """The rescued or restored vault, unlocked with what was typed."""
        self.path = path
        self.setWindowTitle(tr("{APP_NAME} — Unlock {stem}").format(APP_NAME=APP_NAME, stem=path.stem))
        self.passphrase.setText(secret)
        self.rescue_button.hide()
        self.restore_button.hide()
        self._on_unlock_clicked()

    def _on_unlocked(self, vault: "Vault") -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.unlocked.emit(vault)
        self.accept()

"""First run and unlocking: welcome, create a vault, show its recovery key once, unlock.

The slow parts (Argon2id takes about half a second by design) run on a worker thread so the dialog keeps
painting; what the user typed goes to the vault layer and is not kept by the dialog after it closes.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.errors import CasebinderError
from casebinder.infra.paths import default_vault_path
from casebinder.ui.i18n import error_text, tr
from casebinder.ui.icons import app_icon
from casebinder.ui.operations import uses
from casebinder.ui.theme import warning_colour
from casebinder.vault.keys import MIN_PASSPHRASE

if TYPE_CHECKING:
    from casebinder.vault.vault import NewVault


def strength_hint(passphrase: str) -> str:
    """A plain-words hint from a real estimator (zxcvbn: common passwords, names, dates, keyboard runs,
    l33t), not a count of character classes. It runs on this computer; nothing is sent anywhere."""
    if not passphrase:
        return tr("Use four or more unrelated words, or at least 12 characters.")
    if len(passphrase) < MIN_PASSPHRASE:
        return tr("Too short: at least {MIN_PASSPHRASE} characters.").format(MIN_PASSPHRASE=MIN_PASSPHRASE)
    from zxcvbn import zxcvbn

    found = zxcvbn(passphrase[:100])  # its cost grows with length; 100 characters say enough
    feedback = found.get("feedback") or {}
    advice = " ".join(p for p in (feedback.get("warning") or "", *(feedback.get("suggestions") or [])) if p)
    score = int(found.get("score", 0))
    if score >= 3:
        return tr("Strong.")
    if score == 2:
        return tr("Fair: {value}").format(value=advice or tr("a few more words would make it strong."))
    return tr("Weak: {value}").format(value=advice or tr("easy to guess; longer is better than clever."))


class CapsLockWatch(QObject):
    """Caps Lock cannot be asked of Qt on every desktop; a letter typed in the wrong case for the Shift key
    gives it away. ``changed(bool)``: whether it looks on."""

    changed = Signal(bool)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.changed.emit(text.isupper() != shifted)
        return False


class WelcomeDialog(QDialog):
    CREATE, OPEN, DEMO = 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Welcome").format(APP_NAME=APP_NAME))
        self.setWindowIcon(app_icon())
        self.choice = 0
        layout = QVBoxLayout(self)
        title = QLabel(tr("<h2>Welcome to {APP_NAME}</h2>").format(APP_NAME=APP_NAME))
        layout.addWidget(title)
        intro = QLabel(
            tr(
                "Keep every paper, call and deadline of a fight with your health insurer in one encrypted "
                "vault "
                "on this computer. Nothing leaves it; there is no account."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for label, detail, choice, name in (
            (
                tr("&Create a new vault"),
                tr("Start keeping your own case, or a family member's."),
                self.CREATE,
                "create",
            ),
            (tr("&Open an existing vault"), tr("A .casebinder file you already have."), self.OPEN, "open"),
            (
                tr("&Explore the demo"),
                tr("A caregiver's two fictional cases, to look around."),
                self.DEMO,
                "demo",
            ),
        ):
            button = QPushButton(f"{label}\n{detail}")
            button.setObjectName(f"welcome_{name}")
            button.setAccessibleName(label.replace("&", ""))
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            layout.addWidget(button)
            if choice == self.CREATE:  # Enter creates: what a first-time user came to do
                button.setDefault(True)
                button.setFocus()
        note = QLabel(tr("<small>Casebinder is not legal advice: check your plan documents.</small>"))
        layout.addWidget(note)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class CreateVaultDialog(QDialog):
    created = Signal(object, bool)  # NewVault (named once its recovery key was shown), remember it

    def __init__(self, parent: QWidget | None = None, location: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Create a vault").format(APP_NAME=APP_NAME))
        form = QFormLayout()
        self.location = QLineEdit(str(location or default_vault_path()))
        self.location.setAccessibleName(tr("Vault location"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.location)
        row.addWidget(browse)
        form.addRow(tr("Location"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(tr("Repeat passphrase"))
        form.addRow(tr("Passphrase"), self.passphrase)
        form.addRow(tr("Repeat it"), self.repeat)
        self.show_passphrase = QCheckBox(tr("&Show the passphrase"))
        self.show_passphrase.setObjectName("show_passphrase")
        self.show_passphrase.toggled.connect(self._on_show_toggled)
        form.addRow("", self.show_passphrase)
        self.caps = QLabel(tr("Caps Lock seems to be on."))
        self.caps.setObjectName("caps_lock")
        self.caps.setVisible(False)
        self._caps_watch = CapsLockWatch(self)
        self._caps_watch.changed.connect(self.caps.setVisible)
        for field in (self.passphrase, self.repeat):
            field.installEventFilter(self._caps_watch)
        form.addRow("", self.caps)
        self.hint = QLabel(strength_hint(""))
        self.hint.setObjectName("strength_hint")
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        from casebinder.usecases.vaults import keychain_status

        state = keychain_status()
        self.remember = QCheckBox(
            tr("Remember on this computer (in {name})").format(name=state.name)
            if state.available
            else tr("Remember on this computer — unavailable: {reason}").format(reason=state.reason)
        )
        self.remember.setEnabled(state.available)
        self.remember.setAccessibleName(tr("Remember on this computer"))
        form.addRow("", self.remember)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {warning_colour()}")
        self.error.setWordWrap(True)
        self.status = QLabel()  # "Creating the vault…": news, not an error
        self.status.setObjectName("create_status")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            tr("Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create_vault")
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))
        # By keyboard alone: type the passphrase, Tab, type it again, Enter. The location (a sensible
        # default) comes after the buttons in the tab order.
        self.create_button.setDefault(True)
        self.passphrase.setFocus()
        for first, second in (
            (self.passphrase, self.repeat),
            (self.repeat, self.show_passphrase),
            (self.show_passphrase, self.remember),
            (self.remember, self.create_button),
            (self.create_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.location),
            (self.location, browse),
        ):
            QWidget.setTabOrder(first, second)

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Vault location"), self.location.text(), tr("Casebinder vaults (*.casebinder)")
        )
        if name:
            self.location.setText(name if name.endswith(".casebinder") else name + ".casebinder")

    @uses("vault.init", "vault.init-finish", "vault.keychain")
    def _on_create_clicked(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(tr("The two passphrases differ."))
            return
        path, passphrase, remember = (
            Path(self.location.text()).expanduser(),
            self.passphrase.text(),
            self.remember.isChecked(),
        )
        self.create_button.setEnabled(False)
        self.error.clear()
        self.status.setText(tr("Creating the vault…"))
        from casebinder.ui.tasks import background
        from casebinder.usecases.vaults import create_vault

        self._remember = remember
        background().run(lambda: create_vault(path, passphrase), self._on_created, self._on_failed)

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(mode)

    def _on_failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.status.clear()
        self.error.setText(
            error_text(error)
            if isinstance(error, CasebinderError)
            else tr("Something went wrong; see the report.")
        )

    def _on_created(self, new: "NewVault") -> None:
        self.create_button.setEnabled(True)
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(new, self._remember)
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; Continue is enabled only after the user confirms they kept it."""

    def __init__(
        self,
        recovery_key: str,
        vault_name: str,
        parent: QWidget | None = None,
        vault_id: str = "",
        *,
        before_change: bool = False,  # a passphrase change waits for this: Cancel means no change
    ) -> None:
        super().__init__(parent)
        self.before_change = before_change
        self.setWindowTitle(tr("{APP_NAME} — Your recovery key").format(APP_NAME=APP_NAME))
        self._key = recovery_key
        self._vault_name = vault_name
        self._vault_id = vault_id
        layout = QVBoxLayout(self)
        text = QLabel(
            (
                tr(
                    "<b>Your new passphrase gives a new recovery key.</b> The passphrase changes only once "
                    "you confirm you kept this key; then the old key stops working. "
                )
                if before_change
                else tr("<b>This is the only time this key is shown.</b> ")
            )
            + tr(
                "It opens your vault if you forget your passphrase. "
                "Print it or save it as a PDF, and keep it somewhere safe — not on this computer only."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        key = QLabel(recovery_key.replace("-", " - ", 0))
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setFont(QFont("monospace", 13))
        key.setAccessibleName(tr("Recovery key"))
        key.setObjectName("recovery_key")
        layout.addWidget(key)
        if vault_id:
            ident = QLabel(
                tr(
                    "Vault ID: {vault_id} — not secret; keep it with the key (it helps rescue a damaged "
                    "vault)"
                ).format(vault_id=vault_id)
            )
            ident.setWordWrap(True)
            ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            ident.setObjectName("vault_id")
            ident.setAccessibleName(tr("Vault ID"))
            layout.addWidget(ident)
        row = QHBoxLayout()
        save = QPushButton(tr("&Save as PDF…"))
        save.clicked.connect(self._on_save_clicked)
        printer = QPushButton(tr("&Print…"))
        printer.clicked.connect(self._on_print_clicked)
        copy = QPushButton(tr("C&opy"))
        copy.setObjectName("copy_recovery_key")
        copy.setToolTip(tr("Copy the key; the clipboard is cleared after a minute if it still holds it"))
        copy.clicked.connect(self._on_copy_clicked)
        for button in (save, printer, copy):
            button.setAutoDefault(False)  # Enter means Continue, wherever the focus is
        row.addWidget(save)
        row.addWidget(printer)
        row.addWidget(copy)
        row.addStretch()
        layout.addLayout(row)
        self.saved_to = QLabel()
        self.saved_to.setObjectName("recovery_key_saved")
        self.saved_to.setWordWrap(True)
        layout.addWidget(self.saved_to)
        self.confirm = QCheckBox(tr("&I have printed or saved my recovery key"))
        self.confirm.setObjectName("confirm_saved")
        layout.addWidget(self.confirm)
        self.confirm.setFocus()  # by keyboard: Space confirms, Enter continues
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | (
                QDialogButtonBox.StandardButton.Cancel
                if before_change
                else QDialogButtonBox.StandardButton.NoButton
            )
        )
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Esc or the close button: the key is never shown again, so skipping it is asked, not assumed."""
        from PySide6.QtWidgets import QMessageBox

        if self.before_change:  # nothing has changed yet: cancelling keeps the old passphrase and key
            super().reject()
            return
        if not self.confirm.isChecked():
            answer = QMessageBox.question(
                self,
                tr("{APP_NAME} — Skip the recovery key?").format(APP_NAME=APP_NAME),
                tr(
                    "You have not confirmed that you kept your recovery key, and it will not be shown again. "
                    "Without it, a forgotten passphrase means this vault can never be opened.\n\n"
                    "Continue without it?"
                ),
                QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def key_lines(self) -> list[str]:
        """The key in two lines of seven groups: a line break never falls inside a group."""
        groups = self._key.split("-")
        return ["-".join(groups[:7]), "-".join(groups[7:])]

    def sheet_markdown(self) -> str:
        return (
            tr("# {APP_NAME} recovery key\n\nVault: **{vault_name}**\n\n").format(
                APP_NAME=APP_NAME, vault_name=self._vault_name
            )
            + "".join(f"## `{half}`\n\n" for half in self.key_lines())
            + tr(
                "This key opens the vault if the passphrase is forgotten. "
                "Keep it somewhere safe. "
                "If you change the passphrase, a new recovery key replaces this one.\n"
            )
            + (
                tr("\nVault ID: `{vault_id}` (not secret: it helps rescue a damaged vault)\n").format(
                    vault_id=self._vault_id
                )
                if self._vault_id
                else ""
            )
        )

    CLIPBOARD_SECONDS = 60

    def _on_copy_clicked(self) -> None:
        """Into the clipboard, and out of it a minute later if nothing else was copied meanwhile."""
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QGuiApplication

        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._key)
        self.saved_to.setText(
            tr("Copied. The clipboard is cleared in a minute: paste it somewhere safe now.")
        )

        def clear() -> None:
            if clipboard.text() == self._key:
                clipboard.clear()

        QTimer.singleShot(self.CLIPBOARD_SECONDS * 1000, clear)

    def _on_save_clicked(self) -> None:
        from PySide6.QtCore import QStandardPaths

        from casebinder.infra.qt.pages import markdown_to_pdf

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(
            Path(documents or Path.home())
            / tr("{APP_NAME} recovery key - {vault_name}.pdf").format(
                APP_NAME=APP_NAME, vault_name=self._vault_name
            )
        )
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the recovery key"), suggested, tr("PDF (*.pdf)"))
        if name:
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
            path.write_bytes(
                markdown_to_pdf(
                    self.sheet_markdown(), title=tr("{APP_NAME} recovery key").format(APP_NAME=APP_NAME)
                )
            )
            self.saved_to.setText(
                tr("Saved to {path}. Print it, or copy it to a USB stick kept apart.").format(path=path)
            )

    def _on_print_clicked(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setMarkdown(self.sheet_markdown())
            document.print_(printer)

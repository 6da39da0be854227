"""The vault itself: lock, check, change the passphrase, forget it on this computer, undo a deletion."""

from PySide6.QtWidgets import QMessageBox

from casebinder import APP_NAME
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.manage_dialogs import ChangePassphraseDialog, VerifyDialog
from casebinder.usecases import undo, vaults
from casebinder.usecases.changes import Changes
from casebinder.usecases.snapshots import Snapshot


class VaultActions(Area):
    @uses("vault.verify")
    def verify(self) -> None:
        name = self.session.vault.path.stem
        self.window.statusBar().showMessage(f"Checking {name}: every page and every stored file…")

        def show(report: object) -> None:
            self.window.statusBar().clearMessage()
            self.dialog = VerifyDialog(report, name, self.window)  # type: ignore[arg-type]
            self.dialog.open()

        self.session.read(vaults.verify_vault, show)

    @uses("vault.change-passphrase")
    def change_passphrase(self) -> None:
        from casebinder.ui.dialogs.vault_dialogs import RecoveryKeyDialog

        dialog = ChangePassphraseDialog(self.window)
        vault_name = self.session.vault.path.stem

        def save() -> None:
            passphrase = dialog.new_passphrase()

            def done(new: vaults.NewKey) -> None:
                keys = RecoveryKeyDialog(new.recovery_key, vault_name, self.window)
                keys.setWindowTitle(f"{APP_NAME} — Your new recovery key")
                keys.open()
                self.dialog = keys

            self.session.write(
                lambda vault: vaults.change_passphrase(vault, passphrase), lambda _new: Changes(), done
            )

        dialog.accepted.connect(save)
        dialog.open()
        self.dialog = dialog

    @uses("vault.forget")
    def forget(self) -> None:
        forgotten = vaults.forget(self.session.vault.path)
        QMessageBox.information(
            self.window,
            APP_NAME,
            "This vault is no longer remembered on this computer: the passphrase will be asked for."
            if forgotten
            else "This vault was not remembered on this computer.",
        )

    @uses("undo.restore")
    def undo(self, snapshot: Snapshot) -> None:
        self.session.write(lambda vault: undo.restore(vault, snapshot))

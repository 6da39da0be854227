"""The vault itself: lock, check, change the passphrase, forget it on this computer, undo a deletion."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from casebinder import APP_NAME
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.backup_dialog import BackupsDialog
from casebinder.ui.dialogs.manage_dialogs import ChangePassphraseDialog, VerifyDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import backups, undo, vaults
from casebinder.usecases.changes import Changes
from casebinder.usecases.snapshots import Snapshot


class VaultActions(Area):
    @uses("vault.verify")
    def verify(self) -> None:
        name = self.session.vault.path.stem
        self.window.statusBar().showMessage(
            tr("Checking {name}: every page and every stored file…").format(name=name)
        )

        def show(report: object) -> None:
            self.window.statusBar().clearMessage()
            self.dialog = VerifyDialog(report, name, self.window)  # type: ignore[arg-type]
            self.dialog.open()

        self.session.read(vaults.verify_vault, show)

    @uses("vault.new-recovery-key", "vault.change-passphrase")
    def change_passphrase(self) -> None:
        """The new recovery key is shown and confirmed first; only then is the vault re-keyed, so nobody is
        left holding a recovery key that does not open it."""
        from casebinder.ui.dialogs.vault_dialogs import RecoveryKeyDialog

        dialog = ChangePassphraseDialog(self.window)
        vault_name = self.session.vault.path.stem
        vault_id = str(self.session.vault.uuid)

        def save() -> None:
            passphrase = dialog.new_passphrase()

            def confirm(recovery_key: str) -> None:
                keys = RecoveryKeyDialog(
                    recovery_key, vault_name, self.window, vault_id=vault_id, before_change=True
                )
                keys.setWindowTitle(tr("{APP_NAME} — Your new recovery key").format(APP_NAME=APP_NAME))

                def kept(result: int) -> None:
                    if result != RecoveryKeyDialog.DialogCode.Accepted:
                        self.window.statusBar().showMessage(tr("The passphrase was not changed."), 10_000)
                        return
                    self.session.write(
                        lambda vault: vaults.change_passphrase(vault, passphrase, recovery_key),
                        lambda _new: Changes(),
                        lambda _new: self.window.statusBar().showMessage(
                            tr(
                                "Passphrase changed: the recovery key you just kept is the one that opens it."
                            ),
                            15_000,
                        ),
                    )

                keys.finished.connect(kept)
                keys.open()
                self.dialog = keys

            self.session.read(lambda vault: vaults.new_recovery_key(vault, passphrase), confirm)

        self.open_form(dialog, save)

    # --- backups, restore and rescue -----------------------------------------------------------------
    @uses("vault.backup")
    def back_up_now(self) -> None:
        folder = self.window.settings.backup_folder
        if folder is None:
            self.manage_backups()
            return
        keep = self.window.settings.backup_keep
        self.window.statusBar().showMessage(tr("Backing up to {folder}…").format(folder=folder))

        def done(result: object) -> None:
            path = result.path  # type: ignore[attr-defined]
            self.window.statusBar().showMessage(
                tr("Backed up to {path} and checked.").format(path=path), 10_000
            )
            self.window.backups.last_error = ""
            self.window.backups.show_status()
            if isinstance(self.dialog, BackupsDialog):
                self.dialog.show_status(backups.backup_status(self.session.vault.path, folder))

        self.session.read(lambda vault: vaults.backup_vault(vault, folder, keep), done)

    @uses("vault.backups", "vault.restore")
    def manage_backups(self) -> None:
        settings = self.window.settings
        status = backups.backup_status(self.session.vault.path, settings.backup_folder)
        dialog = BackupsDialog(
            settings.backup_folder, settings.backup_keep, settings.backup_every_hours, status, self.window
        )

        def save_settings() -> None:
            settings.backup_folder = dialog.chosen_folder()
            settings.backup_keep = dialog.keep.value()
            settings.backup_every_hours = dialog.every.value()
            settings.sync()

        def now() -> None:
            save_settings()
            self.back_up_now()

        def restore() -> None:
            chosen = dialog.selected_backup()
            if chosen is None:
                return
            answer = QMessageBox.question(
                self.window,
                tr("{APP_NAME} — Restore this backup?").format(APP_NAME=APP_NAME),
                tr(
                    "Casebinder will lock the vault, check {name} completely, put it in place and open it. "
                    "The vault as it is now is kept beside it, under a “.replaced-” name."
                ).format(name=chosen.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                dialog.reject()
                self.window.restore_requested.emit(chosen)

        dialog.back_up_now.clicked.connect(now)
        dialog.restore.clicked.connect(restore)
        dialog.accepted.connect(save_settings)
        dialog.accepted.connect(self.window.backups.run_if_due)
        dialog.open()
        self.dialog = dialog

    # --- sharing with a caregiver ---------------------------------------------------------------------
    @uses("vault.share")
    def share_case(self) -> None:
        """The open case to a file under a passphrase of its own, for a caregiver to receive."""
        from PySide6.QtWidgets import QFileDialog

        case_id = self.case_id
        if case_id is None:
            return
        dialog = ChangePassphraseDialog(
            self.window,
            title=tr("Share this case"),
            note_text=(
                tr(
                    "The case (with its documents, calls, letters and deadlines) goes into one encrypted "
                    "file. Choose a passphrase for it and tell it to the caregiver separately, not in the "
                    "same e-mail."
                )
            ),
            button_text=tr("&Choose where to save…"),
        )

        def save() -> None:
            passphrase = dialog.new_passphrase()
            name, _ = QFileDialog.getSaveFileName(
                self.window, tr("Save the shared case as"), tr("Shared case.casebinder"), "*.casebinder"
            )
            if not name:
                return
            out = Path(name if name.endswith(".casebinder") else name + ".casebinder")

            def done(shared: vaults.Shared) -> None:
                self.window.statusBar().showMessage(
                    tr(
                        "Wrote {name}: %n document(s). Send its passphrase separately.", "", shared.documents
                    ).format(name=shared.path.name),
                    15_000,
                )

            self.session.read(lambda vault: vaults.share_cases(vault, out, [case_id], passphrase), done)

        self.open_form(dialog, save)

    @uses("vault.receive")
    def receive_shared(self) -> None:
        """A caregiver's share file merged into this vault; what was already here is matched, not doubled."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

        name, _ = QFileDialog.getOpenFileName(
            self.window, tr("A shared case"), "", tr("Casebinder files (*.casebinder)")
        )
        if not name:
            return
        share = Path(name)
        passphrase, ok = QInputDialog.getText(
            self.window,
            tr("{APP_NAME} — Receive").format(APP_NAME=APP_NAME),
            tr("Passphrase of {name}:").format(name=share.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return

        def done(received: vaults.Received) -> None:
            self.window.statusBar().showMessage(
                tr("Nothing new: all of it was already here.")
                if received.nothing_new
                else tr(
                    "Received {name}: %n new case(s), the rest matched.", "", received.cases_added
                ).format(name=share.name),
                15_000,
            )

        self.session.write(
            lambda vault: vaults.receive_share(vault, share, passphrase),
            Changes(
                person=True,
                case=True,
                document=True,
                call=True,
                correspondence=True,
                timeline=True,
                medical=True,
            ),
            done,
        )

    @uses("vault.rescue")
    def rescue_other(self) -> None:
        """Rescue another vault, one that will not open (this one opened, so it is not the damaged one)."""
        from casebinder.ui.dialogs.rescue import start_rescue

        start_rescue(self.window, None)

    @uses("vault.forget")
    def forget(self) -> None:
        forgotten = vaults.forget(self.session.vault.path)
        QMessageBox.information(
            self.window,
            APP_NAME,
            tr("This vault is no longer remembered on this computer: the passphrase will be asked for.")
            if forgotten
            else tr("This vault was not remembered on this computer."),
        )

    @uses("undo.restore")
    def undo(self, snapshot: Snapshot) -> None:
        self.session.write(lambda vault: undo.restore(vault, snapshot))

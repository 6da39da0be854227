"""Starting the desktop app: first run, unlock, the main window, lock and auto-lock.

The flow is a small state machine owned by :class:`AppController`: no vault -> Welcome; a known vault -> the
keychain, else the unlock dialog; unlocked -> the main window; locked (Ctrl+L or idle) -> every connection
closed, every model and preview cleared, back to the unlock dialog.
"""

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QWidget

import casebinder
from casebinder import APP_NAME, logs
from casebinder.errors import CasebinderError
from casebinder.ui.crash_hook import install as install_excepthook
from casebinder.ui.dialogs.unlock import UnlockDialog
from casebinder.ui.i18n import QT_TR_NOOP, error_text, install_translations, tr
from casebinder.ui.icons import app_icon
from casebinder.ui.idle import IdleWatcher
from casebinder.ui.operations import uses
from casebinder.ui.session import VaultSession
from casebinder.ui.settings import Settings
from casebinder.ui.theme import apply_theme
from casebinder.vault.errors import VaultInUse

log = logging.getLogger("casebinder.ui")

if TYPE_CHECKING:  # the database stack and the main window load after the unlock dialog has painted
    from casebinder.ui.dialogs.vault_dialogs import WelcomeDialog
    from casebinder.ui.instance import InstanceServer
    from casebinder.ui.main_window import MainWindow
    from casebinder.vault import Vault
    from casebinder.vault.vault import NewVault


LOCKED = QT_TR_NOOP("Locked. Unlock to continue.")


class AppController(QObject):
    def __init__(self, settings: Settings, *, threaded: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.threaded = threaded
        self.window: MainWindow | None = None
        self.session: VaultSession | None = None
        self.instance: InstanceServer | None = None
        self.dialog: QWidget | None = None
        self._retired: set[QWidget] = set()  # replaced dialogs, alive until Qt deletes them
        self.idle = IdleWatcher(0, self)
        self.idle.idle.connect(self.lock)

    # --- entry -------------------------------------------------------------------------------------------
    def start(self, vault_path: Path | None = None, passphrase: str | None = None) -> None:
        path = vault_path or self.settings.last_vault
        if path is not None and passphrase is not None:
            from casebinder.vault import Vault

            self._open_with(lambda: Vault.unlock(path, passphrase), path)
        elif path is not None and path.exists():
            self.show_unlock(path)
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        from casebinder.ui.dialogs.vault_dialogs import WelcomeDialog

        dialog = WelcomeDialog()
        dialog.finished.connect(lambda _result: self._on_welcome_finished(dialog))
        self._show_dialog(dialog)

    def _on_welcome_finished(self, dialog: "WelcomeDialog") -> None:
        from casebinder.ui.dialogs.vault_dialogs import WelcomeDialog

        if dialog.choice == WelcomeDialog.CREATE:
            self.show_create(on_cancel=self.show_welcome)
        elif dialog.choice == WelcomeDialog.OPEN:
            self.choose_vault_to_open()
        elif dialog.choice == WelcomeDialog.DEMO:
            self.open_demo()
        else:  # closed with Esc or the window's close button: the person chose to leave
            QApplication.quit()

    def show_create(self, on_cancel: Callable[[], None]) -> None:
        """The create dialog; the recovery key follows, then the new vault. Cancel goes to ``on_cancel``
        (Welcome on a first run, the vault that was open when chosen from the Vault menu)."""
        from casebinder.ui.dialogs.vault_dialogs import CreateVaultDialog

        create = CreateVaultDialog()
        create.created.connect(self._on_vault_created)
        create.rejected.connect(on_cancel)
        self._show_dialog(create)

    def choose_vault_to_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(None, tr("{APP_NAME} — Open a vault").format(APP_NAME=APP_NAME))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([tr("Casebinder vaults (*.casebinder)"), tr("All files (*)")])
        dialog.fileSelected.connect(lambda name: self.show_unlock(Path(name)))
        dialog.rejected.connect(self.show_welcome)
        self._show_dialog(dialog)

    @uses("demo.open", "demo.build")
    def open_demo(self) -> None:
        """The demo vault: opened, or built on first use off the GUI thread while a progress dialog shows."""
        from PySide6.QtWidgets import QProgressDialog

        from casebinder.infra.paths import default_demo_path
        from casebinder.ui.tasks import background
        from casebinder.usecases.demo import open_demo

        path = default_demo_path()
        progress = QProgressDialog(tr("Building the demo vault: two fictional cases…"), "", 0, 0)
        progress.setWindowTitle(tr("{APP_NAME} — Building the demo").format(APP_NAME=APP_NAME))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        if not path.exists():
            self._show_dialog(progress)

        def opened(demo: object, error: BaseException | None) -> None:
            progress.reset()
            progress.close()
            if isinstance(error, VaultInUse):
                self._refuse_second_copy(path, error)
            elif error is not None:  # a bug also goes on to the crash dialog, from the lane
                self.show_unlock(path, error_text(error) if isinstance(error, CasebinderError) else "")
            else:
                self.show_main(demo.vault)  # type: ignore[attr-defined]

        background().run(
            lambda: open_demo(path), lambda demo: opened(demo, None), lambda error: opened(None, error)
        )

    def _on_vault_created(self, new: "NewVault", remember: bool) -> None:
        """The recovery key first; the vault takes its name only once it was shown (and kept, or skipped
        knowingly), so a crash in between leaves no vault whose key nobody saw."""
        from casebinder.ui.dialogs.vault_dialogs import RecoveryKeyDialog
        from casebinder.usecases.vaults import finish_vault

        dialog = RecoveryKeyDialog(new.recovery_key, new.path.stem, vault_id=str(new.id))

        def finished(_result: int) -> None:
            try:
                created = finish_vault(new, remember=remember)
            except CasebinderError as error:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, APP_NAME, error_text(error))
                self.show_welcome()
                return
            self.show_main(created.vault)
            if created.not_remembered_because and self.window is not None:
                self.window.statusBar().showMessage(created.not_remembered_because, 10_000)

        dialog.finished.connect(finished)  # Continue, or skip when confirmed
        self._show_dialog(dialog)

    def show_unlock(
        self, path: Path, reason: str = "", on_cancel: "Callable[[], None] | None" = None
    ) -> None:
        """The unlock dialog at once; then, once it has painted, try the key remembered in the keychain.
        Cancel ends the app, unless ``on_cancel`` says where to go back to (another vault's dialog)."""
        dialog = UnlockDialog(path, reason)
        dialog.backup_folder = self.settings.backup_folder
        dialog.unlocked.connect(self.show_main)
        dialog.rejected.connect(on_cancel or self._on_unlock_rejected)
        dialog.first_painted.connect(lambda: self._try_keychain(dialog, path, bool(reason)))
        self._show_dialog(dialog)

    @uses("vault.open-remembered")
    def _try_keychain(self, dialog: UnlockDialog, path: Path, explained: bool) -> None:
        from casebinder.usecases.vaults import open_remembered

        if self.dialog is not dialog or not dialog.isVisible():
            return
        dialog.show_keychain_state()
        if explained:  # locked by the user, or an error to read: do not reopen behind their back
            return
        try:
            remembered = open_remembered(path)
        except VaultInUse as error:
            dialog.close()
            self._refuse_second_copy(path, error)
            return
        except CasebinderError as error:
            dialog.message.setText(error_text(error))
            return
        if remembered.vault is None:
            if remembered.reason and remembered.reason != "this vault is not remembered on this computer":
                dialog.message.setText(
                    tr("Asking for the passphrase: {reason}.").format(reason=remembered.reason)
                )
            return
        dialog.accept()
        self.show_main(remembered.vault)

    def _on_unlock_rejected(self) -> None:
        if self.window is None or not self.window.isVisible():
            QApplication.quit()

    def _open_with(self, opener: object, path: Path) -> None:
        try:
            self.show_main(opener())  # type: ignore[operator]
        except VaultInUse as error:
            self._refuse_second_copy(path, error)
        except CasebinderError as error:
            self.show_unlock(path, error_text(error))

    def _refuse_second_copy(self, path: Path, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from casebinder.ui.instance import ask_first_copy_to_raise

        raised = ask_first_copy_to_raise(path)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            error_text(error) + "." + (tr(" It has been brought to the front.") if raised else ""),
        )
        box.setObjectName("second_copy_refused")
        box.finished.connect(lambda _r: QApplication.quit() if self.window is None else None)
        self._show_dialog(box)

    # --- unlocked ----------------------------------------------------------------------------------------
    def show_main(self, vault: "Vault") -> None:
        from casebinder.ui.instance import InstanceServer
        from casebinder.ui.main_window import MainWindow

        self.settings.last_vault = vault.path
        self.settings.remember_recent(vault.path)
        self.settings.sync()
        self.session = VaultSession(vault, self.threaded, self)
        if self.instance is None:
            self.instance = InstanceServer(vault.path, self)
            self.instance.raise_requested.connect(self._bring_to_front)
        self.window = MainWindow(self.session, self.settings)
        self.window.lock_requested.connect(self.lock)
        self.window.switch_requested.connect(self.switch_vault)
        self.window.restore_requested.connect(self.restore_from_backup)
        self.window.closed.connect(QApplication.quit)  # closing the main window ends the app
        self.window.preferences_changed.connect(
            lambda: self.idle.set_minutes(self.settings.auto_lock_minutes)
        )
        self.window.show()
        self.window.notify_upcoming()
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        gc.freeze()  # what start-up made lives as long as the app: collections skip it from now on

    def _bring_to_front(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def restore_from_backup(self, backup: Path) -> None:
        """Vault ▸ Backups ▸ Restore: lock, put the checked backup in place, and open it with the same key."""
        from PySide6.QtWidgets import QMessageBox

        from casebinder.usecases.vaults import restore_vault
        from casebinder.vault import Vault

        if self.session is None:
            return
        path, key = self.session.vault.path, self.session.vault.raw_key
        self.lock()
        try:
            restore_vault(backup, path, key=key)
        except CasebinderError as error:
            QMessageBox.warning(
                None, APP_NAME, tr("Nothing was replaced: {error}").format(error=error_text(error))
            )
            return
        try:
            vault = Vault.open(path, key=key)
        except CasebinderError as error:  # a backup from before a passphrase change: its own passphrase
            self.show_unlock(
                path,
                tr("Restored. {error}: it opens with the passphrase it had then.").format(
                    error=error_text(error)
                ),
            )
            return
        if self.dialog is not None:
            self.dialog.close()
        self.show_main(vault)

    def lock(self) -> None:
        if self.session is None or self.window is None:
            return
        self.show_unlock(self._close_vault(), tr(LOCKED))

    def _close_vault(self) -> Path:
        """Lock the open vault and take its window away (where the user was is kept for the next unlock);
        returns its path. The caller says what comes next."""
        assert self.session is not None
        assert self.window is not None
        path = self.session.vault.path
        self.idle.set_minutes(0)
        self.window.save_place()  # where the user was comes back at unlock
        self.session.lock()  # queued writes finish first
        self.window.clear()
        self.session.stop()
        self.window.hide()
        self.window.deleteLater()
        self.window = None
        self.session = None
        return path

    def switch_vault(self, target: Path | None) -> None:
        """Vault ▸ Open another / Recent / Create a new vault: this vault locks as Lock now does (its place
        kept); then the other one's unlock dialog, or the create dialog. Cancelling comes back to this one's
        unlock dialog rather than ending the app."""
        if self.session is None or self.window is None:
            return
        if target is not None and target.resolve() == self.session.vault.path.resolve():
            return
        here = self._close_vault()
        if self.instance is not None:  # the single-copy guard belongs to the vault that is open
            self.instance.close()
            self.instance = None
        back = lambda: self.show_unlock(here, tr(LOCKED))  # noqa: E731
        if target is None:
            self.show_create(on_cancel=back)
        else:
            self.show_unlock(target, on_cancel=back)

    def shutdown(self) -> None:
        if self.session is not None:
            self.session.lock()  # queued writes finish, unused bytes go, the vault closes
            self.session.stop()
        if self.instance is not None:
            self.instance.close()

    def _show_dialog(self, dialog: QWidget) -> None:
        """Show the next step's dialog. The one it replaces is often still inside its own signal (a file
        chosen, a button clicked): it is deleted later by Qt, never by dropping the last Python reference to
        it mid-signal, which destroys the C++ object under its own feet (a crash seen opening a vault)."""
        previous = self.dialog
        if previous is not None and previous is not dialog:
            self._retired.add(previous)
            previous.destroyed.connect(lambda _obj=None, p=previous: self._retired.discard(p))
            previous.deleteLater()
        self.dialog = dialog
        dialog.setWindowIcon(app_icon())
        dialog.show()


def _quit_if_nothing_is_shown() -> None:
    """A last guard, checked once the event loop has settled: an app with no window on screen is gone for
    the person using it, so it must not keep running invisibly. Every flow quits explicitly; this catches a
    path that forgot to (the reason ``lastWindowClosed`` itself is not used: it fires between one dialog
    closing and the next one showing)."""
    if not any(widget.isVisible() for widget in QApplication.topLevelWidgets()):
        QApplication.quit()


def run_gui(
    vault_path: Path | None = None, passphrase: str | None = None, qt_args: Sequence[str] = ()
) -> int:
    """The desktop app; ``qt_args`` are Qt's own options (``-style fusion``, ``-platform xcb``)."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else APP_NAME.lower(), *qt_args])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(casebinder.__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends
    install_translations(app)
    install_excepthook()
    settings = Settings()
    apply_theme(app, settings.theme)
    logs.configure()
    if settings.debug_log:
        logs.set_debug_log(True)
    log.info(
        "%s %s starting: Python %s, Qt %s, platform %s",
        logs.safe(APP_NAME),
        logs.safe(casebinder.__version__),
        logs.safe(sys.version.split()[0]),
        logs.safe(qVersion()),
        logs.safe(app.platformName()),
    )
    controller = AppController(settings)
    QTimer.singleShot(0, lambda: controller.start(vault_path, passphrase))
    guard = lambda: QTimer.singleShot(0, _quit_if_nothing_is_shown)  # noqa: E731
    app.lastWindowClosed.connect(guard)
    try:
        return int(app.exec())
    finally:
        app.lastWindowClosed.disconnect(guard)
        controller.shutdown()

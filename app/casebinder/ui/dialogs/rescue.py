"""Rescue and restore from the app, for a vault that will not open: the unlock dialog offers both when it is
damaged, and Vault ▸ Rescue a damaged vault… reaches any vault file."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from casebinder import APP_NAME
from casebinder.errors import CasebinderError
from casebinder.ui.i18n import error_text, tr
from casebinder.ui.operations import uses
from casebinder.vault.errors import WrongPassphrase


def _secret(parent: QWidget, path: Path) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        tr("{APP_NAME} — Rescue").format(APP_NAME=APP_NAME),
        tr("Passphrase or recovery key of {name}:").format(name=path.name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


@uses("vault.rescue")
def start_rescue(
    parent: QWidget,
    damaged: Path | None,
    secret: str | None = None,
    on_rescued: Callable[[Path, str], None] | None = None,
) -> None:
    """Ask what is needed (the damaged file, its passphrase, where the rescued vault goes), rescue in the
    background, then say what was copied and what was lost; ``on_rescued(path, secret)`` opens it."""
    from casebinder.ui.tasks import background
    from casebinder.usecases.vaults import rescue_vault

    if damaged is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, tr("The damaged vault"), "", tr("Casebinder vaults (*.casebinder)")
        )
        if not name:
            return
        damaged = Path(name)
    secret = secret or _secret(parent, damaged)
    if secret is None:
        return
    suggested = damaged.with_name(tr("{stem} (rescued).casebinder").format(stem=damaged.stem))
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Save the rescued vault as"), str(suggested), "*.casebinder"
    )
    if not name:
        return
    out = Path(name if name.endswith(".casebinder") else name + ".casebinder")
    source, typed = damaged, secret

    def attempt(vault_ids: list[str]) -> None:
        background().run(
            lambda: rescue_vault(source, out, typed, vault_ids), done, lambda e: failed(e, vault_ids)
        )

    def done(report: object) -> None:
        lines = report.lines()  # type: ignore[attr-defined]
        lost = "\n".join(f"• {line}" for line in lines[:15]) if lines else tr("Nothing was lost.")
        QMessageBox.information(
            parent,
            tr("{APP_NAME} — Rescued").format(APP_NAME=APP_NAME),
            tr(
                "Everything readable was copied into {name}; it verified, and opens with the same "
                "passphrase and recovery key. {name2} was not changed.\n\n{lost}"
            ).format(name=out.name, name2=source.name, lost=lost),
        )
        if on_rescued is not None:
            on_rescued(out, typed)

    def failed(error: BaseException, vault_ids: list[str]) -> None:
        if isinstance(error, WrongPassphrase) and not vault_ids:
            text, ok = QInputDialog.getText(
                parent,
                tr("{APP_NAME} — Rescue").format(APP_NAME=APP_NAME),
                tr(
                    "No page opens with that passphrase or recovery key. If it is right, page 1 (which holds "
                    "the "
                    "vault's ID) may be damaged: type the Vault ID from your recovery-key sheet."
                ),
            )
            if ok and text.strip():
                attempt([text.strip()])
                return
        if not isinstance(error, CasebinderError):
            raise error
        QMessageBox.warning(parent, tr("{APP_NAME} — Rescue").format(APP_NAME=APP_NAME), error_text(error))

    attempt([])


@uses("vault.restore")
def start_restore(
    parent: QWidget,
    target: Path,
    secret: str,
    backup_folder: Path | None,
    on_restored: Callable[[Path, str], None],
) -> None:
    """Choose a backup (the folder's newest is offered first), check it completely, put it in place."""
    from casebinder.ui.tasks import background
    from casebinder.usecases.backups import backup_status
    from casebinder.usecases.vaults import restore_vault

    status = backup_status(target, backup_folder)
    start = str(status.newest.path) if status.newest else str(backup_folder or target.parent)
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("The backup to restore"), start, tr("Casebinder vaults (*.casebinder)")
    )
    if not name:
        return
    backup = Path(name)

    def done(result: object) -> None:
        kept = result.replaced_kept_at  # type: ignore[attr-defined]
        QMessageBox.information(
            parent,
            tr("{APP_NAME} — Restored").format(APP_NAME=APP_NAME),
            tr("{name} checked out completely and is now {name2}.").format(
                name=backup.name, name2=target.name
            )
            + (tr(" The damaged vault is kept as {name}.").format(name=kept.name) if kept else ""),
        )
        on_restored(target, secret)

    def failed(error: BaseException) -> None:
        if not isinstance(error, CasebinderError):
            raise error
        QMessageBox.warning(parent, tr("{APP_NAME} — Restore").format(APP_NAME=APP_NAME), error_text(error))

    background().run(lambda: restore_vault(backup, target, secret), done, failed)

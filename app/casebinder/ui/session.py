"""The open vault as the GUI sees it: reads on demand, writes through the one writer thread.

Every mutation returns a :class:`~casebinder.services.changes.Changes`; the session re-emits it so each view
refreshes only what it shows. Locking closes the vault (every connection, the key dropped) and tells the
windows to clear their models and previews.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from casebinder.services.changes import Changes
from casebinder.ui.tasks import Failed, ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from casebinder.vault import Vault


class VaultSession(QObject):
    changed = Signal(object)  # Changes
    locked = Signal()
    failed = Signal(object)  # an exception from a write, for the window to show

    def __init__(
        self, vault: "Vault", runner: TaskRunner | ImmediateRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = runner

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def write(
        self,
        work: Callable[["Vault"], Any],
        changes: Callable[[Any], Changes] | Changes,
        on_done: Callable[[Any], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Run ``work(vault)`` on the writer thread; then announce what changed and call ``on_done``."""

        def done(result: Any) -> None:
            self.changed.emit(changes(result) if callable(changes) else changes)
            if on_done is not None:
                on_done(result)

        self.runner.run(lambda: work(self.vault), done, on_error or self.failed.emit)

    def lock(self) -> None:
        if not self.vault.is_open:
            return
        self.runner.run(lambda: None)  # let queued writes finish first: the queue is ordered
        self.vault.close()
        self.locked.emit()

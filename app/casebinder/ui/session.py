"""The open vault as the GUI sees it: writes through the one writer lane, long reads on the reader lane.

Every mutation returns a :class:`~casebinder.usecases.changes.Changes`; the session re-emits it so each view
refreshes only what it shows. Locking lets queued writes finish, then closes the vault (every connection, the
key dropped) and tells the windows to clear their models and previews.
"""

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from casebinder.errors import CasebinderError
from casebinder.ui.i18n import tr
from casebinder.ui.previews import PreviewRenderer
from casebinder.ui.tasks import Failed, ImmediateRunner, Lane, ProgressJob, Runner, TaskRunner
from casebinder.usecases.changes import Changes

if TYPE_CHECKING:
    from casebinder.vault import Vault


class VaultSession(QObject):
    changed = Signal(object)  # Changes
    locked = Signal()
    failed = Signal(object)  # an exception from a write, for the window to show

    def __init__(self, vault: "Vault", threaded: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner: Runner = TaskRunner(self) if threaded else ImmediateRunner(self)
        self.reader: Runner = Lane("casebinder-reader", self) if threaded else ImmediateRunner(self)
        self.previews = PreviewRenderer(threaded, self)
        self._jobs: set[ProgressJob] = set()  # import and export under way: cancelled by a lock
        from casebinder.ui.text_reader import TextReader

        self.text = TextReader(self, threaded, self)  # the words of scans and photos, read after import

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def write(
        self,
        work: Callable[["Vault"], Any],
        changes: Callable[[Any], Changes] | Changes | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Run ``work(vault)`` on the writer lane; then announce what changed and call ``on_done``.

        ``changes``: what to announce; by default the use case's result, which is a ``Changes``.
        """

        def done(result: Any) -> None:
            if changes is None:
                announced = result if isinstance(result, Changes) else Changes()
            else:
                announced = changes(result) if callable(changes) else changes
            self.changed.emit(announced)
            if on_done is not None:
                on_done(result)

        self.runner.run(lambda: work(self.vault), done, on_error or self.failed.emit)

    def read(
        self,
        work: Callable[["Vault"], Any],
        on_done: Callable[[Any], None],
        on_error: Failed | None = None,
        key: str | None = None,
    ) -> None:
        """Run a long read (a whole document, a search) off the GUI thread; ``key``: newer replaces older."""
        vault = self.vault

        def guarded() -> Any:
            if not vault.is_open:
                from casebinder.vault.errors import VaultLocked

                raise VaultLocked(tr("the vault was locked"))
            return work(vault)

        self.reader.run(guarded, on_done, on_error or self.failed.emit, key)

    def start_job(self, job: ProgressJob, on_error: Failed) -> None:
        """A long job (import, export) on the writer lane; a lock cancels it after its current item."""
        self._jobs.add(job)
        job.finished.connect(lambda _cancelled: self._jobs.discard(job))

        def failed(error: BaseException) -> None:
            self._jobs.discard(job)
            on_error(error)

        job.start(self.runner, failed)

    def lock(self) -> None:
        """Close the vault once every queued write has finished (a write never meets a closed vault)."""
        if not self.vault.is_open:
            return
        for job in list(self._jobs):
            job.cancel()
        self.runner.drain()
        self.reader.drain()
        self.previews.close()
        with contextlib.suppress(CasebinderError):  # a full disk must not keep the vault from locking
            self.vault.purge_unused_bytes()
        self.vault.close()
        self.locked.emit()

    def stop(self) -> None:
        self.text.shutdown()
        for lane in (self.runner, self.reader):
            lane.stop()
        self.previews.stop()

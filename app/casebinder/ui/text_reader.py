"""The words of scans and photos, read while the person works: after an import, and at each unlock for
whatever a lock, a quit or a crash left unread (:mod:`casebinder.usecases.text_later`).

One file at a time: its bytes are read on the session's reader lane, its OCR runs on a lane of its own (a
minute for a long scan must not hold up searches or writes), and what was read is stored through the
writer lane, which announces it so the Documents tab and search show it. A lock stops it between files;
an answer that comes back after the lock is dropped, and the file is read again at the next unlock.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from casebinder.ui.operations import uses
from casebinder.ui.tasks import ImmediateRunner, Lane, Runner
from casebinder.usecases.text_later import pending_text, read_words, store_text, text_to_read

if TYPE_CHECKING:
    from casebinder.ui.session import VaultSession


class TextReader(QObject):
    left = Signal(int)  # files still to read; 0 when all are read
    read_one = Signal(int)  # files read since it started (a run of them)

    def __init__(self, session: "VaultSession", threaded: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._vault = session.vault  # the one vault this reader serves: a lock or a switch ends it
        self._lane: Runner = Lane("casebinder-text", self) if threaded else ImmediateRunner(self)
        self._waiting: list[int] = []
        self._current: int | None = None
        self.done = 0
        session.locked.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._waiting)

    @uses("doc.text-pending")
    def start(self) -> None:
        """Look for files left to read (after an import, at unlock) and read them, one after another."""
        if self._open():
            self._session.read(pending_text, self._queue, lambda _error: None, key="text-pending")

    def stop(self) -> None:
        """Between files: what is not read yet stays marked in the vault for the next unlock."""
        self._waiting.clear()
        self._current = None
        self.left.emit(0)

    def shutdown(self) -> None:
        self.stop()
        self._lane.stop()

    def _open(self) -> bool:
        return self._session.vault is self._vault and self._vault.is_open

    def _queue(self, found: list[int]) -> None:
        known = set(self._waiting) | {self._current}
        self._waiting += [blob_id for blob_id in found if blob_id not in known]
        if self._current is None and self._waiting:
            self.done = 0
        self._next()

    @uses("doc.read-text")
    def _next(self) -> None:
        if self._current is not None:
            return
        if not self._waiting or not self._open():
            self._waiting.clear()
            self.left.emit(0)
            return
        self.left.emit(len(self._waiting))
        blob_id = self._current = self._waiting.pop(0)
        self._session.read(
            lambda vault: text_to_read(vault, blob_id),
            lambda request: self._lane.run(
                lambda: read_words(request), lambda read: self._store(blob_id, read), self._failed
            ),
            self._failed,
        )

    @uses("doc.store-text")
    def _store(self, blob_id: int, read: object) -> None:
        if self._current != blob_id or not self._open():
            return  # locked meanwhile: read again at the next unlock
        self._session.write(
            lambda vault: store_text(vault, blob_id, read),  # type: ignore[arg-type]
            None,
            lambda _changes: self._stored(),
            self._failed,
        )

    def _stored(self) -> None:
        self._current = None
        self.done += 1
        self.read_one.emit(self.done)
        self._next()

    def _failed(self, error: BaseException) -> None:
        """A sentence (the vault locked, a full disk): stop here, the rest is read at the next unlock. A
        bug goes on to the crash dialog (the lane raises it)."""
        self._current = None
        self._waiting.clear()
        self.left.emit(0)
        del error  # a CasebinderError is a sentence for another place (the lock, the disk): nothing to say

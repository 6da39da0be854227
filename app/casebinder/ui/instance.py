"""One running copy per vault: the first copy listens; a second one asks it to come forward, then stops.

The vault's own lock file is what refuses the second copy (see casebinder.vault.lock); this local socket only
lets the refusal bring the first window to the front, where the platform allows it.
"""

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(vault_path: Path) -> str:
    digest = hashlib.sha256(str(vault_path.resolve()).encode()).hexdigest()[:16]
    return f"casebinder-{digest}"


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(vault_path)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnectFromServer()
            self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()


def ask_first_copy_to_raise(vault_path: Path) -> bool:
    """True when another copy was listening for this vault (and was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(vault_path))
    connected = socket.waitForConnected(500)
    if connected:
        socket.disconnectFromServer()
    return connected

"""One Roots per data folder: a second start hands its ``.roots`` file to the running window.

A double-click on a ``.roots`` file runs ``roots-app FILE.roots``. If Roots is already open on
the same data folder, the new process passes the file over a local socket (a named pipe on
Windows) and ends; the running window comes to the front and opens the import preview.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

TIMEOUT_MS = 1000  # a running Roots answers at once; a hung one must not stop a new start


def server_name(base: Path) -> str:
    """The socket's name: one per user and data folder (short: Unix socket paths are limited)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        user = ""
    key = f"{user}\n{base.resolve()}".encode()
    return "roots-app-" + hashlib.sha256(key).hexdigest()[:16]


def hand_over(name: str, file: Path | None) -> bool:
    """Give ``file`` (or just "come to the front") to a running Roots; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = str(file.resolve()) if file is not None else ""
    socket.write((message + "\n").encode("utf-8"))
    sent = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent


class Listener(QObject):
    """Listens for later starts; ``received`` carries their file ("" for none)."""

    received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(name):
            # A socket file left behind by a Roots that crashed: nobody answered hand_over, so
            # it is stale and safe to remove.
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                log.info("No single-instance socket: %s", self.server.errorString())

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if buffer.endswith(b"\n"):
                    socket.disconnectFromServer()
                    self.received.emit(buffer.decode("utf-8", "replace").strip())
                    buffer.clear()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

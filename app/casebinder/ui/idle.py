"""Auto-lock: notices when nobody has touched the app for a while."""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication


class IdleWatcher(QObject):
    """Counts user inactivity across the whole application; ``idle`` fires after ``minutes`` of none."""

    idle = Signal()
    _ACTIVITY: frozenset[QEvent.Type] = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Start counting (0: stop). Events are only filtered while counting, which keeps start-up light."""
        self.timer.stop()
        app = QApplication.instance()
        if minutes > 0:
            self.timer.setInterval(int(minutes * 60_000))
            self.timer.start()
            if not self._watching and app is not None:
                app.installEventFilter(self)
                self._watching = True
        elif self._watching and app is not None:
            app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.timer.interval() > 0:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.set_minutes(0)

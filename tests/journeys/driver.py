"""Drive the real app like a person: wait for a window to appear, act on it, wait for the next.

The app runs its own event loop (``run_gui`` calls ``app.exec()``); the driver is a timer inside that loop
that looks at the visible top-level windows after every batch of events. Nothing waits a fixed time: each step
waits for its window, and a generous overall limit turns a hang into a failure instead of a stuck suite.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

Finder = Callable[[QWidget], bool]


@dataclass
class Step:
    name: str
    find: Finder
    act: Callable[[QWidget], None]


@dataclass
class Journey:
    steps: list[Step]
    done: list[str] = field(default_factory=list)
    failure: str = ""
    seen: list[str] = field(default_factory=list)

    def start(self, limit_ms: int = 120_000) -> None:
        app = QApplication.instance()
        assert app is not None
        self._timer = QTimer(app)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._limit = QTimer(app)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._give_up)
        self._limit.start(limit_ms)

    def stop(self) -> None:
        self._timer.stop()
        self._limit.stop()

    def _tick(self) -> None:
        if not self.steps:
            return
        step = self.steps[0]
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        titles = [w.windowTitle() for w in visible]
        if titles and (not self.seen or self.seen[-1] != " | ".join(titles)):
            self.seen.append(" | ".join(titles))
        for widget in visible:
            if step.find(widget):
                self.steps.pop(0)
                self.done.append(step.name)
                step.act(widget)
                return

    def _give_up(self) -> None:
        waiting_for = self.steps[0].name if self.steps else "(end)"
        self.failure = f"stuck before {waiting_for}; windows seen: {self.seen}"
        self.stop()
        QApplication.quit()


def titled(prefix: str) -> Finder:
    return lambda widget: widget.windowTitle().startswith(prefix)

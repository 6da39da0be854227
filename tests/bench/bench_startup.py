"""Start-up: from process start to the unlock dialog painted, next to a bare PySide6 window.

    .venv/bin/python -m tests.bench.bench_startup [RUNS]

Each run is a fresh Python process; the clock starts just before the process is spawned and stops when the
window's first paint event arrives (the child prints the wall-clock time then). Offscreen platform unless
QT_QPA_PLATFORM says otherwise. Target: under 1 s, and at most 1.5x the bare window.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PAINT_PROBE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and getattr(watched, "isWindow", lambda: False)():
                print(f"{time.time():.6f}", flush=True)
                import os; os._exit(0)
            return False
    """
)

BARE = PAINT_PROBE + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(); app.installEventFilter(probe)
    window = QLabel("Hello"); window.resize(420, 200); window.show()
    app.exec()
    """
)

CASEBINDER = PAINT_PROBE + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(); app.installEventFilter(probe)
    from casebinder.ui.app import AppController
    from casebinder.ui.settings import Settings
    controller = AppController(Settings())
    controller.start()
    app.exec()
    """
)


def measure(script: str, env: dict[str, str]) -> float:
    start = time.time()
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError(f"no paint reported: {run.stderr[-400:]}")
    return float(lines[-1]) - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, CASEBINDER_HOME=home, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        from casebinder.ui.settings import Settings

        os.environ["CASEBINDER_HOME"] = home
        vault_path = Path(home) / "Start.casebinder"
        from casebinder.vault import Vault

        Vault.create(vault_path, "startup benchmark")[0].close()
        settings = Settings()
        settings.last_vault = vault_path
        settings.sync()
        measure(BARE, env)  # warm the file cache for both
        measure(CASEBINDER, env)
        bare, ours = [], []
        for _ in range(runs):  # interleaved, so drift in machine load falls on both alike
            bare.append(measure(BARE, env))
            ours.append(measure(CASEBINDER, env))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"platform {env['QT_QPA_PLATFORM']}, median of {runs} interleaved runs")
    print(f"  bare PySide6 window painted     {b * 1000:6.0f} ms")
    print(f"  Casebinder unlock dialog painted {o * 1000:6.0f} ms")
    print(f"  ratio                            {o / b:6.2f}x  (target <= 1.5x, and under 1 s)")


if __name__ == "__main__":
    main()

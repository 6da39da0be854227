"""Take the README's screenshots under a real X server (Xvfb), as a user would see the windows.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py

Builds a fresh demo vault in a temporary folder, opens the app on it, grabs the screen.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casebinder.services.demo import build_demo
from casebinder.ui.app import PlaceholderWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        demo = build_demo(Path(folder) / "Demo.casebinder")
        demo.vault.close()
        window = PlaceholderWindow(demo.vault.path, demo.passphrase)
        window.resize(1100, 640)
        window.move(40, 40)
        window.show()

        def grab() -> None:
            OUT.mkdir(parents=True, exist_ok=True)
            screen = app.primaryScreen()
            shot = screen.grabWindow(0, 30, 10, 1130, 690)  # the window with its frame
            shot.save(str(OUT / "demo-window.png"))
            print(f"wrote {OUT / 'demo-window.png'}")
            app.quit()

        QTimer.singleShot(800, grab)
        return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())

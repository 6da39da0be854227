"""Every icon the installers need, drawn from the one SVG (casebinder/data/icons/casebinder.svg).

    .venv/bin/python tools/icons.py build/icons

Writes hicolor PNGs at the freedesktop sizes (Linux: .desktop file, AppStream, AppImage, Flatpak), a
multi-size .ico (Windows: the executable and Inno Setup) and an .icns (macOS: the .app bundle). Qt draws the
SVG (QSvgRenderer, no extra library); Pillow packs the .ico and .icns.
"""

import io
import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "org.casebinder.Casebinder"


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from casebinder.resources import resource

    renderer = QSvgRenderer(QByteArray(resource("icons", "casebinder.svg").read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    pictures = {size: render(size) for size in SIZES}
    for size, png in pictures.items():
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(png)
    largest = Image.open(io.BytesIO(pictures[512]))
    largest.save(out / "casebinder.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(out / "casebinder.icns")
    (out / "casebinder.png").write_bytes(pictures[256])
    print(f"wrote {len(SIZES)} PNGs, casebinder.ico and casebinder.icns to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons"))

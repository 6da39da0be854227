"""The only module outside ``ui/`` that uses Qt: it is the tool for turning text into PDF pages.

Rendering happens in memory (QBuffer): no page of the user's data is written to a temporary file. Qt needs a
QGuiApplication for fonts; outside the GUI one is created on the offscreen platform when no display exists.
"""

import os
import sys
from typing import Literal

Paper = Literal["a4", "letter"]
_keep: list[object] = []  # the application object must outlive every render


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not has_display() and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _keep.append(QGuiApplication([sys.argv[0] if sys.argv else "casebinder"]))


def markdown_to_pdf(markdown: str, *, title: str, paper: Paper = "letter") -> bytes:
    """A PDF (bytes) of ``markdown`` laid out on ``paper`` with 2 cm margins."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Casebinder")
    size = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: 'DejaVu Sans', sans-serif; }")
    document.setMarkdown(markdown)
    font = document.defaultFont()
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())

"""The Qt application object that page rendering needs, made on demand, and the fonts pages are set in."""

import os
import sys
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

Paper = Literal["a4", "letter"]
_keep: list[object] = []  # the application object must outlive every render


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> None:
    """Qt needs an application object for fonts. A QApplication (not just a QGuiApplication), so that the
    same process can open windows afterwards: ``casebinder demo`` renders the demo's PDFs, then the app."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not has_display() and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _keep.append(QApplication([sys.argv[0] if sys.argv else "casebinder"]))


def font(points: float, bold: bool = False) -> "QFont":
    """DejaVu Sans without ligatures: with them, "field" is extracted and searched as "\ufb01eld" in a
    reviewer's PDF reader, and "office" as "o\ufb03ce"."""
    from PySide6.QtGui import QFont

    chosen = QFont("DejaVu Sans")
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    for feature in ("liga", "clig"):
        chosen.setFeature(QFont.Tag(feature), 0)
    return chosen


def page_size_points(paper: Paper) -> tuple[float, float]:
    return (595.28, 841.89) if paper == "a4" else (612.0, 792.0)

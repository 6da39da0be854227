"""Icons and colours per timeline kind, from the package's SVGs in ``casebinder/data/icons/`` (sharp at any
display scale)."""

from functools import cache

from PySide6.QtGui import QIcon

from casebinder.domain.enums import EventKind
from casebinder.resources import resource, resource_bytes

_COLORS = {
    EventKind.CALL: "#2e7d32",
    EventKind.FOLLOW_UP: "#b28704",
    EventKind.DOCUMENT: "#1565c0",
    EventKind.LETTER_RECEIVED: "#6a1b9a",
    EventKind.LETTER_SENT: "#00838f",
    EventKind.DECISION: "#c62828",
    EventKind.DEADLINE: "#d84315",
    EventKind.STAGE: "#37474f",
    EventKind.NOTE: "#5d4037",
}


def kind_color(kind: EventKind) -> str:
    return _COLORS.get(kind, "#37474f")


def _svg_icon(name: str) -> QIcon:
    """The SVG itself when the package is on disk (Qt redraws it at every size); drawn once, large, when
    the package data is only readable as bytes (a zip)."""
    from pathlib import Path

    found = resource("icons", name)
    if isinstance(found, Path):
        return QIcon(str(found))
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap()
    pixmap.loadFromData(resource_bytes("icons", name), "SVG")
    return QIcon(pixmap)


@cache
def kind_icon(kind: EventKind) -> QIcon:
    return _svg_icon(f"{kind.value}.svg")


@cache
def app_icon() -> QIcon:
    return _svg_icon("casebinder.svg")

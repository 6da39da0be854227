"""Icons per timeline kind, from the package's SVGs in ``casebinder/data/icons/`` (sharp at any display
scale); the kinds' text colours are the theme's (``theme.kind_colour``)."""

from functools import cache

from PySide6.QtGui import QIcon

from casebinder.domain.enums import EventKind
from casebinder.resources import resource, resource_bytes


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

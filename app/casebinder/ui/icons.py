"""Icons and colours per timeline kind, from the SVGs in ``resources/icons/`` (sharp at any DPI)."""

from functools import cache

from PySide6.QtGui import QIcon

from casebinder.domain.enums import EventKind
from casebinder.resources import resource

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


@cache
def kind_icon(kind: EventKind) -> QIcon:
    return QIcon(str(resource("icons", f"{kind.value}.svg")))


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "casebinder.svg")))

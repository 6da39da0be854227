"""The app's look: the system's (default), or a tested light or dark palette the user chooses.

Colours the app sets itself (urgency, errors) are picked by the palette's base lightness, so they read on
either; the dark palette is the one the screenshots and the accessibility walk use.
"""

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = {"system": "As the system", "light": "Light", "dark": "Dark"}

_DARK = (
    (QPalette.ColorRole.Window, "#2b2b2b"),
    (QPalette.ColorRole.WindowText, "#e8e8e8"),
    (QPalette.ColorRole.Base, "#1e1e1e"),
    (QPalette.ColorRole.AlternateBase, "#262626"),
    (QPalette.ColorRole.Text, "#e8e8e8"),
    (QPalette.ColorRole.Button, "#353535"),
    (QPalette.ColorRole.ButtonText, "#e8e8e8"),
    (QPalette.ColorRole.Highlight, "#3d6fb4"),
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.ToolTipBase, "#353535"),
    (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
    (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    (QPalette.ColorRole.Link, "#8ab4f8"),
)

_system: QPalette | None = None  # the platform's palette, kept before any change


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK:
        palette.setColor(role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """``system``, ``light`` or ``dark``, applied in place (open windows follow)."""
    global _system
    if _system is None:
        _system = QPalette(app.palette())
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_system)


# Urgency as text colour, (light palette, dark palette): each meets WCAG AA (4.5:1) on its base colour.
URGENCY_COLOURS = {"overdue": ("#b71c1c", "#ef9a9a"), "soon": ("#8a4b00", "#ffcc80")}


def urgency_brush(urgency: str) -> QBrush | None:
    """The brush for an urgency (see :func:`casebinder.usecases.next_steps.urgency`) on the palette in use,
    or None for no colour. The application's palette, not a widget's: widgets take a change later."""
    colours = URGENCY_COLOURS.get(urgency)
    if colours is None:
        return None
    dark = QApplication.palette().base().color().lightness() < 128
    return QBrush(QColor(colours[1] if dark else colours[0]))

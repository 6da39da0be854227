"""The app's look: the system's (default), or a tested light or dark palette the user chooses.

Colours the app sets itself (urgency, errors) are picked by the palette's base lightness, so they read on
either; the dark palette is the one the screenshots and the accessibility walk use.
"""

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from casebinder.ui.i18n import QT_TR_NOOP

THEMES = {"system": QT_TR_NOOP("As the system"), "light": QT_TR_NOOP("Light"), "dark": QT_TR_NOOP("Dark")}

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
# (on a light base, on a dark base): each at least 4.5:1 against white and against the dark palette's base
KIND_COLOURS = {
    "call": ("#2e7d32", "#81c784"),
    "follow-up": ("#8a6100", "#ffd54f"),
    "document": ("#1565c0", "#90caf9"),
    "letter-received": ("#6a1b9a", "#ce93d8"),
    "letter-sent": ("#00727d", "#80deea"),
    "decision": ("#c62828", "#ef9a9a"),
    "deadline": ("#bf360c", "#ffab91"),
    "stage": ("#37474f", "#b0bec5"),
    "note": ("#5d4037", "#bcaaa4"),
}
STATUS_COLOURS = {
    "done": ("#2e7d32", "#81c784"),
    "n/a": ("#616161", "#9e9e9e"),
    "missing": ("#c62828", "#ef9a9a"),
}


def on_palette(colours: tuple[str, str]) -> QColor:
    """The light-base or dark-base colour of a pair, for the application's palette as it is now."""
    dark = QApplication.palette().base().color().lightness() < 128
    return QColor(colours[1] if dark else colours[0])


def warning_colour() -> str:
    """The red of a warning or an error sentence (a late backup, a refused save), as a style sheet takes it:
    #b71c1c on light (6.6:1), #ef9a9a on dark (7.5:1), never the fixed red that read 2.5:1 on dark."""
    return on_palette(URGENCY_COLOURS["overdue"]).name()


def kind_colour(kind: str) -> QColor:
    """A timeline kind's colour (its text in the Kind column) on the palette in use."""
    return on_palette(KIND_COLOURS.get(kind, KIND_COLOURS["stage"]))


def status_colour(status: str) -> QColor:
    """A checklist status's colour (done, not applicable, missing) on the palette in use."""
    return on_palette(STATUS_COLOURS[status])


def urgency_brush(urgency: str) -> QBrush | None:
    """The brush for an urgency (see :func:`casebinder.usecases.next_steps.urgency`) on the palette in use,
    or None for no colour. The application's palette, not a widget's: widgets take a change later."""
    colours = URGENCY_COLOURS.get(urgency)
    return None if colours is None else QBrush(on_palette(colours))

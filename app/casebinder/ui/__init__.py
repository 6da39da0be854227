"""The desktop app (PySide6 only)."""

from casebinder.qtcompat import make_none_immortal

make_none_immortal()  # before any PySide6 call: see qtcompat

"""The desktop app (PySide6 only)."""

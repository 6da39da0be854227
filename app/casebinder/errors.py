"""The one exception type the user is meant to read.

Anything derived from :class:`CasebinderError` carries a message written for the person using the app; the
CLI prints it on one line and exits 1, the GUI shows it in a dialog, in the person's language: the message is
a template and its values (``InvalidInput("document {document} is not part of case {case}", document=7,
case=2)``), kept as a :class:`~casebinder.phrases.Phrase` the UI translates. Every other exception is a bug
and gets the crash report.
"""

from typing import Any

from casebinder.phrases import Phrase, said


class CasebinderError(Exception):
    """An error the user can act on; ``str(error)`` is the message in English, ``error.phrase`` the same to
    translate."""

    def __init__(self, message: "str | Phrase" = "", /, **values: Any) -> None:
        self.phrase = message if isinstance(message, Phrase) else said(message, **values)
        super().__init__(str(self.phrase))


class NotFound(CasebinderError):
    """A record the user named does not exist."""


class InvalidInput(CasebinderError):
    """A value the user gave cannot be used (bad date, unknown kind, empty title...)."""

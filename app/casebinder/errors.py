"""The one exception type the user is meant to read.

Anything derived from :class:`CasebinderError` carries a message written for the person using the app; the
CLI prints it on one line and exits 1, the GUI shows it in a dialog. Every other exception is a bug and gets
the crash report.
"""


class CasebinderError(Exception):
    """An error the user can act on; ``str(error)`` is the message to show."""


class NotFound(CasebinderError):
    """A record the user named does not exist."""


class InvalidInput(CasebinderError):
    """A value the user gave cannot be used (bad date, unknown kind, empty title...)."""

"""Turning what people type into typed values, with messages that say what was expected."""

import datetime as dt
from typing import TypeVar

from casebinder.domain.enums import Labelled, UsState
from casebinder.errors import InvalidInput

E = TypeVar("E", bound=Labelled)


def parse_date(text: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("{what} {text!r} is not a date like 2026-03-14", what=what, text=text) from None


def parse_datetime(text: str, what: str = "time") -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            "{what} {text!r} is not a date-time like 2026-03-14T10:30", what=what, text=text
        ) from None
    if value.tzinfo is not None:  # stored as local wall-clock time
        value = value.astimezone().replace(tzinfo=None)
    return value


def parse_enum(cls: type[E], text: str) -> E:
    try:
        return cls.parse(text)
    except ValueError:
        if cls is UsState:
            raise InvalidInput(
                "unknown State: {text!r} (choose from a two-letter code such as CA, NY, DC or PR)", text=text
            ) from None
        raise InvalidInput(
            "unknown {what}: {text!r} (choose from {choices})",
            what=cls.__doc__ or cls.__name__,
            text=text,
            choices=cls.choices_text(),
        ) from None


def require_text(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput("{what} cannot be empty", what=what)
    return value

"""A column type that stores a vocabulary member as its value (``"denial-received"``) and reads it back as
the member: the vault keeps the same plain strings it always held, and Python code gets real enums."""

from enum import StrEnum
from typing import Any

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator


class ValueOf(TypeDecorator[StrEnum]):
    """``ValueOf(MilestoneKind)``; with ``empty_is_none`` the empty string stands for "none given"."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], *, empty_is_none: bool = False) -> None:
        super().__init__()
        self.enum = enum
        self.empty_is_none = empty_is_none

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return "" if self.empty_is_none else None
        return str(self.enum(value).value)

    def process_result_value(self, value: Any, dialect: Any) -> StrEnum | None:
        if value is None or (self.empty_is_none and value == ""):
            return None
        return self.enum(value)

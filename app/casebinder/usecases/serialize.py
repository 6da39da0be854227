"""Records as JSON-ready dicts: stable keys (every record has ``id``), ISO dates, enum values."""

import datetime as dt
from enum import Enum
from typing import Any

from sqlmodel import SQLModel

from casebinder.domain.models import Blob, BlobChunk


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat()
    if isinstance(value, bytes):
        raise TypeError("raw bytes never go into JSON output")
    return value


def record(model: SQLModel, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    if isinstance(model, Blob | BlobChunk):
        raise TypeError("blob rows are not records")
    return {name: plain(getattr(model, name)) for name in type(model).model_fields if name not in drop}

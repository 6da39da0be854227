"""Sentences made below the UI, kept as an English template and its values so the app can translate them.

The use cases and rules compose sentences a person reads (an error, how a deadline was counted, a timeline
line's title). Written as f-strings they would reach the UI already English, beyond any catalogue. A
:class:`Phrase` keeps the template (``"document {document} is not part of case {case}"``) apart from the
values; ``str()`` gives the English the CLI prints and the packet writes, and the UI looks the template up in
its catalogue (context ``messages``) before filling it in, showing dates and numbers as the person's locale
writes them. ``tools/translations.py`` collects every template written as a literal ``said("…")`` or
``marked("…")``, or as the first argument of a :class:`~casebinder.errors.CasebinderError`.

A template may hold ``%n`` and ``(s)`` for a count (``"%n day(s)"``, Qt's plural convention), with the
count given as ``n``.
"""

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = [
    "Phrase",
    "data_said",
    "english_value",
    "joined",
    "listed",
    "marked",
    "restored",
    "said",
    "stored",
]

CONTEXT = "messages"  # the catalogue context of every template made below the UI
JOIN = ""  # the context of a phrase that only joins others ("{0}, {1}"): its parts translate, not it


@dataclass(frozen=True)
class Phrase:
    """A sentence (or a part of one) in English with ``{name}`` fields, and the values that fill them."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()
    n: int | None = None  # the count a ``%n`` template's plural form depends on
    context: str = CONTEXT  # "data" for a text of the package's data files (a rule's name, a State's note)

    def __str__(self) -> str:
        return self.filled(english_value)

    def __bool__(self) -> bool:
        """An empty phrase (no reason to give) is false, as an empty string is."""
        return bool(self.template)

    def filled(self, show: Callable[[Any], str], translated: str | None = None) -> str:
        """The template, or a translation of it (whose ``%n`` Qt has already replaced), with each value
        shown by ``show``; the English when a translation names a field it was not given."""
        text = translated if translated is not None else self._english_form()
        if not self.values:
            return text
        try:
            return text.format(**{name: show(value) for name, value in self.values})
        except (KeyError, IndexError, ValueError):
            if translated is None:
                raise
            return self.filled(show)

    def _english_form(self) -> str:
        if self.n is None:
            return self.template
        return self.template.replace("%n", str(self.n)).replace("(s)", "" if self.n == 1 else "s")

    def _raw(self) -> dict[str, object]:
        """As JSON can hold it (see :func:`stored`)."""
        values = {k: _jsonable(v) for k, v in self.values}
        return {"t": self.template, "v": values, "n": self.n, "c": self.context}


def marked(template: str) -> str:
    """Marks a template written apart from the :func:`said` that fills it (a table of templates to choose
    from), so ``tools/translations.py`` collects it."""
    return template


def said(template: str, /, n: int | None = None, **values: Any) -> Phrase:
    """A phrase: ``said("Follow up on call with {who}", who=name)``."""
    return Phrase(template, tuple(values.items()), n)


def joined(parts: Sequence["Phrase | str | None"], separator: str = " ") -> Phrase:
    """Phrases (or the user's own words) one after the other: each translates, the joining does not."""
    kept = [part for part in parts if part]
    names = [f"p{index}" for index in range(len(kept))]
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Phrase(template, tuple(zip(names, kept, strict=True)), context=JOIN)


def listed(parts: Sequence[Phrase]) -> Phrase:
    """ "a", "a and b", "a, b and c": only the "and" translates."""
    if len(parts) <= 1:
        return joined(parts)
    return said("{some} and {last}", some=joined(parts[:-1], ", "), last=parts[-1])


def data_said(text: str) -> Phrase:
    """A text of the package's data (rules, States, checklists) inside a phrase: the UI translates it from
    the ``data`` context that ``tools/translations.py`` fills from those files."""
    return Phrase(text, context="data")


def english_value(value: Any) -> str:
    """A value as the CLI and the packet write it: ISO dates, phrases in English, a vocabulary's label."""
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}" if value.time() != dt.time() else f"{value:%Y-%m-%d}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return str(value)


def _jsonable(value: Any) -> object:
    if isinstance(value, Phrase):
        return {"phrase": value._raw()}
    if isinstance(value, Enum):
        return {"enum": type(value).__name__, "value": value.value}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat(timespec="minutes")}
    if isinstance(value, int | float | str):
        return value
    return str(value)


def _from_jsonable(value: object) -> Any:
    if isinstance(value, dict):
        if "phrase" in value:
            return _phrase(value["phrase"])
        if "enum" in value:
            from casebinder.domain import enums  # a vocabulary member comes back as itself, to translate

            kind = getattr(enums, str(value["enum"]), None)
            return (
                kind(value["value"]) if isinstance(kind, type) and issubclass(kind, Enum) else value["value"]
            )
        if "datetime" in value:
            return dt.datetime.fromisoformat(value["datetime"])
        if "time" in value:
            return dt.time.fromisoformat(value["time"])
        if "date" in value:
            return dt.date.fromisoformat(value["date"])
    return value


def _phrase(raw: Mapping[str, Any]) -> Phrase:
    values = tuple((str(k), _from_jsonable(v)) for k, v in dict(raw.get("v", {})).items())
    return Phrase(str(raw["t"]), values, raw.get("n"), str(raw.get("c", CONTEXT)))


def stored(**phrases: "Phrase | None") -> str:
    """Named phrases as one JSON text, kept beside a stored English title (a timeline line's title and
    detail) so a line made once can be shown in any language later; "" for none."""
    kept = {name: phrase._raw() for name, phrase in phrases.items() if phrase}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":")) if kept else ""


def restored(text: str) -> dict[str, Phrase]:
    """What :func:`stored` kept; nothing for an empty or damaged text (the line shows its English)."""
    if not text:
        return {}
    try:
        raw = json.loads(text)
        return {str(name): _phrase(value) for name, value in dict(raw).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}

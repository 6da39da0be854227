"""Letters drafted from a case: the templates, their fields, and how a blank required field shows.

A draft is Markdown the person reads and edits before it is saved. A required field the case cannot fill
appears in the text as ``[missing: its label]``; the marker, not a hidden flag, is what saving checks, so a
person who types the value into the text over the marker has filled it. Pure: the use case
(:mod:`casebinder.usecases.letters`) reads the vault and the data files.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from casebinder.domain.enums import DocumentKind

MISSING = "[missing: {label}]"
_MISSING = re.compile(r"\[missing: ([^\]\n]+)\]")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class LetterField:
    """A value a letter uses: read from the case, or ``asked`` (the person writes it; kept with the case)."""

    name: str
    label: str
    fill: str = ""  # how to fill it when it is missing
    asked: bool = False


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: str
    to: str  # insurer, doctor, provider or regulator: who the letter is addressed to
    kind: DocumentKind  # what the saved letter is, as a document
    description: str
    required: tuple[str, ...]
    body: str  # Markdown with {field} placeholders

    def placeholders(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_PLACEHOLDER.findall(self.body)))


@dataclass(frozen=True)
class Missing:
    """A required field left blank, and how the person can fill it."""

    name: str
    label: str
    fill: str


def marked(
    values: Mapping[str, str], required: tuple[str, ...], fields: Mapping[str, LetterField]
) -> dict[str, str]:
    """``values`` with each blank required field replaced by its marker."""
    out = dict(values)
    for name in required:
        if not out.get(name, "").strip():
            out[name] = MISSING.format(label=fields[name].label if name in fields else name)
    return out


def missing_fields(
    values: Mapping[str, str], required: tuple[str, ...], fields: Mapping[str, LetterField]
) -> list[Missing]:
    found = []
    for name in required:
        if not values.get(name, "").strip():
            field = fields.get(name, LetterField(name, name))
            found.append(Missing(name, field.label, field.fill))
    return found


def substitute(body: str, values: Mapping[str, str]) -> str:
    """The body with every {field} replaced, and the blank lines an empty section leaves collapsed to one.
    A placeholder no value is given for is a mistake in the template: ValueError, never a silent gap."""
    unknown = sorted(set(_PLACEHOLDER.findall(body)) - set(values))
    if unknown:
        raise ValueError(f"the letter template uses unknown fields: {', '.join(unknown)}")
    text = _PLACEHOLDER.sub(lambda match: values[match.group(1)], body)
    text = re.sub(r"[ \t]+\n", lambda m: "  \n" if m.group(0).startswith("  ") else "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def markers_in(text: str) -> list[str]:
    """The labels of the markers still in a (possibly edited) letter, in order, once each."""
    return list(dict.fromkeys(match.group(1) for match in _MISSING.finditer(text)))


def quote(text: str) -> str:
    """A value set into Markdown as plain words: characters that would start formatting are escaped."""
    return re.sub(r"([\\`*_#|<>\[\]])", r"\\\1", " ".join(text.split()))

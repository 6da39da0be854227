"""The letter templates from ``casebinder/data/letters/``: the list (letters.toml) and each body (<id>.md)."""

import tomllib
from functools import cache
from typing import Any

from casebinder.domain.enums import DocumentKind
from casebinder.domain.letters import LetterField, LetterTemplate
from casebinder.resources import resource


@cache
def _data() -> dict[str, Any]:
    with resource("letters", "letters.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def letter_templates() -> tuple[LetterTemplate, ...]:
    return tuple(
        LetterTemplate(
            id=entry["id"],
            title=entry["title"],
            to=entry["to"],
            kind=DocumentKind(entry["kind"]),
            description=entry["description"],
            required=tuple(entry["required"]),
            body=resource("letters", f"{entry['id']}.md").read_text(encoding="utf-8"),
        )
        for entry in _data()["letters"]
    )


@cache
def letter_fields() -> dict[str, LetterField]:
    return {
        name: LetterField(name, spec["label"], spec.get("fill", ""), bool(spec.get("asked", False)))
        for name, spec in _data()["fields"].items()
    }


def letter_rights(plan_type: str) -> dict[str, str]:
    """The rights paragraphs (appeal, claim_file, external) for a kind of plan, each citing its source."""
    families: dict[str, dict[str, Any]] = _data()["rights"]
    family = next((f for f in families.values() if plan_type in f["plans"]), families["group"])
    return {key: value for key, value in family.items() if key != "plans"}

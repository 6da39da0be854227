"""The rule and checklist data from ``casebinder/data/``, loaded once and validated at start-up."""

import json
from functools import cache
from typing import Any

from casebinder.domain.rules import Rulebook, RulebookError, parse_rulebook
from casebinder.errors import CasebinderError
from casebinder.resources import resource


def _json(*parts: str) -> Any:
    with resource(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def rulebook() -> Rulebook:
    try:
        return parse_rulebook(_json("rules", "appeals.json"), _json("rules", "states.json"))
    except RulebookError as error:
        raise CasebinderError("the appeal rules data is invalid: {error}", error=error) from None


@cache
def checklist_base() -> dict[str, Any]:
    data: dict[str, Any] = _json("checklists", "base.json")
    return data


@cache
def procedure_template(template_id: str) -> dict[str, Any] | None:
    path = resource("checklists", f"{template_id}.json")
    if not template_id or not path.is_file():
        return None
    data: dict[str, Any] = _json("checklists", f"{template_id}.json")
    return data


@cache
def denial_notice_elements() -> dict[str, Any]:
    data: dict[str, Any] = _json("rules", "denial_notice.json")
    return data


def validate_all() -> list[str]:
    """Every data file loads and fits together; returns the problems (empty when all is well)."""
    from casebinder.domain.procedures import PROCEDURES

    problems: list[str] = []
    try:
        book = rulebook()
    except CasebinderError as error:
        return [str(error)]
    stages = {s.id for ladder in book.ladders.values() for s in ladder.stages}
    for name, group in checklist_base()["groups"].items():
        problems += [f"checklist group {name}: unknown stage {s}" for s in group["stages"] if s not in stages]
    for procedure in PROCEDURES:
        template = procedure_template(procedure.id)
        if template is None:
            problems.append(f"no checklist template for procedure {procedure.id}")
        elif not template.get("source"):
            problems.append(f"checklist template {procedure.id} has no source")
    plans_seen: set[str] = set()
    for name, family in denial_notice_elements()["families"].items():
        plans_seen.update(family["plans"])
        if not family.get("next_step") or not family.get("rules"):
            problems.append(f"denial-notice rules {name}: no next step or no rules cited")
        for element in family["elements"]:
            if not element.get("source") or not element.get("if_missing"):
                problems.append(f"denial-notice element {name}/{element.get('id')} has no source or advice")
    from casebinder.domain.enums import PlanType

    problems += [
        f"no denial-notice rules for plan type {p.value}" for p in PlanType if p.value not in plans_seen
    ]
    return problems


@cache
def state_contacts() -> dict[str, Any]:
    """Free public help per State (insurance department, consumer assistance, SHIP, Medicaid), sourced."""
    data: dict[str, Any] = _json("rules", "state_contacts.json")
    return data

"""What a denial notice must state, and what this case's letter does: a missing element is worth naming
(it can let the patient skip ahead, or ask for what was left out). Reading the check never writes; ticking
what the letter contains is a command of its own."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from casebinder.errors import InvalidInput
from casebinder.infra.rulebook import denial_notice_elements
from casebinder.usecases.appeals import option, set_option
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault

PREFIX = "denial-notice:"


@dataclass(frozen=True)
class NoticeElement:
    id: str
    label: str
    source: str
    present: bool
    if_missing: str


def _family(session: Session, case_id: int) -> dict[str, Any]:
    """The notice rules of the case's kind of plan (a Medicare Advantage notice is not judged by ERISA's)."""
    plan = get_case(session, case_id).plan_type.value
    families: dict[str, dict[str, Any]] = denial_notice_elements()["families"]
    return next((f for f in families.values() if plan in f["plans"]), families["commercial"])


def _elements(session: Session, case_id: int) -> list[dict[str, Any]]:
    plan = get_case(session, case_id).plan_type.value
    return [e for e in _family(session, case_id)["elements"] if not e.get("plans") or plan in e["plans"]]


@dataclass(frozen=True)
class NoticeRules:
    rules: str  # the regulations a notice of this kind of plan must meet
    next_step: str  # what to do next on this plan's ladder


@query("denial.rules")
def denial_notice_rules(vault: Vault, case_id: int) -> NoticeRules:
    """Which rules the case's denial notice is checked against, and the next step on its ladder."""
    with vault.session() as session:
        family = _family(session, case_id)
    return NoticeRules(family["rules"], family["next_step"])


@query("denial.check")
def denial_notice(vault: Vault, case_id: int) -> list[NoticeElement]:
    """Each element a denial notice of this case's plan must state, and whether its letter was ticked."""
    with vault.session() as session:
        elements = _elements(session, case_id)
        ticked = {e["id"] for e in elements if option(session, case_id, PREFIX + e["id"]) == "yes"}
    return [
        NoticeElement(e["id"], e["label"], e["source"], e["id"] in ticked, e["if_missing"]) for e in elements
    ]


@command("denial.record")
def record_denial_notice(vault: Vault, case_id: int, present: set[str]) -> Changes:
    """Record which elements the case's denial letter contains (the others: missing)."""
    with vault.transaction() as session:
        known = {e["id"] for e in _elements(session, case_id)}
        unknown = present - known
        if unknown:
            raise InvalidInput(
                "unknown notice element(s): {unknown} (choose from {known})",
                unknown=", ".join(sorted(unknown)),
                known=", ".join(sorted(known)),
            )
        for element_id in known:
            set_option(session, case_id, PREFIX + element_id, "yes" if element_id in present else None)
    return Changes(case_id=case_id, case=True)

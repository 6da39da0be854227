"""Medical-necessity criteria and the evidence that meets them: what a reviewer checks, item by item.

A procedure template carries the usual criteria with their source (``data/checklists/<procedure>.json``,
"criteria"); the person edits them to match the insurer's own policy, adds their own, and links each to the
documents (and pages) that meet it. Two kinds of criteria can also be met by what the vault already holds:
a count of days in the symptom diary (chronic migraine: 15 headache days a month for 3 months) and a number
of treatments tried (step therapy). A criterion with neither a link nor such a proof is *unmet*: that is
what the person has to find before the appeal goes. Pure rules: no Qt, no I/O.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casebinder.domain.diary import MonthSummary, SymptomSummary


@dataclass(frozen=True)
class DiaryRule:
    """Met when each of the last ``months`` months has ``days`` days with the symptom (or ``long_days``
    days of the long kind: 4 hours or more for headaches)."""

    symptom: str
    months: int
    days: int = 0
    long_days: int = 0

    def met_by(self, summary: SymptomSummary | None) -> tuple[bool, str]:
        if summary is None:
            return False, f"no {self.symptom} diary yet"

        def meets(month: MonthSummary) -> bool:
            if self.long_days:
                return month.long_days >= self.long_days
            return month.symptom_days >= max(self.days, 1)

        # The month under way counts once it meets the rule; until then the months before it are
        # counted (on the 2nd of a month, 15 headache days cannot have happened yet)
        counted = summary.months
        if counted and not counted[-1].complete and not meets(counted[-1]):
            counted = counted[:-1]
        months = counted[-self.months :]
        good = sum(1 for month in months if meets(month))
        if self.long_days:
            want = f"{self.long_days} or more days of {summary.long_hours or 4:g} h"
        else:
            want = f"{max(self.days, 1)} or more days"
        missing = sum(m.missing for m in months)
        said = f"diary: {good} of the last {self.months} month(s) with {want} of {self.symptom}"
        if missing:
            said += f" ({missing} day(s) not recorded)"
        return good >= self.months, said


@dataclass(frozen=True)
class TemplateCriterion:
    key: str
    label: str
    source: str
    diary: DiaryRule | None = None
    treatments: int = 0  # met when this many treatments tried are recorded (step therapy)


def template_criteria(template: dict[str, Any] | None) -> list[TemplateCriterion]:
    """The criteria of a procedure template (a checklist JSON), in its order."""
    found = []
    for item in (template or {}).get("criteria", []):
        rule = item.get("diary")
        diary = (
            DiaryRule(rule["symptom"], rule.get("months", 1), rule.get("days", 0), rule.get("long_days", 0))
            if rule
            else None
        )
        found.append(TemplateCriterion(item["id"], item["label"], item.get("source", ""), diary,
                                       item.get("treatments", 0)))  # fmt: skip
    return found


@dataclass(frozen=True)
class Evidence:
    """A document (and page) the person linked to a criterion; ``exhibit`` is set in a packet."""

    link_id: int
    document_id: int
    title: str
    page: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CriterionStatus:
    key: str  # the template's id, or "own-N" for the person's own
    label: str
    source: str
    own: bool  # added by the person, not from the template
    evidence: tuple[Evidence, ...] = ()
    proofs: tuple[str, ...] = ()  # met by what the vault holds: the diary's months, treatments tried
    met: bool = False
    unmet_because: str = ""


def evaluate(
    criterion: TemplateCriterion,
    evidence: Sequence[Evidence],
    summaries: dict[str, SymptomSummary],
    treatments: int,
    own: bool = False,
) -> CriterionStatus:
    """Met when a document is linked, or the diary or the treatments tried prove it."""
    proofs: list[str] = []
    reasons: list[str] = []
    if criterion.diary is not None:
        met, said = criterion.diary.met_by(summaries.get(criterion.diary.symptom))
        (proofs if met else reasons).append(said)
    if criterion.treatments:
        said = f"{treatments} treatment(s) tried recorded (needs {criterion.treatments})"
        (proofs if treatments >= criterion.treatments else reasons).append(said)
    met = bool(evidence) or bool(proofs)
    if not met and not reasons:
        reasons.append("no document linked yet")
    return CriterionStatus(
        criterion.key,
        criterion.label,
        criterion.source,
        own,
        tuple(evidence),
        tuple(proofs),
        met,
        "" if met else "; ".join(reasons),
    )

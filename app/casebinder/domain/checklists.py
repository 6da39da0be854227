"""The document checklist for each appeal stage: base items plus the procedure's evidence template.

Pure: templates come in as parsed data, the case's marks and links as plain values. An item is done when a
document is linked to it or the user marked it done, not applicable when marked so, missing otherwise;
documents of a matching kind that are not linked yet are suggestions the user confirms.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casebinder.domain.enums import ChecklistStatus, Stage


@dataclass(frozen=True)
class ItemTemplate:
    id: str
    label: str
    kinds: tuple[str, ...]
    source: str = ""
    caregiver_only: bool = False
    from_procedure: bool = False


@dataclass(frozen=True)
class ItemStatus:
    item: ItemTemplate
    status: ChecklistStatus
    linked: tuple[int, ...]
    suggested: tuple[int, ...]
    # a linked document is an authorization that is lapsing: ("expiring" or "expired", its last good day)
    lapse: tuple[str, dt.date] | None = None


@dataclass(frozen=True)
class StageChecklist:
    stage: Stage
    items: tuple[ItemStatus, ...]

    @property
    def completion(self) -> float:
        counted = [i for i in self.items if i.status is not ChecklistStatus.NOT_APPLICABLE]
        done = sum(i.status is ChecklistStatus.DONE for i in counted)
        return 1.0 if not counted else done / len(counted)


def _item(raw: Mapping[str, Any], *, procedure: bool = False) -> ItemTemplate:
    return ItemTemplate(
        raw["id"],
        raw["label"],
        tuple(raw.get("kinds", ())),
        raw.get("source", ""),
        bool(raw.get("caregiver_only")),
        procedure,
    )


def stage_group(base: Mapping[str, Any], stage: str) -> str | None:
    for name, group in base["groups"].items():
        if stage in group["stages"]:
            return str(name)
    return None


def items_for_stage(
    base: Mapping[str, Any], procedure: Mapping[str, Any] | None, stage: str, caregiver: bool
) -> list[ItemTemplate]:
    group = stage_group(base, stage)
    if group is None:
        return []
    items = [_item(raw) for raw in base["groups"][group]["items"]]
    items = [i for i in items if caregiver or not i.caregiver_only]
    if procedure is not None and group in ("pre-authorization", "internal-appeal", "external-review"):
        taken = {i.id for i in items}
        items += [_item(raw, procedure=True) for raw in procedure["items"] if raw["id"] not in taken]
    return items


def evaluate(
    stage: Stage,
    items: Sequence[ItemTemplate],
    marks: Mapping[str, ChecklistStatus],
    links: Mapping[str, Sequence[int]],
    documents: Sequence[tuple[int, str]],
) -> StageChecklist:
    """``documents``: (id, kind) of the case's documents, for suggestions."""
    by_kind: dict[str, list[int]] = {}  # once, not a pass over 10,000 documents per item
    for doc_id, kind in documents:
        by_kind.setdefault(kind, []).append(doc_id)
    statuses = []
    for item in items:
        linked = tuple(links.get(item.id, ()))
        mark = marks.get(item.id)
        status = (
            ChecklistStatus.NOT_APPLICABLE
            if mark is ChecklistStatus.NOT_APPLICABLE
            else ChecklistStatus.DONE
            if linked or mark is ChecklistStatus.DONE
            else ChecklistStatus.MISSING
        )
        matching = sorted(doc_id for kind in set(item.kinds) for doc_id in by_kind.get(kind, ()))
        suggested = tuple(doc_id for doc_id in matching if doc_id not in linked)
        missing = status is ChecklistStatus.MISSING
        statuses.append(ItemStatus(item, status, linked, suggested if missing else ()))
    return StageChecklist(stage, tuple(statuses))

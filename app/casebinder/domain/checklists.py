"""The document checklist for each appeal stage: base items plus the procedure's evidence template.

Pure: templates come in as parsed data, the case's marks and links as plain values. An item is done when a
document is linked to it or the user marked it done, not applicable when marked so, missing otherwise;
documents of a matching kind that are not linked yet are suggestions the user confirms.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


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
    status: str  # done, missing, n/a
    linked: tuple[int, ...]
    suggested: tuple[int, ...]


@dataclass(frozen=True)
class StageChecklist:
    stage: str
    items: tuple[ItemStatus, ...]

    @property
    def completion(self) -> float:
        counted = [i for i in self.items if i.status != "n/a"]
        return 1.0 if not counted else sum(i.status == "done" for i in counted) / len(counted)


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
    stage: str,
    items: Sequence[ItemTemplate],
    marks: Mapping[str, str],
    links: Mapping[str, Sequence[int]],
    documents: Sequence[tuple[int, str]],
) -> StageChecklist:
    """``documents``: (id, kind) of the case's documents, for suggestions."""
    statuses = []
    for item in items:
        linked = tuple(links.get(item.id, ()))
        mark = marks.get(item.id, "")
        status = "n/a" if mark == "n/a" else "done" if linked or mark == "done" else "missing"
        suggested = tuple(doc_id for doc_id, kind in documents if kind in item.kinds and doc_id not in linked)
        statuses.append(ItemStatus(item, status, linked, suggested if status == "missing" else ()))
    return StageChecklist(stage, tuple(statuses))

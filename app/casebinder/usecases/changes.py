"""What a command changed, so views refresh only what they show (after Anki's OpChanges).

Every command returns one. ``record`` is the record it created or edited (a detached copy: the CLI prints its
id, the app selects it), ``undo`` what a deletion removed, for the app's Undo.
"""

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casebinder.usecases.snapshots import Snapshot


@dataclass(frozen=True)
class Changes:
    case_id: int | None = None
    person: bool = False
    case: bool = False
    document: bool = False
    call: bool = False
    correspondence: bool = False
    timeline: bool = False
    medical: bool = False  # medical history, treatments tried, costs
    diary: bool = False  # symptom diary entries
    criteria: bool = False  # medical-necessity criteria and their evidence
    contacts: bool = False  # contacts and authorizations (which lapse)
    record: Any = None
    undo: "Snapshot | None" = None

    @property
    def id(self) -> int | None:
        """The id of the record created or edited, when there is one."""
        return getattr(self.record, "id", None)

    def __or__(self, other: "Changes") -> "Changes":
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name not in ("case_id", "record", "undo")
        }
        return replace(
            self,
            case_id=self.case_id if self.case_id == other.case_id else None,
            record=other.record or self.record,
            undo=other.undo or self.undo,
            **flags,
        )

    @property
    def everything(self) -> "Changes":
        """The same, with every view to refresh (a case deleted, a deletion undone)."""
        return replace(
            self,
            person=True,
            case=True,
            document=True,
            call=True,
            correspondence=True,
            timeline=True,
            medical=True,
            diary=True,
            criteria=True,
        )

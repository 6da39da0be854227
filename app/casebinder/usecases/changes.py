"""What a mutation changed, so views refresh only what they show (after Anki's OpChanges)."""

from dataclasses import dataclass


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

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            case_id=self.case_id if self.case_id == other.case_id else None,
            person=self.person or other.person,
            case=self.case or other.case,
            document=self.document or other.document,
            call=self.call or other.call,
            correspondence=self.correspondence or other.correspondence,
            timeline=self.timeline or other.timeline,
            medical=self.medical or other.medical,
        )

"""The fixed vocabularies of a coverage fight, each written once.

Values are the stable ids used by the CLI and JSON (kebab-case) and stored in the vault; labels are what
people read. argparse ``choices``, combo boxes, JSON and the packet all take them from here.
"""

from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("-", " ").capitalize())

    @classmethod
    def parse(cls, text: str) -> Self:
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if wanted in (member.value, member.label.lower().replace(" ", "-")):
                return member
        raise ValueError(
            f"unknown {cls.__doc__ or cls.__name__}: {text!r} (choose from {cls.choices_text()})"
        )

    @classmethod
    def values(cls) -> list[str]:
        """The ids, in order: argparse ``choices`` and help texts come from here."""
        return [member.value for member in cls]

    @classmethod
    def choices_text(cls) -> str:
        return ", ".join(cls.values())


class PlanType(Labelled):
    """plan type"""

    ACA_INDIVIDUAL = "aca-individual"
    EMPLOYER_INSURED = "employer-insured"
    EMPLOYER_SELF_FUNDED = "employer-self-funded"
    MEDICARE = "medicare"
    MEDICARE_ADVANTAGE = "medicare-advantage"
    MEDICAID = "medicaid"
    OTHER = "other"


class CaseStatus(Labelled):
    """case status"""

    OPEN = "open"
    WON = "won"
    LOST = "lost"
    CLOSED = "closed"


class ContactRole(Labelled):
    """contact role"""

    INSURER_REP = "insurer-rep"
    PROVIDER_OFFICE = "provider-office"
    NAVIGATOR = "navigator"
    BILLING_SPECIALIST = "billing-specialist"
    ADVOCATE = "advocate"
    OTHER = "other"


class DocumentKind(Labelled):
    """document kind"""

    DENIAL = "denial"
    APPROVAL = "approval"
    INSURER_LETTER = "insurer-letter"
    MEDICAL_NECESSITY = "medical-necessity"
    CLINICAL_NOTE = "clinical-note"
    TEST_RESULT = "test-result"
    IMAGING = "imaging"
    PHOTO = "photo"
    RECEIPT = "receipt"
    ESTIMATE = "estimate"
    POLICY = "policy"
    APPEAL_LETTER = "appeal-letter"
    PRIOR_AUTH_REQUEST = "prior-auth-request"
    PROOF_OF_SUBMISSION = "proof-of-submission"
    OTHER = "other"


class Direction(Labelled):
    """direction"""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class CorrespondenceMethod(Labelled):
    """correspondence method"""

    LETTER = "letter"
    FAX = "fax"
    PORTAL = "portal"
    EMAIL = "email"
    IN_PERSON = "in-person"


class EventKind(Labelled):
    """event kind"""

    CALL = "call"
    FOLLOW_UP = "follow-up"
    DOCUMENT = "document"
    LETTER_RECEIVED = "letter-received"
    LETTER_SENT = "letter-sent"
    DECISION = "decision"
    DEADLINE = "deadline"
    STAGE = "stage"
    NOTE = "note"


class TreatmentKind(Labelled):
    """treatment kind"""

    MEDICATION = "medication"
    INJECTION = "injection"
    THERAPY = "therapy"
    PROCEDURE = "procedure"
    DEVICE = "device"
    OTHER = "other"


class CostKind(Labelled):
    """cost kind"""

    BILLED = "billed"
    PAID = "paid"
    ESTIMATE = "estimate"


class MedicalKind(Labelled):
    """kind of medical record"""

    HISTORY = "history"
    TREATMENT = "treatment"
    COST = "cost"


class MilestoneKind(Labelled):
    """event kind"""  # the CLI's ``event add --kind``

    PRIOR_AUTH_REQUESTED = "prior-auth-requested"
    PRIOR_AUTH_DECISION = "prior-auth-decision"
    CLAIM_SUBMITTED = "claim-submitted"
    DENIAL_RECEIVED = "denial-received"
    APPEAL_SUBMITTED = "appeal-submitted"
    DECISION_RECEIVED = "decision-received"
    EXTERNAL_REVIEW_REQUESTED = "external-review-requested"
    EXTERNAL_REVIEW_DECISION = "external-review-decision"
    COMPLAINT_FILED = "complaint-filed"

    @property
    def is_filing(self) -> bool:
        """Something the person (or their doctor) sends: it closes a filing deadline."""
        return self in _FILINGS

    @property
    def is_decision(self) -> bool:
        """Something the plan or a reviewer decides: it closes a decision deadline."""
        return self in _DECISIONS


_FILINGS = frozenset(
    {
        MilestoneKind.APPEAL_SUBMITTED,
        MilestoneKind.EXTERNAL_REVIEW_REQUESTED,
        MilestoneKind.COMPLAINT_FILED,
        MilestoneKind.PRIOR_AUTH_REQUESTED,
        MilestoneKind.CLAIM_SUBMITTED,
    }
)
_DECISIONS = frozenset(
    {
        MilestoneKind.DECISION_RECEIVED,
        MilestoneKind.PRIOR_AUTH_DECISION,
        MilestoneKind.EXTERNAL_REVIEW_DECISION,
        MilestoneKind.DENIAL_RECEIVED,
    }
)


class Outcome(Labelled):
    """outcome"""

    APPROVED = "approved"
    DENIED = "denied"
    UPHELD = "upheld"
    OVERTURNED = "overturned"


class Service(Labelled):
    """care timing"""

    PRE = "pre"
    POST = "post"


class ChecklistStatus(Labelled):
    """checklist status"""

    DONE = "done"
    NOT_APPLICABLE = "n/a"
    MISSING = "missing"


class DeadlineStatus(Labelled):
    """deadline status"""

    OPEN = "open"
    MET = "met"
    MISSED = "missed"
    OVERDUE = "overdue"


class PacketSection(Labelled):
    """packet section"""

    COVER = "cover"
    INDEX = "index"
    CHRONOLOGY = "chronology"
    CALLS = "calls"
    HISTORY = "history"
    TREATMENTS = "treatments"
    COSTS = "costs"


class Paper(Labelled):
    """paper size"""

    LETTER = "letter"
    A4 = "a4"


class Stage(Labelled):
    """stage"""

    PRE_AUTHORIZATION = "pre-authorization"
    CLAIM = "claim"
    INTERNAL_APPEAL_1 = "internal-appeal-1"
    INTERNAL_APPEAL_2 = "internal-appeal-2"
    EXTERNAL_REVIEW = "external-review"
    REGULATOR_COMPLAINT = "regulator-complaint"
    INITIAL_DETERMINATION = "initial-determination"
    REDETERMINATION = "redetermination"
    RECONSIDERATION = "reconsideration"
    ALJ_HEARING = "alj-hearing"
    APPEALS_COUNCIL = "appeals-council"
    FEDERAL_COURT = "federal-court"
    ORGANIZATION_DETERMINATION = "organization-determination"
    PLAN_RECONSIDERATION = "plan-reconsideration"
    INDEPENDENT_REVIEW = "independent-review"
    PLAN_APPEAL = "plan-appeal"
    STATE_FAIR_HEARING = "state-fair-hearing"


_LABELS = {
    "aca-individual": "ACA individual",
    "employer-insured": "Employer (fully insured)",
    "employer-self-funded": "Employer self-funded (ERISA)",
    "medicare": "Medicare A/B",
    "medicare-advantage": "Medicare Advantage",
    "medicaid": "Medicaid",
    "denial": "Denial letter or EOB",
    "insurer-letter": "Insurer letter",
    "medical-necessity": "Letter of medical necessity",
    "test-result": "Test result",
    "receipt": "Receipt or invoice",
    "estimate": "Written estimate",
    "policy": "Policy or benefits booklet",
    "prior-auth-request": "Prior-authorization request",
    "insurer-rep": "Insurer representative",
    "provider-office": "Provider office",
    "billing-specialist": "Billing specialist",
    "follow-up": "Follow-up",
    "letter-received": "Letter received",
    "letter-sent": "Letter sent",
    "billed": "Billed",
    "paid": "Paid out of pocket",
    "history": "Medical history",
    "prior-auth-requested": "Prior authorization requested",
    "prior-auth-decision": "Prior-authorization decision",
    "complaint-filed": "Complaint filed with the regulator",
    "upheld": "Denial upheld",
    "overturned": "Denial overturned",
    "pre": "Before the care (pre-service)",
    "post": "After the care (post-service, a claim)",
    "n/a": "Not applicable",
    "cover": "Cover sheet",
    "index": "Index with page numbers",
    "calls": "Call log",
    "treatments": "Treatments tried",
    "letter": "US Letter",
    "a4": "A4",
    "alj-hearing": "ALJ hearing",
}

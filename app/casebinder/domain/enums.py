"""The fixed vocabularies of a coverage fight.

Values are the stable ids used by the CLI and JSON (kebab-case); labels are what people read.
"""

from enum import StrEnum


class Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("-", " ").capitalize())

    @classmethod
    def parse(cls, text: str) -> "Labelled":
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if wanted in (member.value, member.label.lower().replace(" ", "-")):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"unknown {cls.__doc__ or cls.__name__}: {text!r} (choose from {choices})")


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
}

"""The fixed vocabularies of a coverage fight, each written once.

Values are the stable ids used by the CLI and JSON (kebab-case) and stored in the vault; labels are what
people read. argparse ``choices``, combo boxes, JSON and the packet all take them from here.
"""

from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    @property
    def label(self) -> str:
        return (
            _LABELS.get(type(self).__name__, {}).get(self.value) or self.value.replace("-", " ").capitalize()
        )

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
    MEDICARE_PART_D = "medicare-part-d"
    MEDICAID = "medicaid"
    OTHER = "other"
    UNKNOWN = "unknown"  # "I don't know": the most cautious deadlines of any plan type apply

    @property
    def explanation(self) -> str:
        """One line that helps a person recognise their plan."""
        return _PLAN_TYPE_EXPLANATIONS[self]

    @property
    def is_medicare(self) -> bool:
        """Original Medicare, Medicare Advantage or a Part D plan: Medicare's own forms and ladders."""
        return self in (PlanType.MEDICARE, PlanType.MEDICARE_ADVANTAGE, PlanType.MEDICARE_PART_D)


class CaseStatus(Labelled):
    """case status"""

    OPEN = "open"
    WON = "won"
    LOST = "lost"
    CLOSED = "closed"


class ContactRole(Labelled):
    """contact role"""

    # schema 1.12: the insurer's departments, providers and their billing offices
    INSURER_APPEALS = "insurer-appeals"
    INSURER_MEMBER_SERVICES = "insurer-member-services"
    INSURER_UTILIZATION_MANAGEMENT = "insurer-utilization-management"
    INSURER_REP = "insurer-rep"
    PROVIDER = "provider"
    PROVIDER_OFFICE = "provider-office"
    PROVIDER_BILLING = "provider-billing"
    BILLING_SPECIALIST = "billing-specialist"
    NAVIGATOR = "navigator"
    ADVOCATE = "advocate"
    OTHER = "other"


class AuthorizationKind(Labelled):
    """authorization kind"""  # schema 1.12: papers that lapse

    AUTHORIZED_REPRESENTATIVE = "authorized-representative"
    HIPAA = "hipaa"
    CMS_1696 = "cms-1696"
    POWER_OF_ATTORNEY = "power-of-attorney"
    PRIOR_AUTHORIZATION = "prior-authorization"
    RE_AUTHORIZATION = "re-authorization"


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


class DateSource(Labelled):
    """date source"""

    USER = "user"  # typed or confirmed by the user (or none known)
    LETTER = "letter"  # the date line of a letter or the first date in its text
    EMAIL = "email"  # the message's Date header
    PHOTO = "photo"  # EXIF DateTimeOriginal
    FILENAME = "filename"  # an ISO or US date in the file's name


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
    EOB = "eob"  # schema 1.12: a line of an explanation of benefits (billed, allowed, plan paid, your share)


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
    CONCURRENT_CARE_REQUESTED = "concurrent-care-requested"
    INFORMATION_REQUESTED = "information-requested"
    INFORMATION_SENT = "information-sent"
    EXTENSION_NOTICE = "extension-notice"

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
        MilestoneKind.CONCURRENT_CARE_REQUESTED,
        MilestoneKind.INFORMATION_SENT,
    }
)
_DECISIONS = frozenset(
    {
        MilestoneKind.DECISION_RECEIVED,
        MilestoneKind.PRIOR_AUTH_DECISION,
        MilestoneKind.EXTERNAL_REVIEW_DECISION,
        MilestoneKind.DENIAL_RECEIVED,
        MilestoneKind.INFORMATION_REQUESTED,  # an urgent request's clock stops until the answer
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
    PART_B_DRUG = "part-b-drug"


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
    DECIDED_LATE = "decided-late"  # the plan decided after its clock: what that allows still holds
    FILED_LATE = "filed-late"
    PASSED = "passed"  # an optional step whose window has gone


class PacketSection(Labelled):
    """packet section"""

    COVER = "cover"
    INDEX = "index"
    CRITERIA = "criteria"
    CHRONOLOGY = "chronology"
    CALLS = "calls"
    SUBMISSIONS = "submissions"
    HISTORY = "history"
    TREATMENTS = "treatments"
    COSTS = "costs"
    DIARY = "diary"


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
    COVERAGE_DETERMINATION = "coverage-determination"


class UsState(Labelled):
    """State"""  # 50 States, DC and five territories: what the law leaves to States depends on it

    AL = "AL"
    AK = "AK"
    AZ = "AZ"
    AR = "AR"
    CA = "CA"
    CO = "CO"
    CT = "CT"
    DE = "DE"
    DC = "DC"
    FL = "FL"
    GA = "GA"
    HI = "HI"
    ID = "ID"
    IL = "IL"
    IN = "IN"
    IA = "IA"
    KS = "KS"
    KY = "KY"
    LA = "LA"
    ME = "ME"
    MD = "MD"
    MA = "MA"
    MI = "MI"
    MN = "MN"
    MS = "MS"
    MO = "MO"
    MT = "MT"
    NE = "NE"
    NV = "NV"
    NH = "NH"
    NJ = "NJ"
    NM = "NM"
    NY = "NY"
    NC = "NC"
    ND = "ND"
    OH = "OH"
    OK = "OK"
    OR = "OR"
    PA = "PA"
    RI = "RI"
    SC = "SC"
    SD = "SD"
    TN = "TN"
    TX = "TX"
    UT = "UT"
    VT = "VT"
    VA = "VA"
    WA = "WA"
    WV = "WV"
    WI = "WI"
    WY = "WY"
    AS = "AS"
    GU = "GU"
    MP = "MP"
    PR = "PR"
    VI = "VI"

    @classmethod
    def parse(cls, text: str) -> "UsState":
        wanted = text.strip()
        for member in cls:
            if wanted.upper() == member.value or wanted.lower() == member.label.lower():
                return member
        raise ValueError(f"unknown State: {text!r} (choose from a two-letter code such as CA, NY, DC or PR)")


# Labels that are not the id capitalised, per vocabulary (one id can mean two things: a "letter" is a way to
# send mail and a paper size).
_LABELS: dict[str, dict[str, str]] = {
    "PlanType": {
        "unknown": "I don't know",
        "aca-individual": "ACA individual",
        "employer-insured": "Employer (fully insured)",
        "employer-self-funded": "Employer self-funded (ERISA)",
        "medicare": "Medicare A/B",
        "medicare-advantage": "Medicare Advantage",
        "medicare-part-d": "Medicare Part D (drug plan)",
        "medicaid": "Medicaid",
    },
    "DocumentKind": {
        "denial": "Denial letter or EOB",
        "insurer-letter": "Insurer letter",
        "medical-necessity": "Letter of medical necessity",
        "test-result": "Test result",
        "receipt": "Receipt or invoice",
        "estimate": "Written estimate",
        "policy": "Policy or benefits booklet",
        "prior-auth-request": "Prior-authorization request",
    },
    "ContactRole": {
        "insurer-appeals": "Insurer: appeals",
        "insurer-member-services": "Insurer: member services",
        "insurer-utilization-management": "Insurer: utilization management (prior authorization)",
        "insurer-rep": "Insurer representative",
        "provider": "Provider (doctor, clinic, hospital)",
        "provider-office": "Provider office",
        "provider-billing": "Provider billing office",
        "billing-specialist": "Billing specialist",
        "navigator": "Navigator",
        "advocate": "Patient advocate",
    },
    "AuthorizationKind": {
        "authorized-representative": "Authorized-representative form",
        "hipaa": "HIPAA authorization",
        "cms-1696": "CMS-1696 (Medicare appointment of representative)",
        "power-of-attorney": "Power of attorney",
        "prior-authorization": "Prior authorization",
        "re-authorization": "Re-authorization",
    },
    "EventKind": {
        "follow-up": "Follow-up",
        "letter-received": "Letter received",
        "letter-sent": "Letter sent",
    },
    "CostKind": {
        "billed": "Billed",
        "paid": "Paid out of pocket",
        "estimate": "Written estimate",
        "eob": "EOB line",
    },
    "MedicalKind": {"history": "Medical history"},
    "MilestoneKind": {
        "prior-auth-requested": "Prior authorization requested",
        "prior-auth-decision": "Prior-authorization decision",
        "complaint-filed": "Complaint filed with the regulator",
        "concurrent-care-requested": "Asked to extend ongoing treatment",
        "information-requested": "Plan asked for more information",
        "information-sent": "Sent the information the plan asked for",
        "extension-notice": "Plan said it needs more time",
    },
    "Outcome": {"upheld": "Denial upheld", "overturned": "Denial overturned"},
    "Service": {
        "pre": "Before the care (pre-service)",
        "post": "After the care (post-service, a claim)",
        "part-b-drug": "A Medicare Part B drug",
    },
    "DeadlineStatus": {"decided-late": "Decided late", "filed-late": "Filed late", "passed": "Passed"},
    "ChecklistStatus": {"n/a": "Not applicable"},
    "PacketSection": {
        "cover": "Cover sheet",
        "index": "Index with page numbers",
        "calls": "Call log",
        "submissions": "Record of submissions",
        "history": "Medical history",
        "treatments": "Treatments tried",
    },
    "CorrespondenceMethod": {"portal": "Portal message", "email": "E-mail"},
    "DateSource": {
        "user": "Given by you",
        "letter": "From the letter's date line",
        "email": "From the e-mail's Date",
        "photo": "From the photo (EXIF)",
        "filename": "From the file name",
    },
    "Paper": {"letter": "US Letter", "a4": "A4"},
    "Stage": {"alj-hearing": "ALJ hearing"},
    "UsState": {
        "AL": "Alabama",
        "AK": "Alaska",
        "AZ": "Arizona",
        "AR": "Arkansas",
        "CA": "California",
        "CO": "Colorado",
        "CT": "Connecticut",
        "DE": "Delaware",
        "DC": "District of Columbia",
        "FL": "Florida",
        "GA": "Georgia",
        "HI": "Hawaii",
        "ID": "Idaho",
        "IL": "Illinois",
        "IN": "Indiana",
        "IA": "Iowa",
        "KS": "Kansas",
        "KY": "Kentucky",
        "LA": "Louisiana",
        "ME": "Maine",
        "MD": "Maryland",
        "MA": "Massachusetts",
        "MI": "Michigan",
        "MN": "Minnesota",
        "MS": "Mississippi",
        "MO": "Missouri",
        "MT": "Montana",
        "NE": "Nebraska",
        "NV": "Nevada",
        "NH": "New Hampshire",
        "NJ": "New Jersey",
        "NM": "New Mexico",
        "NY": "New York",
        "NC": "North Carolina",
        "ND": "North Dakota",
        "OH": "Ohio",
        "OK": "Oklahoma",
        "OR": "Oregon",
        "PA": "Pennsylvania",
        "RI": "Rhode Island",
        "SC": "South Carolina",
        "SD": "South Dakota",
        "TN": "Tennessee",
        "TX": "Texas",
        "UT": "Utah",
        "VT": "Vermont",
        "VA": "Virginia",
        "WA": "Washington",
        "WV": "West Virginia",
        "WI": "Wisconsin",
        "WY": "Wyoming",
        "AS": "American Samoa",
        "GU": "Guam",
        "MP": "Northern Mariana Islands",
        "PR": "Puerto Rico",
        "VI": "U.S. Virgin Islands",
    },
}


_PLAN_TYPE_EXPLANATIONS = {
    PlanType.ACA_INDIVIDUAL: "You bought it yourself: HealthCare.gov, a State marketplace or an insurer.",
    PlanType.EMPLOYER_INSURED: "Through a job; an insurance company carries the risk (it is on the card).",
    PlanType.EMPLOYER_SELF_FUNDED: (
        "Through a job, and the employer pays the claims; an insurer only runs them. "
        'Ask HR: "is our plan self-funded?"'
    ),
    PlanType.MEDICARE: "Original Medicare: the red, white and blue card.",
    PlanType.MEDICARE_ADVANTAGE: "A private plan instead of Original Medicare (Part C), often a network.",
    PlanType.MEDICARE_PART_D: "A Medicare drug plan: for a medication the plan will not cover.",
    PlanType.MEDICAID: "Your State's Medicaid, or a Medicaid managed-care plan.",
    PlanType.OTHER: "Anything else (TRICARE, VA, a student plan...): the private-insurance rules are shown.",
    PlanType.UNKNOWN: "Not sure? The earliest deadlines of any plan type are shown until you set it.",
}

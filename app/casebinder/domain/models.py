"""The tables of a vault (schema 1.0, with later additions marked by the schema version that added them).

Plain SQLModel classes with explicit foreign keys and no ORM relationships: use cases query what they need,
which keeps loading predictable for 10,000-event timelines. Blob bytes live in ``blob_chunk`` rows of at most
1 MiB so no document is ever read or written whole.
"""

import datetime as dt

from sqlalchemy import Column, DateTime, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from casebinder.domain.columns import ValueOf
from casebinder.domain.enums import (
    AuthorizationKind,
    CaseStatus,
    ChecklistStatus,
    ContactRole,
    CorrespondenceMethod,
    CostKind,
    DateSource,
    Direction,
    DocumentKind,
    EventKind,
    MilestoneKind,
    Outcome,
    PlanType,
    Service,
    Stage,
    TreatmentKind,
    UsState,
)


# Times are naive local wall-clock times: what the person saw on their phone when the rep answered. Plain
# SQLAlchemy DateTime (not SQLModel's UTC-converting default) keeps them exactly as entered.
def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class Person(SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    date_of_birth: dt.date | None = None
    relationship: str = ""  # to the vault's owner: self, parent, child, spouse...
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


class Case(SQLModel, table=True):
    __tablename__ = "insurance_case"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    title: str
    procedure: str = ""
    procedure_template: str = ""  # a checklist template id, when the procedure names one
    insurer: str = ""
    plan_type: PlanType = PlanType.OTHER
    member_id: str = ""
    group_number: str = ""
    claim_number: str = ""
    authorization_number: str = ""
    status: CaseStatus = CaseStatus.OPEN
    stage: Stage = Field(default=Stage.PRE_AUTHORIZATION, sa_type=ValueOf(Stage))
    notes: str = ""
    # schema 1.5: the State whose law fills what federal law leaves to States (fair hearing windows)
    state: UsState | None = Field(
        default=None,
        sa_type=ValueOf(UsState, empty_is_none=True),
        nullable=False,
        sa_column_kwargs={"server_default": ""},
    )
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)
    updated_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


class Contact(SQLModel, table=True):
    __tablename__ = "contact"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    name: str
    role: ContactRole = ContactRole.OTHER
    organization: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    # schema 1.12: where letters and faxes go (an appeals department's address and fax), and its website
    fax: str = Field(default="", sa_column_kwargs={"server_default": ""})
    address: str = Field(default="", sa_column_kwargs={"server_default": ""})
    website: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Blob(SQLModel, table=True):
    __tablename__ = "blob"
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True)
    size: int
    chunk_count: int
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


class BlobChunk(SQLModel, table=True):
    __tablename__ = "blob_chunk"
    blob_id: int = Field(foreign_key="blob.id", ondelete="CASCADE", primary_key=True)
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Document(SQLModel, table=True):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("case_id", "blob_id"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    blob_id: int = Field(foreign_key="blob.id", index=True)
    title: str
    kind: DocumentKind = DocumentKind.OTHER
    date: dt.date | None = None
    source: str = ""  # who it came from: insurer, provider, me, portal...
    filename: str = ""
    media_type: str = "application/octet-stream"
    page_count: int | None = None
    size: int = 0
    sha256: str = ""
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)
    # schema 1.7: where ``date`` came from: proposed from the file (its letter's date line, the e-mail's Date,
    # the photo's EXIF, its name) until the user confirms or edits it ("user")
    date_source: DateSource = Field(
        default=DateSource.USER, sa_type=ValueOf(DateSource), sa_column_kwargs={"server_default": "user"}
    )


class Call(SQLModel, table=True):
    __tablename__ = "call"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    at: dt.datetime = Field(sa_type=DateTime)
    direction: Direction = Direction.OUTBOUND
    contact_id: int | None = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")
    with_whom: str = ""  # the organisation or department called
    rep_name: str = ""
    rep_id: str = ""
    reference_number: str = ""
    duration_minutes: int | None = None
    summary: str = ""
    promised: str = ""
    follow_up: dt.date | None = None
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)
    # schema 1.6: the follow-up was done (a missed one stays on the list, overdue, until it is)
    follow_up_done: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class Correspondence(SQLModel, table=True):
    __tablename__ = "correspondence"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    direction: Direction = Direction.OUTBOUND  # outbound = sent by us, inbound = received
    method: CorrespondenceMethod = CorrespondenceMethod.LETTER
    date: dt.date
    counterparty: str = ""
    subject: str = ""
    proof: str = ""  # tracking number, fax confirmation, portal message id
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)
    # schema 1.7: where it went (fax number, address, portal) and when, for the record of submissions
    sent_to: str = Field(default="", sa_column_kwargs={"server_default": ""})
    sent_time: dt.time | None = None
    # schema 1.12: the contact it was sent to or came from
    contact_id: int | None = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")


class CorrespondenceDocument(SQLModel, table=True):
    __tablename__ = "correspondence_document"
    correspondence_id: int = Field(foreign_key="correspondence.id", ondelete="CASCADE", primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", primary_key=True, index=True)


class Event(SQLModel, table=True):
    """One dated line of a case's timeline; the source record, if any, is one of the optional links."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_case_at", "case_id", "at"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE")
    at: dt.datetime = Field(sa_type=DateTime)
    all_day: bool = True
    kind: EventKind
    title: str
    detail: str = ""
    call_id: int | None = Field(default=None, foreign_key="call.id", ondelete="CASCADE", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id", ondelete="CASCADE", index=True)
    correspondence_id: int | None = Field(
        default=None, foreign_key="correspondence.id", ondelete="CASCADE", index=True
    )
    # schema 1.4: a milestone's own line (it goes when the milestone goes)
    milestone_id: int | None = Field(
        default=None, foreign_key="case_milestone.id", ondelete="CASCADE", index=True
    )
    # schema 1.8: the title as a phrase (casebinder.phrases, JSON), so the app shows it in the person's
    # language; empty for lines made before, which show their English title
    said: str = Field(default="", sa_column_kwargs={"server_default": ""})


# --- schema 1.1: what was read from a file, kept per stored bytes (shared by duplicates) -------------------
class BlobText(SQLModel, table=True):
    __tablename__ = "blob_text"
    blob_id: int = Field(foreign_key="blob.id", ondelete="CASCADE", primary_key=True)
    text: str = ""
    method: str = "none"  # pdf, ocr, plain, email, none


class BlobThumbnail(SQLModel, table=True):
    __tablename__ = "blob_thumbnail"
    blob_id: int = Field(foreign_key="blob.id", ondelete="CASCADE", primary_key=True)
    media_type: str = "image/jpeg"
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


# --- schema 1.2: the appeal's milestones, checklist state, and per-case options --------------------------
class CaseMilestone(SQLModel, table=True):
    """Something that happened in the appeal (denial received, appeal submitted...): deadlines follow."""

    __tablename__ = "case_milestone"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    kind: MilestoneKind = Field(sa_type=ValueOf(MilestoneKind))
    at: dt.datetime = Field(sa_type=DateTime)
    stage: Stage = Field(sa_type=ValueOf(Stage))
    urgent: bool = False
    service: Service | None = Field(
        default=None, sa_type=ValueOf(Service, empty_is_none=True), nullable=False
    )
    outcome: Outcome | None = Field(
        default=None, sa_type=ValueOf(Outcome, empty_is_none=True), nullable=False
    )
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)
    # schema 1.4: the document it came from (a dated denial letter), so one letter makes one milestone
    document_id: int | None = Field(default=None, foreign_key="document.id", ondelete="SET NULL", index=True)
    # schema 1.5: the date printed on the notice (rules count from it or from receipt, ``at``), whether
    # ``at`` is known (only the notice's date given: it repeats it), the day the plan's change takes effect
    dated: dt.date | None = None
    at_known: bool = Field(default=True, sa_column_kwargs={"server_default": "1"})
    takes_effect: dt.date | None = None


class ChecklistEntry(SQLModel, table=True):
    """A user's mark on a checklist item: done, or not applicable (missing is the absence of a mark)."""

    __tablename__ = "checklist_entry"
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", primary_key=True)
    stage: Stage = Field(primary_key=True, sa_type=ValueOf(Stage))
    item_id: str = Field(primary_key=True)
    status: ChecklistStatus = Field(sa_type=ValueOf(ChecklistStatus))


class ChecklistLink(SQLModel, table=True):
    """A document the user confirmed as evidence for a checklist item."""

    __tablename__ = "checklist_link"
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", primary_key=True)
    stage: Stage = Field(primary_key=True, sa_type=ValueOf(Stage))
    item_id: str = Field(primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", primary_key=True)


class CaseOption(SQLModel, table=True):
    """Small per-case settings (appeal levels, denial-letter ticks): the case table stays narrow."""

    __tablename__ = "case_option"
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", primary_key=True)
    key: str = Field(primary_key=True)
    value: str


# --- schema 1.3: the medical facts a reviewer weighs: history, treatments tried, costs ----------------------
class MedicalHistory(SQLModel, table=True):
    """A diagnosis or condition and what it does to daily life: why the treatment is needed."""

    __tablename__ = "medical_history"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    condition: str
    code: str = ""  # ICD-10, as on the provider's records (e.g. G43.709)
    since: dt.date | None = None
    detail: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


class Treatment(SQLModel, table=True):
    """Something tried before the treatment asked for, and how it went: plans often require this first
    ("step therapy"), so dates and the reason it stopped are the evidence."""

    __tablename__ = "treatment"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    name: str
    kind: TreatmentKind = TreatmentKind.MEDICATION
    started: dt.date | None = None
    ended: dt.date | None = None
    outcome: str = ""  # why it stopped: no relief, side effects, contraindicated...
    prescriber: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


class Cost(SQLModel, table=True):
    """Money at stake: a bill, an EOB line, what was paid out of pocket, or an estimate. Amounts in cents;
    an EOB line's parts are added up in :mod:`casebinder.domain.costs`."""

    __tablename__ = "cost"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    date: dt.date
    description: str
    amount_cents: int
    kind: CostKind = CostKind.PAID
    document_id: int | None = Field(default=None, foreign_key="document.id", ondelete="SET NULL")
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)
    # schema 1.12: an EOB line's figures (billed is ``amount_cents``), who billed, and when it was paid
    provider: str = Field(default="", sa_column_kwargs={"server_default": ""})
    allowed_cents: int | None = None
    plan_paid_cents: int | None = None
    deductible_cents: int | None = None
    copay_cents: int | None = None
    coinsurance_cents: int | None = None
    not_covered_cents: int | None = None
    paid_on: dt.date | None = None


# --- schema 1.7: which pages of stored bytes reach the foot (a packet shrinks those under its stamp) --------
class BlobFoot(SQLModel, table=True):
    """Measured once at import by a parser worker: "1" per page with content where a packet's page stamp
    goes, "0" where the foot is clear. Exports then need not draw the pages again."""

    __tablename__ = "blob_foot"
    blob_id: int = Field(foreign_key="blob.id", ondelete="CASCADE", primary_key=True)
    busy: str = ""


# --- schema 1.7: areas of an exhibit's pages the user blacked out (applied to packets only) -----------------
class RedactionMark(SQLModel, table=True):
    """A box on one page of a document, in fractions of the page (0 to 1 from the top left, as shown):
    packets burn it in; the stored document is never changed."""

    __tablename__ = "redaction_mark"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    page: int  # 1-based, as people count pages
    left: float
    top: float
    right: float
    bottom: float
    reason: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


# --- schema 1.10: the symptom diary ------------------------------------------------------------------------
class SymptomEntry(SQLModel, table=True):
    """One line of the person's diary: a symptom on a day, how bad (0, none that day, to 10), for how long,
    what it stopped them doing and what they took. Criteria count days (``domain.diary``), so a day not
    written down stays missing; several entries a day are one day."""

    __tablename__ = "symptom_entry"
    __table_args__ = (Index("ix_symptom_entry_case_id_day", "case_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE")
    day: dt.date
    at: dt.time | None = None  # when, if the person says
    symptom: str
    severity: int  # 0 to 10
    hours: float | None = None
    stopped: str = ""  # what it stopped them doing: work, driving, reading, looking after the children
    medication: str = ""
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


# --- schema 1.11: medical-necessity criteria and the evidence that meets them ------------------------------
class CaseCriterion(SQLModel, table=True):
    """A criterion of this case: the template's, once the person edits, removes or links it (``key`` its
    id), or the person's own (``key`` "own-N"). Template criteria not yet touched have no row."""

    __tablename__ = "case_criterion"
    __table_args__ = (UniqueConstraint("case_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    key: str
    label: str
    source: str = ""
    removed: bool = False  # a template criterion the insurer's own policy does not have
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


class CriterionEvidence(SQLModel, table=True):
    """A document (and page) that meets a criterion."""

    __tablename__ = "criterion_evidence"
    id: int | None = Field(default=None, primary_key=True)
    criterion_id: int = Field(foreign_key="case_criterion.id", ondelete="CASCADE", index=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    page: int | None = None  # 1-based, as people count pages
    note: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)


# --- schema 1.12: papers that lapse: representatives' forms, HIPAA authorizations, prior authorizations ----
class CaseAuthorization(SQLModel, table=True):
    """An authorization with its document and the day it lapses (:mod:`casebinder.domain.authorizations`)."""

    __tablename__ = "case_authorization"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="insurance_case.id", ondelete="CASCADE", index=True)
    kind: AuthorizationKind = Field(sa_type=ValueOf(AuthorizationKind))
    party: str = ""  # who it is with or for
    number: str = ""  # the approval's reference number
    starts: dt.date | None = None
    expires: dt.date | None = None
    units: str = ""
    document_id: int | None = Field(default=None, foreign_key="document.id", ondelete="SET NULL", index=True)
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=DateTime)

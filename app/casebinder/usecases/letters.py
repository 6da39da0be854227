"""Letters drafted from a case, reviewed and edited by the person, saved into the vault as PDF documents.

A draft fills its template (:mod:`casebinder.infra.letter_templates`) from what the case holds: the person
and the plan, the denial's date, the criteria with the exhibit and page that meets each, the treatments
tried, the diary's months, the call log. What the vault cannot know (the plan's reason in its own words, the
doctor's name) the person writes once per case; it is kept as a case option for the next letter. A required
field still blank shows as ``[missing: …]`` and the letter cannot be saved until it is filled.

Exhibit numbers follow the packet's own order: the newest appeal letter is Exhibit 1, every other document
follows by date (:func:`casebinder.usecases.packet.select_documents`), so an appeal letter drafted now cites
the numbers the packet exported after saving it will print.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from casebinder.domain.criteria import CriterionStatus
from casebinder.domain.enums import DeadlineStatus, DocumentKind, MilestoneKind, Outcome, PlanType
from casebinder.domain.letters import (
    LetterField,
    LetterTemplate,
    Missing,
    marked,
    markers_in,
    missing_fields,
    quote,
    substitute,
)
from casebinder.domain.models import (
    Case,
    CaseMilestone,
    Contact,
    Document,
    Person,
)
from casebinder.domain.procedures import procedure_name
from casebinder.errors import InvalidInput
from casebinder.infra.files import write_atomically
from casebinder.infra.letter_templates import letter_fields, letter_rights, letter_templates
from casebinder.usecases import letter_sections as sections
from casebinder.usecases.appeals import option, set_option
from casebinder.usecases.changes import Changes
from casebinder.usecases.contacts import appeals_contact, contacts_of
from casebinder.usecases.criteria import policy_document
from casebinder.usecases.people import vault_owner
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault

OPTION = "letter:"  # case options holding what the person wrote for letters: letter:denial_reason


@dataclass(frozen=True)
class Draft:
    """A letter as drafted: the Markdown text, the required fields still blank, the fields the person
    writes (with what is kept for this case), and notes on what the letter leaves out."""

    template: LetterTemplate
    text: str
    missing: tuple[Missing, ...]
    asked: tuple[tuple[LetterField, str], ...]
    notes: tuple[str, ...]
    title: str  # the saved document's title (its date is the day it is saved)


@query("letter.list")
def list_letters() -> tuple[LetterTemplate, ...]:
    """Every letter Casebinder drafts, with the fields each cannot do without."""
    return letter_templates()


def letter_template(template_id: str) -> LetterTemplate:
    found = next((t for t in letter_templates() if t.id == template_id), None)
    if found is None:
        known = ", ".join(t.id for t in letter_templates())
        raise InvalidInput("no letter template {id!r}; there are: {known}", id=template_id, known=known)
    return found


def asked_fields(template: LetterTemplate) -> tuple[LetterField, ...]:
    """The fields of ``template`` the person writes, in the order the template's list gives: those its
    body or its required list names, those its blocks are made of, and those of its addressee."""
    fields = letter_fields()
    used = set(template.required)
    for placeholder in template.placeholders():
        used |= {placeholder, *_BLOCK_FIELDS.get(placeholder, ())}
    used |= _ADDRESSEE_FIELDS.get(template.to, set())
    return tuple(field for name, field in fields.items() if field.asked and name in used)


# What a block of the body is made of, where the person writes it (the body names only the block).
_BLOCK_FIELDS = {
    "codes_known": ("service_codes",),
    "relationship_phrase": ("representative_relationship",),
}
# Who the letterhead addresses, by the template's addressee.
_ADDRESSEE_FIELDS = {
    "insurer": {"insurer_address"},
    "doctor": {"doctor_name"},
    "provider": {"provider_name"},
    "regulator": {"regulator"},
}


def _kept(session: Session, case_id: int) -> dict[str, str]:
    return {
        field.name: option(session, case_id, OPTION + field.name) or ""
        for field in letter_fields().values()
        if field.asked
    }


@command("letter.fields")
def set_letter_fields(vault: Vault, case_id: int, values: Mapping[str, str]) -> Changes:
    """Keep what the person wrote for this case's letters (an empty value forgets it)."""
    fields = letter_fields()
    unknown = [name for name in values if name not in fields or not fields[name].asked]
    if unknown:
        known = ", ".join(name for name, field in fields.items() if field.asked)
        raise InvalidInput(
            "a letter has no field {names} to set; these are written by you: {known}",
            names=", ".join(unknown),
            known=known,
        )
    with vault.transaction() as session:
        get_case(session, case_id)
        for name, value in values.items():
            set_option(session, case_id, OPTION + name, value.strip() or None)
    return Changes(case_id=case_id)


@query("letter.draft")
def draft_letter(
    vault: Vault,
    case_id: int,
    template_id: str,
    asked: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Draft:
    """The letter filled from the case; ``asked`` overrides what is kept (the app's form, as it is typed)."""
    from casebinder.usecases.criteria import list_criteria

    template = letter_template(template_id)
    today = today or dt.date.today()
    criteria = list_criteria(vault, case_id, today)
    with vault.session() as session:
        case = get_case(session, case_id)
        person = session.get(Person, case.person_id)
        assert person is not None
        kept = _kept(session, case_id) | {k: v for k, v in (asked or {}).items() if k in letter_fields()}
        raw = _raw_values(session, case, person, kept, today)
        fields = letter_fields()
        missing = missing_fields(raw, template.required, fields)
        values = marked({k: quote(v) for k, v in raw.items()}, template.required, fields)
        notes: list[str] = []
        documents = list(session.exec(select(Document).where(col(Document.case_id) == case_id)))
        exhibits = _exhibit_numbers(documents, template)
        blocks = _blocks(session, case, template, values, raw, criteria, documents, exhibits, today, notes)
        blocks |= _deadline_blocks(vault, case_id, today)
    text = substitute(template.body, values | blocks)
    asked_now = tuple(
        (field, kept.get(field.name, "") or raw.get(field.name, "")) for field in asked_fields(template)
    )
    title = template.title  # the document's date says when: the index and the chronology print it
    return Draft(template, text, tuple(missing), asked_now, tuple(notes), title)


def _latest(
    session: Session, case_id: int, kind: MilestoneKind, outcomes: tuple[Outcome, ...] = ()
) -> dt.date | None:
    query_ = select(CaseMilestone).where(
        col(CaseMilestone.case_id) == case_id, col(CaseMilestone.kind) == kind
    )
    rows = [r for r in session.exec(query_) if not outcomes or r.outcome in outcomes]
    if not rows:
        return None
    row = max(rows, key=lambda r: r.at)
    return row.dated or row.at.date()


def _regulator(case: Case) -> str:
    if case.plan_type is PlanType.EMPLOYER_SELF_FUNDED:
        return "U.S. Department of Labor, Employee Benefits Security Administration"
    if case.state is None:
        return ""
    if case.plan_type is PlanType.MEDICAID:
        return f"{case.state.label} Medicaid agency"
    if case.plan_type.is_medicare:
        return ""  # Medicare complaints go to Medicare (1-800-MEDICARE), not a State: the person says
    return f"{case.state.label} Department of Insurance"


def _raw_values(
    session: Session, case: Case, person: Person, kept: Mapping[str, str], today: dt.date
) -> dict[str, str]:
    owner = vault_owner(session, person)
    # A caregiver's case is sent by the vault's owner, or by the representative the person named
    sender = owner.name if owner is not None else (kept.get("representative_name", "").strip() or person.name)
    assert case.id is not None
    denial = _latest(session, case.id, MilestoneKind.DENIAL_RECEIVED)
    final = _latest(session, case.id, MilestoneKind.DECISION_RECEIVED, (Outcome.UPHELD, Outcome.DENIED))
    procedure = procedure_name(case.procedure) or case.title
    appeals = appeals_contact(contacts_of(session, case.id))
    defaults = {
        "insurer_address": _address_of(appeals) if appeals is not None else "",
        "request": f"reverse the denial and cover {procedure}" if procedure else "",
        "representative_name": owner.name if owner is not None else "",
        "regulator": _regulator(case),
    }
    values = {
        "date": sections.long_date(today),
        "patient_name": person.name,
        "date_of_birth": sections.long_date(person.date_of_birth),
        "member_id": case.member_id,
        "group_number": case.group_number,
        "claim_number": case.claim_number,
        "authorization_number": case.authorization_number,
        "insurer": case.insurer,
        "procedure": procedure,
        "plan_label": case.plan_type.label,
        "sender_name": sender,
        "denial_date": sections.long_date(denial),
        "final_denial_date": sections.long_date(final),
    }
    for name in (f.name for f in letter_fields().values() if f.asked):
        values[name] = kept.get(name, "").strip() or defaults.get(name, "")
    return values


def _address_of(contact: Contact) -> str:
    """The appeals contact as the letter's address lines: its organization, address and fax."""
    lines = [contact.organization] if contact.organization and contact.organization != contact.name else []
    lines += [part.strip() for part in contact.address.replace(";", "\n").splitlines() if part.strip()]
    if contact.fax:
        lines.append(f"fax {contact.fax}")
    return "; ".join(lines)


def _exhibit_numbers(documents: Sequence[Document], template: LetterTemplate) -> dict[int, int]:
    """Document id -> its exhibit number in the case's packet once this letter is saved (an appeal letter
    is then Exhibit 1 and the rest follow by date); other letters cite the packet as it stands."""
    from casebinder.usecases.packet import packet_order

    if template.kind is DocumentKind.APPEAL_LETTER:
        ordered = sorted(documents, key=lambda d: (d.date or dt.date.min, d.id or 0))
        return {d.id or 0: number for number, d in enumerate(ordered, start=2)}
    return {d.id or 0: number for number, d in enumerate(packet_order(documents), start=1)}


def _blocks(
    session: Session,
    case: Case,
    template: LetterTemplate,
    values: Mapping[str, str],
    raw: Mapping[str, str],
    criteria: Sequence[CriterionStatus],
    case_documents: Sequence[Document],
    exhibits: Mapping[int, int],
    today: dt.date,
    notes: list[str],
) -> dict[str, str]:
    assert case.id is not None
    caregiver = raw["sender_name"] != raw["patient_name"]
    rights = letter_rights(case.plan_type.value)
    medicare = case.plan_type.is_medicare
    appeal_title = {
        PlanType.MEDICARE_ADVANTAGE: "Request for reconsideration",
        PlanType.MEDICARE: "Request for redetermination",
        PlanType.MEDICARE_PART_D: "Request for redetermination",
    }.get(case.plan_type, "Appeal of a denial")
    documents = {d.id: d for d in case_documents}
    live = list(criteria)
    met = [c for c in live if c.met]
    for criterion in live:
        if not criterion.met and template.id in ("internal-appeal", "external-review-request"):
            notes.append(
                f"“{criterion.label}” has no evidence yet ({criterion.unmet_because}): the letter leaves it "
                "out. Link a document to it (the Criteria tab, or casebinder criteria link) and draft again."
            )
    blocks = {
        "letterhead": _letterhead(template, values, raw, caregiver),
        "signature": _signature(values, caregiver),
        "on_behalf": f" on behalf of {values['patient_name']}" if caregiver else "",
        "appeal_title": appeal_title,
        "denial_on": f" on {values['denial_date']}" if raw["denial_date"] else "",
        "rights": rights.get("appeal", ""),
        "claim_file_rights": rights.get("claim_file", ""),
        "external_rights": rights.get("external", ""),
        "copy_to": "",
        "dob_phrase": f", born {values['date_of_birth']}," if raw["date_of_birth"] else "",
        "relationship_phrase": (
            f" ({values['representative_relationship']})" if raw.get("representative_relationship") else ""
        ),
        "form_note": (
            " Medicare plans may also ask for form CMS-1696 (Appointment of Representative), which is valid "
            "for one year from the date it is signed."
            if medicare
            else ""
        ),
        "codes_known": f" The codes I was given are: {values['service_codes']}."
        if raw.get("service_codes")
        else "",
        "criteria_section": sections.criteria_section(
            met, exhibits, documents, policy_document(session, case.id)
        ),
        "criteria_checklist": sections.criteria_checklist(live, documents),
        "criteria_summary": (
            f"The enclosed records meet {len(met)} of the plan's {len(live)} criteria for it." if live else ""
        ),
        "history_section": sections.history_section(session, case.id),
        "treatments_section": sections.treatments_section(session, case.id),
        "symptom_section": sections.symptom_section(session, case.id, today),
        "calls_section": sections.calls_section(session, case.id),
        "history_of_case": sections.milestones_section(session, case.id),
        "enclosures": (
            f"**Enclosed:** the appeal packet, {len(documents)} exhibit(s) listed in its index."
            if documents
            else ""
        ),
    }
    return blocks


def _letterhead(
    template: LetterTemplate, values: Mapping[str, str], raw: Mapping[str, str], caregiver: bool
) -> str:
    lines = [values["sender_name"]]
    if caregiver:
        lines.append(f"for {values['patient_name']}")
    head = "  \n".join(lines) + "\n\n" + values["date"] + "\n\n"
    if template.to == "insurer":
        address = raw.get("insurer_address", "")
        to = [values["insurer"] or "[missing: insurer]"]
        if "appeal" not in address.lower():  # the appeals contact's own name says it already
            to.append("Appeals Department")
        to += [quote(part) for part in address.replace(";", "\n").splitlines() if part.strip()]
    elif template.to == "doctor":
        to = [values["doctor_name"]]
    elif template.to == "provider":
        to = [values["provider_name"], "Billing office"]
    else:
        to = [values["regulator"] or "[missing: regulator]", "Consumer services"]
    head += "  \n".join(to) + "\n\n"
    re_lines = [
        f"**Re:** {values['patient_name']}"
        + (f", date of birth {values['date_of_birth']}" if raw["date_of_birth"] else "")
    ]
    if template.to != "doctor":
        re_lines.append(
            f"**Member ID:** {values['member_id']}"
            + (f" · **Group:** {values['group_number']}" if raw["group_number"] else "")
        )
        if raw["claim_number"]:
            re_lines.append(f"**Claim number:** {values['claim_number']}")
        if raw["authorization_number"]:
            re_lines.append(f"**Authorization number:** {values['authorization_number']}")
        re_lines.append(f"**Plan:** {values['insurer']} ({values['plan_label']})")
    return head + "  \n".join(re_lines)


def _signature(values: Mapping[str, str], caregiver: bool) -> str:
    lines = ["Sincerely,", "", "", r"\_" * 30, values["sender_name"]]
    if caregiver:
        lines.append(f"on behalf of {values['patient_name']}")
    return "  \n".join(lines)


def _deadline_blocks(vault: Vault, case_id: int, today: dt.date) -> dict[str, str]:
    """For the doctor: when the appeal is due, and a date for the letter that leaves time to send it."""
    from casebinder.usecases.appeals import case_deadlines

    due = [
        d.deadline.due.date()
        for d in case_deadlines(vault, case_id)
        if d.deadline.status is DeadlineStatus.OPEN and not d.deadline.is_insurer_deadline
    ]
    if not due:
        return {"reply_by": ""}
    first = min(due)
    ask = max(today, first - dt.timedelta(days=14))
    return {
        "reply_by": (
            f"The appeal must be filed by {sections.long_date(first)}. A letter by "
            f"{sections.long_date(ask)} would leave time to send it."
        )
    }


# --- saving ------------------------------------------------------------------------------------------------
def render_letter(text: str, title: str, paper: str = "letter") -> bytes:
    """The letter as a PDF (bytes): what is saved into the vault, or written where the person chooses."""
    from casebinder.infra.qt.pages import markdown_to_pdf

    return markdown_to_pdf(text, title=title, paper="a4" if paper == "a4" else "letter")


@query("letter.render")
def write_letter(text: str, title: str, destination: Path, paper: str = "letter") -> Path:
    """The letter as a PDF written whole (or not at all) where the person chose, readable by them only.
    Blank required fields are refused first: a letter with a gap is not sent by mistake."""
    refuse_blanks(text)
    pdf = render_letter(text, title, paper)
    return write_atomically(destination, lambda handle: handle.write(pdf))


def refuse_blanks(text: str) -> None:
    left = markers_in(text)
    if left:
        raise InvalidInput(
            "the letter still has blank required fields: {fields}. Fill them in (in the letter's form, or "
            "in the text over each [missing: …]) and save again",
            fields=", ".join(left),
        )


@command("letter.save")
def save_letter(vault: Vault, case_id: int, template_id: str, text: str, title: str | None = None) -> Changes:
    """Render the (edited) letter and keep it as a document of the case, dated today: it joins the packet,
    an appeal letter as its first exhibit."""
    from casebinder.infra.sources import Source
    from casebinder.usecases.importing import ImportOptions, import_files

    template = letter_template(template_id)
    refuse_blanks(text)
    if not text.strip():
        raise InvalidInput("the letter is empty")
    title = (title or template.title).strip()
    pdf = render_letter(text, title)
    name = f"{template.id}-{dt.date.today().isoformat()}.pdf"
    options = ImportOptions(kind=template.kind, title=title, date=dt.date.today(), source="me")
    outcome = None
    for step in import_files(vault, case_id, [Source(name=name, data=pdf)], options):
        outcome = step.outcome
    assert outcome is not None
    if outcome.status == "duplicate":
        raise InvalidInput(
            "this letter, word for word, is already saved (document {id})", id=outcome.document_id
        )
    if outcome.status == "refused":
        raise InvalidInput("the letter could not be saved: {reason}", reason=outcome.reason)
    with vault.session() as session:
        document = session.get(Document, outcome.document_id)
    return Changes(case_id=case_id, document=True, timeline=True, criteria=True, record=document)

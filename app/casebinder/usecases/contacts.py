"""The people and offices a case deals with: the insurer's departments (appeals, member services,
utilization management), providers and their billing offices, navigators and advocates.

A contact belongs to one case, or to every case of the vault (``case_id`` None: the family's insurer, a
navigator helping with all of them). Calls and letters name the contact they were with; the letters draft
their address from the insurer's appeals contact. The public help of the case's State (its insurance
department, consumer assistance program, SHIP, Medicaid agency and ombudsman) is bundled data, shown beside
them (:func:`state_help`).
"""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, or_, select

from casebinder.domain.enums import ContactRole, PlanType
from casebinder.domain.models import Contact
from casebinder.errors import InvalidInput
from casebinder.phrases import said
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@dataclass(frozen=True)
class ContactFields:
    name: str
    role: ContactRole = ContactRole.OTHER
    organization: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    address: str = ""
    website: str = ""
    notes: str = ""
    every_case: bool = False  # for every case of the vault, not only this one


def _values(fields: ContactFields) -> dict[str, Any]:
    values = {k: v.strip() if isinstance(v, str) else v for k, v in vars(fields).items()}
    values.pop("every_case")
    values["role"] = ContactRole(fields.role)
    return values


def _check(fields: ContactFields) -> None:
    if not fields.name.strip() and not fields.organization.strip():
        raise InvalidInput("a contact needs a name or an organization")


@command("contact.add")
def add_contact(vault: Vault, case_id: int, fields: ContactFields) -> Changes:
    _check(fields)
    with vault.transaction() as session:
        get_case(session, case_id)
        row = Contact(case_id=None if fields.every_case else case_id, **_values(fields))
        session.add(row)
        return Changes(case_id=case_id, contacts=True, record=detached(session, row))


@command("contact.edit")
def edit_contact(vault: Vault, contact_id: int, fields: ContactFields, case_id: int | None = None) -> Changes:
    """Change a contact; ``every_case`` moves it to all cases, or (with ``case_id``) back to one."""
    _check(fields)
    with vault.transaction() as session:
        row = get(session, Contact, contact_id)
        for key, value in _values(fields).items():
            setattr(row, key, value)
        if fields.every_case:
            row.case_id = None
        elif row.case_id is None and case_id is not None:
            get_case(session, case_id)
            row.case_id = case_id
        return Changes(case_id=row.case_id or case_id, contacts=True, record=detached(session, row))


@command("contact.delete")
def delete_contact(vault: Vault, contact_id: int, *, dry_run: bool = False) -> Changes:
    """Remove a contact; calls and letters that named it keep what they say (only the link goes)."""
    with vault.transaction() as session:
        row = get(session, Contact, contact_id)
        what = said("the contact “{name}”", name=row.name or row.organization)
        snapshot = delete_whole(session, "contact", contact_id, what, row.case_id, dry_run=dry_run)
    return Changes(case_id=row.case_id, contacts=not dry_run, undo=snapshot)


def check_contact(session: Session, case_id: int, contact_id: int | None) -> Contact | None:
    """A call or a letter may name a contact of its case, or one for every case: that contact."""
    if contact_id is None:
        return None
    contact = session.get(Contact, contact_id)
    if contact is None or contact.case_id not in (None, case_id):
        raise InvalidInput(
            "contact {contact_id} is not one of case {case_id}'s (casebinder contact list --case {case_id})",
            contact_id=contact_id,
            case_id=case_id,
        )
    return contact


@query("contact.list")
def list_contacts(vault: Vault, case_id: int | None = None) -> list[Contact]:
    """The case's contacts and those for every case (or, without a case, all of them), by role and name."""
    with vault.session() as session:
        if case_id is not None:
            get_case(session, case_id)
        return contacts_of(session, case_id)


def contacts_of(session: Session, case_id: int | None) -> list[Contact]:
    """The case's contacts and those for every case (all, without a case), by role, then name."""
    query_ = select(Contact)
    if case_id is not None:
        query_ = query_.where(or_(col(Contact.case_id) == case_id, col(Contact.case_id).is_(None)))
    order = list(ContactRole)
    rows = session.exec(query_)
    return sorted(rows, key=lambda c: (order.index(c.role), (c.organization or c.name).lower(), c.id or 0))


def appeals_contact(contacts: list[Contact]) -> Contact | None:
    """Where appeals go: the insurer's appeals department, if one is recorded."""
    return next((c for c in contacts if c.role is ContactRole.INSURER_APPEALS), None)


def contact_line(contact: Contact) -> str:
    """One line for a call or a letter: "Evergreen, Appeals and Grievances (Teresa)"."""
    who = contact.organization or contact.name
    if contact.organization and contact.name:
        who = f"{contact.organization} ({contact.name})"
    return who


# --- the State's public help ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PublicHelp:
    """One office that helps for free, with where the figure was read (bundled, dated data)."""

    what: str  # insurance_department, consumer_assistance, ship, medicaid_agency, medicaid_ombudsman, ...
    label: str
    name: str
    phone: str
    url: str
    source: str


_LABELS = {
    "insurance_department": "State insurance department",
    "consumer_assistance": "Consumer assistance program",
    "ship": "SHIP: free Medicare counseling",
    "medicaid_agency": "State Medicaid agency",
    "medicaid_ombudsman": "Medicaid managed-care ombudsman",
    "medicare": "Medicare",
    "ebsa": "U.S. Department of Labor (self-funded employer plans)",
    "marketplace": "HealthCare.gov",
}
_BY_PLAN: dict[PlanType, tuple[str, ...]] = {
    PlanType.MEDICARE: ("ship", "medicare"),
    PlanType.MEDICARE_ADVANTAGE: ("ship", "medicare", "insurance_department"),
    PlanType.MEDICARE_PART_D: ("ship", "medicare"),
    PlanType.MEDICAID: ("medicaid_agency", "medicaid_ombudsman", "consumer_assistance"),
    PlanType.EMPLOYER_SELF_FUNDED: ("ebsa", "consumer_assistance"),
    PlanType.EMPLOYER_INSURED: ("insurance_department", "consumer_assistance"),
    PlanType.ACA_INDIVIDUAL: ("insurance_department", "consumer_assistance", "marketplace"),
}
_EVERY = ("insurance_department", "consumer_assistance", "ship", "medicaid_agency", "medicaid_ombudsman")


@query("contact.public")
def state_help(vault: Vault, case_id: int) -> tuple[str, list[PublicHelp]]:
    """The free public help for the case's State and kind of plan, most useful first, and the date the
    bundled data was checked ("" when the data holds none for it)."""
    from casebinder.infra.rulebook import state_contacts

    with vault.session() as session:
        case = get_case(session, case_id)
    data = state_contacts()
    wanted = _BY_PLAN.get(case.plan_type, _EVERY)
    state = data.get("states", {}).get(case.state.value, {}) if case.state is not None else {}
    found: list[PublicHelp] = []
    for what in wanted:
        entry = state.get(what) or data.get("federal", {}).get(what)
        if not entry:
            continue
        found.append(
            PublicHelp(
                what,
                _LABELS[what],
                entry.get("name") or "",
                entry.get("phone") or entry.get("consumer_phone") or "",
                entry.get("url") or entry.get("complaint_url") or "",
                entry.get("source") or "",
            )
        )
    return str(data.get("checked", "")), found

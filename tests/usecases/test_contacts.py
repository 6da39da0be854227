"""Contacts shared or per case, named by calls and letters; papers that lapse warn in the next steps and on
the checklist; the State's free help comes from sourced data."""

import datetime as dt
import json
from urllib.parse import urlparse

import pytest

from casebinder.domain.enums import AuthorizationKind, ContactRole, CorrespondenceMethod, UsState
from casebinder.errors import InvalidInput
from casebinder.infra.sources import Source
from casebinder.resources import resource
from casebinder.usecases.authorizations import AuthorizationFields, add_authorization, list_authorizations
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseEdit, edit_case
from casebinder.usecases.checklists import checklists, link_document
from casebinder.usecases.contacts import (
    ContactFields,
    add_contact,
    delete_contact,
    edit_contact,
    list_contacts,
    state_help,
)
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence
from casebinder.usecases.importing import import_files
from casebinder.usecases.letters import draft_letter
from casebinder.usecases.next_steps import next_steps
from casebinder.vault import Vault
from tests.helpers import new_case

D = dt.date
APPEALS = ContactFields(
    "",
    ContactRole.INSURER_APPEALS,
    "Acme Health, Appeals",
    fax="1-555-0100",
    address="PO Box 1; Town, OH 43000",
)


def test_a_contact_for_every_case_shows_in_each_and_a_calls_contact_must_be_the_cases(vault: Vault) -> None:
    first, second = new_case(vault), new_case(vault, title="Second")
    shared = add_contact(vault, first, ContactFields("Nia", ContactRole.NAVIGATOR, every_case=True)).record
    own = add_contact(vault, first, APPEALS).record
    assert [c.id for c in list_contacts(vault, second)] == [shared.id]
    assert {c.id for c in list_contacts(vault, first)} == {shared.id, own.id}
    with pytest.raises(InvalidInput, match="not one of case"):
        add_call(vault, second, CallFields(at=dt.datetime(2026, 3, 1, 9), contact_id=own.id))
    call = add_call(vault, first, CallFields(at=dt.datetime(2026, 3, 1, 9), contact_id=own.id)).record
    assert call.with_whom == "Acme Health, Appeals"  # said by the contact when not typed
    letter = add_correspondence(
        vault, first, CorrespondenceFields(D(2026, 3, 2), method=CorrespondenceMethod.FAX, contact_id=own.id)
    ).record
    assert (letter.counterparty, letter.sent_to) == ("Acme Health, Appeals", "1-555-0100")
    with pytest.raises(InvalidInput, match="needs a name or an organization"):
        add_contact(vault, first, ContactFields(""))
    edit_contact(
        vault,
        own.id,
        ContactFields("", ContactRole.INSURER_APPEALS, "Acme Health, Appeals", fax="1-555-0199"),
    )
    assert [c.fax for c in list_contacts(vault, first) if c.id == own.id] == ["1-555-0199"]
    delete_contact(vault, own.id)
    assert [c.id for c in list_contacts(vault, first)] == [shared.id]


def test_the_appeal_is_addressed_from_the_appeals_contact(vault: Vault) -> None:
    case_id = new_case(vault, insurer="Acme Health")
    add_contact(vault, case_id, APPEALS)
    text = draft_letter(vault, case_id, "internal-appeal").text
    assert "Acme Health, Appeals  \nPO Box 1  \nTown, OH 43000  \nfax 1-555-0100" in text


def test_a_lapsing_form_warns_in_the_next_steps_and_on_the_checklist_item(vault: Vault) -> None:
    case_id = new_case(vault, person="Harold Mendes", plan_type="employer-insured")
    [step] = import_files(vault, case_id, [Source(name="rep form.txt", data=b"I appoint my son Sam.")])
    document_id = step.outcome.document_id
    assert document_id is not None
    today = dt.date.today()
    form = AuthorizationFields(
        AuthorizationKind.AUTHORIZED_REPRESENTATIVE, "Sam", starts=today - dt.timedelta(days=300),
        expires=today + dt.timedelta(days=10), document_id=document_id,
    )  # fmt: skip
    add_authorization(vault, case_id, form)
    add_authorization(vault, case_id, AuthorizationFields(AuthorizationKind.POWER_OF_ATTORNEY, "Sam"))
    statuses = [s.status for s in list_authorizations(vault, case_id)]
    assert statuses == ["expiring", "open"]  # the one that lapses first, open-ended last
    [renewal] = [s for s in next_steps(vault, case_id) if s.kind == "renewal"]
    assert renewal.due == today + dt.timedelta(days=10)
    assert renewal.urgency == "later"
    assert "Authorized-representative form (Sam)" in renewal.title
    stage = "internal-appeal-1"
    link_document(vault, case_id, stage, "clinical-records", document_id)
    [checklist] = checklists(vault, case_id, stage)
    [item] = [i for i in checklist.items if i.item.id == "clinical-records"]
    assert item.lapse == ("expiring", today + dt.timedelta(days=10))
    with pytest.raises(InvalidInput, match="cannot end before it starts"):
        add_authorization(
            vault,
            case_id,
            AuthorizationFields(AuthorizationKind.HIPAA, starts=D(2026, 5, 1), expires=D(2026, 4, 1)),
        )


def test_the_states_free_help_follows_its_plan_and_cites_official_pages(vault: Vault) -> None:
    case_id = new_case(vault, plan_type="medicare-advantage")
    edit_case(vault, case_id, CaseEdit(state=UsState.OH))
    checked, found = state_help(vault, case_id)
    assert checked
    assert [h.what for h in found][:2] == ["ship", "medicare"]  # Medicare counseling first
    assert all(h.source.startswith(("https://", "http://")) for h in found)
    edit_case(vault, case_id, CaseEdit(plan_type="employer-self-funded"))
    assert (
        state_help(vault, case_id)[1][0].what == "ebsa"
    )  # a self-funded plan answers to the Department of Labor


def test_the_bundled_state_data_covers_every_state_and_every_value_has_its_page() -> None:
    data = json.loads(resource("rules", "state_contacts.json").read_text(encoding="utf-8"))
    assert set(data["states"]) == {state.value for state in UsState}
    for code, entries in data["states"].items():
        for what, entry in entries.items():
            if not isinstance(entry, dict):
                continue
            for key in ("source", "phone_source"):  # the page the phone was read from, when another
                if key in entry:
                    assert urlparse(entry[key]).hostname, (code, what, key)
            phone = entry.get("phone") or entry.get("consumer_phone")
            if phone:
                assert phone.replace("-", "").isdigit(), (code, what, phone)


def test_a_botox_authorization_without_an_end_lapses_with_its_12_week_cycle(vault: Vault) -> None:
    case_id = new_case(vault, procedure="botox-migraine")
    start = dt.date.today() - dt.timedelta(weeks=10)
    add_authorization(
        vault, case_id, AuthorizationFields(AuthorizationKind.PRIOR_AUTHORIZATION, starts=start)
    )
    [paper] = list_authorizations(vault, case_id)
    assert paper.lapse is not None
    assert paper.lapse.expires == start + dt.timedelta(weeks=12, days=-1)
    assert paper.status == "expiring"  # three weeks before the cycle ends, the renewal is due


def test_a_form_renewed_stops_warning(vault: Vault) -> None:
    case_id = new_case(vault)
    today = dt.date.today()
    old = AuthorizationFields(AuthorizationKind.HIPAA, "Lakeside Eye", expires=today - dt.timedelta(days=3))
    add_authorization(vault, case_id, old)
    assert [s.kind for s in next_steps(vault, case_id)].count("renewal") == 1  # expired: get a new one
    new = AuthorizationFields(
        AuthorizationKind.HIPAA, "lakeside eye ", starts=today, expires=today.replace(year=today.year + 1)
    )
    add_authorization(vault, case_id, new)
    assert sorted(s.status for s in list_authorizations(vault, case_id)) == ["renewed", "valid"]
    assert [s.kind for s in next_steps(vault, case_id)].count("renewal") == 0

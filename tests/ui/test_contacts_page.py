"""The Contacts & forms tab: add a contact and a form that lapses; the form warns; the State's help shows."""

import datetime as dt

from pytestqt.qtbot import QtBot

from casebinder.domain.enums import AuthorizationKind, ContactRole
from casebinder.ui.dialogs.medical_dialogs import AuthorizationDialog, ContactDialog
from casebinder.ui.main_window import MainWindow
from casebinder.usecases.cases import CaseEdit, edit_case


def test_a_contact_and_a_lapsing_form_are_added_and_shown(qtbot: QtBot, window: MainWindow) -> None:
    page = window.contacts_page
    window.tabs.setCurrentWidget(page)
    assert "Contacts && forms" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    page.contacts.buttons["add_contact"].click()
    dialog = window.contact_actions.dialog
    assert isinstance(dialog, ContactDialog)
    assert "organization" in dialog.why.text().lower()  # Save says what it needs
    dialog.role.setCurrentIndex(list(ContactRole).index(ContactRole.INSURER_APPEALS))
    dialog.boxes["organization"].setText("Evergreen Appeals")
    dialog.boxes["fax"].setText("1-614-555-0142")
    dialog.accept()
    assert page.contacts.model.rowCount() == 1
    assert page.contacts.model.index(0, 3).data() == "1-614-555-0142"

    page.authorizations.buttons["add_authorization"].click()
    form = window.contact_actions.dialog
    assert isinstance(form, AuthorizationDialog)
    form.kind.setCurrentIndex(list(AuthorizationKind).index(AuthorizationKind.CMS_1696))
    form.party.setText("Sam")
    form.has_starts.setChecked(True)
    form.starts.setDate(dt.date.today() - dt.timedelta(days=350))
    form.accept()
    assert page.authorizations.model.rowCount() == 1
    assert page.authorizations.model.index(0, 4).data() == "renew soon"
    assert "a year from signing" in page.authorizations.model.index(0, 3).data()
    titles = [
        window.next_steps.tree.topLevelItem(i).text(1)
        for i in range(window.next_steps.tree.topLevelItemCount())
    ]
    assert any("Renew before it lapses" in title for title in titles), titles


def test_the_states_free_help_follows_the_case(qtbot: QtBot, window: MainWindow) -> None:
    page = window.contacts_page
    assert "Set the case's State" in page.help.text()
    edit_case(window.session.vault, window.case_id or 0, CaseEdit(state="OH", plan_type="medicare-advantage"))
    window.contact_actions.refresh()
    assert "1-800-686-1578" in page.help.text()  # Ohio's SHIP
    assert "checked" in page.help.text()


def test_a_call_and_a_fax_name_their_contact(qtbot: QtBot, window: MainWindow) -> None:
    from casebinder.domain.enums import CorrespondenceMethod
    from casebinder.ui.dialogs.record_dialogs import CorrespondenceDialog, LogCallDialog
    from casebinder.usecases.calls import list_calls
    from casebinder.usecases.contacts import ContactFields, add_contact
    from casebinder.usecases.correspondence import list_correspondence

    case_id = window.case_id or 0
    fields = ContactFields("", ContactRole.INSURER_APPEALS, "Evergreen Appeals", fax="1-614-555-0142")
    contact = add_contact(window.session.vault, case_id, fields).record
    window.call_actions.log()
    dialog = window.call_actions.dialog
    assert isinstance(dialog, LogCallDialog)
    dialog.contact.setCurrentIndex(dialog.contact.findData(contact.id))
    assert dialog.with_whom.text() == "Evergreen Appeals"
    dialog.rep_name.setText("Teresa")
    dialog.accept()
    assert [c.contact_id for c in list_calls(window.session.vault, case_id) if c.rep_name == "Teresa"] == [
        contact.id
    ]

    window.letter_actions.log()
    letter = window.letter_actions.dialog
    assert isinstance(letter, CorrespondenceDialog)
    letter.method.setCurrentIndex(list(CorrespondenceMethod).index(CorrespondenceMethod.FAX))
    letter.contact.setCurrentIndex(letter.contact.findData(contact.id))
    assert (letter.counterparty.text(), letter.sent_to.text()) == ("Evergreen Appeals", "1-614-555-0142")
    letter.accept()
    [sent] = list_correspondence(window.session.vault, case_id)
    assert sent.contact_id == contact.id

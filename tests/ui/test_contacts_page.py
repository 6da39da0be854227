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

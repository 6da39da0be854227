"""The Contacts & forms tab's actions: contacts and the forms and approvals that lapse; the State's help."""

from typing import Any

from casebinder.domain.models import Contact
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.medical_dialogs import AuthorizationDialog, ContactDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import authorizations, cases, contacts
from casebinder.usecases.authorizations import AuthorizationStatus


class ContactActions(Area):
    @uses("contact.list", "authorization.list", "contact.public")
    def refresh(self) -> None:
        page = self.window.contacts_page
        if not self.session.is_open or self.case_id is None:
            page.clear()
            return
        vault = self.session.vault
        case = cases.case_details(vault, self.case_id).case
        checked, found = contacts.state_help(vault, self.case_id)
        page.show_all(
            contacts.list_contacts(vault, self.case_id),
            authorizations.list_authorizations(vault, self.case_id),
            checked,
            found,
            case.state.label if case.state is not None else "",
        )

    @uses("contact.add", "authorization.add")
    def add(self, kind: str) -> None:
        self._open(kind, None)

    @uses("contact.edit", "authorization.edit")
    def edit(self, kind: str, record: Any) -> None:
        self._open(kind, record)

    def _open(self, kind: str, record: Any) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        if kind == "contact":
            contact: Contact | None = record
            form = ContactDialog(contact, self.window)

            def save_contact() -> None:
                fields = form.fields()
                self.save_from(
                    form,
                    lambda vault: (
                        contacts.add_contact(vault, case_id, fields)
                        if contact is None
                        else contacts.edit_contact(vault, contact.id or 0, fields, case_id)
                    ),
                )

            self.open_form(form, save_contact)
            return
        paper: AuthorizationStatus | None = record
        dialog = AuthorizationDialog(
            self.window._case_documents(), paper.record if paper else None, self.window
        )

        def save_paper() -> None:
            fields = dialog.fields()
            self.save_from(
                dialog,
                lambda vault: (
                    authorizations.add_authorization(vault, case_id, fields)
                    if paper is None
                    else authorizations.edit_authorization(vault, paper.record.id or 0, fields)
                ),
            )

        self.open_form(dialog, save_paper)

    @uses("contact.delete", "authorization.delete")
    def delete(self, kind: str, record: Any) -> None:
        if kind == "contact":
            name = record.organization or record.name
            if not self.confirm(
                tr("Delete the contact “{name}”?").format(name=name),
                tr("Calls and letters with them keep what they say.")
                + " "
                + tr("You can undo this until you lock the vault."),
            ):
                return
            contact_id = record.id
            self.session.write(lambda vault: contacts.delete_contact(vault, contact_id), self.deleted)
            return
        row = record.record
        if not self.confirm(
            tr("Delete “{kind}”?").format(kind=row.kind.label),
            tr("You can undo this until you lock the vault."),
        ):
            return
        paper_id = row.id
        self.session.write(lambda vault: authorizations.delete_authorization(vault, paper_id), self.deleted)

"""The "Contacts & forms" tab: who the case deals with, the forms and approvals that lapse, and the free
public help of the case's State.

The page shows and asks (``add_requested`` and the rest carry "contact" or "authorization"); the actions
(:mod:`casebinder.ui.actions.contacts`) do the writing.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from casebinder.domain.models import Contact
from casebinder.ui.i18n import tr
from casebinder.ui.models.records import AUTHORIZATION_COLUMNS, CONTACT_COLUMNS
from casebinder.ui.widgets.record_pages import EditActions, RecordPage, editable_page
from casebinder.usecases.authorizations import AuthorizationStatus
from casebinder.usecases.contacts import PublicHelp


class ContactsPage(QWidget):
    add_requested = Signal(str)  # contact or authorization
    edit_requested = Signal(str, object)  # the kind and the record (a Contact, or an AuthorizationStatus)
    delete_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = self._page("contact", tr("Contacts"), CONTACT_COLUMNS, tr("Add a contact…"), 1)
        self.authorizations = self._page(
            "authorization",
            tr("Forms and approvals"),
            AUTHORIZATION_COLUMNS,
            tr("Add a form or approval…"),
            1,
        )
        self.authorizations.body.insertWidget(
            1,
            _note(
                tr(
                    "Representative forms, HIPAA authorizations, CMS-1696 (a year from signing), powers of "
                    "attorney and prior authorizations: each warns in Next steps before it lapses."
                )
            ),
        )
        self.help = QLabel()
        self.help.setObjectName("state_help")
        self.help.setAccessibleName(tr("Free help in your State"))
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        help_box = QWidget()
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(QLabel(f"<b>{tr('Free help')}</b>"))
        help_layout.addWidget(self.help, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.contacts, self.authorizations, help_box):
            splitter.addWidget(widget)
        splitter.setSizes([300, 220, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _page(self, kind: str, name: str, columns: Sequence[Any], add_label: str, stretch: int) -> RecordPage:
        actions = EditActions(
            lambda: self.add_requested.emit(kind),
            lambda record: self.edit_requested.emit(kind, record),
            lambda record: self.delete_requested.emit(kind, record),
        )
        return editable_page(kind, name, columns, add_label, stretch, self, actions)

    def show_all(
        self,
        contacts: Sequence[Contact],
        authorizations: Sequence[AuthorizationStatus],
        checked: str,
        help_found: Sequence[PublicHelp],
        state: str,
    ) -> None:
        self.contacts.set_records(contacts)
        self.authorizations.set_records(authorizations)
        self.help.setText(_help_html(checked, help_found, state))

    def clear(self) -> None:
        self.contacts.clear_records()
        self.authorizations.clear_records()
        self.help.clear()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _help_html(checked: str, found: Sequence[PublicHelp], state: str) -> str:
    from html import escape

    def escape_text(text: str) -> str:
        return escape(text, quote=False)

    if not found:
        return escape_text(
            tr("Set the case's State (Case ▸ Edit the case) to see its insurance department and free help.")
            if not state
            else tr("No public help is recorded for {state} yet.").format(state=state)
        )
    rows = []
    for item in found:
        reach = " · ".join(escape_text(part) for part in (item.phone, item.url) if part)
        rows.append(f"<b>{escape_text(tr(item.label))}</b>: {escape_text(item.name)}<br>{reach}")
    footer = tr("Public data checked {day}; numbers change, so check before you rely on one.").format(
        day=checked
    )
    return "<br>".join(rows) + f"<br><small>{escape_text(footer)}</small>"

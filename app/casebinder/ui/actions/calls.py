"""Calls and letters: log, edit, delete."""

from casebinder.domain.models import Call, Correspondence
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.record_dialogs import CorrespondenceDialog, LogCallDialog
from casebinder.ui.i18n import label_of, shown_date, shown_moment, tr
from casebinder.usecases import calls, contacts, correspondence, documents


class CallActions(Area):
    def current(self) -> Call | None:
        record = self.window.calls.current()
        return record if isinstance(record, Call) else None

    @uses("call.add")
    def log(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog = LogCallDialog(self.window, None, contacts.list_contacts(self.session.vault, case_id))

        def save() -> None:
            fields = dialog.fields()  # widgets are read here, on the GUI thread, not by the writer
            self.save_from(
                dialog,
                lambda vault: calls.add_call(vault, case_id, fields),
                None,
                lambda _changes: self.window.statusBar().showMessage(tr("Call logged."), 4000),
            )

        self.open_form(dialog, save)

    @uses("call.edit", "call.list")
    def edit(self) -> None:
        call = self.current()
        if call is None or call.id is None:
            return
        call_id = call.id
        dialog = LogCallDialog(self.window, call, contacts.list_contacts(self.session.vault, call.case_id))

        def save() -> None:
            fields = dialog.fields()
            self.save_from(dialog, lambda vault: calls.edit_call(vault, call_id, fields))

        self.open_form(dialog, save)

    @uses("call.follow-up-done")
    def follow_up_done(self) -> None:
        """The selected call's follow-up is done: it leaves the upcoming list (and stops showing overdue)."""
        call = self.current()
        if call is None or call.id is None or call.follow_up is None:
            self.window.statusBar().showMessage(tr("Select a call with a follow-up date first."), 5000)
            return
        call_id, done = call.id, not call.follow_up_done
        self.session.write(
            lambda vault: calls.mark_follow_up_done(vault, call_id, done),
            None,
            lambda _c: self.window.statusBar().showMessage(
                tr("Follow-up done.") if done else tr("Follow-up listed again."), 5000
            ),
        )

    @uses("call.delete")
    def delete(self) -> None:
        call = self.current()
        if call is None or call.id is None:
            return
        who = call.rep_name or call.with_whom or tr("unknown")
        if not self.confirm(
            tr("Delete the call of {at} with {who}?").format(at=shown_moment(call.at), who=who),
            tr("Its timeline lines go too."),
        ):
            return
        call_id = call.id
        self.session.write(lambda vault: calls.delete_call(vault, call_id), self.deleted)


class LetterActions(Area):
    def current(self) -> Correspondence | None:
        record = self.window.correspondence.current()
        return record if isinstance(record, Correspondence) else None

    @uses("correspondence.add", "correspondence.list")
    def log(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        vault = self.session.vault
        dialog = CorrespondenceDialog(
            documents.list_documents(vault, case_id),
            self.window,
            contacts=contacts.list_contacts(vault, case_id),
        )

        def save() -> None:
            fields, linked = dialog.fields()
            self.save_from(
                dialog,
                lambda vault: correspondence.add_correspondence(vault, case_id, fields, linked),
            )

        self.open_form(dialog, save)

    @uses("correspondence.edit", "correspondence.enclosures")
    def edit(self) -> None:
        letter = self.current()
        if letter is None or letter.id is None or self.case_id is None:
            return
        letter_id, vault = letter.id, self.session.vault
        enclosed = correspondence.enclosures(vault, letter_id)
        dialog = CorrespondenceDialog(
            documents.list_documents(vault, self.case_id),
            self.window,
            letter,
            enclosed,
            contacts.list_contacts(vault, self.case_id),
        )

        def save() -> None:
            fields, linked = dialog.fields()
            self.save_from(
                dialog,
                lambda v: correspondence.edit_correspondence(v, letter_id, fields, linked),
            )

        self.open_form(dialog, save)

    @uses("correspondence.delete")
    def delete(self) -> None:
        letter = self.current()
        if letter is None or letter.id is None:
            return
        what = letter.subject or label_of(letter.method).lower()
        if not self.confirm(
            tr("Delete the record of “{what}” ({date})?").format(what=what, date=shown_date(letter.date)),
            tr("Its documents stay in the vault."),
        ):
            return
        letter_id = letter.id
        self.session.write(lambda vault: correspondence.delete_correspondence(vault, letter_id), self.deleted)

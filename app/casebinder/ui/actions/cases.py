"""People and cases: add a person, open, edit and delete a case, move it to a stage."""

from PySide6.QtWidgets import QInputDialog

from casebinder import APP_NAME
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.record_dialogs import CaseDialog
from casebinder.ui.i18n import data_text, tr
from casebinder.usecases import appeals, cases, people
from casebinder.usecases.changes import Changes


class CaseActions(Area):
    @uses("case.add", "person.list", "procedure.list")
    def new_case(self) -> None:
        names = [p.name for p in people.list_people(self.session.vault)]
        dialog = CaseDialog(names, self.window)

        def save() -> None:
            person, fields = dialog.values()  # read here, on the GUI thread
            self.save_from(dialog, lambda vault: cases.add_case(vault, person, fields))

        self.open_form(dialog, save)

    @uses("person.add")
    def add_person(self) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            tr("{APP_NAME} — Add a person").format(APP_NAME=APP_NAME),
            tr("Name of the person whose cases you run:"),
        )
        if ok and name.strip():
            self.session.write(lambda vault: people.add_person(vault, name))

    @uses("case.edit", "case.show")
    def edit_case(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        summary = cases.case_details(self.session.vault, case_id)
        dialog = CaseDialog([summary.person.name], self.window, summary.case, summary.person.name)

        def save() -> None:
            edit = dialog.edit()
            self.save_from(dialog, lambda vault: cases.edit_case(vault, case_id, edit))

        self.open_form(dialog, save)

    @uses("case.delete")
    def delete_case(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        summary = cases.case_details(self.session.vault, case_id)
        detail = tr(
            "It holds {documents}, {calls} and {lines}. You can undo this until you lock the vault or delete "
            "something else."
        ).format(
            documents=tr("%n document(s)", "", summary.documents),
            calls=tr("%n call(s)", "", summary.calls),
            lines=tr("%n timeline line(s)", "", summary.events),
        )
        if not self.confirm(
            tr("Delete the case “{title}” and everything in it?").format(title=summary.case.title), detail
        ):
            return
        self.session.write(lambda vault: cases.delete_case(vault, case_id), self.deleted)

    @uses("stage.set", "stage.list")
    def set_stage(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        ladder = appeals.stages(self.session.vault, case_id)
        labels = [data_text(s.label) for s in ladder]
        label, ok = QInputDialog.getItem(
            self.window,
            tr("{APP_NAME} — Stage").format(APP_NAME=APP_NAME),
            tr("Where the case stands now:"),
            labels,
            0,
            False,
        )
        if ok:
            stage = ladder[labels.index(label)].id
            self.session.write(lambda vault: appeals.set_stage(vault, case_id, stage))


__all__ = ["CaseActions", "Changes"]

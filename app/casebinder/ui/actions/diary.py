"""The Diary tab's actions: write an entry from the quick-entry row, delete one, show the months."""

from casebinder.domain.diary import templates_for
from casebinder.domain.models import SymptomEntry
from casebinder.ui.actions import Area, uses
from casebinder.ui.i18n import tr
from casebinder.usecases import cases, diary
from casebinder.usecases.diary import SymptomFields


class DiaryActions(Area):
    @uses("symptom.list", "symptom.summary")
    def refresh(self) -> None:
        page = self.window.diary_page
        if not self.session.is_open or self.case_id is None:
            page.clear()
            return
        vault = self.session.vault
        case = cases.case_details(vault, self.case_id).case
        entries = diary.list_symptoms(vault, self.case_id)
        summaries = diary.symptom_summary(vault, self.case_id, 6)
        templates = templates_for(case.procedure_template)
        hint = tr(
            "Note each day, even a day without it (severity 0): a day not written down counts as missing. "
            "For {symptom}: {hint}."
        ).format(symptom=templates[0].symptom, hint=templates[0].hint)
        page.set_symptoms([t.symptom for t in templates] + [s.symptom for s in summaries], hint)
        page.show_diary(entries, summaries)

    @uses("symptom.add")
    def add(self, fields: SymptomFields) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.session.write(
            lambda vault: diary.add_symptom(vault, case_id, fields),
            None,
            lambda _changes: self._saved(),
        )

    def _saved(self) -> None:
        self.window.diary_page.entry_saved()
        self.window.statusBar().showMessage(tr("Written in the diary."), 4000)

    @uses("symptom.delete")
    def delete(self) -> None:
        entry: SymptomEntry | None = self.window.diary_page.current()
        if entry is None or entry.id is None:
            return
        if not self.confirm(
            tr("Delete the {symptom} entry of {day}?").format(symptom=entry.symptom, day=entry.day),
            tr("You can undo this until you lock the vault."),
        ):
            return
        entry_id = entry.id
        self.session.write(lambda vault: diary.delete_symptom(vault, entry_id), self.deleted)

"""The Next steps tab's actions: each step's action done where it belongs (call, checklist, import)."""

import datetime as dt

from casebinder.domain.enums import ChecklistStatus
from casebinder.ui.actions import Area, uses
from casebinder.ui.i18n import tr
from casebinder.usecases import calls, checklists
from casebinder.usecases.changes import Changes
from casebinder.usecases.next_steps import NextStep, next_steps
from casebinder.vault import Vault


class NextStepActions(Area):
    @uses("nextsteps.list")
    def refresh(self) -> None:
        page = self.window.next_steps
        if not self.session.is_open:
            return
        every = page.all_cases.isChecked()
        if not every and self.case_id is None:
            page.clear()
            return
        today = dt.date.today()
        page.show_steps(next_steps(self.session.vault, None if every else self.case_id, today), today, every)

    def _on_case(self, step: NextStep) -> None:
        """A step of another case (the all-cases list): that case is opened first, as the user would."""
        if step.case_id != self.case_id:
            self.window.select_case(step.case_id)

    @uses("call.follow-up-done")
    def follow_up_done(self, step: NextStep) -> None:
        if step.call_id is None:
            return
        call_id = step.call_id
        self.session.write(
            lambda vault: calls.mark_follow_up_done(vault, call_id),
            None,
            lambda _c: self.window.statusBar().showMessage(tr("Follow-up done."), 5000),
        )

    def move_follow_up(self, step: NextStep) -> None:
        """The call's own form, on its follow-up date: moving it is editing the call."""
        self._on_case(step)
        self.window.tabs.setCurrentWidget(self.window.calls)
        if step.call_id is not None and self.window.calls.select_id(step.call_id):
            self.window.call_actions.edit()

    @uses("checklist.link")
    def accept_suggested(self, step: NextStep) -> None:
        self._on_case(step)
        case_id = step.case_id

        def link_all(vault: Vault) -> Changes:
            changes = Changes(case_id=case_id)
            for document_id in step.suggested:
                changes = changes | checklists.link_document(
                    vault, case_id, step.stage, step.item_id, document_id
                )
            return changes

        self.session.write(link_all)

    def link_document(self, step: NextStep) -> None:
        """The checklist, on that item, with the search for a document to link focused."""
        self._on_case(step)
        page = self.window.checklist
        self.window.tabs.setCurrentWidget(page)
        page.select_item(step.stage, step.item_id)
        page.find_document.setFocus()

    @uses("checklist.mark")
    def not_applicable(self, step: NextStep) -> None:
        self._on_case(step)
        case_id, status = step.case_id, ChecklistStatus.NOT_APPLICABLE.value
        self.session.write(
            lambda vault: checklists.mark_item(vault, case_id, step.stage, step.item_id, status),
        )

    def import_for(self, step: NextStep) -> None:
        self._on_case(step)
        self.window.document_actions.import_dialog()

"""The Criteria tab's actions: link a document to a criterion, word one as the policy does, add, delete."""

from casebinder.domain.criteria import CriterionStatus
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.medical_dialogs import CriterionDialog, LinkEvidenceDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import criteria


class CriteriaActions(Area):
    @uses("criteria.list")
    def refresh(self) -> None:
        page = self.window.criteria_page
        if not self.session.is_open or self.case_id is None:
            page.clear()
            return
        vault = self.session.vault
        with vault.session() as session:
            policy = criteria.policy_document(session, self.case_id)
        page.show_criteria(criteria.list_criteria(vault, self.case_id), policy.title if policy else "")

    def _find(self, key: str) -> CriterionStatus | None:
        assert self.case_id is not None
        return next(
            (c for c in criteria.list_criteria(self.session.vault, self.case_id) if c.key == key), None
        )

    @uses("criteria.add")
    def add(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog = CriterionDialog(parent=self.window)

        def save() -> None:
            label, source = dialog.label.text(), dialog.source.text()
            self.save_from(dialog, lambda vault: criteria.add_criterion(vault, case_id, label, source))

        self.open_form(dialog, save)

    @uses("criteria.edit")
    def edit(self, key: str) -> None:
        found = self._find(key) if self.case_id is not None else None
        if found is None or self.case_id is None:
            return
        case_id = self.case_id
        dialog = CriterionDialog(found.label, found.source, self.window)

        def save() -> None:
            label, source = dialog.label.text(), dialog.source.text()
            self.save_from(dialog, lambda vault: criteria.edit_criterion(vault, case_id, key, label, source))

        self.open_form(dialog, save)

    @uses("criteria.delete")
    def delete(self, key: str) -> None:
        found = self._find(key) if self.case_id is not None else None
        if found is None or self.case_id is None:
            return
        detail = (
            tr("You can undo this until you lock the vault.")
            if found.own
            else tr("The template's criterion is hidden for this case; Edit brings it back.")
        )
        if not self.confirm(tr("Delete the criterion “{label}”?").format(label=found.label), detail):
            return
        case_id = self.case_id
        self.session.write(lambda vault: criteria.delete_criterion(vault, case_id, key), self.deleted)

    @uses("criteria.link")
    def link(self, key: str) -> None:
        found = self._find(key) if self.case_id is not None else None
        if found is None or self.case_id is None:
            return
        case_id = self.case_id
        dialog = LinkEvidenceDialog(found.label, self.window._case_documents(), self.window)

        def save() -> None:
            document_id, page, note = dialog.chosen()
            self.save_from(
                dialog, lambda vault: criteria.link_evidence(vault, case_id, key, document_id, page, note)
            )

        self.open_form(dialog, save)

    @uses("criteria.unlink")
    def unlink(self, link_id: int) -> None:
        self.session.write(lambda vault: criteria.unlink_evidence(vault, link_id))

    @uses("criteria.policy")
    def choose_policy(self) -> None:
        """Which of the case's documents is the insurer's medical policy (or none)."""
        if self.case_id is None:
            return
        from PySide6.QtWidgets import QInputDialog

        case_id = self.case_id
        documents = self.window._case_documents()
        choices = [tr("(none)"), *(f"{d.title} (#{d.id})" for d in documents)]
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(tr("The insurer's policy"))
        dialog.setLabelText(tr("The document that is the insurer's medical policy:"))
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(False)

        def chosen(text: str) -> None:
            index = choices.index(text)
            document_id = documents[index - 1].id if index else None
            self.session.write(lambda vault: criteria.set_policy_document(vault, case_id, document_id))

        dialog.textValueSelected.connect(chosen)
        dialog.open()
        self.dialog = dialog

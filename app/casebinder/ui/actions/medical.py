"""Medical history, treatments tried and costs: add, edit, delete."""

from typing import Any

from casebinder.domain.enums import MedicalKind
from casebinder.domain.models import Cost, MedicalHistory, Treatment
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.medical_dialogs import CostDialog, HistoryDialog, TreatmentDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import documents, medical


class MedicalActions(Area):
    @uses("medical.add")
    def add(self, kind: str) -> None:
        self._open(medical.TABLES[MedicalKind(kind)], None)

    @uses("medical.edit", "history.list", "treatment.list", "cost.list")
    def edit(self, record: MedicalHistory | Treatment | Cost) -> None:
        self._open(type(record), record)

    def _open(self, table: type, record: Any) -> None:
        """The dialog for ``table``'s records: empty to add one, filled from ``record`` to edit it."""
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog: HistoryDialog | TreatmentDialog | CostDialog
        if table is MedicalHistory:
            dialog = HistoryDialog(record, self.window)
        elif table is Treatment:
            dialog = TreatmentDialog(record, self.window)
        else:
            dialog = CostDialog(documents.list_documents(self.session.vault, case_id), record, self.window)

        def save() -> None:
            fields = dialog.fields()  # widgets are read here, on the GUI thread, not by the writer
            self.save_from(
                dialog,
                lambda vault: (
                    medical.add(vault, case_id, fields)
                    if record is None
                    else medical.update(vault, record.id, fields)
                ),
            )

        self.open_form(dialog, save)

    @uses("medical.delete")
    def delete(self, record: MedicalHistory | Treatment | Cost) -> None:
        if self.case_id is None or record.id is None:
            return
        name = (
            getattr(record, "condition", None)
            or getattr(record, "name", None)
            or getattr(record, "description", "")
        )
        if not self.confirm(
            tr("Delete “{name}”?").format(name=name), tr("You can undo this until you lock the vault.")
        ):
            return
        record_id, table = record.id, type(record)
        self.session.write(lambda vault: medical.delete(vault, table, record_id), self.deleted)

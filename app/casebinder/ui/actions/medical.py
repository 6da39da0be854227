"""Medical history, treatments tried and costs: add, edit, delete."""

from pathlib import Path
from typing import Any

from casebinder.domain.enums import MedicalKind
from casebinder.domain.models import Cost, MedicalHistory, Treatment
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.medical_dialogs import CostDialog, HistoryDialog, PlanLimitsDialog, TreatmentDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import documents, medical
from casebinder.usecases.changes import Changes


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

    @uses("cost.totals", "cost.plan")
    def plan_limits(self) -> None:
        """The plan's limits for a year (this one, or the latest with costs), filled with what is entered."""
        if self.case_id is None:
            return
        import datetime as dt

        case_id = self.case_id
        years = medical.cost_years(self.session.vault, case_id)
        this = dt.date.today().year
        shown = next((y for y in years if y.totals.year == this), years[-1] if years else None)
        year = shown.totals.year if shown is not None else this
        deductible = shown.deductible.limit if shown is not None and shown.deductible else None
        out_of_pocket = shown.out_of_pocket.limit if shown is not None and shown.out_of_pocket else None
        dialog = PlanLimitsDialog(year, deductible, out_of_pocket, self.window)

        def save() -> None:
            chosen, deductible_cents, oop_cents = dialog.limits()
            self.save_from(
                dialog,
                lambda vault: medical.set_plan_limits(vault, case_id, chosen, deductible_cents, oop_cents),
            )

        self.open_form(dialog, save)

    @uses("cost.csv")
    def save_csv(self) -> None:
        if self.case_id is None:
            return
        from PySide6.QtWidgets import QFileDialog

        case_id = self.case_id
        suggested = str(Path.home() / tr("Costs.csv"))
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save the costs as CSV"), suggested, tr("CSV (*.csv)")
        )
        if not name:
            return
        destination = Path(name if name.lower().endswith(".csv") else name + ".csv")
        self.write_csv(case_id, destination)

    def write_csv(self, case_id: int, destination: Path) -> None:
        def written(path: Path) -> None:
            self.window.statusBar().showMessage(
                tr("The costs were written to {path}.").format(path=path), 8000
            )

        self.session.write(
            lambda vault: medical.save_costs_csv(vault, case_id, destination),
            Changes(case_id=case_id),
            written,
        )

"""The "Medical & costs" tab: conditions, treatments tried and costs, each a table with Add, Edit, Delete.

These are what a reviewer weighs against "not medically necessary" and what the packet prints as tables; the
page only shows them and asks for changes (``add_requested``, ``edit_requested``, ``delete_requested``), the
main window does the writing.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from casebinder.domain.models import Cost, MedicalHistory, Treatment
from casebinder.ui.i18n import shown_money, tr
from casebinder.ui.models.records import HISTORY_COLUMNS, TREATMENT_COLUMNS, cost_columns
from casebinder.ui.widgets.record_pages import EditActions, RecordPage, editable_page
from casebinder.usecases import medical
from casebinder.usecases.document_pages import DocumentLabel

KINDS = ("history", "treatment", "cost")


class MedicalPage(QWidget):
    add_requested = Signal(str)  # one of KINDS
    edit_requested = Signal(object)  # the record
    delete_requested = Signal(object)
    plan_limits_requested = Signal()
    csv_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_titles: dict[int, str] = {}
        self.history = self._page(
            "history", tr("Medical history"), HISTORY_COLUMNS, tr("Add a condition…"), 3
        )
        self.treatments = self._page(
            "treatment", tr("Treatments tried"), TREATMENT_COLUMNS, tr("Add a treatment…"), 4
        )
        self.costs = self._page(
            "cost",
            tr("Costs"),
            cost_columns(self.document_titles),
            tr("Add a cost…"),
            1,
            [("plan_limits", tr("Plan limits…")), ("save_costs_csv", tr("Save as CSV…"))],
        )
        self.costs.buttons["plan_limits"].setToolTip(
            tr("The plan's deductible and out-of-pocket maximum for a year, to see how far you have gone")
        )
        self.costs.buttons["plan_limits"].clicked.connect(self.plan_limits_requested.emit)
        self.costs.buttons["save_costs_csv"].clicked.connect(self.csv_requested.emit)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setObjectName("cost_totals")
        self.totals.setAccessibleName(tr("Cost totals"))
        self.costs.body.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for page in (self.history, self.treatments, self.costs):
            splitter.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _page(
        self,
        kind: str,
        name: str,
        columns: Sequence[Any],
        add_label: str,
        stretch: int,
        more: Sequence[tuple[str, str]] = (),
    ) -> RecordPage:
        actions = EditActions(
            lambda: self.add_requested.emit(kind), self.edit_requested.emit, self.delete_requested.emit
        )
        return editable_page(kind, name, columns, add_label, stretch, self, actions, more)

    def set_records(
        self,
        history: Sequence[MedicalHistory],
        treatments: Sequence[Treatment],
        costs: Sequence[Cost],
        documents: Sequence[DocumentLabel],
        years: Sequence[medical.CostYear] = (),
    ) -> None:
        self.document_titles.clear()
        self.document_titles.update({d.id: d.title for d in documents})
        self.history.set_records(history)
        self.treatments.set_records(treatments)
        self.costs.set_records(costs)
        self.costs.buttons["save_costs_csv"].setEnabled(bool(costs))
        self.totals.setText("<br>".join(self._year_line(year) for year in years))

    @staticmethod
    def _year_line(year: "medical.CostYear") -> str:
        """One year: billed, the plan's payments, the patient's share, receipts and estimates, then the
        progress toward each limit entered, as the EOBs show it."""
        t = year.totals
        parts = []
        if t.billed:
            parts.append(tr("billed <b>{amount}</b>").format(amount=shown_money(t.billed)))
        if t.plan_paid:
            parts.append(tr("plan paid <b>{amount}</b>").format(amount=shown_money(t.plan_paid)))
        if t.patient_share:
            parts.append(tr("your share <b>{amount}</b>").format(amount=shown_money(t.patient_share)))
        if t.paid:
            parts.append(tr("you paid <b>{amount}</b>").format(amount=shown_money(t.paid)))
        if t.estimates:
            parts.append(tr("estimates <b>{amount}</b>").format(amount=shown_money(t.estimates)))
        for progress, label in (
            (year.deductible, tr("deductible")),
            (year.out_of_pocket, tr("out-of-pocket maximum")),
        ):
            if progress is not None:
                parts.append(
                    tr("{what}: <b>{reached}</b> of {limit} ({percent}%)").format(
                        what=label,
                        reached=shown_money(progress.reached),
                        limit=shown_money(progress.limit),
                        percent=round(progress.fraction * 100),
                    )
                )
        return f"<b>{t.year}</b>: " + " &nbsp;·&nbsp; ".join(parts)

    def clear(self) -> None:
        self.set_records([], [], [], [])

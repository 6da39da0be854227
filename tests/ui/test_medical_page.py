"""The "Medical & costs" tab: add, edit and delete conditions, treatments and costs through the dialogs."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casebinder.domain.enums import CostKind
from casebinder.ui.dialogs.medical_dialogs import CostDialog, HistoryDialog, PlanLimitsDialog, TreatmentDialog
from casebinder.ui.main_window import MainWindow
from casebinder.usecases import medical


def _save_enabled(dialog: object) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()  # type: ignore[attr-defined]


def test_add_edit_and_delete_a_treatment(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.medical_page
    assert "Medical && costs" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    page.treatments.buttons["add_treatment"].click()
    dialog = window.medical_actions.dialog
    assert isinstance(dialog, TreatmentDialog), "a treatment needs a name"
    assert not _save_enabled(dialog), "a treatment needs a name"
    dialog.name.setText("Topiramate 50 mg")
    dialog.has_started.setChecked(True)
    dialog.started.setDate(QDate(2024, 5, 1))
    dialog.has_ended.setChecked(True)
    dialog.ended.setDate(QDate(2024, 1, 10))
    assert not _save_enabled(dialog)
    assert "cannot stop before" in dialog.problem.text()
    dialog.started.setDate(QDate(2024, 1, 10))
    dialog.ended.setDate(QDate(2024, 5, 1))
    dialog.outcome.setPlainText("No relief; cognitive side effects")
    assert _save_enabled(dialog)
    dialog.accept()
    model = page.treatments.model
    assert model.rowCount() == 1
    assert model.records[0].name == "Topiramate 50 mg"
    assert model.records[0].started == dt.date(2024, 1, 10)

    page.treatments.table.selectRow(0)
    assert page.treatments.buttons["edit_treatment"].isEnabled()
    page.treatments.buttons["edit_treatment"].click()
    editing = window.medical_actions.dialog
    assert isinstance(editing, TreatmentDialog)
    assert editing.name.text() == "Topiramate 50 mg"
    assert editing.has_ended.isChecked(), "opens filled in"
    assert editing.ended.date() == QDate(2024, 5, 1), "opens filled in"
    editing.name.setText("Topiramate 100 mg")
    editing.accept()
    assert [t.name for t in medical.list_treatments(window.session.vault, window.case_id or 0)] == [
        "Topiramate 100 mg"
    ]

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.treatments.table.selectRow(0)
    page.treatments.buttons["delete_treatment"].click()
    assert page.treatments.model.rowCount() == 0
    assert medical.list_treatments(window.session.vault, window.case_id or 0) == []


def test_costs_need_an_amount_name_their_receipt_and_show_totals(qtbot: QtBot, window: MainWindow) -> None:
    page = window.medical_page
    page.costs.buttons["add_cost"].click()
    dialog = window.medical_actions.dialog
    assert isinstance(dialog, CostDialog)
    dialog.description.setText("Pre-operative visit copay")
    for bad in ("", "12.345", "forty"):
        dialog.amount.setText(bad)
        assert not _save_enabled(dialog), bad
    dialog.amount.setText("45")
    dialog.document.setCurrentIndex(dialog.document.findText("Visual field test"))
    assert _save_enabled(dialog)
    assert dialog.document.currentData() is not None
    dialog.accept()
    [cost] = page.costs.model.records
    assert cost.amount_cents == 4500
    evidence = page.costs.model.index(0, 4).data()
    assert evidence == "Visual field test", "the linked document is named, not numbered"
    assert "$45.00" in page.totals.text()
    assert "you paid" in page.totals.text()

    page.history.buttons["add_history"].click()
    history = window.medical_actions.dialog
    assert isinstance(history, HistoryDialog)
    assert not _save_enabled(history)
    history.condition.setText("Dermatochalasis, both upper eyelids")
    history.accept()
    assert page.history.model.rowCount() == 1

    window.clear()  # what locking does: nothing of the case stays on screen
    assert page.costs.model.rowCount() == page.history.model.rowCount() == 0
    assert page.totals.text() == ""


def test_an_eob_line_shows_its_share_and_the_year_its_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.medical_page
    page.costs.buttons["add_cost"].click()
    dialog = window.medical_actions.dialog
    assert isinstance(dialog, CostDialog)
    assert not dialog.parts["copay_cents"].isVisibleTo(dialog)  # EOB figures only for an EOB line
    dialog.kind.setCurrentIndex(list(CostKind).index(CostKind.EOB))
    assert dialog.parts["copay_cents"].isVisibleTo(dialog)
    assert dialog.amount_label.text() == "Billed ($)"
    dialog.description.setText("Neurology visit")
    dialog.amount.setText("300")
    dialog.parts["plan_paid_cents"].setText("200")
    dialog.parts["deductible_cents"].setText("abc")
    assert not _save_enabled(dialog)
    dialog.parts["deductible_cents"].setText("60")
    dialog.parts["copay_cents"].setText("40")
    assert _save_enabled(dialog)
    dialog.accept()
    [cost] = medical.list_costs(window.session.vault, window.case_id or 0)
    assert (cost.kind, cost.plan_paid_cents, cost.deductible_cents, cost.copay_cents) == (
        CostKind.EOB, 20000, 6000, 4000,
    )  # fmt: skip
    assert "your share <b>$100.00</b>" in page.totals.text()

    page.costs.buttons["plan_limits"].click()
    limits = window.medical_actions.dialog
    assert isinstance(limits, PlanLimitsDialog)
    limits.year.setValue(cost.date.year)
    limits.deductible.setText("500")
    limits.out_of_pocket.setText("4000")
    limits.accept()
    assert "deductible: <b>$60.00</b> of $500.00 (12%)" in page.totals.text()
    assert "out-of-pocket maximum: <b>$100.00</b> of $4,000.00 (2%)" in page.totals.text()

    out = tmp_path / "costs.csv"
    window.medical_actions.write_csv(window.case_id or 0, out)
    header, row = out.read_text().splitlines()
    assert header.startswith("id,date,kind,description")
    assert ",eob,Neurology visit," in row
    assert row.endswith(",100.00,,")
    assert out.stat().st_mode & 0o777 == 0o600

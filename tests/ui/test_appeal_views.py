"""The Checklist tab, the deadlines panel and the header's next deadline, driven through real widgets."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from casebinder.ui.i18n import shown_date
from casebinder.ui.main_window import MainWindow
from casebinder.ui.widgets.checklist_page import DOCUMENT_MIME, ITEM_ROLE
from casebinder.ui.widgets.deadlines_panel import DAYS_ROLE
from casebinder.usecases import checklists as checklist_service
from casebinder.usecases.cases import CaseEdit, edit_case


def test_record_a_milestone_shows_deadlines_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    assert "none yet" in window.header.text()
    window.appeal_actions.record_milestone()
    dialog = window.appeal_actions.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("denial-received"))
    dialog.on.setDate(dialog.on.date().addDays(-10))
    dialog.accept()
    due = dt.date.today() + dt.timedelta(days=170)
    assert shown_date(due) in window.header.text(), "in the person's locale (tests: the US)"
    assert "File the internal appeal" in window.header.text()
    assert "29 CFR 2560.503-1(h)(3)(i)" in window.header.toolTip()
    assert "Not legal advice" in window.header.toolTip()
    rows = [window.deadlines.topLevelItem(i) for i in range(window.deadlines.topLevelItemCount())]
    [row] = [r for r in rows if "File the internal appeal" in r.text(0)]
    assert row.text(0).startswith(f"{shown_date(due)} · in 170 days")
    assert row.data(0, DAYS_ROLE) == 170
    kinds = {window.timeline.model.event_at(r).kind.value for r in range(window.timeline.model.rowCount())}
    assert "deadline" in kinds, "the timeline shows deadlines"


def test_a_milestone_with_the_notice_date_only_counts_from_it(qtbot: QtBot, window: MainWindow) -> None:
    """The dialog's two dates: a Medicare Advantage denial whose arrival is unknown counts from its date."""
    assert window.case_id is not None
    edit_case(window.session.vault, window.case_id, CaseEdit(plan_type="medicare-advantage", state="OH"))
    window.show_case(window.case_id)
    window.appeal_actions.record_milestone()
    dialog = window.appeal_actions.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("denial-received"))
    dialog.on_known.setChecked(False)
    assert not dialog.on.isEnabled()
    dialog.dated_known.setChecked(True)
    dated = dt.date.today() - dt.timedelta(days=5)
    dialog.dated.setDate(dated)
    dialog.accept()
    rows = [window.deadlines.topLevelItem(i) for i in range(window.deadlines.topLevelItemCount())]
    [row] = [r for r in rows if "Ask the plan for a reconsideration" in r.text(0)]
    assert row.data(0, DAYS_ROLE) == 60, "65 days from the date on the notice"
    assert f"65 days from the date on the notice, {shown_date(dated)}" in row.toolTip(0), (
        "in the locale's way"
    )
    assert "42 CFR 422.582(b)" in row.toolTip(0)


def test_checklist_tab_links_a_dropped_document_and_marks_items(qtbot: QtBot, window: MainWindow) -> None:
    assert window.case_id is not None
    edit_case(window.session.vault, window.case_id, CaseEdit(procedure="blepharoplasty"))
    window.show_case(window.case_id)
    window.tabs.setCurrentWidget(window.checklist)
    tree = window.checklist.tree
    stages = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert stages[:3] == ["Prior authorization", "Claim", "Internal appeal"]
    appeal = tree.topLevelItem(2)
    items = {appeal.child(i).data(0, ITEM_ROLE)[1]: appeal.child(i) for i in range(appeal.childCount())}
    target = items["visual-field-taped-untaped"]
    assert target.text(1).endswith("missing")
    model = window.documents.model
    shown = [model.document_at(row) for row in range(model.rowCount())]
    document = next(d for d in shown if d.media_type == "application/pdf")
    assert window.documents.model.mimeData([window.documents.model.index(0, 0)]).hasFormat(DOCUMENT_MIME)
    appeal.setExpanded(True)
    tree.scrollToItem(target)
    QApplication.processEvents()
    rect = tree.visualItemRect(target)
    mime = QMimeData()
    mime.setData(DOCUMENT_MIME, str(document.id).encode())
    drop = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.LinkAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(drop)
    [appeal_state] = checklist_service.checklists(window.session.vault, window.case_id, "internal-appeal-1")
    linked = {i.item.id: i.linked for i in appeal_state.items}
    assert linked["visual-field-taped-untaped"] == (document.id,)
    appeal = window.checklist.tree.topLevelItem(2)
    items = {appeal.child(i).data(0, ITEM_ROLE)[1]: appeal.child(i) for i in range(appeal.childCount())}
    assert items["visual-field-taped-untaped"].text(1).endswith("done")
    assert document.title in items["visual-field-taped-untaped"].text(2)
    window.checklist.tree.setCurrentItem(items["photographs"])
    window.checklist.findChild(QPushButton, "mark_na").click()
    [appeal_state] = checklist_service.checklists(window.session.vault, window.case_id, "internal-appeal-1")
    assert {i.item.id: i.status for i in appeal_state.items}["photographs"] == "n/a"
    assert "%" in window.checklist.tree.topLevelItem(2).text(1)


def test_export_deadlines_writes_a_calendar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    from casebinder.usecases.appeals import MilestoneFields, add_milestone

    assert window.case_id is not None
    add_milestone(window.session.vault, window.case_id, MilestoneFields("denial-received", dt.datetime.now()))
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(  # type: ignore[attr-defined]
        "casebinder.ui.actions.appeals.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.appeal_actions.export_calendar()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "File the internal appeal" in text.replace("\r\n ", "")


def test_denial_letter_check_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from casebinder.usecases.denial_notice import denial_notice

    window.appeal_actions.check_denial_letter()
    dialog = window.appeal_actions.dialog
    assert "specific reason" in dialog.missing.text()
    dialog.boxes["specific-reason"].setChecked(True)
    dialog.boxes["plan-provision"].setChecked(True)
    assert "The specific reason" not in dialog.missing.text()
    assert "clinical" in dialog.missing.text()
    dialog.accept()
    assert window.case_id is not None
    saved = {e.id for e in denial_notice(window.session.vault, window.case_id) if e.present}
    assert saved == {"specific-reason", "plan-provision"}


def test_a_refused_save_keeps_what_was_typed_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    """A notice dated after the day it arrived is refused by the use case: the form comes back, whole."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QLabel

    window.appeal_actions.record_milestone()
    dialog = window.appeal_actions.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("denial-received"))
    dialog.on.setDate(QDate(2026, 3, 1))
    dialog.dated_known.setChecked(True)
    dialog.dated.setDate(QDate(2026, 3, 5))
    dialog.urgent.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    problem = dialog.findChild(QLabel, "form_problem")
    assert problem is not None
    assert problem.text().startswith("The notice is dated 3/5/2026"), "the dates as the person writes them"
    assert problem.text().endswith(".")
    assert dialog.dated.date() == QDate(2026, 3, 5), "what was typed is still there"
    assert dialog.urgent.isChecked()
    dialog.dated.setDate(QDate(2026, 2, 27))
    dialog.accept()
    qtbot.waitUntil(
        lambda: "Denial received" in window.header.toolTip() or not dialog.isVisible(), timeout=5000
    )
    assert not dialog.isVisible()


def test_checklist_links_by_keyboard_beside_the_documents_and_accepts_suggestions(
    qtbot: QtBot, window: MainWindow
) -> None:
    """No drag: select an item, type a few letters of a document, Enter; "Accept suggested" in one click."""
    assert window.case_id is not None
    case_id = window.case_id
    edit_case(window.session.vault, case_id, CaseEdit(procedure="blepharoplasty"))
    window.show_case(case_id)
    window.tabs.setCurrentWidget(window.checklist)
    page = window.checklist
    assert page.shelf.count() == 2, "the case's documents are beside the checklist"

    def item(item_id: str) -> object:
        appeal = page.tree.topLevelItem(2)
        rows = {appeal.child(i).data(0, ITEM_ROLE)[1]: appeal.child(i) for i in range(appeal.childCount())}
        return rows[item_id]

    page.tree.setCurrentItem(item("visual-field-taped-untaped"))
    page.find_document.setFocus()
    qtbot.keyClicks(page.find_document, "visual fie")
    assert len(page.shelf.documents.shown_ids()) == 1, "search as you type"
    qtbot.keyClick(page.find_document, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            {
                i.item.id: i.linked
                for i in checklist_service.checklists(window.session.vault, case_id, "internal-appeal-1")[
                    0
                ].items
            }["visual-field-taped-untaped"]
            != ()
        ),
        timeout=10_000,
    )
    assert page.tree.currentItem().data(0, ITEM_ROLE)[1] == "visual-field-taped-untaped", "the place is kept"

    [state] = checklist_service.checklists(window.session.vault, case_id, "internal-appeal-1")
    suggesting = [i for i in state.items if i.suggested and not i.linked]
    assert suggesting, "the denial (denial.txt, kind guessed from its name) is suggested for an item"
    target = suggesting[0]
    page.tree.setCurrentItem(item(target.item.id))
    page.findChild(QPushButton, "accept_suggested").click()
    [state] = checklist_service.checklists(window.session.vault, case_id, "internal-appeal-1")
    assert {i.item.id: i.linked for i in state.items}[target.item.id] == target.suggested

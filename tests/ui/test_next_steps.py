"""The Next steps tab: a case opens on what to do and by when; each step's action settles it."""

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casebinder.ui.main_window import MainWindow
from casebinder.usecases import checklists as checklist_service
from casebinder.usecases.appeals import follow_ups
from casebinder.usecases.cases import CaseEdit, edit_case
from casebinder.usecases.next_steps import next_steps


def _rows(window: MainWindow) -> list[tuple[str, str]]:
    tree = window.next_steps.tree
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())
    ]


def test_an_overdue_follow_up_is_first_in_red_until_marked_done(qtbot: QtBot, window: MainWindow) -> None:
    """The fixture's call has a follow-up on 2026-10-30, long past: overdue, first, bold and red."""
    assert window.case_id is not None
    assert window.tabs.currentWidget() is window.next_steps
    rows = _rows(window)
    assert rows, "there is something to do"
    when, what = rows[0]
    assert what == "Follow up on call with Marcus"
    assert "days ago" in when
    first = window.next_steps.tree.topLevelItem(0)
    assert first.font(1).bold()
    colour = first.foreground(1).color()
    assert colour.red() > 150, "overdue reads red"
    assert colour.green() < 120, "overdue reads red"
    assert window.next_steps.buttons["done"].isVisibleTo(window.next_steps)
    window.next_steps.buttons["done"].click()
    qtbot.waitUntil(lambda: not follow_ups(window.session.vault, window.case_id), timeout=10_000)
    qtbot.waitUntil(lambda: all("Marcus" not in what for _when, what in _rows(window)), timeout=10_000)


def test_a_missing_document_leads_to_the_checklist_item_or_is_marked_not_applicable(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.case_id is not None
    case_id = window.case_id
    edit_case(window.session.vault, case_id, CaseEdit(procedure="blepharoplasty"))
    window.show_case(case_id)
    assert "Upper-eyelid blepharoplasty / ptosis repair" in window.header.text(), "the id reads as words"
    steps = next_steps(window.session.vault, case_id)
    missing = [s for s in steps if s.kind == "missing" and not s.suggested]
    assert missing, "the current stage lacks documents"
    page = window.next_steps
    target = missing[0]
    page.tree.setCurrentItem(
        next(
            page.tree.topLevelItem(i)
            for i in range(page.tree.topLevelItemCount())
            if page.tree.topLevelItem(i).text(1) == target.title
        )
    )
    page.buttons["link"].click()
    QApplication.processEvents()
    assert window.tabs.currentWidget() is window.checklist
    selected = window.checklist.tree.currentItem()
    assert selected is not None
    assert selected.text(0) == target.title.removeprefix("Missing: ")
    assert (
        window.checklist.find_document.hasFocus()
        or QApplication.focusWidget() is window.checklist.find_document
    )

    window.tabs.setCurrentWidget(page)
    page.tree.setCurrentItem(
        next(
            page.tree.topLevelItem(i)
            for i in range(page.tree.topLevelItemCount())
            if page.tree.topLevelItem(i).text(1) == target.title
        )
    )
    page.buttons["not_applicable"].click()
    qtbot.waitUntil(
        lambda: (
            {
                i.item.id: i.status.value
                for i in checklist_service.checklists(window.session.vault, case_id, target.stage)[0].items
            }[target.item_id]
            == "n/a"
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: all(what != target.title for _when, what in _rows(window)), timeout=10_000)


def test_all_my_cases_lists_every_case_with_its_name(qtbot: QtBot, window: MainWindow) -> None:
    page = window.next_steps
    assert page.tree.isColumnHidden(2), "one case: no case column"
    page.all_cases.setChecked(True)
    assert not page.tree.isColumnHidden(2)
    every = next_steps(window.session.vault, None, dt.date.today())
    assert page.tree.topLevelItemCount() == len(every)


def test_the_sidebar_shows_each_cases_next_date_and_its_urgency(window: MainWindow) -> None:
    from casebinder.ui.main_window import CASE_ROLE

    person = window.cases_model.item(0)
    case_item = person.child(0)
    assert case_item.data(CASE_ROLE) == window.case_id
    title, next_line = case_item.text().split("\n")
    assert title == "Eyelid surgery denied"
    assert "10/30/2026" in next_line, "the date as the US writes it (the tests' locale)"
    assert "overdue" in next_line
    assert "days overdue" in case_item.toolTip()
    assert case_item.foreground().color().red() > 150, "overdue: red"


def test_a_new_case_asks_the_plan_type_with_i_dont_know_first_and_explains_each(qtbot: QtBot) -> None:
    from casebinder.domain.enums import PlanType
    from casebinder.ui.dialogs.record_dialogs import CaseDialog

    dialog = CaseDialog([])
    qtbot.addWidget(dialog)
    assert dialog.plan_type.currentData() == PlanType.UNKNOWN.value, "no silent default to a plan type"
    assert "earliest deadlines" in dialog.plan_explanation.text()
    dialog.plan_type.setCurrentIndex(dialog.plan_type.findData(PlanType.EMPLOYER_SELF_FUNDED.value))
    assert "Ask HR" in dialog.plan_explanation.text()


def test_lock_and_unlock_bring_back_the_case_tab_and_document(
    qtbot: QtBot, controller: object, filled_vault: object, vault_template: object
) -> None:
    from casebinder.ui.app import AppController
    from casebinder.usecases.cases import CaseFields, add_case
    from casebinder.vault import Vault

    assert isinstance(controller, AppController)
    vault = Vault.open(filled_vault, key=vault_template.key)  # type: ignore[arg-type, attr-defined]
    other = add_case(vault, "Lucy Mendes", CaseFields(title="Septoplasty claim")).record
    controller.show_main(vault)
    window = controller.window
    assert window is not None
    assert other.id is not None
    window.select_case(other.id)  # not the first case: it is not where the window opens by itself
    window.tabs.setCurrentWidget(window.calls)
    controller.lock()
    assert controller.window is None
    controller.show_main(Vault.open(filled_vault, key=vault_template.key))  # type: ignore[arg-type, attr-defined]
    again = controller.window
    assert again is not None
    assert again.case_id == other.id, "the case comes back"
    assert again.tabs.currentWidget() is again.calls, "and the tab"
    again.select_case(1)
    again.tabs.setCurrentWidget(again.documents)
    assert again.documents.select_where(lambda d: d is not None and d.filename == "denial.txt")
    controller.lock()
    controller.show_main(Vault.open(filled_vault, key=vault_template.key))  # type: ignore[arg-type, attr-defined]
    third = controller.window
    assert third is not None
    current = third.documents.current_document()
    assert current is not None
    assert current.filename == "denial.txt", "and the document that was selected"


def test_column_widths_the_user_sets_are_kept_across_sessions(
    qtbot: QtBot, controller: object, filled_vault: object, vault_template: object
) -> None:
    from casebinder.ui.app import AppController
    from casebinder.vault import Vault

    assert isinstance(controller, AppController)
    controller.show_main(Vault.open(filled_vault, key=vault_template.key))  # type: ignore[arg-type, attr-defined]
    window = controller.window
    assert window is not None
    header = window.documents.table.horizontalHeader()
    header.resizeSection(1, 233)  # Kind, as a drag on the header does
    controller.lock()
    controller.show_main(Vault.open(filled_vault, key=vault_template.key))  # type: ignore[arg-type, attr-defined]
    again = controller.window
    assert again is not None
    assert again.documents.table.horizontalHeader().sectionSize(1) == 233

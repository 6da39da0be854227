"""The Criteria tab: add the insurer's own criterion, link a document to it, see it met."""

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casebinder.ui.dialogs.medical_dialogs import CriterionDialog, LinkEvidenceDialog
from casebinder.ui.main_window import MainWindow
from casebinder.usecases.criteria import list_criteria


def test_a_criterion_is_added_linked_to_a_page_and_shown_met(qtbot: QtBot, window: MainWindow) -> None:
    page = window.criteria_page
    window.tabs.setCurrentWidget(page)
    assert "Criteria" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    page.buttons["add_criterion"].click()
    dialog = window.criteria_actions.dialog
    assert isinstance(dialog, CriterionDialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.label.setText("Visual field loss of 12 degrees or more")
    dialog.source.setText("Plan policy MP-114")
    dialog.accept()
    assert page.tree.topLevelItemCount() == 1
    assert page.tree.topLevelItem(0).text(1) == "Not yet"

    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    page.buttons["link_evidence"].click()
    linking = window.criteria_actions.dialog
    assert isinstance(linking, LinkEvidenceDialog)
    assert linking.document.count() == 2  # the case's two documents
    linking.page.setValue(2)
    linking.note.setText("18 degrees untaped")
    linking.accept()
    [criterion] = list_criteria(window.session.vault, window.case_id or 0)
    assert criterion.met
    assert criterion.evidence[0].page == 2
    assert page.tree.topLevelItem(0).text(1) == "Met"
    assert "18 degrees untaped" in page.tree.topLevelItem(0).child(0).text(0)


def test_the_insurers_policy_is_chosen_among_the_documents_and_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from casebinder.usecases.criteria import policy_document

    page = window.criteria_page
    assert "No policy document" in page.policy.text()
    page.buttons["choose_policy"].click()
    dialog = window.criteria_actions.dialog
    assert isinstance(dialog, QInputDialog)
    choice = next(item for item in dialog.comboBoxItems() if item.startswith("Visual field test"))
    dialog.setTextValue(choice)
    dialog.accept()
    with window.session.vault.session() as session:
        policy = policy_document(session, window.case_id or 0)
    assert policy is not None
    assert policy.title == "Visual field test"
    assert "Visual field test" in page.policy.text()

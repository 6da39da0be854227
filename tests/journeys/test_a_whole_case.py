"""A first-time caregiver's whole first hour, through the real entry point (``run_gui``): create a vault,
add a case for a parent, import the papers, log a call, see the denial's deadline, link a document to the
checklist without dragging, export the stage's packet, lock, unlock, and find their place again.

Each step waits for its window or for what the previous one changed (files stored, a record saved), never
for time."""

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from casebinder.ui.app import run_gui
from casebinder.ui.widgets.checklist_page import ITEM_ROLE
from casebinder.ui.widgets.next_steps_page import STEP_ROLE
from tests import inputs
from tests.journeys.driver import Journey, Step, titled
from tests.journeys.test_first_run import NEW_PASSPHRASE, _click, _confirm_recovery_key, _fill_create

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")

DENIAL = [
    "EVERGREEN HEALTH PLAN",
    "November 20, 2026",
    "NOTICE OF ADVERSE BENEFIT DETERMINATION",
    "Member: Rosa Alvarez. Upper eyelid blepharoplasty is denied as cosmetic.",
]
STATE: dict[str, object] = {}


def _window(test: object = None):
    from casebinder.ui.main_window import MainWindow

    def find(widget: QWidget) -> bool:
        return isinstance(widget, MainWindow) and (test is None or test(widget))  # type: ignore[operator]

    return find


def _new_case(window: QWidget) -> None:
    window.case_actions.new_case()  # type: ignore[attr-defined]  # Case ▸ New case (Ctrl+N)


def _fill_case(dialog: QWidget) -> None:
    dialog.person.setCurrentText("Rosa Alvarez (my mother)")  # type: ignore[attr-defined]
    dialog.title.setText("Mom's eyelid surgery denied as cosmetic")  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]


def _import(folder: Path):
    def act(window: QWidget) -> None:
        window.import_paths([folder])  # type: ignore[attr-defined]  # as a drop of the folder does

    return act


def _documents(window: QWidget) -> int:
    return window.documents.model.rowCount()  # type: ignore[attr-defined, no-any-return]


def _log_call(window: QWidget) -> None:
    window.call_actions.log()  # type: ignore[attr-defined]


def _fill_call(dialog: QWidget) -> None:
    dialog.rep_name.setText("Marcus")  # type: ignore[attr-defined]
    dialog.reference.setText("CS-78022915")  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]


def _link_and_export(out: Path):
    def act(window: QWidget) -> None:
        page = window.next_steps  # type: ignore[attr-defined]
        window.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
        steps = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
        STATE["deadline"] = next((r.text(1) for r in steps if "appeal" in r.text(1).lower()), "")
        for row in steps:  # a document the checklist suggests: one click
            step = row.data(0, STEP_ROLE)
            if step is not None and step.suggested:
                page.tree.setCurrentItem(row)
                page.buttons["accept"].click()
                STATE["linked"] = step.item_id
                break
        else:  # none suggested at this stage: the checklist, a few letters of the document, Enter
            checklist = window.checklist  # type: ignore[attr-defined]
            window.tabs.setCurrentWidget(checklist)  # type: ignore[attr-defined]
            stage = next(
                checklist.tree.topLevelItem(i)
                for i in range(checklist.tree.topLevelItemCount())
                if checklist.tree.topLevelItem(i).isExpanded()
            )
            item = stage.child(0)
            checklist.tree.setCurrentItem(item)
            checklist.find_document.setText("notice of adverse")
            checklist.find_document.returnPressed.emit()
            STATE["linked"] = tuple(item.data(0, ITEM_ROLE))
        window.export_action.trigger()  # type: ignore[attr-defined]
        STATE["out"] = out

    return act


def _export(dialog: QWidget) -> None:
    dialog.destination.setText(str(STATE["out"]))  # type: ignore[attr-defined]
    dialog.export_button.click()  # type: ignore[attr-defined]


def _close_when_written(dialog: QWidget) -> bool:
    return (
        dialog.windowTitle() == "Casebinder — Export a packet"
        and getattr(dialog, "written", None) is not None
    )


def _lock(dialog: QWidget) -> None:
    dialog.close()
    main = next(w for w in QApplication.topLevelWidgets() if _window()(w) and w.isVisible())
    main.tabs.setCurrentWidget(main.documents)  # type: ignore[attr-defined]  # where the user is
    STATE["case_id"] = main.case_id  # type: ignore[attr-defined]
    main.lock_requested.emit()  # type: ignore[attr-defined]  # Lock now (Ctrl+L)


def _unlock(dialog: QWidget) -> None:
    dialog.passphrase.setText(NEW_PASSPHRASE)  # type: ignore[attr-defined]
    dialog.unlock_button.click()  # type: ignore[attr-defined]


def _check_place_and_quit(window: QWidget) -> None:
    from casebinder.usecases.checklists import checklists

    vault = window.session.vault  # type: ignore[attr-defined]
    STATE["links"] = [
        i.linked for stage in checklists(vault, window.case_id) for i in stage.items if i.linked
    ]  # type: ignore[attr-defined]
    STATE["place"] = (window.case_id, window.tabs.currentWidget() is window.documents)  # type: ignore[attr-defined]
    QApplication.quit()


def test_a_caregivers_first_hour_from_vault_to_packet_and_back(qtbot: QtBot, tmp_path: Path) -> None:
    STATE.clear()
    papers = tmp_path / "papers from the insurer"
    papers.mkdir()
    (papers / "denial letter.pdf").write_bytes(inputs.letter_pdf(DENIAL))
    (papers / "visual field test.pdf").write_bytes(
        inputs.letter_pdf(["VISUAL FIELD TEST RESULT", "Taped and untaped"])
    )
    location = tmp_path / "Family cases.casebinder"
    packet = tmp_path / "packet.pdf"
    journey = Journey(
        [
            Step("welcome", titled("Casebinder — Welcome"), _click("welcome_create")),
            Step("create", titled("Casebinder — Create a vault"), _fill_create(location)),
            Step("recovery key", titled("Casebinder — Your recovery key"), _confirm_recovery_key),
            Step("main window, empty", _window(), _new_case),
            Step("new case", titled("Casebinder — New case"), _fill_case),
            Step("the case", _window(lambda w: w.case_id is not None), _import(papers)),
            Step(
                "papers stored",
                _window(lambda w: not w.importer.busy and _documents(w) == 2),
                _log_call,
            ),
            Step("log a call", titled("Casebinder — Log a call"), _fill_call),
            Step(
                "call saved",
                _window(
                    lambda w: w.calls.model.rowCount() == 1 and w.next_steps.tree.topLevelItemCount() > 0
                ),
                _link_and_export(packet),
            ),
            Step("export", titled("Casebinder — Export a packet"), _export),
            Step("packet written", _close_when_written, _lock),
            Step("unlock", lambda w: isinstance(w, QDialog) and "Unlock" in w.windowTitle(), _unlock),
            Step("back in the vault", _window(lambda w: w.case_id is not None), _check_place_and_quit),
        ]
    )
    journey.start(limit_ms=240_000)
    try:
        code = run_gui()
    finally:
        journey.stop()
    assert not journey.failure, journey.failure
    assert not journey.steps, f"the app ended before {journey.steps[0].name}; windows seen: {journey.seen}"
    assert code == 0
    assert "appeal" in str(STATE["deadline"]).lower(), "the denial's appeal deadline is a next step"
    assert STATE.get("linked"), "a document was linked to the checklist without a drag"
    assert STATE.get("links"), "and the link is in the vault"
    assert packet.is_file()
    reader = PdfReader(packet)
    assert len(reader.pages) > 3
    assert STATE["place"] == (STATE["case_id"], True), "after unlock: the same case, the same tab"

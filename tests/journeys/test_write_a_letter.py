"""Through the real entry point: open the demo, write the appeal from the case (Case ▸ Write a letter),
save it, and find it first among the packet's exhibits; a form about to lapse is in Next steps."""

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.journeys.driver import Journey, Step, titled
from tests.journeys.test_first_run import _click, _main_window, _run

STATE: dict[str, object] = {}


def _write(window: QWidget) -> None:
    steps = window.next_steps.tree  # type: ignore[attr-defined]
    STATE["steps"] = [steps.topLevelItem(i).text(1) for i in range(steps.topLevelItemCount())]
    window.write_letter_action.trigger()  # type: ignore[attr-defined]  # Case ▸ Write a letter (Ctrl+Shift+W)


def _letter_ready(widget: QWidget) -> bool:
    return widget.windowTitle() == "Casebinder — Write a letter" and "Exhibit" in widget.preview.toPlainText()  # type: ignore[attr-defined]


def _save(dialog: QWidget) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData("internal-appeal"))  # type: ignore[attr-defined]
    STATE["blank"] = dialog.status.text()  # type: ignore[attr-defined]
    STATE["enabled"] = dialog.save_button.isEnabled()  # type: ignore[attr-defined]
    dialog.save_button.click()  # type: ignore[attr-defined]


def _saved(widget: QWidget) -> bool:
    from casebinder.domain.enums import DocumentKind

    if not _main_window(widget) or widget.case_id is None:  # type: ignore[attr-defined]
        return False
    from casebinder.usecases.documents import list_documents

    documents = list_documents(widget.session.vault, widget.case_id)  # type: ignore[attr-defined]
    return any(d.kind is DocumentKind.APPEAL_LETTER for d in documents)


def _check_and_quit(window: QWidget) -> None:
    from casebinder.usecases.packet import select_documents

    first = select_documents(window.session.vault, window.case_id)[0]  # type: ignore[attr-defined]
    STATE["first"] = (first.kind.value, first.media_type, first.title)
    QApplication.quit()


def test_the_appeal_is_written_from_the_demo_case_and_leads_its_packet(qtbot: QtBot) -> None:
    STATE.clear()
    journey = Journey(
        [
            Step("welcome", titled("Casebinder — Welcome"), _click("welcome_demo")),
            Step("main window", lambda w: _main_window(w) and w.case_id is not None, _write),  # type: ignore[attr-defined]
            Step("the letter, drafted", _letter_ready, _save),
            Step("saved in the case", _saved, _check_and_quit),
        ]
    )
    assert _run(journey) == 0
    assert STATE["enabled"], f"the demo's appeal has no blank field: {STATE['blank']}"
    kind, media_type, title = STATE["first"]  # type: ignore[misc]
    assert (kind, media_type) == ("appeal-letter", "application/pdf")
    assert str(title).startswith("Internal appeal")
    assert any("Renew before it lapses" in str(step) for step in STATE["steps"]), STATE["steps"]  # type: ignore[attr-defined]

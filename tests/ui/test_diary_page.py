"""The Diary tab by keyboard: an entry is a few keys and Enter; the months and the chart follow at once."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casebinder.ui.main_window import MainWindow
from casebinder.usecases.diary import list_symptoms


def test_entries_are_typed_in_a_few_keys_and_the_months_count_them(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.diary_page
    window.tabs.setCurrentWidget(page)
    assert "Diary" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert page.symptom.currentText(), "a symptom is offered before anything is typed"
    page.symptom.setCurrentText("headache")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    page.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))

    page.severity.setFocus()
    page.severity.selectAll()
    qtbot.keyClicks(page.severity, "7")
    qtbot.keyClick(page.severity, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.hours, "5")
    qtbot.keyClick(page.hours, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.stopped, "work")
    qtbot.keyClick(page.stopped, Qt.Key.Key_Return)  # Enter writes it

    entries = list_symptoms(window.session.vault, window.case_id or 0)
    assert [(e.symptom, e.severity, e.hours, e.stopped, e.day) for e in entries] == [
        ("headache", 7, 5.0, "work", yesterday)
    ]
    assert page.model.rowCount() == 1
    assert page.stopped.text() == "", "ready for the next entry"
    assert page.symptom.currentText() == "headache", "the symptom stays for the next entry"
    month = f"{yesterday:%Y-%m}"
    shown = {page.months.item(r, 0).text(): r for r in range(page.months.rowCount())}
    assert month in shown
    row = shown[month]
    assert page.months.item(row, 4).text() == "1", "one day with it"
    assert page.months.item(row, 5).text() == "1", "one day of 4 hours or more (a migraine criterion)"
    assert int(page.months.item(row, 3).text()) >= 0
    assert page.chart.summary is not None
    assert page.chart.summary.symptom == "headache"
    page.chart.grab()  # it paints

    page.severity.setValue(11 if page.severity.maximum() > 10 else 10)
    assert page.severity.value() == 10, "the box stops at 10"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.buttons["delete_symptom"].click()
    assert list_symptoms(window.session.vault, window.case_id or 0) == []
    assert page.model.rowCount() == 0

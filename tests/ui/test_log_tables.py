"""The Calls and Letters tabs of a long case: ids from SQL, rows read a block at a time, and filter and sort
in SQL showing what the old in-memory table showed."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casebinder.domain.enums import CorrespondenceMethod, Direction
from casebinder.ui.app import AppController
from casebinder.ui.main_window import MainWindow
from casebinder.ui.models.paged import BLOCK, PagedTableModel
from casebinder.ui.models.records import (
    CALL_COLUMNS,
    CORRESPONDENCE_COLUMNS,
    RecordFilterProxy,
    RecordTableModel,
)
from casebinder.usecases.calls import CallFields, add_call, edit_call, list_calls
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence, list_correspondence
from casebinder.vault import Vault
from tests.conftest import VaultTemplate
from tests.helpers import new_case

CALLS = BLOCK + 60  # more than one block: paging must show
WHO = ("Aetna appeals", "Dr. Patel's office", "Member services", "Utilization management")


@pytest.fixture(scope="module")
def long_case(tmp_path_factory: pytest.TempPathFactory, vault_template: VaultTemplate) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("calls") / "calls.casebinder"
    path.write_bytes(vault_template.path.read_bytes())
    start = dt.datetime(2025, 1, 6, 9, 30)
    with Vault.open(path, key=vault_template.key) as vault:
        case_id = new_case(vault)
        for n in range(CALLS):
            fields = CallFields(
                at=start + dt.timedelta(days=n, minutes=7 * n),
                rep_name=f"Rep {n % 37:02}",
                with_whom=WHO[n % len(WHO)],
                reference_number=f"REF-{n:04}",
                promised="a callback" if n % 5 == 0 else "",
                follow_up=dt.date(2026, 1, 1) + dt.timedelta(days=n) if n % 3 == 0 else None,
            )
            add_call(vault, case_id, fields)
        methods = list(CorrespondenceMethod)
        for n in range(40):
            letter = CorrespondenceFields(
                date=dt.date(2025, 2, 1) + dt.timedelta(days=3 * n),
                direction=Direction.INBOUND if n % 4 == 0 else Direction.OUTBOUND,
                method=methods[n % len(methods)],
                counterparty=WHO[n % len(WHO)],
                subject=f"Letter {n:02}",
                proof=f"7022 {n:04}" if n % 2 else "",
            )
            add_correspondence(vault, case_id, letter)
    return path, case_id


@pytest.fixture
def window_on_it(
    qtbot: QtBot, controller: AppController, long_case: tuple[Path, int], vault_template: VaultTemplate
) -> MainWindow:
    path, case_id = long_case
    controller.show_main(Vault.open(path, key=vault_template.key))
    window = controller.window
    assert window is not None
    window.show_case(case_id)
    window.tabs.setCurrentWidget(window.calls)
    return window


def _shown(model: PagedTableModel[object], column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_only_the_calls_painted_are_read(window_on_it: MainWindow) -> None:
    model = window_on_it.calls.model
    assert isinstance(model, PagedTableModel)
    assert model.rowCount() == CALLS
    assert model.blocks_loaded <= 1, "one block for the first screen, not every call"
    assert model.data(model.index(CALLS - 1, 3)) == f"REF-{CALLS - 1:04}", "oldest first, as before"
    assert model.blocks_loaded == 2


def test_sql_filters_and_sorts_as_the_table_in_memory_did(window_on_it: MainWindow) -> None:
    """Each needle and each column's order give the rows the in-memory table and its proxy gave."""
    page = window_on_it.calls
    vault, case_id = window_on_it.session.vault, window_on_it.case_id
    assert case_id is not None
    old = RecordTableModel(CALL_COLUMNS)
    old.set_records(list_calls(vault, case_id))
    proxy = RecordFilterProxy()
    proxy.setSourceModel(old)
    for needle in ("rep 07", "REF-02", "member", "callback", "patel's", "nothing like it"):
        page.filter.setText(needle)
        proxy.setFilterFixedString(needle)
        expected = sorted(proxy.index(r, 3).data() for r in range(proxy.rowCount()))
        assert sorted(_shown(page.model, 3)) == expected, needle
    page.filter.clear()
    proxy.setFilterFixedString("")
    for column in (1, 2, 4):  # with whom, rep, promised: ties broken alike (by when, then id)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.table.sortByColumn(column, order)
            old.sort(column, order)
            in_memory = [old.index(r, column).data() for r in range(old.rowCount())]
            assert _shown(page.model, column) == in_memory, (column, order)
    page.filter.setText("2025-02")  # a month, as ISO dates read
    assert all(text.startswith("2/") for text in _shown(page.model, 0))
    assert page.model.rowCount() == 28  # 6 January + 26..53 days


def test_the_selection_follows_its_call_through_sort_and_edit(qtbot: QtBot, window_on_it: MainWindow) -> None:
    page = window_on_it.calls
    target = page.model.record_at(5)
    assert target is not None
    assert target.id is not None
    assert page.select_id(target.id)
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert page.current().id == target.id, "sorting keeps the selection"
    changed = CallFields(at=target.at, rep_name="Renamed rep", reference_number=target.reference_number)
    window_on_it.session.write(lambda vault: edit_call(vault, target.id or 0, changed))
    qtbot.waitUntil(lambda: page.current() is not None and page.current().rep_name == "Renamed rep")
    assert page.current().id == target.id, "the table read again stays on the edited call"


def test_letters_filter_by_what_the_table_calls_them(window_on_it: MainWindow) -> None:
    page = window_on_it.correspondence
    vault, case_id = window_on_it.session.vault, window_on_it.case_id
    assert case_id is not None
    old = RecordTableModel(CORRESPONDENCE_COLUMNS)
    old.set_records(list_correspondence(vault, case_id))
    proxy = RecordFilterProxy()
    proxy.setSourceModel(old)
    assert page.model.rowCount() == 40
    for needle in ("received", "sent", "fax", "in person", "7022", "letter 3", "utilization"):
        page.filter.setText(needle)
        proxy.setFilterFixedString(needle)
        expected = sorted(proxy.index(r, 4).data() for r in range(proxy.rowCount()))
        assert sorted(_shown(page.model, 4)) == expected, needle
    page.filter.clear()
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by the method's label
    methods = _shown(page.model, 2)
    assert methods == sorted(methods, key=str.lower)

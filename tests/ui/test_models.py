"""The item models, checked by Qt's own QAbstractItemModelTester and by what they show."""

import datetime as dt
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casebinder.domain.enums import EventKind
from casebinder.ui.models.records import CALL_COLUMNS, SORT_ROLE, RecordFilterProxy, RecordTableModel
from casebinder.ui.models.timeline import BLOCK, EVENT_ROLE, TimelineModel
from casebinder.usecases.calls import CallFields, add_call, list_calls
from casebinder.usecases.notes import add_note
from casebinder.vault import Vault
from tests.helpers import new_case


def test_timeline_model_loads_lazily_and_filters_in_sql(
    qapp: object, qtmodeltester: ModelTester, vault: Vault
) -> None:
    case_id = new_case(vault)
    start = dt.datetime(2025, 1, 1, 9)
    for n in range(450):
        add_note(vault, case_id, start + dt.timedelta(days=n), f"note {n}", "detail")
    add_call(vault, case_id, CallFields(at=start + dt.timedelta(days=3, hours=2), rep_name="Dana"))
    model = TimelineModel()
    model.load(vault, case_id)
    qtmodeltester.check(model)
    assert model.rowCount() == 451
    model = TimelineModel()  # without the tester, which reads rows on its own after every reset
    model.load(vault, case_id)
    assert model.blocks_loaded == 0, "loading reads ids and times only"
    last = model.index(450, 2).data()
    assert last == "note 449", "one block fetched for one row"
    assert model.blocks_loaded == 1, "one block fetched for one row"
    assert model.index(0, 2).data() == "note 0"
    assert model.blocks_loaded == 2
    assert model.index(BLOCK - 1, 0).data() is not None, "same block: cached"
    assert model.blocks_loaded == 2, "same block: cached"
    model.load(vault, case_id, kinds={EventKind.CALL})
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Call"
    model.load(vault, case_id, text="note 44")
    assert model.rowCount() == 11  # note 44, 440-449
    model.load(vault, case_id)
    assert model.row_for_date(dt.date(2025, 1, 11)) == 11  # ten notes plus the call come before
    event = model.index(4, 0).data(EVENT_ROLE)
    assert event.kind is EventKind.CALL
    model.clear()
    assert model.rowCount() == 0


def test_record_model_sorts_by_native_values(qapp: object, qtmodeltester: ModelTester, vault: Vault) -> None:
    case_id = new_case(vault)
    for day, rep in ((12, "b"), (3, "a"), (25, "c")):
        add_call(
            vault,
            case_id,
            CallFields(at=dt.datetime(2026, 1, day, 9), rep_name=rep, reference_number=f"R{day}"),
        )
    model: RecordTableModel = RecordTableModel(CALL_COLUMNS)
    model.set_records(list_calls(vault, case_id))
    qtmodeltester.check(model)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    assert [proxy.index(r, 3).data() for r in range(3)] == ["R3", "R12", "R25"]
    assert isinstance(proxy.index(0, 0).data(SORT_ROLE), dt.datetime)
    proxy.setFilterFixedString("r25")
    assert proxy.rowCount() == 1


def test_timeline_model_scrolls_10000_events(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    from casebinder.ui.widgets.timeline_page import TimelinePage

    case_id = new_case(vault)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 10000) "
            "INSERT INTO event (case_id, at, all_day, kind, title, detail) "
            "SELECT ?, datetime('2020-01-01', '+' || v || ' hours'), 0, 'NOTE', 'event ' || v, '' FROM n",
            (case_id,),
        )
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.show_case(vault, case_id)
    assert page.model.rowCount() == 10000
    page.table.scrollToBottom()
    qtbot.wait(10)
    assert page.model.blocks_loaded <= 3, "only the blocks on screen were loaded"

"""Opening the 10,000-document case of a caregiver's vault in the app: how long the window is blocked.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_case_open [VAULT] [DOCUMENTS] [CALLS]

The vault comes from ``tests/bench/family_vault.py`` (built once, then reused). Times, on the GUI thread,
selecting the big case until its tabs have painted, then sorting and filtering its Documents and Calls
tables, and prints each against its floor in the same run: reading the case's documents from the vault
(``list_documents``), which showing them needs at the least. Target: open under 200 ms, sort and filter
under 100 ms.
"""

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casebinder.ui.app import AppController
from casebinder.ui.settings import Settings
from casebinder.usecases.documents import list_documents
from tests.bench.family_vault import FAMILY, family_vault

RUNS = 5


def median_ms(action: Callable[[], object], app: QApplication) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else FAMILY
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        controller = AppController(Settings(Path(folder) / "settings.ini"), threaded=False)
        vault = family_vault(path, *[int(a) for a in sys.argv[2:4]])
        controller.show_main(vault)
        window = controller.window
        assert window is not None
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        big, small = 1, 2  # the first case holds the 10,000 documents
        floor = median_ms(lambda: list_documents(vault, big), app)

        def open_big() -> None:
            window.show_case(small)
            app.processEvents()
            started = time.perf_counter()
            window.show_case(big)
            window.repaint()
            opened.append((time.perf_counter() - started) * 1000)

        opened: list[float] = []
        for _ in range(RUNS):
            open_big()
        took = statistics.median(opened)
        table = window.documents.table
        window.tabs.setCurrentWidget(window.documents)
        app.processEvents()
        rows = window.documents.proxy.rowCount()
        sort = median_ms(lambda: table.sortByColumn(1, Qt.SortOrder.DescendingOrder), app)
        back = median_ms(lambda: table.sortByColumn(0, Qt.SortOrder.AscendingOrder), app)
        filtered = median_ms(lambda: window.documents.filter.setText("letter 99"), app)
        shown = window.documents.proxy.rowCount()
        window.documents.filter.clear()
        window.tabs.setCurrentWidget(window.calls)
        app.processEvents()
        calls = window.calls.table
        call_rows = window.calls.proxy.rowCount()
        call_sort = median_ms(lambda: calls.sortByColumn(2, Qt.SortOrder.DescendingOrder), app)
        call_back = median_ms(lambda: calls.sortByColumn(0, Qt.SortOrder.AscendingOrder), app)
        call_filter = median_ms(lambda: window.calls.filter.setText("ref-00"), app)
        call_shown = window.calls.proxy.rowCount()
        window.calls.filter.clear()
        print(f"case of {rows} documents (floor: reading them, {floor:.1f} ms)")
        print(f"  open and paint        {took:7.1f} ms  {took / floor:5.1f}x  (target < 200 ms)")
        print(f"  sort by kind          {sort:7.1f} ms  {sort / floor:5.1f}x  (target < 100 ms)")
        print(f"  sort by title again   {back:7.1f} ms  {back / floor:5.1f}x")
        print(f"  filter 'letter 99'    {filtered:7.1f} ms  {filtered / floor:5.1f}x  ({shown} rows)")
        print(f"  calls: sort by rep    {call_sort:7.1f} ms  {call_sort / floor:5.1f}x  ({call_rows})")
        print(f"  calls: by when again  {call_back:7.1f} ms  {call_back / floor:5.1f}x")
        print(f"  calls: filter ref-00  {call_filter:7.1f} ms  {call_filter / floor:5.1f}x  ({call_shown})")
        window.close()
        controller.shutdown()


if __name__ == "__main__":
    main()

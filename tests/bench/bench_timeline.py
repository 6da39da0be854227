"""The timeline with 10,000 events: model load, first paint, and scrolling through all of it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_timeline [EVENTS]

Prints figures; the model holds ids and times only and loads rows in blocks as they are painted.
"""

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from casebinder.ui.widgets.timeline_page import TimelinePage
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.vault import Vault


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "timeline.casebinder", "benchmark passphrase")
        with vault:
            case = add_case(vault, "Bench", CaseFields(title="Ten thousand events")).record
            start = dt.datetime(2020, 1, 1, 9)
            kinds = ["CALL", "DOCUMENT", "LETTER_RECEIVED", "LETTER_SENT", "DECISION", "FOLLOW_UP", "NOTE"]
            with vault.engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO event (case_id, at, all_day, kind, title, detail) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            case.id,
                            start + dt.timedelta(hours=7 * n),
                            n % 3 == 0,
                            kinds[n % len(kinds)],
                            f"Event {n}: call with member services about the appeal",
                            "detail " * 20,
                        )
                        for n in range(count)
                    ],
                )
            page = TimelinePage()
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            began = time.perf_counter()
            page.show_case(vault, case.id)
            loaded = time.perf_counter()
            page.table.viewport().repaint()
            painted = time.perf_counter()
            scroll = page.table.verticalScrollBar()
            steps, worst = 0, 0.0
            position = 0
            while position < scroll.maximum():
                position = min(scroll.maximum(), position + scroll.pageStep())
                tick = time.perf_counter()
                scroll.setValue(position)
                page.table.viewport().repaint()
                worst = max(worst, time.perf_counter() - tick)
                steps += 1
            scrolled = time.perf_counter() - painted
            filtered_start = time.perf_counter()
            page.filter.setText("Event 99")
            page.reload()
            filtered = time.perf_counter() - filtered_start
            print(f"{count} events")
            print(f"  model load (ids and times)           {(loaded - began) * 1000:7.1f} ms")
            print(f"  first paint                          {(painted - loaded) * 1000:7.1f} ms")
            print(f"  load + first paint                   {(painted - began) * 1000:7.1f} ms")
            blocks, rows = page.model.blocks_loaded, page.model.rowCount()
            print(
                f"  scroll top to bottom, {steps} pages    {scrolled * 1000:7.1f} ms"
                f"  (worst page {worst * 1000:.1f} ms, {blocks} blocks of rows loaded)"
            )
            print(f"  text filter 'Event 99'               {filtered * 1000:7.1f} ms  ({rows} rows)")
            page.clear()  # the model lets go of the vault's rows before the vault closes
            page.close()
            page.deleteLater()  # Qt deletes the page and its children, in its own order, before exit
            app.processEvents()
            del page


if __name__ == "__main__":
    main()

"""The Diary tab: an entry in seconds by keyboard, the months as a chart and a table, every entry below.

The quick-entry row is in the order a person answers: which day, what, how bad, how long, what it stopped
them doing, what they took. Enter in any field writes the entry and leaves the day and the symptom for the
next one, so a week of headaches is typed in a minute. The chart is drawn with QPainter: per month, the days
with the symptom, the days without, and the days not written down (shown as missing, never as free of it).
"""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casebinder.domain.diary import SymptomSummary
from casebinder.domain.models import SymptomEntry
from casebinder.infra.qt.charts import paint_month_chart
from casebinder.ui.i18n import tr
from casebinder.ui.models.records import DIARY_COLUMNS
from casebinder.ui.widgets.record_pages import RecordPage
from casebinder.usecases.diary import SymptomFields, summary_rows


class MonthChart(QWidget):
    """Bars per month, as tall as the month: the symptom's days at the bottom, the days recorded free of it
    above, the days not written down as an outline on top. A reviewer sees at a glance whether the months
    reach a criterion's count and whether the diary was kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: SymptomSummary | None = None
        self.setMinimumHeight(210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Days with the symptom, per month"))

    def show_summary(self, summary: SymptomSummary | None) -> None:
        self.summary = summary
        self.setToolTip(
            ""
            if summary is None
            else "\n".join(
                tr("{month}: {present} days with it, {free} without, {missing} not recorded").format(
                    month=m.month, present=m.symptom_days, free=m.recorded - m.symptom_days, missing=m.missing
                )
                for m in summary.months
            )
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if self.summary is None or not self.summary.months:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No diary entries yet"))
            return
        legend = (tr("days with it"), tr("days without it"), tr("days not recorded"))
        present = palette.color(QPalette.ColorRole.Highlight)
        paint_month_chart(painter, QRectF(self.rect()), self.summary.months, present, text, legend)
        painter.end()


class DiaryPage(RecordPage):
    """The quick-entry row, the chart and summary table for the chosen symptom, and every entry."""

    entry_requested = Signal(object)  # SymptomFields, read from the row
    symptom_chosen = Signal(str)  # the symptom whose months are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Diary"), DIARY_COLUMNS, [("delete_symptom", tr("Delete entry…"))], 4, parent)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(tr("Day"))
        self.symptom = QComboBox()
        self.symptom.setEditable(True)
        self.symptom.setMinimumContentsLength(16)
        self.symptom.setAccessibleName(tr("Symptom"))
        self.severity = QSpinBox()
        self.severity.setRange(0, 10)
        self.severity.setSuffix(tr(" /10"))
        self.severity.setAccessibleName(tr("Severity, 0 (none that day) to 10"))
        self.severity.setToolTip(tr("0: none that day (a day written down); 10: the worst"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(tr("hours?"))
        self.hours.setSuffix(tr(" h"))
        self.hours.setAccessibleName(tr("How many hours it lasted"))
        self.stopped = QLineEdit()
        self.stopped.setPlaceholderText(tr("What it stopped you doing"))
        self.stopped.setAccessibleName(tr("What it stopped you doing"))
        self.medication = QLineEdit()
        self.medication.setPlaceholderText(tr("Medicine taken"))
        self.medication.setAccessibleName(tr("Medicine taken"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(tr("Notes"))
        self.notes.setAccessibleName(tr("Notes"))
        self.add_button = QPushButton(tr("Add to diary"))
        self.add_button.setObjectName("add_symptom")
        self.add_button.clicked.connect(self._request)
        for line in (self.stopped, self.medication, self.notes):
            line.returnPressed.connect(self._request)
        typed = self.symptom.lineEdit()
        if typed is not None:
            typed.returnPressed.connect(self._request)
        entry = QHBoxLayout()
        for widget in (self.day, self.symptom, self.severity, self.hours):
            entry.addWidget(widget)
        for line in (self.stopped, self.medication, self.notes):
            entry.addWidget(line, 1)
        entry.addWidget(self.add_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.chart = MonthChart()
        self.months = QTableWidget(0, 7)
        self.months.setHorizontalHeaderLabels(
            [tr("Month"), tr("Days"), tr("Recorded"), tr("Missing"), tr("With it"), tr("≥ 4 h"), tr("Worst")]
        )
        self.months.verticalHeader().setVisible(False)
        self.months.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.months.setAccessibleName(tr("Months of the diary"))
        self.months.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.months.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.months.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.shown_symptom = QComboBox()
        self.shown_symptom.setAccessibleName(tr("Symptom shown in the chart"))
        self.shown_symptom.currentTextChanged.connect(self._on_shown_symptom)
        self.summaries: list[SymptomSummary] = []
        months_row = QHBoxLayout()
        months_row.addWidget(self.months)
        months_row.addWidget(self.chart, 1)
        header_row = QHBoxLayout()
        header_row.addWidget(QLabel(tr("The last six months of")))
        header_row.addWidget(self.shown_symptom)
        header_row.addWidget(QLabel(tr("(missing days have no entry: they are not counted as free of it)")))
        header_row.addStretch()
        buttons_and_filter = self.body.takeAt(0)  # the record page's own row: it goes above the table
        assert buttons_and_filter is not None
        self.body.addLayout(entry)
        self.body.addWidget(self.hint)
        self.body.addLayout(header_row)
        self.body.addLayout(months_row)
        self.body.addItem(buttons_and_filter)
        self.body.addWidget(self.table, 1)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest days first

    def set_symptoms(self, offered: Sequence[str], hint: str) -> None:
        """The symptoms to offer (the procedure's first, then those in the diary); the typed one stays."""
        typed = self.symptom.currentText()
        self.symptom.blockSignals(True)
        self.symptom.clear()
        self.symptom.addItems(list(dict.fromkeys(offered)))
        self.symptom.setCurrentText(typed or (offered[0] if offered else ""))
        self.symptom.blockSignals(False)
        self.hint.setText(hint)

    def show_diary(self, entries: Sequence[SymptomEntry], summaries: Sequence[SymptomSummary]) -> None:
        self.set_records(entries)
        self.summaries = list(summaries)
        chosen = self.shown_symptom.currentText()
        self.shown_symptom.blockSignals(True)
        self.shown_symptom.clear()
        self.shown_symptom.addItems([s.symptom for s in summaries])
        if chosen in [s.symptom for s in summaries]:
            self.shown_symptom.setCurrentText(chosen)
        self.shown_symptom.blockSignals(False)
        self._on_shown_symptom(self.shown_symptom.currentText())

    def _on_shown_symptom(self, symptom: str) -> None:
        summary = next((s for s in self.summaries if s.symptom == symptom), None)
        self.chart.show_summary(summary)
        rows = summary_rows(summary) if summary is not None else []
        self.months.setColumnHidden(5, summary is not None and summary.long_hours is None)
        self.months.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.months.setItem(row, column, item)
        self._fit_months()

    def _fit_months(self) -> None:
        """Each column as wide as its text or its header's, with room for the header's padding (the
        style's own fit leaves 7 pixels: short headers read cut)."""
        self.months.resizeColumnsToContents()
        header = self.months.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(header.count()):
            item = self.months.horizontalHeaderItem(column)
            wanted = metrics.horizontalAdvance(item.text() if item is not None else "") + 20
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def _request(self) -> None:
        self.entry_requested.emit(self.fields())

    def fields(self) -> SymptomFields:
        day = self.day.date()
        hours = self.hours.value()
        return SymptomFields(
            day=dt.date(day.year(), day.month(), day.day()),
            symptom=self.symptom.currentText(),
            severity=self.severity.value(),
            hours=hours if hours > 0 else None,
            stopped=self.stopped.text(),
            medication=self.medication.text(),
            notes=self.notes.text(),
        )

    def entry_saved(self) -> None:
        """Ready for the next entry: the day and the symptom stay, the rest is cleared, focus on severity."""
        for line in (self.stopped, self.medication, self.notes):
            line.clear()
        self.hours.setValue(0)
        self.severity.setFocus()
        self.severity.selectAll()

    def clear(self) -> None:
        self.show_diary([], [])

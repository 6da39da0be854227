"""The Next steps tab: what the user must do and by when, most urgent first, each with the action that
settles it. The first tab a case opens on; "All my cases" shows the same list across cases (a caregiver's).

Overdue lines are red and bold until done; due within a week, amber
(:func:`casebinder.ui.theme.urgency_brush`: AA on the light and the dark palette).
"""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder.ui.i18n import phrase_text, shown_date, tr
from casebinder.ui.theme import urgency_brush
from casebinder.usecases.next_steps import NextStep

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


class NextStepsPage(QWidget):
    """Signals carry the step; the window's actions do the work."""

    follow_up_done = Signal(object)
    follow_up_moved = Signal(object)
    accept_suggested = Signal(object)
    link_requested = Signal(object)  # open the checklist on that item, the document search focused
    not_applicable = Signal(object)
    import_requested = Signal(object)
    all_cases_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_cases = QCheckBox(tr("&All my cases"))
        self.all_cases.setObjectName("next_steps_all_cases")
        self.all_cases.setToolTip(tr("The same list for every case: for a caregiver running several"))
        self.all_cases.toggled.connect(self.all_cases_toggled)
        self.tree = QTreeWidget()
        self.tree.setObjectName("next_steps")
        self.tree.setAccessibleName(tr("Next steps"))
        self.tree.setHeaderLabels([tr("When"), tr("What to do"), tr("Case")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.tree.itemActivated.connect(lambda _row, _column: self._primary())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("next_step_detail")
        self.detail.setAccessibleName(tr("Why, and what settles it"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, label, signal in (
            ("done", tr("Mark &done"), self.follow_up_done),
            ("move", tr("&Move to another day…"), self.follow_up_moved),
            ("accept", tr("&Accept suggested"), self.accept_suggested),
            ("link", tr("&Link a document…"), self.link_requested),
            ("import", tr("&Import…"), self.import_requested),
            ("not_applicable", tr("&Not applicable"), self.not_applicable),
        ):
            button = QPushButton(label)
            button.setObjectName(f"next_{name}")
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch()
        top = QHBoxLayout()
        heading = QLabel(tr("<b>What to do next, and by when</b>"))
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.all_cases)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bar)
        self.empty = QLabel(
            tr("Nothing to do right now. Record a denial (Case ▸ Record a milestone) to see your deadlines.")
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self._show_current()

    def show_steps(self, steps: list[NextStep], today: dt.date, all_cases: bool) -> None:
        current = self.current()
        keep = (current.kind, current.title, current.case_id) if current is not None else None
        self.tree.clear()
        self.tree.setColumnHidden(2, not all_cases)
        for step in steps:
            days = step.days_left(today)
            if step.due is None:
                when = ""
            elif days is not None and days < 0:
                when = shown_date(step.due) + " · " + tr("%n day(s) ago", "", -days)
            elif days == 0:
                when = shown_date(step.due) + " · " + tr("today")
            else:
                when = shown_date(step.due) + " · " + tr("in %n day(s)", "", days or 0)
            title = shown_title(step)
            row = QTreeWidgetItem([when, title, step.case_title])
            row.setData(0, STEP_ROLE, step)
            row.setToolTip(1, f"{title}\n\n{shown_detail(step)}")
            row.setToolTip(2, step.case_title)
            brush = urgency_brush(step.urgency)
            if brush is not None:
                for column in range(3):
                    row.setForeground(column, brush)
                if step.urgency == "overdue":
                    font = row.font(1)
                    font.setBold(True)
                    row.setFont(0, font)
                    row.setFont(1, font)
            self.tree.addTopLevelItem(row)
            if keep == (step.kind, step.title, step.case_id):
                self.tree.setCurrentItem(row)
        first = self.tree.topLevelItem(0)
        if self.current() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not steps)
        self._show_current()

    def current(self) -> NextStep | None:
        row = self.tree.currentItem()
        step = row.data(0, STEP_ROLE) if row is not None else None
        return step if isinstance(step, NextStep) else None

    def clear(self) -> None:
        self.tree.clear()
        self._show_current()

    def _show_current(self) -> None:
        step = self.current()
        self.detail.setText(shown_detail(step) if step is not None else "")
        shown = {
            "done": step is not None and step.kind == "follow-up",
            "move": step is not None and step.kind == "follow-up",
            "accept": step is not None and bool(step.suggested),
            "link": step is not None and step.kind == "missing",
            "import": step is not None and step.kind == "missing",
            "not_applicable": step is not None and step.kind == "missing",
        }
        for name, button in self.buttons.items():
            button.setVisible(shown[name])

    def _primary(self) -> None:
        """Enter or a double-click: the step's main action."""
        step = self.current()
        if step is None:
            return
        if step.kind == "follow-up":
            self.follow_up_done.emit(step)
        elif step.suggested:
            self.accept_suggested.emit(step)
        elif step.kind == "missing":
            self.link_requested.emit(step)

    def _emit(self, signal: object) -> None:
        step = self.current()
        if step is not None:
            signal.emit(step)  # type: ignore[attr-defined]


def shown_title(step: NextStep) -> str:
    """The step's title in the person's language (the use case's ``title`` is the English the CLI prints)."""
    return phrase_text(step.said_title)


def shown_detail(step: NextStep) -> str:
    return " ".join(phrase_text(part) for part in step.said_detail if part)

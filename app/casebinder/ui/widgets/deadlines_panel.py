"""Upcoming deadlines and follow-ups across all cases, soonest first; overdue in red, sources on hover."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from casebinder.ui.i18n import data_text, label_of, phrase_text, shown_date, tr
from casebinder.ui.theme import urgency_brush
from casebinder.usecases.appeals import CaseDeadline, FollowUp, case_deadlines, follow_ups
from casebinder.vault import Vault

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
DAYS_ROLE = Qt.ItemDataRole.UserRole + 2


def describe(item: CaseDeadline) -> str:
    d = item.deadline
    explained = " ".join(phrase_text(part) for part in d.explained)
    text = f"{data_text(d.rule.label)}\n{data_text(d.rule.plain)}\n\n{explained}"
    text += tr("\nRule {id}: {source} (effective {effective})").format(
        id=d.rule.id, source=d.rule.source, effective=d.rule.effective
    )
    if d.rule.note:
        text += f"\n{d.rule.note}"
    if item.alert:
        text += f"\n\n{label_of(d.status).upper()}: {phrase_text(item.said_alert)}"
    return text + tr("\n\nNot legal advice: check your plan documents.")


def upcoming(vault: Vault, case_id: int | None = None) -> list[CaseDeadline | FollowUp]:
    """Open deadlines (and overdue insurer deadlines) and future follow-ups, soonest first."""
    found: list[CaseDeadline | FollowUp] = [
        d for d in case_deadlines(vault, case_id) if d.deadline.status in ("open", "overdue")
    ]
    found += follow_ups(vault, case_id)
    return sorted(found, key=lambda x: x.deadline.due.date() if isinstance(x, CaseDeadline) else x.day)


class DeadlinesPanel(QTreeWidget):
    case_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([tr("Coming up")])  # short: the sidebar is narrow at 1024 px
        self.headerItem().setToolTip(0, tr("Upcoming deadlines and follow-ups across all your cases"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(False)
        self.setAccessibleName(tr("Upcoming deadlines"))
        self.setObjectName("deadlines_panel")
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)

    def reload(self, vault: Vault, entries: "list[CaseDeadline | FollowUp] | None" = None) -> None:
        """``entries``: what :func:`upcoming` gave for every case, when the caller already has it."""
        self.clear()
        today = dt.date.today()
        for entry in upcoming(vault) if entries is None else entries:
            if isinstance(entry, CaseDeadline):
                day, label, tip = (
                    entry.deadline.due.date(),
                    data_text(entry.deadline.rule.label),
                    describe(entry),
                )
                overdue = entry.deadline.status == "overdue"
            else:
                day, label, overdue = entry.day, entry.title, entry.overdue
                tip = tr("From your call log.") + (
                    tr(" Missed: mark it done in the Calls tab when it is.") if overdue else ""
                )
            left = (day - today).days
            when = (
                tr("overdue")
                if overdue
                else tr("today")
                if left == 0
                else tr("in %n day(s)", "", left)
                if left > 0
                else tr("%n day(s) ago", "", -left)
            )
            row = QTreeWidgetItem([f"{shown_date(day)} · {when}\n{label}\n{entry.case_title}"])
            row.setData(0, CASE_ROLE, entry.case_id)
            row.setData(0, DAYS_ROLE, left)
            row.setToolTip(0, tip)
            red = urgency_brush("overdue")
            if overdue and red is not None:
                row.setForeground(0, red)
            self.addTopLevelItem(row)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id is not None:
            self.case_requested.emit(int(case_id))

"""Quick entry of what happens in a case: a call (time defaults to now), a letter, a document's details."""

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.domain.enums import CorrespondenceMethod, Direction, DocumentKind
from casebinder.domain.models import Document
from casebinder.usecases.calls import CallFields, CorrespondenceFields
from casebinder.usecases.cases import CaseFields

if TYPE_CHECKING:
    from casebinder.usecases.appeals import MilestoneFields, NoticeElement


def named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setObjectName(name.lower().replace(" ", "_").replace("'", ""))
    return widget


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar, shown as 2026-03-14; today unless ``day`` is given."""
    edit = QDateEdit(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def optional_date(label: str, day: dt.date | None = None) -> tuple[QCheckBox, QDateEdit]:
    """A tick box and the date it enables; ticked and set when ``day`` is given."""
    enabled = QCheckBox(label)
    edit = date_edit(day)
    edit.setEnabled(False)
    enabled.toggled.connect(edit.setEnabled)
    enabled.setChecked(day is not None)
    named(edit, label)
    return enabled, edit


def read_date(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()  # type: ignore[assignment]
    return value


def read_optional_date(enabled: QCheckBox, edit: QDateEdit) -> dt.date | None:
    return read_date(edit) if enabled.isChecked() else None


def text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of free text where Tab moves on to the next field."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


class LogCallDialog(QDialog):
    """Everything worth writing down about a call, in the order people hear it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Log a call")
        form = QFormLayout(self)
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        form.addRow("When", named(self.at, "When"))
        self.direction = QComboBox()
        self.direction.addItem("I called them", Direction.OUTBOUND)
        self.direction.addItem("They called me", Direction.INBOUND)
        form.addRow("Direction", named(self.direction, "Direction"))
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText("e.g. member services, appeals unit, Dr. Raman's office")
        form.addRow("With", named(self.with_whom, "With whom"))
        self.rep_name = QLineEdit()
        form.addRow("Rep's name", named(self.rep_name, "Rep name"))
        self.rep_id = QLineEdit()
        form.addRow("Rep's ID", named(self.rep_id, "Rep ID"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("ask for it on every call")
        form.addRow("Reference number", named(self.reference, "Reference number"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSuffix(" min")
        self.duration.setSpecialValueText("not noted")
        form.addRow("Duration", named(self.duration, "Duration"))
        self.summary = text_box(70)
        form.addRow("What was said", named(self.summary, "Summary"))
        self.promised = text_box(50, "in their words: what, by when")
        form.addRow("What was promised", named(self.promised, "Promised"))
        self.follow_up_enabled, self.follow_up = optional_date("Follow up on")
        form.addRow(self.follow_up_enabled, self.follow_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.rep_name.setFocus()

    def when(self) -> dt.datetime:
        value: dt.datetime = self.at.dateTime().toPython()  # type: ignore[assignment]
        return value.replace(second=0, microsecond=0)

    def fields(self) -> CallFields:
        return CallFields(
            at=self.when(),
            direction=self.direction.currentData(),
            with_whom=self.with_whom.text().strip(),
            rep_name=self.rep_name.text().strip(),
            rep_id=self.rep_id.text().strip(),
            reference_number=self.reference.text().strip(),
            duration_minutes=self.duration.value() or None,
            summary=self.summary.toPlainText().strip(),
            promised=self.promised.toPlainText().strip(),
            follow_up=read_optional_date(self.follow_up_enabled, self.follow_up),
        )


class CorrespondenceDialog(QDialog):
    def __init__(self, documents: list[Document], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Log a letter, fax or message")
        form = QFormLayout(self)
        self.date = date_edit()
        form.addRow("Date", named(self.date, "Date"))
        self.direction = QComboBox()
        self.direction.addItem("Sent", Direction.OUTBOUND)
        self.direction.addItem("Received", Direction.INBOUND)
        form.addRow("Sent or received", named(self.direction, "Sent or received"))
        self.method = QComboBox()
        for method in CorrespondenceMethod:
            self.method.addItem(method.label, method)
        form.addRow("How", named(self.method, "Method"))
        self.counterparty = QLineEdit()
        form.addRow("To / from", named(self.counterparty, "Counterparty"))
        self.subject = QLineEdit()
        form.addRow("Subject", named(self.subject, "Subject"))
        self.proof = QLineEdit()
        self.proof.setPlaceholderText("tracking number, fax confirmation, portal message number")
        form.addRow("Proof", named(self.proof, "Proof"))
        self.documents = QListWidget()
        for document in documents:
            item = QListWidgetItem(f"{document.title} ({document.kind.label})")
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        form.addRow("Enclosed documents", named(self.documents, "Linked documents"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> tuple[CorrespondenceFields, tuple[int, ...]]:
        linked = tuple(
            int(self.documents.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.documents.count())
            if self.documents.item(i).checkState() == Qt.CheckState.Checked
        )
        return CorrespondenceFields(
            date=read_date(self.date),
            direction=self.direction.currentData(),
            method=self.method.currentData(),
            counterparty=self.counterparty.text().strip(),
            subject=self.subject.text().strip(),
            proof=self.proof.text().strip(),
        ), linked


class EditDocumentDialog(QDialog):
    def __init__(
        self, document: Document, cases: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Document details")
        form = QFormLayout(self)
        self.title = QLineEdit(document.title)
        form.addRow("Title", named(self.title, "Title"))
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(DocumentKind).index(document.kind))
        form.addRow("Kind", named(self.kind, "Kind"))
        self.has_date, self.date = optional_date("Dated", document.date)
        form.addRow(self.has_date, self.date)
        self.case = QComboBox()
        for case_id, title in cases:
            self.case.addItem(title, case_id)
            if case_id == document.case_id:
                self.case.setCurrentIndex(self.case.count() - 1)
        form.addRow("Case", named(self.case, "Case"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        date = read_optional_date(self.has_date, self.date)
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "date": date,
            "case_id": self.case.currentData(),
        }


class NewCaseDialog(QDialog):
    """A person (new or existing) and the case being fought for them."""

    def __init__(self, people: list[str], parent: QWidget | None = None) -> None:
        from casebinder.domain.enums import PlanType
        from casebinder.domain.procedures import PROCEDURES

        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — New case")
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.addItems(people)
        self.person.setCurrentText(people[0] if people else "")
        form.addRow("Patient", named(self.person, "Patient"))
        self.title = QLineEdit()
        self.title.setPlaceholderText("e.g. Eyelid surgery denied as cosmetic")
        form.addRow("Case title", named(self.title, "Case title"))
        self.procedure = QComboBox()
        self.procedure.setEditable(True)
        self.procedure.addItem("")
        for procedure in PROCEDURES:
            self.procedure.addItem(procedure.label, procedure.id)
        form.addRow("Procedure", named(self.procedure, "Procedure"))
        self.plan_type = QComboBox()
        for plan in PlanType:
            self.plan_type.addItem(plan.label, plan.value)
        form.addRow("Plan type", named(self.plan_type, "Plan type"))
        self.insurer = QLineEdit()
        form.addRow("Insurer", named(self.insurer, "Insurer"))
        self.member_id = QLineEdit()
        form.addRow("Member ID", named(self.member_id, "Member ID"))
        self.group_number = QLineEdit()
        form.addRow("Group number", named(self.group_number, "Group number"))
        self.claim_number = QLineEdit()
        form.addRow("Claim number", named(self.claim_number, "Claim number"))
        self.authorization_number = QLineEdit()
        form.addRow("Authorization number", named(self.authorization_number, "Authorization number"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, CaseFields]:
        procedure = self.procedure.currentData() or self.procedure.currentText()
        return self.person.currentText(), CaseFields(
            title=self.title.text(),
            procedure=procedure or "",
            plan_type=self.plan_type.currentData(),
            insurer=self.insurer.text(),
            member_id=self.member_id.text(),
            group_number=self.group_number.text(),
            claim_number=self.claim_number.text(),
            authorization_number=self.authorization_number.text(),
        )


class MilestoneDialog(QDialog):
    """Record what happened in the appeal; the deadlines it sets follow from the rules."""

    KINDS = (
        ("denial-received", "Denial received"),
        ("appeal-submitted", "Appeal submitted"),
        ("decision-received", "Decision received"),
        ("prior-auth-requested", "Prior authorization requested"),
        ("prior-auth-decision", "Prior-authorization decision"),
        ("claim-submitted", "Claim submitted"),
        ("external-review-requested", "External review requested"),
        ("external-review-decision", "External review decision"),
        ("complaint-filed", "Complaint filed with the regulator"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Record a milestone")
        form = QFormLayout(self)
        self.kind = QComboBox()
        for value, label in self.KINDS:
            self.kind.addItem(label, value)
        form.addRow("What happened", named(self.kind, "Milestone"))
        self.on = date_edit()
        form.addRow("On", named(self.on, "Date"))
        self.urgent = QCheckBox("Urgent care (expedited clocks)")
        form.addRow("", self.urgent)
        self.service = QComboBox()
        self.service.addItem("Before the care (pre-service)", "pre")
        self.service.addItem("After the care (post-service, a claim)", "post")
        form.addRow("Care", named(self.service, "Service"))
        self.outcome = QComboBox()
        for value, label in (
            ("", "—"),
            ("upheld", "Denial upheld"),
            ("overturned", "Denial overturned"),
            ("approved", "Approved"),
            ("denied", "Denied"),
        ):
            self.outcome.addItem(label, value)
        form.addRow("Outcome", named(self.outcome, "Outcome"))
        note = QLabel("Not legal advice: deadlines are federal baselines. Check your plan documents.")
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> "MilestoneFields":
        from casebinder.usecases.appeals import MilestoneFields

        return MilestoneFields(
            kind=self.kind.currentData(),
            on=dt.datetime.combine(read_date(self.on), dt.time()),
            urgent=self.urgent.isChecked(),
            service=self.service.currentData(),
            outcome=self.outcome.currentData(),
        )


class PreferencesDialog(QDialog):
    def __init__(self, auto_lock_minutes: int, remind_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Preferences")
        form = QFormLayout(self)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(" min")
        self.auto_lock.setSpecialValueText("never")
        self.auto_lock.setValue(auto_lock_minutes)
        form.addRow("Lock after idle", named(self.auto_lock, "Auto-lock minutes"))
        self.remind = QSpinBox()
        self.remind.setRange(1, 60)
        self.remind.setSuffix(" days before")
        self.remind.setValue(remind_days)
        form.addRow("Remind me", named(self.remind, "Reminder days"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DenialCheckDialog(QDialog):
    """Tick what the denial letter states; see what is missing and what that lets you ask for."""

    def __init__(self, elements: list["NoticeElement"], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Check the denial letter")
        self.resize(640, 560)
        form = QFormLayout(self)
        intro = QLabel("Tick what your denial letter states. Not legal advice: check your plan documents.")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for element in elements:
            box = QCheckBox(element.label)
            box.setChecked(element.present)
            box.setToolTip(element.source)
            box.setObjectName(f"notice_{element.id}")
            box.toggled.connect(self._refresh)
            self.boxes[element.id] = box
            form.addRow(box)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setObjectName("notice_missing")
        form.addRow(self.missing)
        self._elements = elements
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._refresh()

    def present(self) -> set[str]:
        return {element_id for element_id, box in self.boxes.items() if box.isChecked()}

    def _refresh(self, _checked: bool = False) -> None:
        lacking = [e for e in self._elements if not self.boxes[e.id].isChecked()]
        if not lacking:
            self.missing.setText("Your letter states everything a denial notice must.")
            return
        lines = "".join(
            f"<li><b>{e.label}</b>: {e.if_missing} <small>({e.source})</small></li>" for e in lacking
        )
        self.missing.setText(f"<p>Missing, and what that lets you ask for:</p><ul>{lines}</ul>")

"""Quick entry of what happens in a case: a call (time defaults to now), a letter, a document's details."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
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
    QTimeEdit,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.domain.enums import (
    CorrespondenceMethod,
    DateSource,
    Direction,
    DocumentKind,
    MilestoneKind,
    Outcome,
    Service,
)
from casebinder.domain.models import Call, Case, Correspondence, Document
from casebinder.usecases.calls import CallFields
from casebinder.usecases.cases import CaseEdit, CaseFields
from casebinder.usecases.correspondence import CorrespondenceFields

if TYPE_CHECKING:
    from casebinder.usecases.appeals import MilestoneFields
    from casebinder.usecases.denial_notice import NoticeElement


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


def save_gate(buttons: QDialogButtonBox, missing: Callable[[], str]) -> tuple[QLabel, Callable[..., None]]:
    """Save stays disabled while ``missing()`` gives a reason, shown beside it as a sentence; the returned
    updater is connected to the fields' change signals, so the form answers as the user types."""
    why = QLabel()
    why.setObjectName("save_reason")
    why.setWordWrap(True)

    def update(*_args: object) -> None:
        reason = missing()
        why.setText(reason)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not reason)

    return why, update


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

    def __init__(self, parent: QWidget | None = None, call: Call | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {'Edit the call' if call else 'Log a call'}")
        form = QFormLayout(self)
        self.at = QDateTimeEdit(QDateTime(call.at) if call else QDateTime.currentDateTime())
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
        if call is not None:
            self._fill(call)

    def _fill(self, call: Call) -> None:
        self.direction.setCurrentIndex(self.direction.findData(call.direction))
        for box, value in (
            (self.with_whom, call.with_whom),
            (self.rep_name, call.rep_name),
            (self.rep_id, call.rep_id),
            (self.reference, call.reference_number),
        ):
            box.setText(value)
        self.duration.setValue(call.duration_minutes or 0)
        self.summary.setPlainText(call.summary)
        self.promised.setPlainText(call.promised)
        if call.follow_up is not None:
            self.follow_up_enabled.setChecked(True)
            self.follow_up.setDate(QDate(call.follow_up.year, call.follow_up.month, call.follow_up.day))

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
    def __init__(
        self,
        documents: list[Document],
        parent: QWidget | None = None,
        letter: Correspondence | None = None,
        enclosed: tuple[int, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {'Edit the letter' if letter else 'Log a letter, fax or message'}")
        form = QFormLayout(self)
        self.date = date_edit(letter.date if letter else None)
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
        self.sent_to = QLineEdit()
        self.sent_to.setPlaceholderText("fax number, address or portal")
        form.addRow("Sent to", named(self.sent_to, "Sent to"))
        self.has_time = QCheckBox("At")
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        form.addRow(self.has_time, named(self.time, "Time sent or received"))
        self._kept = letter  # what the dialog does not show (notes) is kept as it was
        self.documents = QListWidget()
        for document in documents:
            item = QListWidgetItem(f"{document.title} ({document.kind.label})")
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = document.id in enclosed
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        form.addRow("Enclosed documents", named(self.documents, "Linked documents"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if letter is not None:
            self.direction.setCurrentIndex(self.direction.findData(letter.direction))
            self.method.setCurrentIndex(self.method.findData(letter.method))
            self.counterparty.setText(letter.counterparty)
            self.subject.setText(letter.subject)
            self.proof.setText(letter.proof)
            self.sent_to.setText(letter.sent_to)
            if letter.sent_time is not None:
                self.has_time.setChecked(True)
                self.time.setTime(QTime(letter.sent_time.hour, letter.sent_time.minute))

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
            notes=self._kept.notes if self._kept is not None else "",
            sent_to=self.sent_to.text().strip(),
            sent_time=self.time.time().toPython() if self.has_time.isChecked() else None,  # type: ignore[arg-type]
        ), linked


@dataclass(frozen=True)
class DocumentDetails:
    title: str
    kind: DocumentKind
    date: dt.date | None
    case_id: int


class EditDocumentDialog(QDialog):
    """A document's title, kind, the date it bears (or none) and its case, beside its first page."""

    def __init__(
        self,
        document: Document,
        cases: list[tuple[int, str]],
        parent: QWidget | None = None,
        thumbnail: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Document details")
        form = QFormLayout(self)
        if thumbnail:  # our own JPEG, made by a parser worker at import
            from PySide6.QtGui import QPixmap

            picture = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail, "JPEG")
            picture.setPixmap(pixmap)
            picture.setAccessibleName("First page")
            form.addRow(picture)
        self.title = QLineEdit(document.title)
        form.addRow("Title", named(self.title, "Title"))
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(DocumentKind).index(document.kind))
        form.addRow("Kind", named(self.kind, "Kind"))
        self.has_date, self.date = optional_date("Dated", document.date)
        form.addRow(self.has_date, self.date)
        if document.date is not None and document.date_source is not DateSource.USER:
            proposed = QLabel(f"{document.date_source.label}: check it against the paper; Save confirms it.")
            proposed.setWordWrap(True)
            form.addRow("", proposed)
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
        why, update = save_gate(buttons, lambda: "" if self.title.text().strip() else "Give it a title.")
        self.title.textChanged.connect(update)
        form.addRow(why)
        form.addRow(buttons)
        update()

    def values(self) -> DocumentDetails:
        return DocumentDetails(
            title=self.title.text(),
            kind=self.kind.currentData(),
            date=read_optional_date(self.has_date, self.date),
            case_id=self.case.currentData(),
        )


class CaseDialog(QDialog):
    """A person (new or existing) and the case being fought for them; filled from ``case`` to edit it."""

    def __init__(
        self, people: list[str], parent: QWidget | None = None, case: Case | None = None, person: str = ""
    ) -> None:
        from casebinder.domain.enums import PlanType
        from casebinder.domain.procedures import PROCEDURES

        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {'Edit the case' if case else 'New case'}")
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.addItems(people)
        self.person.setCurrentText(person or (people[0] if people else ""))
        self.person.setEnabled(case is None)  # a case stays with its person
        form.addRow("Patient", named(self.person, "Patient"))
        self.title = QLineEdit(case.title if case else "")
        self.title.setPlaceholderText("e.g. Eyelid surgery denied as cosmetic")
        form.addRow("Case title", named(self.title, "Case title"))
        self.procedure = QComboBox()
        self.procedure.setEditable(True)
        self.procedure.addItem("")
        for procedure in PROCEDURES:
            self.procedure.addItem(procedure.label, procedure.id)
        if case is not None:
            index = self.procedure.findData(case.procedure_template) if case.procedure_template else -1
            if index >= 0 and case.procedure in (case.procedure_template, self.procedure.itemText(index)):
                self.procedure.setCurrentIndex(index)
            else:
                self.procedure.setCurrentText(case.procedure)
        form.addRow("Procedure", named(self.procedure, "Procedure"))
        self.plan_type = QComboBox()
        for plan in (PlanType.UNKNOWN, *(p for p in PlanType if p is not PlanType.UNKNOWN)):
            self.plan_type.addItem(plan.label, plan.value)
            self.plan_type.setItemData(
                self.plan_type.count() - 1, plan.explanation, Qt.ItemDataRole.ToolTipRole
            )
        self.plan_type.setCurrentIndex(
            self.plan_type.findData(case.plan_type.value if case is not None else PlanType.UNKNOWN.value)
        )
        form.addRow("Plan type", named(self.plan_type, "Plan type"))
        self.plan_explanation = QLabel()
        self.plan_explanation.setWordWrap(True)
        self.plan_explanation.setObjectName("plan_explanation")
        self.plan_type.currentIndexChanged.connect(
            lambda _i: self.plan_explanation.setText(PlanType(self.plan_type.currentData()).explanation)
        )
        self.plan_explanation.setText(PlanType(self.plan_type.currentData()).explanation)
        form.addRow("", self.plan_explanation)
        from casebinder.domain.enums import UsState

        self.state = QComboBox()
        self.state.addItem("Not recorded (the most cautious figures apply)", "")
        for state in UsState:
            self.state.addItem(f"{state.label} ({state.value})", state.value)
        if case is not None and case.state:
            self.state.setCurrentIndex(self.state.findData(case.state.value))
        self.state.setToolTip("Some deadlines are set by each State (a Medicaid fair hearing window).")
        form.addRow("State", named(self.state, "State"))
        self.insurer = QLineEdit(case.insurer if case else "")
        form.addRow("Insurer", named(self.insurer, "Insurer"))
        self.member_id = QLineEdit(case.member_id if case else "")
        form.addRow("Member ID", named(self.member_id, "Member ID"))
        self.group_number = QLineEdit(case.group_number if case else "")
        form.addRow("Group number", named(self.group_number, "Group number"))
        self.claim_number = QLineEdit(case.claim_number if case else "")
        form.addRow("Claim number", named(self.claim_number, "Claim number"))
        self.authorization_number = QLineEdit(case.authorization_number if case else "")
        form.addRow("Authorization number", named(self.authorization_number, "Authorization number"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        why, update = save_gate(buttons, self.missing)
        self.person.currentTextChanged.connect(update)
        self.title.textChanged.connect(update)
        form.addRow(why)
        form.addRow(buttons)
        update()

    def missing(self) -> str:
        """What the case still needs before it can be saved, as a sentence ("" when nothing)."""
        if not self.person.currentText().strip():
            return "Give the patient's name (a family member you act for, or yourself)."
        if not self.title.text().strip():
            return "Give the case a title, such as what was denied."
        return ""

    def _procedure(self) -> str:
        text = self.procedure.currentText()
        data = self.procedure.currentData()
        return str(data) if data and self.procedure.itemText(self.procedure.currentIndex()) == text else text

    def values(self) -> tuple[str, CaseFields]:
        return self.person.currentText(), CaseFields(
            title=self.title.text(),
            procedure=self._procedure(),
            plan_type=self.plan_type.currentData(),
            insurer=self.insurer.text(),
            member_id=self.member_id.text(),
            group_number=self.group_number.text(),
            claim_number=self.claim_number.text(),
            authorization_number=self.authorization_number.text(),
            state=self.state.currentData() or None,
        )

    def edit(self) -> CaseEdit:
        _person, fields = self.values()
        return CaseEdit(
            title=fields.title,
            procedure=fields.procedure,
            plan_type=fields.plan_type,
            insurer=fields.insurer,
            member_id=fields.member_id,
            group_number=fields.group_number,
            claim_number=fields.claim_number,
            authorization_number=fields.authorization_number,
            state=fields.state or "",
        )


class MilestoneDialog(QDialog):
    """Record what happened in the appeal; the deadlines it sets follow from the rules."""

    # the order people meet them: a denial first, then the appeal and its answer
    KINDS = (
        MilestoneKind.DENIAL_RECEIVED,
        MilestoneKind.APPEAL_SUBMITTED,
        MilestoneKind.DECISION_RECEIVED,
        MilestoneKind.PRIOR_AUTH_REQUESTED,
        MilestoneKind.PRIOR_AUTH_DECISION,
        MilestoneKind.CLAIM_SUBMITTED,
        MilestoneKind.EXTERNAL_REVIEW_REQUESTED,
        MilestoneKind.EXTERNAL_REVIEW_DECISION,
        MilestoneKind.INFORMATION_REQUESTED,
        MilestoneKind.INFORMATION_SENT,
        MilestoneKind.EXTENSION_NOTICE,
        MilestoneKind.CONCURRENT_CARE_REQUESTED,
        MilestoneKind.COMPLAINT_FILED,
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Record a milestone")
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in self.KINDS:
            self.kind.addItem(kind.label, kind.value)
        form.addRow("What happened", named(self.kind, "Milestone"))
        self.on_known, self.on = optional_date("It happened or arrived on", dt.date.today())
        form.addRow(self.on_known, self.on)
        self.dated_known, self.dated = optional_date("The notice is dated")
        form.addRow(self.dated_known, self.dated)
        dates = QLabel(
            "Some deadlines count from the date printed on a notice, others from the day it arrived: give "
            "both when you have them."
        )
        dates.setWordWrap(True)
        form.addRow(dates)
        self.effective_known, self.takes_effect = optional_date("The change takes effect on")
        self.effective_known.setToolTip("Medicaid: the day a cut or end of a service takes effect.")
        form.addRow(self.effective_known, self.takes_effect)
        self.urgent = QCheckBox("Urgent care (expedited clocks)")
        form.addRow("", self.urgent)
        self.service = QComboBox()
        for service in Service:
            self.service.addItem(service.label, service.value)
        form.addRow("Care", named(self.service, "Service"))
        self.outcome = QComboBox()
        self.outcome.addItem("—", "")
        for outcome in (Outcome.UPHELD, Outcome.OVERTURNED, Outcome.APPROVED, Outcome.DENIED):
            self.outcome.addItem(outcome.label, outcome.value)
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

        on = read_optional_date(self.on_known, self.on)
        return MilestoneFields(
            kind=self.kind.currentData(),
            on=dt.datetime.combine(on, dt.time()) if on else None,
            urgent=self.urgent.isChecked(),
            service=self.service.currentData(),
            outcome=self.outcome.currentData(),
            dated=read_optional_date(self.dated_known, self.dated),
            takes_effect=read_optional_date(self.effective_known, self.takes_effect),
        )


class PreferencesDialog(QDialog):
    def __init__(
        self, auto_lock_minutes: int, remind_days: int, parent: QWidget | None = None, theme: str = "system"
    ) -> None:
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
        from casebinder.ui.theme import THEMES

        self.theme = QComboBox()
        for value, label in THEMES.items():
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow("Appearance", named(self.theme, "Appearance"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DenialCheckDialog(QDialog):
    """Tick what the denial letter states; see what is missing and what that lets you ask for."""

    def __init__(
        self,
        elements: list["NoticeElement"],
        parent: QWidget | None = None,
        rules: str = "",
        next_step: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — Check the denial letter")
        self.resize(640, 560)
        form = QFormLayout(self)
        checked_against = f" Checked against {rules}." if rules else ""
        intro = QLabel(
            "Tick what your denial letter states."
            + checked_against
            + " Not legal advice: check your plan documents."
        )
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
        if next_step:
            step = QLabel(f"Next step: {next_step}")
            step.setWordWrap(True)
            step.setObjectName("notice_next_step")
            form.addRow(step)
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

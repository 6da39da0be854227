"""Quick entry of what happens in a case: a call (time defaults to now), a letter, a document's details."""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
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
from casebinder.domain.models import Call, Case, Contact, Correspondence, Document
from casebinder.ui.i18n import data_text, date_format, label_of, time_format, tr
from casebinder.usecases.calls import CallFields
from casebinder.usecases.cases import CaseEdit, CaseFields
from casebinder.usecases.contacts import contact_line
from casebinder.usecases.correspondence import CorrespondenceFields

if TYPE_CHECKING:
    from casebinder.usecases.appeals import MilestoneFields
    from casebinder.usecases.denial_notice import NoticeElement


def named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setObjectName(name.lower().replace(" ", "_").replace("'", ""))
    return widget


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar, written as the person's locale writes dates (3/14/2026 in the US); today
    unless ``day`` is given."""
    edit = QDateEdit(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
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


def contact_box(contacts: Sequence[Contact], chosen: int | None) -> QComboBox:
    """A choice of the case's contacts ("(none)" first), ``chosen`` selected."""
    box = QComboBox()
    box.addItem(tr("(none)"), None)
    for contact in contacts:
        box.addItem(f"{contact_line(contact)} — {label_of(contact.role)}", contact.id)
        if contact.id == chosen:
            box.setCurrentIndex(box.count() - 1)
    return box


class LogCallDialog(QDialog):
    """Everything worth writing down about a call, in the order people hear it."""

    def __init__(
        self, parent: QWidget | None = None, call: Call | None = None, contacts: Sequence[Contact] = ()
    ) -> None:
        super().__init__(parent)
        self._contacts = {c.id: c for c in contacts}
        self.setWindowTitle(
            (tr("{app} — Edit the call") if call else tr("{app} — Log a call")).format(app=APP_NAME)
        )
        form = QFormLayout(self)
        self.at = QDateTimeEdit(QDateTime(call.at) if call else QDateTime.currentDateTime())
        self.at.setDisplayFormat(f"{date_format()} {time_format()}")
        self.at.setCalendarPopup(True)
        form.addRow(tr("When"), named(self.at, tr("When")))
        self.direction = QComboBox()
        self.direction.addItem(tr("I called them"), Direction.OUTBOUND)
        self.direction.addItem(tr("They called me"), Direction.INBOUND)
        form.addRow(tr("Direction"), named(self.direction, tr("Direction")))
        self.contact = contact_box(contacts, call.contact_id if call else None)
        form.addRow(tr("Contact"), named(self.contact, tr("Contact")))
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText(tr("e.g. member services, appeals unit, Dr. Raman's office"))
        form.addRow(tr("With"), named(self.with_whom, tr("With whom")))
        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.rep_name = QLineEdit()
        form.addRow(tr("Rep's name"), named(self.rep_name, tr("Rep name")))
        self.rep_id = QLineEdit()
        form.addRow(tr("Rep's ID"), named(self.rep_id, tr("Rep ID")))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("ask for it on every call"))
        form.addRow(tr("Reference number"), named(self.reference, tr("Reference number")))
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSuffix(tr(" min"))
        self.duration.setSpecialValueText(tr("not noted"))
        form.addRow(tr("Duration"), named(self.duration, tr("Duration")))
        self.summary = text_box(70)
        form.addRow(tr("What was said"), named(self.summary, tr("Summary")))
        self.promised = text_box(50, tr("in their words: what, by when"))
        form.addRow(tr("What was promised"), named(self.promised, tr("Promised")))
        self.follow_up_enabled, self.follow_up = optional_date(tr("Follow up on"))
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

    def _contact_chosen(self, _index: int) -> None:
        """A contact chosen says who the call was with, unless something else is typed there."""
        contact = self._contacts.get(self.contact.currentData())
        typed = self.with_whom.text().strip()
        if contact is not None and (not typed or typed in {contact_line(c) for c in self._contacts.values()}):
            self.with_whom.setText(contact_line(contact))

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
            contact_id=self.contact.currentData(),
        )


class CorrespondenceDialog(QDialog):
    def __init__(
        self,
        documents: list[Document],
        parent: QWidget | None = None,
        letter: Correspondence | None = None,
        enclosed: tuple[int, ...] = (),
        contacts: Sequence[Contact] = (),
    ) -> None:
        super().__init__(parent)
        self._contacts = {c.id: c for c in contacts}
        title = tr("{app} — Edit the letter") if letter else tr("{app} — Log a letter, fax or message")
        self.setWindowTitle(title.format(app=APP_NAME))
        form = QFormLayout(self)
        self.date = date_edit(letter.date if letter else None)
        form.addRow(tr("Date"), named(self.date, tr("Date")))
        self.direction = QComboBox()
        self.direction.addItem(tr("Sent"), Direction.OUTBOUND)
        self.direction.addItem(tr("Received"), Direction.INBOUND)
        form.addRow(tr("Sent or received"), named(self.direction, tr("Sent or received")))
        self.method = QComboBox()
        for method in CorrespondenceMethod:
            self.method.addItem(label_of(method), method)
        form.addRow(tr("How"), named(self.method, tr("Method")))
        self.contact = contact_box(contacts, letter.contact_id if letter else None)
        form.addRow(tr("Contact"), named(self.contact, tr("Contact")))
        self.counterparty = QLineEdit()
        form.addRow(tr("To / from"), named(self.counterparty, tr("Counterparty")))
        self.subject = QLineEdit()
        form.addRow(tr("Subject"), named(self.subject, tr("Subject")))
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(tr("tracking number, fax confirmation, portal message number"))
        form.addRow(tr("Proof"), named(self.proof, tr("Proof")))
        self.sent_to = QLineEdit()
        self.sent_to.setPlaceholderText(tr("fax number, address or portal"))
        form.addRow(tr("Sent to"), named(self.sent_to, tr("Sent to")))
        self.has_time = QCheckBox(tr("At"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat(time_format())
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        form.addRow(self.has_time, named(self.time, tr("Time sent or received")))
        self._kept = letter  # what the dialog does not show (notes) is kept as it was
        self.documents = QListWidget()
        for document in documents:
            item = QListWidgetItem(f"{document.title} ({label_of(document.kind)})")
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = document.id in enclosed
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        form.addRow(tr("Enclosed documents"), named(self.documents, tr("Linked documents")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.method.currentIndexChanged.connect(self._contact_chosen)
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

    def _contact_chosen(self, _index: int) -> None:
        """A contact chosen fills who it is to and where it went (its fax for a fax, else its address),
        where nothing else is typed."""
        contact = self._contacts.get(self.contact.currentData())
        if contact is None:
            return
        names = {contact_line(c) for c in self._contacts.values()}
        if not self.counterparty.text().strip() or self.counterparty.text().strip() in names:
            self.counterparty.setText(contact_line(contact))
        places = {p for c in self._contacts.values() for p in (c.fax, c.address) if p}
        if not self.sent_to.text().strip() or self.sent_to.text().strip() in places:
            fax = CorrespondenceMethod(self.method.currentData()) is CorrespondenceMethod.FAX
            self.sent_to.setText(contact.fax if fax else contact.address)

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
            contact_id=self.contact.currentData(),
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
        self.setWindowTitle(tr("{APP_NAME} — Document details").format(APP_NAME=APP_NAME))
        form = QFormLayout(self)
        if thumbnail:  # our own JPEG, made by a parser worker at import
            from PySide6.QtGui import QPixmap

            picture = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail, "JPEG")
            picture.setPixmap(pixmap)
            picture.setAccessibleName(tr("First page"))
            form.addRow(picture)
        self.title = QLineEdit(document.title)
        form.addRow(tr("Title"), named(self.title, tr("Title")))
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(label_of(kind), kind)
        self.kind.setCurrentIndex(list(DocumentKind).index(document.kind))
        form.addRow(tr("Kind"), named(self.kind, tr("Kind")))
        self.has_date, self.date = optional_date(tr("Dated"), document.date)
        form.addRow(self.has_date, self.date)
        if document.date is not None and document.date_source is not DateSource.USER:
            proposed = QLabel(
                tr("{label}: check it against the paper; Save confirms it.").format(
                    label=label_of(document.date_source)
                )
            )
            proposed.setWordWrap(True)
            form.addRow("", proposed)
        self.case = QComboBox()
        for case_id, title in cases:
            self.case.addItem(title, case_id)
            if case_id == document.case_id:
                self.case.setCurrentIndex(self.case.count() - 1)
        form.addRow(tr("Case"), named(self.case, tr("Case")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        why, update = save_gate(buttons, lambda: "" if self.title.text().strip() else tr("Give it a title."))
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
        from casebinder.domain.procedures import PROCEDURES, procedure_name

        super().__init__(parent)
        self.setWindowTitle(
            (tr("{app} — Edit the case") if case else tr("{app} — New case")).format(app=APP_NAME)
        )
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.addItems(people)
        self.person.setCurrentText(person or (people[0] if people else ""))
        self.person.setEnabled(case is None)  # a case stays with its person
        form.addRow(tr("Patient"), named(self.person, tr("Patient")))
        self.title = QLineEdit(case.title if case else "")
        self.title.setPlaceholderText(tr("e.g. Eyelid surgery denied as cosmetic"))
        form.addRow(tr("Case title"), named(self.title, tr("Case title")))
        self.procedure = QComboBox()
        self.procedure.setEditable(True)
        self.procedure.addItem("")
        for procedure in PROCEDURES:
            self.procedure.addItem(data_text(procedure.label), procedure.id)
        if case is not None:
            index = self.procedure.findData(case.procedure_template) if case.procedure_template else -1
            names = (case.procedure_template, self.procedure.itemText(index), procedure_name(case.procedure))
            if index >= 0 and case.procedure in names:
                self.procedure.setCurrentIndex(index)
            else:
                self.procedure.setCurrentText(case.procedure)
        # "bleph", "eyelid" or "migraine" finds its template: a person types the word they know, which is
        # rarely the first word of the label ("Upper-eyelid blepharoplasty / ptosis repair").
        finder = QCompleter(self.procedure.model(), self.procedure)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.procedure.setCompleter(finder)
        form.addRow(tr("Procedure"), named(self.procedure, tr("Procedure")))
        self.plan_type = QComboBox()
        for plan in (PlanType.UNKNOWN, *(p for p in PlanType if p is not PlanType.UNKNOWN)):
            self.plan_type.addItem(label_of(plan), plan.value)
            self.plan_type.setItemData(
                self.plan_type.count() - 1, plan.explanation, Qt.ItemDataRole.ToolTipRole
            )
        self.plan_type.setCurrentIndex(
            self.plan_type.findData(case.plan_type.value if case is not None else PlanType.UNKNOWN.value)
        )
        form.addRow(tr("Plan type"), named(self.plan_type, tr("Plan type")))
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
        self.state.addItem(tr("Not recorded (the most cautious figures apply)"), "")
        for state in UsState:
            self.state.addItem(f"{label_of(state)} ({state.value})", state.value)
        if case is not None and case.state:
            self.state.setCurrentIndex(self.state.findData(case.state.value))
        self.state.setToolTip(tr("Some deadlines are set by each State (a Medicaid fair hearing window)."))
        form.addRow(tr("State"), named(self.state, tr("State")))
        self.insurer = QLineEdit(case.insurer if case else "")
        form.addRow(tr("Insurer"), named(self.insurer, tr("Insurer")))
        self.member_id = QLineEdit(case.member_id if case else "")
        form.addRow(tr("Member ID"), named(self.member_id, tr("Member ID")))
        self.group_number = QLineEdit(case.group_number if case else "")
        form.addRow(tr("Group number"), named(self.group_number, tr("Group number")))
        self.claim_number = QLineEdit(case.claim_number if case else "")
        form.addRow(tr("Claim number"), named(self.claim_number, tr("Claim number")))
        self.authorization_number = QLineEdit(case.authorization_number if case else "")
        form.addRow(tr("Authorization number"), named(self.authorization_number, tr("Authorization number")))
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
            return tr("Give the patient's name (a family member you act for, or yourself).")
        if not self.title.text().strip():
            return tr("Give the case a title, such as what was denied.")
        return ""

    def _procedure(self) -> str:
        """The template's own name when the text is one of the templates' labels (picked, or typed in full
        in any case), so the case links to it whatever the app's language; else the person's own words."""
        from casebinder.domain.procedures import BY_ID

        text = self.procedure.currentText().strip()
        index = self.procedure.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        data = self.procedure.itemData(index) if index > 0 else None
        return BY_ID[str(data)].label if data else text

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
        self.setWindowTitle(tr("{APP_NAME} — Record a milestone").format(APP_NAME=APP_NAME))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in self.KINDS:
            self.kind.addItem(label_of(kind), kind.value)
        form.addRow(tr("What happened"), named(self.kind, tr("Milestone")))
        self.on_known, self.on = optional_date(tr("It happened or arrived on"), dt.date.today())
        form.addRow(self.on_known, self.on)
        self.dated_known, self.dated = optional_date(tr("The notice is dated"))
        form.addRow(self.dated_known, self.dated)
        dates = QLabel(
            tr(
                "Some deadlines count from the date printed on a notice, others from the day it arrived: "
                "give "
                "both when you have them."
            )
        )
        dates.setWordWrap(True)
        form.addRow(dates)
        self.effective_known, self.takes_effect = optional_date(tr("The change takes effect on"))
        self.effective_known.setToolTip(tr("Medicaid: the day a cut or end of a service takes effect."))
        form.addRow(self.effective_known, self.takes_effect)
        self.urgent = QCheckBox(tr("Urgent care (expedited clocks)"))
        form.addRow("", self.urgent)
        self.service = QComboBox()
        for service in Service:
            self.service.addItem(label_of(service), service.value)
        form.addRow(tr("Care"), named(self.service, tr("Service")))
        self.outcome = QComboBox()
        self.outcome.addItem("—", "")
        for outcome in (Outcome.UPHELD, Outcome.OVERTURNED, Outcome.APPROVED, Outcome.DENIED):
            self.outcome.addItem(label_of(outcome), outcome.value)
        form.addRow(tr("Outcome"), named(self.outcome, tr("Outcome")))
        note = QLabel(tr("Not legal advice: deadlines are federal baselines. Check your plan documents."))
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
        self.setWindowTitle(tr("{APP_NAME} — Preferences").format(APP_NAME=APP_NAME))
        form = QFormLayout(self)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(tr(" min"))
        self.auto_lock.setSpecialValueText(tr("never"))
        self.auto_lock.setValue(auto_lock_minutes)
        form.addRow(tr("Lock after idle"), named(self.auto_lock, tr("Auto-lock minutes")))
        self.remind = QSpinBox()
        self.remind.setRange(1, 60)
        self.remind.setSuffix(tr(" days before"))
        self.remind.setValue(remind_days)
        form.addRow(tr("Remind me"), named(self.remind, tr("Reminder days")))
        from casebinder.ui.theme import THEMES

        self.theme = QComboBox()
        for value, label in THEMES.items():
            self.theme.addItem(tr(label), value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow(tr("Appearance"), named(self.theme, tr("Appearance")))
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
        self.setWindowTitle(tr("{APP_NAME} — Check the denial letter").format(APP_NAME=APP_NAME))
        self.resize(640, 560)
        form = QFormLayout(self)
        checked_against = tr(" Checked against {rules}.").format(rules=rules) if rules else ""
        intro = QLabel(
            tr("Tick what your denial letter states.")
            + checked_against
            + tr(" Not legal advice: check your plan documents.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for element in elements:
            box = QCheckBox(data_text(element.label))
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
            step = QLabel(tr("Next step: {next_step}").format(next_step=data_text(next_step)))
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
            self.missing.setText(tr("Your letter states everything a denial notice must."))
            return
        lines = "".join(
            f"<li><b>{data_text(e.label)}</b>: {data_text(e.if_missing)} <small>({e.source})</small></li>"
            for e in lacking
        )
        self.missing.setText(
            tr("<p>Missing, and what that lets you ask for:</p><ul>{lines}</ul>").format(lines=lines)
        )

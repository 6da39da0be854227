"""Add or edit a condition, a treatment tried, or a cost: the facts the packet prints as tables; word a
medical-necessity criterion and link the document (and page) that meets it; the plan's limits for a year;
a contact, and a form or approval that lapses.

Each dialog opens empty to add, or filled from a record to edit, and hands back the service's fields. Save is
enabled only once what the record needs is there (a condition, a name, a description and an amount).
"""

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.domain.enums import AuthorizationKind, ContactRole, CostKind, Labelled, TreatmentKind
from casebinder.domain.models import CaseAuthorization, Contact, Cost, Document, MedicalHistory, Treatment
from casebinder.errors import InvalidInput
from casebinder.ui.dialogs.record_dialogs import (
    date_edit,
    named,
    optional_date,
    read_date,
    read_optional_date,
    save_gate,
    text_box,
)
from casebinder.ui.i18n import label_of, tr
from casebinder.usecases import medical
from casebinder.usecases.authorizations import AuthorizationFields
from casebinder.usecases.contacts import ContactFields
from casebinder.usecases.document_pages import DocumentLabel


def vocabulary_box(vocabulary: type[Labelled], chosen: Labelled | None = None) -> QComboBox:
    """A choice of a vocabulary's members by their labels (the data is the member's id), ``chosen``
    selected (else the first)."""
    box = QComboBox()
    for member in vocabulary:
        box.addItem(label_of(member), member.value)
    if chosen is not None:
        box.setCurrentIndex(list(vocabulary).index(chosen))
    return box


class _RecordDialog(QDialog):
    """A form with Save (enabled while ``missing()`` gives no reason) and Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.why, self._update = save_gate(self.buttons, self.missing)
        self.form.addRow(self.why)
        self.form.addRow(self.buttons)
        self.update_ready()

    def missing(self) -> str:
        """What the record still needs, as a sentence beside Save ("" when it can be saved)."""
        return ""

    def update_ready(self, *_args: object) -> None:
        if hasattr(self, "_update"):
            self._update()


class HistoryDialog(_RecordDialog):
    def __init__(self, record: MedicalHistory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Medical history entry") if record else tr("Add a condition"), parent)
        self.condition = QLineEdit(record.condition if record else "")
        self.condition.setPlaceholderText(tr("e.g. chronic migraine; dermatochalasis of both upper lids"))
        self.condition.textChanged.connect(self.update_ready)
        self.form.addRow(tr("Condition or diagnosis"), named(self.condition, tr("Condition")))
        self.code = QLineEdit(record.code if record else "")
        self.code.setPlaceholderText(tr("as on your records, e.g. G43.709"))
        self.form.addRow(tr("ICD-10 code"), named(self.code, tr("Code")))
        self.has_since, self.since = optional_date(tr("Since"), record.since if record else None)
        self.form.addRow(self.has_since, self.since)
        self.detail = text_box(80, tr("how it limits daily life; findings and measurements"))
        self.detail.setPlainText(record.detail if record else "")
        self.form.addRow(tr("Effect and findings"), named(self.detail, tr("Detail")))
        self.finish()

    def missing(self) -> str:
        return "" if self.condition.text().strip() else tr("Write the condition or diagnosis.")

    def fields(self) -> medical.HistoryFields:
        return medical.HistoryFields(
            condition=self.condition.text().strip(),
            code=self.code.text().strip(),
            since=read_optional_date(self.has_since, self.since),
            detail=self.detail.toPlainText().strip(),
        )


class TreatmentDialog(_RecordDialog):
    def __init__(self, record: Treatment | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Treatment tried") if record else tr("Add a treatment tried"), parent)
        self.name = QLineEdit(record.name if record else "")
        self.name.setPlaceholderText(tr("e.g. topiramate 50 mg; physical therapy; eyelid tape"))
        self.name.textChanged.connect(self.update_ready)
        self.form.addRow(tr("Treatment"), named(self.name, tr("Treatment")))
        self.kind = vocabulary_box(TreatmentKind, record.kind if record else None)
        self.form.addRow(tr("Kind"), named(self.kind, tr("Kind")))
        self.has_started, self.started = optional_date(tr("Started"), record.started if record else None)
        self.form.addRow(self.has_started, self.started)
        self.has_ended, self.ended = optional_date(tr("Stopped"), record.ended if record else None)
        self.form.addRow(self.has_ended, self.ended)
        for widget in (self.has_started, self.has_ended):
            widget.toggled.connect(self.update_ready)
        for edit in (self.started, self.ended):
            edit.dateChanged.connect(self.update_ready)
        self.outcome = text_box(60, tr("why it stopped: no relief, side effects, contraindicated..."))
        self.outcome.setPlainText(record.outcome if record else "")
        self.form.addRow(tr("Outcome"), named(self.outcome, tr("Outcome")))
        self.prescriber = QLineEdit(record.prescriber if record else "")
        self.form.addRow(tr("Prescribed by"), named(self.prescriber, tr("Prescriber")))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.form.addRow(self.problem)
        self.finish()

    def missing(self) -> str:
        started, ended = (
            read_optional_date(self.has_started, self.started),
            read_optional_date(self.has_ended, self.ended),
        )
        backwards = started is not None and ended is not None and ended < started
        self.problem.setText(tr("It cannot stop before it started.") if backwards else "")
        if not self.name.text().strip():
            return tr("Give the treatment's name.")
        return tr("Correct the dates: it cannot stop before it started.") if backwards else ""

    def fields(self) -> medical.TreatmentFields:
        return medical.TreatmentFields(
            name=self.name.text().strip(),
            kind=TreatmentKind(self.kind.currentData()),
            started=read_optional_date(self.has_started, self.started),
            ended=read_optional_date(self.has_ended, self.ended),
            outcome=self.outcome.toPlainText().strip(),
            prescriber=self.prescriber.text().strip(),
        )


class CostDialog(_RecordDialog):
    """A cost: an estimate, a bill, a receipt, or an EOB line with what the plan allowed and paid and the
    patient's share in its four parts (shown only for an EOB line)."""

    @staticmethod
    def eob_parts() -> tuple[tuple[str, str], ...]:
        """The EOB line's figures: the CostFields name, and its label."""
        return (
            ("allowed_cents", tr("Allowed by the plan ($)")),
            ("plan_paid_cents", tr("Paid by the plan ($)")),
            ("deductible_cents", tr("Your share: deductible ($)")),
            ("copay_cents", tr("Your share: copay ($)")),
            ("coinsurance_cents", tr("Your share: coinsurance ($)")),
            ("not_covered_cents", tr("Your share: not covered ($)")),
        )

    def __init__(
        self, documents: list[Document], record: Cost | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Cost") if record else tr("Add a cost"), parent)
        # paid: what people most often record, as in the CLI
        self.kind = vocabulary_box(CostKind, record.kind if record else CostKind.PAID)
        self.form.addRow(tr("Kind"), named(self.kind, tr("Kind")))
        self.date = date_edit(record.date if record else None)
        self.form.addRow(tr("Date"), named(self.date, tr("Date")))
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(tr("e.g. neurology visit copay; surgery estimate"))
        self.description.textChanged.connect(self.update_ready)
        self.form.addRow(tr("Description"), named(self.description, tr("Description")))
        self.provider = QLineEdit(record.provider if record else "")
        self.provider.setPlaceholderText(tr("who billed: the clinic, the hospital, the lab"))
        self.form.addRow(tr("Provider"), named(self.provider, tr("Provider")))
        self.amount = QLineEdit(f"{record.amount_cents / 100:.2f}" if record else "")
        self.amount.setPlaceholderText("1234.50")
        self.amount.textChanged.connect(self.update_ready)
        self.amount_label = QLabel(tr("Amount ($)"))
        self.form.addRow(self.amount_label, named(self.amount, tr("Amount")))
        self.parts: dict[str, QLineEdit] = {}
        self.part_labels: dict[str, QLabel] = {}
        for name, label in self.eob_parts():
            cents = getattr(record, name) if record else None
            box = QLineEdit("" if cents is None else f"{cents / 100:.2f}")
            box.setPlaceholderText(tr("as on the EOB; blank if not shown"))
            box.textChanged.connect(self.update_ready)
            self.parts[name] = box
            self.part_labels[name] = QLabel(label)
            self.form.addRow(self.part_labels[name], named(box, label))
        self.has_paid_on, self.paid_on = optional_date(tr("Paid on"), record.paid_on if record else None)
        self.form.addRow(self.has_paid_on, self.paid_on)
        self.document = QComboBox()
        self.document.addItem(tr("(none)"), None)
        for document in documents:
            self.document.addItem(document.title, document.id)
            if record and record.document_id == document.id:
                self.document.setCurrentIndex(self.document.count() - 1)
        self.form.addRow(tr("Receipt, bill, EOB or estimate"), named(self.document, tr("Evidence")))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish()

    def _is_eob(self) -> bool:
        return CostKind(self.kind.currentData()) is CostKind.EOB

    def _kind_changed(self, *_args: object) -> None:
        eob = self._is_eob()
        self.amount_label.setText(tr("Billed ($)") if eob else tr("Amount ($)"))
        for name in self.parts:
            self.parts[name].setVisible(eob)
            self.part_labels[name].setVisible(eob)
        self.adjustSize()
        self.update_ready()

    def _cents(self) -> int | None:
        try:
            return medical.parse_amount(self.amount.text())
        except InvalidInput:
            return None

    def _part(self, name: str) -> int | None:
        text = self.parts[name].text().strip()
        return medical.parse_amount(text) if text else None

    def missing(self) -> str:
        if not self.description.text().strip():
            return tr("Describe the cost (what it was for).")
        if self._cents() is None:
            return tr("Write the amount in dollars and cents, like 1234.50.")
        if self._is_eob():
            for name, label in self.eob_parts():
                try:
                    self._part(name)
                except InvalidInput:
                    return tr("{field}: write it in dollars and cents, like 80.00.").format(field=label)
        return ""

    def fields(self) -> medical.CostFields:
        cents = self._cents()
        assert cents is not None  # Save is disabled until the amount reads
        parts = {name: self._part(name) for name, _label in self.eob_parts()} if self._is_eob() else {}
        return medical.CostFields(
            date=read_date(self.date),
            description=self.description.text().strip(),
            amount_cents=cents,
            kind=CostKind(self.kind.currentData()),
            document_id=self.document.currentData(),
            provider=self.provider.text().strip(),
            paid_on=read_optional_date(self.has_paid_on, self.paid_on),
            **parts,
        )


class PlanLimitsDialog(_RecordDialog):
    """The plan's deductible and out-of-pocket maximum for a year, from its summary of benefits."""

    def __init__(
        self, year: int, deductible: int | None, out_of_pocket: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Plan limits"), parent)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.form.addRow(tr("Plan year"), named(self.year, tr("Plan year")))
        self.deductible = QLineEdit("" if deductible is None else f"{deductible / 100:.2f}")
        self.deductible.setPlaceholderText(tr("e.g. 1500.00"))
        self.deductible.textChanged.connect(self.update_ready)
        self.form.addRow(tr("Deductible ($)"), named(self.deductible, tr("Deductible")))
        self.out_of_pocket = QLineEdit("" if out_of_pocket is None else f"{out_of_pocket / 100:.2f}")
        self.out_of_pocket.setPlaceholderText(tr("e.g. 6000.00"))
        self.out_of_pocket.textChanged.connect(self.update_ready)
        self.form.addRow(
            tr("Out-of-pocket maximum ($)"), named(self.out_of_pocket, tr("Out-of-pocket maximum"))
        )
        hint = QLabel(
            tr("Both are in the plan's summary of benefits and coverage (SBC), for you alone or the family.")
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.finish()

    @staticmethod
    def _read(box: QLineEdit) -> int | None:
        text = box.text().strip()
        return medical.parse_amount(text) if text else None

    def missing(self) -> str:
        for box, label in (
            (self.deductible, tr("Deductible")),
            (self.out_of_pocket, tr("Out-of-pocket maximum")),
        ):
            try:
                self._read(box)
            except InvalidInput:
                return tr("{field}: write it in dollars and cents, like 1500.00.").format(field=label)
        if self._read(self.deductible) is None and self._read(self.out_of_pocket) is None:
            return tr("Write the deductible, the out-of-pocket maximum, or both.")
        return ""

    def limits(self) -> tuple[int, int | None, int | None]:
        return self.year.value(), self._read(self.deductible), self._read(self.out_of_pocket)


class CriterionDialog(_RecordDialog):
    """A criterion's wording and where it comes from (the policy's name, number and date)."""

    def __init__(self, label: str = "", source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(tr("Criterion") if label else tr("Add a criterion"), parent)
        self.setMinimumWidth(560)
        self.label = QLineEdit(label)
        named(self.label, tr("Criterion"))
        self.label.setPlaceholderText(tr("As the insurer's policy words it"))
        self.source = QLineEdit(source)
        named(self.source, tr("Source"))
        self.source.setPlaceholderText(tr("The policy: its name, number and date"))
        self.form.addRow(tr("Criterion"), self.label)
        self.form.addRow(tr("Source"), self.source)
        self.finish()
        self.label.textChanged.connect(self.update_ready)

    def missing(self) -> str:
        return "" if self.label.text().strip() else tr("Write the criterion as the policy says it.")


class LinkEvidenceDialog(_RecordDialog):
    """Which document meets the criterion, on which page, and what on it."""

    def __init__(self, criterion: str, documents: Sequence[DocumentLabel], parent: QWidget | None = None):
        super().__init__(tr("Link the evidence"), parent)
        self.setMinimumWidth(560)
        self.document = QComboBox()
        named(self.document, tr("Document"))
        for document in documents:
            day = document.date.isoformat() if document.date else tr("undated")
            self.document.addItem(f"{document.title} ({day})", document.id)
        self.page = QSpinBox()
        named(self.page, tr("Page"))
        self.page.setRange(0, 9999)
        self.page.setSpecialValueText(tr("the whole document"))
        self.note = QLineEdit()
        named(self.note, tr("What on it meets the criterion"))
        self.form.addRow(tr("Criterion"), QLineEdit(criterion, readOnly=True))
        self.form.addRow(tr("Document"), self.document)
        self.form.addRow(tr("Page"), self.page)
        self.form.addRow(tr("What it shows"), self.note)
        self.finish()

    def missing(self) -> str:
        return "" if self.document.count() else tr("Import the document first: there is none in this case.")

    def chosen(self) -> tuple[int, int | None, str]:
        page = self.page.value()
        return int(self.document.currentData()), page or None, self.note.text()


class ContactDialog(_RecordDialog):
    """A contact: an insurer's department, a provider or billing office, a navigator or advocate."""

    def __init__(self, record: Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Contact") if record else tr("Add a contact"), parent)
        self.setMinimumWidth(520)
        self.role = vocabulary_box(ContactRole, record.role if record else ContactRole.INSURER_APPEALS)
        self.form.addRow(tr("Role"), named(self.role, tr("Role")))
        self.boxes: dict[str, QLineEdit] = {}
        for name, label, hint in (
            ("organization", tr("Organization"), tr("e.g. Evergreen, Appeals and Grievances")),
            ("name", tr("Person"), tr("a name, if there is one to ask for")),
            ("phone", tr("Phone"), ""),
            ("fax", tr("Fax"), tr("where appeals are faxed")),
            ("email", tr("E-mail"), ""),
            ("address", tr("Address"), tr("separate the lines with ;")),
            ("website", tr("Website"), ""),
            ("notes", tr("Notes"), tr("hours, the department to ask for")),
        ):
            box = QLineEdit(getattr(record, name) if record else "")
            box.setPlaceholderText(hint)
            box.textChanged.connect(self.update_ready)
            self.boxes[name] = box
            self.form.addRow(label, named(box, label))
        self.every_case = QCheckBox(tr("For every case in this vault (the family's insurer, a navigator)"))
        self.every_case.setChecked(record is not None and record.case_id is None)
        self.form.addRow(self.every_case)
        self.finish()

    def missing(self) -> str:
        if not self.boxes["organization"].text().strip() and not self.boxes["name"].text().strip():
            return tr("Write the organization or the person's name.")
        return ""

    def fields(self) -> ContactFields:
        return ContactFields(
            role=ContactRole(self.role.currentData()),
            every_case=self.every_case.isChecked(),
            **{name: box.text().strip() for name, box in self.boxes.items()},
        )


class AuthorizationDialog(_RecordDialog):
    """A form or an approval that lapses: its kind, who it is with, its dates and document."""

    def __init__(
        self, documents: Sequence[DocumentLabel], record: CaseAuthorization | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(tr("Form or approval") if record else tr("Add a form or approval"), parent)
        self.setMinimumWidth(520)
        chosen = record.kind if record else AuthorizationKind.AUTHORIZED_REPRESENTATIVE
        self.kind = vocabulary_box(AuthorizationKind, chosen)
        self.form.addRow(tr("Kind"), named(self.kind, tr("Kind")))
        self.party = QLineEdit(record.party if record else "")
        self.party.setPlaceholderText(
            tr("who it is with or for: the provider, the insurer, the representative")
        )
        self.form.addRow(tr("With or for"), named(self.party, tr("With or for")))
        self.number = QLineEdit(record.number if record else "")
        self.number.setPlaceholderText(tr("the approval's reference number"))
        self.form.addRow(tr("Reference number"), named(self.number, tr("Reference number")))
        self.has_starts, self.starts = optional_date(tr("From (signed)"), record.starts if record else None)
        self.form.addRow(self.has_starts, self.starts)
        self.has_expires, self.expires = optional_date(tr("Good until"), record.expires if record else None)
        self.form.addRow(self.has_expires, self.expires)
        self.units = QLineEdit(record.units if record else "")
        self.units.setPlaceholderText(tr("what is approved: e.g. 155 units, 1 procedure"))
        self.form.addRow(tr("Approved"), named(self.units, tr("Approved")))
        self.document = QComboBox()
        self.document.addItem(tr("(none)"), None)
        for document in documents:
            self.document.addItem(document.title, document.id)
            if record and record.document_id == document.id:
                self.document.setCurrentIndex(self.document.count() - 1)
        self.form.addRow(tr("The signed form or approval"), named(self.document, tr("Document")))
        self.hint = QLabel(
            tr(
                "CMS-1696 is good for a year from signing, and a Botox authorization for its 12-week cycle: "
                "leave Good until empty to have it counted."
            )
        )
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        for signal in (
            self.has_starts.toggled,
            self.has_expires.toggled,
            self.starts.dateChanged,
            self.expires.dateChanged,
        ):
            signal.connect(self.update_ready)
        self.finish()

    def missing(self) -> str:
        starts = read_optional_date(self.has_starts, self.starts)
        expires = read_optional_date(self.has_expires, self.expires)
        if starts and expires and expires < starts:
            return tr("It cannot end before it starts.")
        return ""

    def fields(self) -> AuthorizationFields:
        return AuthorizationFields(
            kind=AuthorizationKind(self.kind.currentData()),
            party=self.party.text().strip(),
            number=self.number.text().strip(),
            starts=read_optional_date(self.has_starts, self.starts),
            expires=read_optional_date(self.has_expires, self.expires),
            units=self.units.text().strip(),
            document_id=self.document.currentData(),
        )

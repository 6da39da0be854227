"""The Criteria tab: the insurer's criteria for the procedure, each met or not, and by what.

What a reviewer looks for is a criterion and the page that meets it. Each criterion is a line (met, or what
is missing), its evidence below it: the documents and pages linked, the diary's months, the treatments
tried. Unmet ones stand out: that is what to find before the appeal goes.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder.domain.criteria import CriterionStatus, Evidence
from casebinder.ui.i18n import tr
from casebinder.ui.theme import warning_colour

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROLE = Qt.ItemDataRole.UserRole + 2


class CriteriaPage(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # the criterion's key
    delete_requested = Signal(str)
    link_requested = Signal(str)
    unlink_requested = Signal(int)  # the evidence link's id
    policy_requested = Signal()  # choose the insurer's policy document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("criteria_tree")
        self.tree.setAccessibleName(tr("Criteria and their evidence"))
        self.tree.setHeaderLabels([tr("Criterion"), tr("Met?")])
        self.tree.setColumnCount(2)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 120)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label in (
            ("link_evidence", tr("Link a document…")),
            ("unlink_evidence", tr("Unlink")),
            ("add_criterion", tr("Add a criterion…")),
            ("edit_criterion", tr("Edit…")),
            ("delete_criterion", tr("Delete…")),
            ("choose_policy", tr("The insurer's policy…")),
        ):
            button = QPushButton(label)
            button.setObjectName(key)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch()
        self.buttons["add_criterion"].clicked.connect(self.add_requested.emit)
        self.buttons["edit_criterion"].clicked.connect(lambda: self._with_key(self.edit_requested))
        self.buttons["delete_criterion"].clicked.connect(lambda: self._with_key(self.delete_requested))
        self.buttons["link_evidence"].clicked.connect(lambda: self._with_key(self.link_requested))
        self.buttons["unlink_evidence"].clicked.connect(self._unlink)
        self.buttons["choose_policy"].clicked.connect(self.policy_requested.emit)
        self.buttons["choose_policy"].setToolTip(
            tr("Which document is the insurer's own medical policy: the packet and the appeal cite it")
        )
        self.policy = QLabel()
        self.policy.setObjectName("criteria_policy")
        self.policy.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self._with_key(self.link_requested))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.policy)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self._enable()

    def show_criteria(self, criteria: Sequence[CriterionStatus], policy_title: str = "") -> None:
        self.policy.setText(
            tr("Worded as in the insurer's policy: {title}").format(title=policy_title)
            if policy_title
            else tr("No policy document recorded: import the insurer's medical policy, then choose it here.")
        )
        current = self.current_key()
        self.tree.clear()
        warning = QBrush(QColor(warning_colour()))
        for criterion in criteria:
            item = QTreeWidgetItem([criterion.label, tr("Met") if criterion.met else tr("Not yet")])
            item.setData(0, KEY_ROLE, criterion.key)
            item.setToolTip(0, criterion.label)
            if not criterion.met:
                item.setForeground(1, warning)
            for evidence in criterion.evidence:
                child = QTreeWidgetItem([_evidence_text(evidence), ""])
                child.setData(0, KEY_ROLE, criterion.key)
                child.setData(0, LINK_ROLE, evidence.link_id)
                item.addChild(child)
            for proof in criterion.proofs:
                item.addChild(_line(proof, criterion.key))
            if not criterion.met:
                missing = _line(tr("Missing: {why}").format(why=criterion.unmet_because), criterion.key)
                missing.setForeground(0, warning)
                item.addChild(missing)
            if criterion.source:
                item.addChild(_line(tr("Source: {source}").format(source=criterion.source), criterion.key))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if criterion.key == current:
                self.tree.setCurrentItem(item)
        met = sum(1 for c in criteria if c.met)
        self.summary.setText(
            tr("{met} of {count} criteria met. Link each to the page that meets it; word them as the "
               "insurer's own policy does (Edit), and add what its policy asks that is not here.").format(
                met=met, count=len(criteria))
            if criteria
            else tr("No criteria for this procedure yet: add the insurer's, from its medical policy.")
        )  # fmt: skip
        self._enable()

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return str(key) if key else None

    def _with_key(self, signal: SignalInstance) -> None:
        key = self.current_key()
        if key:
            signal.emit(key)

    def _unlink(self) -> None:
        item = self.tree.currentItem()
        link = item.data(0, LINK_ROLE) if item is not None else None
        if link:
            self.unlink_requested.emit(int(link))

    def _enable(self) -> None:
        item = self.tree.currentItem()
        chosen = self.current_key() is not None
        for key in ("edit_criterion", "delete_criterion", "link_evidence"):
            self.buttons[key].setEnabled(chosen)
        self.buttons["unlink_evidence"].setEnabled(item is not None and bool(item.data(0, LINK_ROLE)))

    def clear(self) -> None:
        self.show_criteria([])


def _line(text: str, key: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text, ""])
    item.setData(0, KEY_ROLE, key)
    item.setToolTip(0, text)
    return item


def _evidence_text(evidence: Evidence) -> str:
    page = tr(", page {page}").format(page=evidence.page) if evidence.page else ""
    note = f" — {evidence.note}" if evidence.note else ""
    return tr("“{title}”{page}{note}").format(title=evidence.title, page=page, note=note)

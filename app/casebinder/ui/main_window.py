"""The main window: people and cases on the left, the selected case on the right.

A view: it lays out the widgets, builds the menus, and shows what the vault holds. What happens when a menu
item or a button is used lives in ``ui/actions/`` (one area each: cases, documents, calls and letters,
medical, appeals, notes, the vault, search); every write comes back as a ``Changes`` saying which parts of the
window to refresh.
"""

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME, __version__, logs
from casebinder.domain.enums import PlanType
from casebinder.domain.procedures import procedure_name
from casebinder.errors import CasebinderError
from casebinder.infra.rulebook import validate_all
from casebinder.ui.actions.appeals import AppealActions
from casebinder.ui.actions.calls import CallActions, LetterActions
from casebinder.ui.actions.cases import CaseActions
from casebinder.ui.actions.contacts import ContactActions
from casebinder.ui.actions.criteria import CriteriaActions
from casebinder.ui.actions.diary import DiaryActions
from casebinder.ui.actions.documents import DocumentActions, sources_from_mime
from casebinder.ui.actions.drafts import DraftActions
from casebinder.ui.actions.medical import MedicalActions
from casebinder.ui.actions.next_steps import NextStepActions
from casebinder.ui.actions.notes import NoteActions
from casebinder.ui.actions.search import SearchActions
from casebinder.ui.actions.vault import VaultActions
from casebinder.ui.dialogs.record_dialogs import PreferencesDialog
from casebinder.ui.i18n import data_text, error_text, label_of, phrase_text, shown_date, tr
from casebinder.ui.icons import app_icon
from casebinder.ui.importing import ImportController
from casebinder.ui.operations import uses
from casebinder.ui.session import VaultSession
from casebinder.ui.settings import Settings
from casebinder.ui.theme import apply_theme, urgency_brush
from casebinder.ui.widgets.checklist_page import ChecklistPage
from casebinder.ui.widgets.contacts_page import ContactsPage
from casebinder.ui.widgets.criteria_page import CriteriaPage
from casebinder.ui.widgets.deadlines_panel import DeadlinesPanel, describe, upcoming
from casebinder.ui.widgets.diary_page import DiaryPage
from casebinder.ui.widgets.medical_page import MedicalPage
from casebinder.ui.widgets.next_steps_page import NextStepsPage
from casebinder.ui.widgets.record_pages import CallsPage, CorrespondencePage, DocumentsPage, RecordPage
from casebinder.ui.widgets.search_page import SearchPage
from casebinder.ui.widgets.timeline_page import TimelinePage
from casebinder.usecases import appeals, cases, checklists, medical, people
from casebinder.usecases.appeals import CaseDeadline, FollowUp
from casebinder.usecases.changes import Changes
from casebinder.usecases.document_pages import DocumentLabel, document_labels
from casebinder.usecases.next_steps import urgency
from casebinder.usecases.search import Hit

if TYPE_CHECKING:
    from casebinder.usecases.snapshots import Snapshot
    from casebinder.vault import Vault

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # a case's title, without the next date shown under it


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_requested = Signal(object)  # Path of another vault to open, or None to create a new one
    restore_requested = Signal(object)  # Path of a backup to put in the vault's place
    preferences_changed = Signal()
    closed = Signal()  # the person closed the window: the app ends

    def __init__(self, session: VaultSession, settings: Settings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.case_id: int | None = None
        self._documents_read: tuple[int, list[DocumentLabel]] | None = None  # this change's reading
        self.last_deletion: Snapshot | None = None
        self.setWindowTitle(f"{APP_NAME} — {session.vault.path.stem}")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        screen = self.screen().availableGeometry()  # on a 1024×768 screen the window fits it
        self.resize(min(1200, screen.width()), min(760, screen.height()))

        self.cases_model = QStandardItemModel(self)
        self.sidebar = QTreeView()
        self.sidebar.setModel(self.cases_model)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setAccessibleName(tr("People and cases"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar_current_changed)

        self.header = QLabel()
        self.header.setObjectName("case_header")
        self.header.setAccessibleName(tr("Case summary"))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        self.tabs.setAccessibleName(tr("Views of the case"))
        self.next_steps = NextStepsPage()
        self.timeline = TimelinePage()
        self.checklist = ChecklistPage()
        self.documents = DocumentsPage()
        self.calls = CallsPage()
        self.correspondence = CorrespondencePage()
        self.medical_page = MedicalPage()
        self.diary_page = DiaryPage()
        self.criteria_page = CriteriaPage()
        self.contacts_page = ContactsPage()
        for page, label in (
            (self.next_steps, tr("Next steps")),
            (self.timeline, tr("Timeline")),
            (self.checklist, tr("Checklist")),
            (self.criteria_page, tr("Criteria")),
            (self.documents, tr("Documents")),
            (self.calls, tr("Calls")),
            (self.correspondence, tr("Correspondence")),
            (self.medical_page, tr("Medical && costs")),
            (self.diary_page, tr("Diary")),
            (self.contacts_page, tr("Contacts && forms")),
        ):
            self.tabs.addTab(page, label)
        case_view = QWidget()
        case_layout = QVBoxLayout(case_view)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.header)
        case_layout.addWidget(self.tabs)
        self.search_page = SearchPage()  # results in the main area, in place of the case until Esc
        self.search_page.open_requested.connect(self._open_hit)
        self.search_page.back_requested.connect(lambda: self.show_search_results(None))
        self.results = self.search_page.tree
        self.main_area = QStackedWidget()
        self.main_area.addWidget(case_view)
        self.main_area.addWidget(self.search_page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.main_area)
        self.right_layout = right_layout

        self.deadlines = DeadlinesPanel()
        self.deadlines.case_requested.connect(self.select_case)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.sidebar)
        left.addWidget(self.deadlines)
        left.setSizes([300, 260])
        self.left_splitter = left
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([230, 970])
        self.setCentralWidget(splitter)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search everything (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(tr("Search"))
        self.search_box.setObjectName("search_box")
        self.search_box.setMaximumWidth(360)
        self.search_box.textChanged.connect(lambda text: None if text else self.show_search_results(None))
        self.case_actions = CaseActions(self)
        self.document_actions = DocumentActions(self)
        self.next_step_actions = NextStepActions(self)
        self.call_actions = CallActions(self)
        self.letter_actions = LetterActions(self)
        self.medical_actions = MedicalActions(self)
        self.diary_actions = DiaryActions(self)
        self.criteria_actions = CriteriaActions(self)
        self.draft_actions = DraftActions(self)
        self.contact_actions = ContactActions(self)
        self.note_actions = NoteActions(self)
        self.appeal_actions = AppealActions(self)
        self.vault_actions = VaultActions(self)
        self.search_actions = SearchActions(self)
        self._build_menus()
        self.importer = ImportController(session, self)
        self.right_layout.addWidget(self.importer.strip)  # under the case: the import runs beside the work
        self._wire_pages()
        session.changed.connect(self._on_session_changed)
        session.failed.connect(self._on_session_failed)
        self.statusBar().showMessage(tr("Unlocked. Not legal advice: check your plan documents."), 8000)
        from casebinder.ui.backups import BackupScheduler

        self.backups = BackupScheduler(self)
        QTimer.singleShot(0, self.backups.run_if_due)
        session.text.left.connect(self._on_words_left)
        QTimer.singleShot(0, session.text.start)  # what a lock, a quit or a crash left unread
        geometry = settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        problems = validate_all()  # the rule and checklist data, checked once per start
        if problems:
            QMessageBox.warning(
                self,
                APP_NAME,
                tr("The appeal rules data has problems; deadlines may be incomplete:\n")
                + "\n".join(problems[:10]),
            )
        for page in (self.documents, self.calls, self.correspondence):  # widths the user chose come back
            name = page.table.objectName()
            widths = settings.column_widths(name)
            if widths:
                page.restore_widths(widths)
            page.on_widths_changed = lambda w, n=name: self.settings.set_column_widths(n, w)
        case_id, tab, document_id = settings.place(session.vault.path)
        self.case_id = case_id  # refresh_cases selects it when it still exists
        self.refresh_cases()
        if case_id is not None and self.case_id == case_id:
            self.tabs.setCurrentIndex(max(0, min(tab, self.tabs.count() - 1)))
            if document_id is not None:
                self.documents.select_document(document_id)
        self.deadlines.reload(session.vault)

    def _wire_pages(self) -> None:
        self.search_box.returnPressed.connect(lambda: self.search_actions.run(self.search_box.text()))
        docs = self.document_actions
        self.documents.buttons["import_documents"].clicked.connect(docs.import_dialog)
        self.documents.buttons["edit_document"].clicked.connect(docs.edit)
        self.documents.buttons["document_text"].clicked.connect(docs.show_text)
        self.documents.buttons["save_copy"].clicked.connect(docs.save_copy)
        self.documents.buttons["delete_document"].clicked.connect(docs.delete)
        steps, page = self.next_step_actions, self.next_steps
        page.follow_up_done.connect(steps.follow_up_done)
        page.follow_up_moved.connect(steps.move_follow_up)
        page.accept_suggested.connect(steps.accept_suggested)
        page.link_requested.connect(steps.link_document)
        page.not_applicable.connect(steps.not_applicable)
        page.import_requested.connect(steps.import_for)
        page.all_cases_toggled.connect(lambda _on: steps.refresh())
        self.documents.selected.connect(docs.preview)
        self.documents.preview.box_drawn.connect(docs.add_redaction)
        self.documents.preview.boxes_cleared.connect(docs.clear_redactions)
        self.documents.activated.connect(lambda _record: docs.edit())
        self.calls.buttons["log_call"].clicked.connect(self.call_actions.log)
        self.calls.buttons["edit_call"].clicked.connect(self.call_actions.edit)
        self.calls.buttons["delete_call"].clicked.connect(self.call_actions.delete)
        self.calls.activated.connect(lambda _record: self.call_actions.edit())
        self.correspondence.buttons["log_correspondence"].clicked.connect(self.letter_actions.log)
        self.correspondence.buttons["edit_correspondence"].clicked.connect(self.letter_actions.edit)
        self.correspondence.buttons["delete_correspondence"].clicked.connect(self.letter_actions.delete)
        self.correspondence.activated.connect(lambda _record: self.letter_actions.edit())
        self.medical_page.add_requested.connect(self.medical_actions.add)
        self.medical_page.edit_requested.connect(self.medical_actions.edit)
        self.medical_page.delete_requested.connect(self.medical_actions.delete)
        self.medical_page.plan_limits_requested.connect(self.medical_actions.plan_limits)
        self.medical_page.csv_requested.connect(self.medical_actions.save_csv)
        people = self.contacts_page
        people.add_requested.connect(self.contact_actions.add)
        people.edit_requested.connect(self.contact_actions.edit)
        people.delete_requested.connect(self.contact_actions.delete)
        self.diary_page.entry_requested.connect(self.diary_actions.add)
        crit, crit_page = self.criteria_actions, self.criteria_page
        crit_page.add_requested.connect(crit.add)
        crit_page.edit_requested.connect(crit.edit)
        crit_page.delete_requested.connect(crit.delete)
        crit_page.link_requested.connect(crit.link)
        crit_page.unlink_requested.connect(crit.unlink)
        crit_page.policy_requested.connect(crit.choose_policy)
        self.diary_page.buttons["delete_symptom"].clicked.connect(self.diary_actions.delete)
        self.timeline.open_document.connect(self.show_document)
        self.checklist.link_requested.connect(self.appeal_actions.link)
        self.checklist.unlink_requested.connect(self.appeal_actions.unlink)
        self.checklist.mark_requested.connect(self.appeal_actions.mark)

    # --- menus ---------------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        role: QAction.MenuRole | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def open_another_vault(self) -> None:
        """Vault ▸ Open another vault…: this one locks (its place kept); the chosen one is unlocked."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("{app} — Open another vault").format(app=APP_NAME),
            str(self.session.vault.path.parent),
            tr("Casebinder vaults (*.casebinder)"),
        )
        if name:
            self.switch_requested.emit(Path(name))

    def _fill_recent_vaults(self) -> None:
        """The vaults opened on this computer, the latest first; this one is not among them."""
        self.recent_menu.clear()
        here = self.session.vault.path
        others = [path for path in self.settings.recent_vaults if path != here]
        for number, path in enumerate(others, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.stem}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.switch_requested.emit(p))
        if not others:
            nothing = self.recent_menu.addAction(tr("No other vault opened here yet"))
            nothing.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        docs, case, appeal = self.document_actions, self.case_actions, self.appeal_actions
        file_menu = bar.addMenu(tr("&File"))
        self.import_action = self._action(file_menu, tr("&Import documents…"), docs.import_dialog, "Ctrl+I")
        self.export_action = self._action(
            file_menu, tr("Export a &packet (PDF)…"), appeal.export_packet, "Ctrl+E"
        )
        self._action(file_menu, tr("Export &deadlines to a calendar (.ics)…"), appeal.export_calendar)
        file_menu.addSeparator()
        self._action(
            file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, QAction.MenuRole.QuitRole
        )
        edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_action = self._action(edit_menu, tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        edit_menu.addSeparator()
        self.paste_action = self._action(
            edit_menu, tr("&Paste as document"), docs.paste, QKeySequence.StandardKey.Paste
        )
        self.find_action = self._action(
            edit_menu, tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find
        )
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            tr("P&references…"),
            self.preferences,
            QKeySequence.StandardKey.Preferences,
            QAction.MenuRole.PreferencesRole,
        )
        case_menu = bar.addMenu(tr("&Case"))
        self._action(case_menu, tr("&New case…"), case.new_case, QKeySequence.StandardKey.New)
        self._action(case_menu, tr("Add a &person…"), case.add_person)
        self._action(case_menu, tr("&Edit the case…"), case.edit_case)
        self._action(case_menu, tr("Set the &stage…"), case.set_stage)
        self._action(case_menu, tr("&Delete the case…"), case.delete_case)
        case_menu.addSeparator()
        self.log_call_action = self._action(
            case_menu, tr("Log a &call…"), self.call_actions.log, "Ctrl+Shift+L"
        )
        self._action(case_menu, tr("Follow-up &done (the selected call)"), self.call_actions.follow_up_done)
        self._action(case_menu, tr("Log a &letter…"), self.letter_actions.log)
        self.write_letter_action = self._action(
            case_menu,
            tr("&Write a letter…"),
            self.draft_actions.write,
            "Ctrl+Shift+W",
        )
        self._action(case_menu, tr("Add a &note…"), self.note_actions.add)
        self._action(case_menu, tr("Delete the selected n&ote…"), self.note_actions.delete_selected)
        case_menu.addSeparator()
        self._action(
            case_menu,
            tr("Record a &milestone (denial, appeal, decision)…"),
            appeal.record_milestone,
            "Ctrl+M",
        )
        self._action(case_menu, tr("M&ilestones…"), appeal.manage_milestones)
        self._action(case_menu, tr("Check the denial le&tter…"), appeal.check_denial_letter)
        vault_menu = bar.addMenu(tr("&Vault"))
        self.lock_action = self._action(vault_menu, tr("&Lock now"), self.lock_requested.emit, "Ctrl+L")
        vault_menu.addSeparator()
        self._action(vault_menu, tr("&Check the vault…"), self.vault_actions.verify)
        self._action(vault_menu, tr("Change the &passphrase…"), self.vault_actions.change_passphrase)
        self._action(vault_menu, tr("&Forget it on this computer"), self.vault_actions.forget)
        vault_menu.addSeparator()
        self._action(
            vault_menu, tr("&Open another vault…"), self.open_another_vault, QKeySequence.StandardKey.Open
        )
        self.recent_menu = vault_menu.addMenu(tr("Recent &vaults"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_vaults)
        self._fill_recent_vaults()
        self._action(vault_menu, tr("Create a &new vault…"), lambda: self.switch_requested.emit(None))
        vault_menu.addSeparator()
        self._action(vault_menu, tr("&Back up now"), self.vault_actions.back_up_now)
        self._action(vault_menu, tr("Bac&kups…"), self.vault_actions.manage_backups)
        self._action(vault_menu, tr("&Rescue a damaged vault…"), self.vault_actions.rescue_other)
        vault_menu.addSeparator()
        self._action(vault_menu, tr("&Share this case with a caregiver…"), self.vault_actions.share_case)
        self._action(vault_menu, tr("Rece&ive a shared case…"), self.vault_actions.receive_shared)
        help_menu = bar.addMenu(tr("&Help"))
        self._action(help_menu, tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        help_menu.addSeparator()
        self.debug_log_action = self._action(help_menu, tr("Write a &debug log"), self.set_debug_log)
        self.debug_log_action.setCheckable(True)
        self.debug_log_action.setChecked(self.settings.debug_log)
        self._action(
            help_menu,
            tr("&About {APP_NAME}").format(APP_NAME=APP_NAME),
            self.about,
            role=QAction.MenuRole.AboutRole,
        )
        toolbar = self.addToolBar(tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.log_call_action)
        toolbar.addAction(self.lock_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_box)

    # --- loading ---------------------------------------------------------------------------------------
    def refresh_cases(self) -> None:
        summaries = cases.list_cases(self.session.vault)
        persons = people.list_people(self.session.vault)
        self.cases_model.clear()
        first_case: QStandardItem | None = None
        wanted: QStandardItem | None = None
        by_person: dict[int, QStandardItem] = {}
        for person in persons:
            item = QStandardItem(person.name)
            item.setEditable(False)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.cases_model.appendRow(item)
            by_person[person.id or 0] = item
        for summary in summaries:
            case_item = QStandardItem(summary.case.title)
            case_item.setEditable(False)
            case_item.setData(summary.case.id, CASE_ROLE)
            case_item.setToolTip(
                tr("%n document(s)", "", summary.documents) + ", " + tr("%n call(s)", "", summary.calls)
            )
            by_person[summary.person.id or 0].appendRow(case_item)
            first_case = first_case or case_item
            if summary.case.id == self.case_id:
                wanted = case_item
        self.sidebar.expandAll()
        self._show_next_dates(upcoming(self.session.vault))
        target = wanted or first_case
        if target is not None:
            self.sidebar.setCurrentIndex(target.index())
        else:
            self.show_case(None)

    def _show_next_dates(self, everything: list[CaseDeadline | FollowUp]) -> None:
        """Each case in the sidebar with its next date and how urgent it is (red overdue, amber this week)."""
        today = dt.date.today()
        soonest: dict[int, tuple[dt.date, str]] = {}
        for due in everything:  # soonest first
            day = due.deadline.due.date() if isinstance(due, CaseDeadline) else due.day
            label = data_text(due.deadline.rule.label) if isinstance(due, CaseDeadline) else due.title
            soonest.setdefault(due.case_id, (day, label))
        for row in range(self.cases_model.rowCount()):
            person = self.cases_model.item(row)
            for child in range(person.rowCount()):
                item = person.child(child)
                title = item.data(TITLE_ROLE) or item.text()
                item.setData(title, TITLE_ROLE)
                found = soonest.get(int(item.data(CASE_ROLE) or 0))
                if found is None:
                    item.setText(title)
                    item.setData(None, Qt.ItemDataRole.ForegroundRole)
                    continue
                day, label = found
                days = (day - today).days
                when = (
                    tr("%n day(s) overdue", "", -days)
                    if days < 0
                    else tr("today")
                    if days == 0
                    else tr("in %n day(s)", "", days)
                )
                short = (
                    tr("overdue")
                    if days < 0
                    else tr("today")
                    if days == 0
                    else tr("in {days} d").format(days=days)
                )  # fits at 1024 px
                item.setText(f"{title}\n  {shown_date(day)} · {short}")
                item.setToolTip(
                    tr("{title}\nNext: {label}, {day} ({when})").format(
                        title=title, label=label, day=shown_date(day), when=when
                    )
                )
                item.setData(urgency_brush(urgency(day, today)), Qt.ItemDataRole.ForegroundRole)

    def _on_sidebar_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(CASE_ROLE)
        if case_id is not None:
            self.show_case(int(case_id))

    def select_case(self, case_id: int) -> None:
        for row in range(self.cases_model.rowCount()):
            person = self.cases_model.item(row)
            for child in range(person.rowCount()):
                item = person.child(child)
                if item.data(CASE_ROLE) == case_id:
                    self.sidebar.setCurrentIndex(item.index())
                    return

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._documents_read = None
        vault = self.session.vault
        for action in (self.import_action, self.log_call_action):  # they act on a case: none, nothing to do
            action.setEnabled(case_id is not None)
        if case_id is None:
            self.header.setText(tr("<h3>No case yet</h3>Create one with Case ▸ New case (Ctrl+N)."))
            for page in (self.documents, self.calls, self.correspondence):
                page.clear_records()
            self.medical_page.clear()
            self.diary_page.clear()
            self.criteria_page.clear()
            self.contacts_page.clear()
            self.timeline.clear()
            return
        self._refresh_header()
        self._refresh_checklist()
        self.next_step_actions.refresh()
        self.timeline.show_case(vault, case_id)
        self._refresh_records(
            Changes(
                case_id=case_id,
                document=True,
                call=True,
                correspondence=True,
                medical=True,
                diary=True,
                criteria=True,
                contacts=True,
            )
        )

    def _refresh_header(self, everything: list[CaseDeadline | FollowUp] | None = None) -> None:
        if self.case_id is None:
            return
        case = cases.case_details(self.session.vault, self.case_id).case
        entries = (
            upcoming(self.session.vault, self.case_id)
            if everything is None
            else [e for e in everything if e.case_id == self.case_id]
        )
        # the next date ahead (a missed follow-up is shown, in red, in the upcoming list, until marked done)
        soon = [e for e in entries if not getattr(e, "overdue", False)]
        next_entry = soon[0] if soon else None
        if isinstance(next_entry, CaseDeadline):
            days = next_entry.deadline.days_left(dt.date.today())
            flag = (
                tr(" — OVERDUE")
                if next_entry.deadline.status == "overdue"
                else " (" + tr("%n day(s)", "", days or 0) + ")"
            )
            upcoming_text = (
                f"{shown_date(next_entry.deadline.due)}{flag}<br>{data_text(next_entry.deadline.rule.label)}"
            )
            self.header.setToolTip(describe(next_entry))
        elif next_entry is not None:
            upcoming_text = f"{shown_date(next_entry.day)}<br>{next_entry.title}"
            self.header.setToolTip(tr("From your call log."))
        else:
            upcoming_text = tr("none yet")
            self.header.setToolTip(
                tr("Record a milestone (Case ▸ Record a milestone) to see the deadlines it sets.")
            )

        def cell(label: str, value: str) -> str:
            return "<td style='padding-right:18px'><small>{label}</small><br><b>{value}</b></td>".format(
                label=label, value=value or "—"
            )

        def escape(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;")

        self.header.setText(
            tr("<h2 style='margin:0'>{escape}</h2><table><tr>").format(escape=escape(case.title))
            + cell(tr("Procedure"), escape(data_text(procedure_name(case.procedure))))
            + cell(tr("Insurer"), escape(case.insurer))
            + cell(
                tr("Plan type"),
                tr("I don't know: the earliest deadlines of any plan are shown")
                if case.plan_type is PlanType.UNKNOWN
                else label_of(case.plan_type),
            )
            + cell(tr("Member ID"), escape(case.member_id))
            + cell(tr("Stage"), appeals.stage_label(case.plan_type.value, case.stage))
            + cell(tr("Next deadline"), upcoming_text)
            + "</tr></table>"
        )

    @uses("doc.labels")
    def _case_documents(self) -> list[DocumentLabel]:
        """What names each of the case's documents, read once for everything one change refreshes (the
        checklist's shelf, the costs' receipts), not once for each; the Documents tab pages its own."""
        assert self.case_id is not None
        if self._documents_read is None or self._documents_read[0] != self.case_id:
            self._documents_read = (self.case_id, document_labels(self.session.vault, self.case_id))
        return self._documents_read[1]

    def _refresh_checklist(self) -> None:
        if self.case_id is None:
            self.checklist.clear()
            return
        vault = self.session.vault
        case = cases.case_details(vault, self.case_id).case
        stages = checklists.checklists(vault, self.case_id)
        labels = {st.stage.value: appeals.stage_label(case.plan_type.value, st.stage) for st in stages}
        self.checklist.show_checklists(stages, self._case_documents(), labels, case.stage)

    def _refresh_records(self, changes: Changes) -> None:
        if self.case_id is None:
            return
        vault = self.session.vault
        if changes.document:
            current = self.documents.current_document()
            self.documents.show_documents(vault, self.case_id)
            if current is not None and current.id is not None:
                self.documents.select_document(current.id)
        if changes.call:
            self._reload_keeping_selection(self.calls, vault)
        if changes.correspondence:
            self._reload_keeping_selection(self.correspondence, vault)
        if changes.diary:
            self.diary_actions.refresh()
        if changes.criteria or changes.diary or changes.document or changes.medical:
            self.criteria_actions.refresh()  # the diary, documents and treatments tried meet criteria too
        if changes.contacts or changes.document or changes.case:  # the State's help follows the case's
            self.contact_actions.refresh()
        if changes.medical or changes.document:  # costs name their receipts
            self.medical_page.set_records(
                medical.list_history(vault, self.case_id),
                medical.list_treatments(vault, self.case_id),
                medical.list_costs(vault, self.case_id),
                self._case_documents(),
                medical.cost_years(vault, self.case_id),
            )

    def _reload_keeping_selection(self, page: RecordPage, vault: "Vault") -> None:
        """A paged table read again after a change, still on the record that was selected."""
        current = page.current()
        page.show_case_records(vault, self.case_id)
        if current is not None and current.id is not None:
            page.select_id(current.id)

    def _on_session_changed(self, changes: Changes) -> None:
        if not self.session.is_open:
            return
        self._documents_read = None  # read again, once, for what this change refreshes
        everything = upcoming(self.session.vault)  # once per change: the panel and the header share it
        self.deadlines.reload(self.session.vault, everything)
        self._show_next_dates(everything)
        if changes.person or (changes.case and changes.case_id != self.case_id):
            if changes.case_id is not None:
                self.case_id = changes.case_id
            self.refresh_cases()
            return
        self.next_step_actions.refresh()  # deadlines, follow-ups and the checklist all feed it
        header = bool(changes.case or changes.document)  # refreshed once per change, at the end
        if changes.case or changes.document or changes.contacts:  # a linked form that lapses warns there
            self._refresh_checklist()
        if changes.case_id not in (None, self.case_id):
            if header:
                self._refresh_header(everything)
            return
        self._refresh_records(changes)
        if changes.timeline or changes.call or changes.document or changes.correspondence:
            self.timeline.reload()
            header = True
        if header:
            self._refresh_header(everything)

    def _on_words_left(self, left: int) -> None:
        """The status bar says while the words of scans and photos are being read, and when they are."""
        if left:
            self.statusBar().showMessage(tr("Reading the words of %n scan(s) and photo(s)…", "", left))
        elif self.session.text.done:
            done = self.session.text.done
            self.statusBar().showMessage(
                tr("The words of %n scan(s) and photo(s) are searchable now.", "", done), 8000
            )
            self.session.text.done = 0

    def _on_session_failed(self, error: BaseException) -> None:
        if isinstance(
            error, CasebinderError
        ):  # anything else is a bug: the lane raises it to the crash dialog
            from casebinder.ui.actions import sentence

            QMessageBox.warning(self, f"{APP_NAME}", sentence(error_text(error)))

    # --- documents ------------------------------------------------------------------------------------
    def show_document(self, document_id: int, page: int = 0) -> None:
        """The Documents tab on that document, its preview on ``page`` (from 0)."""
        self.tabs.setCurrentWidget(self.documents)
        self.documents.preview.start_page = page
        self.documents.select_document(document_id)

    def import_paths(self, items: "list[Path] | list[object]") -> None:
        self.document_actions.import_paths(items)  # type: ignore[arg-type]

    sources_from_mime = staticmethod(sources_from_mime)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.case_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.document_actions.import_paths(list(paths))

    # --- undo of the last deletion -----------------------------------------------------------------------
    def offer_undo(self, snapshot: "Snapshot") -> None:
        self.last_deletion = snapshot
        self.undo_action.setEnabled(True)
        self.undo_action.setText(tr("&Undo: delete {what}").format(what=phrase_text(snapshot.what)))
        self.statusBar().showMessage(
            tr("Deleted {describe}. Edit ▸ Undo (Ctrl+Z) puts it back.").format(
                describe=phrase_text(snapshot.said())
            ),
            15_000,
        )

    def undo(self) -> None:
        snapshot, self.last_deletion = self.last_deletion, None
        self.undo_action.setEnabled(False)
        self.undo_action.setText(tr("&Undo"))
        if snapshot is not None:
            self.vault_actions.undo(snapshot)
            self.statusBar().showMessage(tr("Put back {what}.").format(what=phrase_text(snapshot.what)), 6000)

    # --- settings ------------------------------------------------------------------------------------
    def recolour(self) -> None:
        """After the palette changed: the colours the app sets itself (urgency) are picked again."""
        if not self.session.is_open:
            return
        everything = upcoming(self.session.vault)
        self.deadlines.reload(self.session.vault, everything)
        self._show_next_dates(everything)
        self.next_step_actions.refresh()
        self.backups.show_status()  # its warning red is the palette's

    @staticmethod
    def _application() -> QApplication:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return app

    def preferences(self) -> None:
        dialog = PreferencesDialog(
            self.settings.auto_lock_minutes, self.settings.remind_days, self, self.settings.theme
        )

        def save() -> None:
            self.settings.auto_lock_minutes = dialog.auto_lock.value()
            self.settings.remind_days = dialog.remind.value()
            self.settings.theme = str(dialog.theme.currentData())
            apply_theme(self._application(), self.settings.theme)
            self.recolour()
            self.settings.sync()
            self.preferences_changed.emit()

        dialog.accepted.connect(save)
        dialog.open()
        self.preferences_dialog = dialog

    def notify_upcoming(self) -> None:
        """A desktop notification (system tray) for what is due within the reminder window."""
        from PySide6.QtWidgets import QSystemTrayIcon

        soon = [
            e
            for e in upcoming(self.session.vault)
            if (e.deadline.due.date() if isinstance(e, CaseDeadline) else e.day)
            <= dt.date.today() + dt.timedelta(days=self.settings.remind_days)
        ]
        if not soon or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if getattr(self, "tray", None) is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.show()
        first = soon[0]
        what = data_text(first.deadline.rule.label) if isinstance(first, CaseDeadline) else first.title
        self.tray.showMessage(
            tr("{app}: %n due within {days} days", "", len(soon)).format(
                app=APP_NAME, days=self.settings.remind_days
            ),
            f"{what} — {first.case_title}",
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    # --- search -----------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self, query: str) -> None:
        self.search_actions.run(query)

    def show_search_results(self, hits: list[Hit] | None, query: str = "") -> None:
        """The hits in the main area (None: back to the case)."""
        if hits is None:
            self.search_page.tree.clear()
            self.main_area.setCurrentIndex(0)
            return
        self.search_page.show_hits(query or self.search_box.text(), hits)
        self.main_area.setCurrentWidget(self.search_page)

    def _open_hit(self, hit: Hit) -> None:
        """Enter on a hit: its case, then the record — a document at the page where the words are."""
        self.show_search_results(None)
        self.select_case(hit.case_id)
        if hit.kind == "document":
            self.show_document(hit.id, (hit.page or 1) - 1)
        elif hit.kind == "call":
            self.tabs.setCurrentWidget(self.calls)
            self.calls.select_id(hit.id)
        elif hit.kind == "correspondence":
            self.tabs.setCurrentWidget(self.correspondence)
            self.correspondence.select_id(hit.id)
        elif hit.kind == "note":
            self.tabs.setCurrentWidget(self.timeline)

    # --- lifecycle ---------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything shown (on lock): models, previews, search results."""
        self.cases_model.clear()
        self.timeline.clear()
        for page in (self.documents, self.calls, self.correspondence):
            page.clear_records()
        self.medical_page.clear()
        self.diary_page.clear()
        self.criteria_page.clear()
        self.contacts_page.clear()
        self.documents.preview.clear()
        self.show_search_results(None)
        self.search_box.clear()
        self.deadlines.clear()
        self.checklist.clear()
        self.header.clear()
        self.header.setToolTip("")
        self.case_id = None
        self.last_deletion = None
        self.undo_action.setEnabled(False)

    def set_debug_log(self, enabled: bool) -> None:
        """For a bug report: the same redacted lines as the crash report, kept in a file while this is on."""
        path = logs.set_debug_log(enabled)
        self.settings.debug_log = enabled
        self.settings.sync()
        if path is not None:
            QMessageBox.information(
                self,
                tr("{APP_NAME} — Debug log").format(APP_NAME=APP_NAME),
                tr(
                    "{APP_NAME} now writes a debug log to\n{path}\n\nIt records what the app does and how "
                    "long it takes, never names, dates, notes or file contents. Attach it to a bug report; "
                    "turn it off in the Help menu when you are done."
                ).format(APP_NAME=APP_NAME, path=path),
            )

    def show_guide(self) -> None:
        from casebinder.ui.dialogs.help_dialogs import GuideDialog

        self.help_dialog = GuideDialog(self)
        self.help_dialog.show()  # beside the window, not in front of it: the guide is read while working

    def show_shortcuts(self) -> None:
        from casebinder.ui.dialogs.help_dialogs import ShortcutsDialog

        menus = [
            (menu.title(), [a for a in menu.actions() if not a.isSeparator()])
            for menu in self.menuBar().findChildren(QMenu)
            if menu.parent() is self.menuBar()
        ]
        self.shortcuts_dialog = ShortcutsDialog(menus, self)
        self.shortcuts_dialog.show()

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About {APP_NAME}").format(APP_NAME=APP_NAME),
            tr(
                "<h3>{APP_NAME} {version__}</h3><p>Keeps every paper, call and deadline of a fight with a "
                "health insurer in one encrypted vault on this computer. Nothing leaves it: no account, no "
                "network.</p><p><b>Not legal advice.</b> Check your plan documents; deadlines cite their "
                "sources.</p>"
            ).format(APP_NAME=APP_NAME, version__=__version__),
        )

    def save_place(self) -> None:
        """Window, case, tab and selected document, for the next unlock or start (ids and sizes only); the
        window's size and place even when the vault is already closed."""
        self.settings.window_geometry = self.saveGeometry()
        if self.session.is_open:
            document = self.documents.current_document()
            self.settings.set_place(
                self.session.vault.path,
                self.case_id,
                self.tabs.currentIndex(),
                document.id if document is not None else None,
            )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_place()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

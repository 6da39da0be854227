"""The main window: people and cases on the left, the selected case on the right.

A view lays out widgets; the ``_on_<sender>_<signal>`` handlers are the controller. Reads go straight to
the vault (local and fast); every write goes through the session's writer thread and comes back as a
``Changes`` that says which parts to refresh.
"""

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder import APP_NAME, __version__
from casebinder.domain.models import Call, Correspondence, Cost, Document, MedicalHistory, Treatment
from casebinder.errors import CasebinderError
from casebinder.infra.files import write_atomically
from casebinder.infra.rulebook import validate_all
from casebinder.infra.sources import Source
from casebinder.ui.dialogs.medical_dialogs import CostDialog, HistoryDialog, TreatmentDialog
from casebinder.ui.dialogs.record_dialogs import (
    CorrespondenceDialog,
    EditDocumentDialog,
    LogCallDialog,
    MilestoneDialog,
    NewCaseDialog,
    PreferencesDialog,
)
from casebinder.ui.icons import app_icon
from casebinder.ui.importing import ImportController
from casebinder.ui.session import VaultSession
from casebinder.ui.settings import Settings
from casebinder.ui.widgets.checklist_page import ChecklistPage
from casebinder.ui.widgets.deadlines_panel import DeadlinesPanel, describe, upcoming
from casebinder.ui.widgets.medical_page import MedicalPage
from casebinder.ui.widgets.preview import MAX_PREVIEW_BYTES, is_paged
from casebinder.ui.widgets.record_pages import CallsPage, CorrespondencePage, DocumentsPage
from casebinder.ui.widgets.timeline_page import TimelinePage
from casebinder.usecases import appeals, medical
from casebinder.usecases import calls as call_service
from casebinder.usecases import cases as case_service
from casebinder.usecases import checklists as checklist_service
from casebinder.usecases import documents as document_service
from casebinder.usecases.appeals import CaseDeadline
from casebinder.usecases.changes import Changes
from casebinder.usecases.search import plain_snippet, search
from casebinder.usecases.timeline import add_note

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    lock_requested = Signal()
    preferences_changed = Signal()
    closed = Signal()  # the person closed the window: the app ends

    def __init__(self, session: VaultSession, settings: Settings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.case_id: int | None = None
        self.setWindowTitle(f"{APP_NAME} — {session.vault.path.stem}")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        self.cases_model = QStandardItemModel(self)
        self.sidebar = QTreeView()
        self.sidebar.setModel(self.cases_model)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setAccessibleName("People and cases")
        self.sidebar.setObjectName("sidebar")
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar_current_changed)

        self.header = QLabel()
        self.header.setObjectName("case_header")
        self.header.setAccessibleName("Case summary")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        self.timeline = TimelinePage()
        self.checklist = ChecklistPage()
        self.documents = DocumentsPage()
        self.calls = CallsPage()
        self.correspondence = CorrespondencePage()
        self.medical_page = MedicalPage()
        for page, label in (
            (self.timeline, "Timeline"),
            (self.checklist, "Checklist"),
            (self.documents, "Documents"),
            (self.calls, "Calls"),
            (self.correspondence, "Correspondence"),
            (self.medical_page, "Medical && costs"),
        ):
            self.tabs.addTab(page, label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs)

        self.results = QTreeWidget()
        self.results.setHeaderLabels(["Search results"])
        self.results.setAccessibleName("Search results")
        self.results.setObjectName("search_results")
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        self.results.hide()
        self.deadlines = DeadlinesPanel()
        self.deadlines.case_requested.connect(self.select_case)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.sidebar)
        left.addWidget(self.results)
        left.addWidget(self.deadlines)
        left.setSizes([300, 0, 260])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([230, 970])
        self.setCentralWidget(splitter)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search everything (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search")
        self.search_box.setObjectName("search_box")
        self.search_box.setMaximumWidth(360)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.search_box.textChanged.connect(
            lambda text: self.results.setVisible(bool(text) and self.results.isVisible())
        )
        self._build_menus()
        self.importer = ImportController(session, self)

        self.documents.buttons["import_documents"].clicked.connect(self.import_dialog)
        self.documents.buttons["edit_document"].clicked.connect(self.edit_document)
        self.documents.buttons["save_copy"].clicked.connect(self.save_copy)
        self.documents.selected.connect(self._on_documents_selected)
        self.documents.activated.connect(lambda _record: self.edit_document())
        self.calls.buttons["log_call"].clicked.connect(self.log_call)
        self.correspondence.buttons["log_correspondence"].clicked.connect(self.log_correspondence)
        self.medical_page.add_requested.connect(self.add_medical_record)
        self.medical_page.edit_requested.connect(self.edit_medical_record)
        self.medical_page.delete_requested.connect(self.delete_medical_record)
        self.timeline.open_document.connect(self.show_document)
        self.checklist.link_requested.connect(self._on_checklist_link_requested)
        self.checklist.mark_requested.connect(self._on_checklist_mark_requested)
        session.changed.connect(self._on_session_changed)
        session.failed.connect(self._on_session_failed)
        self.statusBar().showMessage("Unlocked. Not legal advice: check your plan documents.", 8000)
        geometry = settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        problems = validate_all()  # the rule and checklist data, checked once per start
        if problems:
            QMessageBox.warning(
                self,
                APP_NAME,
                "The appeal rules data has problems; deadlines may be "
                "incomplete:\n" + "\n".join(problems[:10]),
            )
        self.refresh_cases()
        self.deadlines.reload(session.vault)

    # --- menus ---------------------------------------------------------------------------------------
    def _action(
        self,
        menu: object,
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
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = self._action(file_menu, "&Import documents…", self.import_dialog, "Ctrl+I")
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, "&Lock now", self.lock_requested.emit, "Ctrl+L")
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, QAction.MenuRole.QuitRole)
        edit_menu = bar.addMenu("&Edit")
        self.paste_action = self._action(
            edit_menu, "&Paste as document", self.paste, QKeySequence.StandardKey.Paste
        )
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            "P&references…",
            self.preferences,
            QKeySequence.StandardKey.Preferences,
            QAction.MenuRole.PreferencesRole,
        )
        self.find_action = self._action(edit_menu, "&Find…", self.focus_search, QKeySequence.StandardKey.Find)
        case_menu = bar.addMenu("&Case")
        self._action(case_menu, "&New case…", self.new_case, QKeySequence.StandardKey.New)
        self.log_call_action = self._action(case_menu, "Log a &call…", self.log_call, "Ctrl+Shift+L")
        self._action(case_menu, "Log a &letter…", self.log_correspondence)
        self._action(case_menu, "Add a &note…", self.add_note)
        case_menu.addSeparator()
        self._action(
            case_menu, "Record a &milestone (denial, appeal, decision)…", self.record_milestone, "Ctrl+M"
        )
        self._action(case_menu, "Export &deadlines to a calendar (.ics)…", self.export_deadlines)
        self.export_action = self._action(case_menu, "Export a &packet (PDF)…", self.export_packet, "Ctrl+E")
        self._action(case_menu, "Check the denial &letter…", self.check_denial_letter)
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, f"&About {APP_NAME}", self.about, role=QAction.MenuRole.AboutRole)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.log_call_action)
        toolbar.addAction(self.lock_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_box)

    # --- loading ---------------------------------------------------------------------------------------
    def refresh_cases(self) -> None:
        summaries = case_service.list_cases(self.session.vault)
        people = case_service.list_people(self.session.vault)
        self.cases_model.clear()
        first_case: QStandardItem | None = None
        wanted: QStandardItem | None = None
        by_person: dict[int, QStandardItem] = {}
        for person in people:
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
            case_item.setToolTip(f"{summary.documents} documents, {summary.calls} calls")
            by_person[summary.person.id or 0].appendRow(case_item)
            first_case = first_case or case_item
            if summary.case.id == self.case_id:
                wanted = case_item
        self.sidebar.expandAll()
        target = wanted or first_case
        if target is not None:
            self.sidebar.setCurrentIndex(target.index())
        else:
            self.show_case(None)

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
        vault = self.session.vault
        if case_id is None:
            self.header.setText("<h3>No case yet</h3>Create one with Case ▸ New case (Ctrl+N).")
            for page in (self.documents, self.calls, self.correspondence):
                page.set_records([])
            self.medical_page.clear()
            self.timeline.clear()
            return
        self._refresh_header()
        self._refresh_checklist()
        self.timeline.show_case(vault, case_id)
        self._refresh_records(
            Changes(case_id=case_id, document=True, call=True, correspondence=True, medical=True)
        )

    def _refresh_header(self) -> None:
        if self.case_id is None:
            return
        with self.session.vault.session() as s:
            case = case_service.get_case(s, self.case_id)
        soon = upcoming(self.session.vault, self.case_id)
        next_entry = soon[0] if soon else None
        if isinstance(next_entry, CaseDeadline):
            days = next_entry.deadline.days_left(dt.date.today())
            flag = " — OVERDUE" if next_entry.deadline.status == "overdue" else f" ({days} days)"
            upcoming_text = f"{next_entry.deadline.due:%Y-%m-%d}{flag}<br>{next_entry.deadline.rule.label}"
            self.header.setToolTip(describe(next_entry))
        elif next_entry is not None:
            upcoming_text = f"{next_entry.day:%Y-%m-%d}<br>{next_entry.title}"
            self.header.setToolTip("From your call log.")
        else:
            upcoming_text = "none yet"
            self.header.setToolTip(
                "Record a milestone (Case ▸ Record a milestone) to see the deadlines it sets."
            )

        def cell(label: str, value: str) -> str:
            return f"<td style='padding-right:18px'><small>{label}</small><br><b>{value or '—'}</b></td>"

        escape = lambda text: text.replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
        self.header.setText(
            f"<h2 style='margin:0'>{escape(case.title)}</h2><table><tr>"
            + cell("Procedure", escape(case.procedure))
            + cell("Insurer", escape(case.insurer))
            + cell("Plan type", case.plan_type.label)
            + cell("Member ID", escape(case.member_id))
            + cell("Stage", appeals.stage_label(case.plan_type.value, case.stage))
            + cell("Next deadline", upcoming_text)
            + "</tr></table>"
        )

    def _refresh_checklist(self) -> None:
        if self.case_id is None:
            self.checklist.clear()
            return
        vault = self.session.vault
        with vault.session() as s:
            case = case_service.get_case(s, self.case_id)
        stages = checklist_service.checklists(vault, self.case_id)
        titles = {d.id or 0: d.title for d in document_service.list_documents(vault, self.case_id)}
        labels = {st.stage: appeals.stage_label(case.plan_type.value, st.stage) for st in stages}
        self.checklist.show_checklists(stages, titles, labels, case.stage)

    def _on_checklist_link_requested(self, stage: str, item_id: str, document_id: int) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.session.write(
            lambda vault: checklist_service.link_document(vault, case_id, stage, item_id, document_id),
            lambda changes: changes,
        )

    def _on_checklist_mark_requested(self, stage: str, item_id: str, status: str) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.session.write(
            lambda vault: checklist_service.mark_item(vault, case_id, stage, item_id, status),
            lambda changes: changes,
        )

    def _refresh_records(self, changes: Changes) -> None:
        if self.case_id is None:
            return
        vault = self.session.vault
        if changes.document:
            current = self.documents.current_document()
            self.documents.set_records(document_service.list_documents(vault, self.case_id))
            if current is not None:
                self.documents.select_where(lambda d: d is not None and d.id == current.id)
        if changes.call:
            self.calls.set_records(call_service.list_calls(vault, self.case_id))
        if changes.correspondence:
            self.correspondence.set_records(call_service.list_correspondence(vault, self.case_id))
        if changes.medical or changes.document:  # costs name their receipts
            self.medical_page.set_records(
                medical.list_history(vault, self.case_id),
                medical.list_treatments(vault, self.case_id),
                medical.list_costs(vault, self.case_id),
                document_service.list_documents(vault, self.case_id),
            )

    def _on_session_changed(self, changes: Changes) -> None:
        if not self.session.is_open:
            return
        self.deadlines.reload(self.session.vault)
        if changes.person or (changes.case and changes.case_id != self.case_id):
            if changes.case_id is not None:
                self.case_id = changes.case_id
            self.refresh_cases()
            return
        if changes.case or changes.document:
            self._refresh_checklist()
            self._refresh_header()
        if changes.case_id not in (None, self.case_id):
            return
        self._refresh_records(changes)
        if changes.timeline or changes.call or changes.document or changes.correspondence:
            self.timeline.reload()
            self._refresh_header()

    def _on_session_failed(self, error: BaseException) -> None:
        if isinstance(
            error, CasebinderError
        ):  # anything else is a bug: the lane raises it to the crash dialog
            QMessageBox.warning(self, f"{APP_NAME}", str(error))

    # --- documents ------------------------------------------------------------------------------------
    def _on_documents_selected(self, document: Document | None) -> None:
        """Previews read the bytes off the GUI thread; PDFs and images are drawn by a worker process."""
        preview = self.documents.preview
        if document is None or document.id is None:
            preview.clear()
            return
        if document.size > MAX_PREVIEW_BYTES:
            preview.show_message("Too large to preview here. Use “Save a copy as…”.")
            return
        vault, document_id, media_type = self.session.vault, document.id, document.media_type
        if is_paged(media_type):
            name = document.filename or document.title
            read = lambda: document_service.read_bytes(vault, document_id)  # noqa: E731 (on the preview lane)
            preview.show_pages(self.session.previews, name, document.sha256, media_type, read)
        elif media_type in ("text/plain", "message/rfc822"):
            ticket = preview.expect()
            self.session.read(
                lambda v: document_service.read_bytes(v, document_id),
                lambda data: preview.show_text(data, media_type, ticket),
                key="preview-text",
            )
        else:
            preview.show_message(
                document.notes
                or "No preview for this kind of file. Use “Save a copy as…” to open it elsewhere."
            )

    def show_document(self, document_id: int) -> None:
        self.tabs.setCurrentWidget(self.documents)
        self.documents.select_where(lambda d: d is not None and d.id == document_id)

    def import_dialog(self) -> None:
        if self.case_id is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, "Import documents")
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, items: list[Path] | list[Source] | list[Path | Source]) -> None:
        if self.case_id is None:
            QMessageBox.information(self, APP_NAME, "Create or select a case first.")
            return
        self.importer.start(self.case_id, list(items))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.case_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def paste(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            focus.paste()
            return
        items = self.sources_from_mime(QApplication.clipboard().mimeData())
        if items:
            self.import_paths(items)

    @staticmethod
    def sources_from_mime(mime: QMimeData) -> list[Path | Source]:
        """Files copied in a file manager, or an image or text copied from another app."""
        if mime.hasUrls():
            return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M")
        if mime.hasImage():
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            mime.imageData().save(buffer, "PNG")
            return [Source(name=f"Pasted image {stamp}.png", data=bytes(data.data()))]
        if mime.hasText() and mime.text().strip():
            return [Source(name=f"Pasted text {stamp}.txt", data=mime.text().encode("utf-8"))]
        return []

    def edit_document(self) -> None:
        document = self.documents.current_document()
        if document is None or document.id is None:
            return
        cases = [
            (s.case.id or 0, f"{s.person.name}: {s.case.title}")
            for s in case_service.list_cases(self.session.vault)
        ]
        dialog = EditDocumentDialog(document, cases, self)
        document_id = document.id

        def save() -> None:
            values = dialog.values()
            self.session.write(
                lambda vault: document_service.update_document(
                    vault,
                    document_id,
                    title=str(values["title"]),
                    kind=values["kind"],  # type: ignore[arg-type]
                    date=values["date"],  # type: ignore[arg-type]
                    case_id=values["case_id"],  # type: ignore[arg-type]
                ),
                lambda changes: changes,
            )

        dialog.accepted.connect(save)
        dialog.open()

    def save_copy(self) -> None:
        document = self.documents.current_document()
        if document is None or document.id is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, "Save a copy as", document.filename or document.title)
        if name:
            document_service.save_copy(self.session.vault, document.id, Path(name))
            self.statusBar().showMessage(f"Saved a copy to {name}", 6000)

    # --- calls, letters, notes, cases ------------------------------------------------------------------
    def log_call(self) -> None:
        if self.case_id is None:
            return
        dialog = LogCallDialog(self)
        case_id = self.case_id

        def save() -> None:
            fields = dialog.fields()  # widgets are read here, on the GUI thread, not by the writer
            self.session.write(
                lambda vault: call_service.add_call(vault, case_id, fields),
                Changes(case_id=case_id, call=True, timeline=True),
                lambda _call: self.statusBar().showMessage("Call logged.", 4000),
            )

        dialog.accepted.connect(save)
        dialog.open()
        self.log_call_dialog = dialog

    def log_correspondence(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog = CorrespondenceDialog(document_service.list_documents(self.session.vault, case_id), self)

        def save() -> None:
            fields, linked = dialog.fields()
            self.session.write(
                lambda vault: call_service.add_correspondence(vault, case_id, fields, linked),
                Changes(case_id=case_id, correspondence=True, timeline=True),
            )

        dialog.accepted.connect(save)
        dialog.open()

    # --- medical history, treatments tried, costs ---------------------------------------------------------
    def add_medical_record(self, kind: str) -> None:
        self._open_medical_dialog(medical.KINDS[kind], None)

    def edit_medical_record(self, record: MedicalHistory | Treatment | Cost) -> None:
        self._open_medical_dialog(type(record), record)

    def _open_medical_dialog(self, table: type, record: Any) -> None:
        """The dialog for ``table``'s records: empty to add one, filled from ``record`` to edit it."""
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog: HistoryDialog | TreatmentDialog | CostDialog
        if table is MedicalHistory:
            dialog = HistoryDialog(record, self)
        elif table is Treatment:
            dialog = TreatmentDialog(record, self)
        else:
            dialog = CostDialog(document_service.list_documents(self.session.vault, case_id), record, self)

        def save() -> None:
            fields = dialog.fields()  # widgets are read here, on the GUI thread, not by the writer
            self.session.write(
                lambda vault: (
                    medical.add(vault, case_id, fields)
                    if record is None
                    else medical.update(vault, record.id, fields)
                ),
                Changes(case_id=case_id, medical=True),
            )

        dialog.accepted.connect(save)
        dialog.open()
        self.medical_dialog = dialog

    def delete_medical_record(self, record: MedicalHistory | Treatment | Cost) -> None:
        if self.case_id is None or record.id is None:
            return
        name = (
            getattr(record, "condition", None)
            or getattr(record, "name", None)
            or getattr(record, "description", "")
        )
        answer = QMessageBox.question(self, APP_NAME, f"Delete “{name}”? This cannot be undone.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        case_id, record_id, table = self.case_id, record.id, type(record)
        self.session.write(
            lambda vault: medical.delete(vault, table, record_id), Changes(case_id=case_id, medical=True)
        )

    def add_note(self) -> None:
        if self.case_id is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, f"{APP_NAME} — Add a note", "Note")
        if ok and text.strip():
            case_id = self.case_id
            first, _, rest = text.strip().partition("\n")
            self.session.write(
                lambda vault: add_note(vault, case_id, dt.datetime.now().replace(microsecond=0), first, rest),
                Changes(case_id=case_id, timeline=True),
            )

    def new_case(self) -> None:
        dialog = NewCaseDialog([p.name for p in case_service.list_people(self.session.vault)], self)

        def save() -> None:
            person, fields = dialog.values()
            self.session.write(
                lambda vault: case_service.add_case(vault, person, fields),
                lambda case: Changes(case_id=case.id, person=True, case=True),
            )

        dialog.accepted.connect(save)
        dialog.open()

    def record_milestone(self) -> None:
        if self.case_id is None:
            return
        dialog = MilestoneDialog(self)
        case_id = self.case_id

        def save() -> None:
            fields = dialog.fields()
            self.session.write(
                lambda vault: appeals.add_milestone(vault, case_id, fields), lambda changes: changes
            )

        dialog.accepted.connect(save)
        dialog.open()
        self.milestone_dialog = dialog

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings.auto_lock_minutes, self.settings.remind_days, self)

        def save() -> None:
            self.settings.auto_lock_minutes = dialog.auto_lock.value()
            self.settings.remind_days = dialog.remind.value()
            self.settings.sync()
            self.preferences_changed.emit()

        dialog.accepted.connect(save)
        dialog.open()
        self.preferences_dialog = dialog

    def check_denial_letter(self) -> None:
        from casebinder.ui.dialogs.record_dialogs import DenialCheckDialog

        if self.case_id is None:
            return
        case_id = self.case_id
        dialog = DenialCheckDialog(appeals.denial_notice_check(self.session.vault, case_id), self)

        def save() -> None:
            present = dialog.present()  # read on the GUI thread, not by the writer
            self.session.write(
                lambda vault: appeals.denial_notice_check(vault, case_id, present),
                Changes(case_id=case_id, case=True),
            )

        dialog.accepted.connect(save)
        dialog.open()
        self.denial_dialog = dialog

    def export_packet(self) -> None:
        from casebinder.infra.paths import data_dir
        from casebinder.ui.dialogs.export_dialog import ExportDialog
        from casebinder.usecases.packet import select_documents

        if self.case_id is None:
            return
        vault = self.session.vault
        with vault.session() as s:
            case = case_service.get_case(s, self.case_id)
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in case.title).strip() or "packet"
        default = (
            Path.home() / f"{name} - appeal packet.pdf" if Path.home().exists() else data_dir() / "packet.pdf"
        )
        dialog = ExportDialog(
            self.session,
            self.case_id,
            select_documents(vault, self.case_id),
            str(default),
            self.settings.paper,
            self,
        )
        dialog.open()
        self.export_dialog = dialog

    def export_deadlines(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export deadlines", "Casebinder deadlines.ics", "Calendar (*.ics)"
        )
        if not name:
            return
        vault = self.session.vault
        text = appeals.to_ics(
            appeals.case_deadlines(vault), appeals.follow_ups(vault), self.settings.remind_days
        )
        write_atomically(Path(name), lambda handle: handle.write(text.encode("utf-8")))
        self.statusBar().showMessage(f"Deadlines written to {name}", 6000)

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
        what = first.deadline.rule.label if isinstance(first, CaseDeadline) else first.title
        self.tray.showMessage(
            f"{APP_NAME}: {len(soon)} due within {self.settings.remind_days} days",
            f"{what} — {first.case_title}",
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    # --- search -----------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_search_box_return_pressed(self) -> None:
        self.run_search(self.search_box.text())

    def run_search(self, query: str) -> None:
        self.results.clear()
        if not query.strip():
            self.results.hide()
            return
        try:
            hits = search(self.session.vault, query)
        except CasebinderError as error:
            self.statusBar().showMessage(str(error), 5000)
            return
        groups: dict[int, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.case_id)
            if group is None:
                group = QTreeWidgetItem([hit.case_title])
                group.setData(0, CASE_ROLE, hit.case_id)
                self.results.addTopLevelItem(group)
                groups[hit.case_id] = group
            item = QTreeWidgetItem([f"{hit.kind.capitalize()}: {hit.title}"])
            item.setToolTip(0, plain_snippet(hit.snippet, "«", "»"))
            item.setData(0, CASE_ROLE, hit.case_id)
            item.setData(0, CASE_ROLE + 1, (hit.kind, hit.id))
            group.addChild(item)
        if not hits:
            self.results.addTopLevelItem(QTreeWidgetItem(["No matches"]))
        self.results.expandAll()
        self.results.show()

    def _on_results_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id is None:
            return
        self.select_case(int(case_id))
        target = item.data(0, CASE_ROLE + 1)
        if not target:
            return
        kind, record_id = target
        if kind == "document":
            self.show_document(record_id)
        elif kind == "call":
            self.tabs.setCurrentWidget(self.calls)
            self.calls.select_where(lambda c: isinstance(c, Call) and c.id == record_id)
        elif kind == "correspondence":
            self.tabs.setCurrentWidget(self.correspondence)
            self.correspondence.select_where(lambda m: isinstance(m, Correspondence) and m.id == record_id)
        else:
            self.tabs.setCurrentWidget(self.timeline)

    # --- lifecycle ---------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything shown (on lock): models, previews, search results."""
        self.cases_model.clear()
        self.timeline.clear()
        for page in (self.documents, self.calls, self.correspondence):
            page.set_records([])
        self.medical_page.clear()
        self.documents.preview.clear()
        self.results.clear()
        self.search_box.clear()
        self.deadlines.clear()
        self.checklist.clear()
        self.header.clear()
        self.header.setToolTip("")
        self.case_id = None

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>Keeps every paper, call and deadline of a fight with a health "
            "insurer in one encrypted vault on this computer. Nothing leaves it: no account, no network.</p>"
            "<p><b>Not legal advice.</b> Check your plan documents; deadlines cite their sources.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

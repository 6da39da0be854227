"""The appeal: milestones (and the deadlines they set), the checklist, the denial letter's check, the packet
and the calendar of deadlines."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.manage_dialogs import MilestonesDialog
from casebinder.ui.dialogs.record_dialogs import DenialCheckDialog, MilestoneDialog
from casebinder.ui.i18n import tr
from casebinder.usecases import appeals, calendar, checklists, denial_notice
from casebinder.usecases.records import get_case


class AppealActions(Area):
    # --- milestones ---------------------------------------------------------------------------------------
    @uses("event.add")
    def record_milestone(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog = MilestoneDialog(self.window)

        def save() -> None:
            fields = dialog.fields()
            self.save_from(dialog, lambda vault: appeals.add_milestone(vault, case_id, fields))

        self.open_form(dialog, save)

    @uses("event.list", "event.delete")
    def manage_milestones(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        dialog = MilestonesDialog(appeals.list_milestones(self.session.vault, case_id), self.window)

        def delete(milestone_id: int) -> None:
            if not self.confirm(tr("Delete this milestone and the deadlines it set?")):
                return

            def done(changes: object) -> None:
                dialog.show_milestones(appeals.list_milestones(self.session.vault, case_id))

            self.session.write(
                lambda vault: appeals.delete_milestone(vault, milestone_id), self.deleted, done
            )

        dialog.delete_requested.connect(delete)
        dialog.open()
        self.dialog = dialog

    # --- checklist ----------------------------------------------------------------------------------------
    @uses("checklist.link")
    def link(self, stage: str, item_id: str, document_id: int) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.session.write(
            lambda vault: checklists.link_document(vault, case_id, stage, item_id, document_id),
        )

    @uses("checklist.unlink")
    def unlink(self, stage: str, item_id: str, document_id: int) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.session.write(
            lambda vault: checklists.unlink_document(vault, case_id, stage, item_id, document_id),
        )

    @uses("checklist.mark", "checklist.show")
    def mark(self, stage: str, item_id: str, status: str) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.session.write(
            lambda vault: checklists.mark_item(vault, case_id, stage, item_id, status),
        )

    # --- the denial letter --------------------------------------------------------------------------------
    @uses("denial.check", "denial.rules", "denial.record")
    def check_denial_letter(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        rules = denial_notice.denial_notice_rules(self.session.vault, case_id)
        dialog = DenialCheckDialog(
            denial_notice.denial_notice(self.session.vault, case_id),
            self.window,
            rules.rules,
            rules.next_step,
        )

        def save() -> None:
            present = dialog.present()  # read on the GUI thread, not by the writer
            self.save_from(
                dialog,
                lambda vault: denial_notice.record_denial_notice(vault, case_id, present),
            )

        self.open_form(dialog, save)

    # --- out of the vault: the packet and the calendar ----------------------------------------------
    @uses("export.documents", "export.packet")
    def export_packet(self) -> None:
        from casebinder.infra.paths import data_dir
        from casebinder.ui.dialogs.export_dialog import ExportDialog
        from casebinder.usecases.packet import select_documents

        if self.case_id is None:
            return
        vault = self.session.vault
        with vault.session() as session:
            case = get_case(session, self.case_id)
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in case.title).strip() or "packet"
        home = Path.home()
        default = (
            home / tr("{name} - appeal packet.pdf").format(name=name)
            if home.exists()
            else data_dir() / "packet.pdf"
        )
        dialog = ExportDialog(
            self.session,
            self.case_id,
            select_documents(vault, self.case_id),
            str(default),
            self.window.settings.paper,
            self.window,
        )
        dialog.open()
        self.dialog = dialog

    @uses("deadlines.calendar", "deadlines.list", "followups.list")
    def export_calendar(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export deadlines"), tr("Casebinder deadlines.ics"), tr("Calendar (*.ics)")
        )
        if not name:
            return
        out, remind = Path(name), self.window.settings.remind_days
        self.session.read(
            lambda vault: calendar.export_calendar(vault, out, None, remind),
            lambda _counts: self.window.statusBar().showMessage(
                tr("Deadlines written to {name}").format(name=name), 6000
            ),
        )

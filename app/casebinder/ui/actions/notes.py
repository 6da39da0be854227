"""Notes on the timeline: add, delete."""

import datetime as dt

from PySide6.QtWidgets import QInputDialog

from casebinder import APP_NAME
from casebinder.domain.enums import EventKind
from casebinder.ui.actions import Area, uses
from casebinder.ui.i18n import tr
from casebinder.usecases import notes


class NoteActions(Area):
    @uses("note.add")
    def add(self) -> None:
        if self.case_id is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window, tr("{APP_NAME} — Add a note").format(APP_NAME=APP_NAME), tr("Note")
        )
        if ok and text.strip():
            case_id = self.case_id
            first, _, rest = text.strip().partition("\n")
            at = dt.datetime.now().replace(second=0, microsecond=0)
            self.session.write(lambda vault: notes.add_note(vault, case_id, at, first, rest))

    @uses("note.delete")
    def delete_selected(self) -> None:
        """Delete the note selected on the timeline (other lines belong to their records)."""
        event = self.window.timeline.current_event()
        if event is None or event.kind is not EventKind.NOTE:
            self.window.statusBar().showMessage(tr("Select a note on the timeline to delete it."), 5000)
            return
        if not self.confirm(tr("Delete the note “{title}”?").format(title=event.title)):
            return
        note_id = event.id
        self.session.write(lambda vault: notes.delete_note(vault, note_id), self.deleted)

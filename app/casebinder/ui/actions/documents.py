"""Documents: import (button, drop, paste), preview, details, text, save a copy, delete."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from casebinder import APP_NAME
from casebinder.domain.models import Document, RedactionMark
from casebinder.infra.sources import Source
from casebinder.ui.actions import Area, uses
from casebinder.ui.dialogs.manage_dialogs import TextDialog
from casebinder.ui.dialogs.record_dialogs import EditDocumentDialog
from casebinder.ui.i18n import tr
from casebinder.ui.widgets.preview import MAX_PREVIEW_BYTES, is_paged
from casebinder.usecases import cases, documents, redactions
from casebinder.usecases.changes import Changes
from casebinder.vault import Vault


class DocumentActions(Area):
    def current(self) -> Document | None:
        document = self.window.documents.current_document()
        return document if document is not None and document.id is not None else None

    # --- import ---------------------------------------------------------------------------------------
    @uses("doc.add")
    def import_dialog(self) -> None:
        if self.case_id is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self.window, tr("Import documents"))
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, items: list[Path] | list[Source] | list[Path | Source]) -> None:
        if self.case_id is None:
            QMessageBox.information(self.window, APP_NAME, tr("Create or select a case first."))
            return
        self.window.importer.start(self.case_id, list(items))

    def paste(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            focus.paste()
            return
        items = sources_from_mime(QApplication.clipboard().mimeData())
        if items:
            self.import_paths(items)

    # --- looking at one ---------------------------------------------------------------------------------
    @uses("doc.read", "doc.list")
    def preview(self, document: Document | None) -> None:
        """Previews read the bytes off the GUI thread; PDFs and images are drawn by a worker process."""
        preview = self.window.documents.preview
        if document is None or document.id is None:
            preview.clear()
            return
        if document.size > MAX_PREVIEW_BYTES:
            preview.show_message(tr("Too large to preview here. Use “Save a copy as…”."))
            return
        vault, document_id, media_type = self.session.vault, document.id, document.media_type
        if is_paged(media_type):
            name = document.filename or document.title
            read = lambda: documents.read_bytes(vault, document_id)  # noqa: E731 (on the preview lane)
            preview.show_pages(self.session.previews, name, document.sha256, media_type, read)
            self.load_redactions(document_id)
        elif media_type in ("text/plain", "message/rfc822"):
            ticket = preview.expect()
            self.session.read(
                lambda v: documents.read_bytes(v, document_id),
                lambda data: preview.show_text(data, media_type, ticket),
                key="preview-text",
            )
        else:
            preview.show_message(
                document.notes
                or tr("No preview for this kind of file. Use “Save a copy as…” to open it elsewhere.")
            )

    # --- redaction boxes ------------------------------------------------------------------------------
    @uses("redaction.list")
    def load_redactions(self, document_id: int) -> None:
        """The boxes drawn on the document shown, onto its page view."""
        case_id = self.case_id
        if case_id is None:
            return

        def show(marks: list[RedactionMark]) -> None:
            current = self.current()
            if current is None or current.id != document_id:
                return  # another document was selected meanwhile
            pages: dict[int, list[tuple[float, float, float, float]]] = {}
            for mark in marks:
                pages.setdefault(mark.page - 1, []).append((mark.left, mark.top, mark.right, mark.bottom))
            self.window.documents.preview.set_marks(pages)

        self.session.read(lambda vault: redactions.list_marks(vault, case_id, document_id), show)

    @uses("redaction.add")
    def add_redaction(self, page: int, box: tuple[float, float, float, float]) -> None:
        """A box dragged on the page view: kept in the vault, burnt into packets that ask for it."""
        document = self.current()
        if document is None or document.id is None:
            return
        document_id = document.id
        fields = redactions.MarkFields(page + 1, *box)
        self.session.write(
            lambda vault: redactions.add_mark(vault, document_id, fields),
            on_done=lambda _changes: self.load_redactions(document_id),
        )

    @uses("redaction.delete", "redaction.list")
    def clear_redactions(self, page: int) -> None:
        """Remove the boxes on one page (each can be undone)."""
        document, case_id = self.current(), self.case_id
        if document is None or document.id is None or case_id is None:
            return
        document_id = document.id

        def clear(vault: "Vault") -> Changes:
            changes = Changes(case_id=case_id)
            for mark in redactions.list_marks(vault, case_id, document_id):
                if mark.page == page + 1 and mark.id is not None:
                    changes = changes | redactions.delete_mark(vault, mark.id)
            return changes

        self.session.write(clear, self.deleted, on_done=lambda _changes: self.load_redactions(document_id))

    @uses("doc.edit", "doc.thumbnail", "case.list")
    def edit(self) -> None:
        document = self.current()
        if document is None or document.id is None:
            return
        choices = [
            (s.case.id or 0, f"{s.person.name}: {s.case.title}") for s in cases.list_cases(self.session.vault)
        ]
        picture = documents.thumbnail(self.session.vault, document.id)
        dialog = EditDocumentDialog(document, choices, self.window, picture)
        document_id = document.id

        def save() -> None:
            values = dialog.values()  # read here, on the GUI thread
            self.save_from(
                dialog,
                lambda vault: documents.update_document(
                    vault,
                    document_id,
                    title=values.title,
                    kind=values.kind,
                    date=values.date,
                    undated=values.date is None,
                    case_id=values.case_id,
                ),
            )

        self.open_form(dialog, save)

    @uses("doc.text")
    def show_text(self) -> None:
        document = self.current()
        if document is None or document.id is None:
            return
        title = document.title

        def show(found: tuple[str, str]) -> None:
            self.dialog = TextDialog(title, found[0], found[1], self.window)
            self.dialog.open()

        document_id = document.id
        self.session.read(lambda vault: documents.extracted_text(vault, document_id), show)

    @uses("doc.get")
    def save_copy(self) -> None:
        document = self.current()
        if document is None or document.id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save a copy as"), document.filename or document.title
        )
        if not name:
            return
        document_id, out = document.id, Path(name)
        self.window.statusBar().showMessage(tr("Saving a copy to {name}…").format(name=name))
        self.session.read(  # up to 200 MB: off the GUI thread
            lambda vault: documents.save_copy(vault, document_id, out),
            lambda written: self.window.statusBar().showMessage(
                tr("Saved a copy to {written}").format(written=written), 6000
            ),
        )

    @uses("doc.delete")
    def delete(self) -> None:
        document = self.current()
        if document is None or document.id is None:
            return
        detail = tr(
            "Its timeline line and checklist links go with it; costs keep their line without the receipt. "
            "You can undo this until you lock the vault or delete something else."
        )
        if not self.confirm(tr("Delete the document “{title}”?").format(title=document.title), detail):
            return
        document_id = document.id
        self.session.write(lambda vault: documents.delete_document(vault, document_id), self.deleted)


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
        return [Source(name=tr("Pasted image {stamp}.png").format(stamp=stamp), data=bytes(data.data()))]
    if mime.hasText() and mime.text().strip():
        return [
            Source(name=tr("Pasted text {stamp}.txt").format(stamp=stamp), data=mime.text().encode("utf-8"))
        ]
    return []

"""The paged tables of a case's documents, calls and letters: what each reads (see
:mod:`casebinder.ui.models.paged`), with the labels its filter and sort read in the app's language."""

from typing import Any

from casebinder.domain.enums import CorrespondenceMethod, Direction, DocumentKind
from casebinder.domain.models import Call, Correspondence, Document
from casebinder.ui.i18n import label_of, tr
from casebinder.ui.models.paged import PagedTableModel, Pager
from casebinder.ui.models.records import CALL_COLUMNS, CORRESPONDENCE_COLUMNS, DOCUMENT_COLUMNS
from casebinder.ui.operations import uses
from casebinder.usecases import document_pages, log_pages
from casebinder.vault import Vault


def _document_index(
    vault: Vault, case_id: int, order: str, descending: bool, text: str, labels: dict[str, Any]
) -> list[int]:
    return document_pages.document_index(vault, case_id, order, descending, text, labels["kind"])


def _document_labels() -> dict[str, Any]:
    return {"kind": {kind: label_of(kind) for kind in DocumentKind}}


def _letter_labels() -> dict[str, Any]:
    return {
        "direction": {Direction.OUTBOUND: tr("Sent"), Direction.INBOUND: tr("Received")},
        "method": {method: label_of(method) for method in CorrespondenceMethod},
    }


class DocumentTableModel(PagedTableModel[Document]):
    @uses("doc.index", "doc.rows")
    def __init__(self, mime_type: str, parent: Any = None) -> None:
        """``mime_type``: what a dragged row carries (its document's id), for the checklist to take."""
        pager = Pager(_document_index, document_pages.documents_by_id, _document_labels)
        super().__init__(DOCUMENT_COLUMNS, pager, parent, mime_type)

    def document_at(self, row: int) -> Document | None:
        return self.record_at(row)


class CallTableModel(PagedTableModel[Call]):
    @uses("call.index", "call.rows")
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CALL_COLUMNS, Pager(log_pages.call_index, log_pages.calls_by_id), parent)


class CorrespondenceTableModel(PagedTableModel[Correspondence]):
    @uses("correspondence.index", "correspondence.rows")
    def __init__(self, parent: Any = None) -> None:
        pager = Pager(log_pages.correspondence_index, log_pages.correspondence_by_id, _letter_labels)
        super().__init__(CORRESPONDENCE_COLUMNS, pager, parent)

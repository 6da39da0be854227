"""The Documents table of a large case: ids from SQL, rows read a block at a time, sort and filter in SQL."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from casebinder.domain.enums import DocumentKind
from casebinder.infra.sources import Source
from casebinder.ui.app import AppController
from casebinder.ui.main_window import MainWindow
from casebinder.ui.models.paged import BLOCK
from casebinder.ui.widgets.checklist_page import DOCUMENT_MIME
from casebinder.usecases.document_pages import document_index, document_labels
from casebinder.usecases.documents import update_document
from casebinder.usecases.importing import import_files
from casebinder.vault import Vault
from tests.conftest import VaultTemplate
from tests.helpers import new_case

DOCUMENTS = BLOCK + 60  # more than one block: paging must show


@pytest.fixture(scope="module")
def large_case(tmp_path_factory: pytest.TempPathFactory, vault_template: VaultTemplate) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("large") / "large.casebinder"
    path.write_bytes(vault_template.path.read_bytes())
    with Vault.open(path, key=vault_template.key) as vault:
        case_id = new_case(vault)
        sources = [
            Source(name=f"note {n:03}.txt", data=f"note {n}\n".encode() * (n + 1)) for n in range(DOCUMENTS)
        ]
        assert {s.outcome.status for s in import_files(vault, case_id, sources)} == {"imported"}
        ids = document_index(vault, case_id, "title")
        update_document(vault, ids[7], kind=DocumentKind.DENIAL, date=dt.date(2024, 3, 5))
        update_document(vault, ids[8], kind=DocumentKind.DENIAL, date=dt.date(2023, 1, 2))
    return path, case_id


@pytest.fixture
def big_window(
    qtbot: QtBot, controller: AppController, large_case: tuple[Path, int], vault_template: VaultTemplate
) -> MainWindow:
    path, case_id = large_case
    controller.show_main(Vault.open(path, key=vault_template.key))
    window = controller.window
    assert window is not None
    window.show_case(case_id)
    window.tabs.setCurrentWidget(window.documents)
    return window


def test_only_the_rows_painted_are_read(big_window: MainWindow) -> None:
    model = big_window.documents.model
    assert model.rowCount() == DOCUMENTS
    assert model.blocks_loaded <= 1, "one block for the first screen, not every document"
    last = model.index(DOCUMENTS - 1, 0)
    assert model.data(last) == f"Note {DOCUMENTS - 1:03}"
    assert model.blocks_loaded == 2


def test_sort_and_filter_in_sql_keep_the_selection(big_window: MainWindow) -> None:
    page, model = big_window.documents, big_window.documents.model
    assert page.select_document(model.document_at(5).id)
    chosen = page.current_document()
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by size: the largest first
    assert model.data(model.index(0, 0)) == f"Note {DOCUMENTS - 1:03}"
    assert page.current_document().id == chosen.id, "the selection follows its document"
    page.filter.setText("note 01")
    assert {model.data(model.index(r, 0)) for r in range(model.rowCount())} == {
        f"Note 01{n}" for n in range(10)
    }
    page.filter.setText("2024")  # a date's year
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Note 007"]
    page.filter.setText("denial")  # the kind, as the table names it
    assert model.rowCount() == 2
    page.filter.clear()
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by date: undated last
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Note 008", "Note 007"]
    drag = model.mimeData([model.index(0, 0)])
    assert isinstance(drag, QMimeData)
    assert drag.hasFormat(DOCUMENT_MIME)


def test_the_checklist_shelf_lists_every_document_lazily(big_window: MainWindow) -> None:
    shelf = big_window.checklist.shelf
    assert shelf.count() == DOCUMENTS
    big_window.checklist.find_document.setText("note 25")
    matching = [n for n in range(DOCUMENTS) if "25" in f"{n:03}"]  # each word anywhere: 025, 125, 250...
    assert len(shelf.documents.shown_ids()) == len(matching)
    assert shelf.chosen() in shelf.documents.shown_ids(), "the first match is chosen, for Enter to link"


def test_labels_and_ids_agree(large_case: tuple[Path, int], vault_template: VaultTemplate) -> None:
    path, case_id = large_case
    with Vault.open(path, key=vault_template.key) as vault:
        labels = document_labels(vault, case_id)
        assert len(labels) == DOCUMENTS
        assert [label.date for label in labels[:2]] == [dt.date(2023, 1, 2), dt.date(2024, 3, 5)]
        by_kind = document_index(vault, case_id, "kind", kind_labels={DocumentKind.DENIAL: "zzz"})
        assert {label.id for label in labels if label.kind is DocumentKind.DENIAL} == set(by_kind[-2:]), (
            "sorted by the label the person reads"
        )

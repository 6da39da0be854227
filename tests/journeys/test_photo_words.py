"""Through the real entry point: photos of letters dropped on the demo case land at once, and their words,
read after the import while the app stays in use, are found by search; the status bar says so."""

import io
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.journeys.driver import Journey, Step, titled
from tests.journeys.test_first_run import _click, _main_window, _run

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
STATE: dict[str, object] = {}


def _photo(words: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("RGB", (1600, 1200), (248, 248, 244))
    ImageDraw.Draw(page).text((120, 300), words, fill=(25, 25, 25), font=ImageFont.load_default(size=64))
    out = io.BytesIO()
    page.save(out, "JPEG", quality=90)
    return out.getvalue()


def _drop(folder: Path):
    def act(window: QWidget) -> None:
        STATE["case_id"] = window.case_id  # type: ignore[attr-defined]
        window.import_paths([folder])  # type: ignore[attr-defined]  # as a drop of the folder does

    return act


def _landed(widget: QWidget) -> bool:
    if not _main_window(widget) or widget.importer.busy:  # type: ignore[attr-defined]
        return False
    return widget.importer.summary.startswith("2 imported")  # type: ignore[attr-defined]


def _words_read(widget: QWidget) -> bool:
    return _main_window(widget) and "searchable now" in widget.statusBar().currentMessage()  # type: ignore[attr-defined]


def _search_and_quit(window: QWidget) -> None:
    from casebinder.usecases.search import search

    vault = window.session.vault  # type: ignore[attr-defined]
    STATE["found"] = {hit.title for hit in search(vault, "zolmitriptan") if hit.kind == "document"}
    QApplication.quit()


def test_photos_land_first_and_their_words_are_searchable_soon_after(qtbot: QtBot, tmp_path: Path) -> None:
    STATE.clear()
    folder = tmp_path / "phone"
    folder.mkdir()
    (folder / "IMG_3001.jpg").write_bytes(_photo("Pharmacy: zolmitriptan refused"))
    (folder / "IMG_3002.jpg").write_bytes(_photo("Explanation of benefits"))
    journey = Journey(
        [
            Step("welcome", titled("Casebinder — Welcome"), _click("welcome_demo")),
            Step("the demo case", lambda w: _main_window(w) and w.case_id is not None, _drop(folder)),  # type: ignore[attr-defined]
            Step("photos landed", _landed, lambda _w: None),
            Step("their words read", _words_read, _search_and_quit),
        ]
    )
    assert _run(journey) == 0
    assert STATE["found"], "search finds the word read in the photo"

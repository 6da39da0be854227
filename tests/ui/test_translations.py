"""Ready for translation: every string a person reads goes through Qt's translation functions, the template
holds them all, a catalogue really changes the windows, and dates and amounts follow the locale."""

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casebinder.ui.i18n import install_translations, shown_date, shown_moment, shown_money, tr
from casebinder.ui.main_window import MainWindow
from tests.ui.untranslated import find_untranslated

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "casebinder" / "ui"
TRANSLATIONS = ROOT / "app" / "casebinder" / "data" / "translations"
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)


def test_no_string_a_person_reads_skips_translation() -> None:
    found = [
        problem
        for path in sorted(UI.rglob("*.py"))
        if path.name != "i18n.py"
        for problem in find_untranslated(path.read_text(encoding="utf-8"), path.relative_to(ROOT))
    ]
    assert not found, "wrap these in tr() (QT_TR_NOOP() for module constants):\n" + "\n".join(map(str, found))


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ('w.setText("Save the packet")', True),
        ('w.setText(tr("Save the packet"))', False),
        ('QLabel(f"{count} files imported")', True),
        ('QLabel(tr("{count} files imported").format(count=count))', False),
        ('label.setText("undated")', True),
        ('message = "The two passphrases differ."', True),
        ('COLUMNS = ("When", "Kind")', True),
        ('COLUMNS = (QT_TR_NOOP("When"), QT_TR_NOOP("Kind"))', False),
        ('w.setObjectName("case_header")', False),
        ('store.value("vault/last")', False),
        ('log.info("vault opened for %s", who)', False),
        ('if kind == "Denial letter":\n    pass', False),
        ('combo.addItem(tr("US Letter"), "letter")', False),
        ('def f() -> "MainWindow":\n    """Why it is so."""', False),
    ],
)
def test_the_check_catches_words_and_leaves_identifiers(source: str, caught: bool) -> None:
    assert bool(find_untranslated(source)) is caught


def test_the_translators_template_holds_every_string() -> None:
    """``tools/translations.py`` (pyside6-lupdate) wrote casebinder.ts from the code as it is now."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    template = (TRANSLATIONS / "casebinder.ts").read_text(encoding="utf-8")
    for source in (
        "Log a &amp;call…",
        "%n day(s) ago",
        "Denial letter or EOB",
        "Employer self-funded (ERISA)",
    ):
        assert f"<source>{source}</source>" in template, source


def _pseudo_catalogue(folder: Path) -> None:
    """casebinder_fr.qm from the template with every text wrapped in ‹ ›, built by the real lrelease."""
    template = (TRANSLATIONS / "casebinder.ts").read_text(encoding="utf-8")
    template = template.replace('sourcelanguage="en_US"', 'language="fr_FR" sourcelanguage="en_US"')

    def fill(match: re.Match[str]) -> str:
        prefix, plural, source = match.group(1), match.group(2), match.group(3)
        if plural:  # French has two plural forms
            forms = f"<numerusform>‹{source}›</numerusform><numerusform>‹{source}›</numerusform>"
            return f"{prefix}<translation>{forms}</translation>"
        return f"{prefix}<translation>‹{source}›</translation>"

    pattern = re.compile(
        r"(<message( numerus=\"yes\")?>\s*<source>([^<]*)</source>\s*)<translation type=\"unfinished\">"
        r"(?:\s*<numerusform></numerusform>)*\s*</translation>"
    )
    filled = pattern.sub(fill, template)
    (folder / "casebinder_fr.ts").write_text(filled, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "casebinder_fr.ts"), "-qm", str(folder / "casebinder_fr.qm")],
        check=True,
    )


@pytest.fixture
def in_french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    _pseudo_catalogue(tmp_path)
    QLocale.setDefault(FRANCE)
    install_translations(qapp, FRANCE, tmp_path)
    try:
        yield
    finally:
        QLocale.setDefault(US)
        install_translations(qapp, US)


def test_a_catalogue_changes_what_the_window_says(in_french: None, qtbot: QtBot, window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus
    assert all(text.startswith("‹") for text in menus), menus
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert all(text.startswith("‹") for text in tabs), tabs
    documents = window.documents.model
    headers = [documents.headerData(c, Qt.Orientation.Horizontal) for c in range(documents.columnCount())]
    assert all(str(text).startswith("‹") for text in headers), headers
    kinds = {documents.data(documents.index(row, 1)) for row in range(documents.rowCount())}
    assert kinds
    assert all(str(kind).startswith("‹") for kind in kinds), "vocabulary labels are translated"
    assert tr("%n day(s) ago", "", 3) == "‹%n day(s) ago›".replace("%n", "3")
    tree = window.checklist.tree
    items = [tree.topLevelItem(0).child(i) for i in range(tree.topLevelItem(0).childCount())]
    assert items
    assert all(item.text(0).startswith("‹") for item in items), "checklist items from the data files too"
    assert all("‹" in item.text(1) for item in items), "and their status"
    steps = window.next_steps.tree
    titles = [steps.topLevelItem(i).text(1) for i in range(steps.topLevelItemCount())]
    missing = [title for title in titles if "Missing" in title]
    assert missing
    assert all(title.startswith("‹Missing: ‹") for title in missing), "next steps, made in the UI"


def test_dates_and_amounts_follow_the_locale(in_french: None, qtbot: QtBot, window: MainWindow) -> None:
    assert shown_date(dt.date(2026, 10, 30)) == "30/10/2026"
    assert shown_moment(dt.datetime(2026, 10, 16, 14, 40)) == "16/10/2026 14:40"
    assert shown_money(123450).replace("\u202f", " ").replace("\xa0", " ") == "1 234,50 $"
    calls = window.calls.model
    assert calls.data(calls.index(0, 0)) == "16/10/2026 14:40", "the call log shows the French date"


def test_english_plurals_and_us_dates_by_default(qtbot: QtBot, window: MainWindow) -> None:
    assert tr("%n day(s) ago", "", 1) == "1 day ago"
    assert tr("%n day(s) ago", "", 3) == "3 days ago"
    assert shown_date(dt.date(2026, 10, 30)) == "10/30/2026"
    assert shown_money(123450) == "$1,234.50"
    calls = window.calls.model
    assert calls.data(calls.index(0, 0)).replace("\u202f", " ") == "10/16/2026 2:40 PM"


def test_without_a_language_dates_are_iso_not_the_c_locales(qtbot: QtBot) -> None:
    """LANG unset (a bare container, a service) gives Qt's "C" locale, which writes 3 08 2026: ISO instead."""
    QLocale.setDefault(QLocale.c())
    try:
        assert shown_date(dt.date(2026, 8, 3)) == "2026-08-03"
        assert shown_moment(dt.datetime(2026, 10, 2, 10, 5)) == "2026-10-02 10:05"
    finally:
        QLocale.setDefault(US)


def test_sentences_made_below_the_ui_are_translated(
    in_french: None, qtbot: QtBot, window: MainWindow
) -> None:
    """Errors, how a deadline was counted and timeline titles are templates the catalogue holds too, their
    dates written as the locale writes them."""
    from casebinder.errors import InvalidInput
    from casebinder.phrases import said
    from casebinder.ui.i18n import error_text, phrase_text
    from casebinder.ui.models.timeline import line_title

    error = InvalidInput("no case with id {case_id}", case_id=42)
    assert error_text(error) == "‹no case with id 42›"
    assert phrase_text(said("%n day(s)", n=65)) == "‹65 day(s)›", "a count: Qt's plural forms"
    from casebinder.infra.parsing.requests import Refusal

    assert (
        phrase_text(Refusal("more than {max_pages} pages", max_pages=2000).said) == "‹more than 2000 pages›"
    ), "a reader's refusal, shown in the import list"
    counted = phrase_text(said("Notice: {title} (dated {date})", title="Refus", date=dt.date(2026, 3, 2)))
    assert counted == "‹Notice: Refus (dated 02/03/2026)›", "the date as France writes it"
    model = window.timeline.model
    titles = [line_title(model.event_at(row)) for row in range(model.rowCount())]  # type: ignore[arg-type]
    assert "‹Call with Marcus (ref CS-78022915)›" in titles
    assert "‹Follow up on call with Marcus›" in titles
    assert "‹‹Test result›: Visual field test›" in titles, (
        "the kind, a vocabulary label, translated inside it"
    )
    assert "Denial" in titles, "a title that is the user's own words stays as typed"

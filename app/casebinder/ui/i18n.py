"""Words, dates and amounts as the person's language and country write them: the UI's one translation door.

Every string a person reads in a window goes through :func:`tr` (or :data:`QT_TR_NOOP` where it is written
before the app runs, then :func:`tr` where it is shown), so ``tools/translations.py`` (``pyside6-lupdate``)
finds it and a ``casebinder_<locale>.qm`` catalogue changes it. The fixed vocabularies (document kinds, plan
types…) are translated by :func:`label_of` under their class's name, the texts of the package's data by
:func:`data_text`. Dates and amounts follow :class:`QLocale`
(the system's, unless tests or a user set another); ISO dates stay in the CLI and JSON, which scripts read.
"""

import datetime as dt
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from casebinder.domain.enums import Labelled
from casebinder.errors import CasebinderError
from casebinder.phrases import JOIN, Phrase

__all__ = [
    "QT_TR_NOOP",
    "data_text",
    "date_format",
    "error_text",
    "install_translations",
    "label_of",
    "phrase_text",
    "shown_date",
    "shown_iso",
    "shown_moment",
    "shown_money",
    "shown_number",
    "shown_time",
    "shown_when",
    "time_format",
    "tr",
]

CONTEXT = ""  # lupdate files a bare tr() under the empty context: one context for the whole app
CATALOGUE = "casebinder"  # data/translations/casebinder_<locale>.qm


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation where it is written before the app runs (a module's constants); the
    code that shows it calls :func:`tr` on it then."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language; ``%n`` in it becomes ``n`` with the plural form ``n`` asks for."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def label_of(member: Labelled) -> str:
    """A vocabulary's display name ("Denial letter or EOB" for ``DocumentKind.DENIAL``), translated."""
    return QCoreApplication.translate(type(member).__name__, member.label)


DATA = "data"  # the context of the rule, checklist, procedure and denial-notice texts of casebinder/data


def data_text(text: str) -> str:
    """A text from the package's data (a deadline rule's name and plain line, a checklist item, a procedure,
    a denial-notice element, a next step's fixed words) in the person's language: ``tools/translations.py``
    collects them."""
    return QCoreApplication.translate(DATA, text)


def phrase_text(phrase: Phrase) -> str:
    """A sentence a use case composed (:mod:`casebinder.phrases`), in the person's language: its template
    from the catalogue (context ``messages``, or ``data`` for a data file's text), its dates as the locale
    writes them, its inner phrases translated too. The English where no catalogue has it."""
    if phrase.context == JOIN:  # only joins others: nothing of its own to translate
        return phrase.filled(_shown_value)
    count = phrase.n if phrase.n is not None else -1
    translated = QCoreApplication.translate(phrase.context, phrase.template, None, count)
    untouched = phrase.template if phrase.n is None else phrase.template.replace("%n", str(phrase.n))
    return phrase.filled(_shown_value, None if translated in (phrase.template, untouched) else translated)


def error_text(error: BaseException) -> str:
    """What a :class:`CasebinderError` says, in the person's language (anything else as it is)."""
    return phrase_text(error.phrase) if isinstance(error, CasebinderError) else str(error)


def _shown_value(value: object) -> str:
    if isinstance(value, Phrase):
        return phrase_text(value)
    if isinstance(value, CasebinderError):
        return phrase_text(value.phrase)
    if isinstance(value, Labelled):
        return label_of(value)
    if isinstance(value, dt.datetime):
        return shown_moment(value) if value.time() != dt.time() else shown_date(value.date())
    if isinstance(value, dt.date):
        return shown_date(value)
    if isinstance(value, dt.time):
        return shown_time(value)
    return str(value)


def date_format() -> str:
    """The locale's short date pattern with a four-digit year ("M/d/yyyy" in the US, "dd/MM/yyyy" in Britain):
    two-digit years are ambiguous on a letter that may be about a claim from years ago."""
    if QLocale().language() == QLocale.Language.C:  # no language set (LANG unset, a bare container): ISO
        return "yyyy-MM-dd"
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format() -> str:
    if QLocale().language() == QLocale.Language.C:
        return "HH:mm"
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def shown_date(value: dt.date | None) -> str:
    """A date as the person writes it; "" for none (callers say "undated" where that matters)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def shown_time(value: dt.time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), time_format())


def shown_moment(value: dt.datetime) -> str:
    """A date and time, as the person writes them ("12/1/2026 3:05 PM")."""
    return f"{shown_date(value.date())} {shown_time(value.time())}"


def shown_money(cents: int) -> str:
    """Dollars in the person's number format ("$1,234.50"; "1.234,50 $" in Germany): US plans bill in USD."""
    return QLocale().toCurrencyString(cents / 100, "$", 2)


def shown_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def shown_iso(text: str) -> str:
    """An ISO date or date-and-time a use case handed over as text ("2026-10-30", "2026-10-30 14:05")."""
    if not text:
        return ""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return shown_date(value.date()) if len(text) <= 10 else shown_moment(value)


def shown_when(at: dt.datetime, *, all_day: bool, undated: bool = False) -> str:
    """A timeline line's date: its day, its day and time, or "undated" for a document that bears none."""
    if undated:
        return tr("undated")
    return shown_date(at.date()) if all_day else shown_moment(at)


def _catalogues() -> Path | None:
    folder = resources.files("casebinder.data").joinpath("translations")
    return Path(str(folder)) if folder.is_dir() else None


_installed: list[QTranslator] = []  # Qt holds only pointers: these keep the catalogues alive
_installed_for: tuple[str, str] | None = None  # the (locale, folder) they were loaded for


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load Casebinder's catalogues and Qt's own (the standard buttons, file dialogs) for ``locale``, in
    place of any loaded before (the app starts once, tests many times).

    A locale without a catalogue shows the English the code is written in, with its plural forms. ``folder``
    holds the ``.qm`` files (tests pass their own; the app reads ``casebinder.data/translations``).
    """
    global _installed_for
    locale = locale or QLocale()
    wanted = (locale.name(), str(folder or ""))
    if _installed and _installed_for == wanted:
        return list(_installed)  # each (un)install sends every widget a LanguageChange event
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    _installed_for = wanted

    def install(load: Callable[[QTranslator], bool]) -> None:
        translator = QTranslator(app)
        if load(translator):
            app.installTranslator(translator)  # the last installed is asked first
            _installed.append(translator)
        else:
            translator.deleteLater()

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    install(lambda t: t.load(locale, "qtbase", "_", qt_folder))
    shipped = _catalogues()
    if shipped is not None:  # the plural forms ("1 day", "2 days"), under any other language
        install(lambda t: t.load(f"{CATALOGUE}_en", str(shipped)))
    own = folder or shipped
    if own is not None and locale.language() != QLocale.Language.English:
        install(lambda t: t.load(locale, CATALOGUE, "_", str(own)))
    return list(_installed)

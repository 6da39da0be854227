"""Every window and dialog, walked as a screen reader would: each control a keyboard can reach has a name,
and text is readable (WCAG AA, 4.5:1) in the light and the dark palette the app is tested with."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casebinder.domain.enums import ChecklistStatus, EventKind
from casebinder.ui.main_window import MainWindow


def _labelled_by_form(widget: QWidget) -> bool:
    """A field in a form row has its row's label as its name (Qt gives it as the buddy)."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                inner = field.widget() or field.layout()
                if inner is widget or (field.layout() is not None and _in_layout(widget, field.layout())):
                    return bool(label.widget().text().strip())
        parent = parent.parentWidget()
    return False


def _in_layout(widget: QWidget, layout: object) -> bool:
    for index in range(layout.count()):  # type: ignore[attr-defined]
        item = layout.itemAt(index)  # type: ignore[attr-defined]
        if item.widget() is widget or (item.layout() is not None and _in_layout(widget, item.layout())):
            return True
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls reachable by Tab with no name a screen reader could speak."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        inner = type(widget.parent()).__name__ if widget.parent() is not None else ""
        if widget.objectName().startswith("qt_") or inner in ("QComboBox", "QDateEdit", "QTimeEdit"):
            continue  # the inner editor of a combo box or date field: the field itself carries the name
        if isinstance(widget, (QDialog, MainWindow)):
            continue
        named = bool(widget.accessibleName().strip())
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text().replace("&", "").strip())
        named = named or _labelled_by_form(widget)
        if not named:
            found.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(root).__name__}")
    return found


def _mnemonic(text: str) -> str:
    """The letter Alt reaches in a label ("&Save" gives "s"; "&&" is a plain ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def clashing_mnemonics(root: QWidget) -> list[str]:
    """Alt+letter pairs that reach two things at once in one window: Qt then only moves the focus between
    them, so a keyboard user's Alt+C lands on a check box instead of opening the Case menu."""
    from PySide6.QtWidgets import QGroupBox, QMainWindow

    owners: dict[str, list[str]] = {}
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            owners.setdefault(_mnemonic(action.text()), []).append(f"menu {action.text()!r}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        owners.setdefault(_mnemonic(text), []).append(f"{type(widget).__name__} {text!r}")
    return [
        f"Alt+{key.upper()}: {', '.join(names)}" for key, names in owners.items() if key and len(names) > 1
    ]


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def low_contrast_labels(root: QWidget) -> list[str]:
    """Labels whose text colour (palette or style sheet) is below 4.5:1 against their background."""
    found = []
    for label in [w for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text().strip()]:
        palette = label.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        sheet = label.styleSheet()
        if "color:" in sheet and "#" in sheet:
            text = QColor("#" + sheet.split("#", 1)[1][:6])
        background = palette.color(QPalette.ColorRole.Window)
        ratio = _contrast(text, background)
        if ratio < 4.5:
            found.append(f"{label.text()[:40]!r}: {ratio:.2f}:1")
    return found


RECOVERY_KEY = "B9T3-Q313-YX4T-M7EQ-P6JE-N3WD-EGCJ-JC6T-FGPV-XSBK-A2YD-9MGZ-9YWS-GS33"


def _dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The main window and every dialog of the app, each with real data from the window's vault."""
    from casebinder.ui.dialogs.backup_dialog import BackupsDialog
    from casebinder.ui.dialogs.crash import CrashDialog
    from casebinder.ui.dialogs.export_dialog import ExportDialog
    from casebinder.ui.dialogs.help_dialogs import GuideDialog
    from casebinder.ui.dialogs.manage_dialogs import (
        ChangePassphraseDialog,
        MilestonesDialog,
        TextDialog,
        VerifyDialog,
    )
    from casebinder.ui.dialogs.medical_dialogs import (
        AuthorizationDialog,
        ContactDialog,
        CostDialog,
        CriterionDialog,
        HistoryDialog,
        LinkEvidenceDialog,
        PlanLimitsDialog,
        TreatmentDialog,
    )
    from casebinder.ui.dialogs.record_dialogs import (
        CaseDialog,
        CorrespondenceDialog,
        DenialCheckDialog,
        EditDocumentDialog,
        LogCallDialog,
        MilestoneDialog,
    )
    from casebinder.ui.dialogs.unlock import UnlockDialog
    from casebinder.ui.dialogs.vault_dialogs import CreateVaultDialog, RecoveryKeyDialog, WelcomeDialog
    from casebinder.usecases import appeals, backups, denial_notice, documents, vaults

    vault = window.session.vault
    case_id = window.case_id
    assert case_id is not None
    papers = documents.list_documents(vault, case_id)

    def shortcuts() -> QWidget:
        window.show_shortcuts()
        return window.shortcuts_dialog

    def preferences() -> QWidget:
        window.preferences()
        return window.preferences_dialog

    yield "main window", lambda: window
    yield "new case", lambda: CaseDialog(["Harold Mendes"], window)
    yield "log a call", lambda: LogCallDialog(window)
    yield "log a letter", lambda: CorrespondenceDialog(papers, window)
    yield (
        "document details",
        lambda: EditDocumentDialog(papers[0], [(case_id, "Eyelid surgery denied")], window),
    )
    yield "record a milestone", lambda: MilestoneDialog(window)
    yield "milestones", lambda: MilestonesDialog(appeals.list_milestones(vault, case_id), window)
    yield (
        "check the denial letter",
        lambda: DenialCheckDialog(denial_notice.denial_notice(vault, case_id), window),
    )
    yield "a condition", lambda: HistoryDialog(None, window)
    yield "a treatment", lambda: TreatmentDialog(None, window)
    yield "a cost", lambda: CostDialog([], None, window)
    yield "a criterion", lambda: CriterionDialog("Visual field loss", "Plan policy", window)
    documents = window._case_documents()
    yield "link the evidence", lambda: LinkEvidenceDialog("Visual field loss", documents, window)

    def letter() -> QWidget:
        window.draft_actions.write("internal-appeal")
        dialog = window.draft_actions.dialog
        assert isinstance(dialog, QWidget)
        return dialog

    yield "write a letter", letter
    yield "plan limits", lambda: PlanLimitsDialog(2026, 50_000, 600_000, window)
    yield "a contact", lambda: ContactDialog(None, window)
    yield "a form or approval", lambda: AuthorizationDialog(window._case_documents(), None, window)
    yield (
        "export a packet",
        lambda: ExportDialog(window.session, case_id, papers, "packet.pdf", parent=window),
    )
    yield (
        "text of a document",
        lambda: TextDialog("Visit note", "Words read from it.", "read from the PDF", window),
    )
    yield "check the vault", lambda: VerifyDialog(vaults.verify_vault(vault), "family", window)
    yield "change the passphrase", lambda: ChangePassphraseDialog(window)
    yield "backups", lambda: BackupsDialog(None, 7, 24, backups.backup_status(vault.path, None), window)
    yield "preferences", preferences
    yield "keyboard shortcuts", shortcuts
    yield "user guide", lambda: GuideDialog(window)
    yield "something went wrong", lambda: CrashDialog("Traceback: a bug", window)
    yield "create a vault", lambda: CreateVaultDialog(window, Path("/tmp/x.casebinder"))
    yield "recovery key", lambda: RecoveryKeyDialog(RECOVERY_KEY, "family", window, vault_id="0b9e7c1e")
    yield "unlock", lambda: UnlockDialog(vault.path, "", window)
    yield "welcome", lambda: WelcomeDialog(window)


def test_the_walk_visits_every_dialog_the_app_has(qtbot: QtBot, window: MainWindow) -> None:
    """A dialog added to the app and not to the walk above fails here."""
    import importlib
    import pkgutil

    import casebinder.ui.dialogs as package

    defined = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        defined |= {
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, QDialog)
            and value.__module__ == module.__name__
            and not value.__name__.startswith("_")
        }
    walked = set()
    for _name, make in _dialogs(window):
        widget = make()
        walked.add(type(widget))
        if widget is not window:
            widget.hide()
    assert not {d.__name__ for d in defined - walked}, "dialogs the accessibility walk does not open"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_control_has_a_name_and_text_is_readable(qtbot: QtBot, window: MainWindow, dark: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    if dark:
        from tools.screenshots import dark_theme

        dark_theme(app)
    try:
        window.resize(1280, 800)
        window.show()
        problems = []
        for name, make in _dialogs(window):
            widget = make()
            widget.show()
            qtbot.waitExposed(widget)
            problems += [f"{name}: {p}" for p in unnamed_controls(widget)]
            problems += [f"{name}: low contrast {p}" for p in low_contrast_labels(widget)]
            for tab in range(window.tabs.count()) if widget is window else [None]:  # each page in turn
                if tab is not None:
                    window.tabs.setCurrentIndex(tab)
                problems += [f"{name}: {p}" for p in clashing_mnemonics(widget) if p not in problems]
            if widget is not window:
                widget.hide()  # not close(): the recovery key asks before it closes
        assert not problems, "\n".join(problems)
    finally:
        app.setPalette(original)


def test_the_checks_themselves_find_what_they_look_for(qtbot: QtBot) -> None:
    """A nameless field and pale text are caught: these checks can fail."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLineEdit())
    pale = QLabel("pale")
    pale.setStyleSheet("color: #cccccc")
    layout.addWidget(pale)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit  in QWidget"]
    assert low_contrast_labels(root)
    from PySide6.QtWidgets import QCheckBox, QPushButton

    for control in (QPushButton("&Save"), QCheckBox("&Show all"), QPushButton("Fish && chips")):
        layout.addWidget(control)
        control.show()  # added after the window was shown: Qt shows it only at the next event loop turn
    assert clashing_mnemonics(root) == ["Alt+S: QPushButton '&Save', QCheckBox '&Show all'"]


def test_the_colours_the_app_sets_meet_aa_on_both_palettes() -> None:
    """Urgency, timeline kinds and checklist statuses: 4.5:1 on white and on the dark palette's base and
    window (the old fixed colours read 1.43:1 for "Stage" and 3.3:1 for a follow-up)."""
    from casebinder.ui.theme import KIND_COLOURS, STATUS_COLOURS, URGENCY_COLOURS, dark_palette

    dark_backgrounds = (dark_palette().base().color(), dark_palette().window().color())
    pairs = {**URGENCY_COLOURS, **KIND_COLOURS, **STATUS_COLOURS}
    for name, (light, dark) in pairs.items():
        assert _contrast(QColor(light), QColor("#ffffff")) >= 4.5, name
        for background in dark_backgrounds:
            assert _contrast(QColor(dark), background) >= 4.5, name
    assert set(KIND_COLOURS) == {kind.value for kind in EventKind}, "every timeline kind has its pair"
    assert set(STATUS_COLOURS) == {status.value for status in ChecklistStatus}, "every status has its pair"


def test_the_late_backup_warning_reads_on_the_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    """No backup yet: the status bar says so in red, the dark palette's red once the theme is dark."""
    from casebinder.ui.theme import URGENCY_COLOURS, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, "dark")
        window.recolour()
        label = window.backups.label
        assert "No backups yet" in label.text()
        assert URGENCY_COLOURS["overdue"][1] in label.styleSheet()
        assert not low_contrast_labels(label.parentWidget())
    finally:
        apply_theme(app, "system")


def test_the_timeline_kinds_take_the_dark_colours_on_the_dark_palette(
    qtbot: QtBot, window: MainWindow
) -> None:
    from casebinder.ui.theme import KIND_COLOURS, apply_theme

    model = window.timeline.model
    assert model.rowCount() > 0
    kind = model.event_at(0).kind.value
    try:
        apply_theme(QApplication.instance(), "dark")  # type: ignore[arg-type]
        assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).name() == KIND_COLOURS[kind][1]
        apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]
        assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).name() == KIND_COLOURS[kind][0]
    finally:
        apply_theme(QApplication.instance(), "system")  # type: ignore[arg-type]


def test_the_theme_setting_applies_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    from casebinder.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.preferences()
    dialog = window.findChildren(QDialog)[-1]
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))  # type: ignore[attr-defined]
    dialog.accept()
    try:
        assert window.settings.theme == "dark"
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        colour = window.next_steps.tree.topLevelItem(0).foreground(1).color()
        assert colour.lightness() > 150, "the overdue red follows the dark palette"
    finally:
        window.settings.theme = "system"
        apply_theme(app, "system")

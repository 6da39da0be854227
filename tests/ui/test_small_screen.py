"""At 1024×768 nothing a person reads is cut off: headers fit their column, one-line labels their width."""

from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QTabWidget, QTreeView
from pytestqt.qtbot import QtBot

from casebinder.ui.main_window import MainWindow

MARGIN = 8  # a header section's padding and sort arrow, at the least


def _clipped_headers(window: MainWindow) -> list[str]:
    cut = []
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisible() or isinstance(view, QHeaderView):
            continue
        header = view.header() if isinstance(view, QTreeView) else getattr(view, "horizontalHeader", None)
        if callable(header):
            header = header()
        if not isinstance(header, QHeaderView) or header.isHidden():
            continue
        model = header.model()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            needed = metrics.horizontalAdvance(text) + MARGIN
            last = section == header.count() - 1 and header.stretchLastSection()
            if needed > header.sectionSize(section) and not (last and needed <= view.viewport().width()):
                cut.append(f"{view.objectName() or type(view).__name__}: {text!r}")
    return cut


def _clipped_labels(window: MainWindow) -> list[str]:
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or "<" in label.text():
            continue
        if label.fontMetrics().horizontalAdvance(label.text()) > label.width() + 1:
            cut.append(f"{label.objectName() or 'label'}: {label.text()!r}")
    return cut


def test_nothing_is_cut_at_1024_by_768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    problems: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [
            f"{tabs.tabText(index)} tab — {p}" for p in _clipped_headers(window) + _clipped_labels(window)
        ]
    assert sorted(set(problems)) == []

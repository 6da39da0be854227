"""Search results in the main area: what matched, in which case, its date, and the words that matched
highlighted. Arrows move, Enter opens the record (a document at the page where the words are), Esc goes
back to the case."""

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebinder.ui.i18n import shown_iso, tr
from casebinder.usecases.search import Hit, plain_snippet

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet as HTML, the matching words marked
_OPEN, _CLOSE = "\x01", "\x02"
Index = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet with its matching words in bold on the highlight colour (readable on any palette)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        html = index.data(SNIPPET_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(f'<span style="color:{text_colour}">{html}</span>')
        document.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() * 2 + 6))


class ResultsTree(QTreeWidget):
    back_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    open_requested = Signal(object)  # a Hit
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("search_heading")
        back = QPushButton(tr("&Back to the case"))
        back.setObjectName("search_back")
        back.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(back)
        self.tree = ResultsTree()
        self.tree.setObjectName("search_results")
        self.tree.setAccessibleName(tr("Search results"))
        self.tree.setHeaderLabels([tr("What"), tr("Case"), tr("Date"), tr("Where the words are")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegateForColumn(3, SnippetDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 280)
        self.tree.setColumnWidth(1, 200)
        self.tree.setColumnWidth(2, 100)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.back_requested.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        hint = QLabel(
            tr("↑ ↓ to move, Enter to open (a document at the page where the words are), Esc to go back.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def show_hits(self, query: str, hits: list[Hit]) -> None:
        self.tree.clear()
        count = len(hits)
        self.heading.setText(
            tr("<b>{count} result{value} for “{escape}”</b>").format(
                count=count, value="s" if count != 1 else "", escape=escape(query)
            )
            if hits
            else tr("<b>No matches for “{escape}”</b>: try fewer words, or a word's start with *").format(
                escape=escape(query)
            )
        )
        for hit in hits:
            what = f"{hit.kind.capitalize()}: {hit.title}" + (
                tr(" (p. {page})").format(page=hit.page) if hit.page else ""
            )
            plain = plain_snippet(hit.snippet, "«", "»")
            when = shown_iso(hit.when)
            row = QTreeWidgetItem([what, hit.case_title, when, plain])
            marked = plain_snippet(hit.snippet, _OPEN, _CLOSE)
            html = escape(marked).replace(_OPEN, "<b><u>").replace(_CLOSE, "</u></b>")
            row.setData(3, SNIPPET_ROLE, html)
            row.setData(0, HIT_ROLE, hit)
            for column, tip in enumerate((what, hit.case_title, when, plain)):
                row.setToolTip(column, tip)
            self.tree.addTopLevelItem(row)
        first = self.tree.topLevelItem(0)
        if first is not None:  # the keyboard goes to the results: arrows move, Enter opens
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def _on_activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        hit = row.data(0, HIT_ROLE)
        if isinstance(hit, Hit):
            self.open_requested.emit(hit)

"""Preview of a document, from memory only: no temporary file ever holds its bytes.

PDF pages and images are drawn by a parser worker process (see :mod:`casebinder.ui.previews`) and arrive as
raw pixels; the pane shows them with page navigation and zoom. Text and e-mail show as text. A file the worker
cannot draw (damaged, password-protected, a crash) gets a sentence, never a crash of the app. Cleared on lock.
"""

from collections.abc import Callable
from email import message_from_bytes, policy

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRubberBand,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebinder.infra.parsing.requests import PreviewPage, Refusal
from casebinder.ui.i18n import tr
from casebinder.ui.previews import Answer, PreviewRenderer

MAX_PREVIEW_BYTES = 200 * 1024 * 1024
PAGED_TYPES = ("application/pdf",)


def is_paged(media_type: str) -> bool:
    """Drawn page by page in the worker (PDFs and images), rather than shown as text."""
    return media_type in PAGED_TYPES or media_type.startswith("image/")


Box = tuple[float, float, float, float]  # fractions of the page from its top left


class PagePicture(QLabel):
    """The page's pixels, the redaction boxes drawn on it and, in drawing mode, a box dragged with the mouse
    (reported as fractions of the page, so it holds at any zoom)."""

    box_drawn = Signal(object)  # Box

    def __init__(self) -> None:
        super().__init__()
        self.drawing = False
        self.boxes: list[Box] = []
        self._origin: QPoint | None = None
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)

    def page_rect(self) -> QRect:
        """Where the page sits in the label (centred across, at the top)."""
        pixmap = self.pixmap()
        if pixmap.isNull():
            return QRect()
        size = pixmap.deviceIndependentSize().toSize()
        return QRect(max(0, (self.width() - size.width()) // 2), 0, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        page = self.page_rect()
        if not self.boxes or page.isNull():
            return
        painter = QPainter(self)
        painter.setPen(QColor(200, 0, 0))
        painter.setBrush(QColor(0, 0, 0, 170))  # see-through here; solid black in the packet
        for left, top, right, bottom in self.boxes:
            painter.drawRect(
                QRect(
                    page.left() + round(left * page.width()),
                    page.top() + round(top * page.height()),
                    round((right - left) * page.width()),
                    round((bottom - top) * page.height()),
                )
            )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.drawing and event.button() == Qt.MouseButton.LeftButton:
            self._origin = event.position().toPoint()
            self._band.setGeometry(QRect(self._origin, self._origin))
            self._band.show()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._origin is None:
            super().mouseReleaseEvent(event)
            return
        drawn = QRect(self._origin, event.position().toPoint()).normalized()
        self._origin = None
        self._band.hide()
        page = self.page_rect()
        drawn = drawn.intersected(page)
        if page.isNull() or drawn.width() < 3 or drawn.height() < 3:
            return
        self.box_drawn.emit(
            (
                (drawn.left() - page.left()) / page.width(),
                (drawn.top() - page.top()) / page.height(),
                (drawn.right() + 1 - page.left()) / page.width(),
                (drawn.bottom() + 1 - page.top()) / page.height(),
            )
        )


class PageView(QScrollArea):
    """One page at a time, as an image the worker drew; tells its owner when its width changes."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = PagePicture()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setAccessibleName(tr("Page"))
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.setAccessibleName(tr("Document page"))
        self.setObjectName("page_view")

    def show_page(self, page: PreviewPage) -> None:
        image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


class PreviewPane(QWidget):
    shown = Signal()  # a page, a text or a message is on screen (tests wait for this, not for time)
    box_drawn = Signal(int, object)  # (0-based page, Box): a redaction box drawn on the page shown
    boxes_cleared = Signal(int)  # the user asked to remove the boxes on this (0-based) page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: PreviewRenderer | None = None
        self._document: tuple[str, str, str, Callable[[], bytes]] | None = None  # name, sha, type, read
        self._page = 0
        self._page_count = 0
        self._zoom = 1.0  # of the fitted width
        self._generation = 0  # answers for an earlier document are dropped
        self.start_page = 0  # the page the next document opens on (a search hit's page)
        self.stack = QStackedWidget()
        self.empty = QLabel(tr("Select a document to preview it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("preview_message")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Document text"))
        self.pages = PageView()
        self.pages.resized.connect(self._on_pages_resized)
        self.page_panel = QWidget()
        panel = QVBoxLayout(self.page_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_page = self._tool("◀", tr("Previous page"), lambda: self._turn(-1))
        self.next_page = self._tool("▶", tr("Next page"), lambda: self._turn(1))
        self.page_label = QLabel()
        self.zoom_out = self._tool("−", tr("Zoom out"), lambda: self._set_zoom(self._zoom / 1.25))
        self.zoom_in = self._tool("+", tr("Zoom in"), lambda: self._set_zoom(self._zoom * 1.25))
        self.fit = self._tool(tr("Fit"), tr("Fit width"), lambda: self._set_zoom(1.0))
        self.redact = self._tool(
            tr("Redact"), tr("Draw redaction boxes (drag over the page)"), self._on_redact_toggled
        )
        self.redact.setCheckable(True)
        self.redact.setObjectName("redact")
        self.unredact = self._tool(
            tr("Clear boxes"),
            tr("Remove the redaction boxes on this page"),
            lambda: self.boxes_cleared.emit(self._page),
        )
        self.unredact.setObjectName("unredact")
        self._marks: dict[int, list[Box]] = {}
        self.pages.picture.box_drawn.connect(lambda box: self.box_drawn.emit(self._page, box))
        for control in (self.previous_page, self.page_label, self.next_page):
            bar.addWidget(control)
        bar.addStretch()
        for control in (self.redact, self.unredact, self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(control)
        panel.addLayout(bar)
        panel.addWidget(self.pages)
        for page in (self.empty, self.text, self.page_panel):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._redraw = QTimer(self)  # a resize drag asks for one page at the new width, not fifty
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(120)
        self._redraw.timeout.connect(self._request)

    def _tool(self, text: str, name: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    # --- redaction boxes (burnt into packets that ask for them; the document itself never changes) ----------
    def _on_redact_toggled(self) -> None:
        drawing = self.redact.isChecked()
        self.pages.picture.drawing = drawing
        self.pages.picture.setCursor(Qt.CursorShape.CrossCursor if drawing else Qt.CursorShape.ArrowCursor)

    def set_marks(self, marks: dict[int, list[Box]]) -> None:
        """The boxes of the document shown, by 0-based page."""
        self._marks = marks
        self._show_marks()

    def _show_marks(self) -> None:
        boxes = self._marks.get(self._page, [])
        self.pages.picture.boxes = boxes
        self.unredact.setEnabled(bool(boxes))
        self.pages.picture.update()

    @property
    def page(self) -> int:
        return self._page

    # --- showing -------------------------------------------------------------------------------------
    def clear(self, message: str = tr("Select a document to preview it.")) -> None:
        self._generation += 1
        self._document = None
        self.pages.picture.clear()
        self.text.clear()
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)

    def show_pages(
        self, renderer: PreviewRenderer, name: str, sha256: str, media_type: str, read: Callable[[], bytes]
    ) -> None:
        """A PDF or an image, drawn by ``renderer``'s worker; ``read`` gives the bytes when it needs them."""
        self.clear(tr("Opening…"))
        self._marks = {}
        self._renderer = renderer
        self._document = (name, sha256, media_type, read)
        self._page, self._page_count, self._zoom = self.start_page, 0, 1.0
        self.start_page = 0  # once: the next document opens on its first page
        self._request()

    def expect(self, message: str = tr("Opening…")) -> int:
        """A ticket for an answer that will come later (a text read on the reader lane)."""
        self.clear(message)
        return self._generation

    def show_text(self, data: bytes, media_type: str, ticket: int | None = None) -> None:
        if ticket is not None and ticket != self._generation:
            return  # another document was selected meanwhile
        self.clear()
        if media_type == "message/rfc822":
            self.text.setPlainText(_email_text(data))
        else:
            self.text.setPlainText(data.decode("utf-8", errors="replace"))
        self.stack.setCurrentWidget(self.text)
        self.shown.emit()

    def show_message(self, message: str) -> None:
        self.clear(message)
        self.shown.emit()

    # --- pages ---------------------------------------------------------------------------------------
    def _width(self) -> int:
        viewport = self.pages.viewport().width() - 4
        return max(200, round(viewport * self._zoom * self.devicePixelRatioF()))

    def _request(self) -> None:
        if self._document is None or self._renderer is None:
            return
        name, sha256, media_type, read = self._document
        generation = self._generation
        self._renderer.page(
            name,
            sha256,
            media_type,
            read,
            self._page,
            self._width(),
            lambda answer: self._on_answer(generation, answer),
        )

    def _on_answer(self, generation: int, answer: Answer) -> None:
        if generation != self._generation:
            return  # another document was selected meanwhile
        if isinstance(answer, Refusal):
            reason = tr("This file cannot be shown here: {reason}.").format(reason=answer.reason)
            self.show_message(
                tr("{reason} Use “Save a copy as…” to open it elsewhere.").format(reason=reason)
            )
            return
        self._page, self._page_count = answer.page, answer.page_count
        self.page_label.setText(
            tr("Page {value} of {page_count}").format(value=answer.page + 1, page_count=answer.page_count)
        )
        self.previous_page.setEnabled(answer.page > 0)
        self.next_page.setEnabled(answer.page + 1 < answer.page_count)
        self.pages.show_page(answer)
        self._show_marks()
        self.stack.setCurrentWidget(self.page_panel)
        self.shown.emit()

    def _turn(self, delta: int) -> None:
        wanted = max(0, min(self._page_count - 1, self._page + delta))
        if wanted != self._page:
            self._page = wanted
            self._request()

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = max(0.25, min(6.0, zoom))
        self._request()

    def _on_pages_resized(self) -> None:
        if self._document is not None and self.stack.currentWidget() is self.page_panel:
            self._redraw.start()

    @property
    def page_count(self) -> int:
        return self._page_count


def _email_text(data: bytes) -> str:
    """Headers and the plain (or HTML, as text) body: the standard library's parser, pure Python."""
    from casebinder.infra.parsing.readers import html_to_text

    message = message_from_bytes(data, policy=policy.default)
    body = message.get_body(preferencelist=("plain", "html")) if hasattr(message, "get_body") else None
    content = ""
    if body is not None:
        try:
            content = str(body.get_content())
        except (LookupError, ValueError):
            content = ""
        if body.get_content_type() == "text/html":
            content = html_to_text(content)
    fields = (
        (tr("From"), message["From"]),
        (tr("To"), message["To"]),
        (tr("Date"), message["Date"]),
        (tr("Subject"), message["Subject"]),
    )
    header = "\n".join(f"{name}: {value}" for name, value in fields if value)
    return f"{header}\n\n{content}"

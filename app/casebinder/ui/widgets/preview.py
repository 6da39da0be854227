"""Preview of a document's original bytes, from memory only: no temporary file ever holds them.

PDFs load into QtPdf from a QBuffer (page navigation and zoom); images go through QImageReader with automatic
EXIF orientation; text and e-mail show as text. Cleared on lock.
"""

from email import message_from_bytes, policy
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_PREVIEW_BYTES = 200 * 1024 * 1024


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf_document: Any = None
        self._blank: Any = None
        self._pdf_buffer: QBuffer | None = None
        self._pdf_bytes: QByteArray | None = None
        self.stack = QStackedWidget()
        self.empty = QLabel("Select a document to preview it.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Document text")
        self.pdf_view: QWidget | None = None  # QPdfView, created on first use (QtPdf loads lazily)
        self.pdf_page = QWidget()
        pdf_layout = self.pdf_page_layout = QVBoxLayout(self.pdf_page)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_page = self._tool("◀", "Previous page", self._on_previous_clicked)
        self.next_page = self._tool("▶", "Next page", self._on_next_clicked)
        self.page_label = QLabel()
        self.zoom_out = self._tool("−", "Zoom out", lambda: self._zoom(1 / 1.25))
        self.zoom_in = self._tool("+", "Zoom in", lambda: self._zoom(1.25))
        self.fit = self._tool("Fit", "Fit width", self._on_fit_clicked)
        for control in (self.previous_page, self.page_label, self.next_page):
            bar.addWidget(control)
        bar.addStretch()
        for control in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(control)
        pdf_layout.addLayout(bar)
        self.image_scroll = image_scroll
        for page in (self.empty, image_scroll, self.text, self.pdf_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _tool(self, text: str, name: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    # --- showing -------------------------------------------------------------------------------------
    def clear(self, message: str = "Select a document to preview it.") -> None:
        self._close_pdf()
        self.image.clear()
        self.text.clear()
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)

    def show_bytes(self, data: bytes, media_type: str, note: str = "") -> None:
        self.clear()
        if media_type == "application/pdf":
            self._show_pdf(data)
        elif media_type.startswith("image/"):
            self._show_image(data)
        elif media_type == "text/plain":
            self.text.setPlainText(data.decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
        elif media_type == "message/rfc822":
            self._show_email(data)
        else:
            self.clear(
                note or "No preview for this kind of file. Use “Save a copy as…” to open it elsewhere."
            )

    def _show_pdf(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.pdf_view is None:
            self.pdf_view = QPdfView(self.pdf_page)
            self.pdf_view.setAccessibleName("PDF preview")
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            # Fit-to-width shows the scrollbar, which narrows the page, which hides the scrollbar... forever,
            # at some widths. A scrollbar that is always there ends the loop.
            self.pdf_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.pdf_page_layout.addWidget(self.pdf_view)
            self.pdf_view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._pdf_bytes = QByteArray(data)
        self._pdf_buffer = QBuffer(self._pdf_bytes)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self._pdf_buffer)
        if document.status() != QPdfDocument.Status.Ready:
            self.clear("This PDF cannot be previewed (it may need its password). Use “Save a copy as…”.")
            return
        self._pdf_document = document
        self.pdf_view.setDocument(document)  # type: ignore[attr-defined]
        self._update_page_label(0)
        self.stack.setCurrentWidget(self.pdf_page)

    def _show_image(self, data: bytes) -> None:
        array = QByteArray(data)
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # EXIF orientation; QImage(path) alone ignores it
        image = reader.read()
        if image.isNull():
            self.clear("This image cannot be previewed here (HEIC photos show as thumbnails only).")
            return
        target = min(1400, max(600, self.width()))
        self.image.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(
                min(target, image.width()), Qt.TransformationMode.SmoothTransformation
            )
        )
        self.stack.setCurrentWidget(self.image_scroll)

    def _show_email(self, data: bytes) -> None:
        message = message_from_bytes(data, policy=policy.default)
        body = message.get_body(preferencelist=("plain", "html")) if hasattr(message, "get_body") else None
        content = body.get_content() if body is not None else ""
        header = "\n".join(
            f"{key}: {message[key]}" for key in ("From", "To", "Date", "Subject") if message[key]
        )
        self.text.setPlainText(f"{header}\n\n{content}")
        self.stack.setCurrentWidget(self.text)

    # --- PDF navigation --------------------------------------------------------------------------------
    def _page_count(self) -> int:
        return self._pdf_document.pageCount() if self._pdf_document is not None else 0

    def _update_page_label(self, page: int) -> None:
        self.page_label.setText(f"Page {page + 1} of {self._page_count()}")

    def _jump(self, delta: int) -> None:
        if self.pdf_view is None or not self._page_count():
            return
        navigator = self.pdf_view.pageNavigator()  # type: ignore[attr-defined]
        page = max(0, min(self._page_count() - 1, navigator.currentPage() + delta))
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def _on_previous_clicked(self) -> None:
        self._jump(-1)

    def _on_next_clicked(self) -> None:
        self._jump(1)

    def _zoom(self, factor: float) -> None:
        if self.pdf_view is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        view: QPdfView = self.pdf_view  # type: ignore[assignment]
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.1, min(8.0, view.zoomFactor() * factor)))

    def _on_fit_clicked(self) -> None:
        if self.pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)  # type: ignore[attr-defined]

    def _close_pdf(self) -> None:
        if self.pdf_view is not None and self._pdf_document is not None:
            from PySide6.QtPdf import QPdfDocument

            self._blank = QPdfDocument(self)  # the view never points at a closed document
            self.pdf_view.setDocument(self._blank)  # type: ignore[attr-defined]
        if self._pdf_document is not None:
            self._pdf_document.close()
            self._pdf_document.deleteLater()
        self._pdf_document = None
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
        self._pdf_buffer, self._pdf_bytes = None, None

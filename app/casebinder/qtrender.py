"""The only module outside ``ui/`` that uses Qt: it is the tool for turning text into PDF pages.

Rendering happens in memory (QBuffer): no page of the user's data is written to a temporary file. Qt needs a
QGuiApplication for fonts; outside the GUI one is created on the offscreen platform when no display exists.
"""

import os
import sys
from collections.abc import Sequence
from typing import Any, Literal

from casebinder.qtcompat import make_none_immortal

make_none_immortal()  # before any PySide6 call: see qtcompat

Paper = Literal["a4", "letter"]
_keep: list[object] = []  # the application object must outlive every render


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> None:
    """Qt needs an application object for fonts. A QApplication (not just a QGuiApplication), so that the
    same process can open windows afterwards: ``casebinder demo`` renders the demo's PDFs, then the app."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not has_display() and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _keep.append(QApplication([sys.argv[0] if sys.argv else "casebinder"]))


def _font(points: float, bold: bool = False) -> Any:
    """DejaVu Sans without ligatures: with them, "field" is extracted and searched as "\ufb01eld" in a
    reviewer's PDF reader, and "office" as "o\ufb03ce"."""
    from PySide6.QtGui import QFont

    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def markdown_to_pdf(markdown: str, *, title: str, paper: Paper = "letter") -> bytes:
    """A PDF (bytes) of ``markdown`` laid out on ``paper`` with 2 cm margins."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Casebinder")
    size = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: 'DejaVu Sans', sans-serif; }")
    document.setMarkdown(markdown)
    document.setDefaultFont(_font(10.5))
    # Lay out in points (the document's own units); print_() scales to the writer's 300 dpi.
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


# --- reading PDFs (QtPdf/PDFium): text and thumbnails, in memory ---------------------------------------
class PdfFacts:
    """What QtPdf read from a PDF; ``error`` is "" on success, "password", or a short reason."""

    def __init__(self, error: str = "", page_count: int = 0, text: str = "", thumbnail: bytes | None = None):
        self.error = error
        self.page_count = page_count
        self.text = text
        self.thumbnail = thumbnail


def _load_pdf(data: bytes, password: str | None) -> tuple[object, object, str]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    if password:
        document.setPassword(password)
    document.load(buffer)
    error = document.error()
    if error == QPdfDocument.Error.None_ and document.status() == QPdfDocument.Status.Ready:
        return document, (array, buffer), ""
    if error in (QPdfDocument.Error.IncorrectPassword, QPdfDocument.Error.UnsupportedSecurityScheme):
        reason = "password" if error == QPdfDocument.Error.IncorrectPassword else "unsupported encryption"
    else:
        reason = {
            QPdfDocument.Error.InvalidFileFormat: "not a valid PDF",
            QPdfDocument.Error.DataNotYetAvailable: "incomplete data",
        }.get(error, "unreadable")
    return document, (array, buffer), reason


def _on_white(image: object) -> object:
    """PDFium leaves the paper transparent; JPEG (no alpha) would show it black, and so would OCR."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    canvas = QImage(image.size(), QImage.Format.Format_RGB32)  # type: ignore[attr-defined]
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)  # type: ignore[call-overload]
    painter.end()
    return canvas


def _encode(image: object, fmt: str, quality: int = -1) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)  # type: ignore[attr-defined]
    buffer.close()
    return bytes(out.data())


def read_pdf(
    data: bytes, password: str | None, thumbnail_size: int, light_page: bytes | None = None
) -> PdfFacts:
    """Page count, all text and a first-page thumbnail (JPEG) of a PDF held in memory.

    ``light_page``, when given, is page 1 with its scans reduced (see ``services.light_page``); the thumbnail
    is drawn from it, at the original page's size, and from the original if it will not load.
    JPEG at quality 80: a 256-pixel page encodes in 0.5 ms and ~5 KB, against 4.6 ms and ~45 KB as PNG.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    document, _keep_alive, error = _load_pdf(data, password)
    if error:
        return PdfFacts(error=error)
    count = document.pageCount()  # type: ignore[attr-defined]
    texts = [document.getAllText(index).text() for index in range(count)]  # type: ignore[attr-defined]
    thumbnail = None
    if count:
        size = document.pagePointSize(0)  # type: ignore[attr-defined]
        scale = thumbnail_size / max(size.width(), size.height(), 1.0)
        target = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        options = QPdfDocumentRenderOptions()
        source, _light_keep_alive, light_error = (
            _load_pdf(light_page, None) if light_page else (None, None, "")
        )
        if source is None or light_error or source.pageCount() != 1:  # type: ignore[attr-defined]
            source = document
            # Nearest-neighbour image scaling: 15% faster on full-size scans, and at 256 px it hardly shows.
            options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.ImageAliased)
        image = source.render(0, target, options)  # type: ignore[attr-defined]
        thumbnail = None if image.isNull() else _encode(_on_white(image), "JPEG", 80)
        if source is not document:
            source.close()  # type: ignore[attr-defined]
    document.close()  # type: ignore[attr-defined]
    text = "\n\f".join(t.replace("\r\n", "\n") for t in texts)
    return PdfFacts(page_count=count, text=text, thumbnail=thumbnail)


_preview_document: tuple[bytes, Any, Any] | None = None  # (the bytes, the open document, its buffers)


def preview_pdf_page(data: bytes, index: int, width: int, password: str | None) -> Any:
    """A page of a PDF as raw RGB pixels for the app's page view (in a parser worker: PDFium reads it).

    The document stays open between calls for the same bytes, so turning pages does not parse it again.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from casebinder.services.page_images import PREVIEW_MAX_PX
    from casebinder.services.page_requests import PreviewPage
    from casebinder.services.parsing import Refused

    global _preview_document
    if _preview_document is None or _preview_document[0] is not data:
        if _preview_document is not None:
            _preview_document[1].close()
        opened, keep_alive, error = _load_pdf(data, password)
        if error:
            _preview_document = None
            raise Refused(
                "this PDF needs its password" if error == "password" else f"cannot show it: {error}"
            )
        _preview_document = (data, opened, keep_alive)
    document: Any = _preview_document[1]
    count = document.pageCount()
    if not count:
        raise Refused("the PDF has no pages")
    index = max(0, min(index, count - 1))
    sizes = tuple(
        (document.pagePointSize(i).width(), document.pagePointSize(i).height()) for i in range(count)
    )
    page_width, page_height = sizes[index]
    target = width or min(PREVIEW_MAX_PX, round(page_width * 150 / 72))
    scale = min(target / max(page_width, 1.0), PREVIEW_MAX_PX / max(page_width, page_height, 1.0))
    image = document.render(
        index, QSize(max(1, round(page_width * scale)), max(1, round(page_height * scale)))
    )
    if image.isNull():
        raise Refused("the page could not be drawn")
    rgb = _on_white(image).convertToFormat(QImage.Format.Format_RGB888)  # type: ignore[attr-defined]
    row = rgb.width() * 3
    stride = rgb.bytesPerLine()
    raw = bytes(rgb.constBits())
    pixels = (
        raw if stride == row else b"".join(raw[y * stride : y * stride + row] for y in range(rgb.height()))
    )
    return PreviewPage(index, count, rgb.width(), rgb.height(), pixels, sizes)


def render_pdf_page_png(data: bytes, index: int, password: str | None, dpi: int) -> bytes:
    """One page as a PNG at ``dpi`` (for OCR)."""
    from PySide6.QtCore import QSize

    document, _keep_alive, error = _load_pdf(data, password)
    if error:
        return b""
    size = document.pagePointSize(index)  # type: ignore[attr-defined]
    scale = dpi / 72.0
    image = document.render(index, QSize(round(size.width() * scale), round(size.height() * scale)))  # type: ignore[attr-defined]
    return b"" if image.isNull() else _encode(_on_white(image), "PNG")


# --- packet pages -------------------------------------------------------------------------------------------
def _writer(buffer: object, paper: Paper, title: str) -> object:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(buffer)  # type: ignore[call-overload]
    writer.setTitle(title)
    writer.setCreator("Casebinder")
    size = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point
        )
    )
    writer.setResolution(72)  # one device pixel per point: positions below are PDF points
    return writer


def _buffer() -> tuple[object, object]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return data, buffer


def page_size_points(paper: Paper) -> tuple[float, float]:
    return (595.28, 841.89) if paper == "a4" else (612.0, 792.0)


def index_pdf(
    title: str, lines: list[tuple[str, str]], paper: Paper
) -> tuple[bytes, list[tuple[int, tuple[float, float, float, float]]]]:
    """The index: one (label, page number) per line, laid out at fixed positions so links can cover them.

    Returns the PDF and, per line, (page index within the index, rectangle in PDF points, origin bottom-left).
    """
    ensure_gui_application()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter

    width, height = page_size_points(paper)
    margin, line_height, top = 56.0, 18.0, 110.0
    per_page = int((height - top - margin) // line_height)
    data, buffer = _buffer()
    writer = _writer(buffer, paper, title)
    painter = QPainter(writer)  # type: ignore[call-overload]
    heading, body = _font(16, bold=True), _font(10)
    positions: list[tuple[int, tuple[float, float, float, float]]] = []
    for start in range(0, max(1, len(lines)), per_page):
        page = start // per_page
        if page:
            writer.newPage()  # type: ignore[attr-defined]
        painter.setFont(heading)
        painter.drawText(QRectF(margin, 56, width - 2 * margin, 30), title + (" (continued)" if page else ""))
        painter.setFont(body)
        metrics = painter.fontMetrics()
        for offset, (label, number) in enumerate(lines[start : start + per_page]):
            y = top + offset * line_height
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, int(width - 2 * margin - 60))
            painter.drawText(
                QRectF(margin, y, width - 2 * margin - 50, line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            painter.drawText(
                QRectF(width - margin - 50, y, 50, line_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number,
            )
            positions.append((page, (margin, height - y - line_height, width - margin, height - y)))
    painter.end()
    del writer
    buffer.close()  # type: ignore[attr-defined]
    return bytes(data.data()), positions  # type: ignore[attr-defined]


def table_pdf(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    paper: Paper,
    note: str = "",
    right: Sequence[int] = (),
) -> bytes:
    """A summary table (chronology, call log, costs...): wrapped cells, the header row repeated per page.

    Laid out with QPainter rather than a QTextDocument table: 300 rows take ~25 ms instead of ~150 ms.
    ``widths`` are the columns' shares of the line; ``note`` is a line under the title; ``right`` lists
    the columns aligned right (amounts).
    """
    ensure_gui_application()
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPen

    width, height = page_size_points(paper)
    margin, pad, bottom_limit = 56.0, 3.0, height - 56.0
    usable = width - 2 * margin
    lefts = [margin + usable * sum(widths[:i]) / sum(widths) for i in range(len(widths))]
    spans = [usable * w / sum(widths) for w in widths]
    data, buffer = _buffer()
    writer = _writer(buffer, paper, title)
    painter = QPainter(writer)  # type: ignore[call-overload]
    heading_font, body_font, bold_font = _font(16, bold=True), _font(9), _font(9, bold=True)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    rule = QPen(QColor(190, 190, 190))
    rule.setWidthF(0.5)

    def measure(cells: Sequence[str]) -> float:
        return (
            max(
                painter.boundingRect(QRectF(0, 0, span - 2 * pad, 10_000), wrap, text).height()
                for span, text in zip(spans, cells, strict=True)
            )
            + 2 * pad
        )

    wrap_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap

    def draw_row(y: float, cells: Sequence[str], row_height: float) -> None:
        for column, (left, span, text) in enumerate(zip(lefts, spans, cells, strict=True)):
            flags = wrap_right if column in right else wrap
            painter.drawText(QRectF(left + pad, y + pad, span - 2 * pad, row_height), flags, text)
        painter.setPen(rule)
        painter.drawLine(QLineF(margin, y + row_height, width - margin, y + row_height))
        painter.setPen(QColor(0, 0, 0))

    def start_page(first: bool) -> float:
        painter.setFont(heading_font)
        painter.drawText(QRectF(margin, 56, usable, 30), title + ("" if first else " (continued)"))
        y = 92.0
        painter.setFont(body_font)
        if note and first:
            used = painter.drawText(QRectF(margin, y, usable, 200), wrap, note)
            y = used.bottom() + 8
        painter.setFont(bold_font)
        header_height = measure(headers)
        draw_row(y, headers, header_height)
        painter.setFont(body_font)
        return y + header_height

    y = start_page(True)
    for cells in rows:
        shown = [" ".join(str(c).split()) for c in cells]
        row_height = min(measure(shown), bottom_limit - 120)  # a giant cell is cut, not looped over
        if y + row_height > bottom_limit:
            writer.newPage()  # type: ignore[attr-defined]
            y = start_page(False)
        draw_row(y, shown, row_height)
        y += row_height
    if not rows:
        painter.drawText(QRectF(margin, y + 6, usable, 20), Qt.AlignmentFlag.AlignLeft, "(none recorded)")
    painter.end()
    del writer
    buffer.close()  # type: ignore[attr-defined]
    return bytes(data.data())  # type: ignore[attr-defined]


def dividers_pdf(pages: list[tuple[str, str]], paper: Paper) -> bytes:
    """One divider page per (heading, detail), all in one pass (one render for 300 exhibits, not 300)."""
    ensure_gui_application()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter

    width, _height = page_size_points(paper)
    margin = 72.0
    data, buffer = _buffer()
    writer = _writer(buffer, paper, "Exhibits")
    painter = QPainter(writer)  # type: ignore[call-overload]
    heading_font, body_font = _font(20, bold=True), _font(11)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    for index, (heading, detail) in enumerate(pages):
        if index:
            writer.newPage()  # type: ignore[attr-defined]
        painter.setFont(heading_font)
        used = painter.drawText(QRectF(margin, 200, width - 2 * margin, 300), wrap, heading)
        painter.setFont(body_font)
        painter.drawText(QRectF(margin, used.bottom() + 24, width - 2 * margin, 300), wrap, detail)
    painter.end()
    del writer
    buffer.close()  # type: ignore[attr-defined]
    return bytes(data.data())  # type: ignore[attr-defined]

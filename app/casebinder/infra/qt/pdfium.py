"""Reading PDFs with QtPdf (PDFium): page count, text, a first-page thumbnail, preview pixels, OCR pages.

PDFium reads untrusted bytes: everything here runs inside a parser worker process only (see
:mod:`casebinder.infra.parsing.readers`), never in the app. Documents are loaded from memory (QBuffer).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import casebinder.infra.qt  # noqa: F401  (the refcount guard, before any PySide6 call)

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    from casebinder.infra.parsing.requests import PreviewPage, RedactedPages, RedactPagesRequest, Refusal


@dataclass(frozen=True)
class PdfFacts:
    """What QtPdf read from a PDF; ``error`` is "" on success, "password", or a short reason."""

    error: str = ""
    page_count: int = 0
    text: str = ""
    thumbnail: bytes | None = None
    foot_busy: tuple[bool, ...] = ()  # per page: content where a packet's page stamp would go


def _load_pdf(
    data: bytes, password: str | None
) -> tuple["QPdfDocument", tuple["QByteArray", "QBuffer"], str]:
    """The document (its buffers must outlive it) and "" or why it did not load."""
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


def _on_white(image: "QImage") -> "QImage":
    """PDFium leaves the paper transparent; JPEG (no alpha) would show it black, and so would OCR."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    canvas = QImage(image.size(), QImage.Format.Format_RGB32)
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)
    painter.end()
    return canvas


def _encode(image: "QImage", fmt: str, quality: int = -1) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]  # the stubs want bytes; Qt takes str
    buffer.close()
    return bytes(out.data())


def read_pdf(
    data: bytes,
    password: str | None,
    thumbnail_size: int,
    light_page: bytes | None = None,
    band_points: float = 0.0,
) -> PdfFacts:
    """Page count, all text and a first-page thumbnail (JPEG) of a PDF held in memory.

    ``light_page``, when given, is page 1 with its scans reduced (``infra.parsing.light_page``); the thumbnail
    is drawn from it, at the original page's size, and from the original if it will not load.
    JPEG at quality 80: a 256-pixel page encodes in 0.5 ms and ~5 KB, against 4.6 ms and ~45 KB as PNG.

    With ``band_points``, each page's foot is measured (:func:`_foot_is_busy`); page 1's on its thumbnail,
    already drawn. (At 36 dpi PDFium draws a 1 MB scanned page in well under a millisecond; a light copy of
    each page, as page 1 gets for its thumbnail, cost 8 ms a page to make: measured, and dropped.)
    """
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    document, _keep_alive, error = _load_pdf(data, password)
    if error:
        return PdfFacts(error=error)
    count = document.pageCount()
    texts = [document.getAllText(index).text() for index in range(count)]
    thumbnail = None
    if count:
        size = document.pagePointSize(0)
        scale = thumbnail_size / max(size.width(), size.height(), 1.0)
        target = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        options = QPdfDocumentRenderOptions()
        source, _light_keep_alive, light_error = (
            _load_pdf(light_page, None) if light_page else (None, None, "")
        )
        if source is None or light_error or source.pageCount() != 1:
            source = document
            # Nearest-neighbour image scaling: 15% faster on full-size scans, and at 256 px it hardly shows.
            options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.ImageAliased)
        image = source.render(0, target, options)
        thumbnail = None if image.isNull() else _encode(_on_white(image), "JPEG", 80)
        # The thumbnail is the first page, drawn (about 23 dpi): its foot is measured on it, at no cost.
        first_foot = _foot_of(image, band_points / max(size.height(), 1.0)) if band_points else False
        if source is not document:
            source.close()
    foot: tuple[bool, ...] = ()
    if band_points and count:
        foot = (
            first_foot,
            *(_foot_is_busy(document, index, band_points) for index in range(1, count)),
        )
    document.close()
    text = "\n\f".join(t.replace("\r\n", "\n") for t in texts)
    return PdfFacts(page_count=count, text=text, thumbnail=thumbnail, foot_busy=foot)


_preview_document: tuple[bytes, "QPdfDocument", Any] | None = (
    None  # (the bytes, the open document, its buffers)
)


def preview_pdf_page(data: bytes, index: int, width: int, password: str | None) -> "PreviewPage":
    """A page of a PDF as raw RGB pixels for the app's page view (in a parser worker: PDFium reads it).

    The document stays open between calls for the same bytes, so turning pages does not parse it again.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from casebinder.infra.parsing.requests import PREVIEW_MAX_PX, PreviewPage, Refused

    global _preview_document
    if _preview_document is None or _preview_document[0] is not data:
        if _preview_document is not None:
            _preview_document[1].close()
        opened, keep_alive, error = _load_pdf(data, password)
        if error:
            _preview_document = None
            if error == "password":
                raise Refused("this PDF needs its password")
            raise Refused("cannot show it: {problem}", problem=error)
        _preview_document = (data, opened, keep_alive)
    document = _preview_document[1]
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
    rgb = _on_white(image).convertToFormat(QImage.Format.Format_RGB888)
    row = rgb.width() * 3
    stride = rgb.bytesPerLine()
    raw = bytes(rgb.constBits())
    pixels = (
        raw if stride == row else b"".join(raw[y * stride : y * stride + row] for y in range(rgb.height()))
    )
    return PreviewPage(index, count, rgb.width(), rgb.height(), pixels, sizes)


def render_pdf_page_for_ocr(data: bytes, index: int, password: str | None, dpi: int) -> bytes:
    """One page at ``dpi`` as uncompressed grey (PGM) for Tesseract: PNG's compression took longer than
    reading the text."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    document, _keep_alive, error = _load_pdf(data, password)
    if error:
        return b""
    size = document.pagePointSize(index)
    scale = dpi / 72.0
    image = document.render(index, QSize(round(size.width() * scale), round(size.height() * scale)))
    if image.isNull():
        return b""
    return _encode(_on_white(image).convertToFormat(QImage.Format.Format_Grayscale8), "PGM")


FOOT_DPI = 36  # enough to see a line of 6-point type or a scan's edge; a letter page's band is 306 x 15 px
INK = 232  # a pixel darker than this (0-255 grey) on the white page is content; paper noise stays above


def foot_bands(data: bytes, password: str | None, band_points: float) -> tuple[bool, ...] | None:
    """Per page, whether anything is drawn in the bottom ``band_points`` of it (as shown: rotation
    applied). None when PDFium cannot read the file. (Import measures this once, :func:`read_pdf`;
    the export asks only for documents stored before it did.)"""
    document, _keep_alive, error = _load_pdf(data, password)
    if error:
        return None
    busy = tuple(_foot_is_busy(document, index, band_points) for index in range(document.pageCount()))
    document.close()
    return busy


def _foot_is_busy(document: "QPdfDocument", index: int, band_points: float) -> bool:
    """Whether page ``index`` has content in its bottom ``band_points``, from a 36 dpi render.

    The whole page is drawn and its band looked at: QtPdf's clip rectangle (``setScaledClipRect``) lands
    some 25 pixels off on Qt 6.x (measured with a bar at a known height), and a wrong band would say
    "clear" over content. A text page takes about 0.4 ms; a scan costs the decoding of its image.
    """
    from PySide6.QtCore import QSize

    scale = FOOT_DPI / 72.0
    size = document.pagePointSize(index)
    full = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    return _foot_of(document.render(index, full), band_points / max(size.height(), 1.0))


def _foot_of(image: "QImage", band_fraction: float) -> bool:
    """Whether anything is drawn in the bottom ``band_fraction`` of a page's picture (a null one: yes)."""
    from PySide6.QtGui import QImage

    if image.isNull():
        return True  # not drawn: assume content, the page is shrunk (safe)
    band = max(1, min(image.height(), round(band_fraction * image.height())))
    foot = image.copy(0, image.height() - band, image.width(), band)  # only the band is looked at
    grey = _on_white(foot).convertToFormat(QImage.Format.Format_Grayscale8)
    raw, width, stride = bytes(grey.constBits()), grey.width(), grey.bytesPerLine()
    darkest = min(min(raw[y * stride : y * stride + width]) for y in range(band))
    return darkest < INK  # rows are padded to 4 bytes: the padding is not the page


REDACTION_PAD = 2.0  # points added around a match: the glyphs' tops and tails are covered too


def redact_pages(request: "RedactPagesRequest") -> "RedactedPages | Refusal":
    """Find the matches, then redraw each page that has a match or a mark as one picture, boxes burnt in
    (see :class:`~casebinder.infra.parsing.requests.RedactPagesRequest`)."""
    import re

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from casebinder.infra.parsing.page_images import burn_boxes, picture_page_pdf
    from casebinder.infra.parsing.requests import RedactedPages, Refusal

    document, _keep_alive, error = _load_pdf(request.data, request.password)
    if error:
        if error == "password":
            return Refusal("this PDF cannot be read to redact it (it needs its password)")
        return Refusal("this PDF cannot be read to redact it")
    compiled = [(pattern, re.compile(pattern, re.IGNORECASE)) for pattern in request.patterns]
    marked: dict[int, list[tuple[float, float, float, float]]] = {}
    for index, box in request.marks:
        marked.setdefault(index, []).append(box)
    pages: list[tuple[int, bytes]] = []
    found: list[tuple[int, str, int]] = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        width, height = max(size.width(), 1.0), max(size.height(), 1.0)
        boxes = list(marked.get(index, []))
        text = document.getAllText(index).text() if compiled else ""
        for pattern, regex in compiled:
            matches = 0
            for match in regex.finditer(text):
                selection = document.getSelectionAtIndex(index, match.start(), match.end() - match.start())
                for polygon in selection.bounds():
                    rect = polygon.boundingRect()
                    boxes.append(
                        (
                            (rect.left() - REDACTION_PAD) / width,
                            (rect.top() - REDACTION_PAD) / height,
                            (rect.right() + REDACTION_PAD) / width,
                            (rect.bottom() + REDACTION_PAD) / height,
                        )
                    )
                matches += 1
            if matches:
                found.append((index, pattern, matches))
        if not boxes:
            continue
        scale = request.dpi / 72.0
        image = document.render(index, QSize(max(1, round(width * scale)), max(1, round(height * scale))))
        if image.isNull():
            return Refusal("page {page} could not be drawn to redact it", page=index + 1)
        rgb = _on_white(image).convertToFormat(QImage.Format.Format_RGB888)
        row, stride = rgb.width() * 3, rgb.bytesPerLine()
        raw = bytes(rgb.constBits())
        pixels = (
            raw
            if stride == row
            else b"".join(raw[y * stride : y * stride + row] for y in range(rgb.height()))
        )
        picture = burn_boxes(pixels, (rgb.width(), rgb.height()), boxes)
        pages.append((index, picture_page_pdf(picture, (width, height))))
    document.close()
    return RedactedPages(tuple(pages), tuple(found))

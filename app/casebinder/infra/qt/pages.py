"""Pages Casebinder makes itself: cover, index, summary tables, dividers, the demo's letters.

Drawn with QPainter (or a QTextDocument for free text) into a QPdfWriter over a memory buffer: no page of the
user's data is written to a temporary file. Layout is in PDF points, so positions (the index's links) can be
handed to pypdf as they are.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebinder.domain.diary import MonthSummary
from casebinder.infra.qt.application import Paper, ensure_gui_application, font, page_size_points
from casebinder.infra.qt.charts import paint_month_chart

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QPdfWriter


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
    document.setDefaultFont(font(10.5))
    # Lay out in points (the document's own units); print_() scales to the writer's 300 dpi.
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def _writer(buffer: "QBuffer", paper: Paper, title: str) -> "QPdfWriter":
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(buffer)
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


def _buffer() -> tuple["QByteArray", "QBuffer"]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return data, buffer


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
    painter = QPainter(writer)
    heading, body = font(16, bold=True), font(10)
    positions: list[tuple[int, tuple[float, float, float, float]]] = []
    for start in range(0, max(1, len(lines)), per_page):
        page = start // per_page
        if page:
            writer.newPage()
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
    buffer.close()
    return bytes(data.data()), positions


@dataclass(frozen=True)
class Table:
    """A summary section as rows (chronology, call log, costs...).

    ``widths`` are the columns' shares of the line; ``note`` is a line under the title; ``right`` lists the
    columns aligned right (amounts); ``links``, when given, holds per row the key its last cell links to
    (an exhibit number), or None.
    """

    title: str
    headers: tuple[str, ...]
    widths: tuple[float, ...]
    rows: Sequence[tuple[str, ...]]
    note: str = ""
    right: tuple[int, ...] = ()
    links: Sequence[int | None] = ()
    chart: Sequence[MonthSummary] = ()  # the diary's months, drawn under the rows as the app draws them


@dataclass(frozen=True)
class LaidOutTables:
    """The PDF, each table's first page (0-based within it), and each link: (page, rectangle in PDF
    points with the origin bottom-left, the row's key)."""

    pdf: bytes
    starts: tuple[int, ...]
    links: tuple[tuple[int, tuple[float, float, float, float], int], ...]
    pages: int
    titles: tuple[str, ...] = ()
    tops: tuple[str, ...] = ()  # per page, the table at its top (for the page's stamp)

    def title_of(self, page: int) -> str:
        return self.tops[page] if page < len(self.tops) else ""


def tables_pdf(
    tables: Sequence[Table],
    paper: Paper,
    *,
    draw: bool = True,
    heights: dict[tuple[tuple[float, ...], tuple[str, ...]], float] | None = None,
) -> LaidOutTables:
    """Summary tables one after the other, each starting where the last ended (a table of one row does not
    take a page), rows wrapped, the header row repeated on every page a table continues on.

    Laid out with QPainter rather than a QTextDocument table: 300 rows take ~25 ms instead of ~150 ms.
    ``draw=False`` only lays them out (pages, starts, links; no PDF): a packet lays its summaries out until
    the pages they cite are stable, and draws them once. ``heights`` keeps rows' measured heights between
    such calls (most rows do not change from one to the next): a family's 3,000-row chronology was
    measured and drawn three times per packet.
    """
    ensure_gui_application()
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPen

    width, height = page_size_points(paper)
    margin, pad, bottom_limit = 56.0, 3.0, height - 56.0
    usable = width - 2 * margin
    data, buffer = _buffer()
    writer = _writer(buffer, paper, "Summaries")
    painter = QPainter(writer)
    heading_font, body_font, bold_font = font(14, bold=True), font(9), font(9, bold=True)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    wrap_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    rule = QPen(QColor(190, 190, 190))
    rule.setWidthF(0.5)
    measured = heights if heights is not None else {}
    page = 0
    starts: list[int] = []
    links: list[tuple[int, tuple[float, float, float, float], int]] = []
    tops: list[str] = [tables[0].title] if tables else []

    def new_page(title: str) -> float:
        nonlocal page
        if draw:
            writer.newPage()
        page += 1
        tops.append(title)
        return margin

    y = margin
    for number, table in enumerate(tables):
        lefts = [
            margin + usable * sum(table.widths[:i]) / sum(table.widths) for i in range(len(table.widths))
        ]
        spans = [usable * w / sum(table.widths) for w in table.widths]

        def measure(cells: Sequence[str], spans: list[float] = spans) -> float:
            key = (tuple(spans), (painter.font().toString(), *cells))
            known = measured.get(key)
            if known is None:
                known = measured[key] = (
                    max(
                        painter.boundingRect(QRectF(0, 0, span - 2 * pad, 10_000), wrap, text).height()
                        for span, text in zip(spans, cells, strict=True)
                    )
                    + 2 * pad
                )
            return known

        def draw_row(
            y: float,
            cells: Sequence[str],
            row_height: float,
            table: Table = table,
            lefts: list[float] = lefts,
            spans: list[float] = spans,
        ) -> None:
            if not draw:
                return
            for column, (left, span, text) in enumerate(zip(lefts, spans, cells, strict=True)):
                flags = wrap_right if column in table.right else wrap
                painter.drawText(QRectF(left + pad, y + pad, span - 2 * pad, row_height), flags, text)
            painter.setPen(rule)
            painter.drawLine(QLineF(margin, y + row_height, width - margin, y + row_height))
            painter.setPen(QColor(0, 0, 0))

        def header(y: float, continued: bool, table: Table = table) -> float:
            painter.setFont(heading_font)
            if draw:
                painter.drawText(
                    QRectF(margin, y, usable, 24), table.title + (" (continued)" if continued else "")
                )
            y += 26
            painter.setFont(body_font)
            if table.note and not continued:
                note = QRectF(margin, y, usable, 200)
                used = (
                    painter.drawText(note, wrap, table.note)
                    if draw
                    else painter.boundingRect(note, wrap, table.note)
                )
                y = used.bottom() + 6
            painter.setFont(bold_font)
            header_height = measure(table.headers)
            draw_row(y, table.headers, header_height)
            painter.setFont(body_font)
            return y + header_height

        shown_rows = [[" ".join(str(c).split()) for c in cells] for cells in table.rows]
        painter.setFont(body_font)
        first_height = measure(shown_rows[0]) if shown_rows else 20.0
        if number:
            y += 22  # a gap between one table and the next, on the same page when the next one fits
        if y + 26 + 40 + first_height > bottom_limit:  # its title, header and first row: else a new page
            y = new_page(table.title)
        starts.append(page)
        y = header(y, continued=False)
        for index, shown in enumerate(shown_rows):
            row_height = min(measure(shown), bottom_limit - margin - 120)  # a giant cell is cut, not looped
            if y + row_height > bottom_limit:
                y = header(new_page(table.title), continued=True)
            draw_row(y, shown, row_height)
            key = table.links[index] if index < len(table.links) else None
            if key is not None:
                left = lefts[-1]
                links.append((page, (left, height - y - row_height, width - margin, height - y), key))
            y += row_height
        if not shown_rows:
            if draw:
                painter.drawText(
                    QRectF(margin, y + 6, usable, 20), Qt.AlignmentFlag.AlignLeft, "(none recorded)"
                )
            y += 26
        if table.chart:
            chart_height = 170.0
            if y + chart_height + 12 > bottom_limit:
                y = new_page(table.title)
            legend = ("days with it", "days without it", "days not recorded")
            area = QRectF(margin, y + 10, usable, chart_height)
            if draw:
                paint_month_chart(painter, area, table.chart, QColor(45, 95, 165), QColor(0, 0, 0), legend)
            painter.setPen(QColor(0, 0, 0))
            y += chart_height + 14
    painter.end()
    writer = None  # type: ignore[assignment]  # the last reference: the PDF is finished now
    buffer.close()
    titles = tuple(table.title for table in tables)
    pdf = bytes(data.data()) if draw else b""
    return LaidOutTables(pdf, tuple(starts), tuple(links), page + 1, titles, tuple(tops))


def dividers_pdf(pages: list[tuple[str, str]], paper: Paper) -> bytes:
    """One divider page per (heading, detail), all in one pass (one render for 300 exhibits, not 300)."""
    ensure_gui_application()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter

    width, _height = page_size_points(paper)
    margin = 72.0
    data, buffer = _buffer()
    writer = _writer(buffer, paper, "Exhibits")
    painter = QPainter(writer)
    heading_font, body_font = font(20, bold=True), font(11)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    for index, (heading, detail) in enumerate(pages):
        if index:
            writer.newPage()
        painter.setFont(heading_font)
        used = painter.drawText(QRectF(margin, 200, width - 2 * margin, 300), wrap, heading)
        painter.setFont(body_font)
        painter.drawText(QRectF(margin, used.bottom() + 24, width - 2 * margin, 300), wrap, detail)
    painter.end()
    del writer
    buffer.close()
    return bytes(data.data())

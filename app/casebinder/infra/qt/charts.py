"""The diary's month chart, drawn once for the app's Diary tab and for the packet: the same picture in
both, so what the person checks on screen is what the reviewer reads.

Bars per month, as tall as the month: the symptom's days at the bottom, the days recorded free of it above,
the days not written down as an outline on top; a legend along the top.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebinder.domain.diary import MonthSummary

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter


def paint_month_chart(
    painter: "QPainter",
    area: "QRectF",
    months: Sequence[MonthSummary],
    present: "QColor",
    text: "QColor",
    legend: tuple[str, str, str],
) -> None:
    """Draw the chart into ``area``; ``legend`` names the three parts (with it, without it, not recorded)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    free = QColor(present)
    free.setAlpha(70)
    painter.setPen(text)
    label_height = painter.fontMetrics().height() + 4
    top, bottom = area.top() + 8.0 + label_height, area.bottom() - label_height
    slot = area.width() / max(1, len(months))
    scale = (bottom - top) / 31
    for index, month in enumerate(months):
        left = area.left() + index * slot + slot * 0.2
        width = slot * 0.6
        recorded_free = month.recorded - month.symptom_days
        y = bottom
        for days, colour in ((month.symptom_days, present), (recorded_free, free)):
            height = days * scale
            painter.fillRect(QRectF(left, y - height, width, height), colour)
            y -= height
        if month.missing:
            painter.setPen(text)
            painter.drawRect(QRectF(left, y - month.missing * scale, width, month.missing * scale))
        painter.drawText(
            QRectF(area.left() + index * slot, bottom + 2, slot, label_height),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"{month.month}: {month.symptom_days}",
        )
    x, box = area.left() + 4.0, label_height - 8
    for label, fill in zip(legend, (present, free, None), strict=True):
        square = QRectF(x, area.top() + 4, box, box)
        if fill is None:
            painter.setPen(text)
            painter.drawRect(square)
        else:
            painter.fillRect(square, fill)
        painter.setPen(text)
        advance = painter.fontMetrics().horizontalAdvance(label)
        painter.drawText(
            QRectF(x + box + 4, area.top(), advance + 2, label_height), Qt.AlignmentFlag.AlignVCenter, label
        )
        x += box + advance + 18

"""A picture of where the paper goes: face down in the corner of the glass, or in the feeder.

Drawn with QPainter so it follows the theme's colours and needs no words (the words are
beside it, in the resident's language). It mirrors for right-to-left layouts, because the
scanner's corner mark does not move but the resident reads the picture the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.scanning import ScanSource


class PlacementPicture(QWidget):
    """Shows a flatbed with a page going into its corner, a feeder, or a camera stand."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.source = ScanSource.FLATBED
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 150)

    def show_source(self, source: ScanSource) -> None:
        self.source = source
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        paper = QColor("#ffffff")
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        body = QColor(ink)
        body.setAlpha(40)
        width, height = float(self.width()), float(self.height())
        if self.source is ScanSource.FEEDER:
            self._feeder(painter, width, height, ink, paper, accent, body)
        elif self.source is ScanSource.CAMERA:
            self._camera(painter, width, height, ink, paper, accent, body)
        else:
            self._flatbed(painter, width, height, ink, paper, accent, body)
        painter.end()

    @staticmethod
    def _flatbed(
        p: QPainter, w: float, h: float, ink: QColor, paper: QColor, accent: QColor, body: QColor
    ) -> None:
        glass = QRectF(10, 30, w - 20, h - 40)
        p.setPen(QPen(ink, 3))
        p.setBrush(body)
        p.drawRoundedRect(glass, 10, 10)
        # The page, face down, tucked into the top corner by the mark.
        page = QRectF(
            glass.left() + 12, glass.top() + 12, glass.height() * 0.62, glass.height() - 24
        )
        p.setBrush(paper)
        p.drawRect(page)
        p.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
        for line in range(5):
            y = page.top() + 18 + line * 16
            p.drawLine(QPointF(page.left() + 10, y), QPointF(page.right() - 10, y))
        # The corner mark and an arrow pushing the page into it.
        p.setPen(QPen(accent, 6))
        corner = glass.topLeft() + QPointF(6, 6)
        p.drawLine(corner, corner + QPointF(34, 0))
        p.drawLine(corner, corner + QPointF(0, 34))
        tip = QPointF(page.right() + 10, page.top() + 28)
        p.drawLine(QPointF(glass.right() - 20, glass.bottom() - 20), tip)
        p.setBrush(accent)
        p.drawPolygon(QPolygonF([tip, tip + QPointF(18, 2), tip + QPointF(4, 16)]))

    @staticmethod
    def _feeder(
        p: QPainter, w: float, h: float, ink: QColor, paper: QColor, accent: QColor, body: QColor
    ) -> None:
        base = QRectF(10, h * 0.55, w - 20, h * 0.4)
        p.setPen(QPen(ink, 3))
        p.setBrush(body)
        p.drawRoundedRect(base, 10, 10)
        # A stack of pages, face up, top edge going in first.
        for offset in (12.0, 6.0, 0.0):
            sheet = QRectF(w * 0.28 + offset, 14 + offset, w * 0.44, h * 0.5)
            p.setPen(QPen(ink, 2))
            p.setBrush(paper)
            p.drawRect(sheet)
        p.setPen(QPen(accent, 6))
        start, end = QPointF(w * 0.5, 8), QPointF(w * 0.5, h * 0.62)
        p.drawLine(start, end)
        p.setBrush(accent)
        p.drawPolygon(QPolygonF([end, end + QPointF(-10, -16), end + QPointF(10, -16)]))

    @staticmethod
    def _camera(
        p: QPainter, w: float, h: float, ink: QColor, paper: QColor, accent: QColor, body: QColor
    ) -> None:
        p.setPen(QPen(ink, 3))
        p.setBrush(body)
        p.drawRect(QRectF(10, h - 24, w - 20, 14))
        p.drawLine(QPointF(w - 40, h - 24), QPointF(w - 40, 20))
        p.drawLine(QPointF(w - 40, 20), QPointF(w * 0.5, 20))
        p.setBrush(ink)
        p.drawRect(QRectF(w * 0.5 - 16, 16, 32, 18))
        page = QRectF(w * 0.5 - 50, h - 24 - 96, 100, 92)
        p.setBrush(paper)
        p.drawRect(page)
        p.setPen(QPen(accent, 3, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(page.adjusted(-8, -8, 8, 4))

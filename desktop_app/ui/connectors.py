"""Curved bands between two adjacent panes joining each passage to its counterpart.

A counterpart in a pane further away gets a band that leaves the passage and runs off the
strip's far edge with an arrow and the counterpart's pane number, so a conflict between
the first and the third article is seen as well as one between neighbours.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .document_pane import DocumentPane
from .paint_plan import FarLink, Link
from .style import Scheme, current_scheme

STRIP_WIDTH = 34


class ConnectorStrip(QWidget):
    """Paints the links between `left` and `right`; only links with a visible end are drawn."""

    def __init__(self, left: DocumentPane, right: DocumentPane, parent: QWidget | None = None):
        super().__init__(parent)
        self.left, self.right = left, right
        self.links: list[Link] = []
        self.far: list[FarLink] = []
        self.labels: dict[str, str] = {}
        self.current = -1
        self.setFixedWidth(STRIP_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        left.scrolled.connect(self.update)
        right.scrolled.connect(self.update)

    def set_panes(self, left: DocumentPane, right: DocumentPane) -> None:
        """Join two other panes (strips are reused: taking a widget out of a splitter costs a
        relayout of every pane)."""
        if (left, right) == (self.left, self.right):
            return
        for pane in (self.left, self.right):
            pane.scrolled.disconnect(self.update)
        self.left, self.right = left, right
        self.links, self.far = [], []
        left.scrolled.connect(self.update)
        right.scrolled.connect(self.update)
        self.update()

    def set_links(self, links: list[Link], far: list[FarLink], current: int,
                  labels: dict[str, str]) -> None:
        """`labels` names each far counterpart's pane (its number in the row)."""
        self.links, self.far, self.current, self.labels = links, far, current, labels
        self.update()

    def _span(self, pane: DocumentPane, start: int, end: int) -> tuple[float, float]:
        rect = pane.passage_rect(start, end)
        viewport = pane.editor.viewport()
        top = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, rect.top()))).y()
        bottom = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, rect.bottom()))).y()
        return float(top), float(bottom)

    def visible_links(self) -> list[Link]:
        return [link for link in self.links
                if self.left.is_visible(link.left_start, link.left_end)
                or self.right.is_visible(link.right_start, link.right_end)]

    def visible_far_links(self) -> list[FarLink]:
        return [link for link in self.far
                if (self.left if link.side == "left" else self.right).is_visible(link.start, link.end)]

    def _colours(self, scheme: Scheme, kind: str, finding: int) -> tuple[QColor, QPen]:
        line = scheme.conflict_line if kind == "conflict" else scheme.agree_line
        fill = QColor(scheme.conflict if kind == "conflict" else scheme.agree)
        fill.setAlpha(230 if finding == self.current else 150)
        pen = QPen(line, 2.0 if finding == self.current else 1.0)
        if kind == "agree":
            pen.setStyle(Qt.PenStyle.DotLine)
        return fill, pen

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scheme = current_scheme()
        width = float(self.width())
        for link in self.visible_links():
            lt, lb = self._span(self.left, link.left_start, link.left_end)
            rt, rb = self._span(self.right, link.right_start, link.right_end)
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(QPointF(width / 2, lt), QPointF(width / 2, rt), QPointF(width, rt))
            path.lineTo(QPointF(width, rb))
            path.cubicTo(QPointF(width / 2, rb), QPointF(width / 2, lb), QPointF(0, lb))
            path.closeSubpath()
            fill, pen = self._colours(scheme, link.kind, link.finding)
            painter.setPen(pen)
            painter.fillPath(path, fill)
            painter.drawPath(path)
        for far in self.visible_far_links():
            self._paint_far(painter, scheme, far, width)
        painter.end()

    def _paint_far(self, painter: QPainter, scheme: Scheme, far: FarLink, width: float) -> None:
        """A band narrowing from the passage to an arrow at the far edge, labelled."""
        pane = self.left if far.side == "left" else self.right
        top, bottom = self._span(pane, far.start, far.end)
        middle = (top + bottom) / 2
        near, tip = (0.0, width) if far.side == "left" else (width, 0.0)
        direction = 1.0 if far.side == "left" else -1.0
        path = QPainterPath(QPointF(near, top))
        arrow = tip - direction * 8
        path.cubicTo(QPointF(width / 2, top), QPointF(width / 2, middle - 5), QPointF(arrow, middle - 5))
        path.lineTo(QPointF(tip, middle))
        path.lineTo(QPointF(arrow, middle + 5))
        path.cubicTo(QPointF(width / 2, middle + 5), QPointF(width / 2, bottom), QPointF(near, bottom))
        path.closeSubpath()
        fill, pen = self._colours(scheme, far.kind, far.finding)
        painter.setPen(pen)
        painter.fillPath(path, fill)
        painter.drawPath(path)
        label = self.labels.get(far.target, "")
        if label:
            font = QFont(painter.font())
            font.setPointSizeF(7.5)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pen.color())
            box = QRectF(0, middle - 20, width, 12)
            text = f"→{label}" if far.side == "left" else f"{label}←"
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

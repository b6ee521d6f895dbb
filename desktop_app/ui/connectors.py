"""Curved bands between two adjacent panes joining each passage to its counterpart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .document_pane import DocumentPane
from .style import current_scheme

STRIP_WIDTH = 34


@dataclass(frozen=True)
class Link:
    """A finding joining a passage of the left pane to one of the right pane."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int
    kind: str
    finding: int


class ConnectorStrip(QWidget):
    """Paints the links between `left` and `right`; only links with a visible end are drawn."""

    def __init__(self, left: DocumentPane, right: DocumentPane, parent: QWidget | None = None):
        super().__init__(parent)
        self.left, self.right = left, right
        self.links: list[Link] = []
        self.current = -1
        self.setFixedWidth(STRIP_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        left.scrolled.connect(self.update)
        right.scrolled.connect(self.update)

    def set_links(self, links: list[Link], current: int) -> None:
        self.links, self.current = links, current
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
            line = scheme.conflict_line if link.kind == "conflict" else scheme.agree_line
            fill = QColor(scheme.conflict if link.kind == "conflict" else scheme.agree)
            fill.setAlpha(230 if link.finding == self.current else 150)
            pen = QPen(line, 2.0 if link.finding == self.current else 1.0)
            if link.kind == "agree":
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.fillPath(path, fill)
            painter.drawPath(path)
        painter.end()

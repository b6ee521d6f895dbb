"""The row of document panes with connector strips between neighbours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from ..core.findings.marks import finding_marks
from ..core.findings.table import FindingTable
from ..core.model import Document
from .connectors import STRIP_WIDTH, ConnectorStrip, Link
from .document_pane import DocumentPane, TooltipProvider
from .marks import DocumentMarks


class PaneArea(QScrollArea):
    """Shows the chosen documents side by side; scrolls horizontally when they do not fit.

    Signals: passageClicked(doc_id, offset).
    """

    passageClicked = Signal(str, int)
    passageSelected = Signal(str)

    def __init__(self, tooltip: TooltipProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._tooltip = tooltip
        self._documents: dict[str, Document] = {}
        self.panes: dict[str, DocumentPane] = {}
        self.strips: list[ConnectorStrip] = []
        self.visible_ids: list[str] = []
        self._marks: dict[str, DocumentMarks] = {}
        self._findings: FindingTable | None = None
        self._current = -1
        self._generation = 0
        self._flags: dict[str, list[tuple[int, int, str]]] = {}
        self._hidden: frozenset[int] = frozenset()
        self._diff: dict[str, list[tuple[int, int]]] = {}
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.refresh_on_screen())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.splitterMoved.connect(lambda _p, _i: self.refresh_on_screen())
        self.splitter.setChildrenCollapsible(False)
        self.setWidget(self.splitter)

    def set_documents(self, documents: Sequence[Document]) -> None:
        """Know the documents; a pane widget is made only when a document is first shown."""
        self._documents = {doc.id: doc for doc in documents}
        for doc_id in list(self.panes):
            if doc_id not in self._documents:
                self.panes.pop(doc_id).deleteLater()
            else:
                self.panes[doc_id].set_document(self._documents[doc_id])

    def pane(self, doc_id: str) -> DocumentPane | None:
        """The pane of a document, made on first use; None for an unknown id."""
        if doc_id not in self.panes and doc_id in self._documents:
            pane = DocumentPane(self._tooltip)
            pane.passageClicked.connect(self.passageClicked)
            pane.selected.connect(self.passageSelected)
            pane.set_document(self._documents[doc_id])
            self.panes[doc_id] = pane
        return self.panes.get(doc_id)

    def show_documents(self, ids: Sequence[str]) -> bool:
        """Lay out panes for `ids` in that order, with a connector strip between each pair;
        False when that layout is already shown."""
        wanted = [doc_id for doc_id in ids if self.pane(doc_id) is not None]
        if wanted == self.visible_ids and len(self.strips) == max(len(wanted) - 1, 0):
            return False
        for strip in self.strips:
            strip.deleteLater()
        self.strips = []
        for pane in self.panes.values():
            pane.setParent(None)
        for position, doc_id in enumerate(wanted):
            if position:
                strip = ConnectorStrip(self.panes[wanted[position - 1]], self.panes[doc_id])
                self.strips.append(strip)
                self.splitter.addWidget(strip)
            self.splitter.addWidget(self.panes[doc_id])
            self.panes[doc_id].show()
        self.visible_ids = wanted
        self.splitter.setSizes([1 if i % 2 else 1000 for i in range(self.splitter.count())])
        widths = [self.panes[doc_id].minimumWidth() for doc_id in wanted]
        self.splitter.setMinimumWidth(sum(widths) + len(self.strips) * (STRIP_WIDTH + 12))
        self._generation += 1
        return True

    def paint(self, marks: dict[str, DocumentMarks], findings: FindingTable | None, current: int,
              flags: dict[str, list[tuple[int, int, str]]] | None = None,
              hidden: frozenset[int] = frozenset(), now: bool = True) -> None:
        """Remember what to paint; only panes on screen are painted, the rest when scrolled to.
        With now=False nothing is painted yet: the caller paints pane by pane (paint_pending)."""
        self._marks, self._findings, self._current = marks, findings, current
        self._flags, self._hidden = flags or {}, hidden
        self._generation += 1
        self._diff = self._current_diff()
        if now:
            self.refresh_on_screen()

    def paint_pending(self) -> bool:
        """Paint one on-screen pane that is out of date; False when none is left (then the
        connectors are drawn). Lets a large result reach the screen a pane per event-loop turn."""
        key = (self._generation, id(self._marks))
        for doc_id in self.on_screen_ids():
            pane = self.panes[doc_id]
            if doc_id in self._marks and pane.painted_key != key:
                self._paint_pane(doc_id, key)
                return True
        self.refresh_on_screen()
        return False

    def _paint_pane(self, doc_id: str, key: object) -> None:
        pane = self.panes[doc_id]
        pane.set_marks(self._marks[doc_id], self._current, self._diff.get(doc_id, []),
                       flags=self._flags.get(doc_id, []), hidden=self._hidden)
        pane.painted_key = key

    def _current_diff(self) -> dict[str, list[tuple[int, int]]]:
        """The spans the engine says matter in the selected finding (figures, opposed words,
        a negation, or the differing words of an agreement)."""
        if self._findings is None or not 0 <= self._current < len(self._findings):
            return {}
        finding = self._findings[self._current]
        marks_a, marks_b = finding_marks(finding)
        diff: dict[str, list[tuple[int, int]]] = {}
        diff.setdefault(finding.a.doc, []).extend(marks_a)
        diff.setdefault(finding.b.doc, []).extend(marks_b)
        return diff

    def on_screen_ids(self) -> list[str]:
        """Shown panes that intersect the scroll area's viewport."""
        left = self.horizontalScrollBar().value()
        right = left + self.viewport().width()
        return [doc_id for doc_id in self.visible_ids
                if self.panes[doc_id].geometry().right() >= left
                and self.panes[doc_id].geometry().left() <= right]

    def refresh_on_screen(self) -> None:
        key = (self._generation, id(self._marks))
        for doc_id in self.on_screen_ids():
            if doc_id in self._marks and self.panes[doc_id].painted_key != key:
                self._paint_pane(doc_id, key)
        on_screen = set(self.on_screen_ids())
        for strip in self.strips:
            if strip.left.document_id in on_screen or strip.right.document_id in on_screen:
                strip.set_links(self._links(strip), self._current)

    def _links(self, strip: ConnectorStrip) -> list[Link]:
        left, right = strip.left.document_id, strip.right.document_id
        links: list[Link] = []
        if self._findings is None:
            return links
        for index in self._findings.between(left, right).tolist():
            if index in self._hidden:
                continue
            doc_a, start_a, end_a, _doc_b, start_b, end_b, kind = self._findings.spans_at(index)
            if doc_a == left:
                links.append(Link(start_a, end_a, start_b, end_b, kind, index))
            else:
                links.append(Link(start_b, end_b, start_a, end_a, kind, index))
        return links

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self.refresh_on_screen()

    def pane_sizes(self) -> list[int]:
        return self.splitter.sizes()

    def restore_sizes(self, sizes: Sequence[int]) -> None:
        if len(sizes) == self.splitter.count():
            self.splitter.setSizes(list(sizes))

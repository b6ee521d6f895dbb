"""The row of document panes with connector strips between neighbours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from ..core.model import Document, Finding
from ..core.overview import differing_words
from .connectors import ConnectorStrip, Link
from .document_pane import DocumentPane, TooltipProvider
from .marks import DocumentMarks


class PaneArea(QScrollArea):
    """Shows the chosen documents side by side; scrolls horizontally when they do not fit.

    Signals: passageClicked(doc_id, offset).
    """

    passageClicked = Signal(str, int)

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
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.setWidget(self.splitter)

    def set_documents(self, documents: Sequence[Document]) -> None:
        self._documents = {doc.id: doc for doc in documents}
        for doc_id in list(self.panes):
            if doc_id not in self._documents:
                self.panes.pop(doc_id).deleteLater()
        for doc in documents:
            pane = self.panes.get(doc.id)
            if pane is None:
                pane = DocumentPane(self._tooltip)
                pane.passageClicked.connect(self.passageClicked)
                self.panes[doc.id] = pane
            pane.set_document(doc)

    def show_documents(self, ids: Sequence[str]) -> None:
        """Lay out panes for `ids` in that order, with a connector strip between each pair."""
        wanted = [doc_id for doc_id in ids if doc_id in self.panes]
        if wanted == self.visible_ids and len(self.strips) == max(len(wanted) - 1, 0):
            return
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

    def paint(self, marks: dict[str, DocumentMarks], findings: Sequence[Finding], current: int) -> None:
        """Apply highlights to the shown panes only, and links to the strips between them."""
        diff: dict[str, list[tuple[int, int]]] = {}
        if 0 <= current < len(findings):
            finding = findings[current]
            spans_a, spans_b = differing_words(finding.a.quote, finding.b.quote)
            diff.setdefault(finding.a.doc, []).extend((finding.a.start + s, finding.a.start + e)
                                                      for s, e in spans_a)
            diff.setdefault(finding.b.doc, []).extend((finding.b.start + s, finding.b.start + e)
                                                      for s, e in spans_b)
        for doc_id in self.visible_ids:
            if doc_id in marks:
                self.panes[doc_id].set_marks(marks[doc_id], current, diff.get(doc_id, []))
        for strip in self.strips:
            strip.set_links(self._links(strip, findings), current)

    @staticmethod
    def _links(strip: ConnectorStrip, findings: Sequence[Finding]) -> list[Link]:
        left, right = strip.left.document_id, strip.right.document_id
        links = []
        for index, finding in enumerate(findings):
            if (finding.a.doc, finding.b.doc) == (left, right):
                a, b = finding.a, finding.b
            elif (finding.b.doc, finding.a.doc) == (left, right):
                a, b = finding.b, finding.a
            else:
                continue
            links.append(Link(a.start, a.end, b.start, b.end, finding.kind, index))
        return links

    def pane_sizes(self) -> list[int]:
        return self.splitter.sizes()

    def restore_sizes(self, sizes: Sequence[int]) -> None:
        if len(sizes) == self.splitter.count():
            self.splitter.setSizes(list(sizes))

"""The row of document panes with connector strips between neighbours, kept in step with the model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter, QWidget

from ..core.findings.marks import finding_marks
from ..core.model import Passage
from .comparison import ComparisonModel
from .connectors import STRIP_WIDTH, ConnectorStrip
from .document_pane import DocumentPane
from .hover_text import hover_text
from .marks import DocumentMarks
from .paint_plan import Mask, far_links, neighbour_links, paintable
from .selection import SelectedSpan


class PaneArea(QScrollArea):
    """Shows the model's chosen articles side by side; scrolls horizontally when they do not fit.

    Clicking a highlight selects its finding in the model. A new analysis, and a new
    layout of panes, reach the screen one pane per event-loop turn, so a large result
    never freezes the window; passages to reveal in panes just laid out wait a turn for
    the panes' geometry. Signals: painted() once a new analysis is on screen.
    """

    painted = Signal()

    def __init__(self, model: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panes: dict[str, DocumentPane] = {}
        self.strips: list[ConnectorStrip] = []
        self.visible_ids: list[str] = []
        self._selection_order: list[str] = []
        self._last_worked: str | None = None  # the pane last clicked or selected in (F2's article)
        self._generation = 0
        self._visible: Mask = np.zeros(0, dtype=bool)
        self._diff: dict[str, list[tuple[int, int]]] = {}
        self._flags: dict[str, list[tuple[int, int]]] = {}
        self._analysis_pending = False
        self._announce = False  # painted() is due when the painting in progress ends
        self._pending_reveal: tuple[Passage, ...] = ()
        self._strip_pool: list[ConnectorStrip] = []
        self._saved_sizes: list[int] = []
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.refresh_on_screen())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.splitterMoved.connect(lambda _p, _i: self.refresh_on_screen())
        self.splitter.setChildrenCollapsible(False)
        self.setWidget(self.splitter)
        self._paint_timer = QTimer(self, singleShot=True, interval=0)
        self._paint_timer.timeout.connect(self._paint_next)
        model.documentsChanged.connect(self._documents_changed)
        model.shownChanged.connect(self._layout)
        model.analysisChanged.connect(self._analysis_changed)
        model.currentChanged.connect(self._current_changed)
        model.hiddenChanged.connect(self.refresh_marks)
        model.flagsChanged.connect(self.refresh_marks)
        model.revealRequested.connect(self.reveal)

    # ----- panes --------------------------------------------------------------------------
    def _documents_changed(self) -> None:
        """Headers follow at once (titles, dates); panes of removed articles go."""
        documents = {doc.id: doc for doc in self.model.documents}
        for doc_id in list(self.panes):
            if doc_id not in documents:
                gone = self.panes.pop(doc_id)
                for strip in [s for s in self._strip_pool if gone in (s.left, s.right)]:
                    self._strip_pool.remove(strip)
                    strip.hide()
                    strip.setParent(None)
                    strip.deleteLater()
                self.strips = [s for s in self.strips if s in self._strip_pool]
                gone.hide()
                gone.setParent(None)
                gone.deleteLater()
            else:
                self.panes[doc_id].set_document(documents[doc_id])
        self._selection_order = [d for d in self._selection_order if d in documents]
        if self._last_worked not in documents:
            self._last_worked = None

    def pane(self, doc_id: str) -> DocumentPane | None:
        """The pane of a document, made on first use; None for an unknown id."""
        if doc_id not in self.panes:
            doc = self.model.document(doc_id)
            if doc is None:
                return None
            pane = DocumentPane(self.tooltip_for)
            pane.passageClicked.connect(self.on_passage_clicked)
            pane.selected.connect(self._note_selection)
            pane.set_document(doc)
            self.panes[doc_id] = pane
        return self.panes[doc_id]

    def _layout(self) -> None:
        if self.show_documents(self.model.shown_ids()):
            self.refresh_marks(now=False)
            self._paint_timer.start()

    def show_documents(self, ids: Sequence[str]) -> bool:
        """Lay out panes for `ids` in that order, with a connector strip between each pair;
        False when that layout is already shown.

        Panes and strips stay in the splitter once made, hidden when not wanted, and are
        moved rather than rebuilt: each widget taken out of a splitter, or added to it, costs
        a relayout of every pane's text (15 ms each at 500 articles)."""
        wanted = [doc_id for doc_id in ids if self.pane(doc_id) is not None]
        if wanted == self.visible_ids and len(self.strips) == max(len(wanted) - 1, 0):
            return False
        needed = max(len(wanted) - 1, 0)
        while len(self._strip_pool) < needed:
            self._strip_pool.append(ConnectorStrip(self.panes[wanted[0]], self.panes[wanted[1]]))
        self.strips = self._strip_pool[:needed]
        order: list[QWidget] = []
        for position, doc_id in enumerate(wanted):
            if position:
                strip = self.strips[position - 1]
                strip.set_panes(self.panes[wanted[position - 1]], self.panes[doc_id])
                order.append(strip)
            order.append(self.panes[doc_id])
            self.panes[doc_id].set_number(position + 1 if len(wanted) > 2 else 0)
        # Hidden while it changes, the splitter lays its panes out once, when shown again;
        # shown, it would lay out every pane's text at each step below.
        scrolled = self.horizontalScrollBar().value()
        focused = QApplication.focusWidget()
        self.splitter.hide()
        for position, widget in enumerate(order):
            if self.splitter.indexOf(widget) != position:
                self.splitter.insertWidget(position, widget)
        chosen = set(map(id, order))
        for widget in [*self._strip_pool, *self.panes.values()]:
            widget.setVisible(id(widget) in chosen)
        self.visible_ids = wanted
        self._fit_whole_panes()
        self._set_sizes()
        self.splitter.show()
        self.horizontalScrollBar().setValue(scrolled)
        if focused is not None and focused.isVisible() and self.splitter.isAncestorOf(focused):
            focused.setFocus()
        return True

    def _fit_whole_panes(self) -> None:
        """The panes' least width, widened when they do not all fit so that the view holds a
        whole number of them: scrolled to a pane's edge, no pane shows as a sliver at the side."""
        widths = [self.panes[doc_id].minimumWidth() for doc_id in self.visible_ids]
        least = sum(widths) + len(self.strips) * (STRIP_WIDTH + 12)
        view = self.viewport().width()
        if widths and least > view > 0:
            fitting = max(1, view // (max(widths) + STRIP_WIDTH + 12))
            least = max(least, -(-len(widths) * view // fitting) - STRIP_WIDTH)  # ceiling, less a strip
        self.splitter.setMinimumWidth(least)

    def _set_sizes(self) -> None:
        """Sizes from the last session when as many panes are shown; else equal panes."""
        count = len(self.visible_ids) + len(self.strips)
        shown = [self.splitter.widget(i) for i in range(count)]
        sizes = (self._saved_sizes if len(self._saved_sizes) == count
                 else [1 if isinstance(w, ConnectorStrip) else 1000 for w in shown])
        self.splitter.setSizes(sizes + [0] * (self.splitter.count() - count))

    def pane_sizes(self) -> list[int]:
        """Sizes of the panes and strips shown (hidden ones are left out)."""
        return self.splitter.sizes()[: len(self.visible_ids) + len(self.strips)]

    # ----- painting -----------------------------------------------------------------------
    def _analysis_changed(self) -> None:
        """Panes show the analysed documents next turn, then paint one per turn."""
        self._analysis_pending = True
        self._announce = True
        self._paint_timer.start()

    def _current_changed(self, _index: int) -> None:
        self.refresh_marks()

    def _paint_next(self) -> None:
        if self._analysis_pending:
            self._analysis_pending = False
            analysis = self.model.analysis
            if analysis is not None:
                for doc in analysis.documents:
                    if doc.id in self.panes:
                        self.panes[doc.id].set_document(doc)
            self._layout()
            self.refresh_marks(now=False)
            self._paint_timer.start()
            return
        if self._pending_reveal:
            passages, self._pending_reveal = self._pending_reveal, ()
            self._reveal_now(passages)
        if self.paint_pending():
            self._paint_timer.start()
            return
        if self._announce:
            self._announce = False
            self.painted.emit()

    def refresh_marks(self, now: bool = True) -> None:
        """Work out what to paint; only panes on screen are painted, the rest when scrolled to."""
        findings = self.model.findings
        self._generation += 1
        model = self.model
        self._visible = (paintable(findings, self.visible_ids, model.dismissed, model.show_dismissed)
                         if findings is not None else np.zeros(0, dtype=bool))
        self._diff = self._current_diff()
        self._flags = {}
        for flag in self.model.project.flags:
            for anchor in flag.anchors:
                if anchor.state != "orphaned":
                    self._flags.setdefault(anchor.doc, []).append((anchor.start, anchor.end))
        if now and not self._analysis_pending and not self._paint_timer.isActive():
            self.refresh_on_screen()

    def _current_diff(self) -> dict[str, list[tuple[int, int]]]:
        """The spans the engine says matter in the selected finding (figures, opposed words,
        a negation, or the differing words of an agreement)."""
        finding = self.model.current_finding()
        if finding is None:
            return {}
        marks_a, marks_b = finding_marks(finding)
        diff: dict[str, list[tuple[int, int]]] = {}
        diff.setdefault(finding.a.doc, []).extend(marks_a)
        diff.setdefault(finding.b.doc, []).extend(marks_b)
        return diff

    def paint_pending(self) -> bool:
        """Paint one on-screen pane that is out of date; False when none is left (then the
        connectors are drawn)."""
        for doc_id in self.on_screen_ids():
            if self._needs_paint(doc_id):
                self._paint_pane(doc_id)
                return True
        self.refresh_on_screen()
        return False

    def _needs_paint(self, doc_id: str) -> bool:
        view = self.model.view
        return (view is not None and doc_id in view.marks
                and self.panes[doc_id].painted_key != (self._generation, id(view)))

    def _paint_pane(self, doc_id: str) -> None:
        view = self.model.view
        assert view is not None
        pane = self.panes[doc_id]
        if not self._analysed(doc_id):
            pane.set_marks(DocumentMarks.from_spans(()), np.zeros(0, dtype=bool), np.zeros(0, dtype=bool),
                           flags=self._flags.get(doc_id, []))  # the analysis of this text is to come
            pane.painted_key = (self._generation, id(view))
            return
        dismissed = self.model.dismissed
        if len(dismissed) != len(self._visible):
            dismissed = np.zeros(len(self._visible), dtype=bool)
        pane.set_marks(view.marks[doc_id], self._visible, dismissed, self.model.current,
                       self._diff.get(doc_id, []), flags=self._flags.get(doc_id, []))
        pane.painted_key = (self._generation, id(view))

    def _analysed(self, doc_id: str) -> bool:
        """Whether the analysis shown is of the text the pane shows (not yet after a reload)."""
        view, pane = self.model.view, self.panes.get(doc_id)
        if view is None or pane is None or pane.document is None:
            return False
        analysed = next((d for d in view.analysis.documents if d.id == doc_id), None)
        return analysed is not None and analysed.text == pane.document.text

    def on_screen_ids(self) -> list[str]:
        """Shown panes that intersect the scroll area's viewport."""
        left = self.horizontalScrollBar().value()
        right = left + self.viewport().width()
        return [doc_id for doc_id in self.visible_ids
                if self.panes[doc_id].geometry().right() >= left
                and self.panes[doc_id].geometry().left() <= right]

    def refresh_on_screen(self) -> None:
        on_screen = self.on_screen_ids()
        for doc_id in on_screen:
            if self._needs_paint(doc_id):
                self._paint_pane(doc_id)
        findings = self.model.findings
        numbers = {doc_id: str(n + 1) for n, doc_id in enumerate(self.visible_ids)}
        for position, strip in enumerate(self.strips):
            stale = not (self._analysed(strip.left.document_id) and self._analysed(strip.right.document_id))
            if findings is None or len(self._visible) != len(findings) or stale:
                strip.set_links([], [], -1, numbers)
            elif strip.left.document_id in on_screen or strip.right.document_id in on_screen:
                left, right = self.visible_ids[position], self.visible_ids[position + 1]
                strip.set_links(neighbour_links(findings, left, right, self._visible),
                                far_links(findings, self.visible_ids, position, self._visible,
                                          self.model.current),
                                self.model.current, numbers)

    def restyle(self) -> None:
        """The palette changed: every pane is painted again in the new colours."""
        for pane in self.panes.values():
            pane.painted_key = None
        self.refresh_marks()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self._fit_whole_panes()
        self.refresh_on_screen()

    # ----- the user in the panes ----------------------------------------------------------
    def on_passage_clicked(self, doc_id: str, offset: int) -> None:
        """Select the finding under the click; clicking again steps through overlapping ones."""
        self._last_worked = doc_id
        view = self.model.view
        marks = view.marks.get(doc_id) if view else None
        hits = [i for i in (marks.findings_at(offset) if marks else [])
                if i < len(self._visible) and self._visible[i]]
        if not hits:
            return
        current = self.model.current
        following = [i for i in hits if i != current]
        chosen = following[0] if following and current in hits else hits[0]
        assert marks is not None
        start, end = next((s, e) for s, e in marks.spans_of(chosen) if s <= offset < e)
        doc = self.panes[doc_id].document
        quote = doc.text[start:end] if doc is not None else ""
        self.model.select(chosen, at=Passage(doc_id, start, end, quote))

    def reveal(self, passages: Sequence[Passage]) -> None:
        """Scroll each passage into view and flash it (once laid out, if panes are changing)."""
        if self._paint_timer.isActive():
            self._pending_reveal = tuple(passages)
        else:
            self._reveal_now(passages)

    def _reveal_now(self, passages: Sequence[Passage]) -> None:
        shown = [p for p in passages if p.doc in self.visible_ids and self.pane(p.doc) is not None]
        self._scroll_to_panes([p.doc for p in shown])
        for passage in shown:
            pane = self.pane(passage.doc)
            assert pane is not None
            pane.reveal(passage.start, passage.end)
            pane.flash(passage.start, passage.end)

    def _scroll_to_panes(self, doc_ids: Sequence[str]) -> None:
        """Bring the passages' panes into view sideways: all of them when they fit the window,
        else the last (the counterpart of the passage the user was at)."""
        if not doc_ids:
            return
        bar, width = self.horizontalScrollBar(), self.viewport().width()
        spans = [self.panes[doc_id].geometry() for doc_id in doc_ids]
        left, right = min(g.left() for g in spans), max(g.right() for g in spans)
        if right - left > width:
            left, right = spans[-1].left(), spans[-1].right()
        if left < bar.value():
            bar.setValue(left)
        elif right > bar.value() + width:
            # start at a pane's edge, so that the leftmost pane on screen shows whole, not a sliver
            target = min(left, right - width + 1)
            edges = sorted(self.panes[doc_id].geometry().left() for doc_id in self.visible_ids)
            bar.setValue(min(left, next((edge for edge in edges if edge >= target), target)))

    def first_pane_cut(self) -> int:
        """How many pixels of the leftmost pane on screen lie left of the view (0 when whole)."""
        at, spans = self.horizontalScrollBar().value(), (self.panes[i].geometry() for i in self.visible_ids)
        return max((at - g.left() for g in spans if g.left() < at < g.right()), default=0)

    def tooltip_for(self, doc_id: str, offset: int) -> str | None:
        """Counterpart quote and explanation for the finding under the mouse."""
        return hover_text(self.model, self._visible, doc_id, offset)

    def _note_selection(self, doc_id: str) -> None:
        self._last_worked = doc_id
        if doc_id in self._selection_order:
            self._selection_order.remove(doc_id)
        self._selection_order.insert(0, doc_id)

    def recent_selections(self) -> list[SelectedSpan]:
        """Current selections, one per pane, the most recently made first."""
        spans = []
        for doc_id in self._selection_order:
            pane = self.panes.get(doc_id)
            span = pane.selected_span() if pane is not None else None
            if span is not None:
                spans.append(SelectedSpan(doc_id, *span))
        return spans

    def focused_document(self) -> str | None:
        if self._last_worked is not None and self.model.document(self._last_worked) is not None:
            return self._last_worked
        recent = [d for d in self._selection_order if self.model.document(d) is not None]
        return recent[0] if recent else (self.visible_ids[0] if self.visible_ids else None)

    def restore_sizes(self, sizes: Sequence[int]) -> None:
        """Splitter sizes from the last session, used whenever as many panes are laid out."""
        self._saved_sizes = list(sizes)
        if len(sizes) == len(self.visible_ids) + len(self.strips):
            self._set_sizes()

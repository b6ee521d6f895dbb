"""One article in its own pane: header, read-only text, highlights, linked navigation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Document
from .marks import DocumentMarks
from .offsets import OffsetMap
from .paint_plan import Mask
from .style import (
    Scheme,
    claim_format,
    current_scheme,
    diff_format,
    dismissed_format,
    excluded_format,
    flag_format,
    flash_format,
    kind_format,
)

TooltipProvider = Callable[[str, int], str | None]
TITLE_SHOWN = 110  # a first line that is a whole paragraph would fill the pane
RTL_CHARACTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def first_strong_is_rtl(text: str) -> bool:
    """The Unicode bidi rule for a paragraph's direction: its first strong character decides."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
FLASH_MS = 900
LAYER_ORDER = {"excluded": 0, "claim": 1, "dismissed": 2, "agree": 3, "conflict": 4}


class ElidedLabel(QLabel):
    """One line, cut with an ellipsis to the width it has: a narrow pane keeps its height
    for the article, and the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40))
        super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class _Editor(QTextEdit):
    """Read-only text that reports clicks and hovers by character position.

    A QTextEdit rather than a QPlainTextEdit: only the former lays right-to-left
    paragraphs (Arabic, Hebrew) out from the right.

    Overrides mouse handlers instead of filtering viewport events, so painting
    never calls into Python (which would wait for the GIL while the worker runs).
    """

    clicked = Signal(QPoint)
    hovered = Signal(QPoint, QPoint)

    def __init__(self) -> None:
        super().__init__()
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            self.hovered.emit(event.position().toPoint(), event.globalPosition().toPoint())


class DocumentPane(QFrame):
    """Shows one document and reports clicks on its passages.

    Signals: passageClicked(doc_id, offset) when the user clicks text;
    scrolled() whenever the visible range changes (connectors repaint);
    selected(doc_id) when the user selects a passage (to flag it).
    """

    passageClicked = Signal(str, int)
    scrolled = Signal()
    selected = Signal(str)

    def __init__(self, tooltip: TooltipProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self._tooltip = tooltip
        self._doc: Document | None = None
        self._number = 0
        self._loaded = False
        self.painted_key: object = None  # what set_marks last painted, to skip repeats
        self._offsets = OffsetMap("")
        self._base: list[QTextEdit.ExtraSelection] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self.title = ElidedLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.meta = ElidedLabel()
        self.meta.setStyleSheet("font-size: 8.5pt;")
        self.editor = _Editor()
        self.editor.setReadOnly(True)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.editor.clicked.connect(self._clicked)
        self.editor.selectionChanged.connect(self._selection_changed)
        self.editor.hovered.connect(self._hovered)
        self._last_tip: str | None = None
        self.editor.verticalScrollBar().valueChanged.connect(self.scrolled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.editor, 1)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

    @property
    def document_id(self) -> str:
        return self._doc.id if self._doc else ""

    @property
    def document(self) -> Document | None:
        return self._doc

    def set_document(self, doc: Document) -> None:
        """Remember the document; its text is laid out when the pane first comes on screen."""
        same_text = self._doc is not None and self._doc.text == doc.text
        self._doc = doc
        self._set_header(doc)
        self.setObjectName(f"pane-{doc.id}")
        if not same_text:
            self._loaded = False

    def ensure_text(self) -> None:
        """Lay out the text now (laying out 500 articles up front would stall the window)."""
        if self._doc is not None and not self._loaded:
            self._offsets = OffsetMap(self._doc.text)
            self.editor.setPlainText(self._doc.text)
            self._set_paragraph_directions(self._doc.text)
            self._loaded = True
            self.painted_key = None

    def _set_paragraph_directions(self, text: str) -> None:
        """Right-to-left paragraphs (Arabic, Hebrew) laid out from the right; text unchanged."""
        if not RTL_CHARACTER.search(text):
            return
        block = self.editor.document().firstBlock()
        while block.isValid():
            if first_strong_is_rtl(block.text()):
                cursor = QTextCursor(block)
                fmt = QTextBlockFormat()
                fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                cursor.mergeBlockFormat(fmt)
            block = block.next()

    def set_number(self, number: int) -> None:
        """The pane's place in the row (0: none), which far bands point to."""
        self._number = number
        if self._doc is not None:
            self._set_header(self._doc)

    def _set_header(self, doc: Document) -> None:
        title = doc.title if len(doc.title) <= TITLE_SHOWN else doc.title[: TITLE_SHOWN - 1].rstrip() + "…"
        self.title.setText(f"{self._number}. {title}" if self._number else title)
        self.title.setToolTip(f"{doc.title}\nid {doc.id}")
        source = doc.path.rsplit("/", 1)[-1] if doc.path else "pasted text"
        parts = [doc.date or "date unknown", *(p for p in (doc.site, doc.author) if p), source]
        self.meta.setText(" · ".join(parts))
        self.meta.setToolTip(doc.path or "pasted text")

    def _qt(self, offset: int) -> int:
        """The Qt position of a document offset, kept inside the text shown."""
        length = len(self._doc.text) if self._doc is not None and self._loaded else 0
        return self._offsets.to_qt(min(max(offset, 0), length))

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt(start))
        cursor.setPosition(self._qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def set_marks(self, marks: DocumentMarks, visible: Mask, dismissed: Mask, current: int = -1,
                  diff_spans: Sequence[tuple[int, int]] = (),
                  flags: Sequence[tuple[int, int]] = (), scheme: Scheme | None = None) -> None:
        """Paint the engine's marks whose finding is `visible` (dismissed ones, if visible,
        in grey) and the user's flags; the current finding and what differs in it on top."""
        self.ensure_text()
        scheme = scheme or current_scheme()
        formats = {"excluded": excluded_format(scheme), "claim": claim_format(scheme),
                   "agree": kind_format("agree", scheme), "conflict": kind_format("conflict", scheme),
                   "dismissed": dismissed_format(scheme)}
        # A sentence that agrees with forty articles is painted once, not forty times.
        spans = set()
        current_kind = ""
        for start, end, kind, finding in marks.spans():
            if finding < 0:
                spans.add((start, end, kind))
            elif visible[finding]:
                spans.add((start, end, "dismissed" if dismissed[finding] else kind))
                if finding == current:
                    current_kind = kind
        ordered = sorted(spans, key=lambda span: (LAYER_ORDER.get(span[2], 9), span[0]))
        selections = [self._selection(start, end, formats[kind]) for start, end, kind in ordered]
        selections += [self._selection(s, e, flag_format(scheme)) for s, e in flags]
        if current_kind:
            selections += [self._selection(s, e, kind_format(current_kind, scheme, current=True))
                           for s, e in marks.spans_of(current)]
            selections += [self._selection(s, e, diff_format(current_kind, scheme)) for s, e in diff_spans]
        self._base = selections
        self._apply()

    def _apply(self) -> None:
        self.editor.setExtraSelections(self._base + self._flash)

    def reveal(self, start: int, end: int) -> None:
        """Scroll so the passage stands near the top third of the pane."""
        self.ensure_text()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt(start))
        self.editor.setTextCursor(cursor)
        bar = self.editor.verticalScrollBar()
        top = self.editor.cursorRect(cursor).top()
        bar.setValue(max(0, bar.value() + top - self.editor.viewport().height() // 4))
        # a pixel offset may fall inside a line: show that line whole rather than its lower half
        cut = self.top_line_cut()
        if cut > 0:
            bar.setValue(max(0, bar.value() - cut))
        self.scrolled.emit()

    def top_line_cut(self) -> int:
        """How many pixels of the first visible line lie above the viewport (0 when it is whole)."""
        line = self.editor.cursorRect(self.editor.cursorForPosition(QPoint(1, 0)))
        return -line.top() if line.top() < 0 < line.bottom() else 0  # above and wholly hidden: not cut

    def flash(self, start: int, end: int) -> None:
        """Briefly emphasise a passage the user jumped to."""
        self.ensure_text()
        self._flash = [self._selection(start, end, flash_format(current_scheme()))]
        self._apply()
        self._flash_timer.start()

    def _end_flash(self) -> None:
        self._flash = []
        self._apply()

    @property
    def flashing(self) -> bool:
        return bool(self._flash)

    def passage_rect(self, start: int, end: int) -> QRect:
        """The passage's rectangle in viewport coordinates (may lie outside the viewport)."""
        self.ensure_text()
        first = QTextCursor(self.editor.document())
        first.setPosition(self._qt(start))
        last = QTextCursor(self.editor.document())
        last.setPosition(self._qt(end))
        top = self.editor.cursorRect(first).top()
        bottom = self.editor.cursorRect(last).bottom()
        return QRect(0, top, self.editor.viewport().width(), max(bottom - top, 1))

    def is_visible(self, start: int, end: int) -> bool:
        rect = self.passage_rect(start, end)
        return rect.bottom() >= 0 and rect.top() <= self.editor.viewport().height()

    def offset_at(self, point: QPoint) -> int:
        return self._offsets.from_qt(self.editor.cursorForPosition(point).position())

    def click_at(self, start: int) -> QPoint:
        """Viewport point of a character: lets tests and keyboard users act like a click."""
        self.ensure_text()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt(start + 1))
        return self.editor.cursorRect(cursor).center()

    def _clicked(self, point: QPoint) -> None:
        if self._doc is not None:
            self.passageClicked.emit(self._doc.id, self.offset_at(point))

    def _hovered(self, point: QPoint, global_point: QPoint) -> None:
        """Show the finding under the mouse: its explanation and the counterpart's quote."""
        if self._doc is None:
            return
        text = self._tooltip(self._doc.id, self.offset_at(point))
        if text and text != self._last_tip:
            QToolTip.showText(global_point, text, self.editor.viewport())
        elif not text and self._last_tip:
            QToolTip.hideText()
        self._last_tip = text

    def _selection_changed(self) -> None:
        if self._doc is not None and self.editor.textCursor().hasSelection():
            self.selected.emit(self._doc.id)

    def selected_span(self) -> tuple[int, int] | None:
        """The user's selection as document offsets, trimmed of surrounding white space."""
        cursor = self.editor.textCursor()
        if self._doc is None or not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        text = self._doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select a passage as the user would by dragging (used by keyboard and tests)."""
        self.ensure_text()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt(start))
        cursor.setPosition(self._qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

"""Article actions: paste as a new article, correct title, outlet and date, include or exclude a region."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from ..core.ingest.dates import date_problem
from ..core.ingest.loading import document_from_text, title_of
from ..core.ingest.readers import Extracted, ReadError, read_html
from ..core.ingest.regions import merge_region, subtract_region
from ..core.model import Document
from .commands import AddDocumentsCommand, ReplaceDocumentCommand
from .comparison import ComparisonModel
from .details_dialog import ArticleDetails, DetailsDialog
from .selection import SelectionSource
from .status import StatusSink


def new_article_id(prefix: str, taken: set[str]) -> str:
    number = 1
    while f"{prefix}-{number}" in taken:
        number += 1
    return f"{prefix}-{number}"


def pasted_document(text: str, html: str, taken: set[str]) -> Document | None:
    """A new article from clipboard contents: the page's article text if HTML, else the text."""
    body, extracted = text, None
    if html.strip():
        try:
            extracted = read_html(html.encode("utf-8"))
            body = extracted.text
        except ReadError:
            body = text
    if not body.strip():
        return None
    return article_from(new_article_id("pasted", taken), body, extracted)


def article_from(doc_id: str, body: str, extracted: Extracted | None, path: str = "") -> Document:
    title = (extracted.title if extracted and extracted.title else None) or title_of(body)
    return document_from_text(doc_id, body, path=path, title=title, extracted=extracted)


class ArticleActions(QObject):
    """The Article menu. Every change is an undoable command on the comparison's stack."""

    def __init__(self, model: ComparisonModel, status: StatusSink, selection: SelectionSource,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.model, self.status, self.selection, self.parent_widget = model, status, selection, parent
        self.actions: list[QAction] = []
        for key, text, slot, shortcut in (
            ("paste", "Paste as New Article", self.paste, "Ctrl+Shift+V"),
            ("details", "Edit Article Details…", self.details_dialog, "F2"),
            ("exclude", "Exclude Selection from Comparison", lambda: self.set_selection_excluded(True),
             "Ctrl+Shift+X"),
            ("include", "Include Selection in Comparison", lambda: self.set_selection_excluded(False),
             "Ctrl+Shift+I"),
        ):
            action = QAction(text, parent)
            action.setObjectName(key)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.actions.append(action)
        self.actions[1].setToolTip(
            "Correct the title, outlet and date of the article you last clicked or selected in")

    def paste(self) -> Document | None:
        mime = QGuiApplication.clipboard().mimeData()
        doc = pasted_document(mime.text() if mime.hasText() else "",
                              mime.html() if mime.hasHtml() else "",
                              {d.id for d in self.model.documents})
        if doc is None:
            self.status("The clipboard holds no text to paste")
            return None
        self.model.undo_stack.push(AddDocumentsCommand(self.model, [doc], "Paste as new article"))
        self.status(f"Pasted as “{self.model.names.short(doc.id)}” (F2 corrects its title)")
        return doc

    def _focused_document(self) -> Document | None:
        doc_id = self.selection.focused_document()
        return next((d for d in self.model.documents if d.id == doc_id), None)

    def details_dialog(self) -> None:
        doc = self._focused_document()
        if doc is None:
            self.status("Open an article first")
            return
        dialog = DetailsDialog(doc, self.parent_widget)
        dialog.finished.connect(lambda result: self._details_chosen(doc.id, dialog, result))
        dialog.open()

    def _details_chosen(self, doc_id: str, dialog: DetailsDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.edit_details(doc_id, dialog.details())
        dialog.deleteLater()

    def edit_details(self, doc_id: str, details: ArticleDetails) -> bool:
        """Correct an article's title, outlet and date (kept in the project, undoable)."""
        doc = next((d for d in self.model.documents if d.id == doc_id), None)
        if doc is None or not details.title or date_problem(details.date):
            return False
        new = dataclasses.replace(doc, title=details.title, site=details.site or None,
                                  date=details.date or None)
        if new == doc:
            return False
        fields = (("title", doc.title, new.title), ("outlet", doc.site, new.site),
                  ("date", doc.date, new.date))
        changed = [name for name, old, value in fields if old != value]
        text = f"Change {' and '.join(changed)} of “{self.model.names.short(doc_id)}”"
        self.model.undo_stack.push(ReplaceDocumentCommand(self.model, doc, new, text))
        return True

    def set_selection_excluded(self, excluded: bool) -> None:
        """Leave the selected passage out of the comparison (or take it back in)."""
        recent = self.selection.recent_selections()
        if not recent:
            self.status("Select a passage first")
            return
        span = recent[0]
        doc = next((d for d in self.model.documents if d.id == span.doc), None)
        if doc is None:
            return
        change = merge_region if excluded else subtract_region
        new = dataclasses.replace(doc, excluded=change(doc.excluded, (span.start, span.end)))
        if new.excluded == doc.excluded:
            state = "excluded" if excluded else "included"
            self.status(f"Nothing to change: the selection is already {state}")
            return
        verb = "Exclude" if excluded else "Include"
        text = f"{verb} passage of “{self.model.names.short(doc.id)}”"
        self.model.undo_stack.push(ReplaceDocumentCommand(self.model, doc, new, text))

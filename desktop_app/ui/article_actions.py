"""Article actions: paste as a new article, rename, include or exclude a region by hand."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog

from ..core.ingest.loading import document_from_text, title_of
from ..core.ingest.readers import ReadError, read_html
from ..core.ingest.regions import merge_region, subtract_region
from ..core.model import Document

if TYPE_CHECKING:
    from .main_window import MainWindow


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
    number = 1
    while f"pasted-{number}" in taken:
        number += 1
    title = (extracted.title if extracted and extracted.title else None) or title_of(body)
    return document_from_text(f"pasted-{number}", body, title=title, extracted=extracted)


class ArticleActions:
    """The Article menu of the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = window.chrome.article_menu
        for text, slot, shortcut in (
            ("Paste as New Article", self.paste, "Ctrl+Shift+V"),
            ("Rename Article…", self.rename_dialog, "F2"),
            ("Exclude Selection from Comparison", lambda: self.set_selection_excluded(True), "Ctrl+Shift+X"),
            ("Include Selection in Comparison", lambda: self.set_selection_excluded(False), "Ctrl+Shift+I"),
        ):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, s=slot: s())
            window.addAction(action)
            menu.addAction(action)
            window.chrome.actions[text] = action

    def paste(self) -> Document | None:
        mime = QGuiApplication.clipboard().mimeData()
        doc = pasted_document(mime.text() if mime.hasText() else "",
                              mime.html() if mime.hasHtml() else "",
                              {d.id for d in self.window.documents})
        if doc is None:
            self.window.chrome.status("The clipboard holds no text to paste")
            return None
        self.window.set_documents([*self.window.documents, doc])
        self.window.chrome.status(f"Pasted as {doc.id}: {doc.title} (F2 renames it)")
        return doc

    def _focused_document(self) -> Document | None:
        ids = self.window.project._recent_selection or self.window.panes.visible_ids
        return next((d for d in self.window.documents if ids and d.id == ids[0]), None)

    def rename_dialog(self) -> None:
        doc = self._focused_document()
        if doc is None:
            return
        title, ok = QInputDialog.getText(self.window, "Rename article", "Title:", text=doc.title)
        if ok and title.strip():
            self.replace_document(dataclasses.replace(doc, title=title.strip()))

    def set_selection_excluded(self, excluded: bool) -> None:
        doc = self._focused_document()
        pane = self.window.panes.panes.get(doc.id) if doc else None
        span = pane.selected_span() if pane else None
        if doc is None or span is None:
            self.window.chrome.status("Select a passage first")
            return
        change = merge_region if excluded else subtract_region
        self.replace_document(dataclasses.replace(doc, excluded=change(doc.excluded, span)))

    def replace_document(self, doc: Document) -> None:
        """Swap in a changed article (title or regions), save it, and analyse again."""
        fresh = dataclasses.replace(doc, sentences=(), claims=())  # claims depend on the regions
        documents = [fresh if d.id == doc.id else d for d in self.window.documents]
        if self.window.project.controller.has_project:
            self.window.project.controller.store().replace_text(doc)
        self.window.set_documents(documents)

"""Opening articles: files, folders, recent files and web addresses."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QWidget

from ..core.errors import LoadError
from ..core.ingest.loading import SUPPORTED_SUFFIXES
from .analysis_service import AnalysisService
from .article_actions import article_from
from .export_files import warn
from .fetch import FETCH_SECONDS, MAX_PAGE_BYTES, Fetched, FetchFailed, fetch_job
from .status import StatusSink, plural
from .worker import JobRunner

FILE_FILTER = (f"Articles ({' '.join('*' + s for s in SUPPORTED_SUFFIXES)});;"
               "Text (*.txt *.text *.md *.markdown);;Web pages (*.html *.htm *.xhtml);;PDF (*.pdf);;"
               "Word (*.docx);;E-mail (*.eml);;All files (*)")
RECENT_LIMIT = 10
STATUS_NAMES = 3  # files the status bar names when some could not be opened (the dialog names all)


class FileActions(QObject):
    """The File menu's ways to open articles. Signals: urlOpened(doc id) once a page is in."""

    urlOpened = Signal(str)

    def __init__(self, service: AnalysisService, settings: QSettings, status: StatusSink,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.service, self.settings, self.status, self.parent_widget = service, settings, status, parent
        self.fetch_timeout, self.fetch_limit = FETCH_SECONDS, MAX_PAGE_BYTES
        self.network = JobRunner(self, supersede=False)  # two addresses opened: both fetched
        self.network.finished.connect(self._fetched)
        self.network.failed.connect(
            lambda message: self._fetch_failed(f"The page could not be read: {message}"))
        self.recent_menu = QMenu("Open &Recent", parent)
        self.actions: dict[str, QAction] = {}
        for key, text, slot, shortcut in (
                ("open", "&Open Articles…", self.open_dialog, QKeySequence.StandardKey.Open),
                ("open-folder", "Open &Folder…", self.open_folder_dialog, "Ctrl+Shift+O"),
                ("open-url", "Open &URL…", self.open_url_dialog, "Ctrl+L")):
            action = QAction(text, parent)
            action.setObjectName(key)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.actions[key] = action
        self.actions["open-url"].setToolTip("Fetch a web page and compare its article text")
        self._rebuild_recent()

    # ----- files --------------------------------------------------------------------------
    def open_paths(self, paths: Sequence[Path], remember: bool = True) -> None:
        if remember:
            self.remember_recent([str(p.resolve()) for p in paths])
        self.service.open_paths(paths)

    def open_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.parent_widget, "Open articles", "", FILE_FILTER)
        if names:
            self.open_paths([Path(n) for n in names])

    def open_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(self.parent_widget, "Open a folder of articles")
        if name:
            self.open_paths([Path(name)])

    def report_errors(self, errors: Sequence[LoadError]) -> None:
        """Files that could not be read: one line each, naming the file and the reason."""
        lines = "\n".join(f"• {e.path}: {e.reason}" for e in errors)
        names = ", ".join(Path(e.path).name for e in errors[:STATUS_NAMES])
        more = " …" if len(errors) > STATUS_NAMES else ""
        self.status(f"{plural(len(errors), 'file')} could not be opened: {names}{more}")
        warn(self.parent_widget, f"Some files could not be opened; the others are loaded.\n\n{lines}",
             "load-errors")

    # ----- recent -------------------------------------------------------------------------
    def remember_recent(self, paths: Sequence[str]) -> None:
        recent = [p for p in self.recent_paths() if p not in paths]
        self.settings.setValue("recent", (list(paths) + recent)[:RECENT_LIMIT])
        self._rebuild_recent()

    def recent_paths(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_paths()
        for path in recent:
            action = QAction(path, self.recent_menu)
            action.triggered.connect(lambda _c=False, p=path: self.open_paths([Path(p)]))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(recent))

    # ----- web pages ----------------------------------------------------------------------
    def open_url_dialog(self) -> None:
        url, ok = QInputDialog.getText(self.parent_widget, "Open URL", "Address of the article page:",
                                       QLineEdit.EchoMode.Normal, "https://")
        if ok and url.strip() not in ("", "https://", "http://"):
            self.open_url(url.strip())

    def open_url(self, url: str) -> None:
        """Fetch the page on a worker thread (bounded in time and size), then add its article."""
        taken = {doc.id for doc in self.service.model.documents}
        if any(doc.path == url for doc in self.service.model.documents):
            self.status(f"{url} is already open")
            return
        self.status(f"Fetching {url}…")
        self.network.submit(fetch_job(url, taken, article_from, self.fetch_timeout, self.fetch_limit))

    def _fetched(self, result: object) -> None:
        if isinstance(result, FetchFailed):
            self._fetch_failed(result.message)
        elif isinstance(result, Fetched):
            doc = result.document
            self.service.model.add_documents([doc])
            self.status(f"Opened “{self.service.model.names.short(doc.id)}” from {doc.path}")
            self.urlOpened.emit(doc.id)

    def _fetch_failed(self, message: str) -> None:
        self.status(message)
        warn(self.parent_widget, message, "fetch-error")

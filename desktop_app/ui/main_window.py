"""The comparison window: panes, findings, overviews, threshold, navigation."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QTabWidget, QWidget

from ..core.errors import LoadError
from ..core.model import Document, Finding
from ..core.pipeline.analysis import DEFAULT_THRESHOLD, Analysis, MemoryCache, PreparedCache, analyze
from ..core.project.cache import ProjectCache
from .article_actions import ArticleActions
from .articles_panel import ArticlesPanel
from .chrome import WindowChrome
from .findings_panel import FindingsPanel
from .jobs import (
    Analysed,
    AnalyzeFunction,
    Loaded,
    Reclassified,
    View,
    analyze_job,
    load_job,
    reclassify_job,
)
from .marks import DocumentMarks
from .overview_views import CellRole, ClaimsModel, MatrixModel, OverviewTable
from .pane_area import PaneArea
from .project_actions import ProjectActions
from .worker import JobRunner

APP_NAME = "source-compare"


def default_autosave_dir() -> Path:
    """Where a first flag without a project is saved (the user's data folder)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "projects"
RECENT_LIMIT = 10
DEBOUNCE_MS = 120
FIRST_PAINT_MS = 60
MAX_DEFAULT_PANES = 8  # more articles stay listed (Articles panel) but are not laid out at first


class MainWindow(QMainWindow):
    """Signals: analysisApplied() after each analysis or reclassification is shown."""

    analysisApplied = Signal()

    def __init__(self, settings: QSettings, runner: JobRunner | None = None,
                 analyze_fn: AnalyzeFunction = analyze, autosave_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner or JobRunner(parent=self)
        self._analyze = analyze_fn
        self.documents: tuple[Document, ...] = ()
        self.analysis: Analysis | None = None
        self.marks: dict[str, DocumentMarks] = {}
        self.prepared_cache: PreparedCache = MemoryCache()
        self.current = -1
        self.two_article = False
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.panes = PaneArea(self.tooltip_for)
        self.panes.passageClicked.connect(self.on_passage_clicked)
        self.setCentralWidget(self.panes)
        self.findings = FindingsPanel()
        self.findings.findingSelected.connect(self.navigate_to)
        self.articles = ArticlesPanel()
        self.articles.selectionChanged.connect(lambda _ids: self._layout_panes())
        self.matrix_model, self.claims_model = MatrixModel(self), ClaimsModel(self)
        self.matrix_view, self.claims_view = OverviewTable(), OverviewTable()
        self.matrix_view.setModel(self.matrix_model)
        self.claims_view.setModel(self.claims_model)
        self.matrix_view.cellClicked.connect(self.show_pair_by_index)
        self.claims_view.cellClicked.connect(self.show_claim)
        self._build_docks()
        self.chrome = WindowChrome(self)
        self.project = ProjectActions(self, autosave_dir or default_autosave_dir())
        self.panes.passageSelected.connect(self.project.note_selection)
        self.project.controller.projectChanged.connect(self.use_project_cache)
        self.articles_actions = ArticleActions(self)
        self.runner.progress.connect(self.chrome.show_progress)
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.busyChanged.connect(self.chrome.set_busy)
        self._threshold_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._threshold_timer.timeout.connect(self._reclassify)
        self.restore_state()

    # ----- layout -------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.findings_dock = self._dock("Findings", "findings", self.findings, bottom)
        overview = QTabWidget()
        overview.addTab(self.claims_view, "Claims: who says what")
        overview.addTab(self.matrix_view, "Similarity matrix")
        self.overview_tabs = overview
        self.overview_dock = self._dock("Overview", "overview", overview, bottom)
        self.splitDockWidget(self.findings_dock, self.overview_dock, Qt.Orientation.Horizontal)
        self.articles_dock = self._dock("Articles", "articles", self.articles,
                                        Qt.DockWidgetArea.LeftDockWidgetArea)
        self.articles_dock.hide()
        self.resizeDocks([self.findings_dock, self.overview_dock], [900, 600], Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings_dock], [300], Qt.Orientation.Vertical)

    # ----- opening and analysing ----------------------------------------------------------
    def open_paths(self, paths: Sequence[Path], remember: bool = True) -> None:
        """Read files off the UI thread; they appear as soon as read, then get analysed."""
        if remember:
            self.chrome.remember_recent([str(p) for p in paths])
        self.runner.submit(load_job(list(paths), self.documents))

    def set_documents(self, documents: Sequence[Document]) -> None:
        self.documents = tuple(documents)
        self.project.controller.set_documents(self.documents)
        self.panes.set_documents(self.documents)
        self.articles.set_documents(self.documents, [d.id for d in self.documents[:MAX_DEFAULT_PANES]])
        self.findings.set_documents(self.documents)
        self.chrome.refresh_pickers(self.documents)
        self._layout_panes()
        QTimer.singleShot(FIRST_PAINT_MS, self.reanalyse)  # let the articles paint first

    def reanalyse(self) -> None:
        if self.documents:
            documents = [dataclasses.replace(d, sentences=(), claims=()) for d in self.documents]
            self.runner.submit(analyze_job(documents, self.threshold, self._analyze, self.analysis,
                                           self.prepared_cache))

    def use_project_cache(self, path: str) -> None:
        """Prepared articles are kept in the open project, else in memory for this window."""
        self.prepared_cache = ProjectCache(Path(path)) if path else MemoryCache()

    @property
    def threshold(self) -> float:
        return self.chrome.threshold()

    def threshold_changed(self) -> None:
        self._threshold_timer.start()

    def _reclassify(self) -> None:
        if self.analysis is not None and abs(self.analysis.threshold - self.threshold) > 1e-9:
            self.runner.submit(reclassify_job(self.analysis, self.threshold))

    def _on_job_finished(self, result: object) -> None:
        if isinstance(result, Loaded):
            self._report_errors(result.errors)
            self.set_documents(result.documents)
        elif isinstance(result, (Analysed, Reclassified)):
            self.apply_view(result.view)
            self._reclassify()  # the slider may have moved while this ran

    def _on_job_failed(self, message: str) -> None:
        self.chrome.status(f"Analysis failed: {message}")
        QMessageBox.warning(self, APP_NAME, f"The analysis failed:\n{message}")

    def _report_errors(self, errors: Sequence[LoadError]) -> None:
        if not errors:
            return
        lines = "\n".join(f"• {e.path}: {e.reason}" for e in errors)
        self.chrome.status(f"{len(errors)} file(s) could not be opened")
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          f"Some files could not be opened; the others are loaded.\n\n{lines}",
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("load-errors")
        box.open()

    def apply_view(self, view: View) -> None:
        """Show an analysis in three event-loop turns (table, overviews, then panes),
        so a large result never freezes the window; the selected finding is kept if it survives."""
        previous = self._current_finding()
        analysis = self.analysis = view.analysis
        self.documents = analysis.documents
        self.marks = view.marks
        self.current = -1
        if previous is not None:
            found = analysis.findings.index_of(previous.id)
            self.current = found if found is not None else -1
        self.findings.set_findings(analysis.findings)
        self.chrome.show_counts(analysis.findings.conflict_count(), len(analysis.findings))
        QTimer.singleShot(0, lambda: self._apply_rest(view))

    def _apply_rest(self, view: View) -> None:
        if view.analysis is not self.analysis:
            return  # a newer result arrived meanwhile
        analysis = view.analysis
        ids = [doc.id for doc in analysis.documents]
        self.matrix_model.set_data(ids, analysis.similarity, analysis.findings.conflict_matrix())
        self.claims_model.set_rows(analysis.documents, view.claim_rows)
        QTimer.singleShot(0, lambda: self._apply_panes(view))

    def _apply_panes(self, view: View) -> None:
        if view.analysis is not self.analysis:
            return
        self.panes.set_documents(self.documents)
        self.repaint_marks(now=False)
        self._paint_next(view)

    def _paint_next(self, view: View) -> None:
        """One pane per event-loop turn, then the analysis counts as shown."""
        if view.analysis is not self.analysis:
            return
        if self.panes.paint_pending():
            QTimer.singleShot(0, lambda: self._paint_next(view))
            return
        if self.current >= 0:
            self.findings.select_finding(self.current)
        self.analysisApplied.emit()

    def _current_finding(self) -> Finding | None:
        if self.analysis is None or not 0 <= self.current < len(self.analysis.findings):
            return None
        return self.analysis.findings[self.current]

    # ----- panes and navigation -----------------------------------------------------------
    def _layout_panes(self) -> None:
        if self.two_article:
            ids = self.chrome.picked_pair()
        else:
            ids = self.articles.shown_ids() or [d.id for d in self.documents[:MAX_DEFAULT_PANES]]
        if self.panes.show_documents(ids):
            self.panes.restore_sizes(self._saved_pane_sizes())
        self.repaint_marks()

    def _saved_pane_sizes(self) -> list[int]:
        """Splitter sizes from the last session (kept when the same number of panes shows)."""
        value = self.settings.value("window/panes", [])
        values = value if isinstance(value, list) else [value] if value else []
        try:
            return [int(str(v)) for v in values]
        except (TypeError, ValueError):
            return []

    def set_two_article_mode(self, enabled: bool) -> None:
        self.two_article = enabled
        self.chrome.show_pickers(enabled)
        self._layout_panes()

    def show_pair(self, left: str, right: str) -> None:
        self.chrome.pick_pair(left, right)
        self.set_two_article_mode(True)

    def show_pair_by_index(self, row: int, column: int) -> None:
        if row != column and max(row, column) < len(self.documents):
            self.show_pair(self.documents[row].id, self.documents[column].id)

    def repaint_marks(self, now: bool = True) -> None:
        findings = self.analysis.findings if self.analysis else None
        dismissed = self.dismissed_indices()
        self.findings.set_hidden(dismissed, self.project.show_dismissed.isChecked())
        hidden = dismissed
        if findings is not None and self.project.show_dismissed.isChecked():
            hidden = frozenset(range(len(findings))) - dismissed
        self.panes.paint(self.marks, findings, self.current, self.project.flag_spans(), hidden, now)

    def dismissed_indices(self) -> frozenset[int]:
        """The findings of this analysis that the user dismissed (found by their stable ids)."""
        if self.analysis is None:
            return frozenset()
        found = (self.analysis.findings.index_of(i) for i in self.project.controller.dismissed)
        return frozenset(i for i in found if i is not None)

    def navigate_to(self, index: int) -> None:
        """Select a finding: emphasise it, scroll both passages into view, flash them."""
        if self.analysis is None or not 0 <= index < len(self.analysis.findings):
            return
        finding = self.analysis.findings[index]
        self.current = index
        shown = set(self.panes.visible_ids)
        if self.two_article and not {finding.a.doc, finding.b.doc} <= shown:
            self.chrome.pick_pair(finding.a.doc, finding.b.doc)
            self._layout_panes()
        self.repaint_marks()
        for passage in (finding.a, finding.b):
            pane = self.panes.pane(passage.doc)
            if pane is not None and passage.doc in self.panes.visible_ids:
                pane.reveal(passage.start, passage.end)
                pane.flash(passage.start, passage.end)
        self.findings.select_finding(index)
        self.chrome.status(finding.explanation)

    def on_passage_clicked(self, doc_id: str, offset: int) -> None:
        marks = self.marks.get(doc_id)
        hits = marks.findings_at(offset) if marks else []
        if not hits:
            return
        following = [i for i in hits if i != self.current]
        self.navigate_to(following[0] if following and self.current in hits else hits[0])

    def step(self, delta: int, kind: str = "") -> None:
        if not self.findings.step(delta, kind):
            self.chrome.status("No more findings" if not kind else f"No {kind}s")

    def show_claim(self, row: int, column: int) -> None:
        cell = self.claims_model.index(row, column).data(CellRole)
        if cell is None:
            return
        pane = self.panes.pane(cell.doc)
        if pane is None:
            return
        if cell.doc not in self.panes.visible_ids:
            other = next((d for d in self.panes.visible_ids if d != cell.doc), cell.doc)
            self.show_pair(cell.doc, other)
        pane.reveal(cell.claim.start, cell.claim.end)
        pane.flash(cell.claim.start, cell.claim.end)

    def tooltip_for(self, doc_id: str, offset: int) -> str | None:
        """Counterpart quote and explanation for the finding under the mouse."""
        marks = self.marks.get(doc_id)
        if self.analysis is None or marks is None:
            return None
        hits = marks.findings_at(offset)
        if not hits:
            claim = next((c for c in self.analysis_document(doc_id).claims
                          if c.start <= offset < c.end), None)
            return f"{claim.topic}: {claim.quote}" if claim else None
        finding = self.analysis.findings[hits[0]]
        other = finding.b if finding.a.doc == doc_id else finding.a
        return (f"<b>{finding.kind.upper()}</b>: {finding.explanation}<br><br>"
                f"<i>{other.doc}</i>: “{other.quote}”")

    def analysis_document(self, doc_id: str) -> Document:
        return next(doc for doc in self.documents if doc.id == doc_id)

    # ----- drag and drop, settings --------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.open_paths(paths)
            event.acceptProposedAction()

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        stored = self.settings.value("analysis/threshold", DEFAULT_THRESHOLD)
        try:
            threshold = float(str(stored))
        except ValueError:
            threshold = DEFAULT_THRESHOLD
        self.chrome.set_threshold(threshold)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/panes", self.panes.pane_sizes())
        self.settings.setValue("analysis/threshold", self.threshold)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        self.save_state()
        super().closeEvent(event)

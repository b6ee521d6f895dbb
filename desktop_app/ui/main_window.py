"""The comparison window: assembles the model, the views that subscribe to it, and the actions."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QEvent, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..core.errors import LoadError
from ..core.pipeline.analysis import DEFAULT_THRESHOLD, analyze
from .analysis_service import AnalysisService
from .article_actions import ArticleActions
from .articles_panel import ArticlesPanel
from .comparison import ComparisonModel
from .export_files import warn
from .file_actions import FileActions
from .findings_panel import FindingsPanel
from .jobs import AnalyzeFunction
from .overview_views import OverviewPanel
from .pane_area import PaneArea
from .project_actions import ProjectActions
from .report_export import ReportExport
from .status import StatusBar
from .toolbar import ComparisonToolBar

APP_NAME = "source-compare"
SCREEN_SHARE = 0.9  # of the available screen, on first launch
DOCK_SHARE = 0.28  # of the window's height for the bottom docks, on first launch
FIRST_SIZE_LIMIT = (1600, 1000)
REPORT_WAIT_MS = 3000  # closing waits this long for a findings report being written


def default_autosave_dir() -> Path:
    """Where a first flag without a project is saved (the user's data folder)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "projects"


def first_geometry(available: QRect) -> QRect:
    """The window on first launch: most of the screen (at most 1600x1000), centred."""
    width = min(round(available.width() * SCREEN_SHARE), FIRST_SIZE_LIMIT[0])
    height = min(round(available.height() * SCREEN_SHARE), FIRST_SIZE_LIMIT[1])
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


class MainWindow(QMainWindow):
    """Signals: analysisApplied() once an analysis or reclassification is on screen."""

    analysisApplied = Signal()

    def __init__(self, settings: QSettings, analyze_fn: AnalyzeFunction = analyze,
                 autosave_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME}[*]")
        self.setAcceptDrops(True)
        self.model = ComparisonModel(autosave_dir or default_autosave_dir(), self)
        self.service = AnalysisService(self.model, analyze_fn, self)
        self.panes = PaneArea(self.model)
        self.panes.painted.connect(self.analysisApplied)
        self.setCentralWidget(self.panes)
        self.status_bar = StatusBar(self.model, self.service.runner)
        self.setStatusBar(self.status_bar)
        status = self.status_bar.message
        self.files = FileActions(self.service, settings, status, self)
        self.project = ProjectActions(self.model, status, self.panes, self)
        self.report = ReportExport(self.model, status, self)
        self.articles_actions = ArticleActions(self.model, status, self.panes, self)
        self.findings = FindingsPanel(self.model)
        self.overview = OverviewPanel(self.model)
        self.articles = ArticlesPanel(self.model)
        self.toolbar = ComparisonToolBar(self.model, [self.files.actions["open"]], self)
        self.addToolBar(self.toolbar)
        self._build_docks()
        self._build_menus()
        self.service.loadFailed.connect(self._load_failed)
        self.service.loadNoted.connect(self._load_noted)
        self.service.failed.connect(self._analysis_failed)
        self.model.project.projectChanged.connect(self._show_title)
        self.model.unsavedChanged.connect(self.setWindowModified)
        self._first_show = True
        self._closing_confirmed = False
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
        self.overview_dock = self._dock("Overview", "overview", self.overview, bottom)
        self.splitDockWidget(self.findings_dock, self.overview_dock, Qt.Orientation.Horizontal)
        self.flags_dock = self._dock("Flags", "flags", self.project.panel, bottom)
        self.tabifyDockWidget(self.findings_dock, self.flags_dock)
        self.findings_dock.raise_()
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.articles_dock = self._dock("Articles", "articles", self.articles, left)
        self.articles_dock.hide()
        self.project.flagCreated.connect(self._show_new_flag)

    def first_layout(self, available: QRect) -> None:
        """No saved layout: most of the screen, and most of the window's height for the panes."""
        self.setGeometry(first_geometry(available))
        self._size_docks()

    def _size_docks(self) -> None:
        height = max(round(self.height() * DOCK_SHARE), 120)
        self.resizeDocks([self.findings_dock, self.overview_dock], [self.width() * 6 // 10,
                                                                     self.width() * 4 // 10],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings_dock], [height], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            if self.settings.value("window/state") is None:
                self._size_docks()  # docks sized to the window as shown, not as constructed

    def _show_new_flag(self, flag_id: str) -> None:
        """A flag just made: its note cell is ready for typing."""
        self.flags_dock.show()
        self.flags_dock.raise_()
        self.project.panel.edit_note(flag_id)

    # ----- menus --------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcuts: Sequence[str] = ()) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.files.actions[k] for k in ("open", "open-folder", "open-url")])
        file_menu.addMenu(self.files.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(self.project.file_actions)
        file_menu.addAction(self.report.action)
        file_menu.addSeparator()
        quit_action = self._action("&Quit", self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.project.undo_action, self.project.redo_action])
        edit_menu.addSeparator()
        find = self._action("&Find in Findings", self.focus_filter)
        find.setShortcut(QKeySequence.StandardKey.Find)
        edit_menu.addAction(find)
        view = bar.addMenu("&View")
        view.addActions([
            self._action("&Next Finding", lambda: self.step(1), ["F8", "Alt+Down"]),
            self._action("&Previous Finding", lambda: self.step(-1), ["Shift+F8", "Alt+Up"]),
            self._action("Next &Conflict", lambda: self.step(1, "conflict"), ["F9"]),
            self._action("Previous C&onflict", lambda: self.step(-1, "conflict"), ["Shift+F9"]),
            self._action("Next &Passage of Finding", lambda: self.step_member(1), ["Alt+Right"]),
            self._action("Previous Pa&ssage of Finding", lambda: self.step_member(-1), ["Alt+Left"])])
        view.addSeparator()
        view.addAction(self.toolbar.two_article_action)
        view.addAction(self._action("&Re-analyse", self.service.reanalyse, ["F5"]))
        view.addSeparator()
        for dock, shortcut in ((self.findings_dock, "Ctrl+1"), (self.overview_dock, "Ctrl+2"),
                               (self.articles_dock, "Ctrl+3"), (self.flags_dock, "Ctrl+4")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(shortcut))
            view.addAction(toggle)
        bar.addMenu("&Article").addActions(self.articles_actions.actions)
        flags = bar.addMenu("F&lags")
        flags.addActions(self.project.flag_actions)
        flags.addSeparator()
        project = self.project
        flags.addActions([project.confirm_action, project.dismiss_action, project.show_dismissed])
        self.findings.table.addActions([self.project.confirm_action, self.project.dismiss_action])
        self.findings.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard Shortcuts", self.show_shortcuts, ["Ctrl+/"]))
        help_menu.addAction(self._action("&About source-compare", self.show_about))
        for menu in bar.findChildren(type(file_menu)):
            self.addActions(menu.actions())  # shortcuts work while the menu bar is hidden too

    def step(self, delta: int, kind: str = "") -> None:
        if not self.findings.step(delta, kind):
            self.status_bar.message("No more findings" if not kind else f"No {kind}s")

    def step_member(self, delta: int) -> None:
        if self.model.step_member(delta) is None:
            self.status_bar.message("Select a finding first: its passages are shown one by one")

    def focus_filter(self) -> None:
        self.findings_dock.show()
        self.findings.text.setFocus()

    def show_shortcuts(self) -> None:
        actions = [a for a in self.actions() if a.shortcuts() and a.text()]
        rows = "".join(
            f"<tr><td>{a.text().replace('&', '')}</td><td><b>"
            f"{', '.join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts())}"
            f"</b></td></tr>" for a in actions)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", f"<table>{rows}</table>",
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcuts")
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About source-compare",
                          f"<b>source-compare {__version__}</b><br>Compare news articles side by "
                          "side: where they agree, where they conflict.",
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("about")
        box.open()

    # ----- what the model and the service report ------------------------------------------
    def open_paths(self, paths: Sequence[Path], remember: bool = True) -> None:
        self.files.open_paths(paths, remember)

    def _load_noted(self, notes: Sequence[str]) -> None:
        self.status_bar.message("; ".join(notes))

    def _load_failed(self, errors: Sequence[LoadError]) -> None:
        self.files.report_errors(errors)

    def _analysis_failed(self, message: str) -> None:
        self.status_bar.message(f"Analysis failed: {message}")
        warn(self, f"The analysis failed:\n{message}", "analysis-failed")

    def _show_title(self, path: str) -> None:
        name = Path(path).stem if path else ""
        self.setWindowTitle(f"{name}[*] — {APP_NAME}" if name else f"{APP_NAME}[*]")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.panes.restyle()
            self.toolbar.restyle()
            self.findings.table.viewport().update()

    # ----- drag and drop, settings, closing -----------------------------------------------
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
        else:
            screen = self.screen()
            if screen is not None:
                self.first_layout(screen.availableGeometry())
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.panes.restore_sizes(self._saved_pane_sizes())
        stored = self.settings.value("analysis/threshold", DEFAULT_THRESHOLD)
        with contextlib.suppress(ValueError):
            self.model.set_threshold(float(str(stored)))

    def _saved_pane_sizes(self) -> list[int]:
        """Splitter sizes from the last session (kept when the same number of panes shows)."""
        value = self.settings.value("window/panes", [])
        values = value if isinstance(value, list) else [value] if value else []
        try:
            return [int(str(v)) for v in values]
        except (TypeError, ValueError):
            return []

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/panes", self.panes.pane_sizes())
        self.settings.setValue("analysis/threshold", self.model.threshold)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Edits kept only in memory (no project yet) are not lost without asking."""
        if self.isWindowModified() and not self._closing_confirmed:
            event.ignore()
            self._ask_before_closing()
            return
        self.service.shutdown()
        self.report.shutdown(REPORT_WAIT_MS)  # a report being written is finished or given up
        self.save_state()
        super().closeEvent(event)

    def discard_unsaved_on_close(self) -> None:
        """Close without asking about edits kept only in memory (scripts and tests)."""
        self._closing_confirmed = True

    def _ask_before_closing(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                          "Your changes to the articles (titles, dates, excluded passages, pasted "
                          "articles) are not in a project yet. Save them as a project?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsaved-changes")
        box.finished.connect(lambda result: self._closing_answered(QMessageBox.StandardButton(result)))
        box.open()

    def _closing_answered(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save:
            self.project.new_project()
            if self.isWindowModified():
                return  # no project was made: stay open
        elif answer != QMessageBox.StandardButton.Discard:
            return
        self._closing_confirmed = True
        self.close()

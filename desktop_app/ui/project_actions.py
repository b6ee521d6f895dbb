"""Flag, undo and project actions of the window, wired to the flags controller."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from ..core.formats.flag_export import FORMATS
from ..core.formats.w3c_import import AnnotationError, import_w3c
from ..core.model import Finding
from ..core.project.anchoring import Anchor, make_anchor
from ..core.project.flags import Flag, FlagKind
from ..core.project.store import SUFFIX, ProjectError, ProjectStore
from .flags_controller import FlagsController
from .flags_panel import FlagsPanel
from .jobs import SourcesChecked, SourcesUpdated, check_sources_job, update_sources_job
from .worker import JobRunner

if TYPE_CHECKING:
    from .main_window import MainWindow

PROJECT_FILTER = f"source-compare projects (*{SUFFIX})"
EXPORT_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".csv": "csv", ".json": "json",
                   ".jsonld": "w3c"}
EXPORT_FILTER = ("HTML report (*.html);;Markdown (*.md);;CSV (*.csv);;JSON (*.json);;"
                 "W3C Web Annotations (*.jsonld)")


class ProjectActions:
    """Owns the flags controller, the Flags dock and the actions that act on them."""

    def __init__(self, window: MainWindow, autosave_dir: Path) -> None:
        self.window = window
        self.controller = FlagsController(autosave_dir, window)
        self.controller.changed.connect(self._flags_changed)
        self.controller.projectChanged.connect(self._project_changed)
        self.controller.failed.connect(lambda message: window.chrome.status(f"Not saved: {message}"))
        self.panel = FlagsPanel(lambda flag, changes: self.controller.edit(flag, **changes))
        self.panel.flagActivated.connect(self.show_flag)
        self.panel.deleteRequested.connect(self.controller.delete)
        self.dock = QDockWidget("Flags", window)
        self.dock.setObjectName("flags")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.findings_dock, self.dock)
        window.findings_dock.raise_()
        self._recent_selection: list[str] = []
        self.io = JobRunner(parent=window)
        self.io.finished.connect(self._io_finished)
        self.io.failed.connect(lambda message: self._error(ProjectError("project", message)))
        self._build_menus()
        window.chrome.slider.valueChanged.connect(self._save_threshold)

    # ----- menus --------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: str | QKeySequence.StandardKey = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        self.window.chrome.actions[text] = action
        return action

    def _build_menus(self) -> None:
        chrome = self.window.chrome
        file_menu, edit_menu = chrome.file_menu, chrome.edit_menu
        first = file_menu.actions()[0]
        for action in (self._action("New Project from Articles…", self.new_project, "Ctrl+N"),
                       self._action("Open Project…", self.open_project_dialog, "Ctrl+Shift+P"),
                       self._action("Save Project As…", self.save_as, QKeySequence.StandardKey.SaveAs),
                       self._action("Reload Changed Articles", self.reload_changed, "Ctrl+R"),
                       self._action("Export Flags…", self.export_dialog, "Ctrl+E"),
                       self._action("Import Annotations…", self.import_dialog)):
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)
        undo = self.controller.undo_stack.createUndoAction(self.window, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self.window, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.undo_action, self.redo_action = undo, redo
        first_edit = edit_menu.actions()[0]
        for action in (undo, redo):
            self.window.addAction(action)
            edit_menu.insertAction(first_edit, action)
        edit_menu.insertSeparator(first_edit)
        flags = chrome.flags_menu
        flags.addAction(self._action("Flag Contradiction", lambda: self.flag_selection("conflict"),
                                     "Ctrl+Shift+C"))
        flags.addAction(self._action("Flag Agreement", lambda: self.flag_selection("agree"), "Ctrl+Shift+A"))
        flags.addAction(self._action("Add Note", lambda: self.flag_selection("note"), "Ctrl+Shift+N"))
        flags.addSeparator()
        confirm = self._action("Confirm Finding", self.confirm_current, "Ctrl+Shift+Return")
        dismiss = self._action("Dismiss or Restore Finding", self.dismiss_current, "Ctrl+Shift+D")
        flags.addActions([confirm, dismiss])
        table = self.window.findings.table
        table.addActions([confirm, dismiss])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.show_dismissed = self._action("Show Dismissed Findings", self._toggle_dismissed)
        self.show_dismissed.setCheckable(True)
        flags.addAction(self.show_dismissed)
        flags.addSeparator()
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+4"))
        flags.addAction(toggle)

    # ----- flags --------------------------------------------------------------------------
    def note_selection(self, doc_id: str) -> None:
        """Panes report each new selection; the two most recent make a flag."""
        if doc_id in self._recent_selection:
            self._recent_selection.remove(doc_id)
        self._recent_selection.insert(0, doc_id)

    def selected_anchors(self) -> list[Anchor]:
        anchors = []
        for doc_id in self._recent_selection:
            pane = self.window.panes.panes.get(doc_id)
            span = pane.selected_span() if pane is not None else None
            if pane is not None and pane.document is not None and span is not None:
                anchors.append(make_anchor(doc_id, pane.document.text, *span))
        return anchors

    def flag_selection(self, kind: FlagKind) -> Flag | None:
        anchors = self.selected_anchors()
        needed = 1 if kind == "note" else 2
        if len(anchors) < needed:
            self.window.chrome.status("Select a passage in one pane" if needed == 1 else
                                      "Select a passage in each of two panes, then flag them")
            return None
        flag = self.controller.add(kind, anchors[:needed])
        if flag is not None:
            self.dock.show()
            self.dock.raise_()
            self.panel.edit_note(flag.id)
            self.window.chrome.status(f"{kind} flag saved to {self.controller.path}")
        return flag

    def _current_finding(self) -> Finding | None:
        analysis, index = self.window.analysis, self.window.current
        return analysis.findings[index] if analysis and 0 <= index < len(analysis.findings) else None

    def confirm_current(self) -> Flag | None:
        finding = self._current_finding()
        return self.controller.confirm(finding) if finding else None

    def dismiss_current(self) -> None:
        finding = self._current_finding()
        if finding is not None:
            self.controller.dismiss(finding, finding.id not in self.controller.dismissed)

    def _toggle_dismissed(self) -> None:
        self.window.repaint_marks()

    def show_flag(self, flag: Flag) -> None:
        for anchor in flag.anchors:
            pane = self.window.panes.pane(anchor.doc)
            if pane is not None and anchor.doc in self.window.panes.visible_ids:
                pane.reveal(anchor.start, anchor.end)
                pane.flash(anchor.start, anchor.end)

    def _flags_changed(self) -> None:
        self.panel.set_flags(self.controller.flags)
        self._toggle_dismissed()

    def flag_spans(self) -> dict[str, list[tuple[int, int, str]]]:
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for flag in self.controller.flags:
            for anchor in flag.anchors:
                if anchor.state != "orphaned":
                    spans.setdefault(anchor.doc, []).append((anchor.start, anchor.end, flag.kind))
        return spans

    # ----- projects -----------------------------------------------------------------------
    def _save_threshold(self, value: int) -> None:
        """The view setting travels with the project: the threshold it was judged at."""
        if self.controller.has_project:
            try:
                self.controller.store().set_setting("threshold", value / 100.0)
            except ProjectError as exc:
                self.window.chrome.status(str(exc))

    def _project_changed(self, path: str) -> None:
        name = Path(path).stem if path else ""
        self.window.setWindowTitle(f"{name} — source-compare" if name else "source-compare")

    def _error(self, error: ProjectError) -> None:
        self.window.chrome.status(str(error))
        box = QMessageBox(QMessageBox.Icon.Warning, "source-compare", str(error),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("project-error")
        box.open()

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, "New project", "", PROJECT_FILTER)
        if name:
            self.create_project(Path(name if name.endswith(SUFFIX) else name + SUFFIX))

    def create_project(self, path: Path) -> None:
        try:
            self.controller.adopt(ProjectStore.create(path, self.window.documents))
        except ProjectError as exc:
            self._error(exc)

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, "Open project", "", PROJECT_FILTER)
        if name:
            self.open_project(Path(name))

    def open_project(self, path: Path) -> bool:
        """Show a project's article snapshots and flags; tell the user if sources changed."""
        try:
            store = ProjectStore.open(path)
        except ProjectError as exc:
            self._error(exc)
            return False
        documents = [item.document for item in store.documents()]
        self.controller.adopt(store)
        threshold = store.setting("threshold")
        if isinstance(threshold, (int, float)):
            self.window.chrome.set_threshold(float(threshold))
        self.window.set_documents(documents)
        self.io.submit(check_sources_job(path))  # reading every source file: not on the UI thread
        return True

    def reload_changed(self) -> None:
        path = self.controller.path
        if path is None:
            self.window.chrome.status("No project is open")
            return
        self.window.chrome.status("Reloading changed articles…")
        self.io.submit(update_sources_job(path))

    def _io_finished(self, result: object) -> None:
        if isinstance(result, SourcesChecked) and result.changed:
            self.window.chrome.status(f"{len(result.changed)} article(s) changed on disk since saved: "
                                      "File ▸ Reload Changed Articles (Ctrl+R)")
        elif isinstance(result, SourcesUpdated):
            self.controller.reload()
            self.window.set_documents(result.documents)
            report = result.report
            lost = sum(1 for f in report.unanchored if f.orphaned)
            self.window.chrome.status(f"{len(report.changed)} article(s) reloaded; {len(report.unanchored)} "
                                      f"flag(s) moved or re-found, {lost} orphaned")

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, "Save project as", "", PROJECT_FILTER)
        if name:
            self.save_copy(Path(name if name.endswith(SUFFIX) else name + SUFFIX))

    def save_copy(self, path: Path) -> None:
        """Copy the project (SQLite online backup) and continue in the copy."""
        try:
            source = self.controller.store()
            source.backup_to(path)
            self.controller.adopt(ProjectStore.open(path))
        except ProjectError as exc:
            self._error(exc)

    # ----- export and import --------------------------------------------------------------
    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, "Export flags", "", EXPORT_FILTER)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the flags in the format the file name's suffix asks for."""
        fmt = EXPORT_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            self.window.chrome.status(f"{path}: choose .html, .md, .csv, .json or .jsonld")
            return False
        text = FORMATS[fmt](self.window.documents, self.controller.flags)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self._error(ProjectError(path, f"cannot write ({exc.strerror or exc})"))
            return False
        self.window.chrome.status(f"{len(self.controller.flags)} flags exported to {path}")
        return True

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, "Import annotations", "",
                                              "W3C annotations (*.jsonld *.json)")
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> int:
        try:
            flags = import_w3c(path.read_text(encoding="utf-8"), self.window.documents)
        except (OSError, AnnotationError) as exc:
            self._error(ProjectError(path, str(exc)))
            return 0
        self.controller.undo_stack.beginMacro(f"Import {len(flags)} annotations")
        imported = sum(self.controller.add_existing(flag) for flag in flags)
        self.controller.undo_stack.endMacro()
        self.window.chrome.status(f"{imported} of {len(flags)} annotations imported from {path}")
        return imported

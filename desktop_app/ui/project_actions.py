"""Project, flag, undo and export actions: what the File, Edit and Flags menus do with a project."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.formats.flag_export import FORMAT_OF_SUFFIX, FORMATS
from ..core.formats.w3c_import import AnnotationError, import_annotation_file
from ..core.model import Passage
from ..core.project.anchoring import make_anchor
from ..core.project.flags import Flag, FlagKind, confirmed_flag, edited, new_flag
from ..core.project.store import SUFFIX, ProjectError, ProjectStore
from . import atomic
from .commands import DeleteFlagCommand, DismissCommand, ImportFlagsCommand, SaveFlagCommand
from .comparison import ComparisonModel
from .export_files import ask_export_file, chosen_file, warn
from .flags_panel import FlagsPanel
from .jobs import SourcesChecked, SourcesUpdated, check_sources_job, update_sources_job
from .selection import SelectionSource, in_selection_order
from .status import StatusSink, plural
from .worker import JobRunner

PROJECT_FILTER = f"source-compare projects (*{SUFFIX})"
EXPORT_SUFFIXES = FORMAT_OF_SUFFIX
EXPORT_FILTERS = {"HTML report (*.html)": ".html", "Markdown (*.md)": ".md", "CSV (*.csv)": ".csv",
                  "JSON (*.json)": ".json", "W3C Web Annotations (*.jsonld)": ".jsonld"}
FLAG_LABELS = {"conflict": "Flag contradiction", "agree": "Flag agreement", "note": "Add note"}


class ProjectActions(QObject):
    """Owns the Flags panel and the actions on flags, findings and project files.

    Signals: flagCreated(flag id) after the user flagged passages (its note is to be typed);
    openFailed(reason) when a project file could not be opened.
    """

    flagCreated = Signal(str)
    openFailed = Signal(str)

    def __init__(self, model: ComparisonModel, status: StatusSink, selection: SelectionSource,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.model, self.session, self.status = model, model.project, status
        self.selection, self.parent_widget = selection, parent
        self.session.failed.connect(self._not_saved)
        self.panel = FlagsPanel(self.edit_flag)
        self.panel.flagActivated.connect(self.show_flag)
        self.panel.deleteRequested.connect(self.delete_flag)
        model.flagsChanged.connect(self._flags_changed)
        model.documentsChanged.connect(self._documents_changed)
        model.thresholdChanged.connect(self._save_threshold)
        self.io = JobRunner(self)
        self.io.finished.connect(self._io_finished)
        self.io.failed.connect(self._io_failed)
        self.actions: dict[str, QAction] = {}
        self._build_actions()

    def _not_saved(self, message: str) -> None:
        self.status(f"Not saved: {message}")

    def _flags_changed(self) -> None:
        self.panel.set_flags(self.session.flags)

    def _documents_changed(self) -> None:
        self.panel.set_names(self.model.names)

    def _io_failed(self, message: str) -> None:
        self._error(ProjectError(str(self.session.path or "project"), message))

    # ----- actions ------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: object,
                shortcut: str | QKeySequence.StandardKey = "") -> QAction:
        action = QAction(text, self.parent_widget)
        action.setObjectName(key)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.actions[key] = action
        return action

    def _build_actions(self) -> None:
        self.file_actions = [
            self._action("new-project", "New Project from Articles…", self.new_project, "Ctrl+N"),
            self._action("open-project", "Open Project…", self.open_project_dialog, "Ctrl+Shift+P"),
            self._action("save-as", "Save Project As…", self.save_as, QKeySequence.StandardKey.SaveAs),
            self._action("reload", "Reload Changed Articles", self.reload_changed, "Ctrl+R"),
            self._action("export", "Export Flags…", self.export_dialog, "Ctrl+E"),
            self._action("import", "Import Annotations…", self.import_dialog),
        ]
        stack = self.model.undo_stack
        self.undo_action = stack.createUndoAction(self.parent_widget, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self.parent_widget, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                                       QKeySequence(QKeySequence.StandardKey.Redo)])
        self.confirm_action = self._action("confirm", "Confirm Finding", self.confirm_current,
                                           "Ctrl+Shift+Return")
        self.dismiss_action = self._action("dismiss", "Dismiss or Restore Finding", self.dismiss_current,
                                           "Ctrl+Shift+D")
        self.show_dismissed = QAction("Show Dismissed Findings", self.parent_widget, checkable=True)
        self.show_dismissed.setObjectName("show-dismissed")
        self.show_dismissed.toggled.connect(self.model.set_show_dismissed)
        self.actions["show-dismissed"] = self.show_dismissed
        self.show_dismissed.setToolTip("List and paint dismissed findings too, in grey, to restore them")
        self.flag_actions = [
            self._action("flag-conflict", "Flag Contradiction", lambda: self.flag_selection("conflict"),
                         "Ctrl+Shift+C"),
            self._action("flag-agree", "Flag Agreement", lambda: self.flag_selection("agree"),
                         "Ctrl+Shift+A"),
            self._action("flag-note", "Add Note", lambda: self.flag_selection("note"), "Ctrl+Shift+N"),
        ]

    # ----- flags --------------------------------------------------------------------------
    def flag_selection(self, kind: FlagKind) -> Flag | None:
        """Flag the passages selected in the panes; the first selected is Article A."""
        needed = 1 if kind == "note" else 2
        spans = in_selection_order(self.selection.recent_selections(), needed)
        if len(spans) < needed:
            self.status("Select a passage in one pane" if needed == 1 else
                        "Select a passage in each of two panes, then flag them")
            return None
        anchors = []
        for span in spans:
            doc = self.model.document(span.doc)
            if doc is not None:
                anchors.append(make_anchor(span.doc, doc.text, span.start, span.end))
        try:
            flag = new_flag(kind, anchors)
        except ValueError as exc:
            self.status(str(exc))
            return None
        if not self.session.push(SaveFlagCommand(self.session, FLAG_LABELS[kind], flag, None)):
            return None
        self.status(f"{kind} flag saved to {self.session.path}")
        self.flagCreated.emit(flag.id)
        return flag

    def edit_flag(self, flag: Flag, changes: dict[str, object]) -> None:
        what = ", ".join(changes)
        self.session.push(SaveFlagCommand(self.session, f"Edit flag {what}", edited(flag, **changes), flag))

    def delete_flag(self, flag: Flag) -> None:
        self.session.push(DeleteFlagCommand(self.session, flag))

    def confirm_current(self) -> Flag | None:
        """The selected finding becomes a confirmed flag; its note names the articles by title.
        Of a group or link, the flag joins the two passages on screen (the one stepped to or
        clicked, and its counterpart); otherwise its two representative passages."""
        finding = self.model.current_finding()
        if finding is None:
            return None
        shown = self.model.pair_shown()
        if shown is not None:
            finding = dataclasses.replace(finding, a=shown[0], b=shown[1])
        flag = confirmed_flag(finding, self.model.documents)
        flag = edited(flag, note=self.model.explain(self.model.current))
        label = f"Confirm {finding.kind}"
        return flag if self.session.push(SaveFlagCommand(self.session, label, flag, None)) else None

    def dismiss_current(self) -> None:
        finding = self.model.current_finding()
        if finding is not None:
            dismiss = finding.id not in self.session.dismissed
            self.session.push(DismissCommand(self.session, finding, dismiss))

    def show_flag(self, flag: Flag) -> None:
        self.model.reveal([Passage(a.doc, a.start, a.end, a.exact) for a in flag.anchors
                           if a.state != "orphaned"])

    # ----- projects -----------------------------------------------------------------------
    def _save_threshold(self, value: float) -> None:
        """The view setting travels with the project: the threshold it was judged at."""
        self.session.write(lambda store: store.set_setting("threshold", value))

    def _error(self, error: ProjectError | OSError | str) -> None:
        self.status(str(error))
        warn(self.parent_widget, str(error), "project-error")

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, "New project", "", PROJECT_FILTER)
        if name:
            self.create_project(Path(name if name.endswith(SUFFIX) else name + SUFFIX))

    def create_project(self, path: Path) -> bool:
        """A project holding the articles as shown (edits included); flags start empty."""
        try:
            self.session.adopt(ProjectStore.create(path, self.model.documents))
        except ProjectError as exc:
            self._error(exc)
            return False
        self.status(f"Project saved as {path}")
        return True

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, "Open project", "", PROJECT_FILTER)
        if name:
            self.open_project(Path(name))

    def open_project(self, path: Path) -> bool:
        """Show a project's article snapshots and flags; tell the user if sources changed."""
        try:
            store = ProjectStore.open(path)
        except ProjectError as exc:
            self._error(exc)
            self.openFailed.emit(str(exc))
            return False
        documents = [item.document for item in store.documents()]
        self.session.adopt(store)
        threshold = store.setting("threshold")
        if isinstance(threshold, (int, float)):
            self.model.set_threshold(float(threshold))
        self.model.set_documents(documents)
        self.io.submit(check_sources_job(path))  # reading every source file: not on the UI thread
        return True

    def reload_changed(self) -> None:
        path = self.session.path
        if path is None:
            self.status("No project is open")
            return
        self.status("Reloading changed articles…")
        self.io.submit(update_sources_job(path))

    def _io_finished(self, result: object) -> None:
        if isinstance(result, SourcesChecked) and result.changed:
            self.status(f"{plural(len(result.changed), 'article')} changed on disk since saved: "
                        "File ▸ Reload Changed Articles (Ctrl+R)")
        elif isinstance(result, SourcesUpdated):
            self.model.set_documents(result.documents)  # the texts first: flags anchor in them
            self.session.reload()
            report = result.report
            lost = sum(1 for f in report.unanchored if f.orphaned)
            self.status(f"{plural(len(report.changed), 'article')} reloaded; "
                        f"{plural(len(report.unanchored), 'flag')} moved or re-found, {lost} orphaned")

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, "Save project as", "", PROJECT_FILTER)
        if name:
            self.save_copy(Path(name if name.endswith(SUFFIX) else name + SUFFIX))

    def save_copy(self, path: Path) -> bool:
        """Copy the project (SQLite online backup) and continue in the copy; without a project,
        make one from the articles as shown."""
        if not self.session.has_project:
            return self.create_project(path)
        try:
            self.session.store().backup_to(path)
            self.session.adopt(ProjectStore.open(path))
        except ProjectError as exc:
            self._error(exc)
            return False
        return True

    # ----- export and import --------------------------------------------------------------
    def export_dialog(self) -> None:
        chosen = ask_export_file(self.parent_widget, "Export flags", EXPORT_FILTERS)
        if chosen is not None:
            self.export_to(*chosen)

    def export_to(self, path: Path, filter_suffix: str | None = None) -> Path | None:
        """Write the flags in the format the file name's suffix (or the chosen filter) asks for."""
        target, refused = chosen_file(path, filter_suffix, EXPORT_SUFFIXES,
                                      ".html, .md, .csv, .json or .jsonld", self.model)
        if target is None:
            self._error(refused)
            return None
        text = FORMATS[EXPORT_SUFFIXES[target.suffix.lower()]](self.model.documents, self.session.flags)
        try:
            atomic.write_text(target, text)
        except OSError as exc:
            self._error(exc)
            return None
        self.status(f"{plural(len(self.session.flags), 'flag')} exported to {target}")
        return target

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, "Import annotations", "",
                                              "W3C annotations (*.jsonld *.json)")
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> int:
        """Add the annotations of a W3C file as flags, as one undoable step.

        The core checks the whole file first and writes it in one transaction: a bad file
        changes nothing and gets one message; a flag whose id is taken is added under a
        new id (never replacing the user's), and the user is told which."""
        try:
            report = import_annotation_file(self.session.store(), path)
        except AnnotationError as exc:
            self._error(ProjectError(path, str(exc)))
            return 0
        except ProjectError as exc:
            self._error(exc)
            return 0
        count = len(report.written)
        if not count:
            self.status(f"{path}: no annotations to import")
            return 0
        self.session.push(ImportFlagsCommand(self.session, report,
                                             f"Import {plural(count, 'annotation')}"))
        renamed = report.messages()
        self.status(f"{plural(count, 'annotation')} imported from {path}"
                    + (f"; {len(renamed)} given a new id (their own was taken)" if renamed else ""))
        if renamed:
            self._inform("\n".join([f"{plural(count, 'annotation')} imported from {path}.", *renamed]))
        return count

    def _inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "source-compare", text,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("import-report")
        box.open()

"""The open project file with its flags and dismissals, as the window sees them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.model import Document
from ..core.project.flags import Flag
from ..core.project.store import ProjectError, ProjectStore


class ProjectSession(QObject):
    """Owns the open project store; edits reach it through commands on the shared undo stack.

    Signals: changed() after any flag or dismissal change; projectChanged(path or "")
    when a project is created, opened or closed; failed(message) when a write fails.
    """

    changed = Signal()
    projectChanged = Signal(str)
    failed = Signal(str)

    def __init__(self, autosave_dir: Path, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.autosave_dir = autosave_dir
        self.undo_stack = undo_stack
        self._store: ProjectStore | None = None
        self._documents: tuple[Document, ...] = ()
        self.flags: tuple[Flag, ...] = ()
        self.dismissed: frozenset[str] = frozenset()

    # ----- the project --------------------------------------------------------------------
    @property
    def has_project(self) -> bool:
        return self._store is not None

    @property
    def path(self) -> Path | None:
        return self._store.path if self._store else None

    def set_documents(self, documents: Sequence[Document]) -> None:
        """The articles shown; new ones are added to the open project at once."""
        self._documents = tuple(documents)
        if self._store is not None:
            known = self._store.document_ids()
            fresh = [d for d in documents if d.id not in known]
            if fresh:
                self.write(lambda store: store.add_documents(fresh))

    def store(self) -> ProjectStore:
        """The open project; the first flag without one autosaves to the data folder."""
        if self._store is None:
            self.autosave_dir.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M-%S")
            path, number = self.autosave_dir / f"Untitled {stamp}.scproj", 2
            while path.exists():  # two windows may start a project in the same second
                path, number = self.autosave_dir / f"Untitled {stamp} ({number}).scproj", number + 1
            # The new file holds the articles as they are now, edits included: history stays valid.
            self.adopt(ProjectStore.create(path, self._documents), keep_history=True)
        assert self._store is not None
        return self._store

    def adopt(self, store: ProjectStore, keep_history: bool = False) -> None:
        """Continue in `store`. Its edits are not those of the history unless `keep_history`
        (a project just made from the articles as shown), so the history is cleared."""
        if self._store is not None and self._store is not store:
            self._store.close()
        self._store = store
        if not keep_history:
            self.undo_stack.clear()
        self.projectChanged.emit(str(store.path))
        self.reload()

    def release(self) -> None:
        """Close the project's database as the program ends: no signal, no repaint. SQLite then
        folds its write-ahead log back and removes the -wal and -shm files beside the project."""
        if self._store is not None:
            self._store.close()
        self._store = None

    def close_project(self) -> None:
        self.release()
        self.undo_stack.clear()
        self.flags, self.dismissed = (), frozenset()
        self.projectChanged.emit("")
        self.changed.emit()

    def reload(self) -> None:
        if self._store is not None:
            self.flags = tuple(self._store.flags())
            self.dismissed = frozenset(self._store.dismissed())
        self.changed.emit()

    def write(self, operation: Callable[[ProjectStore], object]) -> bool:
        """Apply a write to the open project, if any; a failure is reported, never raised."""
        if self._store is None:
            return True
        try:
            operation(self._store)
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def push(self, command: QUndoCommand, needs_project: bool = True) -> bool:
        """Run a command on the undo stack; False when its write failed (it is then not kept).
        A command that `needs_project` makes one first (flags are never only in memory)."""
        if needs_project:
            try:
                self.store()
            except ProjectError as exc:
                self.failed.emit(str(exc))
                return False
        self.undo_stack.push(command)
        return not command.isObsolete()

    def flag(self, flag_id: str) -> Flag | None:
        return next((f for f in self.flags if f.id == flag_id), None)

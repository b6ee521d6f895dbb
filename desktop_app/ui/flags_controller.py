"""The user's flags and dismissals: one project store, every change an undoable command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.model import Document, Finding
from ..core.project.anchoring import Anchor
from ..core.project.flags import Flag, FlagKind, edited, flag_from_finding, new_flag, now
from ..core.project.store import ProjectError, ProjectStore


class _StoreCommand(QUndoCommand):
    """Base: runs a store operation, then tells the controller to refresh."""

    def __init__(self, controller: FlagsController, text: str) -> None:
        super().__init__(text)
        self.controller = controller

    def _run(self, operation: Callable[[ProjectStore], object]) -> None:
        """Apply to the store; a failed write is reported and the command dropped from history."""
        try:
            operation(self.controller.store())
        except ProjectError as exc:
            self.setObsolete(True)
            self.controller.failed.emit(str(exc))
        self.controller.reload()


class SaveFlagCommand(_StoreCommand):
    """Add a new flag (old is None) or replace an existing one."""

    def __init__(self, controller: FlagsController, text: str, new: Flag, old: Flag | None) -> None:
        super().__init__(controller, text)
        self.new, self.old = new, old

    def redo(self) -> None:
        self._run(lambda store: store.save_flag(self.new))

    def undo(self) -> None:
        old = self.old
        if old is None:
            self._run(lambda store: store.delete_flag(self.new.id))
        else:
            self._run(lambda store: store.save_flag(old))


class DeleteFlagCommand(_StoreCommand):
    def __init__(self, controller: FlagsController, flag: Flag) -> None:
        super().__init__(controller, f"Delete {flag.kind} flag")
        self.flag = flag

    def redo(self) -> None:
        self._run(lambda store: store.delete_flag(self.flag.id))

    def undo(self) -> None:
        self._run(lambda store: store.save_flag(self.flag))


class DismissCommand(_StoreCommand):
    def __init__(self, controller: FlagsController, finding: Finding, dismiss: bool) -> None:
        super().__init__(controller, ("Dismiss" if dismiss else "Restore") + f" {finding.kind}")
        self.finding_id, self.dismiss = finding.id, dismiss

    def _apply(self, dismiss: bool) -> None:
        if dismiss:
            self._run(lambda store: store.dismiss(self.finding_id, now()))
        else:
            self._run(lambda store: store.undismiss(self.finding_id))

    def redo(self) -> None:
        self._apply(self.dismiss)

    def undo(self) -> None:
        self._apply(not self.dismiss)


class FlagsController(QObject):
    """Owns the open project and the undo stack.

    Signals: changed() after any flag or dismissal change; projectChanged(path or "")
    when a project is created, opened or closed; failed(message) when a write fails.
    """

    changed = Signal()
    projectChanged = Signal(str)
    failed = Signal(str)

    def __init__(self, autosave_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.autosave_dir = autosave_dir
        self.undo_stack = QUndoStack(self)
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
                try:  # a read-only project (core: ProjectStore.read_only) refuses to save
                    self._store.add_documents(fresh)
                except ProjectError as exc:
                    self.failed.emit(str(exc))

    def store(self) -> ProjectStore:
        """The open project; the first change without one autosaves to the data folder."""
        if self._store is None:
            self.autosave_dir.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M-%S")
            path, number = self.autosave_dir / f"Untitled {stamp}.scproj", 2
            while path.exists():  # two windows may start a project in the same second
                path, number = self.autosave_dir / f"Untitled {stamp} ({number}).scproj", number + 1
            self.adopt(ProjectStore.create(path, self._documents))
        assert self._store is not None
        return self._store

    def adopt(self, store: ProjectStore) -> None:
        if self._store is not None and self._store is not store:
            self._store.close()
        self._store = store
        self.undo_stack.clear()
        self.projectChanged.emit(str(store.path))
        self.reload()

    def close_project(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store = None
        self.undo_stack.clear()
        self.flags, self.dismissed = (), frozenset()
        self.projectChanged.emit("")
        self.changed.emit()

    def reload(self) -> None:
        if self._store is not None:
            self.flags = tuple(self._store.flags())
            self.dismissed = frozenset(self._store.dismissed())
        self.changed.emit()

    def _push(self, command: QUndoCommand) -> bool:
        """Run the command; False when its write failed (it is then not kept for undo)."""
        try:
            self.store()
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return False
        self.undo_stack.push(command)
        return not command.isObsolete()

    # ----- user actions -------------------------------------------------------------------
    def add(self, kind: FlagKind, anchors: Sequence[Anchor], note: str = "") -> Flag | None:
        try:
            flag = new_flag(kind, anchors, note)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return None
        label = {"conflict": "Flag contradiction", "agree": "Flag agreement", "note": "Add note"}[kind]
        return flag if self._push(SaveFlagCommand(self, label, flag, None)) else None

    def add_existing(self, flag: Flag) -> bool:
        """Add a flag made elsewhere (imported annotations); False if it could not be saved."""
        return self._push(SaveFlagCommand(self, f"Import {flag.kind} flag", flag, None))

    def edit(self, flag: Flag, **changes: object) -> None:
        what = ", ".join(changes)
        self._push(SaveFlagCommand(self, f"Edit flag {what}", edited(flag, **changes), flag))

    def delete(self, flag: Flag) -> None:
        self._push(DeleteFlagCommand(self, flag))

    def confirm(self, finding: Finding) -> Flag | None:
        flag = flag_from_finding(finding, self._documents)
        return flag if self._push(SaveFlagCommand(self, f"Confirm {finding.kind}", flag, None)) else None

    def dismiss(self, finding: Finding, dismiss: bool = True) -> None:
        self._push(DismissCommand(self, finding, dismiss))

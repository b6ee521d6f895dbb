"""Every edit the user makes is one of these undoable commands on the comparison's one stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from ..core.model import Document, Finding
from ..core.project.flags import Flag, ImportReport, now
from ..core.project.store import ProjectError, ProjectStore
from .comparison import ComparisonModel
from .project_session import ProjectSession


class _StoreCommand(QUndoCommand):
    """Base of flag and dismissal commands: runs a store operation, then refreshes."""

    def __init__(self, session: ProjectSession, text: str) -> None:
        super().__init__(text)
        self.session = session

    def _run(self, operation: Callable[[ProjectStore], object]) -> None:
        """Apply to the store; a failed write is reported and the command dropped from history."""
        try:
            operation(self.session.store())
        except ProjectError as exc:
            self.setObsolete(True)
            self.session.failed.emit(str(exc))
        self.session.reload()


class SaveFlagCommand(_StoreCommand):
    """Add a new flag (old is None) or replace an existing one (undo puts `old` back)."""

    def __init__(self, session: ProjectSession, text: str, new: Flag, old: Flag | None) -> None:
        super().__init__(session, text)
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
    def __init__(self, session: ProjectSession, flag: Flag) -> None:
        super().__init__(session, f"Delete {flag.kind} flag")
        self.flag = flag

    def redo(self) -> None:
        self._run(lambda store: store.delete_flag(self.flag.id))

    def undo(self) -> None:
        self._run(lambda store: store.save_flag(self.flag))


class DismissCommand(_StoreCommand):
    def __init__(self, session: ProjectSession, finding: Finding, dismiss: bool) -> None:
        super().__init__(session, ("Dismiss" if dismiss else "Restore") + f" {finding.kind}")
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


class ImportFlagsCommand(_StoreCommand):
    """Flags a whole annotation file added (core.formats.w3c_import.import_annotation_file
    wrote them, in one transaction, before this command was pushed). Undo deletes exactly
    the ids the import wrote, so no flag that existed before can go; redo writes the same
    flags again (under new ids if, meanwhile, one was taken)."""

    def __init__(self, session: ProjectSession, report: ImportReport, text: str) -> None:
        super().__init__(session, text)
        self.report = report
        self._written = True  # by the import itself: the first redo only shows it

    def redo(self) -> None:
        if self._written:
            self._written = False
            self.session.reload()
            return

        def write(store: ProjectStore) -> None:
            self.report = store.import_flags(self.report.written)

        self._run(write)

    def undo(self) -> None:
        self._run(lambda store: store.delete_flags(self.report.ids))


class ReplaceDocumentCommand(QUndoCommand):
    """An article's title, date, outlet or excluded regions changed (its text never does here).

    Without a project the change lives in memory (the window shows it unsaved); with
    one it is written at once, and so is its undo.
    """

    def __init__(self, model: ComparisonModel, old: Document, new: Document, text: str) -> None:
        super().__init__(text)
        self.model, self.old, self.new = model, old, new

    def _apply(self, doc: Document) -> None:
        self.model.replace_document(doc)
        if self.old.excluded != self.new.excluded:
            self.model.project.write(lambda store: store.replace_text(doc))  # regions live there
        else:
            self.model.project.write(lambda store: store.update_metadata(
                doc.id, title=doc.title, date=doc.date or "", site=doc.site or ""))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class AddDocumentsCommand(QUndoCommand):
    """Articles made in the window (pasted text): undo takes them out of the comparison and
    out of an open project's file; redo adds them back to both.

    The project refuses to forget an article a flag or a dismissal points into (the user
    is told why); the article then stays, and the paste leaves the history.
    """

    def __init__(self, model: ComparisonModel, documents: Sequence[Document], text: str) -> None:
        super().__init__(text)
        self.model, self.documents = model, tuple(documents)

    def redo(self) -> None:
        self.model.add_documents(self.documents)  # the project session stores new articles

    def undo(self) -> None:
        ids = [doc.id for doc in self.documents]

        def remove(store: ProjectStore) -> None:
            stored = store.document_ids()
            for doc_id in ids:
                if doc_id in stored:
                    store.remove_document(doc_id)

        if not self.model.project.write(remove):
            self.setObsolete(True)
            return
        self.model.remove_documents(set(ids))

"""The project file: one SQLite database holding articles, flags, dismissals and settings.

Every change is its own committed transaction (WAL journal, synchronous=FULL), so
a crash or a killed process loses nothing the user saw saved. A file that is not a
project, is damaged, or comes from a newer version is refused with a clear message
and never written to: it is checked through a read-only connection first (integrity.py),
and nothing is left beside it. A good project that cannot be written (a read-only
folder) opens as a memory copy: readable, and every save refused with a clear note.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..atomic import write_with
from ..ingest.dates import date_problem
from ..ingest.regions import excluded_regions
from ..model import Document
from ..wording import counted
from .anchor_rows import read_anchors, write_anchors
from .anchoring import Anchor
from .connection import (
    ProjectError,
    can_write,
    copy_to,
    in_memory_copy,
    is_read_only_error,
    read_only,
    read_write,
    transaction,
)
from .dismissals import Dismissal, anchors_of_finding
from .flags import Flag, ImportReport, check_flag, new_flag_id
from .opening import inspect
from .schema import APPLICATION_ID, SCHEMA_V1, SCHEMA_VERSION, migrations
from .stored import StoredDocument, absolute_path, metadata_json, text_hash

SUFFIX = ".scproj"
READ_ONLY_NOTE = ("opened read-only (the file or its folder cannot be written); changes are not "
                  "saved: use Save As to keep a copy you can change")
__all__ = ["APPLICATION_ID", "READ_ONLY_NOTE", "SCHEMA_V1", "SCHEMA_VERSION", "SUFFIX", "ProjectError",
           "ProjectStore", "StoredDocument", "text_hash"]


class ProjectStore:
    """Reads and writes one project file; each public write is committed at once."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self.read_only = read_only

    @property
    def note(self) -> str:
        """What the window or the command line should tell the user about this project."""
        return READ_ONLY_NOTE if self.read_only else ""

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, documents: Sequence[Document] = ()) -> ProjectStore:
        """A new project file, written whole under a temporary name and then put in place."""
        if path.exists():
            raise ProjectError(path, "a file of that name already exists")
        if not path.parent.is_dir():  # else SQLite says only "unable to open database file"
            raise ProjectError(path, "cannot be created (no such folder)")

        def build(temp: Path) -> None:
            conn = read_write(temp)
            try:
                with transaction(conn):
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    store = cls(path, conn)
                    store._migrate(0)
                    store._insert_documents(documents)
            finally:
                conn.close()

        try:
            write_with(path, build, overwrite=False)
        except FileExistsError as exc:
            raise ProjectError(path, "a file of that name already exists") from exc
        except (OSError, sqlite3.Error) as exc:
            raise ProjectError(path, f"cannot be created ({_reason(exc)})") from exc
        return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> ProjectStore:
        version = inspect(path)
        if can_write(path):
            try:
                conn = read_write(path)
            except sqlite3.Error as exc:
                if not is_read_only_error(exc):
                    raise ProjectError(path, f"cannot be opened ({exc})") from exc
            else:
                store = cls(path, conn)
                if version < SCHEMA_VERSION:
                    store._write_with(lambda: store._migrate(version))
                return store
        return cls._open_copy(path, version)

    @classmethod
    def open_to_read(cls, path: Path) -> ProjectStore:
        """The project as it is, in a copy in memory: reading it (`analyze P.scproj`) never
        changes the file, not even its journal mode or its schema version."""
        return cls._open_copy(path, inspect(path))

    @classmethod
    def _open_copy(cls, path: Path, version: int) -> ProjectStore:
        try:
            source = read_only(path)
            try:
                conn = in_memory_copy(source)
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise ProjectError(path, f"cannot be opened ({exc})") from exc
        store = cls(path, conn, read_only=True)
        if version < SCHEMA_VERSION:
            with transaction(conn):
                store._migrate(version)
        return store

    def _migrate(self, version: int) -> None:
        steps = migrations(self._anchor_old_dismissals)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            steps[target](self._conn)
            self._conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        self._conn.close()

    def backup_to(self, path: Path, replace: bool = False) -> None:
        """A consistent copy of the project in a new file (SQLite online backup), written
        under a temporary name and renamed; an existing file is replaced only if asked."""
        if path.exists() and not replace:
            raise ProjectError(path, "a file of that name already exists")

        try:
            write_with(path, lambda temp: copy_to(self._conn, temp), overwrite=replace)
        except FileExistsError as exc:
            raise ProjectError(path, "a file of that name already exists") from exc
        except (OSError, sqlite3.Error) as exc:
            raise ProjectError(path, f"cannot be written ({_reason(exc)})") from exc

    def _write_with(self, action: Any) -> Any:
        """Run `action()` in one transaction; refuse on a read-only project."""
        if self.read_only:
            raise ProjectError(self.path, "not saved: " + READ_ONLY_NOTE)
        try:
            with transaction(self._conn):
                return action()
        except sqlite3.Error as exc:
            raise ProjectError(self.path, f"could not save ({exc})") from exc

    def _write(self, statements: Iterable[tuple[str, Sequence[Any]]]) -> None:
        def run() -> None:
            for sql, params in statements:
                self._conn.execute(sql, params)

        self._write_with(run)

    # ----- documents ----------------------------------------------------------------------
    def _insert_documents(self, documents: Sequence[Document]) -> None:
        start = self._conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM documents").fetchone()[0]
        for i, d in enumerate(documents):
            self._conn.execute(
                "INSERT INTO documents (id, position, title, path, text, hash, date, metadata) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (d.id, start + i, d.title, absolute_path(d.path), d.text, text_hash(d.text), d.date,
                 metadata_json(d, self.path)))

    def add_documents(self, documents: Sequence[Document]) -> None:
        """Add articles (all or none); a relative source path is taken from the current folder."""
        if documents:
            self._write_with(lambda: self._insert_documents(documents))

    def remove_document(self, doc_id: str) -> None:
        """Take an article out (the undo of adding it); refused, with nothing changed, while
        a flag or a dismissal points into it: the user's own marks would point at nothing."""
        def run() -> None:
            held = [counted(n, what) for n, what in (
                (self._conn.execute("SELECT COUNT(DISTINCT flag_id) FROM anchors WHERE doc = ?",
                                    (doc_id,)).fetchone()[0], "flag"),
                (self._conn.execute("SELECT COUNT(DISTINCT finding) FROM dismissed_anchors WHERE doc = ?",
                                    (doc_id,)).fetchone()[0], "dismissed finding")) if n]
            if held:
                raise ProjectError(self.path, f"article {doc_id!r} not removed: it holds {' and '.join(held)}"
                                              "; delete or restore them first")
            if self._conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount == 0:
                raise ProjectError(self.path, f"no article {doc_id!r} in the project")

        self._write_with(run)

    def _update_document(self, document: Document) -> None:
        self._conn.execute(
            "UPDATE documents SET text = ?, hash = ?, title = ?, path = ?, date = ?, metadata = ? "
            "WHERE id = ?", (document.text, text_hash(document.text), document.title,
                             absolute_path(document.path), document.date, metadata_json(document, self.path),
                             document.id))

    def replace_text(self, document: Document) -> None:
        """Store a new snapshot of an article (after its file changed)."""
        self._write_with(lambda: self._update_document(document))

    def apply_update(self, documents: Sequence[Document], moved: Sequence[Document],
                     flags: Sequence[Flag], dismissals: Sequence[tuple[str, Dismissal]]) -> None:
        """A reload in one transaction: new snapshots, sources found at a new place, and the
        flags and dismissals re-anchored on them (a crash leaves all of it or none)."""
        def run() -> None:
            for document in [*documents, *moved]:
                self._update_document(document)
            for flag in flags:
                self._upsert_flag(flag)
            for old, dismissal in dismissals:
                self._replace_dismissal(old, dismissal)

        self._write_with(run)

    def update_metadata(self, doc_id: str, *, title: str | None = None, date: str | None = None,
                        site: str | None = None) -> None:
        """Set an article's title, date (ISO 8601, a year or a month; "" clears) or outlet as the
        user corrected them; None keeps the stored value. Any other date is refused."""
        row = self._conn.execute("SELECT metadata FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            ids = ", ".join(r[0] for r in self._conn.execute("SELECT id FROM documents ORDER BY position"))
            raise ProjectError(self.path, f"no article {doc_id!r} in the project (articles: {ids})")
        if date:
            date = date.strip()
            problem = date_problem(date)
            if problem:
                raise ProjectError(self.path, f"{date!r} is not a date ({problem})")
        statements: list[tuple[str, Sequence[Any]]] = []
        if title is not None:
            if not title.strip():
                raise ProjectError(self.path, "a title cannot be empty")
            statements.append(("UPDATE documents SET title = ? WHERE id = ?", (title.strip(), doc_id)))
        if date is not None:
            statements.append(("UPDATE documents SET date = ? WHERE id = ?", (date or None, doc_id)))
        if site is not None:
            metadata = json.loads(row[0] or "{}")
            metadata["site"] = site.strip() or None
            statements.append(("UPDATE documents SET metadata = ? WHERE id = ?",
                               (json.dumps(metadata), doc_id)))
        self._write(statements)

    def document_ids(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT id FROM documents")}

    def documents(self) -> list[StoredDocument]:
        rows = self._conn.execute(
            "SELECT id, title, path, text, hash, date, metadata FROM documents ORDER BY position")
        stored = []
        for row in rows:
            metadata = json.loads(row[6] or "{}")
            excluded = metadata.get("excluded")
            regions = (tuple((int(s), int(e)) for s, e in excluded) if excluded is not None
                       else excluded_regions(row[3]))
            document = Document(id=row[0], title=row[1], path=row[2], text=row[3], date=row[5],
                                excluded=regions, author=metadata.get("author"),
                                site=metadata.get("site"))
            stored.append(StoredDocument(document, row[4], metadata.get("relative_path")))
        return stored

    def _texts(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self._conn.execute("SELECT id, text FROM documents")}

    # ----- flags --------------------------------------------------------------------------
    def _insert_flag(self, flag: Flag) -> None:
        self._conn.execute(
            "INSERT INTO flags (id, kind, note, status, created, modified, finding) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (flag.id, flag.kind, flag.note, flag.status, flag.created, flag.modified, flag.finding))
        write_anchors(self._conn, "anchors", "flag_id", flag.id, flag.anchors)

    def save_flag(self, flag: Flag) -> None:
        """Add a flag, or store the user's new version of the flag with this id (an edit, or
        the undo of one); anchors are written with it, in one transaction. Imports use
        import_flags, which never replaces a flag."""
        self._write_with(lambda: self._upsert_flag(flag))

    def _upsert_flag(self, flag: Flag) -> None:
        self._conn.execute(
            "INSERT INTO flags (id, kind, note, status, created, modified, finding) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
            "note = excluded.note, status = excluded.status, created = excluded.created, "
            "modified = excluded.modified, finding = excluded.finding",
            (flag.id, flag.kind, flag.note, flag.status, flag.created, flag.modified, flag.finding))
        write_anchors(self._conn, "anchors", "flag_id", flag.id, flag.anchors)

    def import_flags(self, flags: Sequence[Flag]) -> ImportReport:
        """Add flags in one transaction: all of them or, on any error, none.

        A flag whose id is taken (by a flag in the project or earlier in `flags`) is
        added under a new id, never written over the existing one; the report says which.
        Each flag is checked first (kind, status, passages), so a bad one writes nothing.
        """
        for flag in flags:
            try:
                check_flag(flag)
            except ValueError as exc:
                raise ProjectError(self.path, f"flag {flag.id!r} not imported: {exc}") from exc

        def run() -> ImportReport:
            taken = {row[0] for row in self._conn.execute("SELECT id FROM flags")}
            written, renamed = [], []
            for flag in flags:
                if flag.id in taken:
                    fresh = new_flag_id()
                    while fresh in taken:
                        fresh = new_flag_id()
                    renamed.append((flag.id, fresh))
                    flag = Flag(fresh, flag.kind, flag.note, flag.status, flag.created, flag.modified,
                                flag.anchors, flag.finding)
                taken.add(flag.id)
                self._insert_flag(flag)
                written.append(flag)
            return ImportReport(tuple(written), tuple(renamed))

        report: ImportReport = self._write_with(run)
        return report

    def delete_flag(self, flag_id: str) -> None:
        self._write([("DELETE FROM flags WHERE id = ?", (flag_id,))])

    def delete_flags(self, flag_ids: Iterable[str]) -> None:
        """Delete several flags in one transaction (the undo of an import: its report's ids)."""
        self._write([("DELETE FROM flags WHERE id = ?", (flag_id,)) for flag_id in flag_ids])

    def flags(self) -> list[Flag]:
        anchors = read_anchors(self._conn, "anchors", "flag_id")
        rows = self._conn.execute(
            "SELECT id, kind, note, status, created, modified, finding FROM flags ORDER BY created, rowid")
        return [Flag(r[0], r[1], r[2], r[3], r[4], r[5], anchors.get(r[0], ()), r[6])
                for r in rows]

    # ----- dismissed findings -------------------------------------------------------------
    def _anchor_old_dismissals(self, conn: sqlite3.Connection) -> None:
        """Migration to version 3: anchor each stored dismissal on the stored texts."""
        texts = {row[0]: row[1] for row in conn.execute("SELECT id, text FROM documents")}
        for (finding,) in conn.execute("SELECT finding FROM dismissed").fetchall():
            write_anchors(self._conn, "dismissed_anchors", "finding", finding,
                                 anchors_of_finding(finding, texts))

    def dismiss(self, finding_id: str, when: str, anchors: Sequence[Anchor] | None = None) -> None:
        """Set a finding aside; its passages are anchored (from `anchors`, or from the spans
        its id names on the stored texts) so the dismissal follows them when articles change."""
        def run() -> None:
            kept = tuple(anchors) if anchors is not None else anchors_of_finding(finding_id, self._texts())
            self._conn.execute("INSERT INTO dismissed (finding, at) VALUES (?, ?) "
                               "ON CONFLICT (finding) DO UPDATE SET at = excluded.at", (finding_id, when))
            write_anchors(self._conn, "dismissed_anchors", "finding", finding_id, kept)

        self._write_with(run)

    def undismiss(self, finding_id: str) -> None:
        self._write([("DELETE FROM dismissed WHERE finding = ?", (finding_id,))])

    def dismissed(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT finding FROM dismissed")}

    def dismissals(self) -> list[Dismissal]:
        anchors = read_anchors(self._conn, "dismissed_anchors", "finding")
        return [Dismissal(r[0], r[1], anchors.get(r[0], ()))
                for r in self._conn.execute("SELECT finding, at FROM dismissed ORDER BY at, rowid")]

    def _replace_dismissal(self, old: str, new: Dismissal) -> None:
        """A re-anchored dismissal (its id may have changed) in place of `old`."""
        self._conn.execute("DELETE FROM dismissed WHERE finding IN (?, ?)", (old, new.finding))
        self._conn.execute("INSERT INTO dismissed (finding, at) VALUES (?, ?)", (new.finding, new.at))
        write_anchors(self._conn, "dismissed_anchors", "finding", new.finding, new.anchors)

    # ----- settings -----------------------------------------------------------------------
    def set_setting(self, key: str, value: Any) -> None:
        self._write([("INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))])

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


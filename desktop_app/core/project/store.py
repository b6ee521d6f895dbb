"""The project file: one SQLite database holding articles, flags, dismissals and settings.

Every change is its own committed transaction (WAL journal, synchronous=FULL), so
a crash or a killed process loses nothing the user saw saved. A file that is not
a project, is damaged, or comes from a newer version is refused with a clear
message and never written to: it is inspected through a read-only connection first.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest.regions import trailing_boilerplate
from ..model import Document
from .anchoring import Anchor
from .flags import Flag

SCHEMA_VERSION = 2
APPLICATION_ID = 0x53435052  # "SCPR"
SUFFIX = ".scproj"

SCHEMA_V1 = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, path TEXT NOT NULL,
    text TEXT NOT NULL, hash TEXT NOT NULL, date TEXT, metadata TEXT NOT NULL DEFAULT '{}');
CREATE TABLE flags (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, note TEXT NOT NULL, status TEXT NOT NULL,
    created TEXT NOT NULL, modified TEXT NOT NULL, finding TEXT);
CREATE TABLE anchors (
    flag_id TEXT NOT NULL REFERENCES flags(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, exact TEXT NOT NULL,
    prefix TEXT NOT NULL, suffix TEXT NOT NULL, state TEXT NOT NULL, score REAL,
    PRIMARY KEY (flag_id, position));
CREATE TABLE dismissed (finding TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Version 2 keeps each article's sentences and claims by content, so reopening a
# large project does not read every article again.
SCHEMA_V2 = "CREATE TABLE prepared (key TEXT PRIMARY KEY, data TEXT NOT NULL);"
# version reached -> statements that bring the previous version to it
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], object]] = {
    1: lambda conn: conn.executescript(SCHEMA_V1),
    2: lambda conn: conn.executescript(SCHEMA_V2),
}


class ProjectError(Exception):
    """A project file that cannot be opened or written; the message names it and says why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason


def _metadata(document: Document) -> str:
    return json.dumps({"excluded": [list(region) for region in document.excluded],
                       "author": document.author, "site": document.site})


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredDocument:
    """An article as the project keeps it: the text snapshot and the hash of that text."""

    document: Document
    hash: str


def _inspect(path: Path) -> int:
    """Schema version of an existing project, read without writing anything."""
    if not path.is_file():
        raise ProjectError(path, "no such project file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(path, f"cannot be opened ({exc})") from exc
    try:
        application = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ProjectError(path, "not a source-compare project, or the file is damaged") from exc
    finally:
        conn.close()
    if application != APPLICATION_ID:
        raise ProjectError(path, "not a source-compare project")
    if check != "ok":
        raise ProjectError(path, f"the project file is damaged ({check})")
    if version > SCHEMA_VERSION:
        raise ProjectError(path, f"made by a newer version of source-compare (schema {version}, "
                                 f"this version reads up to {SCHEMA_VERSION}); it was not changed")
    return int(version)


class ProjectStore:
    """Reads and writes one project file; each public write is committed at once."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, documents: Sequence[Document] = ()) -> ProjectStore:
        if path.exists():
            raise ProjectError(path, "a file of that name already exists")
        store = cls._connect(path, "created")
        with store._conn as conn:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            store._migrate(0)
        store.add_documents(documents)
        return store

    @classmethod
    def open(cls, path: Path) -> ProjectStore:
        version = _inspect(path)
        store = cls._connect(path, "opened")
        if version < SCHEMA_VERSION:
            with store._conn:
                store._migrate(version)
        return store

    @classmethod
    def _connect(cls, path: Path, verb: str) -> ProjectStore:
        """A writable connection in WAL mode with foreign keys on."""
        try:
            conn = sqlite3.connect(path)
        except sqlite3.Error as exc:
            raise ProjectError(path, f"cannot be {verb} ({exc})") from exc
        store = cls(path, conn)
        store._configure()
        return store

    def _configure(self) -> None:
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[target](self._conn)
            self._conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        self._conn.close()

    def backup_to(self, path: Path) -> None:
        """Write a consistent copy of the project to a new file (SQLite online backup)."""
        if path.exists():
            raise ProjectError(path, "a file of that name already exists")
        try:
            target = sqlite3.connect(path)
            with target:
                self._conn.backup(target)
            target.close()
        except sqlite3.Error as exc:
            raise ProjectError(path, f"cannot be written ({exc})") from exc

    def _write(self, statements: Iterable[tuple[str, Sequence[Any]]]) -> None:
        try:
            with self._conn:
                for sql, params in statements:
                    self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise ProjectError(self.path, f"could not save ({exc})") from exc

    # ----- documents ----------------------------------------------------------------------
    def add_documents(self, documents: Sequence[Document]) -> None:
        start = self._conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM documents").fetchone()[0]
        self._write(
            ("INSERT INTO documents (id, position, title, path, text, hash, date, metadata) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             (d.id, start + i, d.title, d.path, d.text, text_hash(d.text), d.date, _metadata(d)))
            for i, d in enumerate(documents)
        )

    def replace_text(self, document: Document) -> None:
        """Store a new snapshot of an article (after its file changed)."""
        self._write([("UPDATE documents SET text = ?, hash = ?, title = ?, date = ?, metadata = ? "
                      "WHERE id = ?",
                      (document.text, text_hash(document.text), document.title, document.date,
                       _metadata(document), document.id))])

    def update_metadata(self, doc_id: str, *, title: str | None = None, date: str | None = None,
                        site: str | None = None) -> None:
        """Set an article's title, date (ISO 8601) or outlet as the user corrected them; None keeps."""
        row = self._conn.execute("SELECT metadata FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ProjectError(self.path, f"no article {doc_id!r} in the project")
        statements: list[tuple[str, Sequence[Any]]] = []
        if title is not None:
            statements.append(("UPDATE documents SET title = ? WHERE id = ?", (title, doc_id)))
        if date is not None:
            statements.append(("UPDATE documents SET date = ? WHERE id = ?", (date or None, doc_id)))
        if site is not None:
            metadata = json.loads(row[0] or "{}")
            metadata["site"] = site or None
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
                       else trailing_boilerplate(row[3]))
            document = Document(id=row[0], title=row[1], path=row[2], text=row[3], date=row[5],
                                excluded=regions, author=metadata.get("author"),
                                site=metadata.get("site"))
            stored.append(StoredDocument(document, row[4]))
        return stored

    # ----- flags --------------------------------------------------------------------------
    def save_flag(self, flag: Flag) -> None:
        """Insert or replace a flag with all its anchors, in one transaction."""
        statements: list[tuple[str, Sequence[Any]]] = [
            ("INSERT OR REPLACE INTO flags (id, kind, note, status, created, modified, finding) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)",
             (flag.id, flag.kind, flag.note, flag.status, flag.created, flag.modified, flag.finding)),
            ("DELETE FROM anchors WHERE flag_id = ?", (flag.id,)),
        ]
        statements += [
            ('INSERT INTO anchors (flag_id, position, doc, start, "end", exact, prefix, suffix, '
             "state, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             (flag.id, i, a.doc, a.start, a.end, a.exact, a.prefix, a.suffix, a.state, a.score))
            for i, a in enumerate(flag.anchors)
        ]
        self._write(statements)

    def delete_flag(self, flag_id: str) -> None:
        self._write([("DELETE FROM flags WHERE id = ?", (flag_id,))])

    def flags(self) -> list[Flag]:
        anchors: dict[str, list[Anchor]] = {}
        for row in self._conn.execute(
                'SELECT flag_id, doc, start, "end", exact, prefix, suffix, state, score '
                "FROM anchors ORDER BY flag_id, position"):
            anchors.setdefault(row[0], []).append(Anchor(*row[1:]))
        rows = self._conn.execute(
            "SELECT id, kind, note, status, created, modified, finding FROM flags ORDER BY created, rowid")
        return [Flag(r[0], r[1], r[2], r[3], r[4], r[5], tuple(anchors.get(r[0], ())), r[6])
                for r in rows]

    # ----- dismissed findings and settings ------------------------------------------------
    def dismiss(self, finding_id: str, when: str) -> None:
        self._write([("INSERT OR REPLACE INTO dismissed (finding, at) VALUES (?, ?)",
                      (finding_id, when))])

    def undismiss(self, finding_id: str) -> None:
        self._write([("DELETE FROM dismissed WHERE finding = ?", (finding_id,))])

    def dismissed(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT finding FROM dismissed")}

    def set_setting(self, key: str, value: Any) -> None:
        self._write([("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                      (key, json.dumps(value)))])

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

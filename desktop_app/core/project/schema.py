"""The project file's tables, their versions and the migrations between them.

Each version adds to the one before; a project of an older version is brought up to
date when it is opened for writing (a read-only project is migrated in a memory copy).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 4
APPLICATION_ID = 0x53435052  # "SCPR"

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
# Version 3 anchors each dismissed finding's two passages, so a dismissal follows its
# sentences when an article is edited (the finding id holds character offsets).
SCHEMA_V3 = """
CREATE TABLE dismissed_anchors (
    finding TEXT NOT NULL REFERENCES dismissed(finding) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, state TEXT NOT NULL, score REAL,
    PRIMARY KEY (finding, position));
"""
# Version 4 keeps, for each flagged passage an edit re-attached onto other words, the words
# the user flagged (anchoring.Anchor.flagged): "project update" no longer replaces them.
SCHEMA_V4 = "ALTER TABLE anchors ADD COLUMN flagged TEXT NOT NULL DEFAULT ''"

# The columns each table must have at each version; a file missing one is damaged.
_ANCHOR_COLUMNS = ("position", "doc", "start", "end", "exact", "prefix", "suffix", "state", "score")
TABLES: dict[int, dict[str, tuple[str, ...]]] = {
    1: {"documents": ("id", "position", "title", "path", "text", "hash", "date", "metadata"),
        "flags": ("id", "kind", "note", "status", "created", "modified", "finding"),
        "anchors": ("flag_id", *_ANCHOR_COLUMNS),
        "dismissed": ("finding", "at"),
        "settings": ("key", "value")},
    2: {"prepared": ("key", "data")},
    3: {"dismissed_anchors": ("finding", *_ANCHOR_COLUMNS)},
    4: {"anchors": ("flag_id", *_ANCHOR_COLUMNS, "flagged")},
}


def tables_at(version: int) -> dict[str, tuple[str, ...]]:
    """Every table (with its columns) a project of this version has."""
    tables: dict[str, tuple[str, ...]] = {}
    for step in range(1, version + 1):
        tables.update(TABLES[step])
    return tables


# version reached -> what brings the previous version to it; `anchor_old_dismissals` is
# passed in by the store (it needs the stored texts) to fill version 3's new table.
Migration = Callable[[sqlite3.Connection], object]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Statements one by one: executescript() would commit the caller's transaction first."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def migrations(anchor_old_dismissals: Migration) -> dict[int, Migration]:
    def to_v3(conn: sqlite3.Connection) -> None:
        run_script(conn, SCHEMA_V3)
        anchor_old_dismissals(conn)

    return {1: lambda conn: run_script(conn, SCHEMA_V1),
            2: lambda conn: run_script(conn, SCHEMA_V2),
            3: to_v3,
            4: lambda conn: run_script(conn, SCHEMA_V4)}

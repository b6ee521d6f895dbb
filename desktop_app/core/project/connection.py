"""The one way every part of the program opens a project file's SQLite database.

The store, its operations and the prepared-article cache all come through here, so
they agree on the journal (WAL), durability (synchronous=FULL), foreign keys and
transactions. Transactions are explicit (autocommit connections plus BEGIN IMMEDIATE):
Python's implicit transactions do not cover CREATE TABLE, which migrations need.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import display_path, display_text

BUSY_TIMEOUT = 10.0  # seconds another process may hold the write lock before we give up


class ProjectError(Exception):
    """A project file that cannot be opened or written; the message names it and says why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{display_path(path)}: {display_text(reason)}")
        self.path, self.reason = str(path), reason


def sidecars(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside a WAL database."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither write the file nor leave -wal/-shm files beside it.

    Without a -wal file (no other connection has the project open and none crashed with
    unsaved pages) the file is opened immutable: SQLite then needs no shared memory, so
    this works in a read-only folder too. With a -wal file its pages must be read, so
    the file is opened read-only in the usual way.
    """
    wal, _shm = sidecars(path)
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=BUSY_TIMEOUT,
                           isolation_level=None, check_same_thread=False)


def read_write(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode, synchronous=FULL, foreign keys on; raises sqlite3.Error."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def in_memory_copy(source: sqlite3.Connection) -> sqlite3.Connection:
    """A private copy of a project (for one that cannot be written): changes stay in memory."""
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    source.backup(copy)
    copy.execute("PRAGMA foreign_keys = ON")
    return copy


def copy_to(source: sqlite3.Connection, path: Path) -> None:
    """A consistent copy of an open project in a new file (SQLite's online backup)."""
    target = sqlite3.connect(path, isolation_level=None)
    try:
        source.backup(target)
    finally:
        target.close()


def can_write(path: Path) -> bool:
    """True when this user may write both the file and its folder (SQLite needs both)."""
    folder = path.resolve().parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def is_read_only_error(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed whole when the block ends, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

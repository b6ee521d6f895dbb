"""Opening a project file for the first time in a session: every check read-only first."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from .connection import ProjectError, read_only, sidecars
from .integrity import Refused, check_project


def inspect(path: Path) -> int:
    """Schema version of an existing project, checked without writing anything.

    Any -wal/-shm file the check itself made is removed again when the file is refused.
    """
    if not path.is_file():
        raise ProjectError(path, "no such project file" if not path.exists() else "not a file")
    existed = {p for p in sidecars(path) if p.exists()}
    try:
        conn = read_only(path)
    except sqlite3.Error as exc:
        raise ProjectError(path, f"cannot be opened ({exc})") from exc
    try:
        return check_project(conn)
    except Refused as exc:
        prefix = "" if type(exc) is Refused else "the project file is damaged: "
        raise ProjectError(path, f"{prefix}{exc}; the file was left as it is") from exc
    except sqlite3.DatabaseError as exc:
        raise ProjectError(path, "not a source-compare project, or the file is damaged; "
                                 "the file was left as it is") from exc
    finally:
        conn.close()
        for extra in sidecars(path):
            if extra not in existed:
                with contextlib.suppress(OSError):
                    extra.unlink()

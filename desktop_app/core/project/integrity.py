"""Check a project file before anything writes to it.

A damaged project is refused with one message and never modified: every check runs
on a read-only connection (see connection.read_only) before the store switches the
file to WAL or migrates it. Each article's text is checked against the SHA-256 stored
beside it, so bytes changed outside the program are caught, not shown as the article.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from typing import Any

from ..ingest.dates import date_problem
from .anchoring import ANCHOR_STATES
from .flags import FLAG_KINDS, FLAG_STATUSES
from .schema import APPLICATION_ID, SCHEMA_VERSION, tables_at


class Refused(Exception):
    """Why a file cannot be opened as a project (the store adds the file name)."""


class Damaged(Refused):
    """A project file whose content is not what the program wrote."""


def _text(value: Any, what: str, nullable: bool = False) -> str | None:
    """A TEXT value read as bytes (text_factory=bytes), decoded strictly."""
    if value is None and nullable:
        return None
    if not isinstance(value, bytes):
        raise Damaged(f"{what} is not text")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Damaged(f"{what} is not valid UTF-8 text") from exc


def _required_text(value: Any, what: str) -> str:
    text = _text(value, what)
    assert text is not None
    return text


def _json(value: Any, what: str) -> Any:
    text = _required_text(value, what)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise Damaged(f"{what} is not valid JSON") from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _whole(value: Any, what: str) -> int:
    if not isinstance(value, int) or value < 0:
        raise Damaged(f"{what} is not a position")
    return value


def _check_schema(conn: sqlite3.Connection) -> int:
    application = conn.execute("PRAGMA application_id").fetchone()[0]
    if application != APPLICATION_ID:
        raise Refused("not a source-compare project")
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check not in ("ok", b"ok"):
        raise Damaged(f"SQLite reports {_text(check, 'the check') if isinstance(check, bytes) else check}")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise Refused(f"made by a newer version of source-compare (schema {version}, this version "
                      f"reads up to {SCHEMA_VERSION})")
    if version < 1:
        raise Damaged(f"its schema version is {version}")
    for table, columns in tables_at(version).items():
        present = {row[1].decode() if isinstance(row[1], bytes) else row[1]
                   for row in conn.execute(f"PRAGMA table_info({table})")}
        if not present:
            raise Damaged(f"the table {table!r} is missing")
        missing = [c for c in columns if c not in present]
        if missing:
            raise Damaged(f"the table {table!r} has no column {missing[0]!r}")
    return version


def _check_metadata(value: Any, doc: str, length: int) -> None:
    metadata = _json(value, f"the metadata of article {doc!r}")
    if not isinstance(metadata, dict):
        raise Damaged(f"the metadata of article {doc!r} is not an object")
    for key in ("author", "site", "relative_path"):
        if not isinstance(metadata.get(key), (str, type(None))):
            raise Damaged(f"the {key} of article {doc!r} is not text")
    excluded = metadata.get("excluded")
    if excluded is None:
        return
    if not isinstance(excluded, list) or not all(
            isinstance(r, list) and len(r) == 2 and all(isinstance(n, int) and not isinstance(n, bool)
                                                        for n in r) and 0 <= r[0] <= r[1] <= length
            for r in excluded):
        raise Damaged(f"the excluded regions of article {doc!r} are not spans of its text")


def _check_documents(conn: sqlite3.Connection) -> None:
    for row in conn.execute("SELECT id, title, path, text, hash, date, metadata FROM documents"):
        doc = _required_text(row[0], "an article id")
        what = f"article {doc!r}"
        _text(row[1], f"the title of {what}")
        _text(row[2], f"the source path of {what}")
        if not isinstance(row[3], bytes):
            raise Damaged(f"the text of {what} is not text")
        if hashlib.sha256(row[3]).hexdigest() != _text(row[4], f"the fingerprint of {what}"):
            raise Damaged(f"the text of {what} was changed outside source-compare "
                          "(it no longer matches its stored fingerprint)")
        text = _required_text(row[3], f"the text of {what}")
        date = _text(row[5], f"the date of {what}", nullable=True)
        if date is not None and date_problem(date):  # a year or a month alone is a date too
            raise Damaged(f"the date of {what} is not a date")
        _check_metadata(row[6], doc, len(text))


def _check_anchor(row: tuple[Any, ...], what: str) -> None:
    """Columns doc, start, end, exact, prefix, suffix, state, score of one anchor row."""
    _text(row[0], f"an article id in {what}")
    start, end = _whole(row[1], f"a start in {what}"), _whole(row[2], f"an end in {what}")
    if end < start:
        raise Damaged(f"a passage of {what} ends before it starts")
    for value in row[3:6]:
        _text(value, f"a quote in {what}")
    if _text(row[6], f"a state in {what}") not in ANCHOR_STATES:
        raise Damaged(f"a passage of {what} has an unknown state")
    if row[7] is not None and (not isinstance(row[7], (int, float)) or not math.isfinite(row[7])):
        raise Damaged(f"a score in {what} is not a number")


def _check_flags(conn: sqlite3.Connection, version: int) -> None:
    for row in conn.execute("SELECT id, kind, note, status, created, modified, finding FROM flags"):
        flag = _required_text(row[0], "a flag id")
        what = f"flag {flag!r}"
        if _text(row[1], f"the kind of {what}") not in FLAG_KINDS:
            raise Damaged(f"{what} has an unknown kind")
        if _text(row[3], f"the status of {what}") not in FLAG_STATUSES:
            raise Damaged(f"{what} has an unknown status")
        for value in (row[2], row[4], row[5]):
            _text(value, f"a field of {what}")
        _text(row[6], f"the finding of {what}", nullable=True)
    columns = 'doc, start, "end", exact, prefix, suffix, state, score'
    flagged = ", flagged" if version >= 4 else ""
    for row in conn.execute(f"SELECT flag_id, {columns}{flagged} FROM anchors"):
        what = f"flag {_text(row[0], 'a flag id')!r}"
        _check_anchor(row[1:9], what)
        if flagged:
            _text(row[9], f"a flagged quote in {what}")
    for row in conn.execute("SELECT finding, at FROM dismissed"):
        _text(row[0], "a dismissed finding")
        _text(row[1], "the time of a dismissal")
    if version >= 3:
        for row in conn.execute(f"SELECT finding, {columns} FROM dismissed_anchors"):
            _check_anchor(row[1:], f"dismissed finding {_text(row[0], 'a dismissed finding')!r}")
    for row in conn.execute("SELECT key, value FROM settings"):
        _json(row[1], f"the setting {_text(row[0], 'a setting name')!r}")


def check_project(conn: sqlite3.Connection) -> int:
    """The project's schema version, or Refused/Damaged saying what is wrong.

    Runs every check on `conn` (read-only); values are read as bytes so that text
    that is not UTF-8 is reported, not raised from inside sqlite3.
    """
    conn.text_factory = bytes
    try:
        version = _check_schema(conn)
        _check_documents(conn)
        _check_flags(conn, version)
    except UnicodeDecodeError as exc:  # sqlite3 decodes its own messages (a damaged schema's names)
        raise Damaged("its structure holds bytes that are not text") from exc
    finally:
        conn.text_factory = str
    return version

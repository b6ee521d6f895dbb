"""The prepared-article cache kept in the project file (sentences and claims by content).

Records are JSON objects whose fields are named after the dataclass fields they fill, so
adding a field to Claim makes old records fail to decode, and a record that does not
decode exactly (a field missing or extra, a value of the wrong type) is a cache miss: the
article is simply read again. The key (pipeline.analysis.content_key) holds the engine's
version, so records made by older rules are never found at all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import sqlite3
import threading
import typing
from pathlib import Path
from typing import Any, Literal, TypeVar

from ..model import Claim, Sentence
from .connection import read_write

Prepared = tuple[tuple[Sentence, ...], tuple[Claim, ...]]
Record = TypeVar("Record", Sentence, Claim)
_NON_FINITE = {"inf": math.inf, "-inf": -math.inf}


class _Undecodable(ValueError):
    """A stored record that does not match the dataclass it should fill."""


def _encode_value(value: Any) -> Any:
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def _decode_value(value: Any, hint: Any) -> Any:
    if typing.get_origin(hint) is Literal:
        if value not in typing.get_args(hint):
            raise _Undecodable(f"{value!r} is not one of {typing.get_args(hint)}")
        return value
    if hint is float:
        if isinstance(value, str) and value in _NON_FINITE:
            return _NON_FINITE[value]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif (hint is int and isinstance(value, int) and not isinstance(value, bool)) or (
            hint is str and isinstance(value, str)) or (hint is bool and isinstance(value, bool)):
        return value
    raise _Undecodable(f"{value!r} is not a {getattr(hint, '__name__', hint)}")


def encode_record(record: Sentence | Claim) -> dict[str, Any]:
    return {field.name: _encode_value(getattr(record, field.name)) for field in dataclasses.fields(record)}


def decode_record(kind: type[Record], data: Any) -> Record:
    """The dataclass `kind` filled from `data` by field name; _Undecodable if anything differs."""
    hints = typing.get_type_hints(kind)
    names = [field.name for field in dataclasses.fields(kind)]
    if not isinstance(data, dict) or set(data) != set(names):
        raise _Undecodable(f"fields differ from {kind.__name__}'s")
    return kind(**{name: _decode_value(data[name], hints[name]) for name in names})


def encode(sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> str:
    return json.dumps({"sentences": [encode_record(s) for s in sentences],
                       "claims": [encode_record(c) for c in claims]}, allow_nan=False)


def decode(text: Any) -> Prepared | None:
    """A stored record, or None when it cannot be decoded exactly (a cache miss)."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or set(data) != {"sentences", "claims"}:
            return None
        if not isinstance(data["sentences"], list) or not isinstance(data["claims"], list):
            return None
        return (tuple(decode_record(Sentence, item) for item in data["sentences"]),
                tuple(decode_record(Claim, item) for item in data["claims"]))
    except (ValueError, TypeError, RecursionError):  # _Undecodable and json errors are ValueErrors
        return None


class ProjectCache:
    """A PreparedCache over a project's `prepared` table.

    It opens its own connection (through the project's one connection helper) in
    whichever thread uses it, since the analysis runs in a worker; every write is
    committed at once. Any failure to read or write only costs time, never an error.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []  # every thread's, so that close() reaches them
        self._lock = threading.Lock()
        self._closed = False

    def _conn(self) -> sqlite3.Connection | None:
        if self._closed:
            return None  # a worker still running after close() only loses the cache
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None and not getattr(self._local, "failed", False):
            try:
                conn = read_write(self.path)
            except sqlite3.Error:
                self._local.failed = True  # a read-only project: no cache, ask no more
                return None
            with self._lock:
                if self._closed:  # closed while this opened
                    conn.close()
                    return None
                self._opened.append(conn)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close every connection the cache opened, in any thread: SQLite folds its write-ahead
        log back when the project's last connection closes, and leaves no -wal or -shm file.
        Final: a worker still using the cache only loses it (costing time, never a result)."""
        with self._lock:
            opened, self._opened = self._opened, []
            self._closed = True
        for conn in opened:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def get(self, key: str) -> Prepared | None:
        conn = self._conn()
        if conn is None:
            return None
        try:
            row = conn.execute("SELECT data FROM prepared WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return decode(row[0]) if row else None

    def put(self, key: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> None:
        conn = self._conn()
        if conn is None:
            return
        try:
            data = encode(sentences, claims)
            conn.execute("INSERT INTO prepared (key, data) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET data = excluded.data", (key, data))
        except (sqlite3.Error, ValueError):
            return

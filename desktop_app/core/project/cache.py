"""The prepared-article cache kept in the project file (sentences and claims by content)."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from ..model import Claim, Sentence

Prepared = tuple[tuple[Sentence, ...], tuple[Claim, ...]]


def _encode(sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> str:
    return json.dumps({"sentences": [[s.start, s.end] for s in sentences],
                       "claims": [[c.start, c.end, c.quote, c.value, c.unit, c.qualifier, c.topic,
                                   c.kind, c.low, None if c.high == float("inf") else c.high,
                                   c.sentence] for c in claims]})


def _decode(text: str) -> Prepared:
    data: dict[str, Any] = json.loads(text)
    sentences = tuple(Sentence(int(s), int(e)) for s, e in data["sentences"])
    claims = tuple(Claim(int(r[0]), int(r[1]), r[2], float(r[3]), r[4], r[5], r[6], r[7], float(r[8]),
                         float("inf") if r[9] is None else float(r[9]), int(r[10]))
                   for r in data["claims"])
    return sentences, claims


class ProjectCache:
    """A PreparedCache over a project's `prepared` table.

    It opens its own connection in whichever thread uses it (the analysis runs in a
    worker), and every write is committed at once like the rest of the project.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=10)
            self._local.conn = conn
        return conn

    def get(self, key: str) -> Prepared | None:
        try:
            row = self._conn().execute("SELECT data FROM prepared WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None  # a cache that cannot be read only costs time
        return _decode(row[0]) if row else None

    def put(self, key: str, sentences: tuple[Sentence, ...], claims: tuple[Claim, ...]) -> None:
        try:
            with self._conn() as conn:
                conn.execute("INSERT OR REPLACE INTO prepared (key, data) VALUES (?, ?)",
                             (key, _encode(sentences, claims)))
        except sqlite3.Error:
            return

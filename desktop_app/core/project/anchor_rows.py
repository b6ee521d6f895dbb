"""Anchors as table rows: the one place that knows their columns.

Flags (table `anchors`, keyed by `flag_id`) and dismissals (table `dismissed_anchors`,
keyed by `finding`) store their passages the same way; only a flag's anchor keeps the
words it was flagged on (`flagged`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from .anchoring import Anchor

_COLUMNS = 'doc, start, "end", exact, prefix, suffix, state, score'


def _keeps_flagged(table: str) -> bool:
    return table == "anchors"


def write_anchors(conn: sqlite3.Connection, table: str, key: str, owner: str,
                  anchors: Sequence[Anchor]) -> None:
    """Replace the anchors `owner` has in `table` by `anchors`, in their order."""
    conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (owner,))
    flagged = _keeps_flagged(table)
    columns = f"{key}, position, {_COLUMNS}" + (", flagged" if flagged else "")
    marks = ", ".join("?" * (10 + flagged))
    for i, a in enumerate(anchors):
        values = (owner, i, a.doc, a.start, a.end, a.exact, a.prefix, a.suffix, a.state, a.score)
        conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                     values + ((a.flagged,) if flagged else ()))


def read_anchors(conn: sqlite3.Connection, table: str, key: str) -> dict[str, tuple[Anchor, ...]]:
    """Every owner's anchors in `table`, in their order."""
    extra = ", flagged" if _keeps_flagged(table) else ""
    anchors: dict[str, list[Anchor]] = {}
    for row in conn.execute(f"SELECT {key}, {_COLUMNS}{extra} FROM {table} ORDER BY {key}, position"):
        anchors.setdefault(row[0], []).append(Anchor(*row[1:]))
    return {owner: tuple(found) for owner, found in anchors.items()}

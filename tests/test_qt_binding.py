"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_calls_keep_none_refcount() -> None:
    cursor = QTextCursor(QTextDocument("hello world"))
    before = sys.getrefcount(None)
    for _ in range(200):
        cursor.setPosition(3)
    assert sys.getrefcount(None) >= before - 50

"""Python string offsets (code points) to Qt text positions (UTF-16 units) and back."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class OffsetMap:
    """Qt counts a character outside the BMP (an emoji) as two; Python counts it as one."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._qt_astral = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        return position - bisect_right(self._qt_astral, position - 1)

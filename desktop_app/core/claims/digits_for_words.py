"""Spelled numbers rewritten as digits: what a reader of "eight cows" compares is "8 cows".

Scored against text2num's and number-parser's cases by `python -m desktop_app.evaluate`.
"""

from __future__ import annotations

from .numbers import find_numbers


def rewrite_numbers(text: str) -> str:
    """Replace each spelled number by digits ("eight cows" -> "8 cows")."""
    pieces: list[str] = []
    cursor = 0
    for mention in find_numbers(text):
        if mention.vague or mention.ordinal or not mention.spelled:
            continue
        pieces.append(text[cursor : mention.start])
        value = mention.value
        pieces.append(str(int(value)) if value == int(value) else str(value))
        cursor = mention.end
    pieces.append(text[cursor:])
    return "".join(pieces)

"""A figure for the whole and a figure for a part: "sold 4.3 million vehicles worldwide" and "sold
1.2 million vehicles in Europe" can both be true.

A figure whose clause says it covers everything ("worldwide", "in total", "nationwide") and one
whose noun is followed by a named place ("in Europe", "across Germany") count different scopes,
the second part of the first. The whole-scope words are a closed class of English adverbials.
"""

from __future__ import annotations

import re

from ..model import Claim

# Right after the figure's words, before the clause goes on.
WHOLE_AFTER = re.compile(
    r"^[^.;:,]{0,30}?\b(?:worldwide|globally|world-?wide|around\s+the\s+(?:world|globe)|"
    r"across\s+the\s+(?:world|globe|country)|in\s+total|in\s+all|overall|nationwide|nationally)\b",
    re.IGNORECASE)
PART_AFTER = re.compile(r"^[^.;:,]{0,30}?\b(?:in|across|within|throughout)\s+(?:the\s+)?[A-Z][\w'’-]+")
REACH = 60  # characters read after a figure: a fixed cost per pair


def _scope(claim: Claim, text: str) -> str:
    after = text[claim.end : claim.end + REACH]
    if WHOLE_AFTER.match(after):
        return "whole"
    return "part" if PART_AFTER.match(after) else ""


def whole_and_part(first: Claim, first_text: str, second: Claim, second_text: str) -> bool:
    """Whether one figure is said to cover everything and the other a named place."""
    return {_scope(first, first_text), _scope(second, second_text)} == {"whole", "part"}

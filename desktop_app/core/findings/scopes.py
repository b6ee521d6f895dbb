"""A figure for the whole and a figure for a part: "sold 4.3 million vehicles worldwide" and "sold
1.2 million vehicles in Europe" can both be true; so can two ranks in different fields, "the
second-largest bank in Europe" and "the world's fourth-largest bank", and two records of two
holders, "Mexico raises its rate for the first time since 2008" and "Hong Kong … since 2006".

A figure whose clause says it covers everything ("worldwide", "in total", "nationwide") and one
whose noun is followed by a named place ("in Europe", "across Germany") count different scopes,
the second part of the first. The whole-scope words are a closed class of English adverbials.
"""

from __future__ import annotations

import re

from ..claims.records import YEAR_UNIT
from ..model import Claim
from .opposition import names_differ

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


# A rank's field: "the world's second-largest", "the third-largest bank in Europe", "in the world".
WORLD_BEFORE = re.compile(r"\b(?:world|globe|planet)['’]s\s+$", re.IGNORECASE)
FIELD_AFTER = re.compile(r"^[^.;:,]{0,40}?\b(?:in|across|within|throughout|of)\s+(?:the\s+)?"
                         r"(?P<field>[A-Z][\w'’-]+|world|globe|planet)\b")
WORLD = frozenset({"world", "globe", "planet"})
BEFORE_REACH = 20  # characters before a rank read for "the world's"


def _field(claim: Claim, text: str) -> str:
    if WORLD_BEFORE.search(text[max(0, claim.start - BEFORE_REACH) : claim.start]):
        return "world"
    match = FIELD_AFTER.match(text[claim.end : claim.end + REACH])
    if match is None:
        return ""
    field = match.group("field").lower()
    return "world" if field in WORLD else field


def ranked_apart(first: Claim, first_text: str, second: Claim, second_text: str) -> bool:
    """Whether two ranks are ranks in different fields, both named: a rank whose field is not
    said may be either's."""
    if first.kind != "rank" or second.kind != "rank":
        return False
    one, other = _field(first, first_text), _field(second, second_text)
    return bool(one and other and one != other)


def held_apart(first: Claim, first_before: str, second: Claim, second_before: str) -> bool:
    """Whether two records ("the first since 2008", claims.records) are held by different
    holders: what each sentence says before its record ("Mexico raised its key rate for the
    first time since") names someone the other does not. A record names no holder of its own
    (claims.frames); the source after it ("…, Reuters reported") holds nothing."""
    return (first.unit == YEAR_UNIT and second.unit == YEAR_UNIT
            and names_differ(first_before, second_before))

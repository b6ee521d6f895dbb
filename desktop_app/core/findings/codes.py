"""Codes two sentences name: "Flight SV417, an Airbus A320neo" and "Flight SV471, an Airbus A321"
share nearly every word and are still not the same statement: the codes are the difference.

A code is a word of letters and digits (a flight, a model, a route, a vehicle: "MH17", "F-16",
"A320neo", "B-52"). Two sentences are apart when each names a code of one series (the same
letters before the digits) that the other does not: "SV417" / "SV471", "F-16" / "F-35". A code
one of them leaves out ("the A320neo" / "the jet") says nothing either way.

Hand-written: no maintained library tells a model or flight number from a word in running text,
and the rule is one pattern and a set comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Letters, then digits, then letters or digits, hyphens allowed between parts ("A320neo", "F-16",
# "COVID-19"); a word of digits first ("4x4", "3D", "10am") is a measure or a time, not a code.
CODE = re.compile(r"(?<![\w-])([A-Za-z]{1,5})-?(\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*)(?![\w-])")
MAX_CODES = 12  # a sentence listing more is a table: its first codes tell enough


@lru_cache(maxsize=50_000)
def codes(sentence: str) -> frozenset[tuple[str, str]]:
    """The codes of a sentence as (series, code), both folded: "F-16" is ("f", "f16"). Only
    words that begin with a capital count ("MH17", "Su-24"): "mp3" or "covid19" in a hashtag or
    a file name is a word of the text, not a name of one thing."""
    found: set[tuple[str, str]] = set()
    for match in CODE.finditer(sentence):
        letters, rest = match.group(1), match.group(2)
        if not letters[:1].isupper():
            continue
        found.add((letters.lower(), (letters + rest).replace("-", "").lower()))
        if len(found) >= MAX_CODES:
            break
    return frozenset(found)


def coded_apart(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """Two sentences that each name a code of one series the other does not ("SV417" / "SV471"):
    no agreement, whatever else they share."""
    only_first = {series for series, _code in first - second}
    return bool(only_first & {series for series, _code in second - first})

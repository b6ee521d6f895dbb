"""Shares written as two numbers: "6 out of 10 voters", "one in four adults" are 60 % and 25 %
of the counted group, not 10 voters or four adults."""

from __future__ import annotations

import dataclasses
import re

from ..model import Claim
from .numbers import words_to_number
from .precision import qualifier_before

SHARE_GAP = re.compile(r"^[\w.,-]+\s+(?:out\s+of|in)\s+$", re.IGNORECASE)  # "6 out of 10", "one in four"

# "one in ten", "four in five": a number before "in" read as no figure of its own (no counted noun
# follows it).
PART_IN = re.compile(r"(?:\b(?P<before>[a-z]+)\s+)?\b(?P<part>[a-z]+(?:-[a-z]+)?|\d{1,3})"
                     r"\s+(?:out\s+of|in)\s+$", re.IGNORECASE)
# Words that make "one in" no part of a group: "no one in", "the first one in", "the only one in".
NOT_A_PART = frozenset({"no", "the", "first", "every", "any", "last", "only"})
QUALIFIER_REACH = 40  # characters before a share read for its hedge ("nearly one in five")
PART_REACH = 24  # characters before the counted figure searched for the part: "twenty-four in"


def _as_share(first_start: int, first_value: float, second: Claim, text: str) -> Claim:
    value = 100.0 * first_value / second.value
    noun = second.unit if second.kind == "count" else ""
    return dataclasses.replace(second, start=first_start, quote=text[first_start : second.end], value=value,
                               unit="percent", kind="percent", low=value, high=value, qualifier="",
                               topic=f"share of {noun}s" if noun else "share",
                               attribute=f"share of {noun}" if noun else "share")


def _part(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    return words_to_number(word.lower().split("-"))


def one_in_share(claim: Claim, text: str) -> Claim | None:
    """ "one in ten people", "four in five students": a share, though the part alone is no
    figure of its own."""
    match = PART_IN.search(text, max(0, claim.start - PART_REACH), claim.start)
    if match is None or match.end() != claim.start or claim.value <= 1 or claim.kind != "count":
        return None  # "one in 20 years" is a time, not a group
    part = _part(match.group("part"))
    word_before = (match.group("before") or "").lower()
    # "the only one in", not "Only one in five voters"
    only = word_before == "only" and text[max(0, match.start() - 5) : match.start()].lower().endswith("the ")
    if part == 1 and word_before in NOT_A_PART and (word_before != "only" or only):
        return None
    if part is None or not 0 < part < claim.value:
        return None  # "sleeping in 20 tents": no part; "five in four" is no share
    share = _as_share(match.start("part"), part, claim, text)
    label, low, high = qualifier_before(text[max(0, share.start - QUALIFIER_REACH) : share.start])
    if not label:
        return share
    return dataclasses.replace(share, qualifier=label, low=share.value * low,
                               high=min(100.0, share.value * high))  # "fewer than four in five"


def share_of(first: Claim, second: Claim, text: str) -> Claim | None:
    """ "6 out of 10 voters", "one in four adults": a share of the counted group, not 10 voters."""
    if first.sentence != second.sentence or not SHARE_GAP.match(text[first.start : second.start]):
        return None
    if second.value <= 0 or first.value > second.value or first.unit == "times":
        return None  # "tripled in 20 years": a multiple is no part of a group
    return _as_share(first.start, first.value, second, text)

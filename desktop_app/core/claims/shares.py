"""Shares written as two numbers: "6 out of 10 voters", "one in four adults" are 60 % and 25 %
of the counted group, not 10 voters or four adults."""

from __future__ import annotations

import dataclasses
import re

from ..model import Claim

SHARE_GAP = re.compile(r"^[\w.,-]+\s+(?:out\s+of|in)\s+$", re.IGNORECASE)  # "6 out of 10", "one in four"

# "one in ten": "one" is read as no figure. Not "no one in", "the first one in", "every one in".
ONE_IN = re.compile(r"(?<!\bno\s)(?<!\bthe\s)(?<!\bfirst\s)(?<!\bevery\s)(?<!\bany\s)"
                    r"(?<!\blast\s)(?<!\bonly\s)\b(?:[Oo]ne|1)\s+(?:out\s+of|in)\s+$", re.IGNORECASE)


def _as_share(first_start: int, first_value: float, second: Claim, text: str) -> Claim:
    value = 100.0 * first_value / second.value
    noun = second.unit if second.kind == "count" else ""
    return dataclasses.replace(second, start=first_start, quote=text[first_start : second.end], value=value,
                               unit="percent", kind="percent", low=value, high=value, qualifier="",
                               topic=f"share of {noun}s" if noun else "share",
                               attribute=f"share of {noun}" if noun else "share")


def one_in_share(claim: Claim, text: str) -> Claim | None:
    """ "one in ten people": a share, though a lone "one" is no figure of its own."""
    match = ONE_IN.search(text, max(0, claim.start - 16), claim.start)
    if match is None or match.end() != claim.start or claim.value <= 1 or claim.kind != "count":
        return None  # "one in 20 years" is a time, not a group
    return _as_share(match.start(), 1.0, claim, text)


def share_of(first: Claim, second: Claim, text: str) -> Claim | None:
    """ "6 out of 10 voters", "one in four adults": a share of the counted group, not 10 voters."""
    if first.sentence != second.sentence or not SHARE_GAP.match(text[first.start : second.start]):
        return None
    if second.value <= 0 or first.value > second.value:
        return None
    return _as_share(first.start, first.value, second, text)

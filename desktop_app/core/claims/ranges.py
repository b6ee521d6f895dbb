"""A figure given as a range: "50 to 60 doctors", "$5 million to $10 million", "5-10 people".

Read after each figure has its own claim (claims.frames): the upper end's claim becomes the
range, and the lower end's own claim, if it had one, is dropped.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from ..model import Claim
from .attributes import LAST_WORD, is_change_verb
from .numbers import find_numbers

RANGE_JOIN = re.compile(r"(?:\s+(?:to|and|or)\s+|\s*[-–]\s*)$")  # "or": "two or three days"
MONEY_SIGN_AT_END = re.compile(r"(?:[A-Z]{0,3}[$€£¥]|\b[A-Z]{3}\s)$")
EITHER_BEFORE = re.compile(r"\beither\s+$", re.IGNORECASE)
ALTERNATIVE_SPREAD = 3  # "two or three", "50 or 60": close values; "40 or 400" are two readings
BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:[A-Z]{0,3}[$€£¥]\s?)?$", re.IGNORECASE)
# "fell by 13,000 to 209,000": a change is a small part of the level it brings; the ends of a
# range are of a size ("by 5 to 10 percent")
CHANGE_TO_LEVEL = 4
BY_BEFORE = re.compile(r"\bby\s+(?:[A-Z]{0,3}[$€£¥]\s?)?$", re.IGNORECASE)
LEADING_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
PERCENT_AT_END = re.compile(r"\s?(?:%|percent|per\s?cent)$", re.IGNORECASE)  # "4% to 8%": written again


def read_range(claim: Claim, text: str, sentence_start: int) -> Claim:
    """ "50 to 60 doctors", "between five and ten times", "$5-10 billion": one figure with a
    range, not its upper end alone (nor the two ends added up)."""
    window_start = max(sentence_start, claim.start - 40)
    window = text[window_start : claim.start]
    if claim.kind == "money":  # "$5 million to $10 million": the sign is written again
        window = MONEY_SIGN_AT_END.sub("", window)
    join = RANGE_JOIN.search(window)
    if join is None or claim.kind == "rank":
        return claim
    head = window[: join.start()]
    if claim.kind == "percent":
        head = PERCENT_AT_END.sub("", head)
    mentions = find_numbers(head)
    if not mentions or mentions[-1].end != len(head) or mentions[-1].ordinal:
        return claim
    low_mention = mentions[-1]
    if claim.kind != "money" and MONEY_SIGN_AT_END.search(head[: low_mention.start]):
        return claim  # "gave $5 to 10 people": money, then a count
    between = BETWEEN_BEFORE.search(head[: low_mention.start])
    if claim.kind == "percent" and between is not None and between.group().lower().startswith("from"):
        return claim  # "went up from 5% to 5.25%": a change and the level it reached
    if join.group().strip() == "and" and between is None:
        return claim
    own = find_numbers(claim.quote)
    by = BY_BEFORE.search(head[: low_mention.start])
    if by is not None and not (own and low_mention.value * CHANGE_TO_LEVEL <= own[0].value):
        by = None  # "rose by 5 to 10 percent": a range of change
    before_low = MONEY_SIGN_AT_END.sub("", head[: between.start() if between else by.start() if by else
                                              low_mention.start])
    verb = LAST_WORD.search(before_low)
    if verb is not None and is_change_verb(verb.group(1)):
        # "rose (from) 12 to 40", "fell by 13,000 to 209,000": a change and the level it
        # reached, not a range (a range of change is "by between 5 and 10 percent")
        return claim
    if not own or own[0].value <= 0:
        return claim
    if join.group().strip() == "or" and (EITHER_BEFORE.search(head[: low_mention.start])
                                         or low_mention.value * ALTERNATIVE_SPREAD < own[0].value):
        return claim  # "either 40 or 400": two readings, not a range between them
    digits = LEADING_NUMBER.match(claim.quote[own[0].start :])
    scale = own[0].value / float(digits.group().replace(",", "")) if digits else 1.0
    factor = claim.value / own[0].value
    low = low_mention.value * (scale if low_mention.value * scale <= own[0].value else 1.0) * factor
    if not 0 <= low < claim.value:
        return claim
    start = window_start + (between.start() if between else low_mention.start)
    high = claim.high if claim.qualifier else claim.value
    return dataclasses.replace(claim, start=start, quote=text[start : claim.end],
                               value=(low + claim.value) / 2, low=low, high=high, qualifier="range")


def without_range_ends(claims: list[Claim]) -> list[Claim]:
    """ "$5 million to $10 million": the low end had a claim of its own, now inside the range."""
    ranges = sorted((claim.start, claim.end) for claim in claims if claim.qualifier == "range")
    if not ranges:
        return claims
    starts = [start for start, _ in ranges]
    reach = list(accumulate((end for _, end in ranges), max))
    kept = []
    for claim in claims:
        index = bisect_right(starts, claim.start)
        if not (index and reach[index - 1] > claim.end):
            kept.append(claim)
    return kept


def outside_spans(claims: Sequence[Claim], spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """The claims that overlap none of the spans (an age read in their place). Both functions
    here are n log n in the claims (a prefix maximum of the spans' ends), however many there
    are: a line of a million characters may hold tens of thousands of each."""
    ordered = sorted(spans)
    if not ordered:
        return list(claims)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))
    kept = []
    for claim in claims:
        index = bisect_left(starts, claim.end)  # the spans that start before the claim ends
        if not (index and reach[index - 1] > claim.start):
            kept.append(claim)
    return kept

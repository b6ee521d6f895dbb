"""How far a written figure reaches: the hedge before it ("about", "more than") and the
rounding a bare round figure admits. A claim's low and high come from here."""

from __future__ import annotations

import math
import re

from ..text.lexicon import QUALIFIERS
from .digits import NumberMention


def qualifier_before(left: str) -> tuple[str, float, float]:
    """The hedge written just before a figure, as (label, low factor, high factor)."""
    tail = re.sub(r"[\s$€£]+$", "", left.lower())
    tail = re.sub(r"\b(?:a|an|the|its|of|with|by)$", "", tail).rstrip()
    for phrase, label, low, high in QUALIFIERS:
        if tail.endswith(phrase) and (len(tail) == len(phrase) or not tail[-len(phrase) - 1].isalnum()):
            return label, low, high
    return "", 1.0, 1.0


HEDGE_FLOOR = 0.05  # "about 360" reaches 342-378: a twentieth either way at least
WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")  # the digits as written: "$1,200m" -> "1,200"


def hedge_reach(low: float, high: float, mention: NumberMention, surface: str) -> tuple[float, float]:
    """How far a two-sided hedge ("about", "roughly", "an estimated") reaches, as factors: a
    tenth either way of a round figure ("about 800,000", "about $90bn"), but a figure written to
    more significant digits was rounded to its last one ("about $360 million" is not $326
    million): a unit of that digit either way, at least a twentieth. A last 5 may be a half
    ("about 25", "about 1.5 million"), and a count under a hundred is left as it is."""
    if not low < 1.0 < high or mention.vague or mention.spelled or abs(mention.value) < EXACT_BELOW:
        return low, high
    written = WRITTEN_NUMBER.search(surface)
    if written is None:
        return low, high
    whole, _, decimals = written.group().replace(",", "").partition(".")
    significant = (whole + decimals).strip("0")
    if len(significant) < 2 or significant.endswith("5"):
        return low, high
    place = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    share = max(HEDGE_FLOOR, place / float(whole + "." + decimals))
    return max(low, 1.0 - share), min(high, 1.0 + share)


ROUNDING_SHARE = 0.1
EXACT_BELOW = 100  # a count under a hundred is counted, not rounded: "20 years" is not "18 years"


def rounding_margin(mention: NumberMention, surface: str) -> float:
    """Half a unit of the last significant digit, at most a tenth of the figure: "800,000"
    admits 750,000-850,000, "2 million" 1.8-2.2 million (so "1.75 million" is another figure:
    a judgement, since rounding would allow it, that a reader sees two figures there)."""
    if mention.vague or abs(mention.value) < EXACT_BELOW:
        return 0.0
    digits = re.sub(r"[^\d.]", "", surface.split()[0]) if not mention.spelled else ""
    if "." in digits:
        decimals = len(digits.split(".")[1])
        scale = mention.value / float(digits) if float(digits) else 1.0
        return 0.5 * float(10) ** (-decimals) * scale
    magnitude = 10 ** math.floor(math.log10(abs(mention.value)))
    stripped = f"{int(mention.value)}".rstrip("0")
    place = 10 ** (len(f"{int(mention.value)}") - len(stripped))
    if stripped == "1" and magnitude >= 10:
        magnitude //= 10  # "100 billion" is read as 95-105, not as anything from 50 to 150
    if place <= 1:
        return 0.0
    # At most a tenth either way: "2 million" is 1.8-2.2 million, not anything from 1.5 to 2.5
    # (a reader takes "2 million" and "2.5 million" for different figures).
    return float(min(0.5 * min(place, magnitude), ROUNDING_SHARE * abs(mention.value)))

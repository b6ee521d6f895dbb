"""One length told in two units: "5 feet 7 inches" is 1.70 m, not 1.52 m and another 0.18 m.

US news gives heights, and some lengths and weights, in a larger unit and the rest in a smaller
one ("6 ft 2 in", "7 pounds 3 ounces"). Read one number at a time, the first figure loses the
rest and the second stands alone; here the two become one figure of the first's unit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import Claim
from ..text.lexicon import MEASURE_UNITS

# (larger unit, smaller unit, the smaller one's size in the canonical unit both are stored in, how
# many smaller units make the larger: "8 feet and 40 inches of snow" are two lengths)
_PAIRS = (
    (r"(?:feet|foot|ft)", r"(?:inches|inch|in)\b", MEASURE_UNITS["inches"][1], 12),
    # an ounce is no unit of its own in the lexicon ("40 ounces of gold" are troy ounces): avoirdupois here
    (r"(?:pounds|pound|lbs?)", r"(?:ounces|ounce|oz)\b", MEASURE_UNITS["pounds"][1] / 16, 16),
)
MIXED = tuple(
    (re.compile(rf"\s*{larger}\.?\s+(?:and\s+)?(?P<num>\d{{1,2}}(?:\.\d+)?)\s*{smaller}", re.IGNORECASE),
     size, whole)
    for larger, smaller, size, whole in _PAIRS)


def with_mixed_units(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one sentence with each "N <larger unit> M <smaller unit>" read as one
    figure: the first claim's value plus M of the smaller unit, its quote over both, and the
    smaller unit's own claim dropped."""
    result: list[Claim] = []
    absorbed_until = -1
    for claim in claims:
        if claim.start < absorbed_until:
            continue  # the smaller unit's figure, now part of the one before
        merged = _merged(text, claim)
        if merged is not None:
            absorbed_until = merged.end
            claim = merged
        result.append(claim)
    return result


def _merged(text: str, claim: Claim) -> Claim | None:
    if claim.kind != "measure":
        return None
    number_end = claim.start + _number_length(claim.quote)
    for pattern, size, whole in MIXED:
        match = pattern.match(text, number_end)
        if match is not None and float(match.group("num")) < whole:
            extra = float(match.group("num")) * size
            return dataclasses.replace(claim, end=match.end(), quote=text[claim.start : match.end()],
                                       value=claim.value + extra, low=claim.low + extra,
                                       high=claim.high + extra)
    return None


NUMBER = re.compile(r"[\d,.]+")


def _number_length(quote: str) -> int:
    match = NUMBER.match(quote)
    return match.end() if match is not None else 0

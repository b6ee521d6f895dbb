"""Whether two figures can be one figure, and which figures tie two sentences to one fact.

Shared by the figure comparison (figures: a conflict needs figures that cannot be one) and the
agreements of shared figures (shared_figures): both ask the same questions of two claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..claims.inclusions import CASUALTIES
from ..model import Claim
from ..text.noun_synonyms import counted_unit

# Figures this close are one figure written two ways ("111,000 jobs", "111,800 jobs"), not a
# contradiction, when one of them is rounded (same_figure).
SAME_FIGURE = 0.01
OPEN_QUALIFIERS = frozenset({"more than", "at least", "less than", "at most"})  # bounds, one side open
BOUND_ROUNDING = 0.1  # "more than 50 million" and "over 54 million": a round bound, one figure
ROUNDED_FROM = 100  # smaller counts are exact ("at least 12 killed" is not "at least 15")


def one_bound(first: Claim, second: Claim) -> bool:
    """Whether two bounds ("at least 12", "more than 50 million") give one value: the same, or,
    for large figures that are not casualties, within a bound's rounding. Two accounts that
    both say "at least" but give 12 and 15 counted differently; a bound and a value it admits
    ("more than 25 percent" / "26 percent") always pass, as do two figures that are no bounds."""
    if first.qualifier not in OPEN_QUALIFIERS or second.qualifier not in OPEN_QUALIFIERS:
        return True
    gap = relative_gap(first, second)
    rounded = (first.attribute not in CASUALTIES and min(abs(first.value), abs(second.value)) >= ROUNDED_FROM)
    return gap <= (BOUND_ROUNDING if rounded else SAME_FIGURE)


def same_figure(first: Claim, second: Claim) -> bool:
    """Whether two figures can be one: their ranges overlap, or they are within SAME_FIGURE of
    each other and no further apart than the rounded one's own range is wide ("111,000" rounds
    to the thousand, so "111,800" is the same figure; "41,406" and "41,460" votes are exact
    counts, and differ)."""
    if first.compatible_with(second):
        return True
    apart = max(first.low, second.low) - min(first.high, second.high)
    widest = max(first.high - first.low, second.high - second.low)
    return relative_gap(first, second) <= SAME_FIGURE and apart <= widest


def relative_gap(first: Claim, second: Claim) -> float:
    largest = max(abs(first.value), abs(second.value), 1e-9)
    return min(1.0, abs(first.value - second.value) / largest)


# Counts below this recur by chance (five people, three children, two weeks); AP style spells
# out one to nine for the same reason: they are words, not data.
DISTINCTIVE_FROM = 10.0


def distinctive(claim: Claim) -> bool:
    """A figure that names a fact: a definite value of ten or more, stated, not a rank."""
    return (claim.value >= DISTINCTIVE_FROM and claim.kind != "rank" and not claim.negated
            and claim.qualifier not in ("vague", "range"))


# Two different nouns counted alike ("400 militants", "400 fighters") are one figure only when
# the number is large enough not to recur by chance ("16 countries", "16 carbons") or both count
# the same casualties.
DISTINCTIVE_ALONE = 100.0
# How far apart two written values may be and still be one figure: rounding ("$3 billion" for
# $3.2 billion, "a hundred thousand" for 110,000) stays within it, a bound's distant value
# ("more than 3 million" / "5 million") does not.
SHARED_GAP = 0.25


def one_fact(first: Claim, second: Claim) -> bool:
    """Whether two distinctive figures of two sentences state one fact ("348,000 adults",
    "347,747 participants"): a figure that is neither small nor a year rarely recurs by chance
    inside one story."""
    if first.kind != second.kind or (first.kind in ("money", "measure") and first.unit != second.unit):
        return False
    if counted_unit(first) != counted_unit(second) and first.value < DISTINCTIVE_ALONE and not (
            first.attribute == second.attribute and first.attribute in CASUALTIES):
        return False
    # a bound is no figure to share: "at least 50" is true of "about 4,100", "at most 400" of
    # "25", without the two stating one fact; and two bounds are one figure only when they give
    # one value ("at least 12" is not "at least 15")
    return (same_figure(first, second) and relative_gap(first, second) <= SHARED_GAP
            and one_bound(first, second))


class FactTies:
    """Which sentence pairs are tied to one fact by a distinctive figure they both give ("It
    involves five countries and more than 200 participants" / "200 soldiers from six nations":
    one exercise), so that their other figures are one frame however differently the rest is
    worded, as one casualty toll ties two accounts of an incident (figures._one_incident).

    Each sentence pair's figures are paired once, and at most `budget` pairs in all: a text
    that is mostly figures costs seconds, not hours, and past the budget ties nothing more."""

    def __init__(self, facts: dict[tuple[int, int], tuple[Claim, ...]], budget: int) -> None:
        self._facts = facts  # the distinctive figures of each (document, sentence)
        self._left = budget
        self._ties: dict[tuple[int, int, int, int], _Ties] = {}

    def tied(self, ia: int, first: Claim, ib: int, second: Claim) -> bool:
        """Whether the two figures' sentences give one fact besides these two figures."""
        key = (ia, first.sentence, ib, second.sentence)
        ties = self._ties.get(key)
        if ties is None:
            ties = self._ties[key] = self._pair(self._facts.get(key[:2], ()), self._facts.get(key[2:], ()))
        # the ties that involve neither figure compared: all of them, less those of either
        involved = ties.by_first.get(id(first), 0) + ties.by_second.get(id(second), 0)
        involved -= (id(first), id(second)) in ties.pairs
        return len(ties.pairs) > involved

    def _pair(self, first: Sequence[Claim], second: Sequence[Claim]) -> _Ties:
        ties = _Ties(set(), {}, {})
        for a in first:
            for b in second:
                if self._left <= 0:
                    return ties
                self._left -= 1
                if one_fact(a, b):
                    ties.pairs.add((id(a), id(b)))
                    ties.by_first[id(a)] = ties.by_first.get(id(a), 0) + 1
                    ties.by_second[id(b)] = ties.by_second.get(id(b), 0) + 1
        return ties


@dataclass
class _Ties:
    """The pairs of one fact between two sentences' figures (by identity), counted per figure."""

    pairs: set[tuple[int, int]]
    by_first: dict[int, int]
    by_second: dict[int, int]

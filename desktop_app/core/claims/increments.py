"""Whether "more" or "another" before a figure adds to an earlier count or names other people.

"Four more people died" adds to a toll given elsewhere: a change, which no level contradicts.
After a figure of another kind in the same sentence the same words name other people ("killed
25 militants and wounded another five": five wounded; "left 25 Taliban dead and five more
wounded"), while after the toll itself they still add to it ("The death toll rose to 57 after 4
more people died"). Times, durations and dates ("In the past 24 hours", "On 3 March") count
nothing, so they decide neither way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Claim
from ..text.lexicon import MEASURE_UNITS, MONTHS, TIME_AFTER
from .numbers import find_numbers

NEAREST = 8  # numbers before a figure looked at: a sentence of many figures costs each the same
NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")
LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


class SentenceFigures:
    """The numbers of one sentence that may count something, and what the claims read there
    count. The sentence is read for its numbers only when a figure asks (few have "more")."""

    def __init__(self, sentence: str, offset: int) -> None:
        self.sentence, self.offset = sentence, offset
        self.positions: list[int] | None = None
        self.recorded: list[tuple[int, int, str]] = []
        self.mapped = 0
        self.counted: dict[int, str] = {}

    def record(self, claim: Claim, attribute: str) -> None:
        """A count claim of the sentence, in text order, and the attribute it counts."""
        self.recorded.append((claim.start, claim.end, attribute))

    def other_kind_before(self, claim: Claim, attribute: str) -> bool:
        """A number before the claim that counts something else, or that no claim reads."""
        if self.positions is None:
            self.positions = _counting_positions(self.sentence, self.offset)
        positions = self.positions
        for start, end, counted in self.recorded[self.mapped :]:
            for at in positions[bisect_left(positions, start) : bisect_left(positions, end)]:
                self.counted[at] = counted
        self.mapped = len(self.recorded)
        last = bisect_right(positions, claim.start - 1)
        return any(self.counted.get(at) != attribute for at in positions[max(0, last - NEAREST) : last])


def _counting_positions(sentence: str, offset: int) -> list[int]:
    """Where the sentence writes a number that may count something: not a rank or a year, not
    a number word in a name ("Seven Network"), not a time, a date or a measure."""
    positions = []
    for mention in find_numbers(sentence):
        if mention.ordinal or (not mention.spelled and 1800 <= mention.value <= 2100):
            continue
        if mention.spelled and mention.start > 0 and sentence[mention.start].isupper():
            continue
        rest = sentence[mention.end : mention.end + 40]
        following = NEXT_WORD.match(rest)
        previous = LAST_WORD.search(sentence[max(0, mention.start - 20) : mention.start])
        word = following.group(1).lower() if following else ""
        if (TIME_AFTER.match(rest) or rest.startswith(":") or word in MONTHS
                or (word in MEASURE_UNITS and MEASURE_UNITS[word][2] == "measure")
                or (previous is not None and previous.group(1).lower() in MONTHS)):
            continue  # "24 hours", "3 March", "6 pm"
        positions.append(offset + mention.start)
    return positions

"""Clock times two sentences give: "landed at 3:42 p.m." and "touched down at 4:12 p.m." are
not the same statement, however many words they share.

Hand-written because no maintained library reads times of day out of running English text
(dateutil parses a string known to be a date or time, it does not find one in a sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache

# "3:42 p.m.", "3:42pm", "15:42", "3 p.m.", "at 9am"; not "3:1" odds, "2:30" of a match score
# without a meridiem is still read (a reader would take "at 2:30" as a time too).
CLOCK = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])(?::([0-5]\d))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)?(?![\d:])",
                   re.IGNORECASE)
MAX_TIMES = 8  # a sentence with more times is a timetable: its first few tell enough


APPROXIMATE = re.compile(r"\b(?:about|around|approximately|roughly|shortly|just|nearly|almost)\s+"
                         r"(?:(?:after|before|at)\s+)?$", re.IGNORECASE)
APPROXIMATE_SLACK = 15  # minutes either side of "about 3:40"
LOOK_BEHIND = 24  # characters before a time searched for "about", "just after"


@lru_cache(maxsize=50_000)
def clock_times(sentence: str) -> frozenset[tuple[int, int]]:
    """The times of day a sentence gives, as ranges of minutes after midnight. A bare hour
    counts only with a.m. or p.m. ("3 p.m."), and stands for its whole hour; a time with
    minutes counts always ("15:42", "3:42"), widened when approximate ("about 12:15")."""
    times = set()
    for match in CLOCK.finditer(sentence):
        hour, minutes, meridiem = match.group(1), match.group(2), match.group(3)
        if minutes is None and meridiem is None:
            continue  # "3 people", "at 9": no time of day
        value = int(hour) % 12 if meridiem else int(hour)
        if meridiem and meridiem.lower().startswith("p"):
            value += 12
        start = value * 60 + int(minutes or 0)
        low, high = (start, start + 59) if minutes is None else (start, start)
        if APPROXIMATE.search(sentence, max(0, match.start() - LOOK_BEHIND), match.start()):
            low, high = low - APPROXIMATE_SLACK, high + APPROXIMATE_SLACK
        times.add((low, high))
        if len(times) >= MAX_TIMES:
            break
    return frozenset(times)


def timed_apart(first: frozenset[tuple[int, int]], second: frozenset[tuple[int, int]]) -> bool:
    """Two sentences that both give a time of day and no time in common: "landed at 3:42 p.m." /
    "touched down at 4:12 p.m." are no agreement (whether they conflict the engine cannot tell:
    two times may be two moments of one story); "at about 12:15 a.m." and "just after 12 a.m."
    can be one time."""
    return bool(first) and bool(second) and not any(
        a_low <= b_high and b_low <= a_high for a_low, a_high in first for b_low, b_high in second)

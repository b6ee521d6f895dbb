"""Two articles of one story that date one event differently: "Minecraft first came out in
2009" / "Minecraft came out in late 2011"; "the mine collapsed on August 5" / "... on July 31".

Events recur (a minister visits Paris twice, a firm launches a product every year), so a
date is compared only where the alignment already pairs the two sentences (they share words,
as figures.FRAME_FLOOR asks of a named subject's figures), both name the same subject (or,
naming nobody, the same head words, "the mine", in sentences as close as unnamed counts
need), the verb is the same event ("came out" is not "launched": no offline lexicon says
which verbs are one event), and what the verb acts on does not differ. Claims are read by
claims.event_dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import islice, product

import numpy as np

from ..claims.event_dates import PLANNED, EventDate, event_dates, may_date
from ..claims.subjects import same_subject
from ..compare.story import STORY_FLOOR
from ..ingest.dates import years_apart
from ..model import Document, Finding
from ..text.names import lower_case_words
from ..text.stance import sentence_stance
from .clock_times import clock_times
from .figures import (
    COMPARISON_BUDGET,
    CONTEXT_FLOOR,
    FRAME_FLOOR,
    GENERIC_CLAIM_FLOOR,
    sentence_passage,
    time_gap,
)
from .table import finding_id

DAY_SLACK = 1  # time zones and overnight events: one article's "late Monday" is another's Tuesday
# What puts an event near midnight, where one article's day is another's next: the day's slack
# is allowed only then. "Certified on November 24" / "on November 25" is a disagreement to show.
NEAR_MIDNIGHT_WORDS = re.compile(
    r"\b(?:(?P<early>early|dawn|daybreak|pre-?dawn)|(?P<late>late|night|nights|tonight|evening)"
    r"|overnight|midnight)\b", re.IGNORECASE)
EVENING, MORNING = 21 * 60, 6 * 60  # a time of day after 9 p.m. or before 6 a.m. is near midnight
MONTH_ONLY_SPAN = 0.5  # "in May" without a year: the same May only in articles written near together


def _day(date: EventDate, year: int) -> dt.date | None:
    if date.month is None or date.day is None:
        return None
    try:
        return dt.date(date.year or year, date.month, date.day)
    except ValueError:
        return None  # "February 30": no such day to compare


def _weekday(date: EventDate) -> int | None:
    """The day of the week a date names: written ("on Thursday"), or of a full date."""
    if date.weekday is not None:
        return date.weekday
    if date.year is None:
        return None
    day = _day(date, date.year)
    return day.weekday() if day is not None else None


def placed(date: EventDate, published: str | None) -> EventDate:
    """A weekday ("convicted on Thursday") as the day it names in an article of known date:
    the latest such weekday on or before it (the verb is past: the event happened by then)."""
    if date.weekday is None or not published:
        return date
    try:
        written = dt.date.fromisoformat(published)
    except ValueError:
        return date  # a month or a year alone: no day to count back from
    day = written - dt.timedelta(days=(written.weekday() - date.weekday) % 7)
    return replace(date, year=day.year, month=day.month, day=day.day, weekday=None)


def dates_differ(first: EventDate, second: EventDate, slack: int = DAY_SLACK, year_free: bool = False
                 ) -> bool:
    """Whether two dates cannot name the same day, at the precision both give, `slack` days
    apart at most. `year_free`: a day without a year is compared with a day that has one, as
    if in that year ("March 12" / "14 March 2025" are not one day, though they may not conflict).
    A weekday no article date placed is compared as a day of the week ("on Thursday" / "on
    Monday"; "on Thursday" / "on Friday, 14 March 2025")."""
    if first.weekday is not None or second.weekday is not None:
        one, other = _weekday(first), _weekday(second)
        if one is None or other is None:
            return False  # "on Thursday" / "in March": nothing in common to compare
        return min((one - other) % 7, (other - one) % 7) > slack
    year = first.year or second.year or 2000
    day_a, day_b = _day(first, year), _day(second, year)
    if day_a is not None and day_b is not None and (
            year_free or (first.year is None) == (second.year is None)):
        return abs((day_a - day_b).days) > slack
    if first.year is not None and second.year is not None and first.year != second.year:
        return True
    if first.month is None or second.month is None:
        return False
    return first.month != second.month and (first.year is None or second.year is None
                                            or first.year == second.year)


def same_event(first: EventDate, second: EventDate) -> bool:
    """One verb, one subject (named alike; or unnamed, or named on one side only, with a head
    word in common that is not the name: "the Riverside Plaza garage collapsed" / "the garage
    collapsed"), and no disagreement on what the verb acts on."""
    if first.event != second.event:
        return False
    if first.subject and second.subject:
        if not same_subject(first.subject, second.subject):
            return False
    elif not (first.head & second.head) - _name_words(first.subject or second.subject):
        return False
    return not (first.objects and second.objects and not first.objects & second.objects)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(name.lower().split())


def _may_date(sentence: str) -> bool:
    """A sentence with a date that dates something itself: not a question or a passed-on report."""
    if not may_date(sentence):
        return False
    stance = sentence_stance(sentence)
    return not (stance.question or stance.hedged or stance.refutes)


@lru_cache(maxsize=20_000)
def _dates_said(sentence: str) -> tuple[EventDate, ...]:
    """A sentence's event dates on its own (names told by the sentence's own lower-case words),
    for telling two sentences apart: a date passed on ("broke out Tuesday, according to the
    fire district") is no conflict with another (_may_date), but the two are still not the same
    statement. A question dates nothing."""
    if not may_date(sentence) or sentence_stance(sentence).question:
        return ()
    return event_dates(sentence, 0, 0, lower_case_words(sentence))


DATES_READ = 12  # event dates of one sentence compared with another's: a bounded cost per pair


def dates_read(sentence: str) -> tuple[EventDate, ...]:
    """The event dates a sentence states on its own, at most DATES_READ of them."""
    return _dates_said(sentence)[:DATES_READ]


def dated_apart(first: tuple[EventDate, ...], second: tuple[EventDate, ...]) -> bool:
    """Two sentences that date one event differently ("The ferry capsized on August 5" / "The
    ferry capsized on July 31"): however many words they share, they are no agreement. Whether
    they conflict is event_date_conflicts', which asks more of unnamed subjects and allows a
    day's slack; two days one apart are still not the same statement."""
    return dated_differently(first, second, slack=0, year_free=True, same=same_verb)


def same_verb(first: EventDate, second: EventDate) -> bool:
    """One verb on what it acts on, whoever is named: enough to keep two sentences that date it
    differently from being "the same statement" ("the re-election was certified on November 24"
    / "the board certified the outcome on November 25"), not to make them conflict. A plan and
    its outcome are one verb here ("is scheduled to reopen March 24" / "reopened March 31")."""
    return (first.event.removesuffix(PLANNED) == second.event.removesuffix(PLANNED)
            and not (first.objects and second.objects and not first.objects & second.objects))


def dated_differently(first: Sequence[EventDate], second: Sequence[EventDate], slack: int = DAY_SLACK,
                      year_free: bool = False,
                      same: Callable[[EventDate, EventDate], bool] = same_event) -> bool:
    """One event dated differently, and dated alike nowhere: "capsized in 2019, and another ferry
    capsized in 2021" / "capsized in 2021" tell of two events, not of two dates of one."""
    same_pairs = [(x, y) for x, y in product(first, second) if same(x, y)]
    return (any(dates_differ(x, y, slack, year_free) for x, y in same_pairs)
            and not any(not dates_differ(x, y, slack, year_free) for x, y in same_pairs))


class _Reader:
    """Each sentence's event dates, read once and only for sentences an aligned pair asks for."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._docs = docs
        self._lower: dict[int, frozenset[str]] = {}
        self._dates: dict[tuple[int, int], tuple[EventDate, ...]] = {}

    def __call__(self, doc: int, sentence: int) -> tuple[EventDate, ...]:
        key = (doc, sentence)
        if key not in self._dates:
            document = self._docs[doc]
            text = document.sentence_text(sentence)
            if not _may_date(text):
                self._dates[key] = ()
            else:
                if doc not in self._lower:
                    self._lower[doc] = lower_case_words(document.text)
                start = document.sentences[sentence].start
                self._dates[key] = tuple(placed(date, document.date) for date in
                                         event_dates(text, start, sentence, self._lower[doc]))
        return self._dates[key]


def event_date_conflicts(docs: Sequence[Document], context: dict[tuple[int, int, int, int], float],
                         story: np.ndarray | None) -> Iterator[Finding]:
    """A conflict for each aligned sentence pair of one story that dates one event differently
    (see the module docstring); at most COMPARISON_BUDGET pairs of dates are compared."""
    read = _Reader(docs)

    def candidates() -> Iterator[tuple[tuple[int, int, int, int], EventDate, EventDate]]:
        for key, aligned in context.items():
            if aligned < CONTEXT_FLOOR or (story is not None and story[key[0], key[2]] < STORY_FLOOR):
                continue
            first = read(key[0], key[1])
            if first:
                for pair in product(first, read(key[2], key[3])):
                    yield (key, *pair)

    done: set[tuple[int, int, int, int]] = set()
    for key, first, second in islice(candidates(), COMPARISON_BUDGET):
        ia, sa, ib, sb = key
        if key in done or not same_event(first, second):
            continue
        slack = day_slack(docs[ia].sentence_text(sa), docs[ib].sentence_text(sb))
        if not dates_differ(first, second, slack):
            continue
        if not dated_differently(read(ia, sa)[:DATES_READ], read(ib, sb)[:DATES_READ], slack):
            continue  # the same event dated alike too: two events ("elected in 2019 and re-elected")
        if context[key] < (FRAME_FLOOR if first.subject else GENERIC_CLAIM_FLOOR):
            continue  # unnamed ("the mine collapsed"): the sentences must say much the same, as for counts
        if (first.year is None or second.year is None) and _written_apart(docs[ia], docs[ib]):
            continue  # "in May" of two different years
        done.add(key)
        yield _finding(docs, ia, first, ib, second)


def day_slack(first: str, second: str) -> int:
    """The days two sentences' dates of one event may differ by: DAY_SLACK when either puts it
    near midnight ("late Monday", "overnight", "at 11:40 p.m."), where time zones and the hour
    of writing move the day; none otherwise, nor when both put it at the same end of the day
    ("began early Saturday" / "began early Sunday": a time zone moves the hour, not the morning)."""
    one, other = _near_midnight(first), _near_midnight(second)
    if not (one or other) or (one == other and len(one) == 1 and "midnight" not in one):
        return 0
    return DAY_SLACK


def _near_midnight(sentence: str) -> frozenset[str]:
    """Which ends of the day the sentence names: "early", "late", or "midnight" (either)."""
    ends = {next((end for end in ("early", "late") if match.group(end)), "midnight")
            for match in NEAR_MIDNIGHT_WORDS.finditer(sentence)}
    for low, high in clock_times(sentence):
        if high >= EVENING:
            ends.add("late")
        if low < MORNING:
            ends.add("early")
    return frozenset(ends)


def _written_apart(first: Document, second: Document) -> bool:
    gap = years_apart(first.date, second.date)
    return gap is not None and gap > MONTH_ONLY_SPAN


def _finding(docs: Sequence[Document], ia: int, first: EventDate, ib: int, second: EventDate) -> Finding:
    a_doc, b_doc = docs[ia], docs[ib]
    a, b = sentence_passage(a_doc, first.sentence), sentence_passage(b_doc, second.sentence)
    who = first.subject or second.subject or " ".join(sorted(first.head & second.head))
    topic = f"when {who} {first.verb}".replace("  ", " ")
    explanation = f"{topic}: {first.written} ({a_doc.id}) vs {second.written} ({b_doc.id})"
    return Finding(finding_id("claims", a, b), "conflict", 1.0, topic, explanation, time_gap(a_doc, b_doc),
                   a, b, "claims", rule="figures", subject=who, attribute="date",
                   values=(first.written, second.written),
                   marks_a=((first.start, first.end),), marks_b=((second.start, second.end),))

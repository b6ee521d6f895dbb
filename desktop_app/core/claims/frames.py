"""Claims as frames: what a figure is about (subject), which property it gives (attribute).

"Igor Kovac, 42," and "the 41-year-old fisherman Igor Kovac" are the age of one person;
"five more wounded" and "31 injured" are one attribute of one event, "25 killed" another.
Two figures can contradict each other only when their frames meet: same attribute, and a
subject that is the same name written alike (rapidfuzz: "Dan Kovac" and "Danny Kovacs",
"Merkel" and "Angela Merkel") or, when the sentence names nobody, sentences aligned as
the same statement. Ages are read in claims.ages, since the number extractor reads
quantities of things and an age has none ("a 42-year-old" counts nothing).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lemminflect import getAllLemmas

from ..model import Claim, Sentence
from ..text.names import Name, find_names, lower_case_words
from ..text.stance import passed_on, uncertain_at
from .ages import age_claims, modifies_noun
from .appositives import appositive_spans
from .asked_for import own_kind
from .attributes import (
    CLAUSE_BREAK,
    CLAUSE_WINDOW,
    attribute_of,
    marks_increment,
    measured_as,
)
from .currencies import currency_before
from .event_dates import event_dates
from .inclusions import with_inclusions
from .increments import SentenceFigures
from .numbers import words_to_number
from .ranges import outside_spans, read_range, without_range_ends
from .records import YEAR_UNIT
from .severity import with_severity
from .shares import one_in_share, share_of

# A negation at most three words before a figure; those words hold no other figure and no "but"
# ("not $46 million but $11 million": the second figure is not denied).
NEGATION = re.compile(r"\b(?:not|never|no|didn['’]t|wasn['’]t|isn['’]t|hasn['’]t|won['’]t|doesn['’]t)\s+"
                      r"(?:(?!but\b)[^\W\d][\w$€£]*\s+){0,3}(?:US)?[$€£]?$", re.IGNORECASE)
# "last year" is a calendar year; "the last year of its contract" and "in the last year" are not.
# "four years ago", "a year ago": as many years before the article's date (findings.article_years).
YEAR = re.compile(r"\b(?:in|during|for|since|of|by)\s+((?:19|20)\d\d)\b|"
                  r"(?<!\bthe\s)\b(last|this|next)\s+year\b(?!\s+of\b)|"
                  r"\b(an?|\d{1,2}|[a-z]+)\s+years?\s+ago\b", re.IGNORECASE)




def _times_of(sentence: str, offset: int) -> tuple[tuple[int, str], ...]:
    """Where each year a sentence names stands (its middle, in the text) and what it says."""
    times = []
    for m in YEAR.finditer(sentence):
        if m.group(3) is not None:
            word = m.group(3).lower()
            count = 1.0 if word in ("a", "an") else float(word) if word.isdigit() else words_to_number([word])
            if count is None or not count.is_integer():
                continue  # "many years ago" names no year
            said = f"{int(count)} year{'' if count == 1 else 's'} ago"
        else:
            said = m.group(1) or f"{m.group(2).lower()} year"
        times.append((offset + (m.start() + m.end()) // 2, said))
    return tuple(times)


FEW = re.compile(r"\b(?:a\s+few|few|several|a\s+couple\s+of|a\s+number\s+of|some)\s+$", re.IGNORECASE)
DESTINATION = re.compile(r"\b(?:of|from|outside|to)\s+(?:the\s+)?$")
MEASURED_TO = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:of|from|outside)\s+(?:the\s+)?([A-Z][\w'’-]+)")
# "told The Wall Street Journal that its revenue...", "citing Forbes": the outlet a figure is told
# to or taken from is not what it is about ("according to Acme" and "reported by Acme" often
# name the company itself, so they stay).
SOURCE_BEFORE = re.compile(
    r"\b(?:told|citing|quoted\s+by)\s+(?:the\s+)?$", re.IGNORECASE)
CURRENCY_PREFIX = re.compile(r"^[A-Z]{1,3}$")  # the "US" of "US$31 billion" is no subject
DIGIT_NEXT = re.compile(r"[ \t]?\d")


def _vague_scale(claim: Claim, text: str, sentence_start: int) -> Claim:
    """ "several thousand people", "a few million": between two and ten of the scale, not 1,000."""
    if claim.qualifier or claim.value not in (1e3, 1e6, 1e9) or any(ch.isdigit() for ch in claim.quote):
        return claim
    window = max(sentence_start, claim.start - 20)
    few = FEW.search(text[window : claim.start])
    if few is None:
        return claim
    start = window + few.start()
    return dataclasses.replace(claim, start=start, quote=text[start : claim.end], qualifier="vague",
                               low=2 * claim.value, high=10 * claim.value - 1)


def _is_name(claim: Claim, text: str, sentence_start: int) -> bool:
    """ "Five Guys", "Seven Seas": a capitalised number word inside a sentence, followed by a
    capitalised word, is a name, not a quantity."""
    words = claim.quote.split()
    if claim.start == sentence_start or not words or not words[0][:1].isupper():
        return False
    if any(ch.isdigit() for ch in words[0]):
        return False
    following = text[claim.end : claim.end + 30].split()
    nouns = words[1:] or following[:1]
    return bool(nouns) and nouns[0][:1].isupper()


def _distance_topic(claim: Claim, text: str, names: Sequence[Name]) -> str:
    """ "12 miles north of A and 30 miles east of B" gives a distance to A and one to B, not
    a distance between A and B: a place named right after the figure ("of A", "from A") is
    what it is measured to, from the place the sentence is about, when one is named before
    the figure and is not itself a place measured to ("Izraa, a town 80 km from Damascus")."""
    if claim.unit != "km":
        return claim.topic
    measured = MEASURED_TO.match(text[claim.end : claim.end + 60])
    if measured is None:
        return claim.topic
    at = claim.end + measured.start(1)  # the whole name there: "of Mount Kalawa", not "Mount"
    target = next((n.text for n in names if n.start == at), measured.group(1))
    origins = [n.text for n in names if n.end <= claim.start and n.text != target
               and not DESTINATION.search(text[max(0, n.start - 12) : n.start])]
    if origins:
        first, second = sorted((origins[-1], target))
        return f"distance {first}–{second}"
    return f"distance to {target}"


def _combined(claims: Sequence[Claim], text: str, sentences: Sequence[Sentence]) -> list[Claim]:
    """Read the shapes a figure-by-figure reading gets wrong: shares, vague scales, names."""
    result: list[Claim] = []
    skip = -1
    for index, claim in enumerate(claims):
        if index == skip:
            continue
        start = sentences[claim.sentence].start
        if index + 1 < len(claims):
            share = share_of(claim, claims[index + 1], text)
            if share is not None:
                result.append(share)
                skip = index + 1
                continue
        if _is_name(claim, text, start):
            continue
        one_in = one_in_share(claim, text)
        if one_in is not None:
            result.append(one_in)
            continue
        result.append(read_range(_vague_scale(claim, text, start), text, start))
    return without_range_ends(result)


@dataclass(frozen=True)
class _SentenceContext:
    times: tuple[tuple[int, str], ...]  # (position, year) of each year named, in reading order
    passed_on: bool  # the whole sentence is someone else's claim ("TechCrunch reports that")
    uncertain: tuple[int, ...]  # where it hedges the clause it stands in ("are expected to")
    company_anaphor: bool  # "the company", "its", a sentence-initial "It"
    breaks: tuple[int, ...]  # where the sentence's clauses end (commas, semicolons, dashes)
    dating: frozenset[int]  # the years (positions as in `times`) that date another verb's event
    joins: tuple[int, ...]  # where an "and" stands: it may open a clause of its own
    subjects: tuple[Name, ...]  # names that can be a figure's subject, in reading order
    subject_ends: tuple[int, ...]
    subject_starts: tuple[int, ...]

    def hedges(self, start: int, end: int) -> bool:
        """Whether a figure is passed on, or hedged in its own clause (binary searches)."""
        if self.passed_on:
            return True
        at = bisect_right(self.breaks, start)
        clause_start = self.breaks[at - 1] if at else -1
        after = bisect_left(self.breaks, end)
        clause_end = self.breaks[after] if after < len(self.breaks) else 1 << 62
        first = bisect_left(self.uncertain, clause_start)
        return first < len(self.uncertain) and self.uncertain[first] < clause_end

    def subject_near(self, start: int, end: int) -> str:
        """The name nearest before a figure, else the first after it (a binary search)."""
        before = bisect_right(self.subject_ends, start)
        if before:
            return self.subjects[before - 1].text
        after = bisect_left(self.subject_starts, end)
        return self.subjects[after].text if after < len(self.subjects) else ""

    def time_near(self, start: int, end: int) -> str:
        """The year named nearest to a figure: "$3.1 billion in 2014, a fraction of its $100
        billion in revenue last year" gives each figure its own. A year after the figure in
        another clause ("In 2014, revenue was $5 billion, up from $4 billion in 2013") gives
        way to one before it. Binary searches: bounded work per figure."""
        at = bisect_left(self.times, (start,))
        before = self.times[at - 1] if at > 0 else None
        if before is not None and before[0] in self.dating and (
                bisect_left(self.breaks, start) > bisect_left(self.breaks, before[0])
                or bisect_left(self.joins, start) > bisect_left(self.joins, before[0])):
            before = None  # "Path, founded in 2010, has raised $67 million": the year is the founding's
        after = self.times[at] if at < len(self.times) else None
        if after is not None and before is not None:
            if bisect_left(self.breaks, after[0]) > bisect_left(self.breaks, end):
                return before[1]  # a clause ends between the figure and the year after it
            return min((before, after), key=lambda t: start - t[0] if t[0] < start else t[0] - end)[1]
        chosen = before or after
        return chosen[1] if chosen else ""


def _adjective_before_noun(text: str, name: Name) -> bool:
    """ "Annual revenue fell": a capitalised adjective (one word, an adjective in lemminflect's
    lexicon) before a common noun qualifies it and names nobody. "Brown said" stays a name."""
    if " " in name.text:
        return False
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(name.text.lower())
    return "ADJ" in lemmas and modifies_noun(text, name.end)


# "the company's revenue", "its revenue", "It has revenue of": a company named elsewhere.
COMPANY_ANAPHOR = re.compile(r"\b(?:[Tt]he\s+(?:company|firm|group|corporation)|[Ii]ts)\b|^\W*It\b")
# One value per company and year: figures compared wherever the company is named alike.
COMPANY_FIGURES = frozenset({"revenue", "profit", "loss"})


def _number_words(name: str) -> bool:
    """ "Three of the children", "Forty-two": a number capitalised where a sentence starts
    names nobody (whereas "Five Guys" is more than number words)."""
    return words_to_number(name.lower().replace("-", " ").split()) is not None


def _currency_code(text: str, name: Name) -> bool:
    """The "US" of "US$31 billion", the "USD" of "USD 7.01 billion": a currency, no subject."""
    if CURRENCY_PREFIX.match(name.text) and text[name.end : name.end + 1] in ("$", "€", "£"):
        return True
    return DIGIT_NEXT.match(text, name.end) is not None and currency_before(name.text) is not None


def _negated_before(text: str, start: int, end: int) -> bool:
    """A negation within three words before the figure (searched in a bounded window)."""
    return NEGATION.search(text, max(start, end - CLAUSE_WINDOW), end) is not None


AND = re.compile(r"\band\b")


def _dating(sentence: str, offset: int, times: Sequence[tuple[int, str]], lower_words: frozenset[str]
            ) -> frozenset[int]:
    """The years a past-tense verb before them dates ("founded in 2010", "which came out in
    2009"): claims.event_dates, which leaves out a year with a figure between it and its verb
    ("made $3 billion in 2013" is the figure's period). Read only in sentences that name a year."""
    if not times:
        return frozenset()
    spans = sorted((date.start - 1, date.end) for date in event_dates(sentence, offset, 0, lower_words)
                   if date.year is not None)
    starts = [start for start, _ in spans]
    # a binary search per year: a line of thousands of dated years costs no more than their number
    return frozenset(at for at, _ in times
                     if (found := bisect_right(starts, at)) and at < spans[found - 1][1])


def _context(text: str, sentence: str, offset: int, names: Sequence[Name], lower_words: frozenset[str]
             ) -> _SentenceContext:
    appositives = appositive_spans(sentence, offset)
    times = _times_of(sentence, offset)
    subjects = tuple(sorted((n for n in names
                             if not any(start < n.start < end for start, end in appositives)
                             and not _currency_code(text, n)
                             and not SOURCE_BEFORE.search(text, max(0, n.start - 40), n.start)
                             and not _adjective_before_noun(text, n)
                             and not _number_words(n.text)),
                            key=lambda n: (n.start, n.end)))
    return _SentenceContext(times=times, passed_on=passed_on(sentence),
                            uncertain=tuple(offset + at for at in uncertain_at(sentence)),
                            company_anaphor=COMPANY_ANAPHOR.search(sentence) is not None,
                            breaks=tuple(offset + m.start() for m in CLAUSE_BREAK.finditer(sentence)),
                            dating=_dating(sentence, offset, times, lower_words),
                            joins=tuple(offset + m.start() for m in AND.finditer(sentence)),
                            subjects=subjects, subject_ends=tuple(n.end for n in subjects),
                            subject_starts=tuple(n.start for n in subjects))


def with_frames(text: str, sentences: Sequence[Sentence], claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Claims (ages included) with subject, attribute, time and polarity filled in.

    An age found here replaces the plain number claim at the same place ("42 years" read
    as a duration). The subject of other figures is the name nearest before the figure in
    its sentence, else after it; figures whose sentence names nobody keep no subject and
    are compared only inside aligned sentences.
    """
    ages = age_claims(text, sentences)
    lower_words = lower_case_words(text)
    kept = _combined(outside_spans(claims, [(c.start, c.end) for c in ages]), text, sentences)
    # What holds for a whole sentence is read once per sentence, not once per figure: a
    # sentence of a hundred thousand figures would otherwise cost their square.
    names_of: dict[int, list[Name]] = {}
    context_of: dict[int, _SentenceContext] = {}
    framed: list[Claim] = list(ages)
    anaphoric: list[int] = []  # company figures whose sentence says only "the company", "its", "It"
    figures_of: dict[int, SentenceFigures] = {}
    for claim in kept:
        span = sentences[claim.sentence]
        sentence = text[span.start : span.end]
        if claim.sentence not in names_of:
            names_of[claim.sentence] = find_names(sentence, span.start, lower_words)
            context_of[claim.sentence] = _context(text, sentence, span.start, names_of[claim.sentence],
                                                   lower_words)
            figures_of[claim.sentence] = SentenceFigures(sentence, span.start)
        names = names_of[claim.sentence]
        context = context_of[claim.sentence]
        subject = claim.subject or context.subject_near(claim.start, claim.end)
        base = attribute_of(claim, sentence, span.start)
        figures = figures_of[claim.sentence]
        others = marks_increment(claim, sentence, span.start) and figures.other_kind_before(claim, base)
        attribute = with_severity(measured_as(base, claim, sentence, span.start, others),
                                  text[claim.end : span.end])  # "were seriously injured"
        if claim.kind == "count":
            figures.record(claim, base)
        if not subject and attribute in COMPANY_FIGURES and context.company_anaphor:
            anaphoric.append(len(framed))
        attribute, topic = own_kind(attribute, claim, sentence, span.start)
        claim = dataclasses.replace(claim, topic=topic)
        claim = dataclasses.replace(claim, topic=_distance_topic(claim, text, names))
        time = context.time_near(claim.start, claim.end)
        if claim.unit == YEAR_UNIT:
            # a record's year (claims.records) is its value, not its time; and whose record it is
            # ("the first by a Ruvanian head of state") no name tells: only aligned sentences meet
            subject, time = "", ""
        framed.append(dataclasses.replace(
            claim, subject=subject, attribute=attribute, time=time,
            negated=_negated_before(text, span.start, claim.start),
            hedged=context.hedges(claim.start, claim.end)))
    ordered = sorted(_the_company(framed, anaphoric), key=lambda c: (c.start, c.end))
    return _corrections(text, list(with_inclusions(text, ordered)))


def _the_company(framed: list[Claim], anaphoric: Sequence[int]) -> list[Claim]:
    """ "The company logged $25 billion in revenue": the company the article gives other
    revenue, profit or loss figures for by name (the most often named), when there is one.
    The article's most frequent name would often be its chief executive's."""
    if not anaphoric:
        return framed
    named = Counter(c.subject for c in framed if c.attribute in COMPANY_FIGURES and c.subject)
    if not named:
        return framed
    company = named.most_common(1)[0][0]
    result = list(framed)
    for index in anaphoric:
        result[index] = dataclasses.replace(result[index], subject=company)
    return result


# "did not make $46 million but just $11 million": the figure after "but" corrects the denied one.
CORRECTION = re.compile(r"^\W*(?:\w+\W+){0,3}?but\s+(?:(?:just|only|rather|instead|actually)\s+)?"
                        r"(?:US)?[$€£]?\s*$", re.IGNORECASE)


def _corrections(text: str, claims: list[Claim]) -> tuple[Claim, ...]:
    """A figure that corrects a denied one in the same sentence ("not X but Y") gives what
    the denied one would have: its attribute, subject and year."""
    result = list(claims)
    for index in range(1, len(result)):
        denied, claim = result[index - 1], result[index]
        if (denied.negated and not claim.negated and denied.sentence == claim.sentence
                and (denied.kind, denied.unit) == (claim.kind, claim.unit)
                and CORRECTION.match(text[denied.end : claim.start])):
            result[index] = dataclasses.replace(claim, attribute=denied.attribute,
                                                subject=denied.subject or claim.subject,
                                                time=denied.time or claim.time)
    return tuple(result)


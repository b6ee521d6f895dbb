"""When something happened, as a sentence states it: "Minecraft first came out in 2009",
"the mine collapsed on August 5", "Hefner launched the magazine in late 1953".

A frame's attribute can be the date of an event (the issue's claim frames): who (the name
or pronoun right before the verb, else the first name before it, after any "that"), what
(the verb's lemma, with its particle: "come out"), what to (the words between the verb and
the date) and when (year, month, day as written). Only a
calendar date that "in" or "on" attaches to a past-tense verb of its own clause is read:
"since 2009", "by the end of February" and "until May" bound a time, they do not date an
event, and a list of dates ("in 2009 and 2011", "in May-June") dates several. A weekday
("on Thursday") is read as such; the article's date places it (findings.event_dates). "Last
year" is left to other rules. The day something was said ("the network said on Sunday") dates
a statement, not the story's events: two articles quote people on different days.

English inflection comes from lemminflect (already used for lemmas): a verb is a past form
when lemminflect's lexicon gives it as the past tense or past participle of its lemma, or, for a
lower-case word in -ed the lexicon lacks ("capsized"), by lemminflect's rules for unknown words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from lemminflect import getAllInflections, getAllLemmas, getLemma

from ..text.lexicon import MONTH_NUMBERS, WEEKDAYS
from ..text.names import find_names
from ..text.stance import REPORTING
from ..text.textnorm import STOP_WORDS, content_tokens
from .units_left import after_preposition, word_before

_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_YEAR = r"(?:1[6-9]|20)\d\d"
_LIST_AFTER = rf"(?!['’]s\b|\s*(?:[-–—/]|and\b|or\b|to\b|through\b|until\b)\s*(?:\d|(?:{_MONTH})\b))"
_WEEKDAY = "|".join(sorted(WEEKDAYS))
WEEKDAY_NUMBERS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
DATE = re.compile(  # "on Tuesday, March 4, 2025": the weekday names the day the date gives
    # AP style drops the "on" before a weekday and date too ("will reopen Monday, March 24"); read
    # only right after the verb (event_dates checks it), as BARE_WEEKDAY below.
    rf"\b(?:(?P<prep>in|on)\s+|(?<=[a-z]\s)(?=(?:{_WEEKDAY}),?\s+(?:{_MONTH})\s+[0-3]?\d\b))"
    rf"(?:(?:{_WEEKDAY}),?\s+(?=(?:{_MONTH}|[0-3]?\d)\b))?"
    rf"(?P<when>(?:(?:early|late|mid)[- ]?\s*)?"
    # day before month, as British and most other English write it: "on 7 October (2025)"
    rf"(?:(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{_MONTH})\.?(?:,?\s+(?P<dm_year>{_YEAR}))?"
    rf"|(?P<month>{_MONTH})\.?(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>{_YEAR}))?"
    rf"|(?P<bare_year>{_YEAR})"
    # a weekday alone: "convicted Brandt on Thursday" (not "on Thursday, March 4", read above)
    rf"|(?<=on\s)(?P<weekday>{_WEEKDAY})(?!,?\s+(?:{_MONTH}|[0-3]?\d)\b)))\b{_LIST_AFTER}",
    re.IGNORECASE,
)
# AP style drops the "on" before a weekday: "the order was lifted Thursday", "Okafor died Tuesday
# night". Read only right after a past-tense verb (event_dates checks it), and not when a date
# follows ("lifted Thursday, March 5" is read by DATE when "on" stands before it).
# A part of the day may come first: "the attack began early Saturday", "died late Tuesday".
BARE_WEEKDAY = re.compile(rf"(?<=[a-z]\s)(?P<when>(?:(?:early|late)\s+)?(?P<weekday>{_WEEKDAY}))\b"
                          rf"(?!,?\s+(?:{_MONTH}|[0-3]?\d)\b)", re.IGNORECASE)


def may_date(sentence: str) -> bool:
    """Whether the sentence may state when something happened (event_dates reads only these)."""
    return DATE.search(sentence) is not None or BARE_WEEKDAY.search(sentence) is not None


LOOKBACK = 160  # characters before a date searched for its verb and subject: bounded work per date
VERB_REACH = 6  # the verb stands within this many words before the date
CLAUSE_BREAK = re.compile(r"[;:()\[\]“”\"—–]|\s-\s")
PARTICLES = frozenset({"out", "up", "down", "off", "over", "back", "away"})
AUXILIARIES = frozenset({"be", "have", "do", "get"})  # "was launched": the event is the participle
WORD = re.compile(r"[A-Za-z][\w'’-]*")
# "was not launched in 2009": a denied date is nobody's statement of it
NEGATED = re.compile(r"\b(?:not|never|no|neither|nor)\b|n['’]t\b", re.IGNORECASE)


@dataclass(frozen=True)
class EventDate:
    """One dated event of a sentence; offsets are in the document's text."""

    sentence: int
    start: int  # the date as written ("late 2011", "August 5")
    end: int
    written: str
    subject: str  # see _subject; "" for a pronoun or when nobody is named
    head: frozenset[str]  # content words before the verb in its clause ("the mine", "the attack")
    event: str  # the verb's lemma with its particle: "launch", "come out"
    verb: str  # the verb as written, for display
    objects: frozenset[str]  # content words between the verb and the date
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # 0 for Monday: "on Thursday", with no date; placed by the article's date


@lru_cache(maxsize=20_000)
def past_lemma(word: str) -> str | None:
    """The lemma of a past tense or past participle ("came" → "come"), else None."""
    lower = word.lower()
    known = getAllLemmas(lower)
    if not known and word.isalpha() and word.islower() and lower.endswith("ed"):
        # A regular past the lexicon lacks ("capsized"), written in lower case (not "Ahmed"):
        # lemminflect's rules for unknown words.
        oov = getLemma(lower, upos="VERB", lemmatize_oov=True)
        return str(oov[0]) if oov and oov[0] != lower else None
    lemmas = known.get("VERB")
    if not lemmas:
        return None
    lemma = lemmas[0]
    forms = getAllInflections(lemma, upos="VERB")
    past = set(forms.get("VBD", ())) | set(forms.get("VBN", ()))
    return lemma if word.lower() in past and lemma not in AUXILIARIES else None


# What makes a verb's event one yet to come: "will reopen", "is scheduled to reopen", "is due to
# be sentenced". The closed class of English future and scheduling markers.
FUTURE_MARKERS = frozenset({"will", "shall"})
SCHEDULING = frozenset({"scheduled", "set", "slated", "due", "planned"})  # not "expected to": a hedge
PLANNED = " (planned)"  # the event key's mark: a plan is compared with plans only


@lru_cache(maxsize=20_000)
def base_lemma(word: str) -> str | None:
    """The lemma of a verb's base form ("reopen", "begin"), else None."""
    lower = word.lower()
    lemmas = getAllLemmas(lower).get("VERB")
    if not lemmas or lemmas[0] != lower or lemmas[0] in AUXILIARIES:
        return None
    return lower


def _planned(words: list[re.Match[str]], index: int) -> bool:
    """Whether the verb at `index` is a plan: after "will" (or "will be" for a participle), or
    after "to" (or "to be") that follows a word of scheduling."""
    before = [w.group().lower() for w in words[max(0, index - 3) : index]]
    if before and before[-1] == "be":
        before = before[:-1]
    if before and before[-1] in FUTURE_MARKERS:
        return True
    return len(before) >= 2 and before[-1] == "to" and before[-2] in SCHEDULING


def _future(words: list[re.Match[str]], index: int) -> str:
    """How a planned verb is shown: "will reopen", "will be sentenced"."""
    return "will be" if index and words[index - 1].group().lower() == "be" else "will"


def _verb(words: list[re.Match[str]], clause_start: int) -> tuple[int, str, bool] | None:
    """The past-tense verb nearest before the date (its index in `words`, its lemma, False), or
    a planned one ("will reopen", "is set to be sentenced": True). A name's words count once
    towards the reach: "left its home port of Port Selwick on Saturday"."""
    reach = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.start() < clause_start:
            return None
        capitalised = word.group()[0].isupper()
        if not (capitalised and index + 1 < len(words) and words[index + 1].group()[0].isupper()):
            reach += 1
            if reach > VERB_REACH:
                return None
        if capitalised and index > 0:
            continue  # a name, not a verb ("Reed", "Said")
        lemma = past_lemma(word.group())
        if lemma is not None:
            return index, lemma, _planned(words, index)
        base = base_lemma(word.group())
        if base is not None and _planned(words, index):
            return index, base, True
    return None


THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# A place or thing named with a number ("docked at Pier 4 on Saturday", "boarded Flight 247 on
# Tuesday"): no figure whose period the date could be.
NUMBERED_NAME = re.compile(r"\b[A-Z][a-z]+\s+\d+\b")


def _subject_from(window: str, verb_start: int) -> int:
    """Where the verb's subject is looked for: after the last "that" before the verb ("Orlan
    said that Velda launched it"), else from the start. The first name there is the subject:
    the names after it are mostly asides and relative clauses ("Okafor, who wrote for the
    Lagos Times, was arrested", "Okafor, of Ikeja, Lagos, who was arrested")."""
    found = [m.end() for m in THAT.finditer(window, 0, verb_start)]
    return found[-1] if found else 0


# What may stand between a subject and its verb: auxiliaries and adverbs ("he had first founded").
BEFORE_VERB = re.compile(r"(?:\s+(?:was|were|is|are|has|had|have|been|being|also|first|then|\w+ly))*\s*$",
                         re.IGNORECASE)
PERSONAL = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def _subject(window: str, verb_start: int, lower_words: frozenset[str]) -> str:
    """Who the event is about. The phrase right before the verb, when it is a name or a personal
    pronoun ("before he founded EA in 2008" is his founding, not the Guardian's he wrote for
    earlier in the sentence); else, when a relative clause or an aside stands between them, the
    first name from the clause's start (_subject_from), after any colon ("REPORTER (ANA LIM): the
    ship docked on Friday")."""
    between = BEFORE_VERB.search(window, 0, verb_start)  # always matches, if only the empty string
    before = window[: between.start() if between is not None else verb_start]
    last_word = re.search(r"([\w'’-]+)\W*$", before)
    if last_word is not None and last_word.group(1).lower() in PERSONAL:
        return ""  # a pronoun: nobody named (head words then tell what the event is about)
    start = max(_subject_from(window, verb_start), window.rfind(":", 0, verb_start) + 1)
    clause = window[start:verb_start]
    found = find_names(clause, 0, lower_words)
    names = [name for name in found if not after_preposition(clause, name.start)]
    if found and found[-1].end >= len(before.rstrip()) - start and (
            names[-1:] == found[-1:] or word_before(clause, found[-1].start) in CONJUNCTIONS):
        return found[-1].text  # the name right before the verb ("since the Coral Meridian tied up")
    return names[0].text if names else ""


# Words that are prepositions before a noun and conjunctions before a clause: a name after one
# and right before a verb is that verb's subject ("since the ship docked on Friday").
CONJUNCTIONS = frozenset({"since", "after", "before", "until", "till"})


def _date_parts(match: re.Match[str]) -> tuple[int | None, int | None, int | None, int | None] | None:
    weekday = match.group("weekday")
    if weekday is not None:
        return (None, None, None, WEEKDAY_NUMBERS[weekday.lower()]) if weekday[0].isupper() else None
    if match.re is BARE_WEEKDAY:
        return None
    month_word = match.group("month") or match.group("dm_month")
    if month_word is not None and not month_word[0].isupper():
        return None  # "in may", "on march": a verb or a noun, not a month
    year_text = match.group("year") or match.group("dm_year") or match.group("bare_year")
    month = MONTH_NUMBERS[month_word.lower()] if month_word else None
    day_text = match.group("day") or match.group("dm_day")
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    return (int(year_text) if year_text else None), month, day, None


def _right_after(words: list[re.Match[str]], position: int, window: str) -> bool:
    """The verb at `position` (with a particle, "was called off") ends the window: the weekday
    after it is its time ("lifted Thursday"), not another word's ("Thursday" of "the Thursday
    meeting" follows no verb)."""
    last = len(words) - 1
    if position < last - 1 or (position == last - 1 and words[last].group().lower() not in PARTICLES):
        return False
    return not window[words[last].end():].strip()


def event_dates(sentence: str, offset: int, index: int, lower_words: frozenset[str]) -> tuple[EventDate, ...]:
    """The event dates one sentence states (see the module docstring); `offset` is where the
    sentence starts in its document, `index` its number, `lower_words` the words the document
    also writes in lower case (names.find_names)."""
    found = []
    for match in chain(DATE.finditer(sentence), BARE_WEEKDAY.finditer(sentence)):
        parts = _date_parts(match)
        if parts is None:
            continue
        window_start = max(0, match.start() - LOOKBACK)
        window = sentence[window_start : match.start()]
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(window)]
        clause_start = breaks[-1] if breaks else 0
        words = list(WORD.finditer(window))
        verb = _verb(words, clause_start)
        if verb is None:
            continue
        position, lemma, planned = verb
        if REPORTING.fullmatch(words[position].group().lower()):
            continue  # "..., the network said on Sunday": when it was said, which dates no event
        if ((match.re is BARE_WEEKDAY or match.group("prep") is None)
                and not _right_after(words, position, window)):
            continue  # "the storm hit the coast Thursday": a weekday only right after its verb
        if NEGATED.search(window, clause_start):
            continue
        if any(ch.isdigit() for ch in NUMBERED_NAME.sub("", window[words[position].end():])):
            continue  # "made $3 billion in 2013": the year is the figure's period, not an event's date
        after = [w.group().lower() for w in words[position + 1 :]]
        particle = after[0] if after and after[0] in PARTICLES else ""
        verb_start = words[position].start()
        subject = _subject(window, verb_start, lower_words)
        head = content_tokens(window[clause_start:verb_start])
        objects = [w for w in after[1 if particle else 0 :] if w not in STOP_WORDS]
        found.append(EventDate(
            index, offset + match.start("when"), offset + match.end("when"), match.group("when"),
            subject, frozenset(head[-4:]),
            f"{lemma} {particle}".strip() + (PLANNED if planned else ""),
            " ".join([_future(words, position) if planned else "", words[position].group(),
                      particle]).strip(),
            frozenset(content_tokens(" ".join(objects))), *parts))
    return tuple(found)

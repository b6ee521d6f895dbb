"""Records reckoned from a year: "the first visit by a head of state since 1998", "inflation
fell to its lowest level since 2008".

Such a year is no date of the event told and no quantity, yet it is a fact two articles can
disagree on: "the first since 1998" and "the first since 2003" cannot both be true of one
visit. The year becomes a figure of its own frame, "first since" or "lowest since", which meets
only the same record word: the year before the first visit and the year of the last low level
are different facts. The record word is an ordinal "first" or an English superlative, told
by lemminflect's inflections (the library already read for lemmas), not by a list: "the latest
since" is a superlative, "the protest since" is not.

Hand-written, as no installed library reads a record's reference year; it reads a bounded
window before the year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

from .digits import NumberMention

YEAR_UNIT = "year"  # the unit of a record's reference year
RECORD_SUFFIX = " since"  # the attribute: "first since", "lowest since"
REACH = 90  # characters before "since" searched for the record word: bounded work per year
# The record word, the words between it and "since" in one clause (no comma, stop or bracket:
# "He was the first to arrive, and since 2003 ..." reckons nothing from 2003), and "since".
RECORD_BEFORE = re.compile(r"\b[A-Za-z]+(?:\s+[^\s,;:.!?()\[\]\"“”—–]+){0,10}\s+since\s+$")
WORD = re.compile(r"[A-Za-z]+")
FIRST_YEAR, LAST_YEAR = 1800, 2100


@lru_cache(maxsize=20_000)
def superlative(word: str) -> bool:
    """Whether lemminflect gives the word as the superlative of an adjective or adverb
    ("lowest", "worst", "latest", "most"): what a rank or a record is by."""
    lower = word.lower()
    lemmas = getAllLemmas(lower)
    for upos in ("ADJ", "ADV"):
        for lemma in lemmas.get(upos, ()):
            forms = getAllInflections(lemma, upos=upos)
            if lower in forms.get("JJS", ()) or lower in forms.get("RBS", ()):
                return True
    return False


def record_word(word: str) -> bool:
    """Whether a year after "since" may be reckoned for this word: "first", or a superlative
    other than "most" and "least" alone ("most residents have lived there since 2008")."""
    lower = word.lower()
    return lower == "first" or (lower not in ("most", "least") and superlative(lower))


def record_since(mention: NumberMention, left: str, surface: str) -> str:
    """The record word a year after "since" is reckoned for ("first", "lowest"), or ""
    when the figure is no plain year or no record word stands before it in its clause."""
    if mention.spelled or not surface.isdigit() or not FIRST_YEAR <= mention.value <= LAST_YEAR:
        return ""
    window = left[-REACH:]
    if not window.rstrip().lower().endswith("since"):
        return ""
    # the record word nearest "since" in the clause: "the highest level since" is "highest"
    match = RECORD_BEFORE.search(window)
    if match is None:
        return ""
    words = WORD.findall(window[match.start():])
    return next((w.lower() for w in reversed(words[:-1]) if record_word(w)), "")

"""Figures inside a compound adjective: "a one-mile radius", "a 4,000-square-foot warehouse",
"a 30-minute drive", "a 1,200-page report". The figure and its unit are one hyphenated word
before the noun they describe; the unit stays singular, as English writes it there.

Ages ("a 14-year-old") are read by claims.ages, and are left alone here.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from ..text.lexicon import COMPOUND_UNITS, MEASURE_UNITS, STOP_AFTER_NUMBER
from .nouns import INVARIANT_PLURALS, is_plural, singular
from .unit import Unit

# "-mile", "-square-foot", "-minute": lower-case words joined by hyphens, right after the figure.
FIRST_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’'%-]+|[^\w\s]")  # as claims.extract reads words
COMPOUND = re.compile(r"-([a-z]+(?:-[a-z]+){0,2})\b(?!-)")


def hyphen_compound(right: str) -> str | None:
    """The words hyphenated to the figure ("square-foot" of "4,000-square-foot building"), or
    None: none, or the "year-old" of an age."""
    match = COMPOUND.match(right)
    if match is None or match.group(1).endswith("-old") or match.group(1) == "old":
        return None
    return match.group(1)


def compound_measure(right: str) -> tuple[int, Unit] | None:
    """For the text right after a figure: how many characters its compound adjective takes
    ("-mile" of "one-mile radius"), with the unit it gives, or None when it has none."""
    compound = hyphen_compound(right)
    unit = compound_unit(compound) if compound else None
    return (1 + len(compound), unit) if compound and unit else None


# A dimension adjective after the unit says which way it is measured, not what: "a 12-hour-long
# standoff" lasts 12 hours, "a 3-mile-long bridge" is 3 miles, "a two week-long honeymoon" 2 weeks.
DIMENSION = re.compile(r"-(?:long|wide|high|deep|tall|thick)$")


def measured_unit(word: str) -> Unit | None:
    """The measure a word gives after a figure when it is a unit with a dimension adjective
    hyphenated to it ("week-long", "foot-tall"); None otherwise."""
    if DIMENSION.search(word) is None:
        return None
    unit = compound_unit(DIMENSION.sub("", word.lower()))
    return unit if unit is not None and unit.kind == "measure" else None


def compound_unit(compound: str) -> Unit | None:
    """The unit a compound adjective gives its figure: a measure ("mile", "square-foot",
    "minute"), or a counted noun that has a plural of its own ("page": the report has 1,200
    pages). Anything else ("a 3-fold", "a 50-odd") is left to the other rules."""
    words = DIMENSION.sub("", compound).replace("-", " ")
    for table in (MEASURE_UNITS, COMPOUND_UNITS):
        if words in table:
            name, factor, kind = table[words]
            return Unit(name, kind, factor)
    counted = counted_in_compound(words, "", hyphenated=True) if " " not in words else ""
    return Unit(counted, "count", noun=counted) if counted else None


def counted_in_compound(right: str, noun: str, hyphenated: bool = False) -> str:
    """ "a 33 page paper", "a 2 bedroom flat": a number above one before a noun that stays
    singular, with no plural after it, counts that noun (the paper has 33 pages), not the
    thing it describes. Which nouns have a distinct plural comes from lemminflect's lexicon;
    names it does not know ("25 Taliban"), nouns whose plural is the same word ("40 staff",
    "3 aircraft"), short unit abbreviations ("4 hr") and verbs are left as they were, and so is a
    word with no noun after it to describe ("kills 3 outside Dallas"); `hyphenated`: `right` is
    the compound itself ("1,200-page"), whose noun follows it."""
    words = FIRST_WORD.findall(right[:120])
    first = next(iter(words), "").strip("‘’'\"“”").lower()
    if len(first) <= 3 or not first.isalpha() or first in INVARIANT_PLURALS or is_plural(noun):
        return ""
    described = words[1].strip("‘’'\"“”") if len(words) > 1 else ""
    if not hyphenated and (first in STOP_AFTER_NUMBER or not described.isalpha()
                           or described.lower() in STOP_AFTER_NUMBER):
        return ""  # "kills 3 outside Dallas": no noun follows for the count to describe
    if singular(first) != first or "NOUN" not in getAllLemmas(first):
        return ""
    plurals = getInflection(first, tag="NNS")
    return first if plurals and first not in plurals else ""

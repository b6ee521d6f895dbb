"""Numbers that are no claim: dates, times, identifiers, names with a number, numbers to
dial, relative times and stray "one"s; and the bounded word windows every rule of claims.extract
reads around a figure."""

from __future__ import annotations

import re
from itertools import islice

from lemminflect import getAllLemmas

from ..text.lexicon import (
    IDENTIFIER_NOUNS,
    MEASURE_UNITS,
    MONTHS,
    QUALIFIER_WORDS,
    SI_UNIT_SYMBOLS,
    TIME_AFTER,
    TIME_UNITS,
    casualty_word,
)
from .cased_units import cased_unit
from .compounds import compound_measure
from .currencies import currency_before
from .digits import NumberMention
from .identifiers import (
    in_a_name,
    joined_by_dashes,
    looks_like_year,
    names_a_product_or_record,
    names_an_event,
    names_something,
)
from .nouns import is_plural

WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’'%-]+|[^\w\s]")


def words_after(text: str, limit: int = 6) -> list[str]:
    return [m.group().strip("‘’'\"“”") for m in islice(WORD.finditer(text[:120]), limit)]


def words_before(text: str, limit: int = 6) -> list[str]:
    return [m.group() for m in WORD.finditer(text[-120:])][-limit:]


NAME_RUN = 5  # words after digits read for a name and the plural after it ("150 Boeing 737 Max jets")


def is_not_quantity(mention: NumberMention, left: str, right: str, surface: str = "") -> bool:
    """Dates, times, identifiers and stray 'one's are numbers but not claims."""
    before = words_before(left, 2)
    after = words_after(right, 2)
    previous = before[-1] if before else ""
    following = after[0].lower() if after else ""
    if previous.lower().rstrip(".") in MONTHS or following.rstrip(".,") in MONTHS:
        return True
    if TIME_AFTER.match(right) or right.startswith(":"):
        return True
    if left.endswith("#") or previous.lower() in IDENTIFIER_NOUNS or previous.lower() == "no.":
        return True
    # "Windows 10.", "Local 1187,": a name's number at a clause's end; "EUR 500 million." is money
    named = (previous[:1].isupper() and previous.isalpha() and not mention.spelled
             and currency_before(left) is None)
    if named and not after:
        return True
    if named and following in (
        ",", ".", ")", "and", "or", ":", ";", "•", "-"
    ):
        return True
    if (surface[:1].isupper() and mention.spelled and previous[:1].isupper() and previous.isalpha()
            and left.endswith(" ") and not (after and after[0][:1].isupper() and is_plural(after[0]))):
        return True  # "the Big Ten", "the Final Four": a number word in a name (not "Police Say Ten People")
    if looks_like_year(mention, right, surface, previous) or names_an_event(left, right):
        return True
    if previous == "." and len(before) > 1 and before[-2] == "No" and following not in MEASURE_UNITS:
        return True  # "world No. 13", "the No. 1 spot": a place in a ranking, not a count
    if in_a_name(mention, left, before, after):
        return True
    # "for 21 days after", "for nearly nine hours before": how long, not when
    lasting = previous.lower() in LASTING or (
        len(before) > 1 and previous.lower() in QUALIFIER_WORDS and before[-2].lower() in LASTING)
    if (surface in EMERGENCY_NUMBERS and currency_before(left) is None and not is_plural(following)
            and "NOUN" in getAllLemmas(following)):
        return True  # "a 911 call", "the 999 system": the line's number, not a count (that takes a plural)
    if previous.lower() in DIALLED or (RELATIVE_TIME.match(right) and not lasting):
        return True  # "call 911", "two weeks ago", "20 years after his death" (not "for 21 days after")
    if joined_by_dashes(mention.value, left, right, surface):
        return True  # "1-888-555-0143", "2025-10-14", "won 3-1"
    if names_something(mention, left, words_after(right, NAME_RUN)) and (
            previous[:1].isupper() or cased_unit(right) is None) and following not in SI_UNIT_SYMBOLS:
        return True  # "iPhone 6 Plus", "10 News reported"; not "40C in Madrid" (but "iPhone 5C")
    if names_a_product_or_record(mention, left, before, surface):
        return True
    if mention.spelled and mention.value == 1 and mention.end - mention.start <= 3:
        # "a one-mile radius": a measure of one
        return not (_a_casualty_of_one(previous, right) or compound_measure(right) is not None)
    return False


# Words before "one" that make it no count: "no one", "every one", "the one who", "which one".
NOT_ONE_OF = frozenset({"no", "every", "any", "each", "which", "the", "this", "that", "another"})
ONE_CLAUSE = re.compile(r"[,;:—–()]|\b(?:and|but|after|before|while|when)\b", re.IGNORECASE)


def _a_casualty_of_one(previous: str, right: str) -> bool:
    """ "One person has died", "one soldier was wounded": a toll of one, which "Three people have
    died" contradicts. Other "one"s stay no claim ("one day", "one of them", "no one"): only
    "one" before a singular noun, not a time, whose own clause has a word of dying or wounding."""
    if previous.lower() in NOT_ONE_OF:
        return False
    words = words_after(ONE_CLAUSE.split(right[:120])[0], 8)
    if not words or not (words[0].isalpha() and words[0].islower()) or words[0] in TIME_UNITS or is_plural(
            words[0]):
        return False  # a name ("One Direction"), a time ("one day"), a plural ("one others")
    if "NOUN" not in getAllLemmas(words[0]):
        return False
    return any(casualty_word(word) for word in words[1:])


# The emergency telephone numbers ITU-T E.161.1 recommends (112, 911) and the UK's 999.
EMERGENCY_NUMBERS = frozenset({"112", "911", "999"})
DIALLED = frozenset({"call", "dial", "dialled", "dialed", "calling", "dialling", "dialing", "text"})
# Prepositions that make "21 days after their last exposure" how long, not when: "for", "within".
LASTING = frozenset({"for", "within"})
RELATIVE_TIME = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)"
                           r"\s+(?:ago|after|before|earlier|later|since)\b", re.IGNORECASE)

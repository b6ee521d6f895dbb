"""Counted nouns: the singular a count is stored under, plurals, and which words can be counted.

Inflection comes from lemminflect's English lexicon: hand-written suffix rules misread
"lives", "men" and "prosthesis".
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas, getLemma

from ..text.lexicon import MEASURE_UNITS, STOP_AFTER_NUMBER

INVARIANT_PLURALS = frozenset({"people", "police", "media", "news", "series", "staff", "personnel",
                               "cattle", "troops"})

ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.": an adjective before the counted noun


@lru_cache(maxsize=50_000)
def singular(word: str) -> str:
    """The singular of a counted noun ('lives' -> 'life', 'men' -> 'man', 'prosthesis' stays),
    from lemminflect's English lexicon (a hand-written suffix rule misread both)."""
    lower = word.lower()
    if lower in INVARIANT_PLURALS or not lower.isalpha():
        return lower
    return str(getLemma(lower, upos="NOUN")[0]).lower()


@lru_cache(maxsize=50_000)
def is_plural(word: str) -> bool:
    """A plural noun: "as" and "was" end like one, but lemminflect knows them, and not as nouns."""
    lower = word.lower()
    if lower in INVARIANT_PLURALS:
        return True
    lemmas = getAllLemmas(lower)
    if not lemmas:  # a word the lexicon does not know is plural only the regular way ("unblemished" is not)
        return lower.endswith("s") and singular(lower) != lower
    return "NOUN" in lemmas and singular(lower) != lower


def capitalised_plural(word: str) -> bool:
    """A capitalised word after digits that is a plural they count: a plural as the lexicon knows
    it ("Democrats": democrat), or the regular plural of a word it does not know ("Americans").
    Unlike is_plural, the invariant plurals whose lemma is themselves are names when written so
    ("10 News", "the World Series")."""
    lemmas = getAllLemmas(word.lower()).get("NOUN")
    return word.lower() not in lemmas if lemmas else is_plural(word)


@lru_cache(maxsize=50_000)
def may_count(word: str) -> bool:
    """A word that can be what a number counts: a noun, a verb's participle ("31 injured", the
    bare count of "the three arrived", which claims.frames and findings.figures read as people),
    or a word lemminflect does not know (names, "Taliban"); not an adjective or adverb alone."""
    lemmas = getAllLemmas(word)
    return not lemmas or "NOUN" in lemmas or "VERB" in lemmas


COORDINATORS = frozenset({"and", "or"})  # closed class: joins two predicates, objects or modifiers


COORDINATED_REACH = 3  # words after "and" in which the plural head must stand


def coordinated_head(words: list[str], at: int) -> str:
    """ "4,700 pig and poultry farms", "30 oil or gas companies": a singular noun coordinated with
    another modifier before a plural head; the plural (within three words after "and"/"or":
    "12 oil and gas exploration companies") is what is counted. '' when no such plural follows,
    or a number or a function word comes first ("two pilots and three", "20 oil and the prices")."""
    if words[at].lower() not in COORDINATORS:
        return ""
    for word in words[at + 1 : at + 1 + COORDINATED_REACH]:
        if not (word.isalpha() and word.islower()) or word in STOP_AFTER_NUMBER:
            return ""
        if is_plural(word):
            return word
    return ""


def plural_head_follows(word: str, following: str) -> bool:
    """A plural noun right after a plural noun is the head of a compound ("five sports stars",
    "12 arms dealers"); after a regular plural a word in -s cannot be the verb, which would agree
    with a singular. Invariant plurals ("40 people makes") are read by the caller."""
    if word in INVARIANT_PLURALS or not is_plural(word) or not (following.isalpha() and following.islower()):
        return False
    return following not in INVARIANT_PLURALS and is_plural(following) and "NOUN" in getAllLemmas(following)


# English's participles that are prepositions ("arrested 12 following protests", "12 including
# children"): a closed class, none describes what a figure counts.
PARTICIPLE_PREPOSITIONS = frozenset(
    "following including excluding regarding concerning considering pending barring according".split())


def gerund_modifier(word: str, following: list[str]) -> bool:
    """An "-ing" noun (lemminflect's lexicon) right before a plural noun describes it: "nursing
    vacancies", "housing units"; a verb alone ("killed 12 fleeing"), a participle preposition or
    a unit after it ("300 working days": a time) does not."""
    if word in PARTICIPLE_PREPOSITIONS or "NOUN" not in getAllLemmas(word) or not following:
        return False
    plural = following[0]
    return (plural.isalpha() and plural.islower() and plural not in STOP_AFTER_NUMBER
            and plural not in MEASURE_UNITS and is_plural(plural) and "NOUN" in getAllLemmas(plural))


def describes_a_plural(word: str, following: list[str]) -> bool:
    """An adjective or noun in "-ly" (lemminflect's lexicon) before a plural noun within two
    words describes what is counted ("monthly active users", "family members"); an adverb, or
    one before no plural, ends the figure's phrase ("killed 20 only yesterday")."""
    lemmas = getAllLemmas(word)
    if word in STOP_AFTER_NUMBER or not ("ADJ" in lemmas or "NOUN" in lemmas):
        return False
    return any(next_word.isalpha() and next_word.islower() and next_word not in STOP_AFTER_NUMBER
               and is_plural(next_word) and "NOUN" in getAllLemmas(next_word) for next_word in following)

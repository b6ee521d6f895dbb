"""Whether two names name one subject: "Dan Kovac" and "Danny Kovacs", "Merkel" and "Angela
Merkel", "Albarrán" and "Albarran" (rapidfuzz on surnames, accents folded); "Anna Brenner" and
"Tomas Brenner" are two people. Frames (claims.frames) and the findings that compare them ask it.
"""

from __future__ import annotations

import re
import unicodedata

from lemminflect import getAllLemmas
from rapidfuzz import fuzz

SUBJECT_SIMILAR = 85  # rapidfuzz ratio of two surnames that are the same person's


def folded(name: str) -> str:
    """A name in lower case without its accents: "Albarrán" and "Albarran" are one spelling
    to a reader who compares sources (Unicode's canonical decomposition, marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def surname(subject: str) -> str:
    """The last word of a name, lower-cased: what two spellings of one person share."""
    words = re.findall(r"[\w'’-]+", folded(subject))
    return words[-1] if words else ""


MIN_GIVEN_NAME = 4  # shorter words before a surname are titles and initials ("Mr", "Dr", "J.")


def given_name(subject: str) -> str:
    """The first word before the surname that can only be a given name: one English does not
    know as a word ("Captain", "President", "Will") and no abbreviation; '' when there is none.
    The first, not the last: "Igor Nerungri Vorozhbitsyn" is "Igor Vorozhbitsyn"."""
    words: list[str] = re.findall(r"[\w'’.-]+", folded(subject))
    for given in words[:-1]:
        if len(given) >= MIN_GIVEN_NAME and not given.endswith(".") and not getAllLemmas(given):
            return given
    return ""


def same_subject(first: str, second: str) -> bool:
    """Two ways of naming one person, organisation or place. One surname with two different
    given names ("Anna Brenner", "Tomas Brenner") is two people; a given name that starts the
    other ("Dan", "Danny") or a title ("Captain Brenner") is no such difference."""
    if not first or not second:
        return False
    a, b = folded(first), folded(second)
    if a == b or a in b.split() or b in a.split():
        return True
    given_a, given_b = given_name(first), given_name(second)
    if (given_a and given_b and not (given_a.startswith(given_b) or given_b.startswith(given_a))
            and fuzz.ratio(given_a, given_b) < SUBJECT_SIMILAR):
        return False
    return fuzz.ratio(surname(first), surname(second)) >= SUBJECT_SIMILAR

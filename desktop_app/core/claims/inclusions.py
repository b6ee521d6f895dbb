"""Figures that count a part: of a toll before them ("killed nine people, including five
Americans"), or of a whole after them ("85 of the university's servers").

The part is a toll of its own (five Americans died), which an article saying "including three
Americans" contradicts. claims.attributes reads a figure's own clause only, where "including"
is no word of dying; this pass gives the part the attribute, subject and time of the whole.
Hand-written: a closed class of English words introduces such a part ("including", "among
them", "of whom"); no installed library reads it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from ..model import Claim
from ..text.lexicon import QUALIFIERS
from .nouns import is_plural
from .unit import Unit

CASUALTIES = frozenset({"deaths", "injured"})
_QUALIFIER = "|".join(re.escape(phrase)
                      for phrase in sorted((p for p, *_ in QUALIFIERS), key=len, reverse=True))
# Between the whole's figure and the part's: at most a few words of the whole's noun phrase (no
# figure, no other clause), then the word that introduces the part and perhaps a qualifier.
BETWEEN = 80  # characters the pattern below can span: longer gaps are not read
INCLUDING = re.compile(
    r"^[^\d,;:()—–.]{0,40}?,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|among\s+those)\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$", re.IGNORECASE)


def with_inclusions(text: str, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Claims in text order, each part of a toll given the toll's attribute ("deaths",
    "injured"), and its subject and time where it has none."""
    result = list(claims)
    for index in range(1, len(result)):
        whole, part = result[index - 1], result[index]
        if (whole.sentence == part.sentence and whole.kind == part.kind == "count"
                and whole.attribute in CASUALTIES and part.attribute not in CASUALTIES
                and not part.attribute.startswith("change in ")
                and part.start - whole.end <= BETWEEN and INCLUDING.match(text[whole.end : part.start])):
            result[index] = dataclasses.replace(part, attribute=whole.attribute,
                                                subject=part.subject or whole.subject,
                                                time=part.time or whole.time)
    return tuple(result)


# ", including nine young children," between a figure's noun phrase and its verb ("14 others,
# including nine young children, had died"): an aside, after which the figure's clause goes on.
ASIDE = re.compile(r"^\s*,\s*(?:including|among\s+them|among\s+whom)\s+[^,;:()—–.]{1,60},")


def aside_length(following: str) -> int:
    """How many characters of the text after a figure an inclusion aside takes (0 if none)."""
    match = ASIDE.match(following)
    return match.end() if match is not None else 0


# "140 of the university's servers", "1,380 of its members": a part, counted in the whole's noun.
WHOLE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")  # the whole's own count, in digits
PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those", "them"})


def part_of(words: list[str], unit_after: Callable[[list[str]], Unit | None]) -> Unit | None:
    """The unit of a figure that takes part of a plural whole ("encrypted 85 of the university's
    servers" counts servers), or None. A number in the whole ("won 303 of the 543 seats") is
    the whole's own figure, read on its own; the part counts what the whole counts. `unit_after`
    reads a unit from the words after a figure (claims.extract's reader, passed in: it reads this
    module's parts first)."""
    if len(words) < 3 or words[0].lower() != "of" or words[1].lower() not in PARTITIVE_DETERMINERS:
        return None
    rest = words[2:]
    if rest and rest[0].lower().endswith(("'s", "’s")):
        rest = rest[1:]  # "of the university's servers": the owner is no part of the noun
    elif len(rest) > 1 and rest[1].lower() in ("s", "'s", "’s"):  # words_after strips the quote
        rest = rest[2:]  # the same, tokenised apart: "of the world 's most spectacular stations"
    if len(rest) > 1 and WHOLE_NUMBER.fullmatch(rest[0]):
        rest = rest[1:]  # "303 of the 543 seats": seats
    unit = unit_after(rest) if rest and rest[0][:1].isalpha() else None
    if unit is None or unit.kind != "count" or not is_plural(unit.noun.lower()):
        return None
    return unit

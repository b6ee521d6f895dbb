"""A figure that counts part of a toll before it: "killed nine people, including five Americans".

The part is a toll of its own (five Americans died), which an article saying "including three
Americans" contradicts. claims.attributes reads a figure's own clause only, where "including"
is no word of dying; this pass gives the part the attribute, subject and time of the whole.
Hand-written: a closed class of English words introduces such a part ("including", "among
them", "of whom"); no installed library reads it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import Claim
from ..text.lexicon import QUALIFIERS

CASUALTIES = frozenset({"deaths", "injured"})
_QUALIFIER = "|".join(re.escape(phrase)
                      for phrase in sorted((p for p, *_ in QUALIFIERS), key=len, reverse=True))
# Between the whole's figure and the part's: at most a few words of the whole's noun phrase (no
# figure, no other clause), then the word that introduces the part and perhaps a qualifier.
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
                and INCLUDING.match(text[whole.end : part.start])):
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

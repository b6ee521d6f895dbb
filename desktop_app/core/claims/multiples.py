"""Multiples written as a verb or a "-fold": "Obesity rates have doubled since 1990", "shares have
nearly tripled", "prices rose tenfold", "a three-fold increase in cases".

The number reader reads no number in "doubled", so without this the figure a fact-checker
would check ("doubled" against another article's "tripled") is no claim at all. A multiple is
a figure of what changed: its attribute names the plural (or "number of" plural) heading the
subject before the verb, or the noun after "increase in", so that the tripling of shares and
the doubling of profits are not one figure. Only past forms are read ("has doubled", "doubled
to 40"): "will double" is a forecast, "a double" and "double-digit" are no change at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Claim, Sentence
from .nouns import is_plural, singular
from .numbers import words_to_number
from .precision import qualifier_before
from .units_left import COUNT_HEADS

MULTIPLE_VERB = re.compile(r"\b(?P<verb>doubled|tripled|trebled|quadrupled|quintupled|halved)\b",
                           re.IGNORECASE)
VERB_VALUES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "quintupled": 5.0,
               "halved": 0.5}
FOLD = re.compile(r"\b(?P<number>\d+(?:\.\d+)?|[a-z]+)(?:-|\s)?fold\b", re.IGNORECASE)
# The subject a multiple is of: the words of its clause before it, up to eight ("Obesity rates
# have", "The number of centenarians has", "Prices of some graphics cards have risen").
SUBJECT_WORD = re.compile(r"[\w'’-]+|[,;:()—–]")
SUBJECT_WORDS = 8
INCREASE_IN = re.compile(r"\s+(?:increase|rise|jump|surge|growth|drop|fall|decline)\s+in\s+(?:the\s+)?"
                         r"(?:number\s+of\s+)?(?P<noun>[a-z][\w-]*)", re.IGNORECASE)
QUALIFIER_REACH = 30  # characters before a multiple read for its hedge ("nearly tripled")
SUBJECT_REACH = 80  # characters before a multiple read for its subject


def _plural_head(before: str) -> str:
    """The plural heading the subject in the clause before a multiple ("Obesity rates have" ->
    "rate"; "The number of centenarians has" -> "centenarian"), or '' when it has none."""
    words = [w.lower() for w in SUBJECT_WORD.findall(before)][-SUBJECT_WORDS:]
    breaks = [i for i, w in enumerate(words) if not w[:1].isalnum()]
    words = words[breaks[-1] + 1 :] if breaks else words
    if "of" in words:
        at = words.index("of")
        words = words[at + 1 :] if at and words[at - 1] in COUNT_HEADS else words[:at]
    plural = [w for w in words if w.isalpha() and is_plural(w)]
    return singular(plural[-1]) if plural else ""


def _multiple(body: str, start: int, end: int, value: float, head: str, sentence: Sentence, index: int,
              text: str) -> Claim:
    label, low, high = qualifier_before(body[max(0, start - QUALIFIER_REACH) : start])
    quote_start = sentence.start + start
    return Claim(quote_start, sentence.start + end, text[quote_start : sentence.start + end], value, "times",
                 label, f"multiple of {head}", "measure", value * low, value * high, index,
                 attribute=f"multiple of {head}")


def multiples_in(text: str, sentence: Sentence, index: int) -> list[Claim]:
    """The multiples one sentence states, each with the noun it multiplies; a multiple whose
    subject names no plural ("It doubled", "Smith tripled his lead") is left out."""
    body = text[sentence.start : sentence.end]
    found = []
    for match in MULTIPLE_VERB.finditer(body):
        head = _plural_head(body[max(0, match.start() - SUBJECT_REACH) : match.start()])
        if head:
            found.append(_multiple(body, match.start(), match.end(), VERB_VALUES[match.group("verb").lower()],
                                   head, sentence, index, text))
    for match in FOLD.finditer(body):
        number = match.group("number")
        value = float(number) if number[:1].isdigit() else words_to_number([number.lower()])
        if value is None or value <= 1:
            continue
        increase = INCREASE_IN.match(body, match.end())
        if increase is not None:
            head = singular(increase.group("noun").lower())
        else:
            head = _plural_head(body[max(0, match.start() - SUBJECT_REACH) : match.start()])
        if head:
            found.append(_multiple(body, match.start(), match.end(), value, head, sentence, index, text))
    return found


def with_multiples(text: str, sentence: Sentence, index: int, claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one sentence with its multiples in words added; a number inside a "-fold"
    ("three" of "three-fold") is no claim of its own."""
    multiples = multiples_in(text, sentence, index)
    if not multiples:
        return list(claims)
    kept = [c for c in claims if not any(m.start <= c.start < m.end for m in multiples)]
    return sorted([*kept, *multiples], key=lambda c: c.start)

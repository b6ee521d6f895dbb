"""Fractions written in words: "two-thirds of voters", "a quarter of the fleet", "about half of
nursing homes" are shares, as "67 percent of voters" is; "a quarter of a billion dollars" is
$250 million and "three-quarters of a mile" is 0.75 miles.

The number reader reads digits and number words one by one, so without this "killed
two-thirds of those infected" would be two deaths and "two thirds of the staff" two "thirds".
English writes a fraction as a numerator ("a", "one", "two"...) and a denominator ordinal
("third", "quarters"), or "half" alone; an ordinal after "the" ("the third of five children")
is a rank, not a fraction, and a half after a determiner, an ordinal or an adjective ("the
first half of the year", "the latter half of") is a part of a time, not a share.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from lemminflect import getAllLemmas

from ..model import Claim, Sentence
from ..text.lexicon import MONTHS
from .numbers import ordinal_value, words_to_number
from .precision import qualifier_before

# each denominator without its plural "s" ("halves" -> "halve")
DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NUMERATOR = r"(?P<numerator>an?|one|two|three|four|five|six|seven|eight|nine)"
_DENOMINATOR = (r"(?P<denominator>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
                r"|ninths?|tenths?)")
_WORDS = rf"(?:{_NUMERATOR}[ \t-]+{_DENOMINATOR}|(?P<half>half))"
# "two-thirds of voters", "half of the staff", "a quarter of a billion dollars"
FRACTION_OF = re.compile(rf"\b{_WORDS}[ \t]+of[ \t]+(?P<object>(?:an?[ \t]+)?[\w'’$€£¥-]+)", re.IGNORECASE)
# "cut the risk by a quarter", "fell by half": a change by a share of what was
BY_FRACTION = re.compile(rf"\bby[ \t]+{_WORDS}\b(?![ \t-]*(?:of|an?|the)\b)", re.IGNORECASE)
# Words before a bare "half" that make it part of something ("the first half", "its half",
# "the latter half"): determiners and possessives; ordinals and adjectives are told by lemminflect.
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                         "our", "my", "your", "each", "every", "either", "another"})
WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]*$")
ROUNDING = 0.1  # a fraction in words is a rounded share: "two-thirds" is true of 60 to 73 percent
QUALIFIER_REACH = 40  # characters before a fraction read for its hedge ("nearly two-thirds")
SCALED_KINDS = frozenset({"money", "measure"})


@dataclasses.dataclass(frozen=True)
class Fraction:
    """A fraction a sentence writes in words, with offsets into the sentence."""

    start: int
    end: int  # where the fraction's words end, before "of"
    object_start: int  # where what it is a fraction of starts; -1 for a change by a fraction
    value: float  # as a share of one


def _fraction(match: re.Match[str], sentence: str) -> Fraction | None:
    obj = match.groupdict().get("object") or ""
    if obj[:1].isupper() and obj.split()[-1].lower() in MONTHS:
        return None  # "the fifth of November": a date
    if match.group("half") and obj:
        before = WORD_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        word = before.group(1).lower() if before else ""
        if word in DETERMINERS or ordinal_value(word) is not None or _only_an_adjective(word):
            return None
        value = 0.5
    elif match.group("half"):
        value = 0.5  # "fell by half"
    else:
        denominator = match.group("denominator").lower()
        plural = denominator.endswith("s")
        numerator = match.group("numerator").lower()
        count = 1.0 if numerator in ("a", "an") else words_to_number([numerator])
        if count is None or (count > 1) != plural:
            return None  # "two third of", "one thirds of": no fraction English writes
        value = count / DENOMINATORS[denominator.rstrip("s")]
        if value >= 1:
            return None
    group = "half" if match.group("half") else "numerator"
    end = match.end("half") if match.group("half") else match.end("denominator")
    return Fraction(match.start(group), end, match.start("object") if obj else -1, value)


def _only_an_adjective(word: str) -> bool:
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return "ADJ" in lemmas and not ({"ADV", "VERB", "ADP"} & set(lemmas))


def fractions_in(sentence: str) -> list[Fraction]:
    """The fractions a sentence writes in words, in reading order (one linear regex pass)."""
    found = []
    for pattern in (FRACTION_OF, BY_FRACTION):
        for match in pattern.finditer(sentence):
            fraction = _fraction(match, sentence)
            if fraction is not None:
                found.append(fraction)
    return sorted(found, key=lambda fraction: fraction.start)


def with_fractions(text: str, sentence: Sentence, index: int, claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one sentence with its fractions in words read: a figure right after
    "of a" is scaled ("a quarter of a billion dollars"), otherwise the fraction is a share;
    a number inside the fraction's words ("two" of "two-thirds") is no claim of its own."""
    body = text[sentence.start : sentence.end]
    fractions = fractions_in(body)
    if not fractions:
        return list(claims)
    result = list(claims)
    for fraction in fractions:
        start, end = sentence.start + fraction.start, sentence.start + fraction.end
        result = [c for c in result if not (start <= c.start < end)]
        # "a quarter of a billion dollars", "three-quarters of a mile": of an amount, not of a group
        of_an_amount = fraction.object_start >= 0 and body[
            fraction.object_start : fraction.object_start + 2].lower() in ("a ", "an")
        scaled = [c for c in result if of_an_amount and c.start == sentence.start + fraction.object_start
                  and c.kind in SCALED_KINDS]
        label, low, high = qualifier_before(body[max(0, fraction.start - QUALIFIER_REACH) : fraction.start])
        if not label:
            low, high = 1 - ROUNDING, 1 + ROUNDING
        if scaled:
            figure = scaled[0]
            value = figure.value * fraction.value
            replaced = dataclasses.replace(figure, start=start, quote=text[start : figure.end], value=value,
                                           low=value * low, high=value * high, qualifier=label)
            result = [replaced if c is figure else c for c in result]
            continue
        if of_an_amount:
            continue  # "three-quarters of a mile": of a measure this reader does not hold
        value = 100.0 * fraction.value
        result.append(Claim(start, end, text[start:end], value, "percent", label, "percent figure",
                            "percent", value * low, min(100.0, value * high), index, attribute="share"))
    return sorted(result, key=lambda c: c.start)

"""Find numbers written in digits, with their character spans: "800,000", "1.5bn", "3,400km",
"RM1.5bn", "minus 12", "3rd".

Hand-written for the reason claims.numbers gives: every span must index the original text
exactly, and news writes scales, signs and units glued to its digits.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..text.lexicon import SI_UNIT_SYMBOLS
from .currencies import letter_signs

SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12,
    # newswire and headline abbreviations, written after a space too ("5 mln euros", "$29.3 mil")
    "mil": 1e6, "mln": 1e6, "bln": 1e9,
    # the Indian numbering system's scales, which English news of South Asia writes after digits
    # ("Rs 75,000 crore", "5 lakh people"): a lakh is 100,000, a crore 10 million
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "lakh crore": 1e12, "lakh crores": 1e12,  # "₹6.2 lakh crore": a lakh of crores
}
# A scale after a space only after a currency sign ("$ 4.5 m"): else "4.5 m" is metres, "6 mil" thick.
MONEY_ONLY_SCALES = frozenset({"mil", "m", "mn", "bn"})

# Units glued to digits that only their case tells from other things: "40C" and "104F" are
# temperatures ("40c" is cents), "°C" after digits always; "9p" is pence but not "5p.m." nor
# "1080p" (display modes, below).
GLUED_CASED_UNITS = r"(?-i:[CF])\b|°\s?[CF]\b|(?-i:p)(?!\w|\.m)"
# SI symbols glued to digits ("500MW", "16GB", "2.4GHz", "85kWh"): the symbols text.lexicon
# reads (SI_UNITS, which leaves out "mb" and "kb", also millibars and kilobars), longest first.
GLUED_SI_UNITS = "|".join(re.escape(symbol) for symbol in sorted(SI_UNIT_SYMBOLS, key=len, reverse=True))
# Scale words after digits ("3.38 trillion", "75,000 crore"), glued to a sign or not.
WORD_SCALES_AFTER = r"thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?"
# Each pattern starts with its first digit, and only then looks at the character before it, so
# that the search skips the text between digits at once (a look-behind first is tried everywhere).
# After a hyphen, digits are a number only after another number ("10-12 people", a range read by
# claims.frames); "F-16", "COVID-19" and "-5" are not.
DIGITS = re.compile(
    r"(?P<num>\d(?<![\w./:]\d)(?<![^\d]-\d)(?<!^-\d)(?<![A-Za-z]\d-\d)(?<!\d,\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
    rf"(?:(?P<attached>m|mn|bn|b|k|tn)\b|(?:\s+|-|)(?P<scale>{WORD_SCALES_AFTER}|mil|mln|bln|mn|bn|m)\b)?"
    r"(?![\w]|[.,]\d)|"
    r"(?P<glued>\d(?<![\w./:]\d)(?<![^\d]-\d)(?<!^-\d)(?<![A-Za-z]\d-\d)(?<!\d,\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
    rf"(?=(?:km|kg|mi|lbs?|mph|cm|mm|ft|sq|mg|ml|kmh|kph|{GLUED_SI_UNITS})\b|{GLUED_CASED_UNITS})",
    re.IGNORECASE,
)
DIGIT_ORDINAL = re.compile(r"(?P<num>\d(?<![\w.]\d)\d*)(?:st|nd|rd|th)\b", re.IGNORECASE)
# A digit string this long ("4,000,000,000,000,000,..." or 309 nines) is a code, a table or noise,
# not a quantity: it is blanked before DIGITS runs, which also keeps DIGITS linear (a failing
# "1,111,111,...x" would otherwise be re-read from each of its commas).
LONG_DIGIT_RUN = re.compile(r"\d[\d,.]{63,}")


@dataclass(frozen=True)
class NumberMention:
    """A number written in the text: text[start:end] is its surface."""

    start: int
    end: int
    value: float
    low: float
    high: float
    ordinal: bool = False
    vague: bool = False
    spelled: bool = False


def parse_digits(number: str, scale: str | None = None) -> float:
    """'800,000' -> 800000.0; '1.5', 'million' -> 1500000.0."""
    value = float(number.replace(",", ""))
    if scale:
        value *= SCALES[" ".join(scale.lower().split())]
    return value


def _after_money_sign(text: str, start: int) -> bool:
    """Whether a currency sign (Unicode category Sc) stands right before, or one space before."""
    before = text[max(0, start - 2) : start].rstrip(" ")
    return bool(before) and unicodedata.category(before[-1]) == "Sc"


@lru_cache(maxsize=1)
def _glued_to_a_sign() -> re.Pattern[str]:
    """Digits glued to a currency sign in letters ("RM1.5bn", "Ksh3.6 trillion", "Rs.500"), which
    DIGITS leaves alone as it leaves "A380" and "COP28"."""
    signs = "|".join(sorted((re.escape(sign) for sign in letter_signs()), key=len, reverse=True))
    return re.compile(rf"(?<![\w$])(?:{signs})\.?(?P<num>\d[\d,]*(?:\.\d+)?)"
                      rf"(?:(?P<attached>m|mn|bn|tn)\b|\s+(?P<scale>{WORD_SCALES_AFTER})\b)?"
                      r"(?![\w]|[.,]\d)")


# Video display modes named by their lines, "progressive" (ITU-R BT.601/709/2020, SMPTE): "1080p"
# is no 1080 pence.
DISPLAY_MODES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
# A length's adjective after "m" glued to digits makes it metres, not millions ("a tower 828m
# tall", "1,200m long"), unless a currency sign stands before.
DIMENSION_AFTER = re.compile(r"\s+(?:long|tall|high|deep|wide|thick)\b", re.IGNORECASE)


def _metres_not_millions(match: re.Match[str], text: str) -> bool:
    if (match.group("attached") or "").lower() != "m" or _after_money_sign(text, match.start()):
        return False
    return DIMENSION_AFTER.match(text, match.end()) is not None


SIGN_BEFORE = re.compile(r"\b(?:minus|negative)[ \t]+$", re.IGNORECASE)
SIGN_REACH = 10


def digit_mentions(text: str) -> Iterator[NumberMention]:
    text = LONG_DIGIT_RUN.sub(lambda match: "_" * len(match.group()), text)  # same offsets
    for match in DIGIT_ORDINAL.finditer(text):
        value = float(match.group("num"))
        yield NumberMention(match.start(), match.end(), value, value, value, ordinal=True)
    for match in DIGITS.finditer(text):
        if match.group("glued"):  # "330km": the unit stays outside the number's span
            value = parse_digits(match.group("glued"))
            if text[match.end() : match.end() + 1] == "p" and value in DISPLAY_MODES:
                continue
        elif _metres_not_millions(match, text):
            value = parse_digits(match.group("num"))  # "828m tall": the unit is read after the number
            yield NumberMention(match.start(), match.end("num"), value, value, value)
            continue
        else:
            scale = match.group("attached") or match.group("scale")
            if (match.group("scale") or "").lower() in MONEY_ONLY_SCALES and not _after_money_sign(
                    text, match.start()):
                value = parse_digits(match.group("num"))  # "6 mil thick", "4.5 m tall": the number alone
                yield NumberMention(match.start(), match.end("num"), value, value, value)
                continue
            value = parse_digits(match.group("num"), scale)
        if math.isfinite(value):  # too large for a float: not a quantity
            sign = SIGN_BEFORE.search(text, max(0, match.start() - SIGN_REACH), match.start())
            if sign is not None:  # "minus 12 degrees"
                yield NumberMention(sign.start(), match.end(), -value, -value, -value)
                continue
            yield NumberMention(match.start(), match.end(), value, value, value)


def sign_glued_mentions(text: str) -> Iterator[NumberMention]:
    for match in _glued_to_a_sign().finditer(text):
        value = parse_digits(match.group("num"), match.group("attached") or match.group("scale"))
        if math.isfinite(value):
            yield NumberMention(match.start("num"), match.end(), value, value, value)

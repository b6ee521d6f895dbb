"""A figure as a reader would write it ("about 1,500,000", "3 surgeries", "rank 2"), for the
explanations, the claims table and the exports: display only, never compared."""

from __future__ import annotations

import re

from lemminflect import getInflection

from ..claims.records import YEAR_UNIT
from ..model import Claim
from ..text.lexicon import MEASURE_UNITS, only_a_verb

# The closed class of English words that count people without saying who ("five others"); a
# bare count beside a casualty verb ("killed 25") is stored as persons (claims.extract).
ANYONE = frozenset({"person", "other"})
GLUED_UNIT = re.compile(r"(?<=\d)[^\W\d_][\w/]*$")  # the unit written onto digits


def counts_anyone(unit: str) -> bool:
    """ "31 injured", "five others", "killed 25": a count of people that names no group. The
    counted word is a verb's participle (a verb and no noun in lemminflect's lexicon) or a
    word for anyone; "people" is a total and a group's name ("4 Americans") is a group."""
    return unit in ANYONE or only_a_verb(unit)


def format_value(claim: Claim) -> str:
    """'about 1,500,000' or 'about 330 km': a claim's value as a reader would write it."""
    value = claim.value
    if claim.unit == YEAR_UNIT:
        return f"{value:.0f}"  # a record's year (claims.records): "since 1998", not "1,998 year"
    number = (f"{value:,.0f}" if value >= 100 or value == int(value)
              else f"{value:.3g}" if abs(value) < 1  # 38 mm is 0.038 m, 79 cents 0.79 USD
              else f"{value:,.2f}".rstrip("0"))
    # "31 injured" is stored with the verb's lemma as its noun: it counts people, said as a bare number.
    bare = claim.unit in ("rank", "people") or (claim.kind == "count" and counts_anyone(claim.unit)
                                                 and claim.unit not in ANYONE)
    unit = "" if bare else f" {claim.unit}"
    if claim.kind == "count" and value != 1 and unit:
        unit = f" {plural(claim.unit)}"  # "3 soldiers", "3 surgeries": the noun is stored singular
    if claim.kind == "rank":
        return f"rank {number}"
    if claim.qualifier == "range":
        return f"{claim.low:,.{0 if claim.low == int(claim.low) else 1}f}–{claim.high:,.0f}{unit}"
    prefix = f"{claim.qualifier} " if claim.qualifier and claim.qualifier != "vague" else ""
    if claim.qualifier == "vague":
        return f"{claim.quote}"
    bare_number = claim.quote.replace(",", "").strip() == number.replace(",", "")  # "Kovac, 24"
    if claim.kind == "measure" and unit and not bare_number and not _says_unit(claim.quote, claim.unit):
        # converted ("12,000 acres" is 48.56 km2): the words the article wrote, then what is compared
        return f"{prefix}{claim.quote} ({number}{unit})"
    return f"{prefix}{number}{unit}".strip()


def _says_unit(quote: str, unit: str) -> bool:
    """Whether the quote gives the figure in the unit it is compared in ("80 kilometers", "12 km"):
    then no converted value is added."""
    if unit.endswith(" old") and quote.endswith("-old"):
        return True  # "42-year-old" says "42 years old"
    words = quote.lower().rstrip(".").split()
    for length in (2, 1):
        known = MEASURE_UNITS.get(" ".join(words[-length:]))
        if known is not None:
            return known[0] == unit and known[1] == 1.0
    glued = GLUED_UNIT.search(words[-1]) if words else None  # "500MW", "3,400km"
    if glued is not None and glued.group() in MEASURE_UNITS:
        known = MEASURE_UNITS[glued.group()]
        return known[0] == unit and known[1] == 1.0
    return quote.lower().rstrip(".").endswith(unit.lower())


PLURAL_UNITS = frozenset({"deaths", "people", "police", "media", "news", "series", "years"})


def plural(noun: str) -> str:
    """English plural of a counted noun ("surgery" -> "surgeries", "man" -> "men", from
    lemminflect). Counted nouns are stored singular; the canonical plural units stay."""
    if not noun.isalpha() or noun in PLURAL_UNITS:
        return noun
    if noun == "person":
        return "people"  # lemminflect gives the legal plural, "persons"
    forms = getInflection(noun, tag="NNS")
    return str(forms[0]) if forms else noun

"""Numbers that identify rather than count: versions of named products, record numbers.

Hand-written: no maintained library tells a product version or a patent number from an
amount in running news text; quantulum3, measured in the README, reads both as quantities.
"""

from __future__ import annotations

import re

from ..text.lexicon import CURRENCY_SYMBOLS
from .numbers import NumberMention

LOWER_CAMEL = re.compile(r"^[a-z]+[A-Z][\w]*$")  # "iOS", "iPhone", "eBay": a product's name
IDENTIFIER_DIGITS = 8  # news writes amounts this long with separators or words ("20 million")


def names_a_product_or_record(mention: NumberMention, left: str, before: list[str]) -> bool:
    """ "iOS 7", "iPad Air 2": a number after a product name written in lower camel case (its
    last word or the one before a capitalised last word); and a run of eight or more bare digits
    (a patent, an account or a phone number), unless it is money."""
    if mention.spelled:
        return False
    previous = before[-1] if before else ""
    if LOWER_CAMEL.match(previous) or (
            len(before) > 1 and previous[:1].isupper() and LOWER_CAMEL.match(before[-2])):
        return True
    whole = mention.value.is_integer() and mention.value >= 10 ** (IDENTIFIER_DIGITS - 1)
    bare = mention.end - mention.start == len(f"{int(mention.value)}") if whole else False
    return bare and not left.rstrip().endswith(tuple(CURRENCY_SYMBOLS))

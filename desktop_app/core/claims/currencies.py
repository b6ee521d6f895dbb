"""Which currency a figure is in: "CA$2 million", "EUR 15", "500 Syrian pounds", "10 million yuan".

The names, codes and symbols come from the Unicode CLDR's English data, through Babel, so that
every current currency is read the way English news writes it, not only the dollar, euro and
pound. Three conventions of English news are kept on top of it: a bare "dollars" is US dollars,
a bare "pounds" is sterling, and a dollar sign with letters glued before it that CLDR does not
know ("C$", "S$") is that currency, not US dollars: its unit is the sign as written.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale, localedata
from babel.numbers import get_currency_name, get_territory_currencies
from lemminflect import getAllLemmas

from .nouns import ABBREVIATION

# A figure's unit when the text says only "dollars" or "pounds": what English news means by them.
NEWS_DEFAULTS = {"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP"}
# A hundredth of a currency, by the same conventions: "79 cents" is $0.79, "50 pence" £0.50.
SUBUNITS = {"cent": "USD", "cents": "USD", "pence": "GBP"}
SUBUNIT_FACTOR = 0.01
# Longest currency name read after a number ("Trinidad and Tobago dollars" is four words).
MAX_NAME_WORDS = 4
GLUED_DOLLAR = re.compile(r"(?<![\w$])([A-Z]{1,3})\$$")  # "C$", "NZ$", "HK$" right before digits
CODE_BEFORE = re.compile(r"(?<![\w$])([A-Z]{3})\s?$")  # "USD 15", "EUR2m"


CURRENT_FROM = dt.date(2024, 1, 1)  # legal tender on this day: withdrawn currencies read as nothing


@lru_cache(maxsize=1)
def _current_codes() -> frozenset[str]:
    """ISO 4217 codes of some country's legal tender (CLDR's territory data): not funds, metals
    or units of account ("palladium", "special drawing rights"), not withdrawn currencies."""
    codes: set[str] = set()
    for territory in Locale("en").territories:
        if isinstance(territory, str) and len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory, start_date=CURRENT_FROM, tender=True))
    return frozenset(codes)


@lru_cache(maxsize=1)
def _written_codes() -> frozenset[str]:
    """The codes read as currencies when written on their own ("USD 15", "15 EUR"): not those
    that are also English words ("TOP 10 things", "ALL 3 SOLDIERS", "CAD", "PEN"), which a
    headline in capitals writes as words; their signs and names are still read."""
    return frozenset(code for code in _current_codes() if not getAllLemmas(code.lower()))


def _only_a_noun(word: str) -> bool:
    """A word English uses only as a noun ("yen", "euro"), not "real" or "sol"... as an adjective."""
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return not lemmas or set(lemmas) == {"NOUN"}


@lru_cache(maxsize=1)
def _names_and_heads() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, str]]:
    """CLDR's English currency names, singular and plural, to their ISO codes; each name's last
    word ("rupees") to the codes it ends; and that word to its singular ("rupee")."""
    names: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    singular_head: dict[str, str] = {}  # "rupees" -> "rupee"
    for code in sorted(_current_codes()):
        singular = ""
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if "(" in name:
                continue  # "Zimbabwean Dollar (2009–2024)": a name with its years is history
            names[name] = code
            heads.setdefault(name.split()[-1], set()).add(code)
            singular = singular or name.split()[-1]
            singular_head.setdefault(name.split()[-1], singular)
    return names, {head: frozenset(codes) for head, codes in heads.items()}, singular_head


def _head_unit(head: str) -> str:
    """The unit a currency's last word names alone: its code when one currency ends so, else the
    word itself in the singular ("rupees" -> "rupee"), which meets only the same word."""
    _, heads, singular_head = _names_and_heads()
    codes = heads[head]
    return next(iter(codes)) if len(codes) == 1 else singular_head[head]


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """Lower-case English names, singular and plural ("syrian pound", "syrian pounds", "euros",
    "yuan") -> ISO code. A last word shared by several currencies ("rupees", "dinars") names none
    of them alone: it is its own unit, in the singular ("rupee"); "dollars" and "pounds" follow
    the news conventions above."""
    full_names, heads, _ = _names_and_heads()
    names = dict(full_names)
    for head in heads:
        if _only_a_noun(head):
            # a head several currencies share ("2.1 trillion rupees", "50,000 pesos") is money in
            # that name, as "C$" is in its sign: it meets only the same name
            names.setdefault(head, _head_unit(head))
    names.update(NEWS_DEFAULTS)
    return names


@lru_cache(maxsize=1)
def _heads_of_other_words() -> dict[str, str]:
    """Currency words that are also other words ("won", "real", "marks"): money only where the
    figure speaks of money (currency_after's `money_said`)."""
    _, heads, _ = _names_and_heads()
    return {head: _head_unit(head) for head in heads if not _only_a_noun(head) and head not in NEWS_DEFAULTS}


@lru_cache(maxsize=1)
def _symbols() -> tuple[tuple[str, str], ...]:
    """Currency signs CLDR gives English readers ("$", "£", "¥", "CA$", "A$", "₹") with their ISO
    codes, longest first; a sign that is only the code itself is read as a code, not here."""
    locale = Locale("en")
    found = {"US$": "USD"}
    for code in sorted(_current_codes()):
        symbol = locale.currency_symbols.get(code, code)
        if symbol != code and not symbol.isalpha():
            found.setdefault(symbol, code)
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))  # "CA$" before "$"


@lru_cache(maxsize=1)
def _regional_signs() -> dict[str, str]:
    """Signs in letters that CLDR gives the English of a currency's own country ("Rs" in Pakistan
    and Mauritius, "Ksh" in Kenya, "RM" in Malaysia, "Rp" in Indonesia), to their ISO code, or to
    the unit their names share when several countries write it ("Rs" is the "rupee" of Pakistan,
    Mauritius and the Seychelles, as "rupees" is), else to the sign itself ("kr": kronor and
    kroner), as with "C$". One letter ("R", "K", "P") is too often something else to be read as
    money."""
    found: dict[str, set[str]] = {}
    for identifier in localedata.locale_identifiers():
        language, _, territory = identifier.partition("_")
        if language != "en" or len(territory) != 2 or not territory.isalpha():
            continue
        symbols = Locale.parse(identifier).currency_symbols
        for code in get_territory_currencies(territory, start_date=CURRENT_FROM, tender=True):
            sign = symbols.get(code, code).rstrip(".")
            if sign != code and len(sign) > 1 and sign.isalpha():
                found.setdefault(sign, set()).add(code)
    return {sign: next(iter(codes)) if len(codes) == 1 else _shared_name(codes) or sign
            for sign, codes in found.items()}


def _shared_name(codes: set[str]) -> str | None:
    """The last word every one of the currencies' English names ends with, in the singular."""
    ends = {get_currency_name(code, count=1, locale="en").lower().split()[-1] for code in codes}
    return _head_unit(next(iter(ends))) if len(ends) == 1 else None


def letter_signs() -> frozenset[str]:
    """The currency signs in letters (_regional_signs): digits glued to one ("RM1.5bn") are money."""
    return frozenset(_regional_signs())


# A sign in letters right before the digits: glued ("RM1.5bn", "Ksh3.6m") or, when it is not all
# capitals, one space away ("Rs 500 crore"); "SR 520" is a road.
LETTER_SIGN_BEFORE = re.compile(r"(?<![\w$])([A-Za-z]{2,4})\.?( ?)$")


def _letter_sign(tail: str) -> str | None:
    match = LETTER_SIGN_BEFORE.search(tail)
    if match is None:
        return None
    sign = match.group(1)
    if match.group(2) and sign.isupper():
        return None
    signs = _regional_signs()
    if sign in signs or sign == sign.capitalize() or not sign[0].isupper():
        return signs.get(sign)  # "Mk 2", "Vt. 100": a capitalised word, read only as CLDR writes it
    return _signs_by_folded_case().get(sign.casefold())  # "KSh" for CLDR's "Ksh"


@lru_cache(maxsize=1)
def _signs_by_folded_case() -> dict[str, str]:
    """The regional signs by their letters in any case: news writes Kenya's "Ksh" as "KSh" too.
    A folded spelling two signs share ("Rs" and "RS", if both were signs) is left out."""
    folded: dict[str, set[str]] = {}
    for sign, code in _regional_signs().items():
        folded.setdefault(sign.casefold(), set()).add(code)
    return {sign: next(iter(codes)) for sign, codes in folded.items() if len(codes) == 1}


def currency_before(left: str) -> str | None:
    """The currency of a figure from what is written right before its digits ("CA$", "£",
    "EUR ", "C$", "Rs "), or None."""
    tail = left[-7:]
    if tail.endswith(" ") and not tail.endswith("  "):
        tail = tail[:-1]  # "$ 5 million": some sources set a space after the sign
    for symbol, code in _symbols():
        if tail.endswith(symbol):
            glued = GLUED_DOLLAR.search(tail)
            if symbol == "$" and glued is not None:
                return glued.group(0)  # "C$": a dollar, but not the US one
            return code
    written = CODE_BEFORE.search(tail)
    if written is not None and written.group(1) in _written_codes():
        return str(written.group(1))
    return _letter_sign(left[-7:])


# The low end of a range of money before the figure ("$5-10 billion", "€5 to 10 million").
LOW_END_BEFORE = re.compile(r"\d[\d,.]*(?:\s*(?:million|billion|trillion|m|bn))?\s*(?:[-–]|\s+to)\s*$")


def range_currency_before(left: str, plural_after: bool) -> str | None:
    """The currency of a range's low end, which the upper end shares ("$5-10 billion"), unless
    a plural after the figure says what it counts ("gave $5 to 10 people")."""
    low_end = LOW_END_BEFORE.search(left[-60:])
    if low_end is None or plural_after:
        return None
    return currency_before(left[-60:][: low_end.start()])


def currency_after(words: list[str], weighed: bool = False,
                   money_said: bool = False) -> tuple[str, int] | None:
    """The currency named by the words right after a figure ("Syrian pounds", "yuan", "USD"),
    with how many words name it; None when they name none. `weighed`: nothing around the figure
    speaks of money (claims.extract decides), so a bare "pounds" weighs; so does "pounds of"
    ("6,700 pounds of marijuana"). A currency's adjective ("Syrian pounds") always names one.
    `money_said`: the figure has a scale word or a word of money before it ("2.8 trillion won",
    "paid 500,000 won"), so a currency word that is also another word is the currency."""
    names = currency_names()
    # "U.S. dollars" is "US dollars": a dotted abbreviation names as its letters do
    lowered = [word.replace(".", "").lower() if ABBREVIATION.match(word) else word.lower()
               for word in words[:MAX_NAME_WORDS]]
    for size in range(len(lowered), 0, -1):
        name = " ".join(lowered[:size])
        if name in names and words[size - 1].islower():  # "Afghani soldiers" are people
            if size == 1 and lowered[0] in ("pound", "pounds") and (
                    lowered[1:2] == ["of"] or weighed):
                return None
            return names[name], size
    if words and words[0] in _written_codes():
        return words[0], 1
    if money_said and lowered and lowered[0] in _heads_of_other_words() and words[0].islower():
        return _heads_of_other_words()[lowered[0]], 1
    return None

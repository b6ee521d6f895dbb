"""Numbers that identify rather than count: versions of named products, record numbers.

Hand-written: no maintained library tells a product version or a patent number from an
amount in running news text; quantulum3, measured in the README, reads both as quantities.
"""

from __future__ import annotations

import re
from collections import Counter

from lemminflect import getAllLemmas, getInflection

from ..text.lexicon import (
    MEASURE_UNITS,
    MONTHS,
    QUALIFIER_WORDS,
    STOP_AFTER_NUMBER,
    WEEKDAYS,
    casualty_word,
    only_a_verb,
    verb_lemma,
)
from ..text.textnorm import STOP_WORDS
from .currencies import currency_after, currency_before
from .digits import NumberMention
from .nouns import ABBREVIATION, capitalised_plural, is_plural
from .numbers import words_to_number
from .units_left import PREPOSITIONS

LOWER_CAMEL = re.compile(r"^[a-z]+[A-Z][\w]*$")  # "iOS", "iPhone", "eBay": a product's name
# News writes amounts this long with separators or words ("20 million"); a bare run of ten digits
# or more is a patent, an account or a phone number (eight-digit amounts do occur: "12000000 dollars").
IDENTIFIER_DIGITS = 10


def _after_a_name(previous: str, left: str) -> bool:
    """A capitalised word before the number that is no function or qualifier word, nor the first
    word of the sentence ("Radio 104.1", "Windows 8.1", but not "About 3.5" or "A 7.8")."""
    return (previous[:1].isupper() and previous.isalpha() and left.strip() != previous
            and previous.lower() not in STOP_WORDS | QUALIFIER_WORDS)


def names_a_product_or_record(mention: NumberMention, left: str, before: list[str], surface: str) -> bool:
    """ "iOS 7", "iPad Air 2": a number after a product name written in lower camel case (its
    last word or the one before a capitalised last word); "Radio 104.1", "Windows 8.1": a bare
    decimal after a name (a frequency or a version: amounts after a name are whole or scaled, as
    in "Apple 3 billion"); and a bare run of ten digits or more, unless it is money."""
    if mention.spelled or currency_before(left) is not None:
        return False  # "USD 15.50", "$4000000000": money
    previous = before[-1] if before else ""
    if LOWER_CAMEL.match(previous) or (
            len(before) > 1 and previous[:1].isupper() and LOWER_CAMEL.match(before[-2])):
        return True
    if mention.value.is_integer():  # digits alone, with no separator or scale word
        return surface.isdigit() and len(surface) >= IDENTIFIER_DIGITS  # not "3.38 trillion"
    return surface == f"{mention.value:g}" and _after_a_name(previous, left)  # "104.1"


def in_a_name(mention: NumberMention, left: str, before: list[str], after: list[str]) -> bool:
    """ "a Fortune 500 company", "the Windows 10 update": digits between a name inside the
    sentence and a singular common noun name something; a count above one is followed by a
    plural ("About 500 company employees", "Apple 2 percent" are read as before)."""
    if mention.spelled or not before or not after or currency_before(left) is not None:
        return False  # "a Rs 500 crore package" is money
    after_a_place = len(before) > 1 and before[-2].lower() in PREPOSITIONS  # "In Gaza 12 fled"
    if not after_a_place and _numbered_name_acts(before[-1], left, after[0]):
        return True
    if not _after_a_name(before[-1], left):
        return False
    if after_a_place and mention.value == 1:
        return False  # "In Gaza 1 person died": a place; above one, "of Mercury 7 astronaut" is a name
    following = after[0]
    if _name_goes_on(following, after_a_place, mention, left):
        return True  # "150 Boeing 737 Max jets", "the Airbus 380 Neo": the number is inside a name
    if not (following.isalpha() and following.islower()) or following in MEASURE_UNITS or is_plural(
            following):
        return False
    # a singular with a plural of its own ("company"), not one that counts as it stands ("crew", "sheep")
    plurals = getInflection(following, tag="NNS")
    return (any(plural != following for plural in plurals) and "NOUN" in getAllLemmas(following)
            and currency_after([following]) is None)


COUNT_THEN_NAME = re.compile(r"\d[\d,.]*\s+[A-Z][\w-]*\s+$")  # "ordered 150 Boeing "


def _name_goes_on(following: str, after_a_place: bool, mention: NumberMention, left: str) -> bool:
    """Digits written plain between two capitalised words, after a count of the name ("150
    Boeing 737 Max jets"), the second word no function word, month or weekday: one name whose
    model number they are. Without a count before ("told CNN 3 American soldiers"), or after a
    place ("In Gaza 12 Palestinians"), the digits count."""
    if after_a_place or not mention.value.is_integer() or COUNT_THEN_NAME.search(left[-40:]) is None:
        return False
    lower = following.lower()
    return (following[:1].isupper() and following.isalpha() and lower not in NOT_NAMED
            and not capitalised_plural(following))


# The verbs a count of people takes on its own ("12 were", "3 had"), which a numbered name rarely does.
AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "get"})


def _numbered_name_acts(previous: str, left: str, following: str) -> bool:
    """ "The FTSE 100 closed higher", "Apollo 11 landed": a name with a number, then a verb (a
    word lemminflect knows only as a verb) that is no word of dying or injury ("Kabul: 12 killed")
    nor an auxiliary ("12 were hurt"). A name's first word may open the sentence when English does
    not know it as a word ("Apollo", but not "About 300 fled")."""
    if not (previous[:1].isupper() and previous.isalpha()) or (
            previous.lower() in STOP_WORDS | QUALIFIER_WORDS):
        return False
    if left.strip() == previous and getAllLemmas(previous.lower()):
        return False
    if not (following.isalpha() and following.islower()) or not only_a_verb(following):
        return False
    return not casualty_word(following) and verb_lemma(following) not in AUXILIARY_LEMMAS


# A capitalised word and the number after it ("Local 1187", "Flight 370", "Highway 12", "Chapter 11").
NAME_AND_NUMBER = re.compile(r"\b([A-Z][a-z]{1,30})[ \t]+(\d{1,6})\b(?![.,]\d)")
NOT_NAMED = STOP_WORDS | QUALIFIER_WORDS | MONTHS | WEEKDAYS
NAME_BEFORE_NUMBER = re.compile(r"\b([A-Z][a-z]{1,30})[ \t]+$")


def numbered_names(text: str) -> frozenset[tuple[str, str]]:
    """The capitalised words and numbers an article writes together more than once: a name with a
    number ("Local 1187 says", "members of Local 1187 voted"), not a count. A count is rarely
    written twice after the same capitalised word; a union local, a flight or a road is named
    again and again. Function words ("In 2013", "About 300") and dates ("July 10") are never such
    names."""
    pairs = Counter((m.group(1), m.group(2)) for m in NAME_AND_NUMBER.finditer(text)
                    if m.group(1).lower() not in NOT_NAMED)
    return frozenset(pair for pair, count in pairs.items() if count > 1)


def names_a_name(text: str, mention: NumberMention, numbered: frozenset[tuple[str, str]]) -> bool:
    """Whether the number is one of the article's numbered names (numbered_names)."""
    if not numbered or mention.spelled:
        return False
    before = NAME_BEFORE_NUMBER.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and (before.group(1), text[mention.start : mention.end]) in numbered


FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
# What follows a plural that is itself a modifier: a possessive ("the 1988 women's team") or a
# name in apposition ("1997 champions Borussia Dortmund"), not a weekday or a month.
MODIFIER_AFTER = re.compile(r"\s?['’](?:s\b|(?=\s))|\s+(?P<name>[A-Z][a-z]+)")


def looks_like_year(mention: NumberMention, right: str, surface: str, previous: str = "") -> bool:
    """A plain number from 1800 to 2100 is a year ("in 1999", "1999's Total Recall") unless a
    plural says what it counts ("arrested 1800 workers": outside AP style a count may have no
    comma). After "the" (`previous`, the word before) it stays a year: "the 1915 killings", "the
    1967 borders" name an event or a line by its year, where a count so large would be written
    with its comma ("the 1,800 workers"; every such count in the dev claim samples has it). A
    plural that modifies what follows is the year's: "the 1988 women's team", "the 1966
    players' families", "1997 champions Borussia Dortmund" (a count of champions is not
    followed by their name). Written with a comma it is a count or an amount ("$1,920")."""
    surface_is_plain = not mention.spelled and mention.value.is_integer() and "," not in surface
    if not (surface_is_plain and 1800 <= mention.value <= 2100):
        return False
    if previous.lower() == "the" and "." not in surface:
        return True
    if right.startswith(("'s", "’s")):
        return True  # "1999's Total Recall"
    first = FIRST_WORD.match(right)
    if first is None:
        return True
    noun = first.group(1)
    if not (noun.islower() and is_plural(noun) and noun not in STOP_AFTER_NUMBER):
        return True
    modifier = MODIFIER_AFTER.match(right, first.end())
    if modifier is None:
        return False
    name = modifier.group("name")
    return name is None or name.lower() not in WEEKDAYS | MONTHS


# A possessor that is a plural ("the women's", "the juniors'"), right before the number.
PLURAL_POSSESSOR = re.compile(r"\b([A-Za-z]+)\s?(?:['’]s|(?<=s)['’])\s*$")


def names_an_event(left: str, right: str) -> bool:
    """ "the women's 800 metres", "the men's 1,000 speed skating event": a distance (or a
    singular noun) after a plural possessor names a category's event, as sport writes it; a
    count of a group is followed by a plural ("the protesters' 12 demands") and stays one."""
    possessor = PLURAL_POSSESSOR.search(left[-40:])
    if possessor is None or not is_plural(possessor.group(1)):
        return False
    following = FIRST_WORD.match(right.replace("-", " "))
    if following is None:
        return False
    word = following.group(1).lower()
    if word in MEASURE_UNITS:
        return MEASURE_UNITS[word][0] in ("m", "km")
    return (word.isalpha() and not is_plural(word) and word not in STOP_AFTER_NUMBER
            and currency_after([word]) is None)  # "the teachers' 5 dollar fee" is money


def names_something(mention: NumberMention, left: str, after: list[str]) -> bool:
    """ "iPhone 6 Plus", "10 News reported": digits followed by a capitalised word that is not
    an adjective of a plural counted noun ("25 Taliban fighters", "400 U.S. troops"), nor itself
    the plural counted ("40 Americans were killed", "300 Democrats voted": a title goes on in
    capitals, "10 Hours Walking"), and not after a currency sign ("a $2 million Community
    Assistance Fund": the fund's name follows the amount)."""
    if mention.spelled or currency_before(left) is not None:
        return False
    if not after or not after[0][:1].isupper() or ABBREVIATION.match(after[0]):
        return False
    if capitalised_plural(after[0]) and not (len(after) > 1 and after[1][:1].isupper()):
        return False
    if _casualties_named(after):
        return False
    if any(word[:1].islower() and is_plural(word) for word in after[1:3]):
        return False
    # "150 Boeing 737 Max jets": a name with its model number, then the plural counted
    run = next((i for i, word in enumerate(after) if not (word[:1].isupper() or word.isdigit())), len(after))
    return not (run < len(after) and after[run][:1].islower() and is_plural(after[run]))


CASUALTY_AUXILIARIES = frozenset({"were", "are", "have", "had", "been", "was", "is"})


def _casualties_named(after: list[str]) -> bool:
    """ "left 25 Taliban dead", "300 Hazara were killed": a capitalised word between digits and a
    word of dying or injury names the group the dead or injured belong to (a people, a faction),
    whatever its plural; "10 News reported" goes on to no casualty."""
    rest = [word for word in after[1:3] if word.lower() not in CASUALTY_AUXILIARIES]
    return bool(rest) and casualty_word(rest[0])


# Digits joined by hyphens into three groups or more: a phone number ("1-888-555-0143"), an ISO
# date ("2025-10-14"), a case or part number. Two groups are a range ("10-12 people").
CHAIN_AFTER = re.compile(r"[-‑]\d+[-‑]\d")
CHAIN_BEFORE = re.compile(r"\d[-‑]\d+[-‑]$")
NUMBER_AND_DASH_BEFORE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?[-‑–]$")


# Digits and a capitalised number word joined by a hyphen ("7-Eleven"): a name. A range writes
# both its ends alike ("7-11", "seven to eleven").
CAPITALISED_AFTER = re.compile(r"[-‑]([A-Z][a-z]+)\b")
DIGITS_BEFORE = re.compile(r"\d[-‑]$")


def half_digits_half_words(left: str, right: str, surface: str) -> bool:
    """Whether the number is one half of "7-Eleven": digits, a hyphen and a capitalised number word."""
    after = CAPITALISED_AFTER.match(right)
    if after is not None and surface[:1].isdigit() and words_to_number([after.group(1).lower()]) is not None:
        return True
    return surface[:1].isupper() and DIGITS_BEFORE.search(left) is not None


def joined_by_dashes(value: float, left: str, right: str, surface: str = "") -> bool:
    """A group of a dashed identifier (above), or the second of two numbers that is no larger
    than the first: a score or a vote ("won 3-1", "voted 52-48"), "24-7"; a range rises."""
    if (CHAIN_AFTER.match(right) or CHAIN_BEFORE.search(left[-40:])
            or half_digits_half_words(left, right, surface)):
        return True
    if left.endswith(("-", "‑")) and right.startswith(("-", "‑")) and left[-2:-1].isdigit():
        return True  # the middle group of a chain
    before = NUMBER_AND_DASH_BEFORE.search(left[-20:])  # the whole first number: "1.5-2 hours" rises
    return before is not None and float(before.group(1).replace(",", "")) >= value


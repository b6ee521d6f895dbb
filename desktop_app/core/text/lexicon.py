"""Word lists the claim extractor reads: units, counted nouns, qualifiers.

Kept as data in one place so that a new unit or hedge is one line, not code.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from lemminflect import getAllInflections, getAllLemmas, getLemma

from .data_files import data_file
from .textnorm import STOP_WORDS

SI_PREFIXES = {"": 1.0, "kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12, "peta": 1e15}
SI_SYMBOLS = {"": 1.0, "k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12, "p": 1e15}  # lower-cased: "MW", "GHz"


# Power, energy, frequency, data and data rates, in the SI unit (the watt, watt-hour, hertz,
# byte, bit per second) with the SI decimal prefixes (BIPM, SI Brochure, 9th ed., table 7): "a
# 500MW plant" / "a 600-megawatt plant", "16GB" / "32 gigabytes". Each unit: its spelled forms
# (singular: plural), and its symbols lower-cased by the prefix they take ("mw" is "MW", mega).
# Bare "mb" and "kb" stay out (a storm's pressure is "940 mb", millibars), as does "w" (a
# compass point).
SI_UNITS: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "W": ({"watt": "watts"}, {"kw": "k", "mw": "m", "gw": "g"}),
    "Wh": ({"watt-hour": "watt-hours", "watt hour": "watt hours"},
           {"wh": "", "kwh": "k", "mwh": "m", "gwh": "g", "twh": "t"}),
    "Hz": ({"hertz": "hertz"}, {"hz": "", "khz": "k", "mhz": "m", "ghz": "g"}),
    "B": ({"byte": "bytes"}, {"gb": "g", "tb": "t", "pb": "p"}),
    "bit/s": ({"bit per second": "bits per second"},
              {"kbps": "k", "mbps": "m", "gbps": "g", "tbps": "t",
               "kbit/s": "k", "mbit/s": "m", "gbit/s": "g"}),
}
SI_UNIT_SYMBOLS = frozenset(symbol for _words, symbols in SI_UNITS.values() for symbol in symbols)


def _si_prefixed(unit: str, words: dict[str, str], symbols: dict[str, str]
                 ) -> dict[str, tuple[str, float, str]]:
    """Each prefixed spelling of a unit ("megawatt", "megawatts") and each symbol, mapped to
    the unit and its factor."""
    table = {f"{prefix}{form}": (unit, factor, "measure") for prefix, factor in SI_PREFIXES.items()
             for singular, plural in words.items() for form in (singular, plural)}
    table.update({symbol: (unit, SI_SYMBOLS[prefix], "measure") for symbol, prefix in symbols.items()})
    return table


# Surface word (lower case) -> (canonical unit, factor to that unit, claim kind).
MEASURE_UNITS: dict[str, tuple[str, float, str]] = {
    **{w: ("km", 1.0, "measure") for w in ("km", "kms", "kilometer", "kilometers", "kilometre",
                                           "kilometres")},
    **{w: ("km", 1.609344, "measure") for w in ("mile", "miles", "mi")},
    # a light year is a distance, not a time (IAU: 9,460,730,472,580.8 km)
    **{w: ("km", 9460730472580.8, "measure") for w in ("light year", "light years", "light-year",
                                                       "light-years")},
    **{w: ("m", 1.0, "measure") for w in ("m", "meter", "meters", "metre", "metres")},
    **{w: ("m", 0.01, "measure") for w in ("cm", "centimeter", "centimeters", "centimetre", "centimetres")},
    **{w: ("m", 0.001, "measure") for w in ("mm", "millimeter", "millimeters", "millimetre", "millimetres")},
    # plurals only: "500 foot soldiers", "a 10 inch screen" describe something else
    **{w: ("m", 0.3048, "measure") for w in ("feet", "ft")},
    **{w: ("m", 0.0254, "measure") for w in ("inches",)},
    **{w: ("m", 0.9144, "measure") for w in ("yards",)},
    **{w: ("kg", 1.0, "measure") for w in ("kg", "kilogram", "kilograms", "kilos")},
    **{w: ("kg", 0.001, "measure") for w in ("gram", "grams")},
    **{w: ("kg", 1e-6, "measure") for w in ("mg", "milligram", "milligrams")},
    **{w: ("l", 1.0, "measure") for w in ("litre", "litres", "liter", "liters")},
    **{w: ("l", 0.001, "measure") for w in ("ml", "millilitre", "millilitres", "milliliter", "milliliters")},
    # temperatures, each in its own scale (one is no multiple of the other); a bare "C" or "F"
    # is read by its case (claims.extract)
    **{w: ("°C", 1.0, "measure") for w in ("celsius", "centigrade", "degrees celsius", "degree celsius",
                                          "degrees centigrade")},
    **{w: ("°F", 1.0, "measure") for w in ("fahrenheit", "degrees fahrenheit", "degree fahrenheit")},
    # an earthquake's strength: "a 7.1-magnitude quake", "magnitude 7.1"
    "magnitude": ("magnitude", 1.0, "measure"),
    **{w: ("t", 1.0, "measure") for w in ("tonne", "tonnes", "ton", "tons")},
    **{w: ("km2", 1.0, "measure") for w in ("sq km", "square kilometers", "square kilometres", "km2")},
    # areas of land, all in km2 so that "12,000 acres" and "4,900 hectares" compare (international
    # acre and hectare: NIST SP 811, appendix B)
    **{w: ("km2", 2.589988110336, "measure") for w in ("sq mi", "square miles", "square mile")},
    **{w: ("km2", 9.290304e-8, "measure") for w in ("sq ft", "square feet")},
    **{w: ("km2", 1e-6, "measure") for w in ("square meters", "square metres", "sq m")},
    **{w: ("km2", 0.01, "measure") for w in ("hectare", "hectares", "ha")},
    **{w: ("km2", 0.0040468564224, "measure") for w in ("acre", "acres")},
    **{w: ("years", 1.0, "measure") for w in ("year", "years")},
    **{w: ("months", 1.0, "measure") for w in ("month", "months")},
    **{w: ("weeks", 1.0, "measure") for w in ("week", "weeks")},
    **{w: ("days", 1.0, "measure") for w in ("day", "days")},
    **{w: ("hours", 1.0, "measure") for w in ("hour", "hours")},
    **{w: ("minutes", 1.0, "measure") for w in ("minute", "minutes")},
    # speeds: "gusts as high as 75 mph", "a top speed of 300 km/h" ("knots" are also tied in rope)
    **{w: ("km/h", 1.0, "measure") for w in ("km/h", "kph", "kmh", "kilometers per hour",
                                             "kilometres per hour")},
    **{w: ("km/h", 1.609344, "measure") for w in ("mph", "miles per hour")},
    **{w: ("percent", 1.0, "percent") for w in ("percent", "per cent", "%", "pct")},
    **{word: known for unit, (words, symbols) in SI_UNITS.items()
       for word, known in _si_prefixed(unit, words, symbols).items()},
    # Currencies are read by claims.currencies; "pounds" reaches this table only as a weight
    # ("40 pounds of cocaine").
    **{w: ("kg", 0.45359237, "measure") for w in ("pound", "pounds", "lb", "lbs")},
}
# Units in the singular that only a compound adjective uses ("a 5-foot wall", "a 4,000-square-foot
# building"): alone, "500 foot soldiers" and "a 10 inch screen" describe something else.
COMPOUND_UNITS: dict[str, tuple[str, float, str]] = {
    "foot": ("m", 0.3048, "measure"), "inch": ("m", 0.0254, "measure"), "yard": ("m", 0.9144, "measure"),
    "square foot": ("km2", 9.290304e-8, "measure"), "square meter": ("km2", 1e-6, "measure"),
    "square metre": ("km2", 1e-6, "measure"),
}

# What each canonical unit above measures, as a reader names it ("length: 31,000 feet", not "m:
# 31,000 feet"). One name per unit, so figures compare exactly as they do by unit; time units
# stay themselves ("months": a duration in its unit).
MEASURED = {"m": "length", "km": "distance", "km/h": "speed", "kg": "weight", "t": "weight in tonnes",
            "l": "volume", "°C": "temperature", "°F": "temperature in Fahrenheit", "magnitude": "magnitude",
            "W": "power", "Wh": "energy", "Hz": "frequency", "B": "data size", "bit/s": "data rate"}

# Counted nouns that mean "people living somewhere": their figure is a population.
# "60,000 people were laid off" is not a population: plain "people" stays a generic count.
POPULATION_NOUNS = frozenset({"inhabitant", "resident", "population", "dweller"})
# Nouns that count the dead on their own. "Victims" is not one of them: a fraud, a hack or a
# flood has victims who live; "killed 12 victims" is a toll by its verb (claims.attributes).
DEATH_NOUNS = frozenset({"death", "dead", "life", "fatality", "killed", "body"})
# A figure introduced by these words, with no noun after it, counts what they name.
LEFT_TOPIC_NOUNS = {"population": "people", "toll": "deaths", "death toll": "deaths"}

# Words after which a bare number is a name, not a quantity ("tank base 559").
IDENTIFIER_NOUNS = frozenset(
    """base route highway road flight resolution article section chapter page room number no
    unit brigade division regiment battalion gate platform line bus level phase stage grade
    class model version season episode track channel district sector zone building block
    street avenue exit terminal pier lot box code item paragraph clause act law decree bill
    case cell ward floor camp item figure table appendix volume issue verse row seat lane
    pillar""".split()
)
# Month names and abbreviations -> month number; the one list of them (dates read it too).
MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
MONTHS = frozenset(MONTH_NUMBERS)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# English's closed class of time units, and the adjectives that place a time against another
# ("the same day", "the previous night", "last month").
TIME_UNITS = frozenset("day days night nights week weeks weekend month months year years hour hours "
                       "morning evening decade century".split())
RELATIVE_TIME = frozenset("same previous following next last other".split())
# A clock time's suffix after a number: "4 pm", "4pm.", "9 a.m.", "10 GMT", "6 o'clock".
TIME_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|gmt\b|utc\b|o['’]clock\b|hrs\b)", re.IGNORECASE)

# Hedges before a figure -> (qualifier label, low factor, high factor) around the value.
QUALIFIERS: tuple[tuple[str, str, float, float], ...] = (
    ("more than", "more than", 1.0, math.inf),
    ("over", "more than", 1.0, math.inf),
    ("above", "more than", 1.0, math.inf),
    ("upwards of", "more than", 1.0, math.inf),
    ("in excess of", "more than", 1.0, math.inf),
    ("exceeding", "more than", 1.0, math.inf),
    ("at least", "at least", 1.0, math.inf),
    ("no fewer than", "at least", 1.0, math.inf),
    ("no less than", "at least", 1.0, math.inf),
    ("less than", "less than", 0.0, 1.0),
    ("fewer than", "less than", 0.0, 1.0),
    ("under", "less than", 0.0, 1.0),
    ("below", "less than", 0.0, 1.0),
    ("up to", "at most", 0.0, 1.0),
    ("at most", "at most", 0.0, 1.0),
    ("as many as", "at most", 0.0, 1.0),
    ("nearing", "nearly", 0.9, 1.0),
    ("nearly", "nearly", 0.9, 1.0),
    ("almost", "nearly", 0.9, 1.0),
    ("just under", "nearly", 0.9, 1.0),
    ("close to", "about", 0.9, 1.1),
    ("approaching", "nearly", 0.9, 1.0),
    ("around", "about", 0.9, 1.1),
    ("about", "about", 0.9, 1.1),
    ("approximately", "about", 0.9, 1.1),
    ("approx.", "about", 0.9, 1.1),
    ("approx", "about", 0.9, 1.1),
    ("roughly", "about", 0.9, 1.1),
    ("some", "about", 0.9, 1.1),
    ("an estimated", "about", 0.85, 1.15),
    ("estimated", "about", 0.85, 1.15),
    ("circa", "about", 0.9, 1.1),
    ("just over", "more than", 1.0, 1.1),
    ("exactly", "exactly", 1.0, 1.0),
)
# Every word of a qualifier phrase ("over", "as many as", "at least"): the figure's own words.
QUALIFIER_WORDS = frozenset(word for phrase, *_ in QUALIFIERS for word in phrase.split())
STOP_AFTER_NUMBER = frozenset(
    """of to in on at by for from with and or but as than that which who whom whose is are was
    were be been being has have had do does did will would can could should may might must
    this these those it its their his her our your my a an the ago per each every more less
    through during across over into onto until till since after before about against among
    between under within without via toward towards last next
    near outside inside around behind beyond along alongside amid amidst despite throughout
    beside besides upon unlike versus beneath underneath above below
    when where while because although though unless whereas if
    now today yesterday tomorrow tonight currently""".split()
)  # function words (prepositions, auxiliaries, determiners, subordinating conjunctions) and the
# adverbs of present time ("5.7bn now"): closed classes, none is a counted noun


@lru_cache(maxsize=1)
def _frame_data() -> dict[str, Any]:
    return data_file("frame_words.json")


@lru_cache(maxsize=1)
def frame_words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """The words of casualty and company reporting (text/data/frame_words.json says where they
    come from): injured, deaths, and each money word's attribute."""
    data = _frame_data()
    money: dict[str, str] = {}
    for attribute, words in data["money"].items():
        for word in words:
            money.setdefault(word, attribute)
    for word, attribute in list(money.items()):
        for plural in _noun_plurals(word):  # "$2 million in fines" as "a $2 million fine"
            money.setdefault(plural, attribute)
    past_only = frozenset(data["past_only"])
    return _with_verb_forms(data["injured"], past_only), _with_verb_forms(data["deaths"], past_only), money


@lru_cache(maxsize=100_000)
def casualty_word(word: str) -> bool:
    """A word of dying or injury in any of its forms ("killed", "dead", "wounded")."""
    injured, deaths, _money = frame_words()
    return word.lower() in injured or word.lower() in deaths


# Cached: lemminflect deep-copies its tables on every call, and the figure rules ask about the
# same few hundred words millions of times on a long article.
@lru_cache(maxsize=100_000)
def verb_lemma(word: str) -> str:
    """The dictionary form of a verb form ("visited": visit), '' when lemminflect knows no verb."""
    return next(iter(getAllLemmas(word.lower()).get("VERB", ())), "")


@lru_cache(maxsize=100_000)
def only_a_verb(word: str) -> bool:
    """Whether lemminflect's English lexicon knows the word as a verb and not as a noun
    ("promised", "infecting", "injured"): it says what is done, not who or what."""
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return "VERB" in lemmas and "NOUN" not in lemmas


@lru_cache(maxsize=100_000)
def is_a_noun(word: str) -> bool:
    """Whether lemminflect's English lexicon knows the word as a noun ("fight", "appeal")."""
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return "NOUN" in lemmas


def _noun_plurals(word: str) -> tuple[str, ...]:
    """The plural of a word that is a noun as written (lemminflect), else nothing."""
    if word not in getAllLemmas(word).get("NOUN", ()):
        return ()
    return tuple(getAllInflections(word, upos="NOUN").get("NNS", ()))


def _with_verb_forms(words: list[str], past_only: frozenset[str]) -> frozenset[str]:
    """The words, and every form of the verbs they give by a past form ("killed": kill, kills,
    killing), so that a headline's present ("Airstrikes kill 10 civilians") is read as the
    report's past is. Nouns and adjectives ("deaths", "dead") and the verbs `past_only` names
    stand as written."""
    forms = set(words)
    for word in words:
        if word in past_only:
            continue
        for lemma in getLemma(word, upos="VERB"):
            inflections = getAllInflections(lemma, upos="VERB")
            if word in inflections.get("VBD", ()) + inflections.get("VBN", ()):  # a past form
                forms.update(form for group in inflections.values() for form in group)
    return frozenset(forms)


@lru_cache(maxsize=1)
def money_evidence() -> frozenset[str]:
    """Words that put a figure in money (price, fine, revenue, charge, salary...): frame_words'
    money groups without profit and loss, whose "made", "lost" and "earnings" say as often that
    someone gained or lost weight ("he lost 40 pounds")."""
    _, _, money = frame_words()
    return frozenset(word for word, attribute in money.items() if attribute not in ("profit", "loss"))


@lru_cache(maxsize=1)
def change_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of a quantity's change, and of a margin between two, as lemmas
    (text/data/frame_words.json): the figure after their "by" is a difference, not a level."""
    data = _frame_data()
    return frozenset(data["change"]["verbs"]), frozenset(data["change"]["margin"])



@lru_cache(maxsize=1)
def level_verbs() -> frozenset[str]:
    """Verbs that state the level a quantity stands at, as lemmas (text/data/frame_words.json)."""
    return frozenset(_frame_data()["level"]["verbs"])


@lru_cache(maxsize=1)
def asked_for_verbs() -> frozenset[str]:
    """Verbs that ask for a quantity, as lemmas with their preposition ("ask for", "seek"):
    text/data/frame_words.json."""
    return frozenset(_frame_data()["asked_for"]["verbs"])


@lru_cache(maxsize=1)
def needed_verbs() -> frozenset[str]:
    """Verbs of necessity ("need", "require") as lemmas: text/data/frame_words.json."""
    return frozenset(_frame_data()["needed"]["verbs"])


@lru_cache(maxsize=1)
def needed_adjectives() -> frozenset[str]:
    """Adjectives of necessity ("necessary"): text/data/frame_words.json."""
    return frozenset(_frame_data()["needed"]["adjectives"])


@lru_cache(maxsize=1)
def unconfirmed_words() -> frozenset[str]:
    """Adjectives that make a counted noun uncertain ("suspected cases"): text/data/frame_words.json."""
    return frozenset(_frame_data()["unconfirmed"]["words"])


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    data = data_file("person_nouns.json")
    return frozenset(data["nouns"])


def person_noun(word: str) -> bool:
    """Whether a noun's first sense names a person ("senator", "victim", "man"), from WordNet's
    noun.person file (text/data/person_nouns.json, built by desktop_app.build_person_nouns)."""
    return word.lower() in _person_nouns()


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    data = data_file("group_nouns.json")
    return frozenset(data["nouns"])


@lru_cache(maxsize=10_000)
def group_noun(word: str) -> bool:
    """Whether a noun's first sense names a group ("crowd", "workforce", "audience"), from
    WordNet's noun.group file (text/data/group_nouns.json, built by desktop_app.build_group_nouns),
    and lemminflect knows it as a noun ("few" and "slain" are read as words of another kind)."""
    lower = word.lower()
    return lower in _group_nouns() and "NOUN" in getAllLemmas(lower) and lower not in STOP_WORDS

"""Numeric claims: a figure, its hedge, its unit or counted noun, and what it is about."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from lemminflect import getAllLemmas

from ..model import Claim, Sentence
from ..text.lexicon import (
    DEATH_NOUNS,
    MEASURE_UNITS,
    MEASURED,
    POPULATION_NOUNS,
    STOP_AFTER_NUMBER,
    money_evidence,
)
from ..text.names import Name, find_names, focus_name, lower_case_words
from .cased_units import cased_unit
from .compounds import compound_measure, counted_in_compound, measured_unit
from .currencies import SUBUNIT_FACTOR, SUBUNITS, currency_after, currency_before, range_currency_before
from .digits import NumberMention
from .ellipsis import with_elided_nouns
from .fractions import with_fractions
from .identifiers import (
    LOWER_CAMEL,
    names_a_name,
    numbered_names,
)
from .inclusions import part_of
from .mixed_units import with_mixed_units
from .multiples import with_multiples
from .not_quantities import is_not_quantity, words_after, words_before
from .nouns import (
    ABBREVIATION,
    INVARIANT_PLURALS,
    coordinated_head,
    describes_a_plural,
    gerund_modifier,
    is_plural,
    may_count,
    plural_head_follows,
    singular,
)
from .numbers import find_numbers
from .occurrences import deed_counted
from .populations import population_or_count
from .precision import hedge_reach, qualifier_before, rounding_margin
from .records import RECORD_SUFFIX, YEAR_UNIT, record_since, superlative
from .unit import Unit
from .units_left import casualties, group_counted, level_subject, unit_before

# Measures whose name may stand before the value: "a magnitude 7.1 earthquake".
SCALES_NAMED_FIRST = frozenset({"magnitude"})
SUPERLATIVE = re.compile(r"(?:most|least|\w+est)$")
# Adjectives that make another unit of the one after them ("nautical miles", "square miles").
OTHER_UNIT_ADJECTIVES = frozenset({"nautical", "square", "cubic", "light", "long", "short"})
MAX_NOUN_WORDS = 5  # "20 suspected red sandalwood smugglers", "175 baby milk powder production companies"
# Characters of the sentence read on each side of a figure. Every rule below reads at most 120
# of them (see not_quantities.words_before / words_after), so a longer sentence costs no more per figure.
WINDOW = 200
LEFT_REACH = 16  # words before a figure read for what it counts (units_left)
_UNIT_WORD = r"(?:(?:[A-Z]\.){2,}|[\w’'-]+(?:/[a-z]+)?)"  # "km/h", "U.S." before a noun ("two U.S. soldiers")
GLUED_LETTERS = re.compile(r"[A-Za-z]+(?:/[a-z]+)?\b")
UNIT_WORDS = re.compile(rf"(?:%|\s+(?:{_UNIT_WORD}\s+){{0,2}}{_UNIT_WORD})")




def _unit_after(words: list[str], weighed: bool = False, money_said: bool = False) -> Unit | None:
    if len(words) > 1 and words[0].lower() == "more" and is_plural(words[1].lower()) and (
            "NOUN" in getAllLemmas(words[1].lower())):
        words = words[1:]  # "four more people": an increment (claims.attributes), of people
    if not words:
        return None
    if words[0].lower() == "fold":
        words = ["times", *words[1:]]  # "more than two fold": a multiple, as "two times" is
    first = words[0].lower()
    currency = currency_after(words, weighed, money_said)
    if currency is not None:
        return Unit(currency[0], "money", noun=words[currency[1] - 1])
    subunit = _subunit(words)
    if subunit is not None:
        return subunit
    dimensioned = measured_unit(words[0])  # "three week-long honeymoon"
    if dimensioned is not None:
        return dimensioned
    pair = " ".join(w.lower() for w in words[:2])
    triple = " ".join(w.lower() for w in words[:3])  # "miles per hour"
    glued = "".join(w.lower() for w in words[:3])  # "km/h", split by WORD into three
    for key in (glued, triple, pair, first):
        if key in MEASURE_UNITS:
            name, factor, kind = MEASURE_UNITS[key]
            return Unit(name, kind, factor)
    second = words[1].lower() if len(words) > 1 else ""
    if (second in MEASURE_UNITS and is_plural(second) and "ADJ" in getAllLemmas(first)
            and first not in OTHER_UNIT_ADJECTIVES | STOP_AFTER_NUMBER):  # not "20 last year"
        name, factor, kind = MEASURE_UNITS[second]
        return Unit(name, kind, factor)  # "800 vertical feet", "10 extra kilograms"
    noun, surface, noun_position = "", "", 0
    counted_words = 0
    after_name = described = False
    for position, word in enumerate(words):
        if ABBREVIATION.match(word) or (after_name and word.isdigit()):
            continue  # "U.S.", and the model number of a name ("two iPhone 6 models")
        if counted_words == MAX_NOUN_WORDS:
            break
        # "three Afghan National Army officers", "three other UAE F-16 pilots": names and model
        # numbers before the counted noun qualify it and do not use up the words it may be after.
        after_name = word[:1].isupper() or LOWER_CAMEL.match(word) is not None
        counted_words += not (after_name or any(ch.isdigit() for ch in word))
        lower = word.lower()
        following_two = words[position + 1 : position + 3]
        if lower.endswith("ly") and not noun and describes_a_plural(lower, following_two):
            described = True
            continue  # "5 million monthly active users", "20 family members", "300 deadly attacks"
        if not word[:1].isalpha() or lower in STOP_AFTER_NUMBER or lower.endswith("ly"):
            head = coordinated_head(words, position) if noun and not is_plural(noun) else ""
            if head and not _a_unit(head):  # "4,700 pig and poultry farms": farms are counted
                noun, surface, noun_position = head.lower(), head, position
            break
        if (lower.endswith("ing") and noun == "" and not described and not after_name  # "150 Boeing jets"
                and lower not in ("building", "offering")):
            if gerund_modifier(lower, following_two):
                described = True
                continue  # "1,350 nursing vacancies", "40 training camps": the plural is counted
            break
        if not may_count(lower):
            described = True
            continue  # "547,000 worldwide", "three most likely": adjectives and adverbs count nothing
        noun, surface, noun_position = lower, word, position
        following = words[position + 1] if position + 1 < len(words) else ""
        if (lower in INVARIANT_PLURALS and following.islower() and is_plural(following)
                and "VERB" not in getAllLemmas(following)  # "40 people makes a game": a verb
                and following not in MEASURE_UNITS):  # "20 people days after": a time
            continue  # "two police officers", "40 staff members": the plural after is what is counted
        if plural_head_follows(lower, following) and not _a_unit(following):
            continue  # "five sports stars", "12 arms dealers": the last plural is the head
        if singular(lower) in POPULATION_NOUNS | DEATH_NOUNS or is_plural(lower):
            break  # a plural is the counted noun; what follows it is the verb
    if not noun:
        return None
    base = singular(noun)
    if base in POPULATION_NOUNS and noun_position == 0:
        return Unit("people", "count", noun=surface, population=True)
    if base in DEATH_NOUNS:
        return Unit("deaths", "count", noun=surface)
    return Unit(base, "count", noun=surface)


def _a_unit(word: str) -> bool:
    """A unit of measure or money ("taxpayers dollars" is money, not a compound count)."""
    return word.lower() in MEASURE_UNITS or currency_after([word]) is not None


def _subunit(words: list[str]) -> Unit | None:
    """ "79 cents", "66 US cents", "50 pence": hundredths of a currency; not in a compound noun
    ("the 99 cents store" names a shop)."""
    at = 1 if words[0] == "US" and len(words) > 1 else 0
    if words[at] not in SUBUNITS:
        return None
    following = words[at + 1] if at + 1 < len(words) else ""
    if following.islower() and following not in STOP_AFTER_NUMBER and "NOUN" in getAllLemmas(following):
        return None
    return Unit(SUBUNITS[words[at]], "money", SUBUNIT_FACTOR, noun=words[at])


def _rank_claim(mention: NumberMention, right: str) -> tuple[str, str] | None:
    words = words_after(right, 3)
    if words and words[0].startswith("-"):
        words[0] = words[0][1:]  # "second-largest": the superlative written onto its ordinal
    if not words or not (SUPERLATIVE.match(words[0].lower()) or superlative(words[0])):
        return None  # "second largest", "third worst"
    phrase = " ".join(w.lower() for w in words[:2] if w[:1].isalpha())
    return "rank", phrase


def _topic(unit: Unit, nearest: Name | None, nearby: Sequence[Name],
           mention: NumberMention, focus: str | None) -> str:
    """What the figure is about; `nearest` is the last name before it, `nearby` the names
    around it in text order (enough to find the two closest)."""
    place = nearest.text if nearest else focus
    if unit.population:
        return f"population of {place}" if place else "population"
    if unit.name == "deaths":
        return f"deaths in {place}" if place else "deaths"
    if unit.name == "km/h":
        return f"speed of {nearest.text}" if nearest else "speed"  # whose speed: "Fred walks at 6 mph"
    if unit.name == "km":
        ordered = sorted(nearby, key=lambda n: abs(n.start - mention.start))
        places = sorted({n.text for n in ordered[:2]})
        if len(places) == 2:
            return f"distance {places[0]}–{places[1]}"
        return f"distance to {places[0]}" if places else "distance"
    if unit.name == "km2":
        return f"area of {place}" if place else "area"
    if unit.kind in ("percent", "money"):
        return f"{unit.name} figure"
    return f"number of {unit.noun.lower()}" if unit.noun else MEASURED.get(unit.name, unit.name)


def _claim_from(mention: NumberMention, text: str, sentence: Sentence, index: int,
                names: Sequence[Name], focus: str | None) -> Claim | None:
    left = text[max(sentence.start, mention.start - WINDOW) : mention.start]
    right = text[mention.end : min(sentence.end, mention.end + WINDOW)]
    before = bisect_right(names, mention.start, key=lambda n: n.end)  # names end in text order
    nearest = names[before - 1] if before else None
    if mention.ordinal:
        rank = _rank_claim(mention, right)
        if rank is None:
            return None
        scope = nearest.text if nearest else (focus or "")
        topic = f"rank: {rank[1]}" + (f" ({scope})" if scope else "")
        return Claim(mention.start, mention.end, text[mention.start : mention.end], mention.value,
                     "rank", "", topic, "rank", mention.value, mention.value, index)
    record = record_since(mention, left, text[mention.start : mention.end])
    if record:  # "the first visit since 1998": the year a record is reckoned from
        return Claim(mention.start, mention.end, text[mention.start : mention.end], mention.value, YEAR_UNIT,
                     "", f"the {record}{RECORD_SUFFIX}", "measure", mention.value, mention.value, index,
                     attribute=record + RECORD_SUFFIX)
    if is_not_quantity(mention, left, right, text[mention.start : mention.end]):
        return None
    scaled = SCALE_WORD_END.search(text[mention.start : mention.end]) is not None
    unit = _unit_for(mention, left, right, scaled)
    if unit is None:
        return None
    unit = population_or_count(unit, words_before(left, LEFT_REACH), words_after(right, 9))
    compound = compound_measure(right)
    if unit.kind == "count" and mention.value > 1 and not unit.population and compound is None:
        counted = counted_in_compound(right, unit.noun)
        unit = Unit(counted, "count", noun=counted) if counted else unit
    label, low_factor, high_factor = qualifier_before(left)
    low_factor, high_factor = hedge_reach(low_factor, high_factor, mention, text[mention.start : mention.end])
    if mention.vague:
        label = label or "vague"
    value = mention.value * unit.factor
    margin = 0.0 if label else rounding_margin(mention, text[mention.start : mention.end])
    margin *= unit.factor
    low = mention.low * unit.factor * low_factor - margin
    high = (mention.high * unit.factor if mention.vague else value) * high_factor + margin
    around = bisect_left(names, mention.start, key=lambda n: n.start)
    deed = deed_counted(unit, words_before(left, LEFT_REACH), words_after(right, 2))
    topic = _topic(deed or unit, nearest, names[max(around - 2, 0) : around + 2], mention, focus)
    if unit.name in SCALES_NAMED_FIRST:
        topic = _scale_of(topic, words_after(right, 3))
    cased = cased_unit(right) if compound is None else None
    end = (mention.end + compound[0] if compound is not None else mention.end + cased[0] if cased is not None
           else _extend_over_unit(text, mention.end, sentence.end, unit))
    kind = unit.kind if unit.kind in ("count", "measure", "percent", "money") else "count"
    # "minus 12 degrees": a hedge's factors widen a value below zero the other way
    low, high = (min(low, high), max(low, high)) if value < 0 else (max(low, 0.0), high)
    return Claim(mention.start, end, text[mention.start : end], value, (deed or unit).name, label, topic,
                 kind, low, high, index)  # type: ignore[arg-type]


# "5,000 pounds ($6,200)", "pounds sterling": the amount converted to another currency.
MONEY_AFTER = re.compile(r"\s*\w+\s*(?:\(\s*(?:US)?[$€]|sterling\b)", re.IGNORECASE)
WEIGHT_REACH = 80  # characters before the figure read for a word of money


def _weighed(mention: NumberMention, left: str, right: str) -> bool:
    """Whether a bare "pounds" after the figure weighs. Sterling when money is spoken of: a
    price, fine or payment word before it ("fined 5,000 pounds"), a dollar conversion after it
    ("5,000 pounds ($6,200)", AP style), a scale or "sterling" ("2 million pounds"). A weight
    otherwise: real news with neither ("hit 337 pounds", "At 405 pounds, he...") weighs."""
    if mention.vague or mention.value >= 1e6 or MONEY_AFTER.match(right):
        return False
    return not any(word in money_evidence() for word in words_before(left, WEIGHT_REACH // 10))


def _scale_of(topic: str, after: list[str]) -> str:
    """ "magnitude of earthquake": a scale's value is of the thing named after it, so that a
    quake's 6.8 and its aftershock's 5.4 are two figures. "Quake" is the clipping of
    "earthquake", written for it in the same story."""
    words = [w.lower() for w in after if w.isalpha() and w.lower().lstrip("-") not in SCALES_NAMED_FIRST]
    if not words or not may_count(words[0]):
        return topic
    noun = singular(words[0])
    return f"{topic} of {'earthquake' if noun == 'quake' else noun}"


# A figure written with a scale word ("2.8 trillion"): a currency word after it that is also
# another word ("won", "real") can only be the currency.
SCALE_WORD_END = re.compile(r"(?:million|billion|trillion)$", re.IGNORECASE)


def _unit_for(mention: NumberMention, left: str, right: str, scaled: bool = False) -> Unit | None:
    words = words_after(right, 9)
    currency = currency_before(left) or range_currency_before(left, is_plural(words[0]) if words else False)
    if currency is not None:
        return Unit(currency, "money")
    cased = cased_unit(right)
    if cased is not None:
        return cased[1]  # "40C", "9p"
    compound = compound_measure(right)
    if compound is not None:
        return compound[1]  # "a 30-minute drive", "a 4,000-square-foot warehouse"
    if right.startswith("%"):
        return Unit("percent", "percent")
    if mention.vague and words and words[0].lower() == "of":
        words = words[1:]
    part = part_of(words, _unit_after)
    if part is not None:
        return part
    words = words[:7]
    before = words_before(left, LEFT_REACH)
    if before and before[-1].lower() in SCALES_NAMED_FIRST:
        name, factor, kind = MEASURE_UNITS[before[-1].lower()]
        return Unit(name, kind, factor)  # "a magnitude 7.1 quake"
    weighed = bool(words) and words[0].lower() in ("pound", "pounds") and _weighed(mention, left, right)
    # "paid 500,000 won", "2.8 trillion won": money spoken of, so "won" is no verb
    money_said = scaled or any(word in money_evidence() for word in words_before(left, WEIGHT_REACH // 10))
    after = _unit_after(words, weighed, money_said)
    if after is None or (after.kind == "count" and "NOUN" not in getAllLemmas(after.noun.lower())):
        # "a crowd of 83,214 watched": no noun after the figure says what it counts ("a herd of
        # 300 sheep" counts sheep)
        after = unit_before(before) or group_counted(before) or after  # "a population of 800" first
    return after or level_subject(before, _unit_after) or casualties(before, words)


def _extend_over_unit(text: str, end: int, limit: int, unit: Unit) -> int:
    """Stretch the quote over the unit word ("330 kilometers", "1.5 million inhabitants")."""
    glued = GLUED_LETTERS.match(text, end, limit)
    if glued is not None and unit.kind == "measure" and glued.group().lower() in MEASURE_UNITS:
        return glued.end()  # "3,400km", "500mg"
    match = UNIT_WORDS.match(text, end, limit)
    if not match or (unit.kind == "money" and text[end:end + 1] != " "):
        return end
    if match.group() == "%":
        return end + 1
    words = match.group().split()
    target = singular(unit.noun) if unit.noun else unit.name
    for count in range(len(words), 0, -1):
        last = words[count - 1].strip("’'").lower()
        measured = unit.kind == "measure" and (  # not the "year" of "last year"
            last in MEASURE_UNITS or (count == 1 and measured_unit(last) is not None))
        if singular(last) == target or measured or singular(last) == singular(target):
            return end + match.group().index(words[count - 1]) + len(words[count - 1].rstrip("’'"))
    return end


def _cut_from_a_longer_word(text: str, sentence: Sentence, mention: NumberMention) -> bool:
    """A word longer than the segmenter's limit is cut wherever it must be (text.segment):
    digits at such a cut, at the very start or end of a sentence, are a piece of a longer
    string, not a figure."""
    cut_before = mention.start == sentence.start > 0 and text[mention.start - 1].isalnum()
    cut_after = mention.end == sentence.end < len(text) and text[mention.end].isalnum()
    return cut_before or cut_after


def _not_inside_another(claims: list[Claim]) -> list[Claim]:
    """ "7 million PlayStation 4 units": a number inside another figure's quote (its counted
    noun's model number) is part of that figure, no claim of its own. `claims` are in text order."""
    kept: list[Claim] = []
    for claim in claims:
        if not any(other.start < claim.start and claim.end <= other.end for other in kept[-3:]):
            kept.append(claim)
    return kept


def extract_claims(text: str, sentences: Sequence[Sentence],
                   progress: Callable[[float], None] | None = None) -> tuple[Claim, ...]:
    """Every numeric claim in the document, in text order.

    `progress`, if given, is called with the fraction done after each sentence (each costs
    a bounded amount), so a caller can stop a long document part way by raising from it.
    """
    lower_words = lower_case_words(text)
    per_sentence = []
    for index, s in enumerate(sentences):
        per_sentence.append(find_names(text[s.start : s.end], s.start, lower_words))
        if progress is not None:
            progress(0.5 * (index + 1) / len(sentences))
    focus = focus_name(per_sentence)
    numbered = numbered_names(text)
    claims: list[Claim] = []
    for index, (sentence, names) in enumerate(zip(sentences, per_sentence, strict=True)):
        own: list[Claim] = []
        for mention in find_numbers(text[sentence.start : sentence.end]):
            shifted = NumberMention(mention.start + sentence.start, mention.end + sentence.start,
                                    mention.value, mention.low, mention.high, mention.ordinal,
                                    mention.vague, mention.spelled)
            if _cut_from_a_longer_word(text, sentence, shifted) or names_a_name(text, shifted, numbered):
                continue
            claim = _claim_from(shifted, text, sentence, index, names, focus)
            if claim is not None:
                own.append(claim)
        own = with_fractions(text, sentence, index, with_mixed_units(text, _not_inside_another(own)))
        claims.extend(with_elided_nouns(with_multiples(text, sentence, index, own)))
        if progress is not None:
            progress(0.5 + 0.5 * (index + 1) / len(sentences))
    return tuple(claims)

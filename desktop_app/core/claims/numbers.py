"""Find numbers in English prose, in digits or words, with their character spans.

Hand-written because the libraries that read number words (text2num,
number-parser, quantulum3) either rewrite the text without reporting offsets
or cannot read hedged and abbreviated news figures ("1.5m", "half a million");
every span here must index the original text exactly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from .digits import DIGIT_ORDINAL, SCALES, NumberMention, digit_mentions, sign_glued_mentions
from .records import superlative

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
WORD_SCALES = ("thousand", "million", "billion", "trillion")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
    "billionth": 1_000_000_000,
}
# Vague plurals: "thousands fled" admits any count from 2,000 to 999,999.
VAGUE = {
    "dozens": (24.0, 199.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 999_999.0), "millions": (2e6, 999e6), "billions": (2e9, 999e9),
}
VAGUE_COMPOUND = {
    ("tens", "thousands"): (20_000.0, 99_999.0),
    ("hundreds", "thousands"): (200_000.0, 999_999.0),
    ("tens", "millions"): (20e6, 99e6),
    ("hundreds", "millions"): (200e6, 999e6),
}
# Longest run of number words read as one number: the longest a writer needs, "nine hundred and
# ninety nine million nine hundred and ninety nine thousand nine hundred and ninety nine", has 17
# words. The cap keeps the reading of an endless run ("million million ...") linear.
MAX_NUMBER_WORDS = 24
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "dozen", "half", "quarter"} | set(WORD_SCALES)
# Every word that can begin or end a spelled number, a vague amount or an ordinal; any other
# word is passed over at once (most words of a text are).
NUMBER_RELATED = frozenset(NUMBER_WORDS | set(ORDINALS) | set(VAGUE) | {"tens", "hundreds", "a", "an"})

WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _split_words(words: Sequence[str]) -> list[str]:
    parts: list[str] = []
    for word in words:
        parts.extend(p for p in word.lower().split("-") if p)
    return parts


def _category(word: str) -> str | None:
    if word in UNITS:
        return "unit" if 1 <= UNITS[word] <= 9 else "teen"
    if word in TENS:
        return "tens"
    if word in ("hundred", "dozen"):
        return word
    if word in WORD_SCALES:
        return "scale"
    if word in ("half", "quarter"):
        return "fraction"
    if word in ("a", "an"):
        return "article"
    if word == "and":
        return "and"
    return None


# Which category may follow which: "twenty five" is one number, "twenty thirty" is two.
FOLLOWS: dict[str, set[str | None]] = {
    "unit": {None, "tens", "hundred", "scale", "and"},
    "teen": {None, "hundred", "scale", "and"},
    "tens": {None, "hundred", "scale", "and"},
    "hundred": {None, "unit", "teen", "article", "tens"},
    "dozen": {None, "unit", "teen", "tens", "article"},
    "scale": {None, "unit", "teen", "tens", "hundred", "dozen", "fraction", "article", "scale"},
    "fraction": {None, "article"},
    "article": {None, "and", "fraction"},
    "and": {"unit", "teen", "tens", "hundred", "scale"},
}


def _prefix_values(words: Sequence[str]) -> Iterator[float | None]:
    """The value of each prefix of `words` (None when that prefix is not one number), in one
    pass; stops at the first word no longer number can continue, since none can after it."""
    total, current, last_scale = 0.0, 0.0, math.inf
    last: str | None = None
    before_and: str | None = None
    pending_fraction = 0.0
    count = 0
    for token in words:
        for word in _split_words([token]):
            count += 1
            category = _category(word)
            if category is None or last not in FOLLOWS[category]:
                return
            if last == "and" and category in ("unit", "teen", "tens") and before_and not in (
                    "hundred", "scale", "dozen"):
                return  # "five and ten" is two numbers; "a hundred and five", "a thousand and one" one
            if category == "and":
                before_and = last
            if category == "unit" or category == "teen":
                current += UNITS[word]
            elif category == "tens":
                current += TENS[word]
            elif category == "hundred":
                if current >= 100:
                    return
                current = (current or 1) * 100
            elif category == "dozen":
                current = (current or 1) * 12
            elif category == "fraction":
                fraction = 0.5 if word == "half" else 0.25
                if last is None:
                    pending_fraction = fraction  # "half a million"
                else:
                    current += fraction  # "one and a half", "a half"
            elif category == "scale":
                multiplier = SCALES[word]
                if pending_fraction and current == 0:
                    current, pending_fraction = pending_fraction, 0.0
                if multiplier >= last_scale * 1000 and current == 0:  # "two thousand million"
                    total *= multiplier
                elif multiplier >= last_scale:
                    return  # "thousand thousand"
                else:
                    total += (current or 1) * multiplier
                current, last_scale = 0.0, multiplier
            last = category
        if count == 0 or last in ("and", "article"):
            yield None
        elif pending_fraction:
            yield pending_fraction if count == 1 else None
        else:
            yield total + current


def words_to_number(words: Sequence[str]) -> float | None:
    """Value of a run of English number words, or None when they are not one number.

    Handles "one hundred and five", "twenty-five", "a million and one",
    "one and a half million", "half a million", "a dozen"; refuses "sixty fifteen"
    and "thousand thousand".
    """
    values = list(_prefix_values(words))
    return values[-1] if values and len(values) == len(words) else None


def ordinal_value(word: str) -> int | None:
    """'third' -> 3, 'twenty-first' -> 21, '21st' -> 21, else None."""
    match = DIGIT_ORDINAL.fullmatch(word)
    if match:
        return int(match.group("num"))
    parts = word.lower().split("-")
    if parts[-1] not in ORDINALS:
        return None
    head = words_to_number(parts[:-1]) if len(parts) > 1 else 0.0
    if head is None:
        return None
    if parts[-1] in ("hundredth", "thousandth", "millionth", "billionth") and head:
        return int(head * ORDINALS[parts[-1]])
    return int(head) + ORDINALS[parts[-1]]




def ordinal_before_superlative(word: str) -> int:
    """Characters of a hyphenated word that are an ordinal written onto a superlative
    ("second-largest": 6, "third-worst": 5, "third-most": 5, "twenty-first-century": 0), else 0:
    the ordinal ranks, the superlative (claims.records) says by what."""
    parts = word.lower().split("-")
    for cut in range(len(parts) - 1, 0, -1):
        if superlative(parts[cut]) and ordinal_value("-".join(parts[:cut])) is not None:
            return len("-".join(parts[:cut]))
    return 0


def _word_tokens(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def _is_number_token(word: str) -> bool:
    parts = word.lower().split("-")
    return all(p in NUMBER_WORDS for p in parts)


def _take_word_run(tokens: list[re.Match[str]], start: int, text: str) -> int:
    """Index past the longest run of number words starting at `start`, at most
    MAX_NUMBER_WORDS long.

    Connectors ("and", "a") are taken only when a number word follows them,
    so "one and a half million" is one run and "two and a car" is not.
    """
    end = start
    index = start
    limit = min(len(tokens), start + MAX_NUMBER_WORDS)
    while index < limit:
        if index > start and text[tokens[index - 1].end() : tokens[index].start()].strip():
            break
        word = tokens[index].group().lower()
        if _is_number_token(word):
            index += 1
            end = index
            continue
        ahead = index
        while ahead < limit and ahead - index < 2 and tokens[ahead].group().lower() in {
            "and", "a", "an"
        }:
            ahead += 1
        if ahead > index and ahead < limit and _is_number_token(tokens[ahead].group()):
            index = ahead
            continue
        break
    return end


def _longest_number(tokens: list[re.Match[str]], begin: int, first: int, end: int
                    ) -> tuple[int, float] | None:
    """The longest run tokens[begin:stop], first < stop <= end, that is one number (and not a
    lone "a half"), with its value: one left-to-right pass instead of re-reading every prefix."""
    best: tuple[int, float] | None = None
    words = [t.group() for t in tokens[begin:end]]
    for stop, value in enumerate(_prefix_values(words), start=begin + 1):
        if stop > first and value is not None and (
                stop - begin > 2 or not _lone_article_word(tokens, begin, stop)):
            best = (stop, value)
    return best


def _spelled_mentions(text: str) -> Iterator[NumberMention]:
    tokens = _word_tokens(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        word = token.group().lower()
        if word not in NUMBER_RELATED and ("-" not in word or NUMBER_RELATED.isdisjoint(word.split("-"))):
            index += 1
            continue
        vague = _vague_at(tokens, index, text)
        if vague:
            end_index, low, high = vague
            yield NumberMention(token.start(), tokens[end_index - 1].end(), low, low, high,
                                vague=True, spelled=True)
            index = end_index
            continue
        ordinal = ordinal_value(word)
        ranked = ordinal_before_superlative(word) if ordinal is None and "-" in word else 0
        if ranked:
            ordinal = ordinal_value(word[:ranked])
        if ordinal is not None:
            end = token.start() + (ranked or len(word))
            yield NumberMention(token.start(), end, ordinal, ordinal, ordinal, ordinal=True, spelled=True)
            index += 1
            continue
        # "a million", but not "a $25 million": the article must stand right before the number word
        starts_with_article = (word in {"a", "an"} and index + 1 < len(tokens)
                               and not text[token.end() : tokens[index + 1].start()].strip())
        if _is_number_token(word) or starts_with_article:
            first = index + 1 if starts_with_article else index
            end_index = _take_word_run(tokens, first, text)
            begin = index if starts_with_article else first
            found = _longest_number(tokens, begin, first, end_index)
            if found is not None:
                yield _signed(text, tokens, begin, found[0], found[1])
                index = found[0]
            else:
                index += 1
            continue
        head = word.split("-", 1)[0]
        if "-" in word and head in UNITS | TENS:  # "two-year", "five-day"
            value = float(UNITS.get(head, TENS.get(head, 0)))
            yield NumberMention(token.start(), token.start() + len(head), value, value, value,
                                spelled=True)
        index += 1


def _signed(text: str, tokens: list[re.Match[str]], begin: int, end: int, value: float
            ) -> NumberMention:
    """A spelled number, negated when "minus" or "negative" stands just before it."""
    start = tokens[begin].start()
    if begin > 0 and tokens[begin - 1].group().lower() in ("minus", "negative"):
        gap = text[tokens[begin - 1].end() : start]
        if not gap.strip():
            start, value = tokens[begin - 1].start(), -value
    return NumberMention(start, tokens[end - 1].end(), value, value, value, spelled=True)


def _lone_article_word(tokens: list[re.Match[str]], begin: int, end: int) -> bool:
    """'a half' or 'a quarter' alone is not a figure."""
    words = [t.group().lower() for t in tokens[begin:end]]
    return words in (["a", "half"], ["a", "quarter"], ["half"], ["quarter"])


def _vague_at(tokens: list[re.Match[str]], index: int, text: str) -> tuple[int, float, float] | None:
    word = tokens[index].group().lower()
    if index + 2 < len(tokens) and tokens[index + 1].group().lower() == "of":
        pair = (word, tokens[index + 2].group().lower())
        if pair in VAGUE_COMPOUND:
            low, high = VAGUE_COMPOUND[pair]
            return index + 3, low, high
    if word in VAGUE:
        followed_by_of = index + 1 < len(tokens) and tokens[index + 1].group().lower() == "of"
        if word in NOUN_SENSES and not followed_by_of:
            return None  # "scores rose": the noun, not "scores of people"
        low, high = VAGUE[word]
        return index + 1, low, high
    return None


# Vague plurals that are also ordinary nouns: a quantity only in "scores of ...".
NOUN_SENSES = frozenset({"scores"})


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in `text`, in order, without overlaps (longest first)."""
    found = sorted(
        [*digit_mentions(text), *sign_glued_mentions(text), *_spelled_mentions(text)],
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    kept: list[NumberMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


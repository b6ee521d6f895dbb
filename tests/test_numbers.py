"""Numbers in digits and words, with exact spans."""

from __future__ import annotations

import pytest

from desktop_app.core.claims.digits_for_words import rewrite_numbers
from desktop_app.core.claims.numbers import find_numbers, ordinal_value, words_to_number


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("a population nearing 800,000", "800,000", 800_000),
        ("around 1.5 million inhabitants", "1.5 million", 1_500_000),
        ("one and a half million people", "one and a half million", 1_500_000),
        ("half a million", "half a million", 500_000),
        ("two foreign journalists", "two", 2),
        ("twenty-five cows", "twenty-five", 25),
        ("a million and one", "a million and one", 1_000_001),
        ("1.5m people", "1.5m", 1_500_000),
        ("$3bn deal", "3bn", 3_000_000_000),
        ("a dozen eggs", "a dozen", 12),
        ("one hundred and forty two", "one hundred and forty two", 142),
    ],
)
def test_number_value_and_span(text: str, surface: str, value: float) -> None:
    mentions = find_numbers(text)
    assert mentions, text
    first = mentions[0]
    assert text[first.start : first.end] == surface
    assert first.value == value


@pytest.mark.parametrize("text", ["the M5 and M1", "Meli7a", "COVID-19"])
def test_identifiers_glued_to_letters_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [(["two", "and", "a", "car"], None), (["one", "hundred", "and", "five"], 105),
     (["fifty-three", "billion"], 53e9), (["and"], None)],
)
def test_words_to_number(words: list[str], value: float | None) -> None:
    assert words_to_number(words) == value


@pytest.mark.parametrize(("word", "value"), [("third", 3), ("twenty-first", 21), ("21st", 21),
                                             ("hundredth", 100), ("table", None)])
def test_ordinals(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


def test_vague_plural_is_a_range() -> None:
    (mention,) = find_numbers("tens of thousands of people fled")
    assert mention.vague and (mention.low, mention.high) == (20_000, 99_999)


def test_rewrite_numbers() -> None:
    assert rewrite_numbers("I have eight cows and twelve chickens") == "I have 8 cows and 12 chickens"

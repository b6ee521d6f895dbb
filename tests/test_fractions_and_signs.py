"""Fractions in words ("two-thirds of voters", "a quarter of a billion dollars"), numbers below
zero ("minus 12 degrees") and names half in digits ("7-Eleven") (engine version 65). Cases are
made up in the shapes wire copy writes them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.claims.fractions import fractions_in
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from tests.claim_reading import claims_of, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of a group is a share of it, not a count of "two"
        ("The virus killed two-thirds of those infected.", [("two-thirds", 66.667, "percent", "")]),
        ("Three-quarters of voters backed the plan.", [("Three-quarters", 75, "percent", "")]),
        ("A third of the city's bus fleet is now electric.", [("A third", 33.333, "percent", "")]),
        # a hedge before it is its own; the group's count stays a count
        ("About two thirds of the 300 workers were laid off.",
         [("two thirds", 66.667, "percent", "about"), ("300 workers", 300, "worker", "")]),
        ("Roughly half of nursing homes reported shortages.", [("half", 50, "percent", "about")]),
        # a change by a fraction is a change by that share
        ("Sales fell by a third last year.", [("a third", 33.333, "percent", "")]),
        ("The company cut its workforce by half.", [("half", 50, "percent", "")]),
        # a fraction of an amount scales it
        ("The settlement is worth a quarter of a billion dollars.",
         [("a quarter of a billion dollars", 2.5e8, "USD", "")]),
    ],
)
def test_fractions_in_words(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the first half of the year.",  # part of a time after an ordinal
        "Their half of the deal was never paid.",  # after a possessive
        "He was the third of five children.",  # a rank after "the"
        "The festival ends on the fifth of November.",  # a date
        "Prices rose by half a percent.",  # "half a percent" is the figure, not a fraction of a change
    ],
)
def test_words_of_fractions_that_are_no_share(text: str) -> None:
    assert not fractions_in(text)


def test_a_share_in_words_conflicts_with_a_share_in_digits() -> None:
    """Two articles on one poll: "two-thirds" is about 67 percent, not 40."""
    first = document_from_text("a", "Two-thirds of registered voters in Calder County backed the transit "
                                    "levy in Tuesday's referendum, officials said.")
    second = document_from_text("b", "Only 40 percent of registered voters in Calder County backed the "
                                     "transit levy in Tuesday's referendum, officials said.")
    same = document_from_text("c", "About 65 percent of registered voters in Calder County backed the "
                                   "transit levy in Tuesday's referendum, officials said.")
    conflicts = [f for f in analyze([first, second]).findings if f.kind == "conflict"]
    assert conflicts and conflicts[0].attribute.startswith("share")
    assert not [f for f in analyze([first, same]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overnight lows will dip to minus 12 degrees.", [("minus 12 degrees", -12, "degree", "")]),
        ("The economy posted negative 3 percent growth.", [("negative 3 percent", -3, "percent", "")]),
    ],
)
def test_numbers_below_zero(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


def test_a_hedged_number_below_zero_reaches_either_way() -> None:
    claims = claims_of("It was about minus 12 degrees.")
    assert len(claims) == 1 and claims[0].low < -12 < claims[0].high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 7-Eleven store was robbed overnight.", []),  # a name written half in digits
        ("Between 7-11 people died.", [("Between 7-11 people", 9, "people", "range")]),  # a range
    ],
)
def test_digits_and_a_capitalised_number_word_make_a_name(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ahlftoqurdesn -thirdsquarters of by")), max_size=300))
def test_fractions_are_read_inside_the_sentence(sentence: str) -> None:
    for fraction in fractions_in(sentence):
        assert 0 <= fraction.start < fraction.end <= len(sentence)
        assert 0 < fraction.value < 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signs in letters that CLDR gives a currency's own country, glued or one space away
        # "Rs", which several countries write, is the rupee their names share, as "rupees" is
        ("Reliance will invest Rs 75,000 crore in green energy.", [("75,000 crore", 7.5e11, "rupee", "")]),
        ("Petronas earned RM1.5bn last year.", [("1.5bn", 1.5e9, "MYR", "")]),
        ("Kenya will borrow Ksh3.6 trillion.", [("3.6 trillion", 3.6e12, "KES", "")]),
        # a lakh of crores; an amount as long as a bare run of digits is still an amount
        ("The defence budget is ₹6.2 lakh crore.", [("6.2 lakh crore", 6.2e12, "INR", "")]),
        ("Exports rose to 3.38 trillion yuan.", [("3.38 trillion yuan", 3.38e12, "CNY", "")]),
        # money before a noun is no numbered name ("a Fortune 500 company")
        ("It is a Rs 500 crore package.", [("500 crore", 5e9, "rupee", "")]),
        # "kr" is written for kronor and kroner: names that differ, so the sign stays its own unit
        ("The club paid kr 40 million for him.", [("40 million", 4e7, "kr", "")]),
        # a name several currencies share is money in that name, as "Rs" is in its sign
        ("The budget is 2.1 trillion rupees.", [("2.1 trillion rupees", 2.1e12, "rupee", "")]),
        ("He paid 50,000 pesos for the car.", [("50,000 pesos", 5e4, "peso", "")]),
        ("The fine was 1 dinar.", [("1 dinar", 1.0, "dinar", "")]),
        # a currency word that is also another word is money where money is spoken of: after a
        # scale word or a word of money ...
        ("Operating profit fell to 2.8 trillion won.", [("2.8 trillion won", 2.8e12, "won", "")]),
        ("He paid 500,000 won for the ticket.", [("500,000 won", 5e5, "won", "")]),
        ("Petrobras will invest 12 billion real in the field.", [("12 billion real", 1.2e10, "BRL", "")]),
    ],
)
def test_currencies_written_in_letters(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Of the 300 players entered, 12 won prizes.",  # ... and a verb where nothing speaks of money
    "About 3,000 won awards last year.",
])
def test_a_currency_word_that_is_a_verb_is_no_money_alone(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "money"]


@pytest.mark.parametrize("text", ["Operating profit fell to 2.8 trillion won.",
                                  "He paid 500,000 won for it."])
def test_a_currency_word_that_is_a_verb_is_money_where_money_is_spoken_of(text: str) -> None:
    assert [(c.kind, c.unit) for c in claims_of(text)] == [("money", "won")]


def test_capitals_a_space_before_digits_are_no_currency() -> None:
    """ "SR 520" is a road, though CLDR writes the Seychelles rupee "SR"."""
    claims = claims_of("Take SR 520 north to the bridge.")
    assert not [c for c in claims if c.kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator, 79, said he would not run again.", [("79", 79, "years old", "")]),
        ("Man, 58, dies in motorcycle crash", [("58", 58, "years old", "")]),  # a headline
        ("The list, 12, was long.", []),  # no person
        ("Read items 1, 2, 3 and 4.", []),
    ],
)
def test_ages_in_apposition_to_a_person_noun(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


def test_an_unnamed_age_in_apposition_has_no_subject() -> None:
    claims = claims_of("The pilot, 45, had flown for years.")
    assert [(c.attribute, c.subject) for c in claims] == [("age", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how long, though a hedge stands between "for" and the number
        ("The jury deliberated for nearly nine hours before its verdict.",
         [("nine hours", 9, "hours", "nearly")]),
        ("He left nearly nine hours before the blast.", []),  # when, not how long
        # "Only one in five" is a share; "the only one in" is not
        ("Only one in five young voters trusted them.", [("one in five young voters", 20, "percent", "")]),
    ],
)
def test_hedges_before_a_time_and_a_share(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected

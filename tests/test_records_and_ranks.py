"""Records reckoned from a year (claims.records), ranks written onto their superlative
("second-largest"), the people a place is home to (claims.populations), and the light
year, a distance (text.lexicon).

Made-up sentences and articles, in forms the modules do not spell out: superlatives of
adjectives and adverbs, regular and irregular, digits and words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.claims.numbers import find_numbers, ordinal_before_superlative
from desktop_app.core.claims.records import record_word
from tests.claim_reading import claims_of, conflict_values


@pytest.mark.parametrize(("word", "expected"), [
    ("lowest", True), ("worst", True), ("best", True), ("latest", True), ("earliest", True),
    ("first", True), ("biggest", True),
    ("most", False), ("least", False),  # "most residents have lived there since 2008"
    ("protest", False), ("interest", False), ("forest", False), ("west", False), ("arrest", False),
])
def test_a_record_word_is_a_superlative(word: str, expected: bool) -> None:
    assert record_word(word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It was the first state visit by a Velmoran leader since 1998.", [("1998", "first since")]),
    ("Inflation fell to its lowest level since 2008 in March.", [("2008", "lowest since")]),
    ("The river rose to its highest point since 1974.", [("1974", "highest since")]),
    ("It was the worst flooding in the region since 1953.", [("1953", "worst since")]),
    # no record word in the clause: a time span, not a record
    ("Most residents have lived there since 2008.", []),
    ("He was the first to arrive, and since 2003 he has led the party.", []),
    ("The firm has grown every year since 2010.", []),
    # a record with no plain year
    ("It was the first visit since the war.", []),
])
def test_the_year_a_record_is_reckoned_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.quote, c.attribute) for c in claims_of(text) if c.unit == "year"] == expected


def test_a_record_year_belongs_to_no_name_and_no_time() -> None:
    (claim,) = [c for c in claims_of("Wolak made the first visit by a Ruvanian head of state since 1998.")
                if c.unit == "year"]
    assert (claim.subject, claim.time, claim.topic) == ("", "", "the first since")


VISIT = ("President Tomasz Wolak of Ruvania arrived in Kalvos on Monday for a state visit, {record}. "
         "Wolak and his counterpart are expected to sign agreements on energy and trade. "
         "Security in the capital was tightened for the visit.")


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("the first by a Ruvanian head of state since 1998", "the first by a Ruvanian leader since 2003",
     [("1998", "2003")]),
    ("the first by a Ruvanian head of state since 1998", "the first by a Ruvanian leader since 1998", []),
    # the first visit and the largest crowd are reckoned from different years
    ("the first by a Ruvanian head of state since 1998", "drawing the largest crowd since 2003", []),
])
def test_two_records_of_one_event(first: str, second: str, expected: list[tuple[str, str]]) -> None:
    assert conflict_values(VISIT.format(record=first), VISIT.format(record=second)) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("second-largest", 6), ("ninth-highest", 5), ("twenty-first-biggest", 12), ("third-most", 5),
    ("second-best", 6), ("third-worst", 5),
    ("twenty-first-century", 0), ("first-ever", 0), ("second-hand", 0), ("well-known", 0),
])
def test_an_ordinal_written_onto_its_superlative(word: str, expected: int) -> None:
    assert ordinal_before_superlative(word) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Velmora is the world's second-largest exporter of tin.", [("second", 2.0, "rank: largest exporter")]),
    ("That makes Rask the ninth-highest paid player on the tour.", [("ninth", 9.0, "rank: highest paid")]),
    ("Velmora is the 3rd-largest exporter of tin.", [("3rd", 3.0, "rank: largest exporter")]),
    ("It was the third worst season on record.", [("third", 3.0, "rank: worst season")]),
    ("It was a twenty-first-century war.", []),
])
def test_hyphenated_ranks(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(c.quote, c.value, c.topic.split(" (")[0]) for c in claims_of(text)] == expected


TIN = ("Velmora, {rank}, cut its quotas on Monday, sending prices up sharply. Traders said the cut "
       "would hit smelters in Asia hardest. Velmora's mines employ thousands of workers.")


def test_two_ranks_of_one_country_conflict() -> None:
    second, fourth = (TIN.format(rank=f"the world's {r}-largest exporter of tin")
                      for r in ("second", "fourth"))
    assert conflict_values(second, fourth) == [("rank 2", "rank 4")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Santa Ilha is home to about 3,000 people.", ("3,000 people", "population")),
    ("The island, home to 2 million people, was hit.", ("2 million people", "population")),
    # people written to, or fans a stadium is home to, are counts
    ("He sent letters to 3,000 people.", ("3,000 people", "count of people")),
    ("The stadium is home to 40,000 fans.", ("40,000 fans", "count of fan")),
    # a part of the residents is no population (claims_dev20)
    ("The turbines are owned by around 450 of the island's residents.", ("450", "count of occupant")),
    ("The island has 4,000 residents.", ("4,000 residents", "population")),
])
def test_people_a_place_is_home_to(text: str, expected: tuple[str, str]) -> None:
    assert [(c.quote, c.attribute) for c in claims_of(text)][:1] == [expected]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["second-largest", "first", "since", "1998", "the", "-", "est", "x"]),
                max_size=400))
def test_ranks_and_records_read_inside_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for mention in find_numbers(text):
        assert 0 <= mention.start < mention.end <= len(text)
    claims_of(text)  # any mix of these words reads without error


@pytest.mark.parametrize(("text", "expected"), [
    ("The star is 40 light years from Earth.", ("40 light years", "km", "distance to Earth")),
    ("Kepler-22b lies 600 light-years away.", ("600 light-years", "km", "distance to Kepler-22b")),
    # a light year is no time: "for 3 years" after "light" stays years
    ("He walked in the light for 3 years.", ("3 years", "years", "years")),
])
def test_a_light_year_is_a_distance(text: str, expected: tuple[str, str, str]) -> None:
    assert [(c.quote, c.unit, c.topic) for c in claims_of(text)][:1] == [expected]


BANK = ("Deutsche Bank, {rank}, cut 9,000 jobs on Monday. The lender said the cuts would fall "
        "mostly on its trading arm. Its shares rose 4 percent in Frankfurt.")


@pytest.mark.parametrize(("first", "second", "expected"), [
    # ranks in different fields can both be true
    ("the second-largest bank in Europe", "the world's fourth-largest bank", []),
    ("the second-largest bank in Europe", "the fourth-largest bank in the world", []),
    # one field, or a field said on one side only: one rank
    ("the world's second-largest bank", "the fourth-largest bank in the world", [("rank 2", "rank 4")]),
    ("the second-largest bank in Europe", "the fourth-largest bank", [("rank 2", "rank 4")]),
])
def test_ranks_in_their_fields(first: str, second: str, expected: list[tuple[str, str]]) -> None:
    assert conflict_values(BANK.format(rank=first), BANK.format(rank=second)) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    # two holders named apart: two records, both may be true
    ("Mexico Raises Key Rate for First Time Since 2008 After Fed",
     "Hong Kong Raises Base Rate for First Time Since 2006 After Fed", []),
    ("On Monday Mexico raised its key rate for the first time since 2008 after the Fed moved.",
     "On Monday Peru raised its key rate for the first time since 2006 after the Fed moved.", []),
    # one holder: one record, told two ways
    ("Mexico raised its key rate for the first time since 2008 after the Fed moved.",
     "Mexico raised its key rate for the first time since 2006 after the Fed moved.",
     [("2008", "2006")]),
])
def test_records_of_holders_named_apart(first: str, second: str, expected: list[tuple[str, str]]) -> None:
    assert conflict_values(first, second) == expected


def test_a_record_told_by_two_sources_is_one_holders() -> None:
    first = "Mexico's central bank raised its key rate for the first time since 2008, Reuters reported."
    second = "Mexico's central bank raised its key rate for the first time since 2009, Bloomberg reported."
    assert conflict_values(first, second) == [("2008", "2009")]

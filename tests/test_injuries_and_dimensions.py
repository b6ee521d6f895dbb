"""The injured further off in their clause and how badly they were hurt, units with a dimension
adjective, and a possessive tokenised apart (engine version 76); casualties named by "among the
wounded", counts after a verb of saying, emergency numbers (version 77). Made-up sentences in the
shapes news writes them, of kinds fresh claim samples (claims_dev18 to claims_dev20) found misread."""

from __future__ import annotations

import pytest

from desktop_app.core.claims.severity import severity_of_injured
from tests.claim_reading import conflict_values, read


@pytest.mark.parametrize(("text", "attribute"), [
    # a prepositional phrase of any English preposition between the count and its verb
    ("Fifteen sailors aboard the tanker were slightly hurt in the collision.", "slightly injured"),
    ("Three guards inside the compound were killed.", "deaths"),
    ("Four hikers beneath the ridge were injured by falling rocks.", "injured"),
    # treated for a wound, past the three nearest words
    ("Two people are being treated for injuries after the fire.", "injured"),
    ("Six workers were treated in hospital for burns.", "injured"),
    ("Five passengers were treated for serious injuries.", "seriously injured"),
    # treated for anything else is no injury
    ("Two people were treated for shock.", "count of people"),
    # the subject of a clause a verb of saying opens, past a prepositional phrase (claims_dev20)
    ("Medics reported 24 people in the town were killed and 150 injured.", "deaths"),
    ("The army destroyed 300 homes in the town and 12 people were killed.", "count of home"),
    # counted among the casualties a phrase names (claims_dev19)
    ("13 Afghan civilians are among the wounded.", "injured"),
    ("Two Americans were among those killed in the blast.", "deaths"),
    ("Three children were also among the dead.", "deaths"),
    ("Two Britons were among the victims.", "count of briton"),  # dead or hurt: not said
    ("Two Britons were among the first to arrive.", "count of briton"),
])
def test_the_injured_and_the_dead_further_off(text: str, attribute: str) -> None:
    assert read(text, "attribute")[0][3] == attribute


@pytest.mark.parametrize(("clause", "severity"), [
    (" people were seriously injured", "seriously"),
    (" were critically wounded in the attack", "critically"),
    (" were treated for minor injuries", "slightly"),
    (" suffered life-threatening injuries", "seriously"),
    (" were injured", ""),
    (" were injured, three of them seriously", ""),  # the severity of another figure
    (" were killed in a serious crash", ""),  # no word of injury
])
def test_the_severity_of_the_injured(clause: str, severity: str) -> None:
    assert severity_of_injured(clause) == severity


CRASH = "Police said {count} people were {how} in the crash on the A1 near Leeds on Friday."


@pytest.mark.parametrize(("first", "second", "conflicts"), [
    # the seriously injured may be among all the injured: no contradiction
    ((3, "seriously injured"), (12, "injured"), False),
    # those hurt slightly and those hurt seriously are two groups
    ((3, "seriously injured"), (40, "slightly injured"), False),
    # two counts of one severity contradict each other
    ((3, "seriously injured"), (5, "seriously injured"), True),
    ((3, "injured"), (12, "injured"), True),
])
def test_injured_counts_meet_only_at_one_severity(first: tuple[int, str], second: tuple[int, str],
                                                  conflicts: bool) -> None:
    one, other = (CRASH.format(count=count, how=how) for count, how in (first, second))
    assert bool(conflict_values(one, other)) is conflicts


@pytest.mark.parametrize(("text", "quote", "value", "unit"), [
    ("The couple are back from a three week-long honeymoon in Bali.", "three week-long", 3, "weeks"),
    ("Talks ended after a 12-hour-long session.", "12-hour-long", 12, "hours"),
    ("The new bridge is a 3-mile-long span.", "3-mile-long", 4.828032, "km"),
    ("A 10-foot-tall statue was unveiled.", "10-foot-tall", 3.048, "m"),
])
def test_a_dimension_adjective_after_a_unit(text: str, quote: str, value: float, unit: str) -> None:
    assert [(q, v, u) for q, v, u, _ in read(text)] == [(quote, pytest.approx(value, rel=1e-4), unit)]


def test_a_possessive_tokenised_apart_still_names_the_whole() -> None:
    text = "The agency listed 11 of the world 's most crowded train stations ."
    assert [(q, u) for q, _v, u, _ in read(text)] == [("11", "station")]


@pytest.mark.parametrize(("text", "quotes"), [
    # an emergency line's number before a singular noun is the line, not a count (claims_dev19)
    ("Misuse of the 911 system may result in an arrest, the post says.", []),
    ("911 call: 'There's a plane falling'", []),
    ("The 999 operator told her to stay inside.", []),
    # a count of the same number takes a plural
    ("Police received 911 calls overnight.", ["911 calls"]),
    ("They sold 112 tickets.", ["112 tickets"]),
    ("He paid $999 cash for the lot.", ["999"]),  # money, whatever the number
])
def test_an_emergency_number_is_no_count(text: str, quotes: list[str]) -> None:
    assert [quote for quote, *_ in read(text)] == quotes

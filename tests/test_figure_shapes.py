"""Shapes of figures real news writes: ranges with a hyphen or a money sign on both ends,
numbers joined into identifiers, counts of capitalised plurals, names in title-cased headlines,
a headline's list of the dead, and figures of subjects named apart (engine version 59)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.claims.ranges import outside_spans
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Claim
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter

SPLITTER = PysbdSplitter()


def framed(text: str) -> list[tuple[str, float, float, str]]:
    """Each claim's quote, low and high end (compared approximately) and unit, in text order."""
    claims = prepare_document(document_from_text("a", text), SPLITTER).claims
    return [(c.quote, pytest.approx(c.low, rel=1e-4), pytest.approx(c.high, rel=1e-4), c.unit)
            for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range written with a hyphen is one figure, as one written with a dash always was
        ("Some 5-10 people died.", [("5-10 people", 5, 10, "people")]),
        ("The storm lasted 3-4 hours.", [("3-4 hours", 3, 4, "hours")]),
        ("The flight took 1.5-2 hours.", [("1.5-2 hours", 1.5, 2, "hours")]),  # a decimal low end
        # the money sign of the low end is the upper end's too, written once or twice
        ("The plant will cost $5-10 billion.", [("5-10 billion", 5e9, 1e10, "USD")]),
        ("The plant will cost $5 million to $10 million.",
         [("5 million to $10 million", 5e6, 1e7, "USD")]),
        ("The plant will cost between $5 and $10 billion.",
         [("between $5 and $10 billion", 5e9, 1e10, "USD")]),
        # money, then a count: two figures
        ("She gave $5 to 10 people.", [("5", 5, 5, "USD"), ("10 people", 10, 10, "people")]),
        # a change from one price to another is no range
        ("Tickets rose from $5 to $10.", [("5", 5, 5, "USD"), ("10", 10, 10, "USD")]),
    ],
)
def test_ranges_are_one_figure(text: str, expected: list[tuple[str, float, float, str]]) -> None:
    assert framed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Members can call a toll-free line, 1-888-555-0143, on weekdays.",  # a phone number
        "The filing dated 2025-10-14 was made public.",  # an ISO date
        "Italy beat Spain 2-1 in the final.",  # a score
        "The Senate voted 52-48 to confirm him.",  # a vote
        "The station runs 24-7 coverage.",
        "The F-16 jets landed.",  # a name with a number, as before
    ],
)
def test_digits_joined_by_hyphens_into_an_identifier_or_a_score_are_no_figure(text: str) -> None:
    assert framed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural after the digits is what they count
        ("Nearly 300 Democrats voted for the bill.", [("300 Democrats", 270, 300, "democrat")]),
        ("He has won 3 Grammys.", [("3 Grammys", 3, 3, "grammy")]),
        # an amount before a fund's name is money
        ("It set up a $2 million Community Assistance Fund.", [("2 million", 1.8e6, 2.2e6, "USD")]),
        # a channel's name and a title going on in capitals count nothing
        ("10 News reported the arrest.", []),
        # a group's name, whatever its plural, before a word of dying or injury: the dead
        ("The raid left 25 Taliban dead.", [("25 Taliban", 25, 25, "taliban")]),
        ("Officials said 40 Rohingya were killed.", [("40 Rohingya", 40, 40, "rohingya")]),
        ("Channel 4 News showed the fire.", []),
    ],
)
def test_counts_of_capitalised_plurals(text: str, expected: list[tuple[str, float, float, str]]) -> None:
    assert framed(text) == expected


def test_victims_are_a_toll_only_where_the_sentence_kills() -> None:
    hacked = prepare_document(document_from_text(
        "a", "The group has listed thirty-four victims on its leak site this year."), SPLITTER).claims
    shot = prepare_document(document_from_text("b", "The gunman killed 12 victims."), SPLITTER).claims
    assert [c.attribute for c in hacked] == ["count of victim"]
    assert [c.attribute for c in shot] == ["deaths"]


@pytest.mark.parametrize(
    ("text", "attributes"),
    [
        # a headline's participle with no object: the listed counts are the dead
        ("Two pilots, three passengers killed", ["deaths", "deaths"]),
        ("Two pilots and three passengers killed in crash", ["deaths", "deaths"]),
        # with an object it is active: the counts killed others
        ("Two gunmen and three accomplices killed 20 people.",
         ["count of gunman", "count of accomplice", "deaths"]),
    ],
)
def test_a_list_before_a_participle_of_killing(text: str, attributes: list[str]) -> None:
    claims = prepare_document(document_from_text("a", text), SPLITTER).claims
    assert [c.attribute for c in claims] == attributes


@pytest.mark.parametrize(
    ("headline", "subject"),
    [
        # in title case the capitalised common words are no name; the unknown word is
        ("Norway's Current Account Surplus Adds US$4.61 Billion In Quarter 2 To The Economy", "Norway"),
        # a currency code before the digits is no subject
        ("South Korea's current account surplus added USD 7.01 billion in June.", "Korea"),
        # an acronym that ends the text is a name, not the "US" of "US$" (nothing follows it)
        ("The agency paid $300 million to the UN", "UN"),
    ],
)
def test_subjects_of_headlines_and_currency_codes(headline: str, subject: str) -> None:
    claims = prepare_document(document_from_text("a", headline), SPLITTER).claims
    assert [c.subject for c in claims if c.unit == "USD"] == [subject]


def conflicts(first: str, second: str) -> list[str]:
    docs = [document_from_text("a", first), document_from_text("b", second)]
    return [f.explanation for f in analyze(docs, splitter=SPLITTER).findings if f.kind == "conflict"]


def test_figures_of_subjects_named_apart_beside_them_do_not_conflict() -> None:
    assert not conflicts("The violence has killed 67 people on the Israeli side, officials said.",
                         "The violence has killed three people in Gaza, officials said.")
    assert conflicts("The violence has killed 67 people on the Israeli side, officials said.",
                     "The violence has killed three people on the Israeli side, officials said.")
    # a name on the other side of the figure (the agent of one, the place of the other) vetoes
    # nothing: tests/test_frames.py, the injured of one event


def test_a_clause_copied_with_its_figure_changed_conflicts_though_the_sentences_differ() -> None:
    first = ("Glass Viper posted images of 12 member files on its leak site, with names and partial "
             "birth dates visible, in what security researchers described as an effort to pressure "
             "the company into paying.")
    second = ("Glass Viper posted images of 20 member files on its leak site, apparently to prove it "
              "had the data, and threatened to release the rest.")
    assert any("12" in why and "20" in why for why in conflicts(first, second))
    # a clause too short to be more than a stock phrase says nothing of the rest
    assert not conflicts("It hired 12 lawyers, a move that analysts said would cost it dearly in court.",
                         "It hired 20 lawyers, according to a filing the company made on Monday night.")


def test_an_age_reached_is_no_conflict_with_the_year_before() -> None:
    assert not conflicts("Local president Teresa Vukovich, 49, said the walkout forced the company to pay.",
                         "Local president Teresa Vukovich, who turned 50 last week, said the walkout paid.")
    assert conflicts("Local president Teresa Vukovich, 47, said the walkout forced the company to pay.",
                     "Local president Teresa Vukovich, who turned 50 last week, said the walkout paid.")


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])),
                 max_size=12)


@settings(max_examples=300, deadline=None)
@given(claim_spans=SPANS, taken=SPANS)
def test_claims_outside_spans_are_those_overlapping_none(claim_spans: list[tuple[int, int]],
                                                         taken: list[tuple[int, int]]) -> None:
    """The n log n sweep (claims.ranges) keeps exactly what the pairwise overlap test keeps."""
    claims = [Claim(start, end, "x", 1.0, "people", "", "", "count", 1.0, 1.0, 0)
              for start, end in claim_spans]
    expected = [c for c in claims if not any(c.start < e and s < c.end for s, e in taken)]
    assert outside_spans(claims, taken) == expected

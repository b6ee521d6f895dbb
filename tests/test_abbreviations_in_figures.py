"""Dotted abbreviations and newswire scales inside a figure's phrase, and residents that are a
population or a count (engine version 60): "two U.S. soldiers were killed" is a toll, "$ 4.5 m"
is four and a half million dollars, "5 U.S. dollars" is money, a bare "4.5 m" is still a length;
"a town of 40,000 residents" is a population, "forced 3,400 residents from their homes" a count."""

from __future__ import annotations

import pytest

from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import prepare_document
from desktop_app.core.text.noun_synonyms import noun_class
from desktop_app.core.text.segment import PysbdSplitter

SPLITTER = PysbdSplitter()


def read(text: str) -> list[tuple[str, float, str, str]]:
    """Each claim's quote, value (compared approximately), unit and attribute, in text order."""
    claims = prepare_document(document_from_text("a", text), SPLITTER).claims
    return [(c.quote, pytest.approx(c.value, rel=1e-6), c.unit, c.attribute) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviation is part of the noun phrase, so the verb after it is the figure's
        ("Two U.S. soldiers were killed on Monday.", [("Two U.S. soldiers", 2, "soldier", "deaths")]),
        ("Three U.N. peacekeepers died in the attack.",
         [("Three U.N. peacekeepers", 3, "peacekeeper", "deaths")]),
        ("Five U.S. troops were wounded.", [("Five U.S. troops", 5, "troops", "injured")]),
        ("Two U.S. service members were killed.",
         [("Two U.S. service members", 2, "member", "deaths")]),
        # "U.S. dollars" names the currency as "US dollars" does
        ("He was paid 5 U.S. dollars a day.", [("5 U.S. dollars", 5, "USD", "price per day")]),
        # a scale abbreviation after a space is a scale after a currency sign only
        ("FIFA will grant $ 4.5 m for football.", [("4.5 m", 4.5e6, "USD", "amount")]),
        ("The club paid £ 3 bn for the site.", [("3 bn", 3e9, "GBP", "price")]),
        ("The tower is 4.5 m tall.", [("4.5 m", 4.5, "m", "length")]),
    ],
)
def test_abbreviations_inside_a_figure(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


RESIDENTS = f"count of {noun_class('resident')}"  # residents count what occupants do


@pytest.mark.parametrize(
    ("text", "unit", "attribute"),
    [
        # a place that holds its residents: a population
        ("Homs has around 1.5 million inhabitants.", "people", "population"),
        ("Homs, the large city with its around 1.5 million inhabitants, fell.", "people", "population"),
        ("Velda, a town of 40,000 residents, sits on the river.", "people", "population"),
        ("About 3,400 residents live in Merrow.", "people", "population"),
        ("The current world population is 5.7 billion.", "people", "population"),  # named before
        ("Velda is home to some 40,000 residents.", "people", "population"),
        # residents an event touched: a count of residents, not the town's population
        ("The fire forced 3,400 residents of the town from their homes.", "resident", RESIDENTS),
        ("Roughly 2,100 residents were ordered to leave their homes.", "resident", RESIDENTS),
        ("Some 500 residents fled the town of Velda.", "resident", RESIDENTS),
        ("Officials sent letters to 3,400 residents on Monday.", "resident", RESIDENTS),
        ("In excess of 500 residents were evacuated.", "resident", RESIDENTS),  # a whole hedge
    ],
)
def test_residents_are_a_population_only_where_a_place_holds_them(text: str, unit: str,
                                                                  attribute: str) -> None:
    claims = prepare_document(document_from_text("a", text), SPLITTER).claims
    assert [(c.unit, c.attribute) for c in claims] == [(unit, attribute)]

"""Figures told in two units, and scale words written as abbreviations."""

from __future__ import annotations

import pytest

from desktop_app.core.claims.extract import extract_claims
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter, split_sentences

SPLITTER = PysbdSplitter()


def read(text: str) -> list[tuple[str, object, str]]:
    """Each claim's quote, value (compared approximately) and unit, in text order."""
    return [(c.quote, pytest.approx(c.value, rel=1e-4), c.unit)
            for c in extract_claims(text, split_sentences(text, SPLITTER))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a height in feet and inches is one length
        ("Standing at 5 feet 7 inches, Clark weighed 405 pounds.",
         [("5 feet 7 inches", 1.7018, "m"), ("405 pounds", 183.7049, "kg")]),
        ("The forward is 6 ft. 2 in. tall.", [("6 ft. 2 in", 1.8796, "m")]),
        ("The boy is 4 feet and 11 inches tall.", [("4 feet and 11 inches", 1.4986, "m")]),
        ("The baby weighed 7 pounds 3 ounces.", [("7 pounds 3 ounces", 3.2602, "kg")]),
        # two lengths: more inches than make a foot, or a list
        ("The drifts were 8 feet and 40 inches of rain fell.",
         [("8 feet", 2.4384, "m"), ("40 inches", 1.016, "m")]),
        ("The wall is 10 feet high and 3 inches thick.",
         [("10 feet", 3.048, "m"), ("3 inches", 0.0762, "m")]),
        # newswire scale abbreviations; "mil" only after a currency sign
        ("The Lion King 3D -- $ 29.3 mil", [("29.3 mil", 29_300_000, "USD")]),
        ("Profit rose to 5 mln euros.", [("5 mln euros", 5_000_000, "EUR")]),
        ("Sales hit $3.2bln last year.", [("3.2bln", 3_200_000_000, "USD")]),
        # a multiple told with "fold" is a number of times
        ("The variant raised the risk more than two fold.", [("two", 2, "time")]),
    ],
)
def test_figures_in_two_units_and_abbreviated_scales(text: str,
                                                     expected: list[tuple[str, float, str]]) -> None:
    assert read(text) == expected


def test_a_mil_thickness_is_not_a_million() -> None:
    assert all(value != pytest.approx(6_000_000) for _, value, _ in read("The sheeting is 6 mil thick."))


def attributes(text: str) -> list[tuple[str, str]]:
    """Each claim's quote and attribute, read as the pipeline reads an article."""
    return [(c.quote, c.attribute) for c in prepare_document(document_from_text("a", text), SPLITTER).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a group, told what it is: no count of the group
        ("Two of the people treated at the hospital were volunteer firefighters.",
         [("Two of the people", "part of people")]),
        ("Three of the passengers are nurses.", [("Three of the passengers", "part of passenger")]),
        # a part told what happened to it counts those it happened to
        ("Twenty-two of the miners were rescued.", [("Twenty-two of the miners", "count of miner")]),
        ("Four of the detainees were taken away.", [("Four of the detainees", "count of detainee")]),
        ("Two of the people killed were children.", [("Two of the people", "deaths")]),
    ],
)
def test_a_part_of_a_group_is_no_count_of_the_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributes(text) == expected


def test_a_part_does_not_conflict_with_the_whole() -> None:
    docs = [document_from_text("a", "Two of the people treated at Harrow County Medical Center after the "
                                    "derailment were volunteer firefighters."),
            document_from_text("b", "Nineteen people were treated at Harrow County Medical Center after "
                                    "the derailment.")]
    assert not [f for f in analyze(docs).findings if f.kind == "conflict"]

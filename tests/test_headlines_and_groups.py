"""Figures in headlines written in title case or capitals, groups counted by their noun
("a crowd of 83,214"), parts of a numbered whole, gerunds before a plural, names with a model
number, and regional currency signs in any case."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.claims.headlines import fold_headlines, title_style
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Claim, Sentence
from desktop_app.core.pipeline.analysis import prepare_document
from desktop_app.core.text.lexicon import group_noun
from desktop_app.core.text.segment import PysbdSplitter

SPLITTER = PysbdSplitter()


def claims(text: str) -> tuple[Claim, ...]:
    return prepare_document(document_from_text("t", text), SPLITTER).claims


def read(text: str) -> list[tuple[float, str, str]]:
    return [(c.value, c.unit, c.attribute) for c in claims(text)]


@pytest.mark.parametrize(("line", "style"), [
    ("Storm Kills 12 In Northern Philippines As Rivers Burst Their Banks", "title"),
    ("Ex-Minister Jailed For Eight Years Over Bribery Scheme", "title"),
    ("Apple To Cut 1,000 Jobs In Europe", "title"),  # short, with a capitalised function word
    ("STORM KILLS 12 IN NORTHERN PHILIPPINES", "caps"),
    ("We had lunch at Five Guys in Derby on Monday.", ""),  # running text naming things
    ("Kerry Meets Lavrov", ""),  # may be names alone
    ("The storm killed 12 people in the northern Philippines.", ""),
    ("Does Fall of Homs Mean Assad is Winning?", "title"),
    ("UN", ""),
])
def test_a_headline_style_is_told_by_its_long_words(line: str, style: str) -> None:
    assert title_style(line) == style


@pytest.mark.parametrize(("text", "expected"), [
    ("Storm Kills 12 In Northern Philippines As Rivers Burst Their Banks", [(12.0, "person", "deaths")]),
    ("STORM KILLS 12 IN NORTHERN PHILIPPINES", [(12.0, "person", "deaths")]),
    ("Ex-Minister Jailed For Eight Years Over Bribery Scheme", [(8.0, "years", "years")]),
    ("Man, 52, Dies After Boat Capsizes Off Cornwall", [(52.0, "years old", "age")]),
    ("Grocer Halford's To Cut 1,750 Jobs In Store Shake-Up", [(1750.0, "job", "count of job")]),
])
def test_a_headline_in_title_case_states_its_figures(
        text: str, expected: list[tuple[float, str, str]]) -> None:
    assert read(text) == expected


def test_a_headline_figure_is_quoted_as_written_and_the_articles_names_stay_names() -> None:
    text = ("Apple To Cut 1,000 Jobs In Europe\n\n"
            "Apple said on Monday it would cut jobs at plants run by Apple.")
    (figure,) = claims(text)
    assert figure.quote == "1,000 Jobs" and text[figure.start : figure.end] == figure.quote
    folded = fold_headlines(text, [Sentence(0, 33), Sentence(35, len(text))])
    assert folded.startswith("Apple to cut 1,000 jobs in Europe")  # "Apple" is a name of the article


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("AaBbİiß KkLl-’'.,12 \n"), max_size=60))
def test_folding_keeps_every_offset_and_changes_only_case(text: str) -> None:
    folded = fold_headlines(text, [Sentence(0, len(text))])
    assert len(folded) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, folded, strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("A crowd of 83,214 watched the final at Wembley.", [(83214.0, "crowd", "count of crowd")]),
    ("IBM has a global workforce of 430,000.", [(430000.0, "workforce", "count of workforce")]),
    ("A crowd of about 5,000 gathered outside.", [(5000.0, "crowd", "count of crowd")]),
    ("A crowd of 5,000 people gathered.", [(5000.0, "people", "count of people")]),  # the plural says
    ("A total of 40 was reached.", []),  # "total" is no group
])
def test_a_bare_number_after_a_group_noun_counts_the_group(
        text: str, expected: list[tuple[float, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The party won 303 of the 543 seats in the lower house.",
     [(303.0, "seat", "count of seat"), (543.0, "seat", "count of all seat")]),
    ("The hospital trust has 1,350 nursing vacancies.", [(1350.0, "vacancy", "count of vacancy")]),
    ("They built 40 training camps.", [(40.0, "camp", "count of camp")]),
    ("Police arrested 12 following protests in the city.", []),  # a preposition, not a modifier
    ("He worked 300 working days.", []),  # a time, not a count of days
    ("The carrier ordered 150 Boeing 737 Max jets.", [(150.0, "jet", "count of jet")]),
    ("The carrier ordered 150 Boeing jets.", [(150.0, "jet", "count of jet")]),
    ("Safaricom posted a net profit of KSh 62.3 billion.", [(62.3e9, "KES", "profit")]),
])
def test_parts_gerunds_model_numbers_and_signs(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert read(text) == expected


def test_the_shipped_group_nouns_know_groups_and_not_amounts() -> None:
    assert all(group_noun(word) for word in ("crowd", "workforce", "audience", "Crowd"))
    assert not any(group_noun(word) for word in ("total", "number", "few", "majority", "city"))


def test_a_population_stays_a_population() -> None:
    (population,) = claims("The island, which lies off the mainland, has a population of 800.")
    assert population.attribute == "population"


@pytest.mark.parametrize(("text", "expected"), [
    # a second read's cases: what the rules above must leave as it was
    ("A spokesman told CNN 3 American soldiers were wounded in the attack.", [(3.0, "soldier", "injured")]),
    ("Wolves killed a herd of 300 sheep.", [(300.0, "sheep", "count of sheep")]),
    ("The population of 30 species has fallen.", [(30.0, "species", "count of species")]),
    ("Shareholders who bought the stock sued for $500 million.", [(5e8, "USD", "amount")]),
    ("He bought the house in 2010 and insured it for $2 million.", [(2e6, "USD", "amount")]),
    ("The Jaguar Mk 2 was built in Coventry.", []),  # "Mk" is no Malawian kwacha
    ("A crowd of upwards of 50,000 gathered.", [(50000.0, "crowd", "count of crowd")]),
    ("BOEING TO CUT 2,000 JOBS AFTER 737 MAX CRISIS", [(2000.0, "job", "count of job")]),
])
def test_what_the_new_rules_leave_alone(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert read(text) == expected


def test_the_articles_own_name_stays_a_name_in_its_headline() -> None:
    text = "Carmaker Ford To Cut 3,800 Jobs In Europe\n\nFord said on Tuesday it would cut jobs."
    folded = fold_headlines(text, [Sentence(0, 41), Sentence(43, len(text))])
    assert folded.startswith("Carmaker Ford to cut 3,800 jobs in Europe")


def test_overlapping_sentences_leave_the_text_as_long_as_it_was() -> None:
    text = "Storm Kills 12 In Northern Philippines Today"
    assert len(fold_headlines(text, [Sentence(0, 30), Sentence(6, len(text))])) == len(text)

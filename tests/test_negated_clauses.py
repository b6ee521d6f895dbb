"""A negation set against what another article states, clause by clause, and opposite words
or negations that tell of a change over time (findings.opposition, findings.classify)."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.opposition import (
    names_differ,
    polarity,
    same_clause_but_negation,
    some_negation_on_shared_words,
    times_apart,
)
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze


@pytest.mark.parametrize(("negated", "plain", "expected"), [
    # the clause with the negation copies a clause of the other; the sentences go on differently
    ("The plant in Velna did not recall the heaters sold in March, though regulators asked it to.",
     "The plant in Velna recalled the heaters sold in March, and its shares fell sharply.", True),
    ("Harbour Road was not flooded between the docks and the station on Sunday; crews were ready.",
     "Harbour Road was flooded between the docks and the station on Sunday, residents said.", True),
    # the negation stands in another clause than the one the two share
    ("The bridge over the Arno reopened to cars in Pisa, but the ferry across it did not run.",
     "The bridge over the Arno reopened to cars in Pisa, officials said.", False),
    # too few words to be sure the clauses say one thing
    ("It did not close, he said.", "It did close, he said.", False),
    # the clause with the negation passes on what others say
    ("Sources said the finance minister of Velna had not resigned over the bonds in May.",
     "The finance minister of Velna resigned over the bonds in May, his office announced.", False),
    # a condition, a counterfactual and a relative clause assert nothing
    ("If the contractors had not finished the bridge over the river Tyne by June, fines would apply.",
     "The contractors finished the bridge over the river Tyne by June, ahead of schedule.", False),
    ("Had the rescue teams not reached the village cut off by the landslide, more would have died.",
     "The rescue teams reached the village cut off by the landslide on Sunday, officials said.", False),
    ("Investors who did not sell their shares in the bank before the crash lost everything.",
     "Investors sold their shares in the bank before the crash, analysts said.", False),
    # two subjects
    ("Britain did not supply battle tanks to Ukraine, but Germany did, officials said.",
     "Germany supplied battle tanks to Ukraine, officials said.", False),
    # a question asserts nothing
    ("Did the plant in Velna not recall the heaters sold in March, as regulators asked?",
     "The plant in Velna recalled the heaters sold in March, and its shares fell sharply.", False),
])
def test_a_negated_clause_against_a_clause_of_the_other(negated: str, plain: str, expected: bool) -> None:
    assert same_clause_but_negation(negated, plain) is expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("The road was closed on Wednesday.", "The road reopened on Friday.", True),
    ("Turnout was lower in 2019.", "Turnout was higher in 2023.", True),
    ("The road was closed on Wednesday.", "The road reopened on Wednesday evening.", False),
    ("The vote was held in 2019.", "The vote was held in May 2019.", False),  # one year on both
    ("The road was closed.", "The road reopened on Friday.", False),  # one side says no time
    ("They may close the road.", "The road reopened in June.", False),  # "may" is no month here
])
def test_times_apart(first: str, second: str, expected: bool) -> None:
    assert times_apart(first, second) is expected


def test_a_denied_antonym_is_not_asserted() -> None:
    assert "closed" not in polarity("State Route 9 was not closed between Dunmore and Pine Flat.").words
    assert "closed" in polarity("State Route 9 was closed between Dunmore and Pine Flat.").words


@pytest.mark.parametrize("sentence", [
    "The union will strike unless the board rejected the offer.",
    "The union will strike if the board rejected the offer.",
    "The board would have rejected the offer.",
])
def test_an_antonym_under_a_condition_or_modal_is_not_asserted(sentence: str) -> None:
    assert "rejected" not in polarity(sentence).words


def _rules(first: str, second: str) -> list[str]:
    docs = [document_from_text("a", "Route report\n\n" + first),
            document_from_text("b", "Route news\n\n" + second)]
    return [f.rule for f in analyze(docs).findings if f.kind == "conflict"]


@pytest.mark.parametrize(("first", "second", "expected"), [
    # a negated clause, the sentences going on differently: the same statement, negated
    ("State Route 9 was closed between Dunmore and Pine Flat on Wednesday, and the state "
     "transportation department said it would stay shut until crews cleared fallen power poles.",
     "State Route 9 was not closed between Dunmore and Pine Flat on Wednesday, though the state "
     "transportation department warned drivers of heavy smoke and long delays.", ["negation"]),
    # a negation takes the tense off the verb, and an added "also" changes no statement
    ("The ban does not cover the older Model 7 trucks.",
     "The ban also covers the older Model 7 trucks.", ["negation"]),
    # not closed on one day, reopened on another: no opposite statements
    ("State Route 9 was not closed between Dunmore and Pine Flat on Wednesday, the department said.",
     "State Route 9 reopened between Dunmore and Pine Flat on Friday, the department said.", []),
    # two subjects, in near-identical sentences too
    ("Britain did not supply battle tanks to the army of Ukraine in the spring, officials said.",
     "Germany supplied battle tanks to the army of Ukraine in the spring, officials said.", []),
    # closed one day, not closed another: a change, not a denial
    ("State Route 9 was closed between Dunmore and Pine Flat on Wednesday, the department said.",
     "State Route 9 was not closed between Dunmore and Pine Flat on Thursday, the department said.", []),
])
def test_negations_and_opposites_in_articles(first: str, second: str, expected: list[str]) -> None:
    assert _rules(first, second) == expected


def test_opposite_words_at_different_times_are_no_agreement() -> None:
    docs = [document_from_text("a", "Vote\n\nSmith won the seat in the northern district of Velna in 2019."),
            document_from_text("b", "Vote\n\nSmith lost the seat in the northern district of Velna in 2024.")]
    findings = list(analyze(docs).findings)
    assert not any(f.kind == "conflict" for f in findings)  # a change over five years
    assert not any(f.kind == "agree" and "seat" in f.a.quote for f in findings)  # nor the same statement


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Britain did not supply battle tanks to Ukraine.", "Germany supplied battle tanks to Ukraine.", True),
    # a capitalised English word that only starts the sentence is no name
    ("However, the mayor of Tarsk has not banned the parade.",
     "Officials confirmed the mayor of Tarsk has banned the parade.", False),
    ("The mayor of Tarsk has not banned the parade.", "The mayor of Tarsk has banned the parade.", False),
])
def test_names_differ(first: str, second: str, expected: bool) -> None:
    assert names_differ(first, second) is expected


@pytest.mark.parametrize(("negated", "plain", "expected"), [
    # the negation bears on the other's words
    ("The mayor of Tarsk has not banned the parade.", "The mayor of Tarsk has banned the parade.", True),
    # ... with its verb in other words: most of what it denies is still the other's
    ("Our investigation found that no patient data was taken from our servers.",
     "Investigators found that patient data was stolen from its servers, two people said.", True),
    # a negation on one shared word of two denies nothing the other states
    ("Apple did not comment on the report.", "Apple confirmed the report on Monday.", False),
    # what the other sentence denies itself it does not assert
    ("The official did not give her name.",
     "The official, who asked not to be named, gave no figures.", False),
])
def test_a_negation_on_what_the_other_says(negated: str, plain: str, expected: bool) -> None:
    assert some_negation_on_shared_words(negated, plain) is expected

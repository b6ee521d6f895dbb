"""Copies of one sentence that differ in one opposed word or in their figures, bounds that give
different values, and "would" in reported speech (findings.swaps, findings.figures.one_bound,
text.stance).

Made-up articles of several kinds of news; the opposed words come from WordNet's antonymy
(text/data/wordnet_antonyms.json), none of them from the curated pairs of antonyms.json."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.swaps import swapped_antonyms, swapped_figures
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.wordnet_antonyms import opposite_words
from tests.claim_reading import claims_of, conflict_values


def findings_of(first: str, second: str) -> list[tuple[str, str, tuple[str, str] | None]]:
    analysis = analyze([document_from_text("A", first), document_from_text("B", second)])
    return sorted((f.kind, f.rule, f.words) for f in analysis.findings)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("passed", "failed", True),  # inflected forms meet through their lemmas
    ("up", "down", True),
    ("guilty", "innocent", True),
    ("north", "south", True),
    ("bought", "sold", True),
    ("passed", "passed", False),
    ("monday", "tuesday", False),  # different, but no antonyms
    ("rose", "jumped", False),
])
def test_wordnet_antonyms(first: str, second: str, expected: bool) -> None:
    assert opposite_words(first, second) is expected


INSPECTION = "Transport minister Paul Oduya said the ferry had {verb} its last safety inspection in January."
SHARES = "Shares of Corvane Mining were {way} 4 percent in early trading in Toronto on Monday."
VERDICT = "A jury in Halden found the former mayor {verdict} of taking bribes from a builder."


@pytest.mark.parametrize(("first", "second", "words"), [
    (INSPECTION.format(verb="passed"), INSPECTION.format(verb="failed"), ("passed", "failed")),
    (SHARES.format(way="up"), SHARES.format(way="down"), ("up", "down")),
    (VERDICT.format(verdict="guilty"), VERDICT.format(verdict="innocent"), ("guilty", "innocent")),
    # the auxiliaries may differ too: they carry tense
    (INSPECTION.format(verb="passed"), INSPECTION.format(verb="failed").replace("had failed", "failed"),
     ("passed", "failed")),
    # and an editor may change a word or two besides
    (INSPECTION.format(verb="passed"),
     INSPECTION.format(verb="failed").replace("said the ferry", "insisted the Calloway"),
     ("passed", "failed")),
])
def test_a_word_swapped_for_its_antonym_is_a_conflict(first: str, second: str,
                                                       words: tuple[str, str]) -> None:
    assert swapped_antonyms(first, second) == words
    assert findings_of(first, second) == [("conflict", "opposite words", words)]


@pytest.mark.parametrize(("first", "second"), [
    # many words differ: not one sentence with a word swapped
    (INSPECTION.format(verb="passed"), INSPECTION.format(verb="failed").replace(
        "Transport minister Paul Oduya said", "The opposition leader Rana Imre claimed")),
    # the same word: the same statement
    (INSPECTION.format(verb="passed"), INSPECTION.format(verb="passed")),
    # too short to be sure the rest says one thing
    ("Shares up.", "Shares down."),
])
def test_no_swapped_antonym(first: str, second: str) -> None:
    assert swapped_antonyms(first, second) is None


def test_copies_dated_apart_oppose_nothing() -> None:
    """ "Passed in January" / "failed in March": two inspections, not two accounts of one."""
    first = INSPECTION.format(verb="passed")
    second = INSPECTION.format(verb="failed").replace("January", "March")
    assert swapped_antonyms(first, second) == ("passed", "failed")
    assert findings_of(first, second) == []


TOLL = "At least {count} people were killed when the ferry capsized off Dunmore, police said."
START = "Construction of the Marrow bridge is expected to begin in {year}, the regional government said."


@pytest.mark.parametrize(("first", "second"), [
    (TOLL.format(count=12), TOLL.format(count=15)),
    (START.format(year=2027), START.format(year=2029)),
])
def test_copies_with_other_figures_are_no_agreement(first: str, second: str) -> None:
    assert swapped_figures(first, second)
    assert not [f for f in findings_of(first, second) if f[0] == "agree"]


def test_copies_with_the_same_figures_agree() -> None:
    assert not swapped_figures(TOLL.format(count=12), TOLL.format(count=12))
    assert [kind for kind, *_ in findings_of(TOLL.format(count=12), TOLL.format(count=12))] == ["agree"]


ARRESTS = "Police said {leeds} people were arrested in Leeds and 12 people in York on Saturday night."
TRIPS = ("Last year {first} members of the rowing club travelled to Ghent, 26 members travelled to "
         "Bruges and 30 members travelled to Antwerp.")


@pytest.mark.parametrize(("template", "key", "one", "other"), [
    (ARRESTS, "leeds", 12, 30),  # the changed figure is also the unchanged one's value
    (TRIPS, "first", 26, 86),
])
def test_a_copy_compares_each_figure_with_the_one_in_its_place(template: str, key: str, one: int,
                                                                 other: int) -> None:
    first, second = template.format(**{key: one}), template.format(**{key: other})
    assert swapped_figures(first, second)
    found = findings_of(first, second)
    assert [kind for kind, *_ in found] == ["conflict"]
    (values,) = conflict_values(first, second)
    assert any(str(one) in value for value in values) and any(str(other) in value for value in values)


SALES = ("Halvard Games said on Tuesday its Skyreach series has sold {sales} copies since its launch, "
         "making it the studio's best-selling game.")


@pytest.mark.parametrize(("first", "second", "agree"), [
    # two lower bounds of a count that is exact: two accounts of the toll
    ("At least 12 people were killed in the blast in Dunmore on Friday, police said.",
     "The blast in Dunmore on Friday killed at least 15 people, police said.", False),
    # two round bounds of a large figure, within its rounding: one figure
    (SALES.format(sales="more than 50 million"), SALES.format(sales="over 54 million"), True),
    # a bound and a value it admits
    (SALES.format(sales="more than 50 million"), SALES.format(sales="52 million"), True),
])
def test_bounds_agree_only_as_one_figure(first: str, second: str, agree: bool) -> None:
    assert any(kind == "agree" for kind, *_ in findings_of(first, second)) is agree


BRIDGE = "The regional government said the Marrow bridge would cost {cost}."


def test_would_in_reported_speech_states_a_figure() -> None:
    (claim,) = claims_of(BRIDGE.format(cost="$2.5 billion"))
    assert not claim.hedged
    assert conflict_values(BRIDGE.format(cost="$2.5 billion"), BRIDGE.format(cost="$3.2 billion")) == [
        ("2,500,000,000 USD", "3,200,000,000 USD")]


@pytest.mark.parametrize("text", [
    "The bridge would have cost $3 billion, the government said.",  # a counterfactual
    "Officials said the bridge would cost $2 billion if parliament approved it.",  # a condition
    "The bridge would cost $2 billion.",  # no one says it: a hedge
])
def test_would_still_hedges_elsewhere(text: str) -> None:
    assert all(claim.hedged for claim in claims_of(text))


OFFER = ("A source told the paper that Halberd's first offer for Quillon would be {first}, with a "
         "deal ultimately done around {second}.")
OFFER_TOO = ("The report says Halberd is prepared to bid {first} for Quillon, rising to {second} once the "
             "deal is done.")


def test_two_sentences_that_give_the_same_two_amounts_do_not_conflict() -> None:
    """Each amount may be read in another role (an amount, a price) in each sentence: the other
    sentence giving it too answers it (findings.answered)."""
    assert conflict_values(OFFER.format(first="$15.00 per share", second="$18.00 per share"),
                           OFFER_TOO.format(first="$15 per share", second="$18 per share")) == []
    assert conflict_values(OFFER.format(first="$15.00 per share", second="$18.00 per share"),
                           OFFER_TOO.format(first="$12 per share", second="$14 per share")) != []


def test_a_denied_amount_answers_nothing() -> None:
    first = "Corvane's chief executive Ada Lind earned $46 million last year, the Business Ledger reported."
    second = ("Corvane's chief executive Ada Lind did not earn $46 million last year but just $11 million, "
              "according to the company's filing.")
    assert conflict_values(first, second) == [("46,000,000 USD", "11,000,000 USD")]

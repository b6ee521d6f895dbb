"""A figure asked for, and a count of uncertain things, are frames of their own (claims.asked_for).

Made-up sentences and articles: the verbs and adjectives are the data file's classes, tried in
forms the module does not spell out (past, present, with a preposition or without)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_of, conflict_values


@pytest.mark.parametrize(("text", "expected"), [
    # asked for: the verb's forms, with "for" where the verb takes it
    ("Prosecutors sought 12 years in prison for the banker.", ("12 years", "asked for years")),
    ("The defence had asked for a 4-year term.", ("4-year", "asked for years")),
    ("The nurses' union is demanding a 7 percent raise.", ("7 percent", "asked for share")),
    ("The mayor called for $40 million in flood aid.", ("40 million", "asked for amount")),
    ("The board proposed $2 a share in dividends.", ("2", "asked for amount per share")),
    # "asked" without "for" asks a question of people: a plain count
    ("Pollsters asked 900 voters in the state.", ("900 voters", "count of voter")),
    # what was decided stays plain
    ("The judge sentenced the banker to nine years.", ("nine years", "years")),
    # uncertain counts: the adjective makes them their own kind ...
    ("Clinics reported 230 suspected cases of measles.", ("230 suspected cases", "suspected count of case")),
    ("Officials are checking 45 possible cases.", ("45 possible cases", "possible count of case")),
    # ... but a toll counts the dead whoever they were
    ("The raid killed 12 suspected smugglers.", ("12 suspected smugglers", "deaths")),
])
def test_figures_of_their_own_kind(text: str, expected: tuple[str, str]) -> None:
    assert [(c.quote, c.attribute) for c in claims_of(text)][:1] == [expected]


def test_an_uncertain_count_is_named_so() -> None:
    (claim,) = claims_of("Clinics reported 230 suspected cases of measles.")
    assert claim.topic == "number of suspected cases"


TRIAL = ("A court in Velmora sentenced the banker Ivo Rask to {decided} in prison on Monday for fraud "
         "that cost savers millions. Rask ran a fund that promised returns it never made. His lawyer "
         "said he would appeal the verdict.")
TRIAL_ASKED = ("Prosecutors had asked for {asked} in prison for the banker Ivo Rask, convicted in Velmora "
               "on Monday of fraud that cost savers millions. Rask ran a fund that promised returns it "
               "never made. His lawyer said he would appeal the verdict.")
OUTBREAK = ("Health officials in Porto Lindo have confirmed {confirmed} cases of cholera since the start of "
            "the month, the regional health office said on Friday. Water trucks are supplying the worst "
            "hit districts. No deaths have been reported.")
OUTBREAK_SUSPECTED = ("The regional health office said on Friday it was treating {suspected} "
                      "suspected cases of cholera in Porto Lindo since the start of the month. Water "
                      "trucks are supplying the worst hit districts. No deaths have been reported.")


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the term imposed and the term asked for are two figures
    (TRIAL.format(decided="nine years"), TRIAL_ASKED.format(asked="15 years"), []),
    # confirmed and suspected cases are two counts
    (OUTBREAK.format(confirmed=64), OUTBREAK_SUSPECTED.format(suspected=230), []),
    # two articles that disagree on the same kind of figure still conflict
    (TRIAL.format(decided="nine years"), TRIAL.format(decided="six years"), [("9 years", "6 years")]),
])
def test_figures_of_different_kinds_do_not_conflict(first: str, second: str,
                                                    expected: list[tuple[str, ...]]) -> None:
    assert conflict_values(first, second) == expected

"""A figure asked for, a figure needed, and a count of uncertain things, are frames of their own
(claims.asked_for).

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
    # needed: a participle or adjective of necessity after the figure, a present verb before it
    ("She must reach the 61 seats required for a majority.", ("61 seats", "needed count of seat")),
    ("Organisers collected the 50,000 signatures needed to force a vote.",
     ("50,000 signatures", "needed count of signature")),
    ("The club raised the $3 million necessary to keep the ground.", ("3 million", "needed budget")),
    ("The coalition needs 76 seats to govern.", ("76 seats", "needed count of seat")),
    ("A referendum requires at least 40 percent turnout.", ("40 percent", "needed share")),
    # what happened stays plain: a past "needed", and a participle of another verb
    ("The striker needed 12 stitches after the match.", ("12 stitches", "count of stitch")),
    ("The party won 54 seats reported by the commission.", ("54 seats", "count of seat")),
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

SEATS = ("The Green Alliance won {won} in Sunday's parliamentary election in Varnia, the electoral "
         "commission said on Monday, leaving it the largest party but short of a majority in parliament.")
SEATS_NEEDED = ("The Green Alliance, the largest party after Sunday's parliamentary election in Varnia, "
                "is short of the {needed} needed for a majority in parliament, the electoral commission "
                "said on Monday.")


@pytest.mark.parametrize(("first", "second", "expected"), [
    # the term imposed and the term asked for are two figures
    (TRIAL.format(decided="nine years"), TRIAL_ASKED.format(asked="15 years"), []),
    # confirmed and suspected cases are two counts
    (OUTBREAK.format(confirmed=64), OUTBREAK_SUSPECTED.format(suspected=230), []),
    # the seats won and the seats a majority needs are two figures
    (SEATS.format(won="54 seats"), SEATS_NEEDED.format(needed="61 seats"), []),
    (SEATS.format(won="54 seats"), SEATS.format(won="58 seats"), [("54 seats", "58 seats")]),
    # two articles that disagree on the same kind of figure still conflict
    (TRIAL.format(decided="nine years"), TRIAL.format(decided="six years"), [("9 years", "6 years")]),
])
def test_figures_of_different_kinds_do_not_conflict(first: str, second: str,
                                                    expected: list[tuple[str, ...]]) -> None:
    assert conflict_values(first, second) == expected

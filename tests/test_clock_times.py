"""Times of day: two sentences that give different ones are no agreement."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.clock_times import clock_times
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze


@pytest.mark.parametrize(("sentence", "times"), [
    ("The ferry docked at 3:42 p.m. on Friday.", {(942, 942)}),
    ("The ferry docked at 15:42 local time.", {(942, 942)}),
    ("The ferry docked at 3 p.m.", {(900, 959)}),  # a bare hour is the whole hour
    ("The alarm sounded at about 12:15 a.m.", {(0, 30)}),  # approximate: a quarter either side
    ("The alarm sounded at 12:05am.", {(5, 5)}),
    # no time of day: a count, a bare number after "at", a page
    ("Three people were hurt at 9 of the 12 sites.", set()),
    ("See page 3 of 10.", set()),
])
def test_clock_times(sentence: str, times: set[tuple[int, int]]) -> None:
    assert clock_times(sentence) == times


@pytest.mark.parametrize(("first", "second", "agree"), [
    ("The Keldby ferry docked at 3:42 p.m. at the north pier after its left engine failed.",
     "The Keldby ferry docked at 4:12 p.m. at the north pier after its left engine failed.", False),
    ("The Keldby ferry docked at 3:42 p.m. at the north pier after its left engine failed.",
     "The Keldby ferry docked at 15:42 at the north pier after its left engine failed.", True),
    # approximate times that can be one
    ("The Keldby ferry docked at about 12:15 a.m. at the north pier after its left engine failed.",
     "The Keldby ferry docked just after 12 a.m. at the north pier after its left engine failed.", True),
    # one sentence gives no time: nothing to disagree on
    ("The Keldby ferry docked at 3:42 p.m. at the north pier after its left engine failed.",
     "The Keldby ferry docked on Friday at the north pier after its left engine failed.", True),
])
def test_sentences_that_give_different_times_of_day_do_not_agree(first: str, second: str,
                                                                  agree: bool) -> None:
    found = analyze([document_from_text("a", first), document_from_text("b", second)]).findings
    assert any(f.kind == "agree" for f in found) is agree
    assert not [f for f in found if f.kind == "conflict"]

"""Codes of one series (flight, model, route numbers): sentences naming different ones are no agreement."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.codes import codes
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze


@pytest.mark.parametrize(("sentence", "found"), [
    ("Flight SV417, an Airbus A320neo, turned back.", {("sv", "sv417"), ("a", "a320neo")}),
    ("Two F-16 jets and a Su-24 were seen.", {("f", "f16"), ("su", "su24")}),
    ("The COVID-19 ward reopened.", {("covid", "covid19")}),
    # no code: a measure or a time written with letters, a lower-case word, a plain number
    ("The 4x4 left at 10am with 3D maps.", set()),
    ("Download the mp3 from route 66.", set()),
])
def test_codes(sentence: str, found: set[tuple[str, str]]) -> None:
    assert codes(sentence) == found


BASE = ("Marlow Air flight {flight}, a {model} on the Tarsk route, returned to Oldport after a bird strike "
        "on Sunday.")


@pytest.mark.parametrize(("first", "second", "agree"), [
    (("ML208", "Dash-8"), ("ML280", "Dash-8"), False),  # another flight of the series
    (("ML208", "Dash-8"), ("ML208", "Dash-7"), False),  # another model
    (("ML208", "Dash-8"), ("ML208", "Dash-8"), True),
    (("ML208", "Dash-8"), ("ML208", "turboprop"), True),  # one leaves the model out: nothing differs
])
def test_sentences_that_name_different_codes_do_not_agree(first: tuple[str, str], second: tuple[str, str],
                                                          agree: bool) -> None:
    texts = [BASE.format(flight=flight, model=model) for flight, model in (first, second)]
    found = analyze([document_from_text("a", texts[0]), document_from_text("b", texts[1])]).findings
    assert any(f.kind == "agree" for f in found) is agree
    assert not [f for f in found if f.kind == "conflict"]

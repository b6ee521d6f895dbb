"""Units glued to digits and told by case ("40C", "104F", "9p", "3,400km", "500mg"), a scale
named before its value ("magnitude 7.1"), and a plural subject as what a bare level counts
("Measles cases rose to 1,603") (engine version 66). Cases are made up in the shapes wire copy
writes them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.claims.cased_units import cased_unit
from desktop_app.core.claims.numbers import find_numbers
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from tests.claim_reading import claims_of, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures reached 40.3C at Coningsby on Tuesday.", [("40.3C", 40.3, "°C", "")]),
        ("The city sweltered at 104F.", [("104F", 104, "°F", "")]),
        ("It was 38 °C in the shade.", [("38 °C", 38, "°C", "")]),
        ("Forecasters expect 41 degrees Celsius by Friday.", [("41 degrees Celsius", 41, "°C", "")]),
        ("The mercury hit 35 degrees C in Perth.", [("35 degrees C", 35, "°C", "")]),
        ("Overnight lows of minus 12C are forecast.", [("minus 12C", -12, "°C", "")]),
        # pence glued to digits, at a clause's end too
        ("BT shares fell 9p to 123p.", [("9p", 0.09, "GBP", ""), ("123p", 1.23, "GBP", "")]),
        ("Petrol hit a record 191.5p a litre.", [("191.5p", 1.915, "GBP", "")]),
        # measures glued after a thousands separator, and small ones
        ("The race covers about 3,400km, a record.", [("3,400km", 3400, "km", "about")]),
        ("Patients received a 500mg dose.", [("500mg", 5e-4, "kg", "")]),
        ("Each bottle holds 330ml.", [("330ml", 0.33, "l", "")]),
        # "m" glued before a length's adjective is metres, elsewhere millions
        ("The hull is 1,200m long.", [("1,200m", 1200, "m", "")]),
        ("The club paid £300m for the stadium.", [("300m", 3e8, "GBP", "")]),
        # an earthquake's magnitude, named after or before its value
        ("A 7.1-magnitude earthquake struck off the coast.", [("7.1-magnitude", 7.1, "magnitude", "")]),
        ("A magnitude 6.4 earthquake shook the island.", [("6.4", 6.4, "magnitude", "")]),
        # SI units with their decimal prefixes, glued, spaced or spelled (version 76)
        ("The plant will produce 500MW by 2030.", [("500MW", 5e8, "W", "")]),
        ("A 600-megawatt turbine hall was built.", [("600-megawatt", 6e8, "W", "")]),
        ("The grid added 1.2 GW of solar.", [("1.2 GW", 1.2e9, "W", "")]),
        ("Its battery stores 85kWh.", [("85kWh", 85000, "Wh", "")]),
        ("The phone has 128GB of storage.", [("128GB", 1.28e11, "B", "")]),
        ("Each drive holds 2 terabytes.", [("2 terabytes", 2e12, "B", "")]),
        ("The chip runs at 3.2GHz.", [("3.2GHz", 3.2e9, "Hz", "")]),
        ("Download speeds reach 300 Mbps.", [("300 Mbps", 3e8, "bit/s", "")]),
    ],
)
def test_units_told_by_case_or_glued(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new iPhone 5C is cheaper.",  # a model's letter after a name
        "We met at 5p.m. on Monday.",  # a time
        "The set shows video in 1080p.",  # a display mode
        "Seat 12F was empty.",  # a seat
        "The 5G network reached 4G phones too.",  # generations of a network
    ],
)
def test_letters_after_digits_that_are_no_unit(text: str) -> None:
    assert read(text) == []


def test_a_storms_millibars_are_no_data() -> None:
    assert [unit for _quote, _value, unit, _ in read("The hurricane's pressure fell to 940 mb.")] != ["B"]


def test_figures_in_si_units_compare_across_prefixes() -> None:
    plant = "The Karnak power station in Ostrava will produce {power} when it opens next year."
    assert [f.kind for f in analyze([document_from_text("A", plant.format(power="500MW")),
                                     document_from_text("B", plant.format(power="650 megawatts"))]).findings
            ] == ["conflict"]
    phone = "The Lumio X2 comes with {storage} of storage and costs 399 euros."
    same = [document_from_text("A", phone.format(storage="64GB")),
            document_from_text("B", phone.format(storage="64 gigabytes"))]
    assert [f.values for f in analyze(same).findings if f.kind == "conflict"] == []


def test_lower_case_c_after_digits_is_no_temperature() -> None:
    assert cased_unit("c a litre") is None  # "40c a litre": cents
    assert cased_unit("C in Madrid") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Measles cases rose to 1,603 in England last year.", [("1,603", 1603, "case", "")]),
        ("Births in Japan fell to 758,631 last year.", [("758,631", 758631, "birth", "")]),
        ("Small-boat arrivals across the Channel rose to 45,000.", [("45,000", 45000, "arrival", "")]),
        # a change then the level it brings: no range between them
        ("Jobless claims fell by 13,000 to 209,000 last week.", [("209,000", 209000, "claim", "")]),
        # a range of change stays a range
        ("Prices rose by 5 to 10 percent.", [("5 to 10 percent", 7.5, "percent", "range")]),
        # a name is no plural head
        ("Apple Sales rose to 400.", []),
    ],
)
def test_a_plural_subject_names_what_a_bare_level_counts(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text) == expected


def test_two_levels_of_one_count_conflict() -> None:
    said = "Health officials said measles cases rose to {} in England last year, the highest in a decade."
    first, second = said.format("1,603"), said.format("2,911")
    findings = analyze([document_from_text("a", first), document_from_text("b", second)]).findings
    conflicts = [f for f in findings if f.kind == "conflict"]
    assert [(c.rule, sorted(c.values)) for c in conflicts] == [("figures", ["1,603 cases", "2,911 cases"])]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.CFpmkgl° ")), max_size=200))
def test_glued_units_keep_numbers_inside_the_text(text: str) -> None:
    for mention in find_numbers(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert any(ch.isdigit() for ch in text[mention.start : mention.end])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obesity rates have doubled since 1990.", [("doubled", 2, "times", "multiple of rate")]),
        ("The company's shares have nearly tripled since January.",
         [("tripled", 3, "times", "multiple of share")]),
        ("The number of centenarians has tripled in 20 years.",
         [("tripled", 3, "times", "multiple of centenarian"), ("20 years", 20, "years", "years")]),
        ("Prices of some graphics cards have risen tenfold since 2020.",
         [("tenfold", 10, "times", "multiple of price")]),
        ("Officials reported a three-fold increase in cases.",
         [("three-fold", 3, "times", "multiple of case")]),
        # each multiple is of its own subject, so the two are no one figure
        ("Sales in Europe doubled, while profits in Asia tripled.",
         [("doubled", 2, "times", "multiple of sale"), ("tripled", 3, "times", "multiple of profit")]),
    ],
)
def test_multiples_in_words_name_what_they_multiply(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert read(text, "attribute") == expected


@pytest.mark.parametrize(
    "text",
    [
        "It doubled last year.",  # no subject that says what
        "Smith doubled his lead in the second half.",  # a person, no plural multiplied
        "Sales will double by 2030.",  # a forecast
        "The double-decker bus crashed on the bridge.",  # no change at all
        "The manifold was replaced.",  # "mani" is no number
    ],
)
def test_words_of_multiples_that_state_none(text: str) -> None:
    claims = claims_of(text)
    assert [c for c in claims if c.unit == "times"] == []


def test_a_multiple_and_another_conflict() -> None:
    said = "Researchers said the number of measles cases in the region had {} since vaccinations ended."
    findings = analyze([document_from_text("a", said.format("doubled")),
                        document_from_text("b", said.format("tripled"))]).findings
    conflicts = [f for f in findings if f.kind == "conflict"]
    assert [(c.attribute, sorted(c.values)) for c in conflicts] == [
        ("multiple of case", ["doubled (2 times)", "tripled (3 times)"])]


def test_a_quake_and_its_aftershock_are_two_magnitudes() -> None:
    first = "A magnitude 6.8 earthquake struck the Hirsa region on Friday night, the seismology centre said."
    second = "A magnitude 5.4 aftershock rattled the Hirsa region on Saturday, the seismology centre said."
    third = "A 7.1-magnitude quake struck the Hirsa region on Friday night, the seismology centre said."
    docs = [document_from_text(name, text) for name, text in (("a", first), ("b", second), ("c", third))]
    conflicts = [f for f in analyze(docs).findings if f.kind == "conflict"]
    # the quake is one figure under two names ("quake" clips "earthquake"); the aftershock another
    assert [(c.a.doc, c.b.doc) for c in conflicts] == [("a", "c")]

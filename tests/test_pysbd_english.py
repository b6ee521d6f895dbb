"""pySBD's abbreviation pass, made proportional to the text, rewrites exactly what pySBD's does."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pysbd.lang.english import English
from pysbd.processor import Processor

from desktop_app.core.text.pysbd_english import FastEnglish
from tests.hostile_text import SHAPES

ABBREVIATIONS = [a.strip() for a in English.Abbreviation.ABBREVIATIONS]
WORDS = st.one_of(
    st.sampled_from(ABBREVIATIONS),
    st.sampled_from(ABBREVIATIONS).map(str.upper),
    st.sampled_from(ABBREVIATIONS).map(str.capitalize),
    st.sampled_from(["Drive", "massive", "Homs", "city", "said", "I", "I'm", "5", "(", "12", "ſt", "K",
                     "{dr}", "{dr} X", "{", "e.g", "U.S", "ekg", "Ph.D", "al-Assad", "İs"]),
)
SEPARATORS = st.sampled_from([" ", ". ", ".", ": ", ":3 ", ", ", "- ", "? ", " (", "\n", "\r", ".. ", ". I ",
                              ". i ", ". 4 ", "'s ", "\u00a0"])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=30).map(lambda p: "".join(w + s for w, s in p))


def rewritten(language: type, text: str) -> str:
    return str(language.AbbreviationReplacer(text, language).replace())


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("Dr. Smith met Mr. Jones on St. Mark's Ave. in Washington. He said no. 5 was fine.")
@example("Abu al Bakr al. Abu al-Bakr al. DR. dr. Dr. Drive. p. 5 P. (pp. 3)")
def test_abbreviations_are_rewritten_as_pysbd_rewrites_them(text: str) -> None:
    assert rewritten(FastEnglish, text) == rewritten(English, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_sentences_are_pysbds_own(text: str) -> None:
    assert Processor(text, FastEnglish).process() == Processor(text, English).process()


def test_repeated_abbreviation_is_rewritten_once() -> None:
    text = SHAPES["X al Y chain"](20_000)
    replacer = FastEnglish.AbbreviationReplacer(text, FastEnglish)
    calls = []
    original = replacer.replace_period_of_abbr

    def counted(txt: str, abbr: str) -> str:
        calls.append(abbr)
        return str(original(txt, abbr))

    replacer.replace_period_of_abbr = counted
    assert replacer.replace() == rewritten(English, text)
    assert len(calls) <= 2  # "al" (and no other spelling), not once per occurrence

"""Figures two articles give one source, whole tolls in other words, and ages nobody names.

Made-up two-article stories, each told twice in different words, as rewrites of one report are:
the figure that differs is the only change of substance, so a conflict must be reported, and
figures of different sources or different groups must not be."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.findings.attribution import same_source, sources
from desktop_app.core.text.names import Name
from tests.claim_reading import claims_of, conflict_values, read


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Four miners died in the blast, the Labour Ministry said.", ("Labour Ministry",)),
    ("Four miners died in the blast, according to the Labour Ministry.", ("Labour Ministry",)),
    ("The blast killed four miners, the interior ministry of neighbouring Varland said.", ("Varland",)),
    ("The blast killed four miners, according to Varland's interior ministry.", ("Varland",)),
    ("Four miners died, mine director Pavel Roos said.", ("Pavel Roos",)),
    # the place of the event is no source: only the clause beside the verb is read
    ("Four miners died in Kessel on Monday, officials said.", ()),
    ("Four miners died in the blast.", ()),
])
def test_the_source_a_sentence_names(sentence: str, expected: tuple[str, ...]) -> None:
    assert sources(sentence) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    (("Labour Ministry",), ("Ministry of Labour",), False),  # written apart, not matched by order
    (("Varland",), ("Varland", "Pavel Roos"), True),
    (("Mr Roos",), ("Pavel Roos",), True),
    ((), ("Varland",), False),
])
def test_one_source_named_alike(first: tuple[str, ...], second: tuple[str, ...], expected: bool) -> None:
    assert same_source(first, second) is expected


MINE_A = ("Four miners died and nine were hurt when a gas blast tore through a coal pit near Kessel on "
          "Monday, the Labour Ministry said. Rescue teams worked through the night. The pit had been "
          "closed twice last year over safety breaches. Unions called for a national inquiry.")
MINE_B_SAME_SOURCE = ("A gas blast at a coal pit near Kessel on Monday killed seven miners, according to "
                      "the Labour Ministry. Rescue teams worked through the night to reach them. Unions "
                      "want a national inquiry. The pit was closed twice last year for safety breaches.")
MINE_B_OTHER_SOURCE = MINE_B_SAME_SOURCE.replace("the Labour Ministry", "Kessel Radio")
MINE_B_HEDGED = MINE_B_SAME_SOURCE.replace("killed seven miners", "is believed to have killed seven miners")


@pytest.mark.parametrize(("second", "expected"), [
    # one source's toll told two ways: the articles disagree on what it said
    (MINE_B_SAME_SOURCE, [("4 miners", "7 miners")]),
    # a radio station's figure passed on contradicts no ministry's
    (MINE_B_OTHER_SOURCE, []),
    # a guess attributed to the same ministry is still a guess
    (MINE_B_HEDGED, []),
])
def test_figures_given_to_one_source(second: str, expected: list[tuple[str, ...]]) -> None:
    assert conflict_values(MINE_A, second) == expected


FLOOD_A = ("Flash floods swept through the hill town of Ardmoor on Sunday and killed 17 people, "
           "officials said. Hundreds of homes were damaged. The army sent boats to reach cut-off "
           "villages.")
FLOOD_B_LIVES = ("The flash floods that hit Ardmoor on Sunday claimed 21 lives, officials said. "
                 "Hundreds of homes were damaged. Soldiers used boats to reach villages cut off by "
                 "the water.")
FLOOD_B_GROUP = ("The flash floods that hit Ardmoor on Sunday killed 21 children, officials said. "
                 "Hundreds of homes were damaged. Soldiers used boats to reach villages cut off by "
                 "the water.")


@pytest.mark.parametrize(("second", "expected"), [
    # "17 people" killed and "21 lives" are both the whole toll
    (FLOOD_B_LIVES, [("17", "21 deaths")]),
    # 21 children may be among more dead: a group is no total
    (FLOOD_B_GROUP, []),
])
def test_whole_tolls_in_other_words(second: str, expected: list[tuple[str, ...]]) -> None:
    assert conflict_values(FLOOD_A, second) == expected


OLDEST_A = ("Maria Oduya, thought to be Kenya's oldest woman, has died at her home in Kisumu aged 117, "
            "her grandson said on Tuesday. She had outlived three of her children. Her funeral is on "
            "Friday.")
OLDEST_B = ("Her grandson said on Tuesday that Maria Oduya had died in Kisumu at the age of 119. "
            "Oduya, believed to be the oldest woman in Kenya, outlived three of her children. The "
            "funeral will be held on Friday.")
JUDGE_A = ("A court in Brenford on Friday jailed Tomas Lenk, 31, for four years for a string of car "
           "thefts. Lenk admitted stealing 22 cars over six months. The judge called him a "
           "professional thief.")
JUDGE_B = ("Car thief Tomas Lenk was jailed for four years by a Brenford court on Friday. The "
           "38-year-old had admitted taking 22 cars over six months. The judge said he was a "
           "professional thief.")
JUDGE_B_NOUN = JUDGE_B.replace("The 38-year-old had", "The 38-year-old mechanic who testified had")


@pytest.mark.parametrize(("first", "second", "expected"), [
    # nobody named beside either age, in sentences that tell the same thing
    (OLDEST_A, OLDEST_B, [("117 years old", "119 years old")]),
    # "The 38-year-old" opening a sentence refers back to the one person named: his age
    (JUDGE_A, JUDGE_B, [("31 years old", "38 years old")]),
    # a 38-year-old named by a noun may be someone else
    (JUDGE_A, JUDGE_B_NOUN, []),
])
def test_ages_named_on_neither_side(first: str, second: str, expected: list[tuple[str, ...]]) -> None:
    assert conflict_values(first, second) == expected


@pytest.mark.parametrize(("text", "subject"), [
    # a verb between the age and a name makes the name its object
    ("The 65-year-old succeeds Mats Ekholm as leader.", ""),
    ("The 65-year-old replaces Anna Berg, who retired.", ""),
    # words that describe the person stay: a title, a past participle as an adjective
    ("The 65-year-old former mayor Henrik Salo won.", "Henrik Salo"),
    ("The 40-year-old retired teacher Ana Ruiz won.", "Ana Ruiz"),
])
def test_whose_age_a_name_after_it_is(text: str, subject: str) -> None:
    assert [row[3] for row in read(text, "subject") if row[2] == "years old"] == [subject]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.;:\"said according to Lenk The Ministry")), max_size=400))
def test_sources_are_names_of_the_sentence(sentence: str) -> None:
    for name in sources(sentence):
        assert name in sentence


@pytest.mark.parametrize(("text", "expected"), [
    # a hedge before an age bounds it, as before any figure
    ("Jane is less than 54 years old, her lawyer said.", [("54 years old", 54.0, "age", "less than")]),
    ("The boy, about 12 years old, ran off.", [("12 years old", 12.0, "age", "about")]),
    # an age at which something happens in a life is a frame of its own, given to nobody ...
    ("Ana Ruiz lost her sight from the age of eight.", [("eight", 8.0, "from the age of", "")]),
    ("She was blind by the age of 16.", [("16", 16.0, "by the age of", "")]),
    ("Children under the age of 12 travel free.", [("12", 12.0, "under the age of", "")]),
    # ... but the age at death, or one reached, is the person's
    ("She died at the age of 116.", [("116", 116.0, "age", "")]),
    ("He reached the age of 100 in May.", [("100", 100.0, "age", "")]),
])
def test_ages_bounded_and_ages_in_a_life(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert [(c.quote, c.value, c.attribute, c.qualifier) for c in claims_of(text)] == expected


SIGHT_A = ("Ana Ruiz, a painter, began to lose her sight from the age of eight because of a rare "
           "disorder. She was registered blind by the age of 16 and now teaches art in Valencia.")
SIGHT_B = ("The painter Ana Ruiz lost her sight from the age of eight, because of a rare disorder. "
           "She was registered blind by the age of 18, and now teaches art in Valencia.")


def test_ages_in_a_life_meet_only_their_own_phrase() -> None:
    assert conflict_values(SIGHT_A, SIGHT_B) == [("16 years old", "18 years old")]


def test_each_attribution_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence of thousands of reporting verbs costs each the same: the names are looked for
    in windows of at most REACH characters beside each verb."""
    from desktop_app.core.findings import attribution

    seen: list[int] = []
    original = attribution.find_names

    def recorded(text: str, offset: int = 0, lower_words: frozenset[str] = frozenset()) -> list[Name]:
        seen.append(len(text))
        return original(text, offset, lower_words)

    monkeypatch.setattr(attribution, "find_names", recorded)
    sentence = "Officials Of Varland said " * 2_000 + "according to the Labour Ministry"
    assert sources(sentence)
    assert len(seen) > 2_000 and max(seen) <= attribution.REACH

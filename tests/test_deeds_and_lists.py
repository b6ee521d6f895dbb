"""Counts of times a deed was done, later items of a list of counts, percentages given as a
range: made-up sentences of the kinds the dev claim sample claims_dev15 showed misread."""

from __future__ import annotations

import pytest

from desktop_app.core.claims.listed_objects import list_lead
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Claim
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter


def claims(text: str) -> tuple[Claim, ...]:
    return prepare_document(document_from_text("x", text), PysbdSplitter()).claims


@pytest.mark.parametrize(("text", "value", "unit", "attribute"), [
    ("On Sunday the post was shared 130,000 times before it came down.", 130_000, "share", "count of share"),
    ("The clip has been viewed more than 5 million times.", 5_000_000, "view", "count of view"),
    ("The app was downloaded 40,000 times in a day.", 40_000, "download", "count of download"),
    ("He was arrested four times.", 4, "arrest", "count of arrest"),
    # a prepositional phrase between the deed and its count
    ("The theft was reported to the police three times.", 3, "report", "count of report"),
    ("The photo was posted on Instagram 2,000 times.", 2_000, "post", "count of post"),
    ("He visited the country five times.", 5, "visit", "count of visit"),  # past the verb's object
    ("The drug raised the risk three times.", 3, "time", "count of time"),  # a change multiplies its object
    ("He went to the island three times.", 3, "time", "count of time"),
    # no noun of the verb's own, or a verb with no deed: the count of times stays one
    ("She has been married three times.", 3, "time", "count of time"),
    ("He was injured three times this season.", 3, "time", "count of time"),
    ("They have been there three times.", 3, "time", "count of time"),
    ("The ferry runs three times a day.", 3, "time", "count of time per day"),
    # a multiple, not deeds
    ("The meteor burned five times brighter than the moon.", 5, "time", "count of time"),
    ("The clip was viewed three times as often as the trailer.", 3, "time", "count of time"),
    # a deed of violence counted in times counts no one dead
    ("The man was shot three times in the chest.", 3, "shoot", "count of shoot"),
])
def test_a_count_of_times_counts_the_deed(text: str, value: float, unit: str, attribute: str) -> None:
    found = [(c.value, c.unit, c.attribute) for c in claims(text)]
    assert found == [(pytest.approx(value), unit, attribute)]


def test_a_count_of_shares_meets_the_deed_written_as_a_noun() -> None:
    first = document_from_text("a", "By Sunday night the fake story on Halvorsen was shared 130,000 times.")
    second = document_from_text("b", "By Sunday night the fake story on Halvorsen had 90,000 shares.")
    conflicts = [f for f in analyze([first, second]).findings if f.kind == "conflict"]
    expected = [("count of share", ("130,000 shares", "90,000 shares"))]
    assert [(f.attribute, f.values) for f in conflicts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The raid killed 12 soldiers, 3 civilians and two children.",
     [("soldier", "deaths"), ("civilian", "deaths"), ("child", "deaths")]),
    ("Border clashes kill 9 Taliban fighters, 4 policemen", [("fighter", "deaths"), ("policeman", "deaths")]),
    ("The blast wounded at least 20 soldiers and 5 police officers.",
     [("soldier", "injured"), ("officer", "injured")]),
    # a list after another verb, or an item with a verb of its own, is not the dead
    ("Police arrested 12 men and 3 women.", [("man", "count of man"), ("woman", "count of woman")]),
    ("The raid killed 12 soldiers, and 3 civilians were wounded.",
     [("soldier", "deaths"), ("civilian", "injured")]),
    ("The raid killed 12 soldiers, 3 civilians escaped.",
     [("soldier", "deaths"), ("civilian", "count of civilian")]),
    ("The storm killed 4 people, destroyed 300 homes and 12 bridges.",
     [("people", "deaths"), ("home", "count of home"), ("bridge", "count of bridge")]),
    # the verb after the first item
    ("The war saw 2,100 residents killed as well as 66 soldiers and seven guards.",
     [("resident", "deaths"), ("soldier", "deaths"), ("guard", "deaths")]),
    ("The floods left 300 people homeless, 40 villagers missing.",  # no casualty word in the list
     [("people", "count of people"), ("villager", "count of villager")]),
    # a killing named by a noun before the list; an item with a determiner of its own
    ("Officials confirmed the deaths of 3 soldiers and 2 civilians.",
     [("soldier", "deaths"), ("civilian", "deaths")]),
    ("Survivors recalled the massacre of 300 villagers, 20 monks and their 4 guides.",
     [("villager", "deaths"), ("monk", "deaths"), ("guide", "deaths")]),
    ("The murder of six priests and their two maids took place in 1989.",
     [("priest", "deaths"), ("maid", "deaths")]),
    ("The report of 3 soldiers and 2 civilians was read.",
     [("soldier", "count of soldier"), ("civilian", "count of civilian")]),
])
def test_later_items_of_a_list_share_its_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.unit, c.attribute) for c in claims(text)] == expected


@pytest.mark.parametrize(("left", "words"), [
    ("Clashes kill 9 Taliban, ", ("kill",)),
    ("The attack killed at least 12 soldiers, 3 civilians and ", ("killed",)),
    ("The attack killed 12 soldiers and ", ("killed",)),
    ("killed 12 soldiers ", ()),  # no separator: the figure is no later item
    ("Of the 30 passengers, ", ("of",)),
    ("The 3 men and ", ()),  # nothing before the list
    ("Of 30, ", ()),  # a bare number is no item
    ("He met 5 and 3 of them, ", ()),  # an item that is a bare number ends the list
    # the verb after the first item, and "as well as" between items
    ("The war saw more than 2,100 people killed as well as 66 soldiers and ", ("killed", "saw")),
    ("Officials said 40 homes destroyed, ", ("destroyed", "said")),
])
def test_the_words_that_could_be_a_lists_verb(left: str, words: tuple[str, ...]) -> None:
    assert list_lead(left).verbs == words


@pytest.mark.parametrize(("text", "low", "high"), [
    # a percentage with its sign at both ends
    ("Swapping the fats could cut the risk by 4% to 8%.", 4, 8),
    ("Between 20 percent and 30 percent of voters agree.", 20, 30),
    ("About 4% or 8% of them said so.", 4, 8),
    # an age
    ("The bear that was shot was 2-3 years old.", 2, 3),
    ("Applicants must be 18 to 25 years old.", 18, 25),
    ("The boy, 12 years old, was unhurt.", 12, 12),
])
def test_a_range_written_at_both_ends_is_one_figure(text: str, low: float, high: float) -> None:
    assert [(c.low, c.high) for c in claims(text)] == [(pytest.approx(low), pytest.approx(high))]


def test_a_model_number_inside_a_count_is_no_count_of_its_own() -> None:
    found = [(c.quote, c.value) for c in claims("Sony sold over 7 million PlayStation 4 units by April.")]
    assert found == [("7 million PlayStation 4 units", pytest.approx(7e6))]


def test_from_one_percentage_to_another_is_a_change() -> None:
    found = [(c.value, c.attribute) for c in claims("Interest rates went up from 5% to 5.25% on Thursday.")]
    assert found == [(pytest.approx(5), "former share"), (pytest.approx(5.25), "share")]

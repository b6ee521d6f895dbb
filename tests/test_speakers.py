"""Who said it: one quotation given to two different people across articles.

Made-up sentences in the styles of wire copy, broadcast and local reporting."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.speakers import MAX_SPEAKERS, PER_ARTICLE, quotations, speaker_conflicts
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter

QUOTE = "“We never took this decision lightly, and we owe our workers the truth,”"


def _speakers(sentence: str) -> list[str]:
    doc = prepare_document(document_from_text("a", sentence), PysbdSplitter())
    return [q.speaker for q in quotations([doc])]


@pytest.mark.parametrize(("sentence", "speakers"), [
    (f"{QUOTE} Marta Ilves said on Tuesday.", ["Marta Ilves"]),
    (f"{QUOTE} said finance chief Tomas Brandt.", ["Tomas Brandt"]),
    ("Marta Ilves said: “We never took this decision lightly, and we owe our workers the truth.”",
     ["Marta Ilves"]),
    # the name after "told" is who heard it; after a preposition, someone the speaker is named by
    (f"{QUOTE} an analyst told Varna Radio.", []),
    (f"{QUOTE} Anna, daughter of Brandt said.", []),
    # nobody named, or too few words to be someone's own
    (f"{QUOTE} a spokesman said.", []),
    ("“Not now,” Marta Ilves said.", []),
])
def test_reads_who_said_a_quotation(sentence: str, speakers: list[str]) -> None:
    assert _speakers(sentence) == speakers


def _speaker_conflicts(first: str, second: str) -> list[tuple[str, str]]:
    found = analyze([document_from_text("a", first), document_from_text("b", second)]).findings
    return [f.values for f in found if f.attribute == "speaker" and f.values is not None]


@pytest.mark.parametrize(("second", "expected"), [
    (f"{QUOTE} said finance chief Tomas Brandt.", [("Marta Ilves", "Tomas Brandt")]),
    (f"{QUOTE} chief executive Ilves said after the vote.", []),  # one person, named alike
    (f"{QUOTE} Tomas Brandt said, echoing Marta Ilves.", []),  # both named in one sentence
    (f"{QUOTE} a spokesman said.", []),
])
def test_one_quotation_given_to_two_people_conflicts(second: str, expected: list[tuple[str, str]]) -> None:
    assert _speaker_conflicts(f"{QUOTE} Marta Ilves said on Tuesday.", second) == expected


def test_a_quotation_given_to_thousands_costs_a_bounded_number_of_findings() -> None:
    names = [f"{first} {last}" for first in ("Ana", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gus", "Hal")
             for last in ("Ilves", "Brandt", "Saar", "Kask", "Tamm", "Rebane", "Lepp", "Mets")]
    texts = ["\n".join(f"{QUOTE} {name} said." for name in names[k::2]) for k in range(2)]
    splitter = PysbdSplitter()
    docs = [prepare_document(document_from_text(f"d{k}", text), splitter) for k, text in enumerate(texts)]
    found = speaker_conflicts(docs)
    assert 0 < len(found) <= PER_ARTICLE * PER_ARTICLE <= MAX_SPEAKERS

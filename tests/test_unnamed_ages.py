"""An age given to nobody ("the 42-year-old") joins a named person's age only when the story
settles whose it is. Made-up articles; three tell one story, so a figure's article names the
person and another article corroborates the age."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.unnamed_ages import with_resolved_ages
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Document
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter

STORY = ("A bear attacked a fisherman near the river at dawn. The fisherman walked to his favourite "
         "fishing spot when the bear jumped him. His phone rang and the ringtone scared the bear "
         "back into the forest. He was treated in hospital for wounds to his back.")
NAMED_42 = "Fisherman Olev Tamkivi, 42, said the ringtone saved his life. " + STORY
NAMED_41 = "Fisherman Olev Tamkivi, 41, said the ringtone saved his life. " + STORY


def prepared(doc_id: str, text: str) -> Document:
    return prepare_document(document_from_text(doc_id, text), PysbdSplitter())


def age_subjects(texts: list[str]) -> list[list[str]]:
    docs = with_resolved_ages([prepared(f"d{i}", t) for i, t in enumerate(texts)], None)
    return [[c.subject for c in d.claims if c.attribute == "age"] for d in docs]


@pytest.mark.parametrize(("unnamed", "others", "expected"), [
    # An article that names the age already states it: the unnamed repeat is left alone.
    ("The 42-year-old Olev Tamkivi was walking home. Later the 42-year-old said he was fine.",
     [NAMED_42], ["Olev Tamkivi", ""]),
    # Named in its article, corroborated elsewhere: the age is his.
    ("Tamkivi was walking home. The 42-year-old said he was lucky.", [NAMED_42], ["Olev Tamkivi"]),
    # "Olev" and "Mr Tamkivi" are one person, as the full name shows, whatever the order
    ("Olev Tamkivi was walking home. The 42-year-old said he was lucky.",
     ["Olev, 42, said the ringtone saved him. " + STORY, "Mr Tamkivi, 42, was lucky. " + STORY, NAMED_42],
     ["Olev Tamkivi"]),
    # Nobody gives Tamkivi this age: a victim or a bystander may be 27, named by a noun ...
    ("Tamkivi was walking home. The 27-year-old driver said he was lucky.", [NAMED_42], [""]),
    ("Tamkivi was walking home. Later a 27-year-old said he was lucky.", [NAMED_42], [""]),
    # ... but a sentence opened by "The 27-year-old" alone refers back to the one person named
    # whose age the story gives, as "he" would: his age, even one that contradicts the others.
    ("Tamkivi was walking home. The 27-year-old said he was lucky.", [NAMED_42], ["Olev Tamkivi"]),
    ("Tamkivi was walking home. “The 27-year-old had no chance,” a ranger said.", [NAMED_42],
     ["Olev Tamkivi"]),
    # two people of the story with ages named in the article: still nobody's
    ("Tamkivi met Kask. The 27-year-old said he was lucky.",
     [NAMED_42, "Priit Kask, 42, drove the ambulance. " + STORY], [""]),
    # "park" in lower case names nobody: a surname must be written as a name
    ("The bear was seen in the park. The 42-year-old said he was lucky.",
     ["Ranger Anna Park, 42, helped the fisherman. " + STORY], [""]),
    # The article does not name him.
    ("A man was walking home. The 42-year-old said he was lucky.", [NAMED_42], [""]),
    # Two people of the story have ages and this article names both: whose is unclear.
    ("Tamkivi met Kask. The 42-year-old said he was lucky.",
     [NAMED_42, "Priit Kask, 42, drove the ambulance. " + STORY], [""]),
    # Two unnamed ages in one article: not one person's.
    ("Tamkivi was walking home. The 42-year-old and a 19-year-old friend ran.", [NAMED_42], ["", ""]),
])
def test_unnamed_age_resolution(unnamed: str, others: list[str], expected: list[str]) -> None:
    assert age_subjects([unnamed, *others])[0] == expected


def test_resolved_age_conflicts_with_another_named_age() -> None:
    texts = ["Tamkivi was walking home when it happened. The 42-year-old said the ringtone saved "
             "his life. " + STORY, NAMED_42, NAMED_41]
    analysis = analyze([document_from_text(f"d{i}", t) for i, t in enumerate(texts)])
    pairs = {frozenset((f.a.doc, f.b.doc)) for f in analysis.findings
             if f.kind == "conflict" and f.attribute == "age"}
    links = {frozenset((a.doc, b.doc)) for i, f in enumerate(analysis.findings)
             if f.kind == "conflict" and f.attribute == "age" for a, b in analysis.findings.pairs_of(i)}
    assert pairs and frozenset(("d0", "d2")) in links
    assert frozenset(("d0", "d1")) not in links  # 42 and 42 agree

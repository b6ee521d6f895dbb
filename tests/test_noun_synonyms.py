"""Counts of one thing in other words ("five countries" / "six nations"): nouns whose first
WordNet senses hold each other count the same thing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app import build_noun_synonyms
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.noun_synonyms import noun_class

# data.noun and index.noun in miniature, in the files' own formats (offset, lexfile, type,
# word count in hex, word/lex-id pairs, pointers ... | gloss; lemma, pos, synsets, pointers,
# senses, tagged senses, offsets in sense order).
DATA_NOUN = """\
  1 This is a licence line.
00000001 14 n 03 country 0 nation 0 state 0 000 | a political body
00000002 14 n 02 nation 0 country 0 000 | the people of a land
00000003 18 n 02 policeman 0 officer 0 000 | a member of a police force
00000004 18 n 01 officer 0 000 | someone who holds a position of authority
00000005 15 n 01 state 0 000 | a part of a country
00000006 06 n 02 car 0 automobile 0 000 | a motor vehicle
00000007 06 n 02 railcar 0 car 0 000 | a wheeled vehicle on rails
00000008 18 n 02 walrus 0 seahorse 0 000 | a marine mammal
"""
INDEX_NOUN = """\
  1 This is a licence line.
country n 2 0 2 2 00000001 00000002
nation n 1 0 1 1 00000002
state n 2 0 2 1 00000005 00000001
policeman n 1 0 1 1 00000003
officer n 2 0 2 1 00000004 00000003
car n 2 0 2 2 00000006 00000007
automobile n 1 0 1 1 00000006
railcar n 1 0 1 1 00000007
walrus n 1 0 1 1 00000008
seahorse n 1 0 1 0 00000008
"""
INDEX_SENSE = """\
automobile%1:06:00:: 00000006 1 2
car%1:06:00:: 00000006 1 9
car%1:06:01:: 00000007 2 1
country%1:14:00:: 00000001 1 5
nation%1:14:00:: 00000002 1 7
"""


def test_nouns_whose_first_senses_hold_each_other_form_a_class(tmp_path: Path) -> None:
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "index.sense").write_text(INDEX_SENSE, encoding="utf-8")
    # country/nation: each in the other's first sense. state: in country's first sense, but its
    # own first sense is another. officer: "policeman" is a later sense of it. railcar: "car"'s
    # first sense is the automobile. seahorse: no tagged sense. A class is named by its most
    # frequent word.
    assert build_noun_synonyms.noun_classes(tmp_path) == {
        "automobile": "car", "car": "car", "country": "nation", "nation": "nation"}
    assert build_noun_synonyms.main([str(tmp_path), str(tmp_path / "out.json")]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["classes"]["country"] == "nation" and "WordNet" in data["source"]


def test_a_folder_without_wordnet_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    assert build_noun_synonyms.main([str(tmp_path / "missing"), str(tmp_path / "out.json")]) == 1
    (tmp_path / "data.noun").write_text("00000001 14 n\n", encoding="utf-8")  # cut short
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    assert build_noun_synonyms.main([str(tmp_path), str(tmp_path / "out.json")]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and all(line.startswith("error: ") for line in errors)
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(("first", "second", "same"), [
    ("nation", "country", True),
    ("physician", "doctor", True),
    ("kid", "child", True),
    ("soldier", "troops", False),  # first senses apart: not one count
    ("city", "town", False),
    ("worker", "employee", False),
    ("zzyzx", "zzyzx", True),  # a noun WordNet does not know is its own class
])
def test_the_shipped_classes(first: str, second: str, same: bool) -> None:
    assert (noun_class(first) == noun_class(second)) is same


def _conflicts(first: str, second: str) -> list[tuple[str, tuple[str, ...]]]:
    result = analyze([document_from_text("a", first), document_from_text("b", second)])
    return [(f.attribute, f.values) for f in result.findings if f.kind == "conflict"]


def test_counts_of_one_thing_in_other_words_conflict_and_keep_their_own_nouns() -> None:
    found = _conflicts("The drill on Carrow Point involves five countries and about 300 sailors, "
                       "the navy said.",
                       "The drill on Carrow Point involves about 300 sailors from six nations, "
                       "the navy said.")
    assert found == [(f"count of {noun_class('nation')}", ("5 countries", "6 nations"))]


def test_counts_of_different_things_in_like_sentences_do_not_conflict() -> None:
    assert _conflicts("The drill on Carrow Point involves five countries and about 300 sailors, "
                      "the navy said.",
                      "The drill on Carrow Point involves about 300 sailors from six cities, "
                      "the navy said.") == []

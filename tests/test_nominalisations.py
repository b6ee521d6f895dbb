"""Event nouns read as the verb they are made from (WordNet's derivational links)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.build_nominalisations import main, nominalisations
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.textnorm import content_tokens

# A WordNet database in miniature, in the files' own format: synset offset, lexicographer file,
# type, word count (hex), words with lex ids, pointer count, pointers (symbol, offset, pos,
# source/target word numbers in hex), gloss.
DATA_VERB = """\
  1 This file is in the WordNet format
00000100 31 v 01 propose 0 001 + 00000200 n 0101 | make a proposal
00000110 32 v 01 capitalize 0 001 + 00000220 n 0101 | supply with capital
00000120 32 v 01 posit 0 001 + 00000230 n 0101 | take as a premise
"""
DATA_NOUN = """\
  1 This file is in the WordNet format
00000200 10 n 01 proposal 0 001 + 00000100 v 0101 | something proposed
00000220 21 n 01 capital 0 001 + 00000110 v 0101 | wealth in the form of money
00000230 04 n 01 position 0 001 + 00000120 v 0101 | the act of positing
00000240 04 n 01 proposal 0 000 | a rarer sense
"""
INDEX_SENSE = """\
proposal%1:10:00:: 00000200 1 5
capital%1:21:00:: 00000220 1 9
position%1:04:00:: 00000230 7 0
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    for name, text in (("data.verb", DATA_VERB), ("data.noun", DATA_NOUN), ("index.sense", INDEX_SENSE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_an_event_noun_in_its_first_senses_maps_to_its_verb(wordnet: Path) -> None:
    # "capital": not an act or a communication, and the verb is made from the noun;
    # "position": the link is from its seventh sense
    assert nominalisations(wordnet) == {"proposal": "propose"}


def test_the_builder_writes_the_data_file_with_its_source(wordnet: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.json"
    assert main([str(wordnet), str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    assert '"proposal": "propose"' in text and "WordNet 3.0" in text


@pytest.mark.parametrize(("first", "second"), [
    ("his proposal", "he proposed it"),
    ("the resignations", "she resigned"),
    ("an extension", "to extend"),
])
def test_the_shipped_data_reads_a_noun_as_its_verb(first: str, second: str) -> None:
    assert content_tokens(first)[-1] == content_tokens(second)[-1]


def test_a_word_with_no_such_link_is_its_own_lemma() -> None:
    assert content_tokens("the capital") == ["capital"]


LEAD = "Harbour plan\nThe council debated the Kelso harbour plan on Monday after weeks of protest.\n"


def test_a_denial_meets_the_claim_in_its_noun() -> None:
    stated = LEAD + "Fishermen backed Mayor Ortiz's proposal to close the Kelso harbour.\n"
    denied = LEAD + ("Mayor Ortiz denied reports that she had proposed the closure of the Kelso harbour to"
                     " trawlers.\n")
    found = analyze([document_from_text("a", stated), document_from_text("b", denied)]).findings
    assert [f.rule for f in found if f.kind == "conflict"] == ["refutation"]

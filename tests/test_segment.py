"""Sentences with exact offsets; no splits inside numbers, abbreviations, quotes."""

from __future__ import annotations

import pytest

from desktop_app.core.text.segment import PysbdSplitter, blocks, split_sentences

SPLITTER = PysbdSplitter()


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, SPLITTER)]


@pytest.mark.parametrize(
    "text",
    [
        "The city has around 1.5 million inhabitants.",
        "The U.S. Civil War cost 600,000 lives.",
        "Strategic Gain, by Marcus K. Smith, was widely read.",
        "“This victory sends a clear message,” said Fadi al-Khatib, an analyst.",
        "He paused... and then went on.",
    ],
)
def test_does_not_split(text: str) -> None:
    assert sentences(text) == [text]


def test_headings_and_paragraphs_are_separate() -> None:
    text = "A Symbol of Resistance\nHoms played a role. It was besieged.\n\nNext part here."
    assert sentences(text) == ["A Symbol of Resistance", "Homs played a role.", "It was besieged.",
                               "Next part here."]


def test_hard_wrapped_lines_join() -> None:
    text = "The rebels advanced towards the\ncity of Homs on Friday. Then they stopped."
    spans = list(blocks(text))
    assert len(spans) == 1
    assert sentences(text)[0] == "The rebels advanced towards the\ncity of Homs on Friday."


def test_offsets_are_exact_with_crlf_and_unicode() -> None:
    text = "Ünïcode façade. 😀 Emoji here!\r\nNext line  with  spaces.  "
    for span in split_sentences(text, SPLITTER):
        piece = text[span.start : span.end]
        assert piece == piece.strip() and piece

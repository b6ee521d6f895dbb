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


@pytest.mark.parametrize("abbreviation", ["Prof.", "Capt."])
def test_a_long_paragraph_is_not_cut_after_an_abbreviation(abbreviation: str) -> None:
    """A paragraph over MAX_BLOCK is cut after a likely sentence end, never after "Prof."."""
    from desktop_app.core.text.segment import MAX_BLOCK, chunks

    filler = "Engineers said the dam had been inspected twice in the past year and found sound. "
    lead = filler * ((MAX_BLOCK - 150) // len(filler))  # the abbreviation is the last end in reach
    paragraph = (lead + f"The findings were disputed by {abbreviation} Alan Whitfield of the university, "
                 "who said the inspections had missed the spillway entirely and that the authority had "
                 "known of the problem since at least March of last year. " + filler * 10)
    at = paragraph.index(abbreviation) + len(abbreviation) + 1
    assert all(start != at for start, _ in chunks(paragraph))
    sentences = [paragraph[s.start : s.end] for s in split_sentences(paragraph, PysbdSplitter())]
    assert any(f"{abbreviation} Alan Whitfield" in sentence for sentence in sentences)


def test_a_long_line_without_spaces_is_cut_at_its_abbreviations_in_bounded_time() -> None:
    """Text separated by tabs only: each sentence end looks back a bounded way for its word
    (it looked back to the start of the block, so a megabyte took 20 s); the cuts stay the same."""
    from desktop_app.core.text.segment import MAX_BLOCK, chunks

    block = "Word\tabcd.\tProf.\tSmith\t" * (3 * MAX_BLOCK // 24)
    spans = list(chunks(block))
    assert spans[0][0] == 0 and spans[-1][1] == len(block)
    assert all(block[end - 6 : end] != "Prof.\t" for _, end in spans[:-1])  # never after "Prof."


WRAPPED_PAGE = (
    "Harbour Board Sets Budget\n"
    "By Mira Holt, Staff Writer\n"
    "The Keldby Harbour Board approved its budget on Tuesday after a long debate, the\n"
    "Keldby Times learned. Chair Anna Lisberg said the board had cut spending for the\n"
    "third year. Board member Tomas Ruud voted against it and said the harbour would\n"
    "need new cranes by 2027.\n"
    "The vote\n"
    "Five members supported the budget and two opposed it, according to the minutes of\n"
    "the meeting. The board will meet again in March to discuss the dredging contract\n"
    "with the port of Aalvik.\n"
)


def test_text_wrapped_at_one_width_joins_lines_that_start_with_a_capital() -> None:
    """A PDF page or e-mail wraps its lines near one width: a line that reaches it goes on in
    the next even when that starts with a name; the short lines stay headings."""
    found = sentences(WRAPPED_PAGE)
    assert found[:3] == ["Harbour Board Sets Budget", "By Mira Holt, Staff Writer",
                         "The Keldby Harbour Board approved its budget on Tuesday after a long debate, the\n"
                         "Keldby Times learned."]
    assert "The vote" in found
    assert "third year." not in found and "Keldby Times learned." not in found
    assert found[-1] == ("The board will meet again in March to discuss the dredging contract\n"
                         "with the port of Aalvik.")


@pytest.mark.parametrize("lengths", [[80] * 4, [400, 120, 300, 90, 600, 250], [40, 300, 45, 200, 50, 220]])
def test_lines_of_unlike_lengths_are_not_wrapped(lengths: list[int]) -> None:
    from desktop_app.core.text.segment import wrap_width

    assert wrap_width(lengths) is None


BULLETIN = (
    "FERRY SERVICE UPDATE: TWO CROSSINGS CANCELLED AFTER ENGINE FAULT ON HARBOUR RUN\n"
    "\n"
    "The Aalvik Ferry Company cancelled two crossings to Keldby on Monday after its\n"
    "largest vessel reported an engine fault shortly after leaving the harbour this\n"
    "morning. Passengers were offered seats on the afternoon crossing instead, and the\n"
    "company said repairs would take at least three days to complete at the yard.\n"
    "\n"
    "What passengers were told, according to a statement issued by the company today:\n"
    "\n"
    "Refunds will be paid within ten working days to everyone who booked online, the\n"
    "company said in its statement, and vouchers will be offered to the others.\n"
)


def test_a_blank_line_ends_a_wrapped_paragraph_however_wide_its_lines() -> None:
    """An e-mail's wide heading, or a line ending in a colon, above a wrapped paragraph is
    its own sentence: the blank line between them ends the paragraph."""
    found = sentences(BULLETIN)
    assert found[0] == "FERRY SERVICE UPDATE: TWO CROSSINGS CANCELLED AFTER ENGINE FAULT ON HARBOUR RUN"
    assert found[1].startswith("The Aalvik Ferry Company cancelled")
    assert "What passengers were told, according to a statement issued by the company today:" in found
    assert found[-1].startswith("Refunds will be paid")


def test_double_spaced_wrapped_text_still_joins_its_lines() -> None:
    """A page with a blank line between all its lines: the blank lines say nothing of paragraphs."""
    page = WRAPPED_PAGE.replace("\n", "\n\n")
    assert sentences(page)[2] == ("The Keldby Harbour Board approved its budget on Tuesday after a long "
                                  "debate, the\n\nKeldby Times learned.")

"""Two sentences matched weakly that share hardly a word beyond names are no agreement
(findings.agreement_vetoes, THIN_SCORE): "'I understand people are frightened,' Tamsin said" is
not "'Those children were exposed before we closed,' Tamsin said"."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.core.findings.agreement_vetoes import THIN_SCORE, agreement_vetoed, plain_words


@pytest.mark.parametrize(("sentence", "words"), [
    ('"I understand people are frightened," Tamsin said.', {"understand", "people", "frighten"}),
    ("Dr. Miriam Okafor told reporters at the Briar County office.", {"tell", "reporter", "office"}),
    # a headline in title case: its capitalised words are its words
    ("Measles Outbreak Closes Holloway Elementary",
     {"measles", "outbreak", "close", "holloway", "elementary"}),
])
def test_plain_words_leave_out_names(sentence: str, words: set[str]) -> None:
    assert plain_words(sentence) == words


SENTENCES = [
    '"I understand people are frightened," Tamsin said.',
    '"Those children were exposed before we closed," Tamsin said.',
    "Holloway Elementary closed on Friday after nine pupils fell ill.",
    "Holloway Elementary was closed Friday after nine pupils became ill.",
]


def _vetoed(first: int, second: int, score: float) -> bool:
    no = np.zeros(len(SENTENCES), dtype=bool)
    result = agreement_vetoed(np.array([first]), np.array([second]), (no, ~no), SENTENCES.__getitem__,
                              scores=np.array([score]))
    return bool(result[0])


@pytest.mark.parametrize(("first", "second", "score", "vetoed"), [
    (0, 1, THIN_SCORE - 0.02, True),  # a name and "said" in common, matched weakly
    (0, 1, THIN_SCORE + 0.02, False),  # matched better: the other rules decide
    (2, 3, THIN_SCORE - 0.02, False),  # weak, but sharing what happened
])
def test_weak_matches_need_words_beyond_names(first: int, second: int, score: float, vetoed: bool) -> None:
    assert _vetoed(first, second, score) is vetoed

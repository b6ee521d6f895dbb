"""Whether two figures stand in the same clause, copied word for word with the figure changed.

Rewritten wire copy keeps a clause and changes its number ("Glass Viper posted images of 12
member files on its leak site, ..." / "... of 20 member files on its leak site, apparently to
prove it had the data"): the rest of each sentence differs, so the sentences align too weakly
for two unnamed figures to be compared (findings.figures), though the clause says they are one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..claims.numbers import NUMBER_WORDS
from ..model import Claim, Document, Sentence

CLAUSE_BREAK = re.compile(r"[,;:()—–\"“”]")
CLAUSE_REACH = 160  # characters read on each side of a figure for its clause: bounded work
NUMBER = re.compile(r"\d[\d,.]*|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)
WORD = re.compile(r"\w+")
CLAUSE_WORDS = 6  # a copied clause this long or longer says more than a stock phrase does
COPIED = 90  # rapidfuzz ratio (0-100) of the two clauses, their numbers masked


def figure_clause(text: str, sentence: Sentence, claim: Claim) -> str:
    """The clause a figure stands in, lower-cased, its numbers masked as "#"."""
    start = max(sentence.start, claim.start - CLAUSE_REACH)
    end = min(sentence.end, claim.end + CLAUSE_REACH)
    before = text[start : claim.start]
    after = text[claim.end : end]
    breaks = list(CLAUSE_BREAK.finditer(before))
    head = before[breaks[-1].end() :] if breaks else before
    following = CLAUSE_BREAK.search(after)
    tail = after[: following.start()] if following else after
    clause = f"{head}#{tail}".lower()
    return " ".join(NUMBER.sub("#", clause).split())


def same_clause(first: str, second: str) -> bool:
    """Two clauses long enough to be no stock phrase, the same but for their numbers."""
    if min(len(WORD.findall(first)), len(WORD.findall(second))) < CLAUSE_WORDS:
        return False
    return fuzz.ratio(first, second) >= COPIED


class FigureClauses:
    """Each figure's clause, read once however many figures it is compared with."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._docs = docs
        self._read: dict[tuple[int, int], str] = {}

    def clause(self, index: int, claim: Claim) -> str:
        key = (index, claim.start)
        if key not in self._read:
            doc = self._docs[index]
            self._read[key] = figure_clause(doc.text, doc.sentences[claim.sentence], claim)
        return self._read[key]

    def copied(self, first_index: int, first: Claim, second_index: int, second: Claim) -> bool:
        return same_clause(self.clause(first_index, first), self.clause(second_index, second))

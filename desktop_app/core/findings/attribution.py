"""Whom a sentence gives its account to: the names in its attribution.

"Three soldiers were killed ..., the Defence Ministry said" and "A roadside bomb killed eight
soldiers ..., according to the Defence Ministry" both give their figure to the same source: two
articles reporting one source's figure differently contradict each other about what it said,
even where one of them is read as passing a claim on (text.stance: "according to <Name>").

Hand-written: no maintained offline library attributes reported speech in news text; the
reporting verbs (text.stance.REPORTING) are shared with findings.speakers, which attributes quotations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..claims.subjects import same_subject
from ..model import Claim, Document
from ..text.names import find_names, lower_case_words
from ..text.stance import REPORTING, uncertain_at

ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;:()\"“”]|\s[-–—]\s|\.\s|\.$")
REACH = 60  # characters of a clause read for the source's name: bounded per verb


def _clause_after(sentence: str, start: int) -> str:
    end = CLAUSE_END.search(sentence, start, start + REACH)
    return sentence[start : end.start() if end else start + REACH]


def _clause_before(sentence: str, end: int) -> str:
    window = sentence[max(0, end - REACH) : end]
    breaks = list(CLAUSE_END.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _attribution_windows(sentence: str) -> Iterator[str]:
    """The clause after "according to", and the clauses beside each reporting verb."""
    for match in ACCORDING_TO.finditer(sentence):
        yield _clause_after(sentence, match.end())
    for match in REPORTING.finditer(sentence):
        yield _clause_before(sentence, match.start())
        yield _clause_after(sentence, match.end())


def sources(sentence: str, lower_words: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names a sentence attributes what it says to ("Defence Ministry", "Ostland")."""
    return tuple(dict.fromkeys(name.text for window in _attribution_windows(sentence)
                               for name in find_names(window, 0, lower_words)))


def same_source(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two attributions name one source, written alike (claims.subjects.same_subject)."""
    return any(same_subject(a, b) for a in first for b in second)


class SharedSources:
    """Whether the sentences of two figures give them to one source, each sentence read once.

    A sentence that hedges what it says ("is expected to", "reportedly": text.stance) gives no
    source's figure, only a guess or a rumour, and so shares none."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._docs = docs
        self._lower: dict[int, frozenset[str]] = {}
        self._sources: dict[tuple[int, int], tuple[str, ...]] = {}

    def __call__(self, ia: int, ca: Claim, ib: int, cb: Claim) -> bool:
        return same_source(self._of(ia, ca.sentence), self._of(ib, cb.sentence))

    def _of(self, doc: int, sentence: int) -> tuple[str, ...]:
        key = (doc, sentence)
        if key not in self._sources:
            text = self._docs[doc].sentence_text(sentence)
            if doc not in self._lower:
                self._lower[doc] = lower_case_words(self._docs[doc].text)
            self._sources[key] = () if uncertain_at(text) else sources(text, self._lower[doc])
        return self._sources[key]

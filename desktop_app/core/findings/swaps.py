"""A sentence copied with one word swapped for its opposite: "the ferry had passed its last
safety inspection in January" / "the ferry had failed its last safety inspection in January".

Two near-copies that differ in one word, the two words WordNet antonyms, say opposite things
whatever those words are: the rest of the sentence, the same in both but for a word or two an
editor changed, says they are about the same thing at the same time. This is narrower than the
curated antonym rule (findings.opposition), which meets sentences worded differently and so
asks more of them.
Auxiliaries may differ too ("had passed" / "failed"): they carry tense, not the statement.
Two such copies that differ only in their figures ("At least 12 people were killed" / "At least
15 people were killed", "to begin in 2027" / "in 2029") are no agreement either.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..text.textnorm import STOP_WORDS, raw_tokens
from ..text.wordnet_antonyms import opposite_words
from .opposition import AUXILIARIES

MIN_SHARED = 4  # words beyond stop words the two share: "Shares up" / "Shares down" is too little
# Other words each copy may change besides the opposed one: an edited copy names the ship or
# the speaker's verb differently ("said the ferry had passed" / "insisted the Calloway had failed").
OTHER_CHANGES = 2


@lru_cache(maxsize=100_000)  # pure, and asked again for each near-copy pair a sentence is in
def _words(sentence: str) -> frozenset[str]:
    return frozenset(raw_tokens(sentence))


def _differences(first: str, second: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words only the first and only the second sentence have, auxiliaries aside; None
    when the two share too few words to be copies of one sentence."""
    one, two = _words(first), _words(second)
    if len(one & two - STOP_WORDS) < MIN_SHARED:
        return None
    return one - two - AUXILIARIES, two - one - AUXILIARIES


@lru_cache(maxsize=100_000)
def _figure_counts(sentence: str) -> Counter[str]:
    return Counter(word for word in raw_tokens(sentence) if word[:1].isdigit())


def swapped_figures(first: str, second: str) -> bool:
    """Whether the sentences differ in written figures only, and do differ in one. Figures are
    counted, not only listed: "12 were arrested in Leeds and 12 in York" / "30 were arrested in
    Leeds and 12 in York" changed one of two 12s."""
    differences = _differences(first, second)
    if differences is None or not all(word[:1].isdigit() for side in differences for word in side):
        return False
    one, two = _figure_counts(first), _figure_counts(second)
    return bool(one - two) and bool(two - one)


def swapped_antonyms(first: str, second: str) -> tuple[str, str] | None:
    """Two antonyms, as the first and the second sentence have them, among the words the
    sentences differ in, when they differ in few others (OTHER_CHANGES, auxiliaries aside)."""
    differences = _differences(first, second)
    if differences is None:
        return None
    only_one, only_two = differences
    if not 0 < len(only_one) <= 1 + OTHER_CHANGES or not 0 < len(only_two) <= 1 + OTHER_CHANGES:
        return None
    opposed = ((one, two) for one in sorted(only_one) for two in sorted(only_two) if opposite_words(one, two))
    return next(opposed, None)

"""Why two closely matched sentences are still no agreement, decided in one place.

The pair findings (findings.decide) and the groups of copies (findings.grouping) both ask it,
each of its own indices (corpus rows or copy nodes), so an agreement is vetoed alike whichever
way it is built. The checks that read words run only on the pairs the cheap ones left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sized
from functools import lru_cache
from typing import TypeVar

import numpy as np

from ..text.textnorm import content_tokens
from .clock_times import clock_times, timed_apart
from .codes import coded_apart, codes
from .event_dates import dated_apart, dates_read
from .opposition import opposed_polarities, polarity
from .refutation import negation_meets_assertion, refutation_meets_assertion
from .swaps import swapped_antonyms, swapped_figures


def opposite_words_meet(text_of: Callable[[int], str], first: np.ndarray, second: np.ndarray
                        ) -> np.ndarray:
    """Pairs whose sentences put something on two sides of an antonym pair ("won the seat" /
    "lost the seat"): whether or not that is a conflict (the rule asks more: the same thing, the
    same time), they are not the same statement; nor are two copies with one word swapped for its
    antonym ("had passed" / "had failed"), or with other figures ("at least 12" / "at least 15")."""
    result = np.zeros(len(first), dtype=bool)
    for index, (a, b) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        one, two = text_of(a), text_of(b)
        result[index] = (opposed_polarities(polarity(one), polarity(two)) is not None
                         or swapped_antonyms(one, two) is not None or swapped_figures(one, two))
    return result


# Below this similarity two sentences agree only when they share some words beyond names: read on
# four blind trials, agreements under 0.50 whose sentences shared at most one word outside names
# were right 1 time in 37 ("Tamsin said" twice, a letterhead and a masthead, two quotes of one
# official); the same band with more shared words was right about half the time.
THIN_SCORE = 0.46
THIN_WORDS = 2  # shared content words outside names a thin agreement needs
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


@lru_cache(maxsize=50_000)
def plain_words(sentence: str) -> frozenset[str]:
    """The sentence's content words (stemmed) written in lower case: what it says beyond names.
    A headline in title case writes every content word capitalised: all of its words count."""
    words = content_tokens(CAPITALISED.sub(" ", sentence))
    return frozenset(words or content_tokens(sentence))


def names_only(text_of: Callable[[int], str], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Pairs whose sentences share fewer than THIN_WORDS words outside names."""
    return np.fromiter((len(plain_words(text_of(a)) & plain_words(text_of(b))) < THIN_WORDS
                        for a, b in zip(first.tolist(), second.tolist(), strict=True)),
                       dtype=bool, count=len(first))


Said = TypeVar("Said", bound=Sized)


def read_apart(text_of: Callable[[int], str], first: np.ndarray, second: np.ndarray,
               read: Callable[[str], Said], apart: Callable[[Said, Said], bool]) -> np.ndarray:
    """Per pair: what `read` finds in each sentence (times of day, codes, event dates) sets
    them `apart`; the second sentence is read only when the first states something."""
    result = np.zeros(len(first), dtype=bool)
    for index, (a, b) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        said = read(text_of(a))
        if len(said):
            result[index] = apart(said, read(text_of(b)))
    return result


def agreement_vetoed(first: np.ndarray, second: np.ndarray, stances: tuple[np.ndarray, np.ndarray],
                     text_of: Callable[[int], str], question: np.ndarray | None = None,
                     dated: np.ndarray | None = None, scores: np.ndarray | None = None) -> np.ndarray:
    """Per pair (indices `first[i]`, `second[i]`): True where the two are no agreement however
    many words they share: one asks (`question`, per index), one calls untrue what the other
    states (`stances`: row_stances' refutes and plain), one negates the other's words, they use
    opposite words, they give different times of day or codes of one series ("SV417" /
    "SV471"), or they date one event differently; or, matched at less than THIN_SCORE
    (`scores`, per pair), they share hardly a word beyond names.
    `dated` (per index: the sentence dates something) skips the date check for pairs it says
    cannot differ."""
    refutes, plain = stances
    vetoed: np.ndarray = refutation_meets_assertion(refutes, plain, first, second)
    if scores is not None:
        thin = np.flatnonzero(~vetoed & (scores < THIN_SCORE))
        vetoed[thin] = names_only(text_of, first[thin], second[thin])
    if question is not None:
        vetoed |= question[first] | question[second]
    rest = np.flatnonzero(~vetoed)
    vetoed[rest] = negation_meets_assertion(text_of, first[rest], second[rest])
    rest = np.flatnonzero(~vetoed)
    vetoed[rest] = opposite_words_meet(text_of, first[rest], second[rest])
    rest = np.flatnonzero(~vetoed)
    vetoed[rest] = read_apart(text_of, first[rest], second[rest], clock_times, timed_apart)
    rest = np.flatnonzero(~vetoed)
    vetoed[rest] = read_apart(text_of, first[rest], second[rest], codes, coded_apart)
    rest = np.flatnonzero(~vetoed)
    if dated is not None:
        rest = rest[dated[first[rest]] & dated[second[rest]]]
    vetoed[rest] = read_apart(text_of, first[rest], second[rest], dates_read, dated_apart)
    return vetoed

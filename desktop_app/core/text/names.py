"""Spot proper names (places, people, groups) by capitalisation.

A statistical NER model would be better but none ships offline with a small
footprint; capitalised words that are not sentence-initial function words are
good enough to tell "Homs" and "Damascus" from "the city".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# A capitalised word with a lower-case letter ("Homs", "McDonald's") or an acronym ("UN").
# The first lower-case letter is looked for at most 32 characters in, so that a long run such as
# "A1A1A1..." is not read to its end again from each of its capitals (quadratic in the run).
_WORD = r"(?:[A-Z][\w’'\-]{0,32}?[a-z][\w’'\-]*|[A-Z]{2,})"
NAME = re.compile(_WORD + r"(?:\s+(?:(?:al|el|de|bin|ibn|van|von|der)-?\s*)?" + _WORD + r")*")
NOT_NAMES = frozenset(
    """The A An In On At By For From With And Or But As If When While Since After Before During
    This That These Those It Its Their His Her Our Your My We They He She I You Should Would
    Could Can Will May Might Must Do Does Did Is Are Was Were Be Been Has Have Had Not No
    Yes So Yet Also However Meanwhile Today Yesterday Tomorrow Recently Recent Strategically
    Furthermore Moreover Although Though Despite Because Why What Who Where How Which Whose
    Consider Some Many Most All Both Each Every Other Others Another Such Even Just Only
    Still Then Now There Here Once Under Over Into Through Beyond Located According Read
    Written Published Copy Source Related Previous Next Leave Share Suggest Learn Dear
    Welcome Have BTW Interested Hopefully Clearly Alternatively January February March April
    May June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Mr Mrs Ms Dr President""".split()
)


@dataclass(frozen=True)
class Name:
    """A proper name at text[start:end]."""

    start: int
    end: int
    text: str


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def find_names(text: str, offset: int = 0) -> list[Name]:
    """Names in one sentence; a leading function word ("The", "However") is dropped."""
    names: list[Name] = []
    for match in NAME.finditer(text):
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", match.group())]
        first = 0
        while first < len(words) and _strip_possessive(words[first][1]) in NOT_NAMES:
            first += 1
        if first == len(words):
            continue
        start = match.start() + words[first][0]
        surface = _strip_possessive(text[start : match.end()])
        if len(surface) < 2:
            continue
        names.append(Name(offset + start, offset + start + len(surface), surface))
    return names


def focus_name(sentence_names: Iterable[Iterable[Name]]) -> str | None:
    """The name a document is mostly about: the most frequent one."""
    counts = Counter(name.text for names in sentence_names for name in names)
    if not counts:
        return None
    return counts.most_common(1)[0][0]

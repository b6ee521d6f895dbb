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
from functools import lru_cache

from lemminflect import getAllLemmas

from .lexicon import MONTHS, WEEKDAYS
from .textnorm import STOP_WORDS

# A capitalised word with a lower-case letter ("Homs", "McDonald's") or an acronym ("UN").
# The first lower-case letter is looked for at most 32 characters in, so that a long run such as
# "A1A1A1..." is not read to its end again from each of its capitals (quadratic in the run).
_WORD = r"(?:[A-Z][\w’'\-]{0,32}?[a-z][\w’'\-]*|[A-Z]{2,})"
NAME = re.compile(_WORD + r"(?:\s+(?:(?:al|el|de|bin|ibn|van|von|der)-?\s*)?" + _WORD + r")*")
LOWER_WORD = re.compile(r"\b[a-z][a-z’'\-]*\b")
# Words that are never names however they are written: the function words of English (the
# stop list), and the names of months and weekdays ("In May", "On Monday").
NEVER_NAMES = STOP_WORDS | MONTHS | WEEKDAYS


CAPITALISED = re.compile(r"\b[A-Z][a-z][a-z’'\-]*\b")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\n])\s*$")


@lru_cache(maxsize=50_000)
def _english_word(word: str) -> bool:
    """A word lemminflect's English lexicon knows ("Fortunately", "Annual"; "Pre-tax" by its
    last part); a name ("Vorozhbitsyn", "Mensah") it does not."""
    last = word.lower().split("-")[-1]
    return bool(last) and bool(getAllLemmas(last))


@lru_cache(maxsize=64)  # pure; the claim readers of one article each ask for it (four times)
def lower_case_words(text: str) -> frozenset[str]:
    """Every word the text writes in lower case: "Strategically, ..." at the start of a
    sentence is no name when the same article also writes "strategically". So is an English
    word the text capitalises only where a sentence starts ("Pre-tax profit was...", a heading's
    "Annual"): a name is capitalised wherever it stands ("Apple" mid-sentence, too)."""
    at_start: set[str] = set()
    inside: set[str] = set()
    for match in CAPITALISED.finditer(text):
        starts = SENTENCE_START.search(text, max(0, match.start() - 4), match.start()) is not None
        (at_start if starts else inside).add(match.group())
    only_at_start = {word.lower() for word in at_start - inside if _english_word(word)}
    return frozenset(LOWER_WORD.findall(text)) | only_at_start


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


def _common(word: str, lower_words: frozenset[str]) -> bool:
    lower = _strip_possessive(word).lower().strip(".,;:")
    return lower in NEVER_NAMES or lower in lower_words


SHOUTED_LENGTH = 4  # "DEATH", "UPDATE" are words in capitals; "UN", "CPA" may be acronyms


def _shouted(words: list[str]) -> bool:
    """A run of capitals made of English words only, one of them long enough not to be an
    acronym: a headline or a dateline in capitals ("FERRY OF DEATH", "MARROW BAY"), no name."""
    bare = [_strip_possessive(word).strip(".,;:") for word in words]
    return (all(word.isupper() for word in bare) and any(len(word) >= SHOUTED_LENGTH for word in bare)
            and all(word.lower() in STOP_WORDS or _english_word(word) for word in bare))


# A wire dateline: the place in capitals, perhaps its state or country and a date, perhaps the
# agency in brackets, and a dash ("MARROW BAY, March 14 (CPA) - ", "LONDON (Reuters) — ",
# "CALLOWELL, Ore., Aug. 15, 2025 - "). It says where the story was filed and who reports it,
# never what a figure is about: its words are no names of the sentence's subjects.
# Without an agency or a comma, a place of one word of five capitals or more ("WASHINGTON — "):
# "NASA - the agency said" opens with a name, not a dateline.
_PLACE = r"[A-Z][A-Z .'’-]{1,40}"
DATELINE = re.compile(rf"^\s*(?:{_PLACE}(?:,[^()\n]{{0,30}}?)?\s*\([^()\n]{{1,40}}\)"
                      rf"|{_PLACE},[^()\n]{{1,30}}?"
                      r"|[A-Z][A-Z.'’-]{4,}(?:\s[A-Z][A-Z.'’-]+){0,3})\s*[-–—]\s")


LONG_WORD = re.compile(r"\b[A-Za-z][a-z’'\-]{3,}\b")
TITLE_WORDS = 3  # capitalised English words a headline in title case has at least


def _title_cased(text: str) -> bool:
    """A headline in title case ("Norway's Current Account Surplus Adds US$4.61 Billion"): its
    common words are capitalised too, so capitals alone no longer tell a name. Several
    capitalised English words after the first, and few long words in lower case."""
    words = LONG_WORD.findall(text)[1:]
    capitalised = sum(1 for word in words if word[0].isupper() and word.lower() not in NEVER_NAMES
                      and _english_word(word))
    lower = sum(1 for word in words if word[0].islower())
    return capitalised >= TITLE_WORDS and lower * 3 <= capitalised


def _unknown_runs(words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """In a title-cased headline, the runs of words the English lexicon does not know: "Norway",
    "South Korea's" gives "Korea"; the capitalised common words between them are no name."""
    runs: list[list[tuple[int, str]]] = [[]]
    for position, word in words:
        bare = _strip_possessive(word).strip(".,;:")
        if bare.isupper() or not _english_word(bare):
            runs[-1].append((position, word))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def find_names(text: str, offset: int = 0, lower_words: frozenset[str] = frozenset()) -> list[Name]:
    """Names in one sentence. Leading words that are not names are dropped: function words
    ("The", "However"), months and weekdays, and any word the article also writes in lower
    case (`lower_words`, from lower_case_words of the whole text). In a headline in title
    case, only the words the English lexicon does not know are names."""
    names: list[Name] = []
    dateline = DATELINE.match(text)
    title = _title_cased(text)
    for match in NAME.finditer(text):
        if dateline is not None and match.start() < dateline.end():
            continue
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", match.group())]
        if _shouted([word for _, word in words]):
            continue
        if title:
            for run in _unknown_runs(words):
                start = match.start() + run[0][0]
                surface = _strip_possessive(match.group()[run[0][0] : run[-1][0] + len(run[-1][1])])
                if len(surface) >= 2 and not _common(surface, lower_words):
                    names.append(Name(offset + start, offset + start + len(surface), surface))
            continue
        first = 0
        while first < len(words) and _common(words[first][1], lower_words):
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

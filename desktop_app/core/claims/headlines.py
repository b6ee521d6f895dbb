"""Headlines written in title case or capitals, read as the running text they stand for.

"Storm Kills 12 In Northern Philippines", "Ex-Minister Jailed For Eight Years": in such a line
every word is capitalised, so capitals no longer tell a name from a word, and the readers that
rely on them (names, the noun a figure counts, numbered names such as "Flight 370") read
"12 In" and "Eight Years" as names. The line is given back with each capitalised English word
in lower case, unless the article writes that word as a name elsewhere ("Apple" in the body of
"Apple To Cut 1,000 Jobs") or names something with a number ("Flight 370"). A word is English
when lemminflect's lexicon knows it, it is a number word, or the article also writes it in lower
case ("northern", which the lexicon lacks). Lower-casing keeps every offset: a word whose
lower-case form has another length is left as it is.

Hand-written: capitalisation style is a property of one line against its article, which no
library here reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial

from lemminflect import getAllLemmas

from ..model import Claim, Sentence
from ..text.names import lower_case_words
from ..text.textnorm import STOP_WORDS
from .identifiers import numbered_names
from .numbers import words_to_number

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z'’]+)*")
MIN_TITLE_WORDS = 3  # words of four letters or more after the first that show a style alone
MIN_LONG_WORDS = 2  # with a capitalised function word ("To", "In"), fewer is no style to judge
LONG_WORD = 4  # title styles capitalise every word this long but function words ("from", "with")
MIN_CAPS_WORD = 3  # in a line of capitals, shorter words may be acronyms ("US", "UN")


def title_style(sentence: str) -> str:
    """'title' when every long word after the first but function words is capitalised, 'caps' when every
    letter is a capital, '' for running text."""
    words = WORD.findall(sentence)
    long_words = [w for w in words[1:] if len(w) >= LONG_WORD and w.lower() not in STOP_WORDS]
    if len(long_words) < MIN_LONG_WORDS:
        return ""
    function_word = any(w[0].isupper() and w.lower() in STOP_WORDS for w in words[1:])
    if all(w.isupper() for w in words):
        return "caps" if len(long_words) >= MIN_TITLE_WORDS or function_word else ""
    if not all(w[0].isupper() for w in long_words):
        return ""  # "We had lunch at Five Guys in Derby": running text naming things
    # a short line needs a capitalised function word too ("Apple To Cut 1,000 Jobs In Europe"):
    # "Kerry Meets Lavrov" may be names alone
    return "title" if len(long_words) >= MIN_TITLE_WORDS or function_word else ""


@lru_cache(maxsize=50_000)
def _known(part: str) -> bool:
    return part in STOP_WORDS or bool(getAllLemmas(part)) or words_to_number([part]) is not None


def _english(word: str, lower_words: frozenset[str]) -> bool:
    """A word lemminflect's English lexicon knows, a function or number word, or one the article
    writes in lower case; for a hyphenated word, each part ("Shake-Up", "Ex-Minister")."""
    lower = word.lower()
    return lower in lower_words or all(_known(part) for part in lower.split("-") if part)


CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
LOWER_CASE = re.compile(r"\b[a-z][\w'’-]*")


def names_in_running_text(text: str, sentences: Sequence[Sentence]) -> frozenset[str]:
    """Capitalised words of the running sentences (not headlines) that the article never writes
    in lower case, case-folded: its own names ("Ford said on Tuesday…" keeps "Ford" of the
    headline "Carmaker Ford To Cut 3,800 Jobs"; "BOEING" meets "Boeing")."""
    lower = {match.group() for match in LOWER_CASE.finditer(text)}
    return frozenset(folded for s in sentences if not title_style(text[s.start : s.end])
                     for match in CAPITALISED.finditer(text, s.start, s.end)
                     if (folded := match.group().casefold()) not in lower and folded not in STOP_WORDS)


def _folded_word(word: str, style: str, names: frozenset[str], lower_words: frozenset[str]) -> str:
    if word.casefold() in names or not _english(word, lower_words):
        return word
    if style == "caps" and len(word) < MIN_CAPS_WORD and (
            word.lower() not in STOP_WORDS or "NOUN" in getAllLemmas(word.lower())):
        return word  # "US", "UN", "IT" may be acronyms; "IN", "OF", "TO" are not
    lower = word.lower()
    return lower if len(lower) == len(word) else word


def _folded_match(match: re.Match[str], style: str, names: frozenset[str],
                  lower_words: frozenset[str]) -> str:
    word = match.group()
    return _folded_word(word, style, names, lower_words) if word[0].isupper() else word


def fold_headlines(text: str, sentences: Sequence[Sentence]) -> str:
    """The text with its title-case and all-capital sentences in running case (see the module
    docstring); the same length, every offset kept; `text` itself when there is none."""
    styled = [(s, style) for s in sentences if (style := title_style(text[s.start : s.end]))]
    if not styled:
        return text
    numbered = {word.casefold() for word, _number in numbered_names(text)}  # "Flight 370"
    names = names_in_running_text(text, sentences) | numbered
    lower_words = lower_case_words(text)
    pieces: list[str] = []
    done = 0
    for sentence, style in styled:
        if sentence.start < done:
            continue  # sentences are sorted and apart (text.segment); an overlap is left as written
        pieces.append(text[done : sentence.start])
        line = text[sentence.start : sentence.end]
        first = WORD.search(line)
        opening = first.end() if first is not None else 0  # running text capitalises it too ("Man, 52,")
        pieces.append(line[:opening])
        pieces.append(WORD.sub(partial(_folded_match, style=style, names=names, lower_words=lower_words),
                               line[opening:]))
        done = sentence.end
    pieces.append(text[done:])
    return "".join(pieces)


def quoted_as_written(text: str, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Claims read in fold_headlines' text, quoted as the article writes them ("Eight Years")."""
    return tuple(c if c.quote == text[c.start : c.end] else replace(c, quote=text[c.start : c.end])
                 for c in claims)

"""Split text into sentences with exact character offsets.

pySBD (the maintained Golden-Rules segmenter) finds the boundaries; this module
only cuts the text into blocks first and maps pySBD's output back to offsets,
because a news file puts headings, bylines and paragraphs on their own lines and
a sentence never runs across a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pysbd

from ..model import Sentence

Splitter = Callable[[str], list[str]]
_TERMINAL = tuple(".!?:;\"'”’)]…")
_BLOCK_LINE = re.compile(r"[^\n]+")


class PysbdSplitter:
    """pySBD's sentences of one block, as substrings of it (whitespace may be trimmed)."""

    def __init__(self) -> None:
        self._segmenter = pysbd.Segmenter(language="en", clean=False)

    def __call__(self, block: str) -> list[str]:
        return [str(s) for s in self._segmenter.segment(block)]


def _lines(text: str) -> Iterator[tuple[int, int]]:
    for match in _BLOCK_LINE.finditer(text):
        if match.group().strip():
            yield match.start(), match.end()


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph-sized spans: a line, joined with the next only when hard-wrapped.

    A line that ends without terminal punctuation and is followed by a line
    starting in lower case is a wrapped sentence, not a heading.
    """
    current: tuple[int, int] | None = None
    for start, end in _lines(text):
        if current is not None:
            previous = text[current[0] : current[1]].rstrip()
            following = text[start:end].lstrip()
            if not previous.endswith(_TERMINAL) and following[:1].islower():
                current = (current[0], end)
                continue
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _locate(block: str, pieces: list[str], offset: int) -> Iterator[Sentence]:
    """Map segmenter output back to offsets by searching forward in the block."""
    cursor = 0
    for piece in pieces:
        core = piece.strip()
        if not core:
            continue
        found = block.find(core, cursor)
        if found < 0:  # segmenter altered the text: fall back to the rest of the block
            found = cursor
            end = len(block)
        else:
            end = found + len(core)
        start = found + (len(block[found:end]) - len(block[found:end].lstrip()))
        stop = start + len(block[start:end].rstrip())
        if stop > start:
            yield Sentence(offset + start, offset + stop)
        cursor = end
        if cursor >= len(block):
            break


def split_sentences(text: str, splitter: Splitter) -> tuple[Sentence, ...]:
    """Sentences of `text` in order; each span is stripped and inside the text."""
    sentences: list[Sentence] = []
    for start, end in blocks(text):
        block = text[start:end].replace("\n", " ")  # same length: offsets still hold
        sentences.extend(_locate(block, splitter(block), start))
    return tuple(sentences)


def is_heading(sentence: str) -> bool:
    """A short Title Case line with no closing punctuation ("A Symbol of Resistance")."""
    stripped = sentence.strip()
    words = stripped.split()
    if not words or len(words) > 14 or stripped.endswith((".", "!", "?", "”", '"')):
        return False
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if not long_words:
        return True
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return capitalised / len(long_words) >= 0.6

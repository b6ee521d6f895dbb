"""Split text into sentences with exact character offsets.

pySBD (the maintained Golden-Rules segmenter) finds the boundaries; this module
only cuts the text into blocks first and maps pySBD's output back to offsets,
because a news file puts headings, bylines and paragraphs on their own lines and
a sentence never runs across a blank line.

pySBD's cost grows with the square of what it is given (each abbreviation it meets
rewrites the whole text), so a block longer than MAX_BLOCK is cut first at a likely
sentence end. Real paragraphs are shorter; one line holding a whole article is not, and
pieces of 1,500 characters rather than 4,000 read a 4.9 MB line in 18 s rather than 28 s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from pysbd.processor import Processor

from ..model import Sentence
from .plain_sentences import ends_a_sentence, plan, word_before
from .pysbd_english import FastEnglish

Splitter = Callable[[str], list[str]]
_TERMINAL = tuple(".!?:;\"'”’)]…")
_BLOCK_LINE = re.compile(r"[^\n]+")
# Longest text handed to the splitter at once; a longer block is cut between MAX_BLOCK / 2
# and MAX_BLOCK characters, preferably after a sentence-ending word.
MAX_BLOCK = 1500
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?][\"'”’)]?\s+(?=[\"“‘(]?[A-Z])")
_SPACE = re.compile(r"\s+")


class PysbdSplitter:
    """pySBD's sentences of one block, as substrings of it (whitespace may be trimmed).

    pySBD's own offset search (Segmenter.segment) scans the block from its start once per
    sentence and floods the regular-expression cache with one pattern per sentence, which
    makes every later call recompile pySBD's patterns; the processor's sentences are
    located here instead, each searched from where the previous one ended. Sentence ends
    that need no judgement are cut without pySBD (see plain_sentences).
    """

    def __call__(self, block: str) -> list[str]:
        sentences: list[str] = []
        for start, end, judged in plan(block):
            piece = block[start:end]
            sentences.extend(self.judge(piece) if judged else [piece])
        return sentences

    def judge(self, piece: str) -> list[str]:
        """pySBD's sentences of a non-empty piece (its English rules; see pysbd_english)."""
        return _in_order(piece, Processor(piece, FastEnglish).process())


def _in_order(block: str, pieces: list[str]) -> list[str]:
    """The pieces found in the block one after another, each with the spaces after it, as
    Segmenter.segment returns them; a piece pySBD rewrote is dropped, as segment drops it."""
    found: list[str] = []
    cursor = 0
    for piece in pieces:
        if not piece:
            continue
        start = block.find(piece, cursor)
        if start < 0:
            continue
        end = start + len(piece)
        space = _SPACE.match(block, end)
        cursor = space.end() if space else end
        found.append(block[start:cursor])
    return found


def _lines(text: str) -> Iterator[tuple[int, int]]:
    for match in _BLOCK_LINE.finditer(text):
        if match.group().strip():
            yield match.start(), match.end()


# Hard-wrapped text (PDF pages, e-mail, fixed-width files) breaks its lines near one width.
WRAP_MIN_LINES = 5  # fewer lines tell no width
WRAP_MAX_WIDTH = 150  # wider "lines" are paragraphs, one per line
WRAP_SHARE = 0.75  # a line this near the width was broken by the wrap
WRAPPED_LINES = 0.5  # share of the lines near the width in wrapped text


def wrap_width(lengths: list[int]) -> int | None:
    """The width a text's lines were wrapped at, or None when they were not: most of its
    lines end near one length (the 90th percentile), no wider than a page's column."""
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    near = sum(1 for length in lengths if WRAP_SHARE * width <= length <= width + 2)
    return width if width <= WRAP_MAX_WIDTH and near >= WRAPPED_LINES * len(lengths) else None


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph-sized spans: a line, joined with the next only when hard-wrapped.

    A line that ends without terminal punctuation and is followed by a line starting in
    lower case is a wrapped sentence, not a heading. In text wrapped at one width a line
    that reaches the width goes on in the next when that one reaches it too or ends a
    sentence, whatever its first letter ("...the Calder" / "Springs mayor's race is settled.");
    a short line ends its paragraph, and a short unpunctuated one is a heading.
    """
    lines = list(_lines(text))
    width = wrap_width([len(text[start:end].strip()) for start, end in lines])
    spaced = _double_spaced(text, lines)
    current: tuple[int, int] | None = None
    last_line_start = 0
    for start, end in lines:
        if current is not None:
            previous = text[last_line_start : current[1]].strip()  # the block's last line
            following = text[start:end].strip()
            wrapped = width is not None and _reaches(previous, width) and (
                _reaches(following, width) or following.endswith(_TERMINAL)) and (
                spaced or not _BLANK_LINE.search(text, current[1], start))
            if wrapped or (not previous.endswith(_TERMINAL) and following[:1].islower()):
                current = (current[0], end)
                last_line_start = start
                continue
            yield current
        current = (start, end)
        last_line_start = start
    if current is not None:
        yield current


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
DOUBLE_SPACED = 0.5  # share of line breaks that hold a blank line in double-spaced text


def _double_spaced(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether most breaks between the lines hold a blank line (a double-spaced page), where a
    blank line does not end a paragraph."""
    gaps = [_BLANK_LINE.search(text, end, start) is not None for (_, end), (start, _) in pairwise(lines)]
    return bool(gaps) and sum(gaps) > DOUBLE_SPACED * len(gaps)


def _reaches(line: str, width: int) -> bool:
    return len(line) >= WRAP_SHARE * width


def chunks(block: str, limit: int = MAX_BLOCK) -> Iterator[tuple[int, int]]:
    """Spans of at most `limit` characters covering the block, cut after a sentence-ending
    word where there is one in the second half of the span, else at a space, else anywhere."""
    start = 0
    while len(block) - start > limit:
        low, high = start + limit // 2, start + limit
        cut = -1
        for match in _SENTENCE_END.finditer(block, low, high):
            if ends_a_sentence(word_before(block, match.start())):  # "Prof." "Calif.": no end
                cut = match.end()
        if cut <= low:
            cut = max(block.rfind(" ", low, high) + 1, block.rfind("\t", low, high) + 1)
        if cut <= low:
            cut = high
        yield start, cut
        start = cut
    yield start, len(block)


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
        for chunk_start, chunk_end in chunks(block):
            chunk = block[chunk_start:chunk_end]
            sentences.extend(_locate(chunk, splitter(chunk), start + chunk_start))
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
